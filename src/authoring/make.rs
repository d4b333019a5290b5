//! The pack maker: two plain texts in, a checked pack out. Splits both texts,
//! aligns their sentences, copies the term base's entries that occur
//! (self-contained, with only the forms and links the article uses), lists
//! candidate terms the term base lacks, and adds word-by-word pinyin.

use std::collections::BTreeSet;

use super::candidates::{find_in, Candidate};
use super::checks::Warning;
use super::draft::Draft;
use crate::domain::annotation::Annotations;
use crate::domain::article::{Article, ArticleMeta, Bilingual, OriginKind, Paragraph, Provenance, RubyWord, SentencePair, TextOrigin};
use crate::domain::glossary::GlossaryEntry;
use crate::domain::glossary_validation::form_is_reachable;
use crate::domain::language::Lang;
#[cfg(not(target_arch = "wasm32"))]
use crate::domain::matcher::TermMatcher;
use crate::domain::pack::{Pack, FORMAT_NAME, FORMAT_VERSION};

/// What the author gives besides the two texts.
#[derive(Clone, Debug, Default)]
pub struct Metadata {
    /// The titles; without them each text's first paragraph is its title.
    pub title_zh: Option<String>,
    /// See `title_zh`.
    pub title_en: Option<String>,
    /// The outlet or publisher of each text.
    pub source_zh: Option<String>,
    /// See `source_zh`.
    pub source_en: Option<String>,
    /// Where the source is published.
    pub url: Option<String>,
    /// `2020-06-02` or `2020-06-02T14:58+08:00`.
    pub published: String,
    /// What each text is.
    pub zh_kind: Option<OriginKind>,
    /// See `zh_kind`.
    pub en_kind: Option<OriginKind>,
    /// Whether the texts are part of a longer source.
    pub excerpt: bool,
}

/// A made pack and what the author should look at.
#[derive(Debug)]
pub struct Made {
    /// The pack.
    pub pack: Pack,
    /// Things to check, each naming where.
    pub warnings: Vec<Warning>,
    /// Candidate terms the term base lacks.
    pub candidates: Vec<Candidate>,
}

/// Makes a pack from a Chinese and an English text with the term base's
/// entries. Fails with messages when a text is empty.
pub fn make_pack(zh_text: &str, en_text: &str, meta: &Metadata, termbase: &[GlossaryEntry]) -> Result<Made, Vec<String>> {
    let draft = Draft::align(zh_text, en_text, (meta.title_zh.is_some(), meta.title_en.is_some()), termbase)?;
    Ok(build(&draft, meta, termbase))
}

/// Turns a draft (as aligned, or as the author changed it) into a pack.
pub fn build(draft: &Draft, meta: &Metadata, termbase: &[GlossaryEntry]) -> Made {
    let mut warnings = Vec::new();
    let paragraphs = pack_paragraphs(draft, &reading_aids_for(termbase), &mut warnings);

    let title = Bilingual {
        zh: meta.title_zh.clone().or_else(|| draft.zh.title.clone()).unwrap_or_default(),
        en: meta.title_en.clone().or_else(|| draft.en.title.clone()).unwrap_or_default(),
    };
    let source = Bilingual {
        zh: meta.source_zh.clone().unwrap_or_else(|| "来源未注明".to_owned()),
        en: meta.source_en.clone().unwrap_or_else(|| "Source not given".to_owned()),
    };
    if meta.source_zh.is_none() || meta.source_en.is_none() {
        warnings.push(Warning::general("article metadata: no --source-zh/--source-en given: the pack says the source is not given"));
    }
    let article = Article {
        meta: ArticleMeta {
            title,
            source,
            editor: None,
            published: meta.published.clone(),
            url: meta.url.clone(),
            excerpt: meta.excerpt,
            event: None,
            provenance: provenance(meta),
        },
        paragraphs,
    };
    let glossary = glossary_for(&article, termbase);
    let candidates = candidates(&article, &glossary);
    let pack = Pack {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        article,
        glossary,
    };
    Made { pack, warnings, candidates }
}

/// The draft's pairs as the pack's paragraphs (a new one wherever the
/// Chinese paragraph changes) and sentence pairs.
fn pack_paragraphs(draft: &Draft, reading_aids: &dyn Fn(&str) -> Vec<RubyWord>, warnings: &mut Vec<Warning>) -> Vec<Paragraph> {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    for (pair, id) in draft.pairs.iter().zip(draft.pair_ids()) {
        let paragraph_id = id.split('.').next().unwrap_or_default().to_owned();
        if paragraphs.last().is_none_or(|last| last.id != paragraph_id) {
            paragraphs.push(Paragraph { id: paragraph_id, sentences: Vec::new() });
        }
        let Some(current) = paragraphs.last_mut() else { continue };
        let zh_text = draft.text(pair, Lang::Zh);
        let en_text = draft.text(pair, Lang::En);
        if en_text.is_empty() {
            warnings.push(Warning::on_pair(&id, "the Chinese has no English counterpart; give it one or delete the sentence"));
        }
        if zh_text.is_empty() {
            warnings.push(Warning::on_pair(&id, "the English has no Chinese counterpart; join it to a neighbour"));
        }
        let ruby = if zh_text.is_empty() { Vec::new() } else { complete_or_none(&id, reading_aids(&zh_text), warnings) };
        current.sentences.push(SentencePair { id, en: en_text, zh: zh_text, note: None, ruby });
    }
    paragraphs
}

/// What writes a sentence's reading aids: the term base's reviewed pinyin,
/// then the phrase dictionary (its matcher built once per pack).
#[cfg(not(target_arch = "wasm32"))]
fn reading_aids_for(termbase: &[GlossaryEntry]) -> impl Fn(&str) -> Vec<RubyWord> + '_ {
    let matcher = TermMatcher::new(termbase);
    move |zh| super::reading_aids::ruby(zh, termbase, &matcher)
}

/// The phrase dictionary is native only; the authoring page leaves the
/// reading aids to `tifa-make` (and builds no matcher for them on every edit).
#[cfg(target_arch = "wasm32")]
fn reading_aids_for(_: &[GlossaryEntry]) -> impl Fn(&str) -> Vec<RubyWord> {
    |_| Vec::new()
}

/// Writes reading aids for every pair of an existing pack: its own glossary's
/// terms first (with their reviewed pinyin, names included), then the term
/// base's. Returns a warning for each pair left without them.
#[cfg(not(target_arch = "wasm32"))]
pub fn add_reading_aids(pack: &mut Pack, termbase: &[GlossaryEntry]) -> Vec<Warning> {
    let own: BTreeSet<&str> = pack.glossary.iter().map(|e| e.id.as_str()).collect();
    let terms: Vec<GlossaryEntry> =
        pack.glossary.iter().cloned().chain(termbase.iter().filter(|e| !own.contains(e.id.as_str())).cloned()).collect();
    let matcher = TermMatcher::new(&terms);
    let mut warnings = Vec::new();
    for pair in pack.article.paragraphs.iter_mut().flat_map(|p| &mut p.sentences) {
        pair.ruby = complete_or_none(&pair.id, super::reading_aids::ruby(&pair.zh, &terms, &matcher), &mut warnings);
    }
    warnings
}

/// A pair's reading aids if every Chinese character has a reading; else
/// none, with a warning (half a reading would mislead).
fn complete_or_none(id: &str, ruby: Vec<RubyWord>, warnings: &mut Vec<Warning>) -> Vec<RubyWord> {
    match ruby.iter().find(|word| word.1.is_empty() && word.0.chars().any(crate::domain::pinyin::is_han)) {
        Some(unknown) => {
            warnings.push(Warning::on_pair(id, format!("no reading is known for {:?}: the pair has no reading aids", unknown.0)));
            Vec::new()
        }
        None => ruby,
    }
}

fn provenance(meta: &Metadata) -> Provenance {
    let origin = |kind: OriginKind, lang: &str| {
        let (en, zh) = match kind {
            OriginKind::Original => (format!("The {lang} text as published by its source."), format!("{}原文，按来源发布的文本照录。", if lang == "Chinese" { "中文" } else { "英文" })),
            OriginKind::Translation => (
                format!("The {lang} translation as published by its source, reproduced word for word."),
                format!("来源发布的{}译文，逐字照录。", if lang == "Chinese" { "中文" } else { "英文" }),
            ),
            OriginKind::Rendering => (
                format!("The {lang} text was written for this reader; it is not the source text."),
                format!("{}文本系为本阅读器撰写，并非原文。", if lang == "Chinese" { "中文" } else { "英文" }),
            ),
        };
        TextOrigin { kind, note: Bilingual { en, zh } }
    };
    Provenance {
        zh: origin(meta.zh_kind.unwrap_or(OriginKind::Original), "Chinese"),
        en: origin(meta.en_kind.unwrap_or(OriginKind::Translation), "English"),
    }
}

/// The term base's entries the article uses, copied: those marked in the
/// text and those inside a marked longer term, each with only the forms
/// that mark something and the related links that stay inside the pack.
pub fn glossary_for(article: &Article, termbase: &[GlossaryEntry]) -> Vec<GlossaryEntry> {
    let annotations = Annotations::new(article, termbase);
    let reachable = |index: usize, lang: Lang, form: usize| form_is_reachable(termbase, &annotations, index, lang, form);
    let mut chosen: Vec<GlossaryEntry> = Vec::new();
    for (index, entry) in termbase.iter().enumerate() {
        let keep = |lang: Lang| -> Vec<String> {
            entry.forms.get(lang).iter().enumerate().filter(|&(form, _)| reachable(index, lang, form)).map(|(_, f)| f.clone()).collect()
        };
        let (en, zh) = (keep(Lang::En), keep(Lang::Zh));
        if en.is_empty() && zh.is_empty() {
            continue;
        }
        let mut copy = entry.clone();
        copy.forms.en = en;
        copy.forms.zh = zh;
        chosen.push(copy);
    }
    let ids: BTreeSet<String> = chosen.iter().map(|entry| entry.id.clone()).collect();
    for entry in &mut chosen {
        entry.related.retain(|id| ids.contains(id));
    }
    chosen
}

/// Candidate terms no glossary entry marks, once each, in reading order.
fn candidates(article: &Article, glossary: &[GlossaryEntry]) -> Vec<Candidate> {
    let annotations = Annotations::new(article, glossary);
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    for pair in article.paragraphs.iter().flat_map(|p| &p.sentences) {
        let marks = annotations.spans(&pair.id, Lang::Zh);
        for (range, pattern) in find_in(&pair.zh) {
            let covered = marks.iter().any(|mark| mark.start <= range.start && range.end <= mark.end);
            let zh = pair.zh[range].to_owned();
            if !covered && seen.insert(zh.clone()) {
                found.push(Candidate { zh, pattern, pair: pair.id.clone() });
            }
        }
    }
    found
}
