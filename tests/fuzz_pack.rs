//! Property-based fuzzing of pack parsing and validation (`load_pack`).
//!
//! Whatever the input, `load_pack` must return, not panic or overflow the
//! stack, and:
//! - on `Err`, give at least one error, each with a non-empty message, the
//!   file name it was given, a JSON pointer that is empty or starts with `/`,
//!   and a line (when it has a position) of at least 1; and, when the input is
//!   valid JSON, a pointer that the POINTER RULE below explains;
//! - on `Ok`, give annotations whose spans lie inside their text, on character
//!   boundaries, sorted and not overlapping, each slice being the form it
//!   names (ASCII-case-insensitively in English), and cutting the text into
//!   segments that rebuild it.
//!
//! POINTER RULE. An error's pointer either resolves in the document
//! (`serde_json::Value::pointer`), or it names a field that is missing from
//! an object that exists: its parent resolves to an object without that key.
//! This is what the code does: parse errors point nowhere (""); a serde
//! structure error points at the innermost value open where the parser
//! stopped, which for a missing required field is the object that lacks it
//! (so it resolves); but the header check reports a missing `format` or
//! `version` at `/format` or `/version`, and the validator reports a text that
//! serde filled with its default (a missing `en`/`zh` of a sentence or of a
//! bilingual value) at the missing field itself, e.g.
//! `/article/paragraphs/0/sentences/0/en` when that sentence has no `en`.
//!
//! The number of cases per property is `TIFA_FUZZ_CASES` (default 256);
//! `scripts/fuzz.sh` runs many more in release mode. Properties are named
//! `prop_*` so that the script can count them.

mod common;

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Map, Value};

use tifa::content::DEFAULT_PACK_JSON;
use tifa::domain::annotation::{segments, Segment, SOURCE_KEY, TITLE_KEY};
use tifa::domain::error::ContentError;
use tifa::domain::language::Lang;
use tifa::domain::pack::{load_pack, LoadedPack};

const FILE: &str = "fuzz.json";

use common::fuzz_config as config;

/// The built-in pack as a JSON value, parsed once.
fn default_pack() -> Value {
    static PACK: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    PACK.get_or_init(|| serde_json::from_str(DEFAULT_PACK_JSON).expect("the built-in pack is JSON")).clone()
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

/// RFC 6901 unescaping of one segment.
fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The POINTER RULE of the module comment.
fn pointer_is_explained(document: &Value, pointer: &str) -> bool {
    if document.pointer(pointer).is_some() {
        return true;
    }
    match pointer.rsplit_once('/') {
        Some((parent, key)) => {
            matches!(document.pointer(parent), Some(Value::Object(fields)) if !fields.contains_key(&unescape(key)))
        }
        None => false,
    }
}


/// The checks on every error list, whatever the input.
fn check_errors(file: &str, input: &str, errors: &[ContentError]) -> Result<(), TestCaseError> {
    prop_assert!(!errors.is_empty(), "Err with no errors");
    let document: Option<Value> = serde_json::from_str(input).ok();
    for error in errors {
        prop_assert!(!error.message.trim().is_empty(), "empty message in {:?}", error);
        prop_assert_eq!(&error.file, file);
        prop_assert!(
            error.pointer.is_empty() || error.pointer.starts_with('/'),
            "pointer {:?} is neither empty nor starts with '/'",
            error.pointer
        );
        if let Some((line, _)) = error.line_column {
            prop_assert!(line >= 1, "line {} < 1 in {:?}", line, error);
        }
        if let Some(document) = &document {
            prop_assert!(
                pointer_is_explained(document, &error.pointer),
                "pointer {:?} neither resolves nor names a missing field of an existing object: {:?}",
                error.pointer,
                error
            );
        }
        prop_assert!(!error.to_string().is_empty());
    }
    Ok(())
}

/// The checks on a loaded pack's annotations.
fn check_loaded(pack: &LoadedPack) -> Result<(), TestCaseError> {
    let article = pack.article();
    for lang in [Lang::En, Lang::Zh] {
        let mut texts: Vec<(&str, &str)> = vec![
            (TITLE_KEY, article.meta.title.get(lang)),
            (SOURCE_KEY, article.meta.source.get(lang)),
        ];
        for pair in article.paragraphs.iter().flat_map(|p| &p.sentences) {
            texts.push((&pair.id, pair.text(lang)));
        }
        for (key, text) in texts {
            let spans = pack.annotations.spans(key, lang);
            let mut previous_end = 0;
            for span in spans {
                prop_assert!(span.start < span.end && span.end <= text.len(), "{lang:?} {key}: span {span:?} outside {text:?}");
                prop_assert!(
                    text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                    "{lang:?} {key}: span {span:?} not on character boundaries of {text:?}"
                );
                prop_assert!(span.start >= previous_end, "{lang:?} {key}: spans overlap or are unsorted: {spans:?}");
                previous_end = span.end;
                let form = pack
                    .glossary()
                    .get(span.entry)
                    .and_then(|entry| entry.forms.get(lang).get(span.form))
                    .ok_or_else(|| TestCaseError::fail(format!("span {span:?} names no form")))?;
                let slice = &text[span.start..span.end];
                match lang {
                    Lang::En => prop_assert!(slice.eq_ignore_ascii_case(form), "{slice:?} is not the form {form:?}"),
                    Lang::Zh => prop_assert_eq!(slice, form.as_str()),
                }
            }
            let rebuilt: String = segments(text, spans)
                .iter()
                .map(|piece| match piece {
                    Segment::Plain(s) | Segment::Term(s, _) => *s,
                })
                .collect();
            prop_assert_eq!(rebuilt.as_str(), text, "segments do not rebuild the text");
        }
    }
    Ok(())
}

/// Loads `input` and checks whichever result comes back. Returns whether it loaded.
fn check_load(file: &str, input: &str) -> Result<bool, TestCaseError> {
    match load_pack(file, input) {
        Ok(pack) => {
            check_loaded(&pack)?;
            Ok(true)
        }
        Err(errors) => {
            check_errors(file, input, &errors)?;
            Ok(false)
        }
    }
}

// ---------------------------------------------------------------------------
// Unicode material
// ---------------------------------------------------------------------------

const CJK: &[&str] = &["区委", "外事", "委员会", "书记", "两个维护", "四个意识", "𠀀", "𪚥", "。", "，", "“", "”", "　"];
const COMBINING: &[&str] = &["\u{301}", "\u{308}", "\u{327}", "\u{20DD}", "\u{FE0F}", "e\u{301}"];
const EMOJI: &[&str] = &["😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "🏳️‍🌈"];
const RTL: &[&str] = &["مرحبا", "שלום", "\u{200F}", "\u{202E}", "\u{202B}"];
const ZERO_WIDTH: &[&str] = &["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{2060}", "\u{00AD}"];
const ASCII: &[&str] = &["a", "Party", "era", "-", "'", " ", "  ", "\t", "\n", "x-y", "42", "<b>", "\"", "\\", "~/"];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(str::to_owned)
}

fn unicode_snippet() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => pick(CJK),
        2 => pick(COMBINING),
        2 => pick(EMOJI),
        2 => pick(RTL),
        2 => pick(ZERO_WIDTH),
        2 => pick(ASCII),
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{1,4}",
        1 => "[\u{0}-\u{1f}\u{7f}-\u{9f}]{1,2}",
    ]
}

// ---------------------------------------------------------------------------
// Random JSON
// ---------------------------------------------------------------------------

/// Keys of the pack format, so that random objects get past `deny_unknown_fields`.
const KEYS: &[&str] = &[
    "format", "version", "article", "glossary", "meta", "paragraphs", "title", "source", "editor", "published",
    "event", "date", "label", "provenance", "kind", "note", "en", "zh", "id", "sentences", "pinyin", "official",
    "variants", "gloss", "explanation", "origin", "occasion", "speaker", "parts", "related", "translation_note", "match",
    "official_source", "official_suggested", "renderings", "use", "year", "status", "retired", "current", "gloss_zh",
    "explanation_zh", "occasion_zh",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => pick(KEYS),
        1 => ".{0,6}",
        1 => pick(&["a/b", "~", "~1", "", "0", "-", "en ", "EN"]),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // Not a filter: over a million cases, rejected values would add up.
        any::<f64>().prop_map(|x| serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)),
        prop_oneof![Just(0), Just(1), Just(2), Just(-1)].prop_map(Value::from),
        unicode_snippet().prop_map(Value::String),
        pick(&["tifa-pack", "p1", "p1.s1", "2020-06-02T14:58+08:00", "2020-05-26", "formulation", "original", "四个意识", "sì gè yì shí"])
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A value of another JSON type than `old`: `new` if its type differs, else a
/// fixed value of the next type.
fn of_other_type(old: &Value, new: Value) -> Value {
    let kind = |v: &Value| std::mem::discriminant(v);
    if kind(old) != kind(&new) {
        return new;
    }
    match old {
        Value::Null => json!(true),
        Value::Bool(_) => json!(0),
        Value::Number(_) => json!("1"),
        Value::String(_) => json!([]),
        Value::Array(_) => json!({}),
        Value::Object(_) => Value::Null,
    }
}

// ---------------------------------------------------------------------------
// Structured mutations of the built-in pack
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Mutation {
    /// Remove a field of some object.
    DeleteField(Index),
    /// Replace some value (not the root) by one of another type.
    ReplaceValue(Index, Value),
    /// Add (or overwrite) a field of some object.
    SetField(Index, String, Value),
    DuplicateParagraph(Index, Index),
    RemoveParagraph(Index),
    ShuffleParagraphs(Vec<(Index, Index)>),
    DuplicateSentence(Index, Index, Index),
    RemoveSentence(Index, Index),
    ShuffleSentences(Index, Vec<(Index, Index)>),
    /// Move a sentence to another paragraph.
    MoveSentence(Index, Index, Index),
    /// Insert a snippet into a text or glossary form at some character.
    InsertIntoText(Index, Index, String),
    /// Insert a snippet into any string (ids, dates, kinds...).
    InsertIntoString(Index, Index, String),
    /// Insert the same snippet into a form and, at some character, into a
    /// text of the form's language, so that the new form can occur.
    InsertIntoFormAndText(Index, Index, Index, String),
    /// Add a substring of a text as a form of some entry in its language.
    AddFormFromText(Index, Index, usize, Index),
    /// Write some object as the array of its values (serde's other struct form).
    ObjectToArray(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let i = || any::<Index>();
    let swaps = || prop::collection::vec((any::<Index>(), any::<Index>()), 1..8);
    prop_oneof![
        3 => i().prop_map(Mutation::DeleteField),
        3 => (i(), json_value()).prop_map(|(at, value)| Mutation::ReplaceValue(at, value)),
        2 => (i(), key(), json_value()).prop_map(|(at, key, value)| Mutation::SetField(at, key, value)),
        1 => (i(), i()).prop_map(|(a, b)| Mutation::DuplicateParagraph(a, b)),
        1 => i().prop_map(Mutation::RemoveParagraph),
        1 => swaps().prop_map(Mutation::ShuffleParagraphs),
        1 => (i(), i(), i()).prop_map(|(a, b, c)| Mutation::DuplicateSentence(a, b, c)),
        1 => (i(), i()).prop_map(|(a, b)| Mutation::RemoveSentence(a, b)),
        1 => (i(), swaps()).prop_map(|(a, s)| Mutation::ShuffleSentences(a, s)),
        1 => (i(), i(), i()).prop_map(|(a, b, c)| Mutation::MoveSentence(a, b, c)),
        4 => (i(), i(), unicode_snippet()).prop_map(|(a, b, s)| Mutation::InsertIntoText(a, b, s)),
        2 => (i(), i(), unicode_snippet()).prop_map(|(a, b, s)| Mutation::InsertIntoString(a, b, s)),
        2 => (i(), i(), i(), unicode_snippet()).prop_map(|(a, b, c, s)| Mutation::InsertIntoFormAndText(a, b, c, s)),
        2 => (i(), i(), 1usize..12, i()).prop_map(|(a, b, n, c)| Mutation::AddFormFromText(a, b, n, c)),
        1 => i().prop_map(Mutation::ObjectToArray),
    ]
}

/// The mutations that keep the structure and only touch texts and forms.
fn unicode_mutation() -> impl Strategy<Value = Mutation> {
    let i = || any::<Index>();
    prop_oneof![
        3 => (i(), i(), unicode_snippet()).prop_map(|(a, b, s)| Mutation::InsertIntoText(a, b, s)),
        3 => (i(), i(), i(), unicode_snippet()).prop_map(|(a, b, c, s)| Mutation::InsertIntoFormAndText(a, b, c, s)),
        2 => (i(), i(), 1usize..12, i()).prop_map(|(a, b, n, c)| Mutation::AddFormFromText(a, b, n, c)),
    ]
}

/// One value of the document and where it is.
struct Node {
    pointer: String,
    /// Whether it is a field of an object.
    in_object: bool,
    is_root: bool,
    is_object: bool,
    is_string: bool,
    /// The language of the text (sentence, title, source, editor) it is.
    text_lang: Option<Lang>,
    /// The language of the glossary form it is.
    form_lang: Option<Lang>,
}

fn nodes(document: &Value) -> Vec<Node> {
    fn lang(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }
    fn walk<'v>(value: &'v Value, path: &mut Vec<&'v str>, pointer: &mut String, in_object: bool, out: &mut Vec<Node>) {
        let (text_lang, form_lang) = if value.is_string() {
            match path.as_slice() {
                ["article", "paragraphs", _, "sentences", _, code] => (lang(code), None),
                ["article", "meta", "title" | "source" | "editor", code] => (lang(code), None),
                ["glossary", _, "match", code, _] => (None, lang(code)),
                _ => (None, None),
            }
        } else {
            (None, None)
        };
        out.push(Node {
            pointer: pointer.clone(),
            in_object,
            is_root: path.is_empty(),
            is_object: value.is_object(),
            is_string: value.is_string(),
            text_lang,
            form_lang,
        });
        let length = pointer.len();
        match value {
            Value::Object(fields) => {
                for (key, child) in fields {
                    pointer.push('/');
                    pointer.push_str(&escape(key));
                    path.push(key);
                    walk(child, path, pointer, true, out);
                    path.pop();
                    pointer.truncate(length);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    pointer.push('/');
                    pointer.push_str(&index.to_string());
                    // Array indices are not matched against names, so any text will do.
                    path.push("#");
                    walk(child, path, pointer, false, out);
                    path.pop();
                    pointer.truncate(length);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(document, &mut Vec::new(), &mut String::new(), false, &mut out);
    out
}

/// The first character boundary at or after `at`, at most the length.
fn next_boundary(text: &str, at: usize) -> usize {
    (at.min(text.len())..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len())
}

fn pick_node<'a>(candidates: &'a [&'a Node], at: &Index) -> Option<&'a Node> {
    (!candidates.is_empty()).then(|| candidates[at.index(candidates.len())])
}

fn insert_at_char(text: &str, at: &Index, snippet: &str) -> String {
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let cut = boundaries[at.index(boundaries.len())];
    format!("{}{}{}", &text[..cut], snippet, &text[cut..])
}

fn insert_into_string(document: &mut Value, pointer: &str, at: &Index, snippet: &str) {
    if let Some(Value::String(text)) = document.pointer_mut(pointer) {
        *text = insert_at_char(text, at, snippet);
    }
}

fn array_at<'a>(document: &'a mut Value, pointer: &str) -> Option<&'a mut Vec<Value>> {
    document.pointer_mut(pointer).and_then(Value::as_array_mut)
}

/// The sentence array of the paragraph chosen by `at`, if there is one.
fn sentences_of<'a>(document: &'a mut Value, at: &Index) -> Option<&'a mut Vec<Value>> {
    let paragraphs = array_at(document, "/article/paragraphs")?;
    if paragraphs.is_empty() {
        return None;
    }
    let index = at.index(paragraphs.len());
    paragraphs[index].get_mut("sentences").and_then(Value::as_array_mut)
}

fn shuffle(items: &mut [Value], swaps: &[(Index, Index)]) {
    if items.is_empty() {
        return;
    }
    for (a, b) in swaps {
        items.swap(a.index(items.len()), b.index(items.len()));
    }
}

fn apply(document: &mut Value, mutation: &Mutation) {
    let all = nodes(document);
    let members: Vec<&Node> = all.iter().filter(|n| n.in_object).collect();
    let non_root: Vec<&Node> = all.iter().filter(|n| !n.is_root).collect();
    let objects: Vec<&Node> = all.iter().filter(|n| n.is_object).collect();
    let strings: Vec<&Node> = all.iter().filter(|n| n.is_string).collect();
    let texts: Vec<&Node> = strings.iter().copied().filter(|n| n.text_lang.is_some()).collect();
    let forms: Vec<&Node> = strings.iter().copied().filter(|n| n.form_lang.is_some()).collect();
    let texts_and_forms: Vec<&Node> = texts.iter().chain(&forms).copied().collect();
    match mutation {
        Mutation::DeleteField(at) => {
            if let Some(node) = pick_node(&members, at) {
                let (parent, key) = node.pointer.rsplit_once('/').expect("a field has a parent");
                if let Some(Value::Object(fields)) = document.pointer_mut(parent) {
                    fields.remove(&unescape(key));
                }
            }
        }
        Mutation::ReplaceValue(at, value) => {
            if let Some(node) = pick_node(&non_root, at) {
                if let Some(old) = document.pointer_mut(&node.pointer) {
                    *old = of_other_type(old, value.clone());
                }
            }
        }
        Mutation::SetField(at, key, value) => {
            if let Some(node) = pick_node(&objects, at) {
                if let Some(Value::Object(fields)) = document.pointer_mut(&node.pointer) {
                    fields.insert(key.clone(), value.clone());
                }
            }
        }
        Mutation::DuplicateParagraph(from, to) => {
            if let Some(paragraphs) = array_at(document, "/article/paragraphs").filter(|p| !p.is_empty()) {
                let copy = paragraphs[from.index(paragraphs.len())].clone();
                let to = to.index(paragraphs.len() + 1);
                paragraphs.insert(to, copy);
            }
        }
        Mutation::RemoveParagraph(at) => {
            if let Some(paragraphs) = array_at(document, "/article/paragraphs").filter(|p| !p.is_empty()) {
                paragraphs.remove(at.index(paragraphs.len()));
            }
        }
        Mutation::ShuffleParagraphs(swaps) => {
            if let Some(paragraphs) = array_at(document, "/article/paragraphs") {
                shuffle(paragraphs, swaps);
            }
        }
        Mutation::DuplicateSentence(paragraph, from, to) => {
            if let Some(sentences) = sentences_of(document, paragraph).filter(|s| !s.is_empty()) {
                let copy = sentences[from.index(sentences.len())].clone();
                let to = to.index(sentences.len() + 1);
                sentences.insert(to, copy);
            }
        }
        Mutation::RemoveSentence(paragraph, at) => {
            if let Some(sentences) = sentences_of(document, paragraph).filter(|s| !s.is_empty()) {
                sentences.remove(at.index(sentences.len()));
            }
        }
        Mutation::ShuffleSentences(paragraph, swaps) => {
            if let Some(sentences) = sentences_of(document, paragraph) {
                shuffle(sentences, swaps);
            }
        }
        Mutation::MoveSentence(from, at, to) => {
            let moved = sentences_of(document, from)
                .filter(|s| !s.is_empty())
                .map(|sentences| sentences.remove(at.index(sentences.len())));
            if let Some(moved) = moved {
                if let Some(sentences) = sentences_of(document, to) {
                    sentences.push(moved);
                }
            }
        }
        Mutation::InsertIntoText(which, at, snippet) => {
            if let Some(node) = pick_node(&texts_and_forms, which) {
                insert_into_string(document, &node.pointer.clone(), at, snippet);
            }
        }
        Mutation::InsertIntoString(which, at, snippet) => {
            if let Some(node) = pick_node(&strings, which) {
                insert_into_string(document, &node.pointer.clone(), at, snippet);
            }
        }
        Mutation::InsertIntoFormAndText(which_form, which_text, at, snippet) => {
            if let Some(form) = pick_node(&forms, which_form) {
                let same_lang: Vec<&Node> = texts.iter().copied().filter(|n| n.text_lang == form.form_lang).collect();
                let form_pointer = form.pointer.clone();
                let old_form = document.pointer(&form_pointer).and_then(Value::as_str).unwrap_or("").to_owned();
                let new_form = format!("{old_form}{snippet}");
                if let Some(text) = pick_node(&same_lang, which_text) {
                    // Put the whole new form into the text, so that it can occur.
                    insert_into_string(document, &text.pointer.clone(), at, &new_form);
                }
                if let Some(value) = document.pointer_mut(&form_pointer) {
                    *value = Value::String(new_form);
                }
            }
        }
        Mutation::ObjectToArray(at) => {
            if let Some(node) = pick_node(&objects, at).filter(|node| !node.is_root) {
                if let Some(value) = document.pointer_mut(&node.pointer) {
                    let values = value.as_object().map(|fields| fields.values().cloned().collect()).unwrap_or_default();
                    *value = Value::Array(values);
                }
            }
        }
        Mutation::AddFormFromText(which, start, len, entry) => {
            if let Some(text) = pick_node(&texts, which) {
                let lang = text.text_lang.expect("a text");
                let chars: Vec<char> = document.pointer(&text.pointer).and_then(Value::as_str).unwrap_or("").chars().collect();
                if chars.is_empty() {
                    return;
                }
                let first = start.index(chars.len());
                let form: String = chars[first..(first + len).min(chars.len())].iter().collect();
                if let Some(glossary) = array_at(document, "/glossary").filter(|g| !g.is_empty()) {
                    let index = entry.index(glossary.len());
                    let code = if lang == Lang::En { "en" } else { "zh" };
                    if let Some(list) = glossary[index].pointer_mut(&format!("/match/{code}")).and_then(Value::as_array_mut) {
                        list.push(Value::String(form));
                    }
                }
            }
        }
    }
}

fn mutated(mutations: &[Mutation]) -> Value {
    let mut document = default_pack();
    for mutation in mutations {
        apply(&mut document, mutation);
    }
    document
}

/// An error's pointer, entry and message: what must not depend on layout.
type ErrorWithoutPosition = (String, Option<String>, String);

// ---------------------------------------------------------------------------
// Raw text material
// ---------------------------------------------------------------------------

const HEADER: &str = r#"{"format": "tifa-pack", "version": 1, "#;

/// Tokens that are almost JSON: structure, the format's keys, lone and paired
/// surrogate escapes, bad escapes, raw control characters, odd and huge numbers.
const TOKENS: &[&str] = &[
    "{", "}", "[", "]", ",", ":", " ", "\n", "\r\n", "\t", "\u{A0}", "\u{FEFF}", "\u{2028}",
    r#"{"format": "tifa-pack", "version": 1, "#, r#""format""#, r#""tifa-pack""#, r#""version""#, r#""article""#,
    r#""glossary""#, r#""meta""#, r#""paragraphs""#, r#""sentences""#, r#""id""#, r#""en""#, r#""zh""#, r#""match""#,
    r#""\ud800""#, r#""\udfff""#, r#""\ud800\u0041""#, r#""\ud83d\ude00""#, r#""\udc00\ud800""#, r#""a\ud800"#,
    r#""\u0000""#, r#""\x41""#, r#""\u12""#, r#""\"#, r#""""#, "\"\u{1}\"", "\"\u{0}\"", "\u{0}", "\"\u{7f}\u{9f}\"",
    r#""区委""#, r#""😀""#, r#""\u202e""#, "\"e\u{301}\"",
    "0", "1", "-0", "01", "1.", ".5", "1e", "1e400", "-1e400", "1e-400", "1.0", "18446744073709551615",
    "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890123456789012345678901234567890",
    "NaN", "Infinity", "true", "false", "null", "nul", "tru",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => pick(TOKENS),
            1 => unicode_snippet(),
            1 => "[0-9]{20,400}",
        ],
        0..60,
    )
    .prop_map(|tokens| tokens.concat())
}

/// A number as text: up to 400 digits, sign, fraction and exponent optional.
fn number_text() -> impl Strategy<Value = String> {
    (
        prop::bool::ANY,
        prop_oneof!["[0-9]", "[1-9][0-9]{1,30}", "[1-9][0-9]{30,400}"],
        prop::option::of("[0-9]{1,40}"),
        prop::option::of((prop::sample::select(&["e", "E", "e+", "e-", "E-"][..]), "[0-9]{1,5}")),
    )
        .prop_map(|(negative, digits, fraction, exponent)| {
            let mut text = String::new();
            if negative {
                text.push('-');
            }
            text += &digits;
            if let Some(fraction) = fraction {
                text = text + "." + &fraction;
            }
            if let Some((e, power)) = exponent {
                text = text + e + &power;
            }
            text
        })
}

/// Where a deeply nested value is put.
#[derive(Clone, Copy, Debug)]
enum Nest {
    TopLevel,
    Article,
    Glossary,
    SentenceText,
    UnknownField,
}

/// `depth` levels of arrays and objects (`{"a": ...}`), chosen per level by
/// the bits of `pattern`, around `1`; closed, or cut off after `cut` bytes.
fn nested(depth: usize, pattern: u64, closed: bool) -> String {
    let mut text = String::with_capacity(depth * 8);
    for level in 0..depth {
        text += if pattern >> (level % 64) & 1 == 1 { r#"{"a": "# } else { "[" };
    }
    text.push('1');
    if closed {
        for level in (0..depth).rev() {
            text.push(if pattern >> (level % 64) & 1 == 1 { '}' } else { ']' });
        }
    }
    text
}

fn in_context(place: Nest, inner: &str) -> String {
    match place {
        Nest::TopLevel => inner.to_owned(),
        Nest::Article => format!(r#"{HEADER}"article": {inner}}}"#),
        Nest::Glossary => {
            let mut pack = default_pack();
            pack.as_object_mut().unwrap().remove("glossary");
            let text = serde_json::to_string(&pack).unwrap();
            format!(r#"{}, "glossary": {inner}}}"#, &text[..text.len() - 1])
        }
        Nest::SentenceText => format!(
            r#"{HEADER}"article": {{"paragraphs": [{{"id": "p1", "sentences": [{{"id": "p1.s1", "en": {inner}}}]}}]}}}}"#
        ),
        Nest::UnknownField => format!(r#"{HEADER}"extra": {inner}}}"#),
    }
}

proptest! {
    #![proptest_config(config())]

    /// Any string at all (and any file name): errors, never a panic.
    #[test]
    fn prop_arbitrary_strings(file in ".{0,12}", input in prop_oneof![
        ".{0,200}",
        prop::collection::vec(any::<u8>(), 0..200).prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        "[\u{0}-\u{7f}]{0,200}",
    ]) {
        let loaded = check_load(&file, &input)?;
        prop_assert!(!loaded, "{:?} loaded", input);
    }

    /// Almost-JSON: structure, lone surrogates, bad escapes, control
    /// characters, huge and malformed numbers, with or without a valid header.
    #[test]
    fn prop_json_token_soup(input in token_soup()) {
        let loaded = check_load(FILE, &input)?;
        prop_assert!(!loaded, "{:?} loaded", input);
    }

    /// Valid JSON of random shape, mostly under a valid header and with the
    /// format's own keys, so that serde's structure errors come out.
    #[test]
    fn prop_random_json_documents(
        header in prop_oneof![
            3 => Just(json!({"format": "tifa-pack", "version": 1})),
            1 => json_value(),
        ],
        fields in prop::collection::vec((key(), json_value()), 0..5),
    ) {
        let mut document = header;
        if let Value::Object(map) = &mut document {
            map.extend(fields);
        }
        let text = serde_json::to_string(&document).unwrap();
        check_load(FILE, &text)?;
        check_load(FILE, &serde_json::to_string_pretty(&document).unwrap())?;
    }

    /// Arrays and objects nested up to a few thousand levels, at the top or
    /// inside a pack, closed or cut off: an error, never a stack overflow.
    /// Beyond serde_json's recursion limit (128) it is a syntax error.
    #[test]
    fn prop_deep_nesting(
        depth in prop_oneof![1usize..4000, 120usize..140],
        pattern in prop_oneof![Just(0u64), Just(u64::MAX), any::<u64>()],
        closed in any::<bool>(),
        place in prop::sample::select(&[Nest::TopLevel, Nest::Article, Nest::Glossary, Nest::SentenceText, Nest::UnknownField][..]),
    ) {
        let input = in_context(place, &nested(depth, pattern, closed));
        let errors = load_pack(FILE, &input).err().ok_or_else(|| TestCaseError::fail("a nested pack loaded"))?;
        check_errors(FILE, &input, &errors)?;
        if depth > 128 {
            prop_assert!(
                errors.iter().any(|e| e.message.contains("recursion limit") && e.line_column.is_some()),
                "no recursion-limit error: {:?}", errors
            );
        }
    }

    /// Huge, tiny, negative and fractional numbers as the version and in
    /// other fields: only a plain `1` is version 1.
    #[test]
    fn prop_huge_numbers(
        number in number_text(),
        place in prop::sample::select(&["/version", "/article/paragraphs/0/id", "/article/meta/published", "/glossary/0/kind", "/glossary/3/match/en/0", "/article/meta/title"][..]),
    ) {
        let mut document = default_pack();
        *document.pointer_mut(place).unwrap() = json!("NUMBER");
        let input = serde_json::to_string(&document).unwrap().replacen("\"NUMBER\"", &number, 1);
        let loaded = check_load(FILE, &input)?;
        prop_assert!(!loaded || (place == "/version" && number == "1"), "{} at {} loaded", number, place);
    }

    /// Structured mutations of the built-in pack: deleted fields, values of
    /// other types, objects written as arrays, unknown fields, paragraphs and sentences duplicated,
    /// removed, moved and shuffled, Unicode inserted into texts, forms and
    /// ids, forms cut from the text.
    #[test]
    fn prop_mutated_default_pack(mutations in prop::collection::vec(mutation(), 1..6)) {
        let document = mutated(&mutations);
        check_load(FILE, &serde_json::to_string_pretty(&document).unwrap())?;
    }

    /// Only texts and forms change (CJK, combining marks, emoji, RTL,
    /// zero-width, control characters): many of these packs still load.
    #[test]
    fn prop_unicode_in_texts_and_forms(mutations in prop::collection::vec(unicode_mutation(), 1..5)) {
        let document = mutated(&mutations);
        check_load(FILE, &serde_json::to_string(&document).unwrap())?;
    }

    /// Byte-level damage to the pack's own text: ranges deleted or
    /// duplicated, tokens inserted (duplicate keys, stray brackets, lone
    /// surrogates) at any character.
    #[test]
    fn prop_text_mutations_of_the_default_pack(
        edits in prop::collection::vec((0u8..3, any::<Index>(), 1usize..40, prop_oneof![pick(TOKENS), unicode_snippet()]), 1..4),
    ) {
        let mut text = DEFAULT_PACK_JSON.to_owned();
        for (kind, at, len, token) in &edits {
            let start = next_boundary(&text, at.index(text.len() + 1));
            let end = next_boundary(&text, start + len);
            text = match kind {
                0 => format!("{}{}", &text[..start], &text[end..]),
                1 => format!("{}{}", &text[..end], &text[start..]),
                _ => format!("{}{}{}", &text[..start], token, &text[start..]),
            };
        }
        check_load(FILE, &text)?;
    }

    /// The same mutated pack written compactly on one line and pretty-printed
    /// with CRLF line ends gives the same result and the same errors (pointers, entries
    /// and messages; only line and column may differ).
    #[test]
    fn prop_errors_do_not_depend_on_layout(mutations in prop::collection::vec(mutation(), 1..4)) {
        let document = mutated(&mutations);
        let layouts = [
            serde_json::to_string(&document).unwrap(),
            serde_json::to_string_pretty(&document).unwrap().replace('\n', "\r\n"),
        ];
        let results: Vec<Result<(), Vec<ErrorWithoutPosition>>> = layouts
            .iter()
            .map(|text| {
                load_pack(FILE, text)
                    .map(|_| ())
                    .map_err(|errors| errors.into_iter().map(|e| (e.pointer, e.entry, e.message)).collect())
            })
            .collect();
        prop_assert_eq!(&results[0], &results[1], "compact and pretty-printed with CRLF differ");
    }
}

// ---------------------------------------------------------------------------
// Fixed cases
// ---------------------------------------------------------------------------

#[test]
fn the_default_pack_loads_and_its_annotations_hold() {
    let pack = load_pack(FILE, DEFAULT_PACK_JSON).expect("the built-in pack loads");
    check_loaded(&pack).unwrap();
}

#[test]
fn a_hundred_thousand_open_brackets_are_an_error_not_a_stack_overflow() {
    for inner in ["[".repeat(100_000), r#"{"a":"#.repeat(100_000), "[".repeat(100_000) + &"]".repeat(100_000)] {
        for place in [Nest::TopLevel, Nest::Article, Nest::SentenceText] {
            let input = in_context(place, &inner);
            let errors = load_pack(FILE, &input).expect_err("nesting loaded");
            check_errors(FILE, &input, &errors).unwrap();
            assert!(errors[0].message.contains("recursion limit"), "{:?}", errors[0]);
        }
    }
}

#[test]
fn lone_surrogates_are_reported() {
    for escape in [r"\ud800", r"\udfff", r"\ud800\u0041", r"\udc00\ud800"] {
        let mut document = default_pack();
        document["article"]["paragraphs"][0]["sentences"][0]["en"] = json!("SURROGATE");
        let input = serde_json::to_string_pretty(&document).unwrap().replace("SURROGATE", escape);
        let errors = load_pack(FILE, &input).expect_err("a lone surrogate loaded");
        check_errors(FILE, &input, &errors).unwrap();
    }
}

#[test]
fn missing_fields_follow_the_pointer_rule() {
    let mut document = default_pack();
    document["article"]["paragraphs"][0]["sentences"][0].as_object_mut().unwrap().remove("en");
    document.as_object_mut().unwrap().remove("format");
    let input = serde_json::to_string(&document).unwrap();
    let errors = load_pack(FILE, &input).unwrap_err();
    assert_eq!(errors[0].pointer, "/format");
    check_errors(FILE, &input, &errors).unwrap();

    let mut document = default_pack();
    document["article"]["paragraphs"][0]["sentences"][0].as_object_mut().unwrap().remove("en");
    let input = serde_json::to_string(&document).unwrap();
    let errors = load_pack(FILE, &input).unwrap_err();
    assert!(errors.iter().any(|e| e.pointer == "/article/paragraphs/0/sentences/0/en"), "{errors:?}");
    check_errors(FILE, &input, &errors).unwrap();
}

// ---------------------------------------------------------------------------
// Two bugs these properties found, fixed in src/domain/json_pointer.rs (a
// container given for a scalar) and src/domain/shape.rs (records written as
// arrays); kept as regression tests.
// ---------------------------------------------------------------------------

#[test]
fn an_enum_given_an_empty_array_points_at_the_field() {
    for (place, pointer) in [("/glossary/0/kind", "/glossary/0/kind"), ("/article/meta/provenance/en/kind", "/article/meta/provenance/en/kind")] {
        let mut document = default_pack();
        *document.pointer_mut(place).unwrap() = json!([]);
        let input = serde_json::to_string_pretty(&document).unwrap();
        let errors = load_pack(FILE, &input).unwrap_err();
        assert_eq!(errors[0].pointer, pointer, "{errors:?}");
    }
}

#[test]
fn objects_written_as_arrays_are_refused() {
    // A bilingual value, a sentence pair and an enum in serde's other forms:
    // the format (docs/content-format.md) says objects and strings.
    let edits: [(&str, Value); 3] = [
        ("/article/meta/title", json!(["Plenary Meeting of the Foreign Affairs Working Committee of the District Party Committee Held", "区委外事工作委员会召开全体会议"])),
        ("/article/paragraphs/0/sentences/0", Value::Null),
        ("/glossary/0/kind", json!({"outlet": null})),
    ];
    for (place, value) in edits {
        let mut document = default_pack();
        let target = document.pointer_mut(place).unwrap();
        *target = if value.is_null() {
            let pair = target.as_object().unwrap();
            json!([pair["id"], pair["en"], pair["zh"]])
        } else {
            value
        };
        let input = serde_json::to_string_pretty(&document).unwrap();
        assert!(load_pack(FILE, &input).is_err(), "{place} written as {} loaded", document.pointer(place).unwrap());
    }
    // And when such a pack has a problem, its pointer names a field the document lacks.
    let mut document = default_pack();
    document["article"]["meta"]["title"] = json!(["Title", " "]);
    let input = serde_json::to_string_pretty(&document).unwrap();
    let errors = load_pack(FILE, &input).unwrap_err();
    for error in &errors {
        assert!(pointer_is_explained(&document, &error.pointer), "{error}");
    }
}
