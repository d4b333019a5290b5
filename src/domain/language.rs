//! The two languages of an article and the three ways of reading it.

use serde::{Deserialize, Serialize};

/// A language of the article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Chinese, simplified script.
    Zh,
}

impl Lang {
    /// Both languages, Chinese first: the order of the side-by-side columns.
    pub const BOTH: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag for the `lang` attribute of text in this language.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The short code used in content files and CSS classes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }
}

/// How the reader shows the article: one language, or both aligned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ReadingMode {
    /// English only.
    English,
    /// Chinese only.
    Chinese,
    /// Chinese and English paragraph by paragraph: the default, since it is what
    /// makes a bilingual reader worth opening.
    #[default]
    SideBySide,
}

impl ReadingMode {
    /// Every mode, in the order the mode control lists them.
    pub const ALL: [ReadingMode; 3] = [
        ReadingMode::English,
        ReadingMode::Chinese,
        ReadingMode::SideBySide,
    ];

    /// The value of the `?lang=` URL parameter and of the stored preference.
    pub fn param(self) -> &'static str {
        match self {
            ReadingMode::English => "en",
            ReadingMode::Chinese => "zh",
            ReadingMode::SideBySide => "both",
        }
    }

    /// Reads a `?lang=` value; unknown values give `None` rather than a guess.
    pub fn from_param(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|mode| mode.param() == value.trim())
    }

    /// Whether text in `lang` is visible in this mode.
    pub fn shows(self, lang: Lang) -> bool {
        match self {
            ReadingMode::English => lang == Lang::En,
            ReadingMode::Chinese => lang == Lang::Zh,
            ReadingMode::SideBySide => true,
        }
    }

    /// The language of the reader's own labels in this mode: Chinese only when
    /// the reader has chosen to read Chinese alone.
    pub fn interface_lang(self) -> Lang {
        match self {
            ReadingMode::Chinese => Lang::Zh,
            ReadingMode::English | ReadingMode::SideBySide => Lang::En,
        }
    }
}

impl ReadingMode {
    /// The language a term is looked for in first when the reader asks for it
    /// by name (index, link): the one on screen, Chinese first when both are.
    pub fn preferred_lang(self) -> Lang {
        match self {
            ReadingMode::English => Lang::En,
            ReadingMode::Chinese | ReadingMode::SideBySide => Lang::Zh,
        }
    }
}

/// The mode to open with: a valid `?lang=` in the URL wins (it is what a shared
/// link asked for), then the reader's stored choice, then the default.
pub fn initial_mode(url_param: Option<&str>, stored: Option<&str>) -> ReadingMode {
    url_param
        .and_then(ReadingMode::from_param)
        .or_else(|| stored.and_then(ReadingMode::from_param))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_round_trip() {
        for mode in ReadingMode::ALL {
            assert_eq!(ReadingMode::from_param(mode.param()), Some(mode));
        }
        assert_eq!(ReadingMode::from_param("fr"), None);
        assert_eq!(ReadingMode::from_param(""), None);
    }

    #[test]
    fn url_wins_over_storage_and_bad_values_fall_through() {
        assert_eq!(initial_mode(Some("zh"), Some("en")), ReadingMode::Chinese);
        assert_eq!(initial_mode(None, Some("en")), ReadingMode::English);
        assert_eq!(initial_mode(Some("klingon"), Some("en")), ReadingMode::English);
        assert_eq!(initial_mode(Some("x"), Some("y")), ReadingMode::SideBySide);
        assert_eq!(initial_mode(None, None), ReadingMode::SideBySide);
    }

    #[test]
    fn visibility_and_interface_language() {
        assert!(ReadingMode::English.shows(Lang::En));
        assert!(!ReadingMode::English.shows(Lang::Zh));
        assert!(ReadingMode::SideBySide.shows(Lang::Zh));
        assert_eq!(ReadingMode::Chinese.interface_lang(), Lang::Zh);
        assert_eq!(ReadingMode::SideBySide.interface_lang(), Lang::En);
        assert_eq!(Lang::Zh.bcp47(), "zh-Hans");
    }
}
