//! The glossary: one entry per political term, with everything its pop-up
//! shows and the surface forms that mark it in each language.

use serde::{Deserialize, Serialize};

use super::language::Lang;

/// One term of the glossary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// Slug used in links (`#term=four-consciousnesses`) and `related`.
    pub id: String,
    /// The term in Chinese.
    pub zh: String,
    /// Hanyu Pinyin with tone marks, one space-separated syllable per character.
    pub pinyin: String,
    /// What sort of term it is.
    pub kind: TermKind,
    /// The official or standard English rendering.
    pub official: String,
    /// The official English text that uses `official`, with its year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official_source: Option<String>,
    /// No official English text is known to use `official`: it is suggested.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub official_suggested: bool,
    /// Other renderings in use, including this article's when it differs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// Dated, unofficial and mistaken renderings, each with how it is used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renderings: Vec<Rendering>,
    /// Whether official texts still use the term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TermStatus>,
    /// One line: what it is.
    pub gloss: String,
    /// The same line in Chinese, shown when the interface is Chinese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss_zh: Option<String>,
    /// A few sentences: what it means and how it is used.
    pub explanation: String,
    /// A Chinese explanation (释义), shown when the interface is Chinese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation_zh: Option<String>,
    /// Its first known use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<TermOrigin>,
    /// The items of a numbered formulation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<TermPart>,
    /// Ids of related entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// Why renderings differ, where they do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_note: Option<String>,
    /// The surface forms that mark this term in the text.
    #[serde(rename = "match")]
    pub forms: SurfaceForms,
}

/// Where and when a term was first used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TermOrigin {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The occasion or document.
    pub occasion: String,
    /// The occasion in Chinese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion_zh: Option<String>,
    /// Who said it, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// One English rendering of a term besides the official one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rendering {
    /// The rendering as written.
    pub en: String,
    /// How it is used.
    #[serde(rename = "use")]
    pub usage: RenderingUse,
    /// Where it is used (an official text, an outlet), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The year of that use, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Why it is used or why it is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How a rendering is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum RenderingUse {
    /// Another official text's rendering.
    Official,
    /// A rendering official texts used before and no longer use.
    Former,
    /// Widely used by media or scholars, not official.
    Common,
    /// A wrong rendering seen in real texts.
    Mistranslation,
}

/// Whether official texts still use a term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum TermStatus {
    /// In current official use.
    Current,
    /// Dropped from official use.
    Retired(Retirement),
}

/// When and why a term left official use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Retirement {
    /// The year it was dropped, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// What replaced it, or why it was dropped.
    pub note: String,
}

/// One item of a numbered formulation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TermPart {
    /// The item in Chinese.
    pub zh: String,
    /// Its pinyin, one syllable per character.
    pub pinyin: String,
    /// Its English rendering.
    pub en: String,
}

/// The exact strings that mark a term in each language's text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SurfaceForms {
    /// English forms, matched case-insensitively on whole words.
    #[serde(default)]
    pub en: Vec<String>,
    /// Chinese forms, matched exactly.
    #[serde(default)]
    pub zh: Vec<String>,
}

impl GlossaryEntry {
    /// The one-line gloss in the interface language, and that language: the
    /// Chinese gloss when the interface is Chinese and the entry has one.
    pub fn gloss_in(&self, ui: Lang) -> (&str, Lang) {
        localized(ui, &self.gloss, self.gloss_zh.as_deref())
    }

    /// The explanation in the interface language, and that language.
    pub fn explanation_in(&self, ui: Lang) -> (&str, Lang) {
        localized(ui, &self.explanation, self.explanation_zh.as_deref())
    }

    /// Whether the entry's Chinese term contains `other`'s, so that `other`
    /// is one of its parts (习近平 in 习近平外交思想).
    pub fn contains_term(&self, other: &GlossaryEntry) -> bool {
        self.id != other.id && !other.zh.is_empty() && self.zh != other.zh && self.zh.contains(other.zh.as_str())
    }
}

impl TermOrigin {
    /// The occasion in the interface language, and that language.
    pub fn occasion_in(&self, ui: Lang) -> (&str, Lang) {
        localized(ui, &self.occasion, self.occasion_zh.as_deref())
    }
}

fn localized<'a>(ui: Lang, english: &'a str, chinese: Option<&'a str>) -> (&'a str, Lang) {
    match (ui, chinese) {
        (Lang::Zh, Some(text)) if !text.trim().is_empty() => (text, Lang::Zh),
        _ => (english, Lang::En),
    }
}

impl SurfaceForms {
    /// The forms of one language.
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// What sort of term an entry is; the glossary index groups by it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    /// A set phrase or slogan (提法).
    #[default]
    Formulation,
    /// A guiding principle.
    Principle,
    /// A policy or policy phrase.
    Policy,
    /// A Party or state body.
    Institution,
    /// An office or title.
    Office,
    /// A person.
    Person,
    /// A place.
    Place,
    /// A media outlet.
    Outlet,
}

impl TermKind {
    /// Every kind, in the order the index lists them.
    pub const ALL: [TermKind; 8] = [
        TermKind::Formulation,
        TermKind::Principle,
        TermKind::Policy,
        TermKind::Institution,
        TermKind::Office,
        TermKind::Person,
        TermKind::Place,
        TermKind::Outlet,
    ];

    /// The kind as the content format spells it (`"formulation"`), for the
    /// page's `data-kind`, which the reading settings' marks select on.
    pub fn slug(self) -> &'static str {
        use TermKind::*;
        match self {
            Formulation => "formulation",
            Principle => "principle",
            Policy => "policy",
            Institution => "institution",
            Office => "office",
            Person => "person",
            Place => "place",
            Outlet => "outlet",
        }
    }

    /// The kind's name, singular, in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        use TermKind::*;
        match (self, lang) {
            (Formulation, Lang::En) => "Formulation",
            (Formulation, Lang::Zh) => "提法",
            (Principle, Lang::En) => "Principle",
            (Principle, Lang::Zh) => "原则",
            (Policy, Lang::En) => "Policy",
            (Policy, Lang::Zh) => "政策",
            (Institution, Lang::En) => "Institution",
            (Institution, Lang::Zh) => "机构",
            (Office, Lang::En) => "Office",
            (Office, Lang::Zh) => "职务",
            (Person, Lang::En) => "Person",
            (Person, Lang::Zh) => "人物",
            (Place, Lang::En) => "Place",
            (Place, Lang::Zh) => "地名",
            (Outlet, Lang::En) => "Media outlet",
            (Outlet, Lang::Zh) => "媒体",
        }
    }

    /// The heading of this kind's group in the index, in `lang`.
    pub fn plural(self, lang: Lang) -> &'static str {
        use TermKind::*;
        match (self, lang) {
            (Formulation, Lang::En) => "Formulations",
            (Principle, Lang::En) => "Principles",
            (Policy, Lang::En) => "Policies",
            (Institution, Lang::En) => "Institutions",
            (Office, Lang::En) => "Offices",
            (Person, Lang::En) => "People",
            (Place, Lang::En) => "Places",
            (Outlet, Lang::En) => "Media",
            (kind, Lang::Zh) => kind.name(Lang::Zh),
        }
    }
}
