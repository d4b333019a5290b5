//! The shared term base: reviewed glossary entries, in several files split by
//! field, that packs copy their entries from. Checked like a pack's glossary
//! (the same rules and messages), plus what a library of terms needs: every
//! entry explained in Chinese too, every rendering sourced or plainly
//! suggested, and the overlaps between entries' forms shown to the author.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::article::Bilingual;
use super::error::{ContentError, ProblemList};
use super::glossary::{GlossaryEntry, TermKind};
use super::glossary_validation::{check_entry, entry_name, form_inside, is_slug, FormOwners};
use super::language::Lang;
use super::pack::{check_header_of, structure_error, Header};
use super::shape::check_entry_shapes;

/// The value of a term-base file's `format` field.
pub const TERMBASE_FORMAT: &str = "tifa-termbase";
/// The term-base format version this code reads.
pub const TERMBASE_VERSION: u64 = 1;

const TERMBASE_HEADER: Header = Header {
    format: TERMBASE_FORMAT,
    version: TERMBASE_VERSION,
    what: "term-base file",
};

/// One file of the term base: the entries of one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TermBaseFile {
    /// Always `"tifa-termbase"`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "tifa-termbase")))]
    pub format: String,
    /// Always `1`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub version: u64,
    /// The field these entries belong to, in both languages.
    pub field: Bilingual,
    /// The entries, in the pack glossary's entry format.
    pub entries: Vec<GlossaryEntry>,
}

/// The JSON Schema of a term-base file, as pretty-printed JSON. It describes
/// the structure; the rules across entries and files are the validator's.
#[cfg(feature = "schema")]
pub fn termbase_schema() -> String {
    let mut schema = schemars::schema_for!(TermBaseFile);
    schema.insert(
        "description".into(),
        "One file of the Tifa term base, format version 1: the glossary entries of one field. See docs/content-format.md and assets/termbase/README.md.".into(),
    );
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// A checked term base: every file, in the order given.
#[derive(Clone, Debug, Default)]
pub struct TermBase {
    files: Vec<(String, TermBaseFile)>,
    by_id: HashMap<String, (usize, usize)>,
}

impl TermBase {
    /// The files, each with its name.
    pub fn files(&self) -> &[(String, TermBaseFile)] {
        &self.files
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> impl Iterator<Item = &GlossaryEntry> {
        self.files.iter().flat_map(|(_, file)| &file.entries)
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&GlossaryEntry> {
        let &(file, entry) = self.by_id.get(id)?;
        self.files.get(file)?.1.entries.get(entry)
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.files.iter().map(|(_, file)| file.entries.len()).sum()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many entries there are of each kind, in the index's order.
    pub fn count_by_kind(&self) -> Vec<(TermKind, usize)> {
        TermKind::ALL
            .into_iter()
            .map(|kind| (kind, self.entries().filter(|entry| entry.kind == kind).count()))
            .filter(|&(_, count)| count > 0)
            .collect()
    }
}

/// A term base that passed every check, and the notes for its author: the
/// forms that stand inside other entries' forms (the longer one wins in a
/// text, and its pop-up lists the shorter one).
#[derive(Debug)]
pub struct CheckedTermBase {
    /// The term base.
    pub termbase: TermBase,
    /// One note per overlap.
    pub overlaps: Vec<ContentError>,
}

/// Parses and checks the term base from its files (`(name, text)` pairs).
/// Ids and related links are checked across all files; every problem of
/// every file is returned together.
pub fn load_termbase(files: &[(String, String)]) -> Result<CheckedTermBase, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for (name, text) in files {
        match parse_file(name, text) {
            Ok(file) => parsed.push((name.clone(), file)),
            Err(mut problems) => errors.append(&mut problems),
        }
    }
    let mut termbase = TermBase::default();
    for (file_index, (_, file)) in parsed.iter().enumerate() {
        for (entry_index, entry) in file.entries.iter().enumerate() {
            termbase.by_id.entry(entry.id.clone()).or_insert((file_index, entry_index));
        }
    }
    let known = |id: &str| termbase.by_id.contains_key(id);
    let mut seen_ids: HashMap<&str, &str> = HashMap::new();
    let mut forms = FormOwners::default();
    for (name, file) in &parsed {
        let mut problems = ProblemList::new(name);
        if file.field.en.trim().is_empty() || file.field.zh.trim().is_empty() {
            problems.add("/field", "term-base header", "the field needs a name in both languages");
        }
        for (index, entry) in file.entries.iter().enumerate() {
            let base = format!("/entries/{index}");
            let entry_label = entry_name("term-base entry", entry, index);
            if is_slug(&entry.id) {
                if let Some(other) = seen_ids.insert(&entry.id, name) {
                    problems.add(format!("{base}/id"), &entry_label, format!("duplicate id {:?} (also in {other})", entry.id));
                }
            }
            check_entry(entry, &base, &entry_label, (&known, "term base"), &mut problems);
            check_library_rules(entry, &base, &entry_label, &mut problems);
            for lang in Lang::BOTH {
                for (i, form) in entry.forms.get(lang).iter().enumerate() {
                    let pointer = format!("{base}/match/{}/{i}", lang.code());
                    forms.claim(lang, form, &entry.id, &pointer, &entry_label, &mut problems);
                }
            }
        }
        errors.append(&mut problems.into_errors());
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    termbase.files = parsed;
    let overlaps = overlaps(&termbase);
    Ok(CheckedTermBase { termbase, overlaps })
}

fn parse_file(name: &str, text: &str) -> Result<TermBaseFile, Vec<ContentError>> {
    let document = check_header_of(name, text, &TERMBASE_HEADER)?;
    let mut problems = ProblemList::new(name);
    check_entry_shapes(&document, "/entries/*", &mut problems);
    if !problems.is_empty() {
        return Err(problems.into_errors());
    }
    serde_json::from_str(text).map_err(|error| vec![structure_error(name, text, &error)])
}

/// What a term-base entry needs beyond a pack's glossary entry.
fn check_library_rules(entry: &GlossaryEntry, base: &str, name: &str, problems: &mut ProblemList) {
    let mut report = |field: &str, message: String| problems.add(format!("{base}{field}"), name, message);
    if entry.gloss_zh.is_none() {
        report("/gloss_zh", "gloss_zh is missing: the term base explains every entry in Chinese too (one line)".into());
    }
    if entry.explanation_zh.is_none() {
        report("/explanation_zh", "explanation_zh is missing: the term base explains every entry in Chinese too (释义)".into());
    }
    if entry.official_source.is_none() && !entry.official_suggested {
        report(
            "/official",
            "the official rendering has no source: name the official English text and year in official_source, or set \"official_suggested\": true".into(),
        );
    }
    if entry.status.is_none() {
        report("/status", "status is missing: \"current\", or {\"retired\": {\"year\": …, \"note\": \"…\"}}".into());
    }
    if !entry.zh.is_empty() && !entry.forms.zh.contains(&entry.zh) {
        report("/match/zh", format!("the term {:?} itself is not among the Chinese match forms: add it", entry.zh));
    }
    let english: HashSet<String> = entry.forms.en.iter().map(|form| form.to_ascii_lowercase()).collect();
    let renderings = std::iter::once(("/official".to_owned(), &entry.official))
        .chain(entry.variants.iter().enumerate().map(|(i, variant)| (format!("/variants/{i}"), variant)))
        .chain(entry.renderings.iter().enumerate().map(|(i, rendering)| (format!("/renderings/{i}/en"), &rendering.en)));
    for (pointer, rendering) in renderings {
        if !rendering.trim().is_empty() && !english.contains(&rendering.to_ascii_lowercase()) {
            report(
                &pointer,
                format!("rendering {rendering:?} is not among the English match forms: add it to match.en so that texts using it are marked"),
            );
        }
    }
}

/// Every form that stands inside another entry's form.
fn overlaps(termbase: &TermBase) -> Vec<ContentError> {
    let mut notes = Vec::new();
    let entries: Vec<(&str, usize, &GlossaryEntry)> = termbase
        .files
        .iter()
        .flat_map(|(name, file)| file.entries.iter().enumerate().map(move |(index, entry)| (name.as_str(), index, entry)))
        .collect();
    for &(file, index, inner) in &entries {
        for lang in Lang::BOTH {
            for (i, form) in inner.forms.get(lang).iter().enumerate() {
                for &(_, _, outer) in &entries {
                    if outer.id == inner.id {
                        continue;
                    }
                    if let Some(longer) = outer.forms.get(lang).iter().find(|longer| form_inside(lang, form, longer)) {
                        notes.push(ContentError {
                            file: file.to_owned(),
                            pointer: format!("/entries/{index}/match/{}/{i}", lang.code()),
                            line_column: None,
                            entry: Some(entry_name("term-base entry", inner, index)),
                            message: format!(
                                "note: form {form:?} stands inside {longer:?} of {}; in a text the longer term is marked{}",
                                outer.id,
                                if outer.contains_term(inner) { " and its pop-up lists this one" } else { "" }
                            ),
                        });
                    }
                }
            }
        }
    }
    notes
}

/// The list of term-base files a browser page fetches
/// (`assets/termbase-index.json`: `{"format": "tifa-termbase-index",
/// "version": 1, "files": ["party-theory.json", ...]}`), each a plain file
/// name in `assets/termbase/`. A test keeps it equal to the folder.
pub fn parse_termbase_index(json: &str) -> Result<Vec<String>, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Index {
        format: String,
        version: u64,
        files: Vec<String>,
    }
    let index: Index = serde_json::from_str(json).map_err(|error| format!("the term-base index is not valid: {error}"))?;
    if index.format != "tifa-termbase-index" || index.version != 1 {
        return Err(format!(
            "the term-base index is {:?} version {}; this page reads \"tifa-termbase-index\" version 1",
            index.format, index.version
        ));
    }
    let plain = |name: &str| {
        name.ends_with(".json") && name.len() <= 80 && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
            && !name.starts_with('.')
    };
    match index.files.iter().find(|name| !plain(name)) {
        Some(bad) => Err(format!("the term-base index names {bad:?}: each file must be a plain name such as party-theory.json")),
        None => Ok(index.files),
    }
}

#[cfg(test)]
mod index_tests {
    use super::parse_termbase_index;

    #[test]
    fn the_index_names_plain_files_only() {
        let ok = r#"{"format":"tifa-termbase-index","version":1,"files":["economy.json"]}"#;
        assert_eq!(parse_termbase_index(ok).unwrap(), ["economy.json"]);
        let escape = r#"{"format":"tifa-termbase-index","version":1,"files":["../tifa.json"]}"#;
        assert!(parse_termbase_index(escape).unwrap_err().contains("plain name"));
        let later = r#"{"format":"tifa-termbase-index","version":2,"files":[]}"#;
        assert!(parse_termbase_index(later).unwrap_err().contains("version 2"));
    }
}
