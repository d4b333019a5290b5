//! Broken articles and the exact messages they give: every message names the
//! file, the entry and what is wrong.

use serde_json::{json, Value};
use tifa::content::DEFAULT_PACK_JSON;
use tifa::domain::pack::load_pack;

const FILE: &str = "broken.json";

/// The built-in pack without its glossary: these tests are about the article,
/// and a broken sentence would also (rightly) leave glossary forms unmatched.
fn default_pack() -> Value {
    let mut pack: Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
    pack.as_object_mut().unwrap().remove("glossary");
    pack
}

/// Every error of a pack, as the validator prints them.
fn errors_of(pack: &Value) -> Vec<String> {
    errors_of_text(&serde_json::to_string_pretty(pack).unwrap())
}

fn errors_of_text(text: &str) -> Vec<String> {
    match load_pack(FILE, text) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_sentence_without_chinese_is_misaligned() {
    let mut pack = default_pack();
    pack["article"]["paragraphs"][2]["sentences"][1]["zh"] = json!("  ");
    assert_eq!(
        errors_of(&pack),
        ["broken.json: paragraph p3, sentence p3.s2: misaligned: the sentence has English but no Chinese (at /article/paragraphs/2/sentences/1/zh)"]
    );
}

#[test]
fn a_sentence_without_english_is_misaligned_even_when_the_field_is_missing() {
    let mut pack = default_pack();
    pack["article"]["paragraphs"][0]["sentences"][0].as_object_mut().unwrap().remove("en");
    assert_eq!(
        errors_of(&pack),
        ["broken.json: paragraph p1, sentence p1.s1: misaligned: the sentence has Chinese but no English (at /article/paragraphs/0/sentences/0/en)"]
    );
}

#[test]
fn empty_sentences_and_paragraphs() {
    let mut pack = default_pack();
    pack["article"]["paragraphs"][1]["sentences"][0]["en"] = json!("");
    pack["article"]["paragraphs"][1]["sentences"][0]["zh"] = json!("");
    pack["article"]["paragraphs"][3]["sentences"] = json!([]);
    assert_eq!(
        errors_of(&pack),
        [
            "broken.json: paragraph p2, sentence p2.s1: the sentence is empty in both languages (at /article/paragraphs/1/sentences/0)",
            "broken.json: paragraph p4: the paragraph has no sentences (at /article/paragraphs/3/sentences)",
        ]
    );
}

#[test]
fn duplicate_and_malformed_ids() {
    let mut pack = default_pack();
    pack["article"]["paragraphs"][1]["id"] = json!("p1");
    pack["article"]["paragraphs"][2]["sentences"][1]["id"] = json!("p3.s1");
    pack["article"]["paragraphs"][4]["sentences"][0]["id"] = json!("p4.s1");
    pack["article"]["paragraphs"][4]["sentences"][1]["id"] = json!("p5 s2");
    assert_eq!(
        errors_of(&pack),
        [
            "broken.json: paragraph p1: duplicate id \"p1\" (at /article/paragraphs/1/id)",
            "broken.json: paragraph p1, sentence p2.s1: sentence id \"p2.s1\" must be the paragraph id, a dot and a suffix, such as p1.s1 (at /article/paragraphs/1/sentences/0/id)",
            "broken.json: paragraph p3, sentence p3.s1: duplicate id \"p3.s1\" (at /article/paragraphs/2/sentences/1/id)",
            "broken.json: paragraph p5, sentence p4.s1: sentence id \"p4.s1\" must be the paragraph id, a dot and a suffix, such as p5.s1 (at /article/paragraphs/4/sentences/0/id)",
            "broken.json: paragraph p5, sentence p5 s2: sentence id \"p5 s2\" must be the paragraph id, a dot and a suffix, such as p5.s1 (at /article/paragraphs/4/sentences/1/id)",
        ]
    );
}

#[test]
fn an_unknown_format_version_is_named_before_anything_else() {
    let mut pack = default_pack();
    pack["version"] = json!(2);
    pack["article"] = json!("whatever version 2 holds");
    assert_eq!(
        errors_of(&pack),
        ["broken.json: pack header: unsupported format version 2: this reader reads version 1 (at /version)"]
    );
}

#[test]
fn a_missing_or_foreign_format_name() {
    let mut pack = default_pack();
    pack["format"] = json!("epub");
    pack.as_object_mut().unwrap().remove("version");
    assert_eq!(
        errors_of(&pack),
        [
            "broken.json: pack header: format is \"epub\", expected \"tifa-pack\" (at /format)",
            "broken.json: pack header: the field \"version\" is missing (at /version)",
        ]
    );
}

#[test]
fn invalid_json_gives_line_and_column() {
    assert_eq!(
        errors_of_text("{\n  \"format\": \"tifa-pack\",\n  \"version\": 1,\n}"),
        ["broken.json:4:1: not valid JSON: trailing comma"]
    );
    assert_eq!(errors_of_text("[1, 2]"), ["broken.json: a pack must be a JSON object"]);
    assert_eq!(errors_of_text(""), ["broken.json:1:0: not valid JSON: EOF while parsing a value"]);
}

#[test]
fn a_wrong_type_or_unknown_field_names_the_entry_and_pointer() {
    let mut pack = default_pack();
    pack["article"]["paragraphs"][2]["sentences"][0]["en"] = json!(42);
    let errors = errors_of(&pack);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("broken.json:")
            && errors[0].ends_with(
                "paragraph p3, sentence p3.s1: invalid type: integer `42`, expected a string (at /article/paragraphs/2/sentences/0/en)"
            ),
        "{}",
        errors[0]
    );

    let mut pack = default_pack();
    pack["article"]["paragraphs"][0]["sentences"][2]["zhh"] = json!("typo");
    let errors = errors_of(&pack);
    assert!(
        errors[0].contains("paragraph p1, sentence p1.s3: unknown field `zhh`, expected one of `id`, `en`, `zh`"),
        "{}",
        errors[0]
    );
}

#[test]
fn metadata_problems_are_all_reported() {
    let mut pack = default_pack();
    pack["article"]["meta"]["title"]["zh"] = json!("");
    pack["article"]["meta"]["published"] = json!("2020-06-02 14:58");
    pack["article"]["meta"]["event"]["date"] = json!("2020-02-30");
    pack["article"]["paragraphs"] = json!([]);
    assert_eq!(
        errors_of(&pack),
        [
            "broken.json: article metadata: the Chinese title is empty (at /article/meta/title/zh)",
            "broken.json: article metadata: published time \"2020-06-02 14:58\" is not of the form 2020-06-02T14:58+08:00 (date, time and UTC offset), nor a date such as 2020-06-02 (at /article/meta/published)",
            "broken.json: article metadata: event date \"2020-02-30\" is not a date of the form 2020-05-26 (at /article/meta/event/date)",
            "broken.json: article: the article has no paragraphs (at /article/paragraphs)",
        ]
    );
}

#[test]
fn surrounding_white_space_is_reported() {
    let mut pack = default_pack();
    pack["article"]["paragraphs"][0]["sentences"][0]["en"] = json!("On the morning of May 26. ");
    assert_eq!(
        errors_of(&pack),
        ["broken.json: paragraph p1, sentence p1.s1: the text starts or ends with white space (the reader puts the space between sentences itself) (at /article/paragraphs/0/sentences/0/en)"]
    );
}
