//! `tifa-check PACK.json...`: validates content packs with the same code the
//! browser runs, printing every problem with its file, position (for parse
//! errors), entry and JSON pointer. Exit status 0 when every pack is valid,
//! 1 when any has a problem, 2 on a usage error.

use std::process::ExitCode;

use tifa::domain::language::Lang;
use tifa::domain::pack::{load_pack, LoadedPack};

const USAGE: &str = "usage: tifa-check PACK.json [PACK.json ...]\n\nValidates Tifa content packs (docs/content-format.md).";

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|arg| arg == "-h" || arg == "--help") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut problems = 0;
    let mut broken_packs = 0;
    let mut valid: Vec<LoadedPack> = Vec::new();
    for path in &paths {
        match check(path) {
            Ok(pack) => valid.push(pack),
            Err(lines) => {
                broken_packs += 1;
                problems += lines.len();
                for line in lines {
                    println!("{line}");
                }
            }
        }
    }
    if broken_packs > 0 {
        println!(
            "tifa-check: {problems} problem{} in {broken_packs} of {} pack{}",
            plural(problems),
            paths.len(),
            plural(paths.len())
        );
        return ExitCode::FAILURE;
    }
    let count = |f: &dyn Fn(&LoadedPack) -> usize| valid.iter().map(f).sum::<usize>();
    println!(
        "tifa-check: {} pack{} valid: {} paragraphs, {} sentence pairs, {} glossary entries, {} term occurrences in English and {} in Chinese",
        valid.len(),
        plural(valid.len()),
        count(&|p| p.article().paragraphs.len()),
        count(&|p| p.article().paragraphs.iter().map(|q| q.sentences.len()).sum()),
        count(&|p| p.glossary().len()),
        count(&|p| p.annotations.total(Lang::En)),
        count(&|p| p.annotations.total(Lang::Zh)),
    );
    ExitCode::SUCCESS
}

/// The pack at `path`, or the lines that describe its problems.
fn check(path: &str) -> Result<LoadedPack, Vec<String>> {
    let bytes = std::fs::read(path).map_err(|error| vec![format!("{path}: cannot be read: {error}")])?;
    let text = String::from_utf8(bytes).map_err(|error| {
        vec![format!("{path}: not UTF-8 text (invalid byte at offset {})", error.utf8_error().valid_up_to())]
    })?;
    load_pack(path, &text).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
