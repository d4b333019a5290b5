//! Terms the term base lacks, found by the patterns official texts coin them
//! with, for the author to write: numbered formulas (四个意识, 两个维护),
//! short quoted phrases (加强“党管外事”), and 坚持/增强/树立 … 思维/意识/理念.

use std::ops::Range;

use crate::domain::pinyin::is_han;

/// A phrase that looks like a term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The phrase.
    pub zh: String,
    /// Why it was picked.
    pub pattern: Pattern,
    /// The sentence pair it was first found in.
    pub pair: String,
}

/// The pattern that found a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// A number, 个 and a noun phrase: 四个意识.
    NumberedFormula,
    /// A short phrase in quotation marks.
    Quoted,
    /// A verb of commitment and a noun of thought: 坚持底线思维.
    Commitment,
}

impl Pattern {
    /// The pattern in a few words, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Pattern::NumberedFormula => "numbered formula",
            Pattern::Quoted => "quoted phrase",
            Pattern::Commitment => "坚持/增强 … 思维/意识 phrase",
        }
    }
}

const NUMERALS: &str = "一二两三四五六七八九十";
const COMMITMENT_VERBS: &[&str] = &["坚持", "增强", "树立", "贯彻", "强化", "牢固树立"];
const THOUGHT_NOUNS: &[&str] = &["思维", "意识", "理念", "精神", "原则", "方针", "思想"];

/// Candidate phrases in one Chinese sentence, with their byte ranges.
pub fn find_in(sentence: &str) -> Vec<(Range<usize>, Pattern)> {
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(sentence.len(), |&(at, _)| at);
    let mut found = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        // 四个意识: numerals, 个, then 2–6 Chinese characters up to a break.
        if NUMERALS.contains(c) && (i == 0 || !NUMERALS.contains(chars[i - 1].1)) {
            let mut j = i;
            while j < chars.len() && NUMERALS.contains(chars[j].1) {
                j += 1;
            }
            if chars.get(j).is_some_and(|&(_, c)| c == '个' || c == '项') {
                let noun_end = han_run_end(&chars, j + 1, 6);
                if noun_end - (j + 1) >= 2 {
                    found.push((at..end_of(noun_end), Pattern::NumberedFormula));
                }
            }
        }
        // “党管外事”: a quoted run of 2–10 Chinese characters.
        if c == '“' {
            let close = han_run_end(&chars, i + 1, 10);
            if close - (i + 1) >= 2 && chars.get(close).is_some_and(|&(_, c)| c == '”') {
                found.push((end_of(i + 1)..end_of(close), Pattern::Quoted));
            }
        }
    }
    for verb in COMMITMENT_VERBS {
        for (at, _) in sentence.match_indices(verb) {
            let start = at + verb.len();
            let tail: String = sentence[start..].chars().take_while(|&c| is_han(c)).take(10).collect();
            if let Some(end) = THOUGHT_NOUNS.iter().filter_map(|noun| tail.find(noun).map(|i| i + noun.len())).min() {
                if tail[..end].chars().count() >= 4 {
                    found.push((start..start + end, Pattern::Commitment));
                }
            }
        }
    }
    found.sort_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)));
    found
}

/// The index just past a run of at most `max` Chinese characters from `from`.
fn han_run_end(chars: &[(usize, char)], from: usize, max: usize) -> usize {
    let mut end = from;
    while end < chars.len() && end - from < max && is_han(chars[end].1) && chars[end].1 != '和' && chars[end].1 != '的' {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(sentence: &str) -> Vec<(&str, Pattern)> {
        find_in(sentence).into_iter().map(|(range, pattern)| (&sentence[range], pattern)).collect()
    }

    #[test]
    fn numbered_quoted_and_commitment_phrases() {
        assert_eq!(
            phrases("增强“四个意识”，坚持底线思维和“党管外事”，落实三项制度。"),
            [
                ("四个意识", Pattern::Quoted),
                ("四个意识", Pattern::NumberedFormula),
                ("底线思维", Pattern::Commitment),
                ("党管外事", Pattern::Quoted),
                ("三项制度", Pattern::NumberedFormula),
            ]
        );
    }

    #[test]
    fn long_quotations_and_counts_of_things_are_not_terms() {
        assert!(phrases("他说：“这是一个很长很长的引语而不是一个术语。”").iter().all(|(_, p)| *p != Pattern::Quoted));
        assert!(phrases("五个").is_empty());
    }
}
