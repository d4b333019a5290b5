//! `tifa-check FILE.json...`: validates content packs and the term base with
//! the same code the browser runs, printing every problem with its file,
//! position (for parse errors), entry and JSON pointer. A file whose `format`
//! is `tifa-termbase` is a term-base file: all such files given are checked
//! together, as one term base. Exit status 0 when everything is valid, 1 when
//! anything has a problem, 2 on a usage error.

use std::process::ExitCode;

use tifa::authoring::checks::{occurrences, pack_warnings};
use tifa::domain::compiled::compile;
use tifa::domain::language::Lang;
use tifa::domain::pack::{load_pack, LoadedPack};
use tifa::domain::termbase::{load_termbase, CheckedTermBase, TERMBASE_FORMAT};

/// Prints a line; a reader that stops reading (`| head`) ends the program
/// quietly instead of with a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if writeln!(std::io::stdout().lock(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

const USAGE: &str = "usage: tifa-check [--overlaps] [--occurrences] [--compile] FILE.json [FILE.json ...]

Validates Tifa content packs and term-base files (docs/content-format.md,
assets/termbase/README.md). Term-base files are checked together. Warnings
(pairs whose lengths are far from the pack's norm, terms marked on one side of
a pair only) are printed but do not fail the check.
  --overlaps     also list every term-base form that stands inside another entry's form
  --occurrences  also list every mark of each pack, by sentence
  --compile      also write each valid pack's compiled form (what the reader reads
                 without checking it again) next to it, as FILE.tifa";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_overlaps = args.iter().any(|arg| arg == "--overlaps");
    let show_occurrences = args.iter().any(|arg| arg == "--occurrences");
    let write_compiled = args.iter().any(|arg| arg == "--compile");
    let flags = ["--overlaps", "--occurrences", "--compile"];
    let paths: Vec<&String> = args.iter().filter(|arg| !flags.contains(&arg.as_str())).collect();
    if paths.is_empty() || paths.iter().any(|arg| arg.starts_with('-')) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut problems = 0;
    let mut broken_files = 0;
    let mut packs: Vec<(String, LoadedPack)> = Vec::new();
    let mut termbase_files = Vec::new();
    for path in &paths {
        let outcome = read(path).and_then(|text| {
            if is_termbase(&text) {
                termbase_files.push(((*path).clone(), text));
                Ok(())
            } else {
                load_pack(path, &text)
                    .map(|pack| packs.push(((*path).clone(), pack)))
                    .map_err(|errors| errors.iter().map(ToString::to_string).collect())
            }
        });
        if let Err(lines) = outcome {
            broken_files += 1;
            problems += lines.len();
            lines.iter().for_each(|line| say!("{line}"));
        }
    }
    let mut termbase: Option<CheckedTermBase> = None;
    if !termbase_files.is_empty() {
        match load_termbase(&termbase_files) {
            Ok(checked) => termbase = Some(checked),
            Err(errors) => {
                let files: std::collections::HashSet<&str> = errors.iter().map(|error| error.file.as_str()).collect();
                broken_files += files.len();
                problems += errors.len();
                errors.iter().for_each(|error| say!("{error}"));
            }
        }
    }
    if broken_files > 0 {
        say!(
            "tifa-check: {problems} problem{} in {broken_files} of {} file{}",
            plural(problems),
            paths.len(),
            plural(paths.len())
        );
        return ExitCode::FAILURE;
    }
    for (path, pack) in &packs {
        if show_occurrences {
            occurrences(pack).iter().for_each(|line| say!("{path}: {line}"));
        }
        pack_warnings(pack).iter().for_each(|warning| say!("{path}: warning: {warning}"));
        if write_compiled {
            let target = std::path::Path::new(path).with_extension("tifa");
            if let Err(error) = std::fs::write(&target, compile(pack)) {
                eprintln!("tifa-check: cannot write {}: {error}", target.display());
                return ExitCode::FAILURE;
            }
            say!("tifa-check: wrote {}", target.display());
        }
    }
    if !packs.is_empty() {
        summarize_packs(&packs.into_iter().map(|(_, pack)| pack).collect::<Vec<_>>());
    }
    if let Some(checked) = termbase {
        if show_overlaps {
            checked.overlaps.iter().for_each(|note| say!("{note}"));
        }
        summarize_termbase(&checked, termbase_files.len(), show_overlaps);
    }
    ExitCode::SUCCESS
}

fn summarize_packs(packs: &[LoadedPack]) {
    let count = |f: &dyn Fn(&LoadedPack) -> usize| packs.iter().map(f).sum::<usize>();
    say!(
        "tifa-check: {} pack{} valid: {} paragraphs, {} sentence pairs, {} glossary entries, {} term occurrences in English and {} in Chinese",
        packs.len(),
        plural(packs.len()),
        count(&|p| p.article().paragraphs.len()),
        count(&|p| p.article().paragraphs.iter().map(|q| q.sentences.len()).sum()),
        count(&|p| p.glossary().len()),
        count(&|p| p.annotations.total(Lang::En)),
        count(&|p| p.annotations.total(Lang::Zh)),
    );
}

fn summarize_termbase(checked: &CheckedTermBase, files: usize, overlaps_listed: bool) {
    let termbase = &checked.termbase;
    let kinds: Vec<String> =
        termbase.count_by_kind().into_iter().map(|(kind, n)| format!("{n} {}", kind.name(Lang::En).to_lowercase())).collect();
    let sourced = termbase.entries().filter(|entry| entry.official_source.is_some()).count();
    let retired = termbase.entries().filter(|entry| matches!(entry.status, Some(tifa::domain::glossary::TermStatus::Retired(_)))).count();
    say!(
        "tifa-check: term base valid: {} entries in {files} file{} ({}); official renderings: {sourced} sourced, {} suggested; {retired} retired; {} form overlap{} noted{}",
        termbase.len(),
        plural(files),
        kinds.join(", "),
        termbase.len() - sourced,
        checked.overlaps.len(),
        plural(checked.overlaps.len()),
        if overlaps_listed { "" } else { " (list them with --overlaps)" },
    );
}

/// Whether a file declares itself a term-base file; anything else is read as
/// a pack, whose checks say what is wrong with it.
fn is_termbase(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|value| value.get("format").and_then(|format| format.as_str()).map(|format| format == TERMBASE_FORMAT))
        .unwrap_or(false)
}

/// The file's text, or the line that says why it cannot be read.
fn read(path: &str) -> Result<String, Vec<String>> {
    let bytes = std::fs::read(path).map_err(|error| vec![format!("{path}: cannot be read: {error}")])?;
    String::from_utf8(bytes)
        .map_err(|error| vec![format!("{path}: not UTF-8 text (invalid byte at offset {})", error.utf8_error().valid_up_to())])
}


fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
