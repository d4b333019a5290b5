//! The published JSON Schema is the one the Rust types generate, and the
//! built-in pack satisfies its structure.

#[test]
fn the_committed_schema_is_up_to_date() {
    let committed = include_str!("../assets/tifa-pack.schema.json");
    let generated = tifa::domain::pack::pack_schema();
    assert_eq!(
        committed.trim_end(),
        generated.trim_end(),
        "assets/tifa-pack.schema.json is stale: run `cargo run --features schema --bin tifa-schema > assets/tifa-pack.schema.json`"
    );
}

#[test]
fn the_schema_names_every_required_field() {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../assets/tifa-pack.schema.json")).unwrap();
    let required = |def: &str| -> Vec<String> {
        serde_json::from_value(schema["$defs"][def]["required"].clone()).unwrap_or_default()
    };
    assert_eq!(schema["properties"]["format"]["const"], "tifa-pack");
    assert_eq!(schema["properties"]["version"]["const"], 1);
    assert!(required("GlossaryEntry").contains(&"pinyin".to_owned()));
    assert!(required("SentencePair").contains(&"id".to_owned()));
    assert_eq!(schema["$defs"]["TermKind"]["oneOf"].as_array().map(Vec::len), Some(8), "{}", schema["$defs"]["TermKind"]);
}

#[test]
fn the_committed_termbase_schema_is_up_to_date() {
    let committed = include_str!("../assets/tifa-termbase.schema.json");
    let generated = tifa::domain::termbase::termbase_schema();
    assert_eq!(
        committed.trim_end(),
        generated.trim_end(),
        "assets/tifa-termbase.schema.json is stale: run `cargo run --features schema --bin tifa-schema -- --termbase > assets/tifa-termbase.schema.json`"
    );
    let schema: serde_json::Value = serde_json::from_str(committed).unwrap();
    assert_eq!(schema["properties"]["format"]["const"], "tifa-termbase");
}
