//! `tifa-make --zh ZH.txt --en EN.txt --out PACK.json [options]`: makes a
//! pack from two plain texts (paragraphs separated by blank lines) with the
//! term base. Prints warnings and candidate terms to stderr; exits 0 when the
//! pack is written and valid, 1 when it has problems, 2 on a usage error.

use std::path::PathBuf;
use std::process::ExitCode;

use tifa::authoring::checks::pack_warnings;
use tifa::authoring::make::{make_pack, Metadata};
use tifa::authoring::termbase_files::{load_termbase_dir, TERMBASE_DIR};
use tifa::domain::article::OriginKind;
use tifa::domain::pack::load_pack;

const USAGE: &str = "usage: tifa-make --zh ZH.txt --en EN.txt --out PACK.json --published DATE
                 [--title-zh T] [--title-en T] [--source-zh S] [--source-en S] [--url URL]
                 [--zh-kind original|translation|rendering] [--en-kind …] [--excerpt]
                 [--termbase DIR] [--no-pinyin]
       tifa-make --reading-aids PACK.json --out PACK.json [--termbase DIR]

Makes a Tifa pack from a Chinese and an English plain text: UTF-8, paragraphs
separated by blank lines; without --title-*, each file's first paragraph is its
title. DATE is 2020-06-02 or 2020-06-02T14:58+08:00. The term base is read from
DIR (default assets/termbase). With --reading-aids, it (re)writes the word-by-word
pinyin of an existing pack, its own glossary's terms first.";

struct Options {
    zh: PathBuf,
    en: PathBuf,
    out: PathBuf,
    termbase: PathBuf,
    meta: Metadata,
    pinyin: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut zh = None;
    let mut en = None;
    let mut out = None;
    let mut termbase = PathBuf::from(TERMBASE_DIR);
    let mut meta = Metadata::default();
    let mut published = None;
    let mut pinyin = true;
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().cloned().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--zh" => zh = Some(PathBuf::from(value()?)),
            "--en" => en = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--termbase" => termbase = PathBuf::from(value()?),
            "--title-zh" => meta.title_zh = Some(value()?),
            "--title-en" => meta.title_en = Some(value()?),
            "--source-zh" => meta.source_zh = Some(value()?),
            "--source-en" => meta.source_en = Some(value()?),
            "--url" => meta.url = Some(value()?),
            "--published" => published = Some(value()?),
            "--zh-kind" => meta.zh_kind = Some(kind(&value()?)?),
            "--en-kind" => meta.en_kind = Some(kind(&value()?)?),
            "--excerpt" => meta.excerpt = true,
            "--no-pinyin" => pinyin = false,
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    meta.published = published.ok_or("--published is required (2020-06-02, or with the time: 2020-06-02T14:58+08:00)")?;
    Ok(Options {
        zh: zh.ok_or("--zh is required")?,
        en: en.ok_or("--en is required")?,
        out: out.ok_or("--out is required")?,
        termbase,
        meta,
        pinyin,
    })
}

fn kind(value: &str) -> Result<OriginKind, String> {
    match value {
        "original" => Ok(OriginKind::Original),
        "translation" => Ok(OriginKind::Translation),
        "rendering" => Ok(OriginKind::Rendering),
        other => Err(format!("kind {other:?} is not original, translation or rendering")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|arg| arg == "-h" || arg == "--help") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if args.first().is_some_and(|arg| arg == "--reading-aids") {
        return reading_aids_only(&args);
    }
    let options = match parse(&args) {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("tifa-make: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            problems.iter().for_each(|problem| eprintln!("{problem}"));
            ExitCode::FAILURE
        }
    }
}

fn run(options: &Options) -> Result<(), Vec<String>> {
    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).map_err(|error| vec![format!("{}: cannot be read as UTF-8 text: {error}", path.display())])
    };
    let (zh, en) = (read(&options.zh)?, read(&options.en)?);
    let termbase = load_termbase_dir(&options.termbase)?;
    let entries: Vec<_> = termbase.termbase.entries().cloned().collect();
    let mut made = make_pack(&zh, &en, &options.meta, &entries)?;
    if !options.pinyin {
        made.pack.article.paragraphs.iter_mut().flat_map(|p| &mut p.sentences).for_each(|pair| pair.ruby.clear());
    }
    let json = serde_json::to_string_pretty(&made.pack).map_err(|error| vec![error.to_string()])? + "\n";
    let name = options.out.display().to_string();
    let loaded = load_pack(&name, &json).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    std::fs::write(&options.out, &json).map_err(|error| vec![format!("{name}: cannot be written: {error}")])?;
    for warning in made.warnings.iter().chain(&pack_warnings(&loaded)) {
        eprintln!("{name}: warning: {warning}");
    }
    for candidate in &made.candidates {
        eprintln!(
            "{name}: candidate term: {} (pair {}, {}): not in the term base; add an entry to the pack or propose one",
            candidate.zh,
            candidate.pair,
            candidate.pattern.describe()
        );
    }
    let pairs: usize = loaded.article().paragraphs.iter().map(|p| p.sentences.len()).sum();
    eprintln!(
        "tifa-make: wrote {name}: {} paragraphs, {pairs} sentence pairs, {} glossary entries from the term base, {} candidate terms",
        loaded.article().paragraphs.len(),
        loaded.glossary().len(),
        made.candidates.len()
    );
    Ok(())
}

/// `--reading-aids PACK --out OUT [--termbase DIR]`.
fn reading_aids_only(args: &[String]) -> ExitCode {
    let value = |flag: &str| args.iter().position(|arg| arg == flag).and_then(|at| args.get(at + 1)).cloned();
    let (Some(input), Some(out)) = (value("--reading-aids"), value("--out")) else {
        eprintln!("tifa-make: --reading-aids needs a pack and --out\n\n{USAGE}");
        return ExitCode::from(2);
    };
    let termbase_dir = value("--termbase").map_or_else(|| PathBuf::from(TERMBASE_DIR), PathBuf::from);
    let run = || -> Result<(), Vec<String>> {
        let text = std::fs::read_to_string(&input).map_err(|error| vec![format!("{input}: cannot be read: {error}")])?;
        let loaded = load_pack(&input, &text).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        let termbase = load_termbase_dir(&termbase_dir)?;
        let entries: Vec<_> = termbase.termbase.entries().cloned().collect();
        let mut pack = loaded.pack;
        let warnings = tifa::authoring::make::add_reading_aids(&mut pack, &entries);
        let json = serde_json::to_string_pretty(&pack).map_err(|error| vec![error.to_string()])? + "\n";
        load_pack(&out, &json).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        std::fs::write(&out, json).map_err(|error| vec![format!("{out}: cannot be written: {error}")])?;
        warnings.iter().for_each(|warning| eprintln!("{out}: warning: {warning}"));
        eprintln!("tifa-make: wrote {out} with reading aids");
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            problems.iter().for_each(|problem| eprintln!("{problem}"));
            ExitCode::FAILURE
        }
    }
}
