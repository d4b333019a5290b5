//! A content pack: one JSON file holding an article and its glossary,
//! parsed and validated in one step so that nothing unchecked reaches the reader.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::annotation::Annotations;
use super::article::{Article, SentencePair};
use super::error::{ContentError, ProblemList};
use super::glossary::GlossaryEntry;
use super::glossary_validation::validate_glossary;
use super::json_pointer::{offset_of, pointer_at};
use super::shape::check_shapes;
use super::validation::validate_article;

/// The value of a pack's `format` field.
pub const FORMAT_NAME: &str = "tifa-pack";
/// The format version this reader reads.
pub const FORMAT_VERSION: u64 = 1;

/// A validated content pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Always `"tifa-pack"`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "tifa-pack")))]
    pub format: String,
    /// The format version: always `1`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub version: u64,
    /// The article.
    pub article: Article,
    /// The terms of the article; may be empty.
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
}

/// The JSON Schema of a pack, as pretty-printed JSON. It describes the
/// structure; the rules that need the text (alignment, forms that must occur,
/// pinyin counts) are the validator's.
#[cfg(feature = "schema")]
pub fn pack_schema() -> String {
    let mut schema = schemars::schema_for!(Pack);
    schema.insert(
        "description".into(),
        "A Tifa content pack, format version 1: one article in English and Chinese, aligned sentence by sentence, with its glossary. See docs/content-format.md.".into(),
    );
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// A pack that passed validation, with its terms already found.
#[derive(Debug)]
pub struct LoadedPack {
    /// The pack as written.
    pub pack: Pack,
    /// Where its glossary's terms occur.
    pub annotations: Annotations,
    /// Each sentence pair's place (paragraph, sentence) by its id.
    sentence_places: HashMap<String, (usize, usize)>,
}

impl LoadedPack {
    /// Indexes a validated pack and finds its terms.
    pub(crate) fn new(pack: Pack, annotations: Annotations) -> Self {
        let sentence_places = pack
            .article
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(p, paragraph)| paragraph.sentences.iter().enumerate().map(move |(s, pair)| (pair.id.clone(), (p, s))))
            .collect();
        Self {
            pack,
            annotations,
            sentence_places,
        }
    }

    /// The sentence pair with this id.
    pub fn sentence(&self, id: &str) -> Option<&SentencePair> {
        let &(paragraph, sentence) = self.sentence_places.get(id)?;
        self.pack.article.paragraphs.get(paragraph)?.sentences.get(sentence)
    }

    /// The article.
    pub fn article(&self) -> &Article {
        &self.pack.article
    }

    /// The glossary.
    pub fn glossary(&self) -> &[GlossaryEntry] {
        &self.pack.glossary
    }

    /// The index of the glossary entry with this id.
    pub fn entry_index(&self, id: &str) -> Option<usize> {
        self.pack.glossary.iter().position(|entry| entry.id == id)
    }
}

/// Parses and validates a pack and finds its terms. `file` names it in every
/// error; all problems are returned together.
pub fn load_pack(file: &str, json: &str) -> Result<LoadedPack, Vec<ContentError>> {
    check_header(file, json)?;
    let pack: Pack = serde_json::from_str(json).map_err(|error| vec![structure_error(file, json, &error)])?;
    let mut problems = ProblemList::new(file);
    validate_article(&pack.article, "/article", &mut problems);
    let annotations = Annotations::new(&pack.article, &pack.glossary);
    validate_glossary(&pack.glossary, &pack.article, &annotations, &mut problems);
    if problems.is_empty() {
        Ok(LoadedPack::new(pack, annotations))
    } else {
        Err(problems.into_errors())
    }
}

/// What a kind of content file must say in its header.
pub(crate) struct Header {
    /// The value of `format`.
    pub format: &'static str,
    /// The version this code reads.
    pub version: u64,
    /// What the file is called in messages ("pack", "term-base file").
    pub what: &'static str,
}

/// The header of a pack.
const PACK_HEADER: Header = Header {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    what: "pack",
};

/// Reads `format` and `version` before anything else, so that a pack written
/// for another version is told so instead of getting a list of field errors;
/// then checks that every record is an object (see `shape`).
fn check_header(file: &str, json: &str) -> Result<(), Vec<ContentError>> {
    let document = check_header_of(file, json, &PACK_HEADER)?;
    let mut problems = ProblemList::new(file);
    check_shapes(&document, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.into_errors())
    }
}

/// Parses a content file and checks its `format` and `version` against
/// `header`, returning the parsed document.
pub(crate) fn check_header_of(file: &str, json: &str, header: &Header) -> Result<Value, Vec<ContentError>> {
    let document: Value = serde_json::from_str(json).map_err(|error| vec![syntax_error(file, &error)])?;
    let Value::Object(fields) = &document else {
        return Err(vec![ContentError::about_file(file, format!("a {} must be a JSON object", header.what))]);
    };
    let mut problems = ProblemList::new(file);
    let entry = format!("{} header", header.what);
    let (format, version) = (header.format, header.version);
    match fields.get("format") {
        Some(Value::String(name)) if name == format => {}
        Some(other) => problems.add("/format", &entry, format!("format is {other}, expected \"{format}\"")),
        None => problems.add("/format", &entry, format!("the field \"format\": \"{format}\" is missing")),
    }
    match fields.get("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(version) => {}
        Some(other) => problems.add(
            "/version",
            &entry,
            format!("unsupported format version {other}: this reader reads version {version}"),
        ),
        None => problems.add("/version", &entry, "the field \"version\" is missing"),
    }
    if problems.is_empty() {
        Ok(document)
    } else {
        Err(problems.into_errors())
    }
}

fn syntax_error(file: &str, error: &serde_json::Error) -> ContentError {
    ContentError {
        file: file.to_owned(),
        pointer: String::new(),
        line_column: Some((error.line(), error.column())),
        entry: None,
        message: format!("not valid JSON: {}", message_without_position(error)),
    }
}

pub(crate) fn structure_error(file: &str, json: &str, error: &serde_json::Error) -> ContentError {
    let pointer = pointer_at(json, offset_of(json, error.line(), error.column()));
    // The header check parsed this text already, so it is valid JSON.
    let document: Value = serde_json::from_str(json).unwrap_or(Value::Null);
    ContentError {
        file: file.to_owned(),
        line_column: Some((error.line(), error.column())),
        entry: Some(describe_entry(&document, &pointer)),
        message: message_without_position(error),
        pointer,
    }
}

/// serde_json appends " at line L column C" to its messages; the position is
/// reported separately, so it is cut here.
fn message_without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

/// Names the entry a pointer falls in, by its id where the document has one,
/// so that an author can find it: `paragraph p2, sentence p2.s1`.
pub fn describe_entry(document: &Value, pointer: &str) -> String {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let id_at = |depth: usize| -> String {
        let prefix: String = segments[..depth].iter().map(|s| format!("/{s}")).collect();
        match document.pointer(&format!("{prefix}/id")) {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            _ => format!("#{}", segments[depth - 1].parse::<usize>().map_or(0, |i| i + 1)),
        }
    };
    match segments.as_slice() {
        ["article", "paragraphs", _, "sentences", _, ..] => {
            format!("paragraph {}, sentence {}", id_at(3), id_at(5))
        }
        ["article", "paragraphs", _, ..] => format!("paragraph {}", id_at(3)),
        ["article", "meta", ..] => "article metadata".to_owned(),
        ["article", ..] => "article".to_owned(),
        ["glossary", _, ..] => format!("glossary entry {}", id_at(2)),
        ["entries", _, ..] => format!("term-base entry {}", id_at(2)),
        ["field", ..] | ["format", ..] | ["version", ..] if document.get("entries").is_some() => "term-base header".to_owned(),
        _ => "pack".to_owned(),
    }
}
