//! Where the glossary's terms fall in one pack: found once when the pack is
//! loaded, then read by the validator, the text, the pop-ups and the index.

use std::collections::HashMap;

use super::article::Article;
use super::glossary::GlossaryEntry;
use super::language::{Lang, ReadingMode};
use super::matcher::TermMatcher;

/// The key of the title among the texts that terms are found in.
pub const TITLE_KEY: &str = "title";
/// The key of the source's name.
pub const SOURCE_KEY: &str = "source";

/// A term in one text: a byte range, its entry, and its place among all the
/// term occurrences of its language in document order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Index of the glossary entry.
    pub entry: usize,
    /// Index of the form within the entry's forms for this language.
    pub form: usize,
    /// 0-based number of this occurrence among its language's occurrences.
    pub occurrence: usize,
}

/// A piece of a text: plain, or a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text that is not a term.
    Plain(&'a str),
    /// A term occurrence.
    Term(&'a str, TermSpan),
}

/// Every term occurrence of a pack.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Annotations {
    /// Per language (`Lang::BOTH` order), the terms of each text by its key.
    spans: [HashMap<String, Vec<TermSpan>>; 2],
    /// Per entry, per language (`Lang::BOTH` order), occurrence numbers in order.
    occurrences: Vec<[Vec<usize>; 2]>,
    /// Per entry, per language, how often each form was matched.
    form_uses: Vec<[Vec<usize>; 2]>,
    /// Per language, the entry of each occurrence in page order.
    occurrence_entries: [Vec<usize>; 2],
    totals: [usize; 2],
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Zh => 0,
        Lang::En => 1,
    }
}

impl Annotations {
    /// Finds the glossary's terms in the article's title, source and sentences
    /// (in that order, which is the page's order).
    pub fn new(article: &Article, glossary: &[GlossaryEntry]) -> Self {
        let matcher = TermMatcher::new(glossary);
        let mut annotations = Annotations::empty(glossary);
        for (key, text, lang) in texts_in_page_order(article) {
            let found = matcher.find(text, lang).into_iter().map(|found| (found.start, found.end, found.entry, found.form));
            annotations.record(key, lang, found);
        }
        annotations
    }

    /// No terms yet, for this glossary.
    pub(crate) fn empty(glossary: &[GlossaryEntry]) -> Self {
        Annotations {
            spans: Default::default(),
            occurrences: vec![Default::default(); glossary.len()],
            form_uses: glossary
                .iter()
                .map(|entry| Lang::BOTH.map(|lang| vec![0; entry.forms.get(lang).len()]))
                .collect(),
            occurrence_entries: Default::default(),
            totals: [0; 2],
        }
    }

    /// Records the terms found in one text, as (start, end, entry, form), in
    /// order. Texts must be recorded in page order (see
    /// [`texts_in_page_order`]): that order numbers the occurrences. The
    /// caller has checked the entries and forms against the glossary.
    pub(crate) fn record(&mut self, key: &str, lang: Lang, found: impl IntoIterator<Item = (usize, usize, usize, usize)>) {
        let spans: Vec<TermSpan> = found
            .into_iter()
            .map(|(start, end, entry, form)| {
                let occurrence = self.totals[slot(lang)];
                self.totals[slot(lang)] += 1;
                self.occurrences[entry][slot(lang)].push(occurrence);
                self.occurrence_entries[slot(lang)].push(entry);
                self.form_uses[entry][slot(lang)][form] += 1;
                TermSpan {
                    start,
                    end,
                    entry,
                    form,
                    occurrence,
                }
            })
            .collect();
        if !spans.is_empty() {
            self.spans[slot(lang)].insert(key.to_owned(), spans);
        }
    }

    /// The terms in one text (`title`, `source` or a sentence id).
    pub fn spans(&self, key: &str, lang: Lang) -> &[TermSpan] {
        // Looked up by `&str`: this runs for every text on every render.
        self.spans[slot(lang)].get(key).map_or(&[], Vec::as_slice)
    }

    /// The occurrence numbers of an entry in one language, in page order.
    pub fn occurrences(&self, entry: usize, lang: Lang) -> &[usize] {
        self.occurrences.get(entry).map_or(&[], |per_lang| &per_lang[slot(lang)])
    }

    /// How often each of an entry's forms in `lang` was matched.
    pub fn form_uses(&self, entry: usize, lang: Lang) -> &[usize] {
        self.form_uses.get(entry).map_or(&[], |per_lang| &per_lang[slot(lang)])
    }

    /// The entry marked at an occurrence.
    pub fn entry_at(&self, lang: Lang, occurrence: usize) -> Option<usize> {
        self.occurrence_entries[slot(lang)].get(occurrence).copied()
    }

    /// How many term occurrences the language's text has.
    pub fn total(&self, lang: Lang) -> usize {
        self.totals[slot(lang)]
    }
}

impl Annotations {
    /// Where to show an entry asked for by name (from the index, a link or a
    /// related term) in `mode`: its first occurrence in the mode's preferred
    /// language, else in the other language if the mode shows it.
    pub fn first_occurrence(&self, entry: usize, mode: ReadingMode) -> Option<(Lang, usize)> {
        let preferred = mode.preferred_lang();
        let other = Lang::BOTH.into_iter().find(|&lang| lang != preferred && mode.shows(lang));
        std::iter::once(preferred)
            .chain(other)
            .find_map(|lang| self.occurrences(entry, lang).first().map(|&index| (lang, index)))
    }
}

/// Every text terms are found in, as (key, text, language): per language,
/// the title, the source, then each sentence. This order numbers the
/// occurrences, so whoever records spans follows it.
pub fn texts_in_page_order(article: &Article) -> impl Iterator<Item = (&str, &str, Lang)> {
    let meta = &article.meta;
    Lang::BOTH.into_iter().flat_map(move |lang| {
        [(TITLE_KEY, meta.title.get(lang)), (SOURCE_KEY, meta.source.get(lang))]
            .into_iter()
            .chain(article.paragraphs.iter().flat_map(|p| &p.sentences).map(move |pair| (pair.id.as_str(), pair.text(lang))))
            .map(move |(key, text)| (key, text, lang))
    })
}

/// The DOM id of a term occurrence: stable for a given pack.
pub fn occurrence_id(lang: Lang, occurrence: usize) -> String {
    format!("term-{}-{}", lang.code(), occurrence + 1)
}

/// Reads an occurrence back from its DOM id.
pub fn parse_occurrence_id(id: &str) -> Option<(Lang, usize)> {
    let rest = id.strip_prefix("term-")?;
    let (code, number) = rest.split_once('-')?;
    let lang = Lang::BOTH.into_iter().find(|lang| lang.code() == code)?;
    let number: usize = number.parse().ok()?;
    Some((lang, number.checked_sub(1)?))
}

/// Cuts `text` into plain pieces and terms.
pub fn segments<'a>(text: &'a str, spans: &[TermSpan]) -> Vec<Segment<'a>> {
    let mut pieces = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for span in spans {
        if span.start > at {
            pieces.push(Segment::Plain(&text[at..span.start]));
        }
        pieces.push(Segment::Term(&text[span.start..span.end], *span));
        at = span.end;
    }
    if at < text.len() {
        pieces.push(Segment::Plain(&text[at..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_text_exactly() {
        let text = "增强“四个意识”、坚定“四个自信”";
        let span = |start, end, occurrence| TermSpan { start, end, entry: 0, form: 0, occurrence };
        let a = text.find("四个意识").unwrap();
        let b = text.find("四个自信").unwrap();
        let spans = [span(a, a + 12, 0), span(b, b + 12, 1)];
        let pieces = segments(text, &spans);
        assert_eq!(pieces.len(), 5);
        let rebuilt: String = pieces
            .iter()
            .map(|piece| match piece {
                Segment::Plain(s) | Segment::Term(s, _) => *s,
            })
            .collect();
        assert_eq!(rebuilt, text);
        assert!(matches!(pieces[1], Segment::Term("四个意识", _)));
        assert!(matches!(pieces[4], Segment::Plain("”")));
    }

    #[test]
    fn occurrence_ids_are_one_based_per_language() {
        assert_eq!(occurrence_id(Lang::Zh, 0), "term-zh-1");
        assert_eq!(occurrence_id(Lang::En, 9), "term-en-10");
        assert_eq!(parse_occurrence_id("term-en-10"), Some((Lang::En, 9)));
        assert_eq!(parse_occurrence_id("term-zh-0"), None);
        assert_eq!(parse_occurrence_id("term-fr-1"), None);
        assert_eq!(parse_occurrence_id("p1.s1"), None);
    }
}
