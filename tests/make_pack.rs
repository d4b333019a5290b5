//! `tifa-make` and the pipeline behind it: the first article rebuilt from
//! its seed English and Chinese rendering reproduces the built-in alignment;
//! a made pack is valid; a slipped column is caught by the warnings.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use tifa::authoring::checks::pack_warnings;
use tifa::authoring::make::{make_pack, Metadata};
use tifa::authoring::termbase_files::load_termbase_dir;
use tifa::content::DEFAULT_PACK_JSON;
use tifa::domain::glossary::GlossaryEntry;
use tifa::domain::pack::load_pack;

const SEED: &str = include_str!("fixtures/seed-000_49280ced80307c55.txt");

fn termbase() -> Vec<GlossaryEntry> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/termbase");
    load_termbase_dir(&dir).unwrap_or_else(|e| panic!("{e:?}")).termbase.entries().cloned().collect()
}

/// The first article as two plain texts: the Chinese rendering's paragraphs
/// from the pack, the English from the seed (title, then the body; the
/// byline paragraph is not part of the article).
fn first_article_texts() -> (String, String) {
    let pack: Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
    let mut zh = vec![pack["article"]["meta"]["title"]["zh"].as_str().unwrap().to_owned()];
    for paragraph in pack["article"]["paragraphs"].as_array().unwrap() {
        zh.push(paragraph["sentences"].as_array().unwrap().iter().map(|s| s["zh"].as_str().unwrap()).collect());
    }
    let seed: Vec<&str> = SEED.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
    let en: Vec<&str> = std::iter::once(seed[0]).chain(seed[2..].iter().copied()).collect();
    (zh.join("\n\n"), en.join("\n\n"))
}

fn pairs(pack: &Value) -> Vec<(String, String, String)> {
    pack["article"]["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["sentences"].as_array().unwrap())
        .map(|s| (s["id"].as_str().unwrap().into(), s["zh"].as_str().unwrap().into(), s["en"].as_str().unwrap().into()))
        .collect()
}

#[test]
fn the_first_article_rebuilt_reproduces_the_built_in_alignment() {
    let (zh, en) = first_article_texts();
    let meta = Metadata { published: "2020-06-02T14:58+08:00".into(), ..Default::default() };
    let made = make_pack(&zh, &en, &meta, &termbase()).unwrap();
    let made_json = serde_json::to_value(&made.pack).unwrap();
    let built_in: Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
    // Five Chinese paragraphs against the seed's two English ones.
    assert_eq!(pairs(&made_json), pairs(&built_in));
    // The term base finds the article's terms; people and the outlet are
    // the article's own.
    let ids: Vec<&str> = made.pack.glossary.iter().map(|e| e.id.as_str()).collect();
    for id in ["four-consciousnesses", "two-upholds", "bottom-line-thinking", "xi-jinping-thought-on-diplomacy", "investment-cooperation"] {
        assert!(ids.contains(&id), "{id} not found: {ids:?}");
    }
    let candidates: Vec<&str> = made.candidates.iter().map(|c| c.zh.as_str()).collect();
    assert_eq!(candidates, ["云平台", "滨海故事"], "the article's own quoted terms are offered to the author");
}

#[test]
fn a_made_pack_is_valid_and_has_reading_aids() {
    let (zh, en) = first_article_texts();
    let meta = Metadata { published: "2020-06-02".into(), url: Some("https://example.org/report".into()), excerpt: true, ..Default::default() };
    let made = make_pack(&zh, &en, &meta, &termbase()).unwrap();
    let json = serde_json::to_string(&made.pack).unwrap();
    let loaded = load_pack("made.json", &json).unwrap_or_else(|e| panic!("{e:?}"));
    let first = &loaded.article().paragraphs[0].sentences[0];
    let spelled: String = first.ruby.iter().map(|w| w.0.as_str()).collect();
    assert_eq!(spelled, first.zh);
    let readings: Vec<(&str, &str)> = first.ruby.iter().map(|w| (w.0.as_str(), w.1.as_str())).collect();
    assert!(readings.contains(&("外事工作委员会", "wài shì gōng zuò wěi yuán huì")), "{readings:?}");
    assert!(readings.contains(&("区委", "qū wěi")), "{readings:?}");
}

/// The Chinese column slipped down one row, as in a real hand-made pack:
/// every pair is wrong, and the warnings name them.
#[test]
fn a_slipped_column_is_named_pair_by_pair() {
    let mut pack: Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
    let mut all_zh: Vec<Value> = Vec::new();
    for paragraph in pack["article"]["paragraphs"].as_array().unwrap() {
        for sentence in paragraph["sentences"].as_array().unwrap() {
            // The Chinese side slips with its reading aids.
            all_zh.push(serde_json::json!([sentence["zh"].clone(), sentence["ruby"].clone()]));
        }
    }
    all_zh.rotate_right(1);
    let mut next = all_zh.into_iter();
    for paragraph in pack["article"]["paragraphs"].as_array_mut().unwrap() {
        for sentence in paragraph["sentences"].as_array_mut().unwrap() {
            let slipped = next.next().unwrap();
            sentence["zh"] = slipped[0].clone();
            sentence["ruby"] = slipped[1].clone();
        }
    }
    let loaded = load_pack("slipped.json", &pack.to_string()).expect("still a valid pack: the slip is not an error");
    let warnings = pack_warnings(&loaded);
    let named: std::collections::BTreeSet<&str> =
        warnings.iter().filter_map(|w| w.pair.as_deref()).collect();
    assert!(named.len() >= 9, "{} pairs named: {warnings:#?}", named.len());
    let built_in = pack_warnings(&load_pack("default", DEFAULT_PACK_JSON).unwrap());
    assert!(built_in.len() <= 2, "the correct pack has few warnings: {built_in:#?}");
}

fn tifa_make(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_tifa-make"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("tifa-make runs");
    (output.status.code().unwrap_or(-1), String::from_utf8(output.stderr).unwrap())
}

/// A scratch path for this test file, its folder created (tests run in any
/// order, so each one that writes makes sure the folder exists).
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tifa-make");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn temp(name: &str, text: &str) -> PathBuf {
    let path = scratch(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_command_writes_a_checked_pack_and_reports_to_stderr() {
    let (zh, en) = first_article_texts();
    let (zh, en) = (temp("zh.txt", &zh), temp("en.txt", &en));
    let out = scratch("pack.json");
    let (status, stderr) = tifa_make(&[
        "--zh", zh.to_str().unwrap(), "--en", en.to_str().unwrap(), "--out", out.to_str().unwrap(),
        "--published", "2020-06-02T14:58+08:00", "--source-zh", "津滨网", "--source-en", "Jinbin Net",
        "--zh-kind", "rendering",
    ]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stderr.contains("candidate term: 云平台 (pair p4.s3, quoted phrase)"), "{stderr}");
    assert!(stderr.contains("wrote") && stderr.contains("11 sentence pairs"), "{stderr}");
    let written = std::fs::read_to_string(&out).unwrap();
    let loaded = load_pack("pack.json", &written).unwrap();
    assert_eq!(loaded.article().meta.source.zh, "津滨网");
}

#[test]
fn usage_errors_exit_2_and_say_what_is_missing() {
    let (status, stderr) = tifa_make(&[]);
    assert_eq!(status, 2);
    assert!(stderr.starts_with("usage: tifa-make"), "{stderr}");
    let (status, stderr) = tifa_make(&["--zh", "a.txt", "--en", "b.txt", "--out", "c.json"]);
    assert_eq!(status, 2);
    assert!(stderr.starts_with("tifa-make: --published is required"), "{stderr}");
    let (status, stderr) = tifa_make(&["--zh", "a.txt", "--en", "b.txt", "--out", "c.json", "--published", "2020-01-01", "--zh-kind", "copy"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("kind \"copy\" is not original, translation or rendering"), "{stderr}");
    let (status, stderr) = tifa_make(&["--zh", "no/such.txt", "--en", "b.txt", "--out", "c.json", "--published", "2020-01-01"]);
    assert_eq!(status, 1);
    assert!(stderr.starts_with("no/such.txt: cannot be read"), "{stderr}");
}

#[test]
fn the_made_fixture_pack_is_what_tifa_make_makes_today() {
    // tests/fixtures/packs/made/ holds a pack made by tifa-make from a real
    // official text, opened with ?pack= by the browser tests.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bitexts/prc-constitution-preamble");
    let source: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("source.json")).unwrap()).unwrap();
    let meta = Metadata {
        published: source["published"].as_str().unwrap().into(),
        source_zh: source["source_zh"].as_str().map(Into::into),
        source_en: source["source_en"].as_str().map(Into::into),
        excerpt: true,
        ..Default::default()
    };
    let zh = std::fs::read_to_string(dir.join("zh.txt")).unwrap();
    let en = std::fs::read_to_string(dir.join("en.txt")).unwrap();
    let made = make_pack(&zh, &en, &meta, &termbase()).unwrap();
    let json = serde_json::to_string_pretty(&made.pack).unwrap() + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/made/prc-constitution-preamble.json");
    if std::env::var_os("TIFA_UPDATE_MADE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &json).unwrap();
    }
    let committed = std::fs::read_to_string(&path).expect("run with TIFA_UPDATE_MADE=1 to write it");
    assert!(committed == json, "{} is stale: run `TIFA_UPDATE_MADE=1 cargo test --test make_pack`", path.display());
    load_pack("made", &committed).unwrap_or_else(|e| panic!("{e:?}"));
}

#[test]
fn reading_aids_for_an_existing_pack_use_its_own_glossary_first() {
    let out = scratch("with-ruby.json");
    let (status, stderr) = tifa_make(&["--reading-aids", "assets/packs/binhai-foreign-affairs-2020.json", "--out", out.to_str().unwrap()]);
    assert_eq!(status, 0, "{stderr}");
    let written = std::fs::read_to_string(&out).unwrap();
    let loaded = load_pack("with-ruby.json", &written).unwrap();
    let words: Vec<(String, String)> = loaded
        .article()
        .paragraphs
        .iter()
        .flat_map(|p| &p.sentences)
        .flat_map(|s| s.ruby.iter().map(|w| (w.0.clone(), w.1.clone())))
        .collect();
    // Checked by hand for the article's polyphones and the dictionary's slips.
    for (word, reading) in [
        ("滨海新区", "Bīn hǎi Xīn qū"),
        ("连茂君", "Lián Mào jūn"),
        ("秘书长", "mì shū zhǎng"),
        ("统筹协调", "tǒng chóu xié tiáo"),
        ("会议强调", "huì yì qiáng diào"),
        ("的", "de"),
        ("得", "dé"),
        ("一", "yī"),
        ("更", "gèng"),
    ] {
        assert!(words.contains(&(word.into(), reading.into())), "{word} {reading}: {words:?}");
    }
}
