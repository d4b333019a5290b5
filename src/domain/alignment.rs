//! How aligned sentences join back into running text, and how sentence ids
//! are made.

use super::article::{Article, Paragraph};
use super::language::Lang;

/// What stands between two sentences of a paragraph: a space in English,
/// nothing in Chinese, whose full stop already ends the sentence.
pub fn sentence_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " ",
        Lang::Zh => "",
    }
}

/// A paragraph's running text in one language, as a reader sees it.
pub fn paragraph_text(paragraph: &Paragraph, lang: Lang) -> String {
    paragraph
        .sentences
        .iter()
        .map(|pair| pair.text(lang))
        .collect::<Vec<_>>()
        .join(sentence_separator(lang))
}

/// The whole body in one language: paragraphs separated by a blank line.
pub fn body_text(article: &Article, lang: Lang) -> String {
    article
        .paragraphs
        .iter()
        .map(|paragraph| paragraph_text(paragraph, lang))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Splits `p3.s2` into the paragraph id `p3` and the suffix `s2`.
pub fn split_sentence_id(sentence_id: &str) -> Option<(&str, &str)> {
    let (paragraph, suffix) = sentence_id.rsplit_once('.')?;
    (!paragraph.is_empty() && !suffix.is_empty()).then_some((paragraph, suffix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::article::{Paragraph, SentencePair};

    fn pair(id: &str, en: &str, zh: &str) -> SentencePair {
        SentencePair {
            id: id.into(),
            en: en.into(),
            zh: zh.into(),
            note: None,
            ruby: Vec::new(),
        }
    }

    #[test]
    fn english_joins_with_spaces_and_chinese_without() {
        let paragraph = Paragraph {
            id: "p1".into(),
            sentences: vec![pair("p1.s1", "One.", "一。"), pair("p1.s2", "Two.", "二。")],
        };
        assert_eq!(paragraph_text(&paragraph, Lang::En), "One. Two.");
        assert_eq!(paragraph_text(&paragraph, Lang::Zh), "一。二。");
    }

    #[test]
    fn sentence_ids_split_at_the_last_dot() {
        assert_eq!(split_sentence_id("p3.s2"), Some(("p3", "s2")));
        assert_eq!(split_sentence_id("intro.a.b"), Some(("intro.a", "b")));
        assert_eq!(split_sentence_id("p3"), None);
        assert_eq!(split_sentence_id(".s1"), None);
        assert_eq!(split_sentence_id("p3."), None);
    }
}
