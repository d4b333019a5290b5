//! The glossary of the first article, and broken glossaries with the exact
//! messages they give.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use tifa::content::{DEFAULT_PACK_FILE, DEFAULT_PACK_JSON};
use tifa::domain::glossary::TermKind;
use tifa::domain::language::Lang;
use tifa::domain::pack::load_pack;
use tifa::domain::pinyin::han_count;

fn pack_value() -> Value {
    serde_json::from_str(DEFAULT_PACK_JSON).unwrap()
}

fn errors_of(pack: &Value) -> Vec<String> {
    match load_pack("g.json", &serde_json::to_string(pack).unwrap()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn entry_position(pack: &Value, id: &str) -> usize {
    pack["glossary"].as_array().unwrap().iter().position(|e| e["id"] == id).unwrap()
}

/// Every entry is marked in both languages, or is a term inside a longer
/// term that is (习近平 in 习近平外交思想), reached from that term's pop-up.
#[test]
fn every_entry_occurs_in_both_languages_or_inside_a_longer_term() {
    let loaded = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let glossary = loaded.glossary();
    let mut inner_only = Vec::new();
    for (index, entry) in glossary.iter().enumerate() {
        let marked = |i: usize, lang: Lang| !loaded.annotations.occurrences(i, lang).is_empty();
        if marked(index, Lang::En) && marked(index, Lang::Zh) {
            continue;
        }
        let container = glossary
            .iter()
            .enumerate()
            .find(|(outer, longer)| longer.contains_term(entry) && marked(*outer, Lang::En) && marked(*outer, Lang::Zh));
        assert!(container.is_some(), "{} is not marked in both languages nor inside a longer term", entry.id);
        inner_only.push(entry.id.as_str());
    }
    assert!(inner_only.len() <= 3, "{inner_only:?}");
}

#[test]
fn the_glossary_covers_the_terms_the_issue_names() {
    let loaded = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let zh: Vec<&str> = loaded.glossary().iter().map(|e| e.zh.as_str()).collect();
    for term in [
        "四个意识", "四个自信", "两个维护", "习近平外交思想", "党管外事", "总体国家安全观", "底线思维",
        "战略定力", "高质量发展", "走出去", "滨海新区", "区委", "市委常委", "连茂君", "邓光华", "津滨网",
    ] {
        assert!(zh.contains(&term), "no entry for {term}");
    }
    assert!(loaded.glossary().len() >= 40, "{}", loaded.glossary().len());
}

#[test]
fn two_safeguards_is_one_entry_matching_both_renderings() {
    let loaded = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let index = loaded.glossary().iter().position(|e| e.zh == "两个维护").unwrap();
    let entry = &loaded.glossary()[index];
    assert_eq!(entry.parts.len(), 2);
    assert_eq!(loaded.annotations.occurrences(index, Lang::En).len(), 2);
    assert_eq!(loaded.annotations.occurrences(index, Lang::Zh).len(), 2);
    assert_eq!(loaded.annotations.form_uses(index, Lang::En), [1, 1]);
}

#[test]
fn numbered_formulations_list_their_parts_with_pinyin() {
    let loaded = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let parts_of = |zh: &str| loaded.glossary().iter().find(|e| e.zh == zh).unwrap().parts.clone();
    assert_eq!(parts_of("四个意识").len(), 4);
    assert_eq!(parts_of("四个自信").len(), 4);
    for part in loaded.glossary().iter().flat_map(|e| &e.parts) {
        assert_eq!(part.pinyin.split_whitespace().count(), han_count(&part.zh), "{}", part.zh);
    }
}

/// Prints the figures the closing note reports (run with --nocapture).
#[test]
fn glossary_figures() {
    let loaded = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let mut by_kind: BTreeMap<TermKind, usize> = BTreeMap::new();
    for entry in loaded.glossary() {
        *by_kind.entry(entry.kind).or_default() += 1;
    }
    println!("entries: {} {by_kind:?}", loaded.glossary().len());
    println!("occurrences: en {} zh {}", loaded.annotations.total(Lang::En), loaded.annotations.total(Lang::Zh));
    assert!(loaded.annotations.total(Lang::En) >= loaded.glossary().len());
}

#[test]
fn pinyin_must_have_one_syllable_per_character() {
    let mut pack = pack_value();
    let i = entry_position(&pack, "four-consciousnesses");
    pack["glossary"][i]["pinyin"] = json!("sì gè yìshí");
    assert_eq!(
        errors_of(&pack),
        [format!("g.json: glossary entry four-consciousnesses: pinyin \"sì gè yìshí\" has 3 syllables but \"四个意识\" has 4 characters (at /glossary/{i}/pinyin)")]
    );
}

#[test]
fn related_ids_must_exist_and_not_be_the_entry_itself() {
    let mut pack = pack_value();
    let i = entry_position(&pack, "going-global");
    pack["glossary"][i]["related"] = json!(["going-global", "no-such-term"]);
    assert_eq!(
        errors_of(&pack),
        [
            format!("g.json: glossary entry going-global: an entry cannot be related to itself (at /glossary/{i}/related/0)"),
            format!("g.json: glossary entry going-global: related id \"no-such-term\" is not in the glossary (at /glossary/{i}/related/1)"),
        ]
    );
}

#[test]
fn a_form_that_never_occurs_is_reported() {
    let mut pack = pack_value();
    let i = entry_position(&pack, "going-global");
    pack["glossary"][i]["match"]["en"].as_array_mut().unwrap().push(json!("go global"));
    pack["glossary"][i]["match"]["zh"].as_array_mut().unwrap().push(json!("走出去战略"));
    assert_eq!(
        errors_of(&pack),
        [
            format!("g.json: glossary entry going-global: form \"走出去战略\" never occurs in the Chinese text (or a longer term always covers it) (at /glossary/{i}/match/zh/1)"),
            format!("g.json: glossary entry going-global: form \"go global\" never occurs in the English text (or a longer term always covers it) (at /glossary/{i}/match/en/1)"),
        ]
    );
}

#[test]
fn a_form_listed_by_two_entries_is_reported() {
    let mut pack = pack_value();
    let i = entry_position(&pack, "going-global");
    pack["glossary"][i]["match"]["zh"].as_array_mut().unwrap().push(json!("四个意识"));
    let errors = errors_of(&pack);
    assert_eq!(
        errors,
        [format!("g.json: glossary entry going-global: form \"四个意识\" is also listed by four-consciousnesses (at /glossary/{i}/match/zh/1)")]
    );
}

#[test]
fn duplicate_ids_bad_slugs_and_empty_fields() {
    let mut pack = pack_value();
    let i = entry_position(&pack, "going-global");
    let j = entry_position(&pack, "cloud-platform");
    pack["glossary"][j]["id"] = json!("going-global");
    pack["glossary"][i]["gloss"] = json!(" ");
    pack["glossary"][i]["origin"] = json!({"date": "2000-13", "occasion": ""});
    let errors = errors_of(&pack);
    assert!(errors.contains(&format!("g.json: glossary entry going-global: gloss is empty (at /glossary/{i}/gloss)")), "{errors:#?}");
    assert!(errors.contains(&format!("g.json: glossary entry going-global: the origin's occasion is empty (at /glossary/{i}/origin/occasion)")));
    assert!(errors.contains(&format!(
        "g.json: glossary entry going-global: origin date \"2000-13\" is not of the form 2016, 2016-01 or 2016-01-29 (at /glossary/{i}/origin/date)"
    )));
    // The second entry with the id is the duplicate.
    assert!(errors.contains(&format!("g.json: glossary entry going-global: duplicate id \"going-global\" (at /glossary/{}/id)", i.max(j))));

    let mut pack = pack_value();
    pack["glossary"][i]["id"] = json!("Going Global");
    let errors = errors_of(&pack);
    assert!(
        errors.contains(&format!(
            "g.json: glossary entry Going Global: id \"Going Global\" must be lowercase letters, digits and '-', such as four-consciousnesses (at /glossary/{i}/id)"
        )),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_kind_is_a_structure_error_naming_the_entry() {
    let mut pack = pack_value();
    let i = entry_position(&pack, "going-global");
    pack["glossary"][i]["kind"] = json!("slogan");
    let errors = errors_of(&pack);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("glossary entry going-global: unknown variant `slogan`"), "{}", errors[0]);
    assert!(errors[0].ends_with(&format!("(at /glossary/{i}/kind)")), "{}", errors[0]);
}

/// The page's `data-kind`, which the reading settings' marks select on, is
/// the kind as the content format spells it.
#[test]
fn each_kind_slug_is_its_spelling_in_the_format() {
    for kind in TermKind::ALL {
        assert_eq!(serde_json::to_value(kind).unwrap(), Value::from(kind.slug()), "{kind:?}");
    }
}
