//! The glossary: one entry per political term, with everything its pop-up
//! shows and the surface forms that mark it in each language.

use serde::{Deserialize, Serialize};

use super::language::Lang;

/// One term of the glossary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Other renderings in use, including this article's when it differs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// One line: what it is.
    pub gloss: String,
    /// A few sentences: what it means and how it is used.
    pub explanation: String,
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
    /// Who said it, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    /// A set phrase or slogan (提法).
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
