//! Property-based fuzzing of term matching (`TermMatcher::find`).
//!
//! Every property checks, for both languages, that `find` does not panic and
//! that its matches
//! - lie inside the text, on character boundaries, sorted and not overlapping;
//! - are valid: the slice equals the form (ASCII-case-insensitively in
//!   English, exactly in Chinese) and, in English, is a whole word by the rule
//!   of `matcher.rs` (letters, digits and `-` are word characters; a match may
//!   not start with a word character right after one, nor end with one right
//!   before one);
//! - are leftmost-longest: no valid candidate starts where a match starts and
//!   ends later, and every valid candidate overlaps a chosen match;
//! - equal, entry and form included, what a naive reference gives: try every
//!   form at every character position, keep the valid ones, sort them by
//!   start, then longest, then entry and form, and take them greedily.
//!
//! The number of cases per property is `TIFA_FUZZ_CASES` (default 256);
//! `scripts/fuzz.sh` runs many more in release mode. Properties are named
//! `prop_*` so that the script can count them.

mod common;

use proptest::prelude::*;
use proptest::sample::Index;

use tifa::domain::glossary::{GlossaryEntry, SurfaceForms};
use tifa::domain::language::Lang;
use tifa::domain::matcher::{TermMatch, TermMatcher};

use common::fuzz_config as config;

// ---------------------------------------------------------------------------
// Generated material
// ---------------------------------------------------------------------------

/// Words that make up texts and forms, so that forms actually occur. Non-ASCII
/// letters test the word rule (`é` is a letter; ASCII case folding leaves it).
const WORDS: &[&str] = &[
    "era", "new", "New Era", "operation", "party", "Party", "committee", "Committee", "foreign", "affairs",
    "Xi", "Jinping", "secretary", "Secretary-General", "general", "opening", "up", "patterns", "two",
    "maintenances", "four", "consciousness", "a", "A", "an", "I", "é", "café", "naïve", "straße", "İstanbul",
    "ǅ", "2020", "g20", "G20", "x1", "-", "--", "e-", "-e",
];
/// Chinese: the default pack's terms, a few other ideographs, an extension-B
/// character (4 bytes in UTF-8) and CJK punctuation.
const CJK: &[&str] = &[
    "区委", "外事", "工作", "委员会", "外事工作委员会", "书记", "副书记", "两个维护", "四个意识", "维护", "个", "两",
    "滨海", "海", "津滨网", "𠀀", "𪚥", "。", "，", "“", "”", "、", "（", "）", "　",
];
const COMBINING: &[&str] = &["\u{301}", "\u{308}", "\u{327}", "\u{20DD}", "\u{FE0F}", "e\u{301}", "\u{1AB0}"];
const EMOJI: &[&str] = &["😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "🏳️‍🌈", "🧑🏿‍🚀", "©", "™"];
const RTL: &[&str] = &["مرحبا", "שלום", "\u{200F}", "\u{202E}", "\u{202B}", "ع", "١٢٣"];
const ZERO_WIDTH: &[&str] = &["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{2060}", "\u{00AD}"];
const SEPARATORS: &[&str] = &[" ", " ", " ", "-", "'", "’", ",", ".", "(", ")", "\"", "\n", "\t", "_", "/", "\u{A0}"];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(str::to_owned)
}

/// Flips the case of the ASCII letters whose bit is set in `mask`.
fn flip_case(text: &str, mask: u64) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if mask >> (i % 64) & 1 == 1 {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            } else {
                c
            }
        })
        .collect()
}

/// One piece of text: mostly words and separators, with everything else mixed in.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (pick(WORDS), any::<u64>()).prop_map(|(word, mask)| flip_case(&word, mask)),
        5 => pick(SEPARATORS),
        4 => pick(CJK),
        1 => pick(COMBINING),
        1 => pick(EMOJI),
        1 => pick(RTL),
        1 => pick(ZERO_WIDTH),
        1 => any::<char>().prop_map(String::from),
        1 => "[0-9]{1,3}",
    ]
}

fn mixed_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

/// How a form is made; substrings of the text are cut once the text is known.
#[derive(Clone, Debug)]
enum FormSpec {
    Literal(String),
    /// A substring of the text: start and length in characters, and a case mask.
    Substring(Index, usize, u64),
}

fn literal_form() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (prop::collection::vec(pick(WORDS), 1..4), prop::sample::select(&[" ", "-", " "][..]), any::<u64>())
            .prop_map(|(words, joiner, mask)| flip_case(&words.join(joiner), mask)),
        4 => prop::collection::vec(pick(CJK), 1..4).prop_map(|parts| parts.concat()),
        1 => (pick(WORDS), pick(COMBINING)).prop_map(|(word, mark)| word + &mark),
        1 => pick(EMOJI),
        1 => pick(RTL),
        1 => (pick(ZERO_WIDTH), pick(CJK)).prop_map(|(zw, cjk)| zw + &cjk),
        1 => prop::collection::vec(piece(), 1..4).prop_map(|pieces| pieces.concat()),
        1 => Just(String::new()),
        1 => ".{1,6}",
    ]
}

fn form_spec() -> impl Strategy<Value = FormSpec> {
    prop_oneof![
        1 => literal_form().prop_map(FormSpec::Literal),
        1 => (any::<Index>(), 1usize..12, prop_oneof![Just(0u64), any::<u64>()])
            .prop_map(|(start, len, mask)| FormSpec::Substring(start, len, mask)),
    ]
}

type EntrySpec = (Vec<FormSpec>, Vec<FormSpec>);

fn glossary_spec() -> impl Strategy<Value = Vec<EntrySpec>> {
    prop::collection::vec(
        (prop::collection::vec(form_spec(), 0..4), prop::collection::vec(form_spec(), 0..4)),
        1..=50,
    )
}

fn resolve(spec: &FormSpec, text: &str) -> String {
    match spec {
        FormSpec::Literal(form) => form.clone(),
        FormSpec::Substring(start, len, mask) => {
            let chars: Vec<char> = text.chars().collect();
            if chars.is_empty() {
                return String::new();
            }
            let start = start.index(chars.len());
            let end = (start + len).min(chars.len());
            flip_case(&chars[start..end].iter().collect::<String>(), *mask)
        }
    }
}

fn entry(index: usize, en: Vec<String>, zh: Vec<String>) -> GlossaryEntry {
    GlossaryEntry {
        id: format!("e{index}"),
        forms: SurfaceForms { en, zh },
        ..Default::default()
    }
}

/// The glossary of `specs`, with substring forms cut from `text`.
fn build_glossary(specs: &[EntrySpec], text: &str) -> Vec<GlossaryEntry> {
    specs
        .iter()
        .enumerate()
        .map(|(index, (en, zh))| {
            entry(
                index,
                en.iter().map(|spec| resolve(spec, text)).collect(),
                zh.iter().map(|spec| resolve(spec, text)).collect(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The reference and the checks
// ---------------------------------------------------------------------------

/// The word rule of `matcher.rs`, restated.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

fn passes_boundary_rule(text: &str, start: usize, end: usize, lang: Lang) -> bool {
    if lang == Lang::Zh {
        return true;
    }
    let matched = &text[start..end];
    let (Some(first), Some(last)) = (matched.chars().next(), matched.chars().last()) else {
        return false;
    };
    let before = text[..start].chars().last();
    let after = text[end..].chars().next();
    let glued_before = is_word_char(first) && before.is_some_and(is_word_char);
    let glued_after = is_word_char(last) && after.is_some_and(is_word_char);
    !glued_before && !glued_after
}

fn form_matches(slice: &[u8], form: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => slice.eq_ignore_ascii_case(form.as_bytes()),
        Lang::Zh => slice == form.as_bytes(),
    }
}

/// The strings a form matches: English apostrophes either way (' or ’).
fn surfaces(form: &str, lang: Lang) -> Vec<String> {
    let mut all = vec![form.to_owned()];
    if lang == Lang::En {
        for variant in [form.replace('\'', "\u{2019}"), form.replace('\u{2019}', "'")] {
            if !all.contains(&variant) {
                all.push(variant);
            }
        }
    }
    all
}

/// Every valid candidate: each non-empty form tried at every character position.
fn candidates(glossary: &[GlossaryEntry], text: &str, lang: Lang) -> Vec<TermMatch> {
    let mut found = Vec::new();
    for (start, _) in text.char_indices() {
        for (entry, glossary_entry) in glossary.iter().enumerate() {
            for (form, typed) in glossary_entry.forms.get(lang).iter().enumerate() {
                for surface in surfaces(typed, lang) {
                    let end = start + surface.len();
                    if surface.is_empty() || end > text.len() {
                        continue;
                    }
                    if form_matches(&text.as_bytes()[start..end], &surface, lang)
                        && text.is_char_boundary(end)
                        && passes_boundary_rule(text, start, end, lang)
                    {
                        found.push(TermMatch { start, end, entry, form });
                    }
                }
            }
        }
    }
    found
}

/// Greedy leftmost-longest over the candidates; ties to the earlier entry, then form.
fn reference(glossary: &[GlossaryEntry], text: &str, lang: Lang) -> Vec<TermMatch> {
    let mut all = candidates(glossary, text, lang);
    all.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.entry, m.form));
    let mut chosen: Vec<TermMatch> = Vec::new();
    for candidate in all {
        if chosen.last().is_none_or(|last| candidate.start >= last.end) {
            chosen.push(candidate);
        }
    }
    chosen
}

fn check_find(glossary: &[GlossaryEntry], text: &str) -> Result<(), TestCaseError> {
    let matcher = TermMatcher::new(glossary);
    for lang in [Lang::En, Lang::Zh] {
        let found = matcher.find(text, lang);
        let valid = candidates(glossary, text, lang);
        let mut previous_end = 0;
        for m in &found {
            prop_assert!(m.start < m.end && m.end <= text.len(), "{lang:?}: range {m:?} outside text of {} bytes", text.len());
            prop_assert!(
                text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                "{lang:?}: {m:?} not on character boundaries"
            );
            prop_assert!(m.start >= previous_end, "{lang:?}: {m:?} overlaps or precedes the previous match");
            previous_end = m.end;
            let form = glossary
                .get(m.entry)
                .and_then(|entry| entry.forms.get(lang).get(m.form))
                .ok_or_else(|| TestCaseError::fail(format!("{lang:?}: {m:?} names no form")))?;
            let slice = &text[m.start..m.end];
            match lang {
                Lang::En => prop_assert!(surfaces(form, lang).iter().any(|s| slice.eq_ignore_ascii_case(s)), "{slice:?} is not {form:?}"),
                Lang::Zh => prop_assert_eq!(slice, form.as_str()),
            }
            prop_assert!(passes_boundary_rule(text, m.start, m.end, lang), "{lang:?}: {slice:?} at {} is not a whole word", m.start);
            prop_assert!(
                !valid.iter().any(|c| c.start == m.start && c.end > m.end),
                "{lang:?}: a longer candidate starts where {m:?} does"
            );
        }
        for c in &valid {
            prop_assert!(
                found.iter().any(|m| m.start < c.end && c.start < m.end),
                "{lang:?}: candidate {c:?} ({:?}) overlaps no match",
                &text[c.start..c.end]
            );
        }
        prop_assert_eq!(&found, &reference(glossary, text, lang), "{:?}: differs from the naive reference", lang);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Mixed texts (words, separators, CJK, combining marks, emoji, RTL,
    /// zero-width) and 1–50 entries whose forms are drawn from the same mix
    /// and from substrings of the text.
    #[test]
    fn prop_find_agrees_with_the_naive_reference(text in mixed_text(), specs in glossary_spec()) {
        let glossary = build_glossary(&specs, &text);
        check_find(&glossary, &text)?;
    }

    /// English-heavy: texts of words and separators only, forms of words in
    /// random case, so that many forms nest, overlap and sit against hyphens.
    #[test]
    fn prop_english_words_nest_and_overlap(
        words in prop::collection::vec((pick(WORDS), pick(SEPARATORS), any::<u64>()), 0..40),
        specs in prop::collection::vec(
            (prop::collection::vec(
                prop_oneof![
                    (prop::collection::vec(pick(WORDS), 1..4), prop::sample::select(&[" ", "-"][..]), any::<u64>())
                        .prop_map(|(words, joiner, mask)| FormSpec::Literal(flip_case(&words.join(joiner), mask))),
                    (any::<Index>(), 1usize..20, any::<u64>()).prop_map(|(start, len, mask)| FormSpec::Substring(start, len, mask)),
                ],
                0..4,
            ), Just(vec![])),
            1..=50,
        ),
    ) {
        let text: String = words.iter().map(|(word, separator, mask)| flip_case(word, *mask) + separator).collect();
        let glossary = build_glossary(&specs, &text);
        check_find(&glossary, &text)?;
    }

    /// Arbitrary Unicode texts and forms, including substrings of the text.
    #[test]
    fn prop_arbitrary_unicode(
        text in ".{0,80}",
        specs in prop::collection::vec(
            (
                prop::collection::vec(prop_oneof![
                    ".{0,5}".prop_map(FormSpec::Literal),
                    (any::<Index>(), 1usize..8, any::<u64>()).prop_map(|(start, len, mask)| FormSpec::Substring(start, len, mask)),
                ], 0..4),
                prop::collection::vec(prop_oneof![
                    ".{0,5}".prop_map(FormSpec::Literal),
                    (any::<Index>(), 1usize..8).prop_map(|(start, len)| FormSpec::Substring(start, len, 0)),
                ], 0..4),
            ),
            1..=50,
        ),
    ) {
        let glossary = build_glossary(&specs, &text);
        check_find(&glossary, &text)?;
    }
}

/// The reference itself, on the cases the unit tests of `matcher.rs` pin down.
#[test]
fn the_reference_agrees_with_the_documented_examples() {
    let glossary = [
        entry(0, vec!["foreign affairs".into()], vec!["外事".into()]),
        entry(1, vec!["Foreign Affairs Working Committee".into()], vec!["外事工作委员会".into()]),
        entry(2, vec!["era".into(), "Secretary".into(), "Xi Jinping".into()], vec!["书记".into(), "副书记".into()]),
    ];
    let text = "the Foreign Affairs Working Committee; operation, era-defining, Secretary-General, Xi Jinping's 区委副书记 外事工作委员会";
    let en: Vec<&str> = reference(&glossary, text, Lang::En).iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(en, ["Foreign Affairs Working Committee", "Xi Jinping"]);
    let zh: Vec<&str> = reference(&glossary, text, Lang::Zh).iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(zh, ["副书记", "外事工作委员会"]);
    check_find(&glossary, text).unwrap();
}
