//! The authoring page's state as plain data: the two texts and the form, the
//! draft alignment, and the author's review of the terms; and what follows
//! from them (the pack, its problems and its warnings by pair). The page
//! only renders this and sends it actions, so every step a teacher takes is
//! tested natively.

use std::collections::{BTreeMap, BTreeSet};

use super::candidates::Candidate;
use super::checks::pack_warnings;
use super::draft::{Draft, Edit};
use super::make::{build, Metadata};
use crate::domain::alignment::body_text;
use crate::domain::article::OriginKind;
use crate::domain::error::ContentError;
use crate::domain::glossary::{GlossaryEntry, SurfaceForms, TermKind};
use crate::domain::language::Lang;
use crate::domain::pack::{load_pack, Pack};

/// The name problems give for the pack being made.
pub const DRAFT_FILE: &str = "the pack being made";

/// The metadata form, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaForm {
    /// Leave empty to use the text's first paragraph.
    pub title_zh: String,
    /// See `title_zh`.
    pub title_en: String,
    /// The outlet or publisher of the Chinese text.
    pub source_zh: String,
    /// The outlet or publisher of the English text.
    pub source_en: String,
    /// Where the source is published.
    pub url: String,
    /// `2020-06-02` (a date input gives this form).
    pub published: String,
    /// What the Chinese text is.
    pub zh_kind: OriginKind,
    /// What the English text is.
    pub en_kind: OriginKind,
    /// Part of a longer source.
    pub excerpt: bool,
}

impl Default for MetaForm {
    fn default() -> Self {
        MetaForm {
            title_zh: String::new(),
            title_en: String::new(),
            source_zh: String::new(),
            source_en: String::new(),
            url: String::new(),
            published: String::new(),
            zh_kind: OriginKind::Original,
            en_kind: OriginKind::Translation,
            excerpt: false,
        }
    }
}

/// A text field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaField {
    /// `title_zh`.
    TitleZh,
    /// `title_en`.
    TitleEn,
    /// `source_zh`.
    SourceZh,
    /// `source_en`.
    SourceEn,
    /// `url`.
    Url,
    /// `published`.
    Published,
}

impl MetaForm {
    /// The form as the pack maker's metadata: empty fields are not given.
    pub fn metadata(&self) -> Metadata {
        let given = |value: &str| Some(value.trim().to_owned()).filter(|value| !value.is_empty());
        Metadata {
            title_zh: given(&self.title_zh),
            title_en: given(&self.title_en),
            source_zh: given(&self.source_zh),
            source_en: given(&self.source_en),
            url: given(&self.url),
            published: self.published.trim().to_owned(),
            zh_kind: Some(self.zh_kind),
            en_kind: Some(self.en_kind),
            excerpt: self.excerpt,
        }
    }

    fn field_mut(&mut self, field: MetaField) -> &mut String {
        match field {
            MetaField::TitleZh => &mut self.title_zh,
            MetaField::TitleEn => &mut self.title_en,
            MetaField::SourceZh => &mut self.source_zh,
            MetaField::SourceEn => &mut self.source_en,
            MetaField::Url => &mut self.url,
            MetaField::Published => &mut self.published,
        }
    }
}

/// A term the term base lacks, as the author writes its entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewTerm {
    /// The candidate as found.
    pub candidate: Candidate,
    /// Whether it goes into the pack.
    pub include: bool,
    /// The English rendering.
    pub en: String,
    /// Pinyin with tone marks.
    pub pinyin: String,
    /// What sort of term.
    pub kind: TermKind,
    /// One line: what it is.
    pub gloss: String,
    /// A few sentences.
    pub explanation: String,
}

/// A field of a new term's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewTermField {
    /// `en`.
    En,
    /// `pinyin`.
    Pinyin,
    /// `gloss`.
    Gloss,
    /// `explanation`.
    Explanation,
}

/// Everything the author has said so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    /// The Chinese text, as pasted or opened.
    pub zh_text: String,
    /// The English text.
    pub en_text: String,
    /// The metadata form.
    pub meta: MetaForm,
    /// The alignment, once made.
    pub draft: Option<Draft>,
    /// Why the texts could not be aligned.
    pub align_problems: Vec<String>,
    /// The pair the keyboard acts on.
    pub selected: usize,
    /// Term-base entries the author left out.
    pub dropped: BTreeSet<String>,
    /// A note on a found term for this article, by entry id.
    pub notes: BTreeMap<String, String>,
    /// Terms to write, one per candidate.
    pub new_terms: Vec<NewTerm>,
    /// Counts every change, so that what follows from the session is
    /// recomputed only when it changed.
    pub revision: u64,
}

/// One thing the author does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Types, pastes or opens a text.
    SetText(Lang, String),
    /// Types in a text field of the form.
    SetMeta(MetaField, String),
    /// Says what a text is.
    SetKind(Lang, OriginKind),
    /// Says whether the texts are an excerpt.
    SetExcerpt(bool),
    /// Aligns the texts (again), forgetting the edits of the last alignment.
    Align,
    /// Picks the pair the keyboard acts on.
    Select(usize),
    /// Changes the alignment.
    Edit(Edit),
    /// Keeps or leaves out a term-base entry.
    KeepTerm(String, bool),
    /// Writes a note on a found term.
    SetNote(String, String),
    /// Writes in a new term's form.
    SetNewTerm(usize, NewTermField, String),
    /// Says what sort of term a new term is.
    SetNewTermKind(usize, TermKind),
    /// Puts a new term into the pack or leaves it out.
    IncludeNewTerm(usize, bool),
}

/// What follows from a session: the pack as it stands, whether it is valid,
/// and what to look at.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The pack.
    pub pack: Pack,
    /// Its JSON text, as it will be downloaded.
    pub json: String,
    /// Why the pack is not valid yet (empty when it is).
    pub errors: Vec<ContentError>,
    /// Warnings that name a pair, by pair id.
    pub pair_warnings: BTreeMap<String, Vec<String>>,
    /// Warnings about the pack as a whole.
    pub other_warnings: Vec<String>,
    /// The term-base entries the text uses, before the author's review.
    pub found: Vec<GlossaryEntry>,
}

impl Session {
    /// Applies one action; the term base is the one the page loaded.
    pub fn apply(&mut self, action: Action, termbase: &[GlossaryEntry]) {
        self.revision += 1;
        match action {
            Action::SetText(Lang::Zh, text) => self.zh_text = text,
            Action::SetText(Lang::En, text) => self.en_text = text,
            Action::SetMeta(field, value) => *self.meta.field_mut(field) = value,
            Action::SetKind(Lang::Zh, kind) => self.meta.zh_kind = kind,
            Action::SetKind(Lang::En, kind) => self.meta.en_kind = kind,
            Action::SetExcerpt(excerpt) => self.meta.excerpt = excerpt,
            Action::Align => self.align(termbase),
            Action::Select(index) => self.selected = index,
            Action::Edit(edit) => {
                if let Some(draft) = &mut self.draft {
                    draft.apply(edit);
                    self.selected = self.selected.min(draft.pairs.len().saturating_sub(1));
                }
            }
            Action::KeepTerm(id, keep) => {
                if keep {
                    self.dropped.remove(&id);
                } else {
                    self.dropped.insert(id);
                }
            }
            Action::SetNote(id, note) => {
                self.notes.insert(id, note);
            }
            Action::SetNewTerm(index, field, value) => {
                if let Some(term) = self.new_terms.get_mut(index) {
                    *match field {
                        NewTermField::En => &mut term.en,
                        NewTermField::Pinyin => &mut term.pinyin,
                        NewTermField::Gloss => &mut term.gloss,
                        NewTermField::Explanation => &mut term.explanation,
                    } = value;
                }
            }
            Action::SetNewTermKind(index, kind) => {
                if let Some(term) = self.new_terms.get_mut(index) {
                    term.kind = kind;
                }
            }
            Action::IncludeNewTerm(index, include) => {
                if let Some(term) = self.new_terms.get_mut(index) {
                    term.include = include;
                }
            }
        }
    }

    fn align(&mut self, termbase: &[GlossaryEntry]) {
        let meta = self.meta.metadata();
        match Draft::align(&self.zh_text, &self.en_text, (meta.title_zh.is_some(), meta.title_en.is_some()), termbase) {
            Ok(draft) => {
                let made = build(&draft, &meta, termbase);
                // What the author already wrote for a candidate survives a
                // new alignment of the same text.
                let old: BTreeMap<String, NewTerm> = self.new_terms.drain(..).map(|t| (t.candidate.zh.clone(), t)).collect();
                self.new_terms = made
                    .candidates
                    .into_iter()
                    .map(|candidate| match old.get(&candidate.zh) {
                        Some(written) => NewTerm { candidate, ..written.clone() },
                        None => NewTerm {
                            candidate,
                            include: false,
                            en: String::new(),
                            pinyin: String::new(),
                            kind: TermKind::Formulation,
                            gloss: String::new(),
                            explanation: String::new(),
                        },
                    })
                    .collect();
                self.draft = Some(draft);
                self.align_problems.clear();
                self.selected = 0;
            }
            Err(problems) => {
                self.draft = None;
                self.align_problems = problems;
            }
        }
    }

    /// The pack as the session stands, checked; none before the texts are aligned.
    pub fn outcome(&self, termbase: &[GlossaryEntry]) -> Option<Outcome> {
        let draft = self.draft.as_ref()?;
        let made = build(draft, &self.meta.metadata(), termbase);
        let found = made.pack.glossary.clone();
        let mut pack = made.pack;
        pack.glossary.retain(|entry| !self.dropped.contains(&entry.id));
        for entry in &mut pack.glossary {
            if let Some(note) = self.notes.get(&entry.id).map(|n| n.trim()).filter(|n| !n.is_empty()) {
                entry.translation_note = Some(note.to_owned());
            }
        }
        let english = body_text(&pack.article, Lang::En);
        pack.glossary.extend(self.new_terms.iter().filter(|t| t.include).map(|t| new_entry(t, &english)));
        let ids: BTreeSet<String> = pack.glossary.iter().map(|e| e.id.clone()).collect();
        for entry in &mut pack.glossary {
            entry.related.retain(|id| ids.contains(id));
        }
        let json = serde_json::to_string_pretty(&pack).unwrap_or_default() + "\n";
        let mut warnings = made.warnings;
        let errors = match load_pack(DRAFT_FILE, &json) {
            Ok(loaded) => {
                warnings.extend(pack_warnings(&loaded));
                Vec::new()
            }
            Err(errors) => errors,
        };
        let mut pair_warnings: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut other_warnings = Vec::new();
        for warning in warnings {
            match warning.pair {
                Some(pair) => pair_warnings.entry(pair).or_default().push(warning.message),
                None => other_warnings.push(warning.message),
            }
        }
        Some(Outcome { pack, json, errors, pair_warnings, other_warnings, found })
    }

    /// The file name for the download: the English title as a slug.
    pub fn file_name(&self, outcome: &Outcome) -> String {
        let slug = slug(&outcome.pack.article.meta.title.en);
        format!("{}.json", if slug.is_empty() { "pack".to_owned() } else { slug })
    }
}

/// A new term's entry: its own rendering is a suggestion (no official text
/// is cited), and its English marks the text only where the article uses it.
fn new_entry(term: &NewTerm, english: &str) -> GlossaryEntry {
    let en = term.en.trim().to_owned();
    let id = Some(slug(&en)).filter(|s| !s.is_empty()).unwrap_or_else(|| slug(&term.pinyin));
    GlossaryEntry {
        id,
        zh: term.candidate.zh.clone(),
        pinyin: term.pinyin.trim().to_owned(),
        kind: term.kind,
        official: en.clone(),
        official_suggested: true,
        gloss: term.gloss.trim().to_owned(),
        explanation: term.explanation.trim().to_owned(),
        forms: SurfaceForms {
            en: if !en.is_empty() && english.contains(&en) { vec![en] } else { Vec::new() },
            zh: vec![term.candidate.zh.clone()],
        },
        ..GlossaryEntry::default()
    }
}

/// Lower-case ASCII letters and digits joined by hyphens, cut at a word to
/// at most 64 bytes; pinyin tone marks lose their marks (lǜ → lu).
pub fn slug(text: &str) -> String {
    const MAX: usize = 64;
    let mut slug = String::new();
    for c in text.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() > MAX {
            let cut = slug[..MAX].rfind('-').unwrap_or(MAX);
            slug.truncate(cut);
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

fn fold_accent(c: char) -> Option<char> {
    const FOLDS: [(&str, char); 6] =
        [("āáǎà", 'a'), ("ēéěè", 'e'), ("īíǐì", 'i'), ("ōóǒò", 'o'), ("ūúǔù", 'u'), ("ǖǘǚǜü", 'u')];
    if c.is_ascii() {
        return Some(c);
    }
    FOLDS.iter().find(|(marked, _)| marked.contains(c)).map(|&(_, plain)| plain).or(Some(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_pinyin_and_punctuation() {
        assert_eq!(slug("Two Upholds"), "two-upholds");
        assert_eq!(slug("lǜ sè fā zhǎn"), "lu-se-fa-zhan");
        assert_eq!(slug("“Asian way” — consensus!"), "asian-way-consensus");
        assert_eq!(slug("中文"), "");
        let long = slug(&"word ".repeat(20));
        assert!(long.len() <= 64 && long.ends_with("word"), "{long}");
    }
}
