//! The rules an article must keep, checked after parsing. Each rule reports the
//! entry it concerns and goes on, so one run lists every problem.

use std::collections::HashSet;

use super::alignment::split_sentence_id;
use super::article::{Article, ArticleMeta, Bilingual, Paragraph, RubyWord, SentencePair};
use super::pinyin::{han_count, syllable_problem};
use super::dates::{is_date, is_timestamp};
use super::error::ProblemList;

const META: &str = "article metadata";

/// Checks an article; `base` is the JSON pointer of the article in its file.
pub fn validate_article(article: &Article, base: &str, problems: &mut ProblemList) {
    validate_meta(&article.meta, &format!("{base}/meta"), problems);
    if article.paragraphs.is_empty() {
        problems.add(format!("{base}/paragraphs"), "article", "the article has no paragraphs");
    }
    let mut seen_ids = HashSet::new();
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        validate_paragraph(paragraph, &format!("{base}/paragraphs/{index}"), &mut seen_ids, problems);
    }
}

fn validate_meta(meta: &ArticleMeta, base: &str, problems: &mut ProblemList) {
    require_both(&meta.title, &format!("{base}/title"), "title", problems);
    require_both(&meta.source, &format!("{base}/source"), "source", problems);
    if let Some(editor) = &meta.editor {
        require_both(editor, &format!("{base}/editor"), "editor", problems);
    }
    if !is_timestamp(&meta.published) && !is_date(&meta.published) {
        problems.add(
            format!("{base}/published"),
            META,
            format!(
                "published time {:?} is not of the form 2020-06-02T14:58+08:00 (date, time and UTC offset), nor a date such as 2020-06-02",
                meta.published
            ),
        );
    }
    if let Some(url) = &meta.url {
        if !is_web_url(url) {
            problems.add(
                format!("{base}/url"),
                META,
                format!("url {url:?} must be an http:// or https:// address without spaces"),
            );
        }
    }
    if let Some(event) = &meta.event {
        if !is_date(&event.date) {
            problems.add(
                format!("{base}/event/date"),
                META,
                format!("event date {:?} is not a date of the form 2020-05-26", event.date),
            );
        }
        require_both(&event.label, &format!("{base}/event/label"), "event label", problems);
    }
    require_both(&meta.provenance.en.note, &format!("{base}/provenance/en/note"), "note on the English text", problems);
    require_both(&meta.provenance.zh.note, &format!("{base}/provenance/zh/note"), "note on the Chinese text", problems);
}

/// Whether `url` is a plain web address: anything else (`javascript:`,
/// `data:`) must never become a link.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/')) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn require_both(text: &Bilingual, pointer: &str, what: &str, problems: &mut ProblemList) {
    if text.en.trim().is_empty() {
        problems.add(format!("{pointer}/en"), META, format!("the English {what} is empty"));
    }
    if text.zh.trim().is_empty() {
        problems.add(format!("{pointer}/zh"), META, format!("the Chinese {what} is empty"));
    }
}

fn validate_paragraph(
    paragraph: &Paragraph,
    base: &str,
    seen_ids: &mut HashSet<String>,
    problems: &mut ProblemList,
) {
    let entry = format!("paragraph {}", paragraph.id);
    if !is_id(&paragraph.id) {
        problems.add(
            format!("{base}/id"),
            &entry,
            format!("paragraph id {:?} must be letters, digits, '-' or '_', such as p3", paragraph.id),
        );
    } else if !seen_ids.insert(paragraph.id.clone()) {
        problems.add(format!("{base}/id"), &entry, format!("duplicate id {:?}", paragraph.id));
    }
    if paragraph.sentences.is_empty() {
        problems.add(format!("{base}/sentences"), &entry, "the paragraph has no sentences");
    }
    for (index, pair) in paragraph.sentences.iter().enumerate() {
        let pointer = format!("{base}/sentences/{index}");
        let entry = format!("paragraph {}, sentence {}", paragraph.id, pair.id);
        match split_sentence_id(&pair.id) {
            Some((prefix, suffix)) if prefix == paragraph.id && is_id(suffix) => {
                if !seen_ids.insert(pair.id.clone()) {
                    problems.add(format!("{pointer}/id"), &entry, format!("duplicate id {:?}", pair.id));
                }
            }
            _ => problems.add(
                format!("{pointer}/id"),
                &entry,
                format!(
                    "sentence id {:?} must be the paragraph id, a dot and a suffix, such as {}.s1",
                    pair.id, paragraph.id
                ),
            ),
        }
        let (en_empty, zh_empty) = (pair.en.trim().is_empty(), pair.zh.trim().is_empty());
        match (en_empty, zh_empty) {
            (true, true) => problems.add(&pointer, &entry, "the sentence is empty in both languages"),
            (false, true) => problems.add(
                format!("{pointer}/zh"),
                &entry,
                "misaligned: the sentence has English but no Chinese",
            ),
            (true, false) => problems.add(
                format!("{pointer}/en"),
                &entry,
                "misaligned: the sentence has Chinese but no English",
            ),
            (false, false) => {}
        }
        for (lang, text) in [("en", &pair.en), ("zh", &pair.zh)] {
            if !text.trim().is_empty() && text.trim() != text.as_str() {
                problems.add(
                    format!("{pointer}/{lang}"),
                    &entry,
                    "the text starts or ends with white space (the reader puts the space between sentences itself)",
                );
            }
        }
        if let Some(note) = &pair.note {
            if note.en.trim().is_empty() && note.zh.trim().is_empty() {
                problems.add(format!("{pointer}/note"), &entry, "the note is empty: write it in one language or both, or leave it out");
            }
        }
        validate_ruby(pair, &pointer, &entry, problems);
    }
}

/// Reading aids must spell the sentence exactly, each word with one pinyin
/// syllable per Chinese character. A pair with no Chinese is already
/// reported as misaligned: its reading aids are not reported again.
fn validate_ruby(pair: &SentencePair, pointer: &str, entry: &str, problems: &mut ProblemList) {
    if pair.ruby.is_empty() || pair.zh.trim().is_empty() {
        return;
    }
    let joined: String = pair.ruby.iter().map(|word| word.0.as_str()).collect();
    if joined != pair.zh {
        problems.add(
            format!("{pointer}/ruby"),
            entry,
            format!("the reading aids spell {joined:?}, not the Chinese sentence: regenerate them with tifa-make"),
        );
        return;
    }
    for (index, RubyWord(word, pinyin)) in pair.ruby.iter().enumerate() {
        let problem = if han_count(word) == 0 {
            (!pinyin.is_empty()).then(|| format!("{word:?} has no Chinese characters but pinyin {pinyin:?}"))
        } else {
            syllable_problem(word, pinyin)
        };
        if let Some(problem) = problem {
            problems.add(format!("{pointer}/ruby/{index}"), entry, problem);
        }
    }
}

/// Ids are short ASCII slugs so that they are safe in URLs and attributes.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_id("p3"));
        assert!(is_id("intro_2-b"));
        assert!(!is_id(""));
        assert!(!is_id("p 3"));
        assert!(!is_id("p3<script>"));
        assert!(!is_id(&"p".repeat(65)));
    }
}
