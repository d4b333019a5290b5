//! The `tifa-check` command: its output and exit status on good and broken
//! packs.

use std::path::PathBuf;
use std::process::Command;

fn tifa_check(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_tifa-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("tifa-check runs");
    let text = String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap();
    (output.status.code().unwrap_or(-1), text)
}

fn temp_file(name: &str, contents: &[u8]) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tifa-check");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_valid_pack_gives_a_one_line_summary_and_status_0() {
    let (status, output) = tifa_check(&["assets/packs/binhai-foreign-affairs-2020.json"]);
    assert_eq!(status, 0, "{output}");
    assert_eq!(
        output,
        "assets/packs/binhai-foreign-affairs-2020.json: warning: pair p3.s1: 外事工作 (foreign-affairs-work) is marked in the Chinese but not in the English: a missing or unlisted rendering?\n\
         tifa-check: 1 pack valid: 5 paragraphs, 11 sentence pairs, 48 glossary entries, 58 term occurrences in English and 59 in Chinese\n"
    );
}

#[test]
fn every_problem_is_printed_with_file_position_and_pointer_and_status_1() {
    let good = "assets/packs/binhai-foreign-affairs-2020.json";
    let syntax = temp_file("syntax.json", b"{\n  \"format\": \"tifa-pack\",\n  \"version\": 1,\n}\n");
    let version = temp_file("version.json", br#"{"format": "tifa-pack", "version": 3, "article": {}}"#);
    let (status, output) = tifa_check(&[good, &syntax, &version]);
    assert_eq!(status, 1, "{output}");
    assert_eq!(
        output,
        format!(
            "{syntax}:4:1: not valid JSON: trailing comma\n\
             {version}: pack header: unsupported format version 3: this reader reads version 1 (at /version)\n\
             tifa-check: 2 problems in 2 of 3 files\n"
        )
    );
}

#[test]
fn unreadable_and_non_utf8_files_are_problems_too() {
    let latin1 = temp_file("latin1.json", b"{\"format\": \"tifa-pack\", \"x\": \"caf\xe9\"}");
    let (status, output) = tifa_check(&["no/such/pack.json", &latin1]);
    assert_eq!(status, 1);
    let lines: Vec<&str> = output.lines().collect();
    assert!(lines[0].starts_with("no/such/pack.json: cannot be read: "), "{output}");
    assert_eq!(lines[1], format!("{latin1}: not UTF-8 text (invalid byte at offset 33)"));
    assert_eq!(lines[2], "tifa-check: 2 problems in 2 of 2 files");
}

#[test]
fn no_arguments_is_a_usage_error() {
    let (status, output) = tifa_check(&[]);
    assert_eq!(status, 2);
    assert!(output.starts_with("usage: tifa-check [--overlaps] [--occurrences] [--compile] FILE.json"));
}

#[test]
fn occurrences_lists_every_mark_by_sentence() {
    let (status, output) = tifa_check(&["--occurrences", "assets/packs/binhai-foreign-affairs-2020.json"]);
    assert_eq!(status, 0, "{output}");
    let marks: Vec<&str> = output.lines().filter(|line| !line.contains("warning:") && !line.starts_with("tifa-check:")).collect();
    // Eight of the 117 marks are in the title and the source's name.
    assert_eq!(marks.len(), 58 + 59 - 8, "{output}");
    assert_eq!(marks[0], "assets/packs/binhai-foreign-affairs-2020.json: p1.s1 zh 区委 district-party-committee");
}

#[test]
fn the_term_base_is_checked_together_with_a_summary() {
    let files: Vec<String> = std::fs::read_dir("assets/termbase")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let (status, output) = tifa_check(&args);
    assert_eq!(status, 0, "{output}");
    assert!(output.starts_with("tifa-check: term base valid: "), "{output}");
    assert!(output.contains("sourced") && output.contains("suggested") && output.contains("form overlaps noted"), "{output}");
}

#[test]
fn compile_writes_what_the_reader_reads_next_to_the_pack() {
    let json = std::fs::read("assets/packs/sample-every-field.json").unwrap();
    let path = temp_file("every-field.json", &json);
    let (status, output) = tifa_check(&["--compile", &path]);
    assert_eq!(status, 0, "{output}");
    let target = path.replace(".json", ".tifa");
    assert!(output.contains(&format!("tifa-check: wrote {target}")), "{output}");
    let compiled = std::fs::read_to_string(&target).unwrap();
    let pack = tifa::domain::pack::load_pack(&path, &String::from_utf8(json).unwrap()).unwrap();
    let read = tifa::domain::compiled::read_compiled(&target, &compiled).unwrap();
    assert_eq!(read.pack, pack.pack);
    assert_eq!(read.annotations, pack.annotations);
}
