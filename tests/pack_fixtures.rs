//! Packs on disk, checked with the validator the reader uses:
//!
//! - every shipped pack (`assets/packs/*.json`), every good fixture
//!   (`tests/fixtures/packs/good/*.json`) and the committed long pack
//!   (`tests/fixtures/packs/*.json`) is valid;
//! - every broken fixture (`tests/fixtures/packs/broken/NAME.json`) gives
//!   exactly the lines of `NAME.expected`, one error's `Display` per line;
//! - `scripts/generate_long_pack.py` writes valid packs, the same bytes every run.
//!
//! Files are read at run time, so a new fixture needs no change here. Each file
//! is named in its errors by its path relative to the repository root, the way
//! an author would type it.

use std::path::{Path, PathBuf};
use std::process::Command;

use tifa::domain::error::ContentError;
use tifa::domain::language::Lang;
use tifa::domain::pack::{load_pack, LoadedPack};

const GOOD_DIRS: [&str; 3] = ["assets/packs", "tests/fixtures/packs/good", "tests/fixtures/packs"];
const BROKEN_DIR: &str = "tests/fixtures/packs/broken";
const GENERATOR: &str = "scripts/generate_long_pack.py";
/// The committed output of the generator with its default sizes.
const LONG_PACK: &str = "tests/fixtures/packs/long-300x500.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    let path = root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// The repo-relative paths of the files in `dir` whose names end with
/// `extension`, sorted so that failures come out in a stable order.
fn files_in(dir: &str, extension: &str) -> Vec<String> {
    let path = root().join(dir);
    let entries = std::fs::read_dir(&path).unwrap_or_else(|error| panic!("cannot list {}: {error}", path.display()));
    let mut files: Vec<String> = entries
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == extension))
        .map(|path| format!("{dir}/{}", path.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
}

/// The errors as the validator prints them, one `Display` per line.
fn lines(errors: Vec<ContentError>) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

/// Loads a pack from disk, naming it by its repo-relative path.
fn load(relative: &str) -> Result<LoadedPack, Vec<String>> {
    load_pack(relative, &read(relative)).map_err(lines)
}

#[test]
fn shipped_and_good_packs_are_valid() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for dir in GOOD_DIRS {
        let files = files_in(dir, "json");
        if dir != "tests/fixtures/packs" {
            assert!(!files.is_empty(), "no packs in {dir}");
        }
        for file in files {
            checked += 1;
            if let Err(errors) = load(&file) {
                failures.push(format!("{file} should be valid, but:\n  {}", errors.join("\n  ")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 3, "only {checked} valid packs found");
}

#[test]
fn broken_packs_give_exactly_the_expected_errors() {
    let packs = files_in(BROKEN_DIR, "json");
    assert!(packs.len() >= 12, "only {} broken fixtures in {BROKEN_DIR}", packs.len());
    let mut failures = Vec::new();
    for pack in &packs {
        let expected_file = format!("{}.expected", pack.strip_suffix(".json").unwrap());
        if !root().join(&expected_file).is_file() {
            failures.push(format!("{pack} has no {expected_file}"));
            continue;
        }
        let expected_text = read(&expected_file);
        let expected: Vec<&str> = expected_text.lines().collect();
        let actual = match load(pack) {
            Ok(_) => vec![],
            Err(errors) => errors,
        };
        if actual.is_empty() {
            failures.push(format!("{pack} is valid, but a broken fixture must fail"));
        } else if actual != expected {
            failures.push(format!(
                "{pack}: errors differ from {expected_file}\n  expected:\n    {}\n  actual:\n    {}",
                expected.join("\n    "),
                actual.join("\n    ")
            ));
        }
    }
    for expected_file in files_in(BROKEN_DIR, "expected") {
        let pack = format!("{}.json", expected_file.strip_suffix(".expected").unwrap());
        if !packs.contains(&pack) {
            failures.push(format!("{expected_file} has no {pack}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs the generator with `args`, writing to `out`; fails clearly if Python
/// is missing or the script fails.
fn generate(out: &Path, args: &[&str]) {
    let output = Command::new("python3")
        .arg(root().join(GENERATOR))
        .args(args)
        .arg("--out")
        .arg(out)
        .current_dir(root())
        .output()
        .unwrap_or_else(|error| {
            panic!("python3 is needed to run {GENERATOR} (install Python 3 and put python3 on PATH): {error}")
        });
    assert!(
        output.status.success(),
        "python3 {GENERATOR} {args:?} failed with {}:\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn out_path(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pack_fixtures");
    std::fs::create_dir_all(&dir).unwrap_or_else(|error| panic!("cannot create {}: {error}", dir.display()));
    dir.join(name)
}

fn read_path(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

#[test]
fn the_generator_writes_valid_packs_deterministically() {
    let first = out_path("long-30x50.json");
    let second = out_path("long-30x50-again.json");
    let args = ["--paragraphs", "30", "--entries", "50"];
    generate(&first, &args);
    generate(&second, &args);
    let text = read_path(&first);
    assert!(text == read_path(&second), "two runs with the same arguments wrote different packs");

    let loaded = load_pack("target/tmp/pack_fixtures/long-30x50.json", &text)
        .unwrap_or_else(|errors| panic!("the generated pack is invalid:\n{}", lines(errors).join("\n")));
    let paragraphs = &loaded.article().paragraphs;
    assert_eq!(paragraphs.len(), 30);
    assert_eq!(loaded.glossary().len(), 50);
    for (index, paragraph) in paragraphs.iter().enumerate() {
        assert_eq!(paragraph.id, format!("p{}", index + 1));
        for (number, pair) in paragraph.sentences.iter().enumerate() {
            assert_eq!(pair.id, format!("p{}.s{}", index + 1, number + 1));
        }
    }
    for (index, entry) in loaded.glossary().iter().enumerate() {
        for lang in [Lang::En, Lang::Zh] {
            assert!(!loaded.annotations.occurrences(index, lang).is_empty(), "{} has no {lang:?} occurrence", entry.id);
        }
    }
}

#[test]
fn the_committed_long_pack_is_what_the_generator_writes() {
    let committed = root().join(LONG_PACK);
    if !committed.is_file() {
        // Too large to commit: generate it with the default sizes and check it.
        let out = out_path("long-300x500.json");
        generate(&out, &[]);
        let text = read_path(&out);
        if let Err(errors) = load_pack("target/tmp/pack_fixtures/long-300x500.json", &text) {
            panic!("the generated long pack is invalid:\n{}", lines(errors).join("\n"));
        }
        return;
    }
    let out = out_path("long-300x500.json");
    generate(&out, &["--paragraphs", "300", "--entries", "500"]);
    assert!(
        read_path(&out) == read(LONG_PACK),
        "{LONG_PACK} is not what `python3 {GENERATOR}` writes now: regenerate it with\n  python3 {GENERATOR} --out {LONG_PACK}"
    );
    let loaded = load(LONG_PACK).unwrap_or_else(|errors| panic!("{LONG_PACK} is invalid:\n{}", errors.join("\n")));
    assert_eq!(loaded.article().paragraphs.len(), 300);
    assert_eq!(loaded.glossary().len(), 500);
}
