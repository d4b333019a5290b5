//! The term matcher (one Aho–Corasick automaton per language) against a naive
//! per-term scan, on the generated long pack (tests/fixtures/packs/long-300x500.json:
//! 300 paragraphs, 900 sentence pairs, 500 glossary entries).
//!
//! For N in 10, 100 and 500, the glossary is the pack's first N entries and
//! the text is every sentence of the article in both languages. Benchmarks:
//!
//! - `find/matcher/N`: `TermMatcher::find` over every sentence, the automaton
//!   built once outside the timed loop;
//! - `find/naive/N`: the same results computed the naive way: for every form,
//!   a `str::find` scan from every position where it occurs, then the same
//!   whole-word filter and leftmost-longest resolution;
//! - `build/matcher/N`: building the automata (`TermMatcher::new`).
//!
//! Before any timing, both are checked to give identical matches for every
//! sentence in both languages; a difference panics.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tifa::domain::glossary::GlossaryEntry;
use tifa::domain::language::Lang;
use tifa::domain::matcher::{is_whole_word, leftmost_longest, TermMatch, TermMatcher};
use tifa::domain::pack::load_pack;

const PACK_FILE: &str = "tests/fixtures/packs/long-300x500.json";
const PACK_JSON: &str = include_str!("../../../tests/fixtures/packs/long-300x500.json");

/// Glossary sizes measured.
const SIZES: [usize; 3] = [10, 100, 500];

/// The reference: one plain substring scan per form, no automaton.
struct NaiveMatcher {
    en: Vec<Form>,
    zh: Vec<Form>,
}

/// One surface form, with the entry and form index it came from. English
/// forms are kept lower-cased (ASCII only, which keeps byte offsets).
struct Form {
    text: String,
    entry: usize,
    form: usize,
}

impl NaiveMatcher {
    fn new(glossary: &[GlossaryEntry]) -> Self {
        let forms = |lang: Lang| {
            let mut forms = Vec::new();
            for (entry, glossary_entry) in glossary.iter().enumerate() {
                for (form, text) in glossary_entry.forms.get(lang).iter().enumerate() {
                    if !text.is_empty() {
                        let text = if lang == Lang::En {
                            text.to_ascii_lowercase()
                        } else {
                            text.clone()
                        };
                        forms.push(Form { text, entry, form });
                    }
                }
            }
            forms
        };
        Self {
            en: forms(Lang::En),
            zh: forms(Lang::Zh),
        }
    }

    fn find(&self, text: &str, lang: Lang) -> Vec<TermMatch> {
        let (forms, haystack) = match lang {
            // ASCII case-insensitive, as the automaton: fold the text once.
            Lang::En => (&self.en, std::borrow::Cow::Owned(text.to_ascii_lowercase())),
            Lang::Zh => (&self.zh, std::borrow::Cow::Borrowed(text)),
        };
        let mut candidates = Vec::new();
        for form in forms {
            // Every occurrence, overlapping ones included: resume one
            // character after each start.
            let mut from = 0;
            while let Some(offset) = haystack[from..].find(form.text.as_str()) {
                let start = from + offset;
                let end = start + form.text.len();
                if lang == Lang::Zh || is_whole_word(text, start, end) {
                    candidates.push(TermMatch {
                        start,
                        end,
                        entry: form.entry,
                        form: form.form,
                    });
                }
                from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        leftmost_longest(candidates)
    }
}

fn bench(c: &mut Criterion) {
    let pack = load_pack(PACK_FILE, PACK_JSON)
        .unwrap_or_else(|errors| panic!("{PACK_FILE} does not load: {errors:?}"));
    let glossary = pack.glossary();
    assert!(
        glossary.len() >= SIZES[SIZES.len() - 1],
        "{PACK_FILE} has only {} entries",
        glossary.len()
    );
    let sentences: Vec<(&str, Lang)> = pack
        .article()
        .paragraphs
        .iter()
        .flat_map(|paragraph| &paragraph.sentences)
        .flat_map(|sentence| Lang::BOTH.map(|lang| (sentence.text(lang), lang)))
        .collect();
    let bytes: usize = sentences.iter().map(|(text, _)| text.len()).sum();

    let mut find = c.benchmark_group("find");
    find.throughput(Throughput::Bytes(bytes as u64));
    for n in SIZES {
        let terms = &glossary[..n];
        let matcher = TermMatcher::new(terms);
        let naive = NaiveMatcher::new(terms);
        // Same results, checked once, outside the timing.
        let mut found = 0;
        for &(text, lang) in &sentences {
            let expected = naive.find(text, lang);
            assert_eq!(
                matcher.find(text, lang),
                expected,
                "{n} terms, {lang:?}: {text}"
            );
            found += expected.len();
        }
        assert!(found > 0, "{n} terms found nothing");

        find.bench_with_input(
            BenchmarkId::new("matcher", n),
            &sentences,
            |b, sentences| {
                b.iter(|| {
                    for &(text, lang) in sentences {
                        black_box(matcher.find(black_box(text), lang));
                    }
                })
            },
        );
        find.bench_with_input(BenchmarkId::new("naive", n), &sentences, |b, sentences| {
            b.iter(|| {
                for &(text, lang) in sentences {
                    black_box(naive.find(black_box(text), lang));
                }
            })
        });
    }
    find.finish();

    let mut build = c.benchmark_group("build");
    for n in SIZES {
        let terms = &glossary[..n];
        build.bench_with_input(BenchmarkId::new("matcher", n), terms, |b, terms| {
            b.iter(|| TermMatcher::new(black_box(terms)))
        });
    }
    build.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
