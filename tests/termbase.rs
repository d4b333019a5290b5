//! The shared term base: the shipped files pass every check, hold what the
//! format promises, and agree with the packs that copy from them; broken
//! term-base files give messages that name the file, the entry and the fix.

use std::collections::HashSet;
use std::path::Path;

use serde_json::{json, Value};
use tifa::content::DEFAULT_PACK_JSON;
use tifa::domain::glossary::{GlossaryEntry, TermKind, TermStatus};
use tifa::domain::language::Lang;
use tifa::domain::pack::load_pack;
use tifa::authoring::termbase_files::read_termbase_files;
use tifa::domain::termbase::{load_termbase, CheckedTermBase};

const TERMBASE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/termbase");

/// The shipped term-base files, as `tifa-check` reads them.
fn shipped_files() -> Vec<(String, String)> {
    read_termbase_files(Path::new(TERMBASE_DIR)).expect("assets/termbase can be read")
}

fn shipped() -> CheckedTermBase {
    match load_termbase(&shipped_files()) {
        Ok(checked) => checked,
        Err(errors) => panic!("the shipped term base has problems:\n{}", errors.iter().map(|e| format!("{e}\n")).collect::<String>()),
    }
}

#[test]
fn the_shipped_term_base_is_valid_and_large_enough() {
    let checked = shipped();
    let termbase = &checked.termbase;
    assert!(termbase.len() >= 250, "only {} entries", termbase.len());
    assert!(termbase.files().len() >= 5, "split by field");
    for entry in termbase.entries() {
        // The validator requires these; the test says what the format promises.
        assert!(entry.gloss_zh.is_some() && entry.explanation_zh.is_some(), "{}", entry.id);
        assert!(entry.official_source.is_some() != entry.official_suggested, "{}", entry.id);
        assert!(entry.status.is_some(), "{}", entry.id);
        assert!(entry.forms.zh.contains(&entry.zh), "{}", entry.id);
    }
    let kinds: HashSet<TermKind> = termbase.entries().map(|entry| entry.kind).collect();
    for kind in [TermKind::Formulation, TermKind::Principle, TermKind::Policy, TermKind::Institution, TermKind::Office] {
        assert!(kinds.contains(&kind), "no {kind:?} entries");
    }
    // People belong in article packs, except a handful that recur everywhere.
    let people = termbase.entries().filter(|entry| entry.kind == TermKind::Person).count();
    assert!(people <= 10, "{people} people");
}

#[test]
fn the_shipped_term_base_corrects_what_review_found() {
    let checked = shipped();
    let termbase = &checked.termbase;
    let entry = |id: &str| termbase.get(id).unwrap_or_else(|| panic!("{id} is in the term base"));

    let upholds = entry("two-upholds");
    assert_eq!(upholds.parts[0].zh, "坚决维护习近平总书记党中央的核心、全党的核心地位");
    assert!(upholds.renderings.iter().any(|r| r.en == "two maintenances"));

    let consciousnesses = entry("four-consciousnesses");
    assert_eq!(consciousnesses.origin.as_ref().and_then(|o| o.date.as_deref()), Some("2016-01-29"));
    let renderings: Vec<String> = consciousnesses
        .renderings
        .iter()
        .map(|r| r.en.to_lowercase())
        .chain(consciousnesses.variants.iter().map(|v| v.to_lowercase()))
        .chain(consciousnesses.forms.en.iter().map(|f| f.to_lowercase()))
        .collect();
    assert!(!renderings.contains(&"four-sphere awareness".to_owned()), "unattested rendering dropped");

    assert_eq!(entry("six-stabilities").official.to_lowercase(), "stability on six fronts");
    assert!(entry("six-stabilities").related.contains(&"six-securities".to_owned()));

    let standing = entry("political-standing");
    assert_ne!(standing.official.to_lowercase(), "political stance");
    assert!(standing.translation_note.as_deref().unwrap_or_default().contains("政治立场"));
    assert!(termbase.get("political-stance").is_none());

    assert!(!entry("investment-promotion").forms.en.iter().any(|f| f.eq_ignore_ascii_case("investment cooperation")));
    assert!(entry("investment-cooperation").forms.zh.contains(&"招商合作".to_owned()));
    assert!(!entry("tell-chinas-stories-well").forms.en.iter().any(|f| f.to_lowercase().contains("binhai")));
    assert!(!entry("the-party").forms.zh.contains(&"中国共产党".to_owned()));

    assert!(matches!(entry("shuanggui").status, Some(TermStatus::Retired(_))), "双规 left official use in 2018");
}

#[test]
fn sourced_and_suggested_renderings_are_counted() {
    let checked = shipped();
    let sourced = checked.termbase.entries().filter(|e| e.official_source.is_some()).count();
    let suggested = checked.termbase.entries().filter(|e| e.official_suggested).count();
    assert_eq!(sourced + suggested, checked.termbase.len());
    assert!(suggested > 0, "a term base that claims a source for everything is not honest");
}

#[test]
fn overlaps_between_forms_are_noted_for_the_author() {
    let checked = shipped();
    let note = checked
        .overlaps
        .iter()
        .map(ToString::to_string)
        .find(|note| note.contains("\"党中央\" stands inside \"以习近平同志为核心的党中央\""))
        .expect("党中央 inside the longer formulation is noted");
    assert!(note.contains("its pop-up lists this one"), "{note}");
}

/// The first article's pack keeps self-contained copies of the term base's
/// entries: the same text, with only the forms its article uses.
#[test]
fn the_first_article_copies_its_entries_from_the_term_base() {
    let checked = shipped();
    let pack = load_pack("default", DEFAULT_PACK_JSON).expect("the built-in pack is valid");
    let mut copied = 0;
    for entry in pack.glossary() {
        let Some(source) = checked.termbase.get(&entry.id) else { continue };
        copied += 1;
        assert_eq!(without_article_fields(entry), without_article_fields(source), "{} differs from the term base", entry.id);
        for related in &entry.related {
            assert!(source.related.contains(related), "{}: related {related:?} is not in the term base", entry.id);
        }
        for lang in Lang::BOTH {
            let allowed: HashSet<String> = source.forms.get(lang).iter().map(|f| f.to_lowercase()).collect();
            for form in entry.forms.get(lang) {
                assert!(allowed.contains(&form.to_lowercase()), "{}: form {form:?} is not in the term base", entry.id);
            }
        }
    }
    assert!(copied >= 35, "only {copied} of the pack's entries come from the term base");
}

/// An entry without what a pack may set for its own article: its forms and
/// related links (those its article uses) and its translation note.
fn without_article_fields(entry: &GlossaryEntry) -> GlossaryEntry {
    GlossaryEntry {
        forms: Default::default(),
        related: Vec::new(),
        translation_note: None,
        ..entry.clone()
    }
}

// ---- broken term-base files ----

fn good_entry(id: &str, zh: &str, pinyin: &str) -> Value {
    json!({
        "id": id, "zh": zh, "pinyin": pinyin, "kind": "formulation",
        "official": format!("{id} rendering"), "official_suggested": true,
        "status": "current",
        "gloss": "One line.", "gloss_zh": "一句话。",
        "explanation": "A few sentences.", "explanation_zh": "几句话。",
        "match": {"en": [format!("{id} rendering")], "zh": [zh]}
    })
}

fn file(entries: Vec<Value>) -> String {
    json!({"format": "tifa-termbase", "version": 1, "field": {"en": "Test", "zh": "测试"}, "entries": entries}).to_string()
}

fn errors(files: &[(&str, String)]) -> Vec<String> {
    let files: Vec<(String, String)> = files.iter().map(|(name, text)| (name.to_string(), text.clone())).collect();
    match load_termbase(&files) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_good_file_passes() {
    assert_eq!(errors(&[("a.json", file(vec![good_entry("new-era", "新时代", "xīn shí dài")]))]), Vec::<String>::new());
}

#[test]
fn what_the_term_base_requires_beyond_a_pack() {
    let mut entry = good_entry("new-era", "新时代", "xīn shí dài");
    let fields = entry.as_object_mut().unwrap();
    for field in ["gloss_zh", "explanation_zh", "official_suggested", "status"] {
        fields.remove(field);
    }
    fields.insert("renderings".into(), json!([{"en": "New Epoch", "use": "common"}]));
    fields.insert("match".into(), json!({"en": ["new-era rendering"], "zh": ["新时代中国"]}));
    assert_eq!(
        errors(&[("a.json", file(vec![entry]))]),
        [
            "a.json: term-base entry new-era: gloss_zh is missing: the term base explains every entry in Chinese too (one line) (at /entries/0/gloss_zh)",
            "a.json: term-base entry new-era: explanation_zh is missing: the term base explains every entry in Chinese too (释义) (at /entries/0/explanation_zh)",
            "a.json: term-base entry new-era: the official rendering has no source: name the official English text and year in official_source, or set \"official_suggested\": true (at /entries/0/official)",
            "a.json: term-base entry new-era: status is missing: \"current\", or {\"retired\": {\"year\": …, \"note\": \"…\"}} (at /entries/0/status)",
            "a.json: term-base entry new-era: the term \"新时代\" itself is not among the Chinese match forms: add it (at /entries/0/match/zh)",
            "a.json: term-base entry new-era: rendering \"New Epoch\" is not among the English match forms: add it to match.en so that texts using it are marked (at /entries/0/renderings/0/en)",
        ]
    );
}

#[test]
fn ids_and_forms_are_unique_and_links_resolve_across_files() {
    let mut linked = good_entry("two-upholds", "两个维护", "liǎng gè wéi hù");
    linked["related"] = json!(["new-era", "no-such-entry"]);
    let mut clash = good_entry("new-era", "新时代", "xīn shí dài");
    clash["match"]["en"] = json!(["new-era rendering", "Two-Upholds rendering"]);
    assert_eq!(
        errors(&[
            ("a.json", file(vec![linked, good_entry("new-era", "新时代", "xīn shí dài")])),
            ("b.json", file(vec![clash])),
        ]),
        [
            "a.json: term-base entry two-upholds: related id \"no-such-entry\" is not in the term base (at /entries/0/related/1)",
            "b.json: term-base entry new-era: duplicate id \"new-era\" (also in a.json) (at /entries/0/id)",
            "b.json: term-base entry new-era: form \"新时代\" is also listed by new-era (at /entries/0/match/zh/0)",
            "b.json: term-base entry new-era: form \"new-era rendering\" is also listed by new-era (at /entries/0/match/en/0)",
            "b.json: term-base entry new-era: form \"Two-Upholds rendering\" is also listed by two-upholds (at /entries/0/match/en/1)",
        ]
    );
}

#[test]
fn pinyin_sources_and_statuses_are_checked() {
    let mut toneless = good_entry("assigned-tasks", "交办任务", "jiāo bàn rèn wu");
    toneless["official_source"] = json!("Report to the 20th National Congress of the CPC, official English text (2022)");
    let mut retired = good_entry("shuanggui", "双规", "shuāng guī");
    retired["status"] = json!({"retired": {"year": 1800, "note": " "}});
    retired["renderings"] = json!([{"en": "double regulation", "use": "mistranslation"}]);
    retired["match"]["en"] = json!(["shuanggui rendering", "double regulation"]);
    let mut enum_as_object = good_entry("new-era", "新时代", "xīn shí dài");
    enum_as_object["status"] = json!({"current": null});
    assert_eq!(
        errors(&[("a.json", file(vec![toneless, retired])), ("b.json", file(vec![enum_as_object]))]),
        [
            "b.json: term-base entry new-era: status must be \"current\" or {\"retired\": {\"year\": 2018, \"note\": \"…\"}} (at /entries/0/status)",
            "a.json: term-base entry assigned-tasks: pinyin \"wu\" (务) has no tone mark: write the citation tone (only particles such as 的 de, 了 le, 们 men and the suffix 子 zi are toneless) (at /entries/0/pinyin)",
            "a.json: term-base entry assigned-tasks: official_source and official_suggested are both given: keep the source if an official text uses the rendering, else drop it (at /entries/0/official_suggested)",
            "a.json: term-base entry shuanggui: the mistranslation \"double regulation\" needs a note saying why it is wrong (at /entries/1/renderings/0/note)",
            "a.json: term-base entry shuanggui: a retired term needs a note saying what replaced it or why it was dropped (at /entries/1/status/retired/note)",
            "a.json: term-base entry shuanggui: year 1800 is not between 1900 and 2100 (at /entries/1/status/retired/year)",
        ]
    );
}

#[test]
fn a_file_of_another_format_or_version_is_told_so() {
    let pack_instead = json!({"format": "tifa-pack", "version": 1}).to_string();
    let future = json!({"format": "tifa-termbase", "version": 2}).to_string();
    assert_eq!(
        errors(&[("pack.json", pack_instead), ("future.json", future), ("bad.json", "{\"format\": ".into())]),
        [
            "pack.json: term-base file header: format is \"tifa-pack\", expected \"tifa-termbase\" (at /format)",
            "future.json: term-base file header: unsupported format version 2: this reader reads version 1 (at /version)",
            "bad.json:1:11: not valid JSON: EOF while parsing a value",
        ]
    );
}

#[test]
fn a_structural_error_names_the_entry_and_pointer() {
    let mut entry = good_entry("new-era", "新时代", "xīn shí dài");
    entry["kind"] = json!("slogan");
    let problems = errors(&[("a.json", file(vec![entry]))]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("a.json:1:"), "{}", problems[0]);
    assert!(problems[0].contains("term-base entry new-era: unknown variant `slogan`"), "{}", problems[0]);
    assert!(problems[0].ends_with("(at /entries/0/kind)"), "{}", problems[0]);
}

/// The browser's list of term-base files (the authoring page fetches them by
/// it) names exactly the files of the folder.
#[test]
fn the_index_lists_every_term_base_file() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed = tifa::domain::termbase::parse_termbase_index(&std::fs::read_to_string(root.join("assets/termbase-index.json")).unwrap()).unwrap();
    let mut present: Vec<String> = std::fs::read_dir(root.join("assets/termbase"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    present.sort();
    assert_eq!(listed, present, "assets/termbase-index.json must list the folder's files: update it");
}
