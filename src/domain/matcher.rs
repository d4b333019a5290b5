//! Finding glossary terms in text with one Aho–Corasick automaton per
//! language: English case-insensitively on whole words, Chinese exactly.
//! Overlapping and nested forms resolve to the leftmost, then the longest.
//! An English apostrophe matches either way it is typed (' or ’): official
//! English uses both, often in the same text.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::glossary::GlossaryEntry;
use super::language::Lang;

/// A term found in a text: a byte range on character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermMatch {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Index of the glossary entry.
    pub entry: usize,
    /// Index of the form within the entry's forms for this language.
    pub form: usize,
}

/// The automaton of one language and, for each of its patterns, the entry and
/// form it came from.
struct LanguageMatcher {
    automaton: AhoCorasick,
    sources: Vec<(usize, usize)>,
    whole_words: bool,
}

/// Finds the terms of one glossary in any text.
pub struct TermMatcher {
    en: Option<LanguageMatcher>,
    zh: Option<LanguageMatcher>,
}

impl TermMatcher {
    /// Builds the automata. Empty forms are skipped (the validator reports them).
    pub fn new(glossary: &[GlossaryEntry]) -> Self {
        Self {
            en: LanguageMatcher::new(glossary, Lang::En),
            zh: LanguageMatcher::new(glossary, Lang::Zh),
        }
    }

    /// The terms in `text`, in order, none overlapping.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<TermMatch> {
        let matcher = match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        };
        matcher.as_ref().map_or_else(Vec::new, |matcher| matcher.find(text))
    }
}

impl LanguageMatcher {
    fn new(glossary: &[GlossaryEntry], lang: Lang) -> Option<Self> {
        let mut patterns: Vec<String> = Vec::new();
        let mut sources = Vec::new();
        for (entry_index, entry) in glossary.iter().enumerate() {
            for (form_index, form) in entry.forms.get(lang).iter().enumerate() {
                if form.is_empty() {
                    continue;
                }
                let surfaces = if lang == Lang::En { apostrophe_variants(form) } else { vec![form.clone()] };
                for surface in surfaces {
                    patterns.push(surface);
                    sources.push((entry_index, form_index));
                }
            }
        }
        if patterns.is_empty() {
            return None;
        }
        // Standard semantics with overlapping search yields every occurrence of
        // every form; whole-word filtering must come before choosing the
        // longest, or a rejected long match could hide a valid shorter one.
        // Always the non-contiguous NFA: glossaries are small and sentences
        // short, it builds fastest, and fixing the kind lets the wasm build
        // drop the other automata.
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(lang == Lang::En)
            .build(&patterns)
            .ok()?;
        Some(Self {
            automaton,
            sources,
            whole_words: lang == Lang::En,
        })
    }

    fn find(&self, text: &str) -> Vec<TermMatch> {
        let candidates: Vec<TermMatch> = self
            .automaton
            .find_overlapping_iter(text)
            .filter(|found| !self.whole_words || is_whole_word(text, found.start(), found.end()))
            .map(|found| {
                let (entry, form) = self.sources[found.pattern().as_usize()];
                TermMatch {
                    start: found.start(),
                    end: found.end(),
                    entry,
                    form,
                }
            })
            .collect();
        leftmost_longest(candidates)
    }
}

/// An English form as typed, with straight apostrophes made curly, and
/// with curly ones made straight (each once).
pub fn apostrophe_variants(form: &str) -> Vec<String> {
    let mut variants = vec![form.to_owned()];
    for variant in [form.replace('\'', "\u{2019}"), form.replace('\u{2019}', "'")] {
        if !variants.contains(&variant) {
            variants.push(variant);
        }
    }
    variants
}

/// Chooses, from every candidate occurrence, the leftmost, then the
/// longest, none overlapping; ties go to the earlier entry and form.
pub fn leftmost_longest(mut candidates: Vec<TermMatch>) -> Vec<TermMatch> {
    candidates.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.entry, m.form));
    let mut chosen: Vec<TermMatch> = Vec::new();
    for candidate in candidates {
        if chosen.last().is_none_or(|last| candidate.start >= last.end) {
            chosen.push(candidate);
        }
    }
    chosen
}

/// Letters, digits and hyphens make up words: "era" is not a word inside
/// "operation", nor "Secretary" inside "Secretary-General"; an apostrophe
/// ends one, so "Xi Jinping" is found in "Xi Jinping's".
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Whether `text[start..end]` neither starts nor ends inside a word.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let matched = &text[start..end];
    let starts_word = matched.chars().next().is_some_and(is_word_char);
    let ends_word = matched.chars().next_back().is_some_and(is_word_char);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !(starts_word && before.is_some_and(is_word_char)) && !(ends_word && after.is_some_and(is_word_char))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::glossary::SurfaceForms;

    fn entry(id: &str, en: &[&str], zh: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            id: id.into(),
            forms: SurfaceForms {
                en: en.iter().map(|s| s.to_string()).collect(),
                zh: zh.iter().map(|s| s.to_string()).collect(),
            },
            ..Default::default()
        }
    }

    fn found<'t>(matcher: &TermMatcher, text: &'t str, lang: Lang) -> Vec<(&'t str, usize)> {
        matcher.find(text, lang).iter().map(|m| (&text[m.start..m.end], m.entry)).collect()
    }

    #[test]
    fn english_is_case_insensitive_on_whole_words() {
        let matcher = TermMatcher::new(&[entry("era", &["new era"], &[]), entry("op", &["era"], &[])]);
        assert_eq!(found(&matcher, "The New Era; a new era.", Lang::En), [("New Era", 0), ("new era", 0)]);
        assert_eq!(found(&matcher, "operation, eras, era-defining", Lang::En), []);
        assert_eq!(found(&matcher, "(era)", Lang::En), [("era", 1)]);
    }

    #[test]
    fn hyphens_join_words_and_apostrophes_do_not() {
        let matcher = TermMatcher::new(&[
            entry("secretary", &["Secretary"], &[]),
            entry("xi", &["Xi Jinping"], &[]),
        ]);
        assert_eq!(found(&matcher, "Secretary-General", Lang::En), []);
        assert_eq!(found(&matcher, "Deputy Secretary, Xi Jinping's", Lang::En), [("Secretary", 0), ("Xi Jinping", 1)]);
    }

    #[test]
    fn longest_wins_among_nested_forms_and_leftmost_among_overlapping() {
        let matcher = TermMatcher::new(&[
            entry("fa", &["foreign affairs"], &["外事"]),
            entry("committee", &["Foreign Affairs Working Committee"], &["外事工作委员会"]),
            entry("district", &["District Party Committee"], &["区委"]),
            entry("deputy", &[], &["副书记"]),
            entry("secretary", &[], &["书记"]),
        ]);
        assert_eq!(
            found(&matcher, "the Foreign Affairs Working Committee of the District Party Committee on foreign affairs", Lang::En),
            [("Foreign Affairs Working Committee", 1), ("District Party Committee", 2), ("foreign affairs", 0)]
        );
        assert_eq!(found(&matcher, "区委外事工作委员会", Lang::Zh), [("区委", 2), ("外事工作委员会", 1)]);
        assert_eq!(found(&matcher, "区委副书记", Lang::Zh), [("区委", 2), ("副书记", 3)]);
    }

    #[test]
    fn a_rejected_long_match_does_not_hide_a_valid_short_one() {
        let matcher = TermMatcher::new(&[entry("long", &["opening up patterns"], &[]), entry("short", &["opening up"], &[])]);
        assert_eq!(found(&matcher, "opening up patternsx", Lang::En), [("opening up", 1)]);
    }

    #[test]
    fn chinese_is_exact_and_variants_map_to_one_entry() {
        let matcher = TermMatcher::new(&[entry("two", &["two maintenances", "two safeguards"], &["两个维护"])]);
        assert_eq!(
            found(&matcher, "the \"two maintenances\" and the \"two safeguards\"", Lang::En),
            [("two maintenances", 0), ("two safeguards", 0)]
        );
        assert_eq!(found(&matcher, "做到“两个维护”，落实“两个维护”", Lang::Zh), [("两个维护", 0), ("两个维护", 0)]);
        assert_eq!(found(&matcher, "两个 维护", Lang::Zh), []);
    }

    #[test]
    fn ranges_fall_on_character_boundaries_in_mixed_text() {
        let matcher = TermMatcher::new(&[entry("x", &["Binhai"], &["滨海", "海"])]);
        let text = "😀滨海é Binhai 滨́海";
        for lang in [Lang::En, Lang::Zh] {
            for m in matcher.find(text, lang) {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
        assert_eq!(found(&matcher, text, Lang::Zh), [("滨海", 0), ("海", 0)]);
        assert_eq!(found(&matcher, text, Lang::En), [("Binhai", 0)]);
    }

    #[test]
    fn an_empty_glossary_finds_nothing() {
        let matcher = TermMatcher::new(&[]);
        assert_eq!(matcher.find("anything", Lang::En), []);
    }
}

#[cfg(test)]
mod apostrophe_tests {
    use super::*;
    use crate::domain::glossary::SurfaceForms;

    #[test]
    fn an_apostrophe_matches_either_way_it_is_typed() {
        let entry = GlossaryEntry {
            forms: SurfaceForms { en: vec!["people's congress".into()], zh: vec![] },
            ..GlossaryEntry::default()
        };
        let matcher = TermMatcher::new(&[entry]);
        for text in ["the people's congress", "the people’s congress"] {
            let found = matcher.find(text, Lang::En);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(&text[found[0].start..found[0].end], &text[4..]);
        }
        assert_eq!(apostrophe_variants("it’s"), ["it’s", "it's"]);
        assert_eq!(apostrophe_variants("plain"), ["plain"]);
    }
}
