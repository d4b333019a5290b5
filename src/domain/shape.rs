//! The shape of a pack before it is deserialized: every record is a JSON
//! object and every kind a string. serde's derived types would also accept a
//! record written as an array of its field values (`"title": ["…", "…"]`)
//! and an enum written as `{"outlet": null}`; the format allows neither.

use serde_json::Value;

use super::error::{pointer_segment, ProblemList};
use super::pack::describe_entry;

/// Where records (objects) stand; `*` is every element of an array.
const OBJECTS: &[&str] = &[
    "/article",
    "/article/meta",
    "/article/meta/title",
    "/article/meta/source",
    "/article/meta/editor",
    "/article/meta/event",
    "/article/meta/event/label",
    "/article/meta/provenance",
    "/article/meta/provenance/en",
    "/article/meta/provenance/zh",
    "/article/meta/provenance/en/note",
    "/article/meta/provenance/zh/note",
    "/article/paragraphs/*",
    "/article/paragraphs/*/sentences/*",
    "/article/paragraphs/*/sentences/*/note",
];

/// Where kinds (strings from a fixed list) stand.
const KINDS: &[&str] = &["/article/meta/provenance/en/kind", "/article/meta/provenance/zh/kind"];

/// Where records stand inside one glossary entry, relative to the entry.
const ENTRY_OBJECTS: &[&str] = &["", "/origin", "/parts/*", "/match", "/renderings/*", "/status/retired"];

/// Where kinds stand inside one glossary entry.
const ENTRY_KINDS: &[&str] = &["/kind", "/renderings/*/use"];

/// Reports every record of a pack that is not an object and every kind that
/// is not a string, by pointer and entry.
pub fn check_shapes(document: &Value, problems: &mut ProblemList) {
    check_patterns(document, OBJECTS.iter().map(|p| p.to_string()), KINDS.iter().map(|p| p.to_string()), problems);
    check_entry_shapes(document, "/glossary/*", problems);
}

/// The same for glossary entries wherever they stand (`/glossary/*` in a
/// pack, `/entries/*` in a term-base file).
pub fn check_entry_shapes(document: &Value, entries: &str, problems: &mut ProblemList) {
    let objects = ENTRY_OBJECTS.iter().map(|p| format!("{entries}{p}"));
    let kinds = ENTRY_KINDS.iter().map(|p| format!("{entries}{p}"));
    check_patterns(document, objects, kinds, problems);
    // A status is the string "current" or {"retired": {…}}; serde would also
    // take {"current": null}.
    for (pointer, value) in matches(document, &format!("{entries}/status")) {
        let allowed = match value {
            Value::String(_) => true,
            Value::Object(fields) => fields.len() == 1 && fields.contains_key("retired"),
            _ => false,
        };
        if !allowed {
            let message = "status must be \"current\" or {\"retired\": {\"year\": 2018, \"note\": \"…\"}}";
            problems.add(&pointer, describe_entry(document, &pointer), message);
        }
    }
}

fn check_patterns(
    document: &Value,
    objects: impl Iterator<Item = String>,
    kinds: impl Iterator<Item = String>,
    problems: &mut ProblemList,
) {
    for pattern in objects {
        for (pointer, value) in matches(document, &pattern) {
            if !value.is_object() {
                let found = type_name(value);
                problems.add(&pointer, describe_entry(document, &pointer), format!("must be an object {{…}}, not {found}"));
            }
        }
    }
    for pattern in kinds {
        for (pointer, value) in matches(document, &pattern) {
            if !value.is_string() {
                let found = type_name(value);
                problems.add(&pointer, describe_entry(document, &pointer), format!("must be a string, not {found}"));
            }
        }
    }
}

/// The values at a pattern's places that exist, with their pointers.
fn matches<'a>(document: &'a Value, pattern: &str) -> Vec<(String, &'a Value)> {
    let mut found = vec![(String::new(), document)];
    for segment in pattern.split('/').skip(1) {
        found = found
            .into_iter()
            .flat_map(|(pointer, value)| -> Vec<(String, &Value)> {
                match (segment, value) {
                    ("*", Value::Array(items)) => {
                        items.iter().enumerate().map(|(i, item)| (format!("{pointer}/{i}"), item)).collect()
                    }
                    (key, Value::Object(fields)) => fields
                        .get(key)
                        .map(|item| vec![(format!("{pointer}/{}", pointer_segment(key)), item)])
                        .unwrap_or_default(),
                    _ => Vec::new(),
                }
            })
            .collect();
    }
    found
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problems_of(document: Value) -> Vec<String> {
        let mut problems = ProblemList::new("s.json");
        check_shapes(&document, &mut problems);
        problems.into_errors().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn records_as_arrays_and_kinds_as_objects_are_reported() {
        let document = json!({
            "article": {
                "meta": {"title": ["A", "B"], "provenance": {"en": {"kind": {"translation": null}}}},
                "paragraphs": [{"id": "p1", "sentences": [["p1.s1", "x", "y"]]}]
            },
            "glossary": [{"id": "g", "kind": ["policy"]}]
        });
        assert_eq!(
            problems_of(document),
            [
                "s.json: article metadata: must be an object {…}, not an array (at /article/meta/title)",
                "s.json: paragraph p1, sentence #1: must be an object {…}, not an array (at /article/paragraphs/0/sentences/0)",
                "s.json: article metadata: must be a string, not an object (at /article/meta/provenance/en/kind)",
                "s.json: glossary entry g: must be a string, not an array (at /glossary/0/kind)",
            ]
        );
    }

    #[test]
    fn a_well_formed_pack_has_no_shape_problems() {
        let document: Value = serde_json::from_str(crate::content::DEFAULT_PACK_JSON).unwrap();
        assert!(problems_of(document).is_empty());
    }
}
