//! The article: metadata and paragraphs of aligned sentence pairs, exactly as a
//! content file states them (see `docs/content-format.md`).

use serde::{Deserialize, Serialize};

use super::language::Lang;

/// A piece of text given in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// The English text.
    #[serde(default)]
    pub en: String,
    /// The Chinese text.
    #[serde(default)]
    pub zh: String,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// One article in two languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Title, source, dates and where each language's text comes from.
    pub meta: ArticleMeta,
    /// The body, in reading order.
    pub paragraphs: Vec<Paragraph>,
}

/// What the header of the reader shows about an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    /// The headline.
    pub title: Bilingual,
    /// The outlet that published the report.
    pub source: Bilingual,
    /// The editor credited by the outlet, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<Bilingual>,
    /// Publication time, ISO 8601 with a UTC offset (`2020-06-02T14:58+08:00`),
    /// or only the date (`2020-06-02`) when the time is not known.
    pub published: String,
    /// Where the source text is published (an `http`/`https` URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether the pack holds only part of the source text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub excerpt: bool,
    /// The date of the event reported, with what to call it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventDate>,
    /// Where the text in each language comes from.
    pub provenance: Provenance,
}

/// The date of the event an article reports (`2020-05-26`) and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventDate {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What the date is, e.g. "Meeting held" / "会议召开".
    pub label: Bilingual,
}

/// Where each language's text comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The English text's origin.
    pub en: TextOrigin,
    /// The Chinese text's origin.
    pub zh: TextOrigin,
}

impl Provenance {
    /// The origin of the text in `lang`.
    pub fn get(&self, lang: Lang) -> &TextOrigin {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// The origin of one language's text, and a note saying so to the reader.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextOrigin {
    /// What kind of text it is.
    pub kind: OriginKind,
    /// A sentence or two for the reader, in both languages.
    pub note: Bilingual,
}

/// What kind of text one language's version is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum OriginKind {
    /// The source text as published.
    Original,
    /// A translation published with or made from the original.
    Translation,
    /// Text written for this reader because the original was not available:
    /// the reader labels it prominently so that nobody quotes it as the source.
    Rendering,
}

/// A paragraph: a run of aligned sentence pairs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Stable id, such as `p3`.
    pub id: String,
    /// The sentences in reading order.
    pub sentences: Vec<SentencePair>,
}

/// One sentence (or a run of sentences that translate as one) in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SentencePair {
    /// Stable id, the paragraph's id followed by a dot and a suffix: `p3.s2`.
    pub id: String,
    /// The English sentence.
    #[serde(default)]
    pub en: String,
    /// The Chinese sentence.
    #[serde(default)]
    pub zh: String,
    /// A translator's note on the pair (a slip in the translation, say), in
    /// one language or both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
    /// Reading aids: the Chinese sentence word by word, each word with its
    /// pinyin (empty for punctuation, digits and Latin text). Joined, the
    /// words are the sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ruby: Vec<RubyWord>,
}

/// One word of a sentence's reading aids: `["会议", "huì yì"]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RubyWord(pub String, pub String);

impl Article {
    /// Every text of one language that terms are found in: title, source's
    /// name, then the sentences.
    pub fn texts(&self, lang: Lang) -> Vec<&str> {
        [self.meta.title.get(lang), self.meta.source.get(lang)]
            .into_iter()
            .chain(self.paragraphs.iter().flat_map(|p| &p.sentences).map(|pair| pair.text(lang)))
            .collect()
    }
}

impl SentencePair {
    /// The sentence in `lang`.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}
