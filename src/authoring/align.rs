//! Sentence alignment: a dynamic program over the two texts' sentences that
//! groups them into beads (1–1, 1–2, 2–1, 2–2, 1–0, 0–1), scored by a length
//! model measured on real zh–en pairs and by anchors: terms of the term base
//! and numbers found on both sides of a bead reward it, on one side only
//! penalise it. A bead never spans two Chinese paragraphs (the pack keeps the
//! Chinese paragraphing); an English paragraph break inside a bead costs a
//! little, and one that coincides with a Chinese one is rewarded.

use std::collections::BTreeSet;
use std::ops::Range;

/// One sentence as the aligner sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unit {
    /// Characters that carry content (no white space).
    pub length: usize,
    /// The paragraph it is in.
    pub paragraph: usize,
    /// Term-base entries found in it (by index).
    pub terms: BTreeSet<usize>,
    /// Numbers found in it, normalised ("5", "26", "5.2").
    pub numbers: Vec<String>,
}

/// A group of Chinese sentences and the English sentences that translate them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bead {
    /// Chinese sentence indices.
    pub zh: Range<usize>,
    /// English sentence indices.
    pub en: Range<usize>,
}

/// How lengths relate in a translation. A text pair has its own ratio of
/// English to Chinese characters (the mean of the model is that ratio, taken
/// from the two texts' totals); a bead's ln(en / zh) strays from it with a
/// variance that shrinks with length: `spread² / Chinese characters`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LengthModel {
    /// The spread of ln(en / zh) for one Chinese character.
    pub spread: f64,
}

impl LengthModel {
    /// Measured on the hand-aligned official texts in `tests/fixtures/bitexts`
    /// (`make align-report` prints the estimate; a test keeps this close to it).
    pub const ZH_EN: LengthModel = LengthModel { spread: 1.0 };

    /// Estimates the spread from aligned texts, each a list of pairs of
    /// (Chinese, English) lengths.
    pub fn estimate(texts: &[Vec<(usize, usize)>]) -> Option<LengthModel> {
        let mut sum = 0.0;
        let mut count = 0usize;
        for pairs in texts {
            let mean = document_ratio(pairs.iter().map(|&(zh, _)| zh).sum(), pairs.iter().map(|&(_, en)| en).sum());
            for &(zh, en) in pairs.iter().filter(|&&(zh, en)| zh > 0 && en > 0) {
                sum += ((en as f64 / zh as f64).ln() - mean).powi(2) * zh as f64;
                count += 1;
            }
        }
        (count >= 2).then(|| LengthModel { spread: (sum / (count - 1) as f64).sqrt() })
    }

    /// The cost of a bead's lengths in a text whose ratio is `mean`.
    fn cost(self, mean: f64, zh: usize, en: usize) -> f64 {
        let z = ((en.max(1) as f64 / zh.max(1) as f64).ln() - mean) * (zh.max(1) as f64).sqrt() / self.spread;
        z * z / 2.0
    }
}

/// ln(English characters / Chinese characters) of a whole text.
pub fn document_ratio(zh: usize, en: usize) -> f64 {
    (en.max(1) as f64 / zh.max(1) as f64).ln()
}

/// The weights of the score; `Default` holds the values the fixtures were
/// measured with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// The length model.
    pub length: LengthModel,
    /// Reward for each term found on both sides.
    pub term_both: f64,
    /// Penalty for each term found on one side only.
    pub term_one_side: f64,
    /// Reward for each number found on both sides.
    pub number_both: f64,
    /// Penalty for each number found on one side only.
    pub number_one_side: f64,
    /// Penalty for an English paragraph break inside a bead.
    pub english_break_inside: f64,
    /// Reward for a bead that ends where both texts end a paragraph.
    pub paragraph_ends_together: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            length: LengthModel::ZH_EN,
            term_both: 1.5,
            term_one_side: 1.0,
            number_both: 1.5,
            number_one_side: 1.0,
            english_break_inside: 1.0,
            paragraph_ends_together: 1.0,
        }
    }
}

/// The bead shapes, each with its prior cost (−ln of how often it occurs).
const SHAPES: [(usize, usize, f64); 6] = [(1, 1, 0.1), (1, 2, 2.6), (2, 1, 2.8), (2, 2, 4.0), (1, 0, 5.0), (0, 1, 5.0)];

/// The best alignment of two sentence lists.
pub fn align(zh: &[Unit], en: &[Unit], weights: &Weights) -> Vec<Bead> {
    let (n, m) = (zh.len(), en.len());
    let mean = document_ratio(zh.iter().map(|u| u.length).sum(), en.iter().map(|u| u.length).sum());
    let mut cost = vec![vec![f64::INFINITY; m + 1]; n + 1];
    let mut back = vec![vec![(0usize, 0usize); m + 1]; n + 1];
    cost[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            if cost[i][j].is_infinite() {
                continue;
            }
            for &(a, b, prior) in &SHAPES {
                let (i2, j2) = (i + a, j + b);
                if i2 > n || j2 > m || (a == 2 && zh[i].paragraph != zh[i + 1].paragraph) {
                    continue;
                }
                let total = cost[i][j] + prior + bead_cost(&zh[i..i2], &en[j..j2], zh.get(i2), en.get(j2), mean, weights);
                if total < cost[i2][j2] {
                    cost[i2][j2] = total;
                    back[i2][j2] = (i, j);
                }
            }
        }
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (pi, pj) = back[i][j];
        beads.push(Bead { zh: pi..i, en: pj..j });
        (i, j) = (pi, pj);
    }
    beads.reverse();
    beads
}

/// The cost of one bead beyond its shape's prior. `next_zh`/`next_en` are
/// the sentences after it, to see whether it ends a paragraph.
fn bead_cost(zh: &[Unit], en: &[Unit], next_zh: Option<&Unit>, next_en: Option<&Unit>, mean: f64, weights: &Weights) -> f64 {
    let mut cost = 0.0;
    let zh_length: usize = zh.iter().map(|u| u.length).sum();
    let en_length: usize = en.iter().map(|u| u.length).sum();
    if !zh.is_empty() && !en.is_empty() {
        cost += weights.length.cost(mean, zh_length, en_length);
        let zh_terms: BTreeSet<usize> = zh.iter().flat_map(|u| u.terms.iter().copied()).collect();
        let en_terms: BTreeSet<usize> = en.iter().flat_map(|u| u.terms.iter().copied()).collect();
        let both = zh_terms.intersection(&en_terms).count() as f64;
        let one_side = zh_terms.symmetric_difference(&en_terms).count() as f64;
        cost += weights.term_one_side * one_side - weights.term_both * both;
        let (both, one_side) = number_overlap(zh, en);
        cost += weights.number_one_side * one_side as f64 - weights.number_both * both as f64;
        if en.windows(2).any(|pair| pair[0].paragraph != pair[1].paragraph) {
            cost += weights.english_break_inside;
        }
        let zh_ends = next_zh.is_none_or(|next| next.paragraph != zh[zh.len() - 1].paragraph);
        let en_ends = next_en.is_none_or(|next| next.paragraph != en[en.len() - 1].paragraph);
        if zh_ends && en_ends {
            cost -= weights.paragraph_ends_together;
        }
    }
    cost
}

/// How many numbers the two sides share, and how many stand on one side only.
fn number_overlap(zh: &[Unit], en: &[Unit]) -> (usize, usize) {
    let mut english: Vec<&str> = en.iter().flat_map(|u| u.numbers.iter().map(String::as_str)).collect();
    let chinese: Vec<&str> = zh.iter().flat_map(|u| u.numbers.iter().map(String::as_str)).collect();
    let mut both = 0;
    let mut one_side = 0;
    for number in chinese {
        if let Some(found) = english.iter().position(|&e| e == number) {
            english.swap_remove(found);
            both += 1;
        } else {
            one_side += 1;
        }
    }
    (both, one_side + english.len())
}

/// The numbers in a text, normalised: digit runs with an optional decimal
/// part, thousands separators dropped; English month names count as their
/// number ("May 26" has 5 and 26, as 5月26日 does).
pub fn numbers(text: &str, english: bool) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
        let joiner = (c == '.' || c == ',') && !current.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if digit {
            current.push(if c.is_ascii_digit() { c } else { char::from(b'0' + (c as u32 - '０' as u32) as u8) });
        } else if joiner {
            if c == '.' {
                current.push('.');
            }
        } else if !current.is_empty() {
            found.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        found.push(current);
    }
    if english {
        const MONTHS: [&str; 12] =
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for word in text.split(|c: char| !c.is_alphabetic()) {
            if let Some(month) = MONTHS.iter().position(|m| word.eq_ignore_ascii_case(m)) {
                // "may" the verb is lower case; the month is capitalised.
                if word.starts_with(char::is_uppercase) {
                    found.push((month + 1).to_string());
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(length: usize, paragraph: usize, terms: &[usize], numbers: &[&str]) -> Unit {
        Unit {
            length,
            paragraph,
            terms: terms.iter().copied().collect(),
            numbers: numbers.iter().map(|n| n.to_string()).collect(),
        }
    }

    fn shapes(beads: &[Bead]) -> Vec<(usize, usize)> {
        beads.iter().map(|b| (b.zh.len(), b.en.len())).collect()
    }

    #[test]
    fn one_to_one_when_lengths_agree() {
        let zh = [unit(20, 0, &[], &[]), unit(30, 0, &[], &[]), unit(10, 0, &[], &[])];
        let en = [unit(64, 0, &[], &[]), unit(97, 0, &[], &[]), unit(32, 0, &[], &[])];
        assert_eq!(shapes(&align(&zh, &en, &Weights::default())), [(1, 1), (1, 1), (1, 1)]);
    }

    #[test]
    fn a_long_chinese_sentence_becomes_two_english_ones() {
        let zh = [unit(60, 0, &[], &[]), unit(15, 0, &[], &[])];
        let en = [unit(100, 0, &[], &[]), unit(95, 0, &[], &[]), unit(48, 0, &[], &[])];
        assert_eq!(shapes(&align(&zh, &en, &Weights::default())), [(1, 2), (1, 1)]);
    }

    #[test]
    fn terms_decide_where_lengths_cannot() {
        // Equal lengths everywhere; the terms say the second English
        // sentence belongs with the first Chinese one.
        let zh = [unit(30, 0, &[1, 2], &[]), unit(30, 0, &[3], &[])];
        let en = [unit(50, 0, &[1], &[]), unit(50, 0, &[2], &[]), unit(96, 0, &[3], &[])];
        assert_eq!(shapes(&align(&zh, &en, &Weights::default())), [(1, 2), (1, 1)]);
    }

    #[test]
    fn beads_never_span_chinese_paragraphs() {
        let zh = [unit(10, 0, &[], &[]), unit(10, 1, &[], &[])];
        let en = [unit(64, 0, &[], &[])];
        let beads = align(&zh, &en, &Weights::default());
        assert!(beads.iter().all(|b| b.zh.len() < 2), "{beads:?}");
    }

    #[test]
    fn numbers_are_normalised_and_months_count() {
        assert_eq!(numbers("5月26日上午，增长5.2%，１０亿", false), ["5", "26", "5.2", "10"]);
        assert_eq!(numbers("On May 26, growth was 5.2 percent; 1,000 may come", true), ["26", "5.2", "1000", "5"]);
    }

    #[test]
    fn the_length_model_is_estimated_from_pairs() {
        // Every pair at the text's own ratio: no spread at all.
        assert_eq!(LengthModel::estimate(&[vec![(10, 30), (20, 60), (5, 15)]]), Some(LengthModel { spread: 0.0 }));
        let model = LengthModel::estimate(&[vec![(10, 30), (20, 50), (10, 40)]]).unwrap();
        assert!(model.spread > 0.0);
        assert_eq!(LengthModel::estimate(&[vec![(10, 30)]]), None);
    }
}
