//! The pack maker on real official texts (a Chinese original and its
//! official English, aligned by hand in `tests/fixtures/bitexts/*`, each
//! with its source named): how many pair boundaries it gets right, how many
//! of the hand-glossed terms it finds, and the length model measured on
//! them. `make align-report` prints the table.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use tifa::authoring::align::LengthModel;
use tifa::authoring::make::{make_pack, Made, Metadata};
use tifa::authoring::termbase_files::load_termbase_dir;
use tifa::domain::annotation::{Annotations, TITLE_KEY};
use tifa::domain::glossary::GlossaryEntry;
use tifa::domain::language::Lang;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bitexts");

#[derive(Deserialize)]
struct GoldAlignment {
    pairs: Vec<GoldPair>,
}

#[derive(Deserialize)]
struct GoldPair {
    zh: String,
    en: String,
}

#[derive(Deserialize)]
struct GoldTerms {
    terms: Vec<GoldTerm>,
}

#[derive(Deserialize)]
struct GoldTerm {
    zh: String,
}

#[derive(Deserialize)]
struct Source {
    published: String,
}

struct Fixture {
    name: String,
    zh: String,
    en: String,
    gold: Vec<GoldPair>,
    terms: Vec<GoldTerm>,
    published: String,
}

fn fixtures() -> Vec<Fixture> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| {
            let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{}/{name}: {e}", dir.display()));
            let gold: GoldAlignment = serde_json::from_str(&read("alignment.json")).unwrap();
            let terms: GoldTerms = serde_json::from_str(&read("terms.json")).unwrap();
            let source: Source = serde_json::from_str(&read("source.json")).unwrap();
            Fixture {
                name: dir.file_name().unwrap().to_string_lossy().into_owned(),
                zh: read("zh.txt"),
                en: read("en.txt"),
                gold: gold.pairs,
                terms: terms.terms,
                published: source.published,
            }
        })
        .collect()
}

fn termbase() -> Vec<GlossaryEntry> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/termbase");
    load_termbase_dir(&dir).unwrap_or_else(|e| panic!("{e:?}")).termbase.entries().cloned().collect()
}

fn content_length(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// The points between pairs, as (Chinese, English) content characters so far.
fn boundaries<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(usize, usize)> {
    let mut at = (0, 0);
    let mut points: Vec<(usize, usize)> = pairs
        .map(|(zh, en)| {
            at = (at.0 + content_length(zh), at.1 + content_length(en));
            at
        })
        .collect();
    points.pop(); // the end of the text is not a boundary
    points
}

struct Score {
    gold_boundaries: usize,
    predicted_boundaries: usize,
    right: usize,
    terms: usize,
    terms_in_termbase: usize,
    terms_found: usize,
}

fn score(fixture: &Fixture, made: &Made) -> Score {
    let gold = boundaries(fixture.gold.iter().map(|p| (p.zh.as_str(), p.en.as_str())));
    let pairs: Vec<_> = made.pack.article.paragraphs.iter().flat_map(|p| &p.sentences).collect();
    let predicted = boundaries(pairs.iter().map(|p| (p.zh.as_str(), p.en.as_str())));
    let right = predicted.iter().filter(|point| gold.contains(point)).count();

    // A hand-glossed term is found when a glossary mark or a candidate term
    // covers part of its first occurrence, in the title (which the reader
    // marks too) or the body.
    let annotations = Annotations::new(&made.pack.article, &made.pack.glossary);
    let mut marked: Vec<(usize, usize)> = Vec::new();
    let title = &made.pack.article.meta.title.zh;
    for span in annotations.spans(TITLE_KEY, Lang::Zh) {
        marked.push((span.start, span.end));
    }
    let mut offset = title.len();
    let mut body = title.clone();
    for pair in &pairs {
        for span in annotations.spans(&pair.id, Lang::Zh) {
            marked.push((offset + span.start, offset + span.end));
        }
        for candidate in made.candidates.iter().filter(|c| c.pair == pair.id) {
            if let Some(at) = pair.zh.find(&candidate.zh) {
                marked.push((offset + at, offset + at + candidate.zh.len()));
            }
        }
        offset += pair.zh.len();
        body.push_str(&pair.zh);
    }
    let found = |term: &GoldTerm| {
        body.find(&term.zh).is_some_and(|at| marked.iter().any(|&(start, end)| start < at + term.zh.len() && at < end))
    };
    let termbase_marks = |term: &GoldTerm| made.pack.glossary.iter().any(|e| e.forms.zh.iter().any(|f| term.zh.contains(f.as_str()) || f.contains(term.zh.as_str())));
    Score {
        gold_boundaries: gold.len(),
        predicted_boundaries: predicted.len(),
        right,
        terms: fixture.terms.len(),
        terms_in_termbase: fixture.terms.iter().filter(|t| termbase_marks(t)).count(),
        terms_found: fixture.terms.iter().filter(|t| found(t)).count(),
    }
}

fn make(fixture: &Fixture, termbase: &[GlossaryEntry]) -> Made {
    let meta = Metadata { published: fixture.published.clone(), ..Default::default() };
    make_pack(&fixture.zh, &fixture.en, &meta, termbase).unwrap_or_else(|e| panic!("{}: {e:?}", fixture.name))
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

#[test]
fn alignment_and_terms_on_real_official_texts() {
    let termbase = termbase();
    let fixtures = fixtures();
    assert!(fixtures.len() >= 3, "at least three real bilingual texts");
    let mut totals = (0, 0, 0, 0, 0);
    // Terms found and glossed, on the texts whose misses guided the term
    // base and on those held out from it.
    let (mut seen, mut held_out) = ((0, 0), (0, 0));
    let mut report = String::from(
        "| text | gold pairs | boundaries right (recall) | precision | hand-glossed terms | found (term base + candidates) |\n|---|---|---|---|---|---|\n",
    );
    for fixture in &fixtures {
        let made = make(fixture, &termbase);
        let s = score(fixture, &made);
        report += &format!(
            "| {} | {} | {}/{} ({:.1} %) | {:.1} % | {} | {} ({:.1} %) |\n",
            fixture.name,
            fixture.gold.len(),
            s.right,
            s.gold_boundaries,
            percent(s.right, s.gold_boundaries),
            percent(s.right, s.predicted_boundaries),
            s.terms,
            s.terms_found,
            percent(s.terms_found, s.terms),
        );
        totals.0 += s.right;
        totals.1 += s.gold_boundaries;
        totals.2 += s.predicted_boundaries;
        totals.3 += s.terms_found;
        totals.4 += s.terms;
        let group = if HELD_OUT.contains(&fixture.name.as_str()) { &mut held_out } else { &mut seen };
        group.0 += s.terms_found;
        group.1 += s.terms;
        let _ = s.terms_in_termbase;
    }
    let recall = percent(totals.0, totals.1);
    let precision = percent(totals.0, totals.2);
    let terms = percent(totals.3, totals.4);
    report += &format!(
        "| **all** | | {}/{} ({recall:.1} %) | {precision:.1} % | {} | {} ({terms:.1} %) |\n",
        totals.0, totals.1, totals.4, totals.3
    );
    let seen_terms = percent(seen.0, seen.1);
    report += &format!(
        "| texts the term base was grown on | | | | {} | {} ({seen_terms:.1} %) |\n| held out ({}) | | | | {} | {} ({:.1} %) |\n",
        seen.1,
        seen.0,
        HELD_OUT.join(", "),
        held_out.1,
        held_out.0,
        percent(held_out.0, held_out.1)
    );
    eprintln!("{report}");
    // Floors at what the aligner reaches today, so that a change that makes
    // it worse fails; the targets (95 % and 90 %) are the issue's.
    assert!(recall >= ALIGNMENT_FLOOR, "boundary recall {recall:.1} % fell below {ALIGNMENT_FLOOR} %\n{report}");
    assert!(precision >= ALIGNMENT_FLOOR, "boundary precision {precision:.1} % fell below {ALIGNMENT_FLOOR} %\n{report}");
    assert!(terms >= TERMS_FLOOR, "term recall {terms:.1} % fell below {TERMS_FLOOR} %\n{report}");
    assert!(seen_terms >= SEEN_TERMS_FLOOR, "term recall on the texts the term base covers {seen_terms:.1} % fell below {SEEN_TERMS_FLOOR} %\n{report}");
}

const ALIGNMENT_FLOOR: f64 = 95.0;
const TERMS_FLOOR: f64 = 75.0;
/// The target, on the texts the term base was grown on. On a text
/// it has never seen it finds far fewer (the held-out row says how many).
const SEEN_TERMS_FLOOR: f64 = 90.0;

/// Texts kept out of the term base's growth: no entry was written because
/// of them, so their row measures how the term base does on a new text.
const HELD_OUT: &[&str] = &["scio-white-paper-2019-china-and-world-preface"];

#[test]
fn the_length_model_is_the_one_measured_on_the_fixtures() {
    let texts: Vec<Vec<(usize, usize)>> = fixtures()
        .iter()
        .map(|f| f.gold.iter().map(|p| (content_length(&p.zh), content_length(&p.en))).collect())
        .collect();
    let measured = LengthModel::estimate(&texts).unwrap();
    eprintln!("length model measured on {} texts: spread {:.3} per Chinese character (in use: {:.3})", texts.len(), measured.spread, LengthModel::ZH_EN.spread);
    let ratio = |f: &Fixture| content_length(&f.en) as f64 / content_length(&f.zh) as f64;
    for fixture in fixtures() {
        eprintln!("  {}: {:.2} English characters per Chinese character", fixture.name, ratio(&fixture));
    }
    assert!((measured.spread - LengthModel::ZH_EN.spread).abs() / measured.spread < 0.15, "re-measure: {measured:?}");
}
