//! An alignment the author can still change: both texts split into
//! sentences, and the pairs as lists of sentence indices. The aligner makes
//! the first draft; joining, splitting and moving a sentence across a pair
//! boundary change it; `make::build` turns it into a pack. The same model is
//! behind `tifa-make` and the authoring page, so both make the same pack.

use super::align::{align, numbers, Bead, Unit, Weights};
use super::split::{chinese_sentences, english_sentences, paragraphs};
use crate::domain::glossary::GlossaryEntry;
use crate::domain::language::Lang;
use crate::domain::matcher::TermMatcher;

/// One text's body: its title (when taken from the text) and its sentences,
/// each with the paragraph it is in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Body {
    /// The first paragraph, when the author gave no title.
    pub title: Option<String>,
    /// (paragraph, sentence) in reading order.
    pub sentences: Vec<(usize, String)>,
}

impl Body {
    /// Splits a plain text: paragraphs at blank lines, then sentences.
    pub fn split(text: &str, lang: Lang, title_given: bool) -> Body {
        let chinese = lang == Lang::Zh;
        let mut paragraphs = paragraphs(text, chinese);
        let title = if title_given || paragraphs.is_empty() { None } else { Some(paragraphs.remove(0)) };
        let sentences = paragraphs
            .iter()
            .enumerate()
            .flat_map(|(p, paragraph)| {
                let split = if chinese { chinese_sentences(paragraph) } else { english_sentences(paragraph) };
                split.into_iter().map(move |sentence| (p, sentence))
            })
            .collect();
        Body { title, sentences }
    }
}

/// One pair: Chinese and English sentences (indices into the bodies).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftPair {
    /// The Chinese paragraph the pair belongs to.
    pub paragraph: usize,
    /// Chinese sentence indices, in order.
    pub zh: Vec<usize>,
    /// English sentence indices, in order.
    pub en: Vec<usize>,
}

/// Both texts and their pairs.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The Chinese text.
    pub zh: Body,
    /// The English text.
    pub en: Body,
    /// The pairs in reading order; together they hold every sentence once.
    pub pairs: Vec<DraftPair>,
}

/// A change to a draft, by pair index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The pair and the next become one.
    JoinWithNext(usize),
    /// The pair becomes two: the first sentence of each side, then the rest.
    Split(usize),
    /// The pair's last sentence on one side moves to the start of the next pair.
    GiveLast(usize, Lang),
    /// The next pair's first sentence on one side moves to the end of this pair.
    TakeNext(usize, Lang),
}

impl Draft {
    /// Splits both texts and aligns them; fails with messages when a text
    /// has no body.
    pub fn align(zh_text: &str, en_text: &str, titles_given: (bool, bool), termbase: &[GlossaryEntry]) -> Result<Draft, Vec<String>> {
        let zh = Body::split(zh_text, Lang::Zh, titles_given.0);
        let en = Body::split(en_text, Lang::En, titles_given.1);
        let mut problems = Vec::new();
        if zh.sentences.is_empty() {
            problems.push("the Chinese text has no body: write the title, a blank line, then the paragraphs".to_owned());
        }
        if en.sentences.is_empty() {
            problems.push("the English text has no body: write the title, a blank line, then the paragraphs".to_owned());
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let matcher = TermMatcher::new(termbase);
        let units = |body: &Body, lang: Lang| -> Vec<Unit> {
            body.sentences
                .iter()
                .map(|(paragraph, sentence)| Unit {
                    length: sentence.chars().filter(|c| !c.is_whitespace()).count(),
                    paragraph: *paragraph,
                    terms: matcher.find(sentence, lang).into_iter().map(|found| found.entry).collect(),
                    numbers: numbers(sentence, lang == Lang::En),
                })
                .collect()
        };
        let beads = align(&units(&zh, Lang::Zh), &units(&en, Lang::En), &Weights::default());
        let pairs = pairs_from_beads(&zh, &beads);
        Ok(Draft { zh, en, pairs })
    }

    /// Each pair's id in the pack: `p<paragraph>.s<sentence>`, numbered as
    /// the pack numbers them (a new paragraph wherever the Chinese
    /// paragraph changes).
    pub fn pair_ids(&self) -> Vec<String> {
        let mut ids = Vec::with_capacity(self.pairs.len());
        let (mut paragraph, mut count, mut sentence) = (usize::MAX, 0, 0);
        for pair in &self.pairs {
            if pair.paragraph != paragraph {
                paragraph = pair.paragraph;
                count += 1;
                sentence = 0;
            }
            sentence += 1;
            ids.push(format!("p{count}.s{sentence}"));
        }
        ids
    }

    /// A pair's text on one side, as the pack will hold it.
    pub fn text(&self, pair: &DraftPair, lang: Lang) -> String {
        match lang {
            Lang::Zh => pair.zh.iter().map(|&i| self.zh.sentences[i].1.as_str()).collect(),
            Lang::En => pair.en.iter().map(|&i| self.en.sentences[i].1.as_str()).collect::<Vec<_>>().join(" "),
        }
    }

    /// Whether an edit can be made (so that a button can say so).
    pub fn can(&self, edit: Edit) -> bool {
        let pair = |i: usize| self.pairs.get(i);
        match edit {
            Edit::JoinWithNext(i) => pair(i + 1).is_some(),
            Edit::Split(i) => pair(i).is_some_and(|p| p.zh.len() + p.en.len() >= 3 && !p.zh.is_empty() && !p.en.is_empty()),
            Edit::GiveLast(i, lang) => pair(i).is_some_and(|p| !side(p, lang).is_empty()) && pair(i + 1).is_some(),
            Edit::TakeNext(i, lang) => pair(i).is_some() && pair(i + 1).is_some_and(|p| !side(p, lang).is_empty()),
        }
    }

    /// Makes an edit; returns whether the draft changed. A pair left with no
    /// sentence on either side disappears.
    pub fn apply(&mut self, edit: Edit) -> bool {
        if !self.can(edit) {
            return false;
        }
        match edit {
            Edit::JoinWithNext(i) => {
                let next = self.pairs.remove(i + 1);
                let pair = &mut self.pairs[i];
                pair.zh.extend(next.zh);
                pair.en.extend(next.en);
            }
            Edit::Split(i) => {
                let pair = &mut self.pairs[i];
                // With one sentence on a side, that side stays in the first
                // pair and the rest of the other side becomes the second.
                let cut = |len: usize| if len >= 2 { 1 } else { len };
                let (zh_cut, en_cut) = if pair.zh.len() >= 2 && pair.en.len() >= 2 {
                    (1, 1)
                } else if pair.zh.len() >= 2 {
                    (pair.zh.len() - 1, cut(pair.en.len()))
                } else {
                    (cut(pair.zh.len()), pair.en.len() - 1)
                };
                let rest = DraftPair { paragraph: pair.paragraph, zh: pair.zh.split_off(zh_cut), en: pair.en.split_off(en_cut) };
                self.pairs.insert(i + 1, rest);
            }
            Edit::GiveLast(i, lang) => {
                let moved = side_mut(&mut self.pairs[i], lang).pop().expect("checked by can");
                side_mut(&mut self.pairs[i + 1], lang).insert(0, moved);
            }
            Edit::TakeNext(i, lang) => {
                let moved = side_mut(&mut self.pairs[i + 1], lang).remove(0);
                side_mut(&mut self.pairs[i], lang).push(moved);
            }
        }
        for pair in &mut self.pairs {
            if let Some(&first) = pair.zh.first() {
                pair.paragraph = self.zh.sentences[first].0;
            }
        }
        self.pairs.retain(|pair| !(pair.zh.is_empty() && pair.en.is_empty()));
        true
    }
}

fn side(pair: &DraftPair, lang: Lang) -> &Vec<usize> {
    match lang {
        Lang::Zh => &pair.zh,
        Lang::En => &pair.en,
    }
}

fn side_mut(pair: &mut DraftPair, lang: Lang) -> &mut Vec<usize> {
    match lang {
        Lang::Zh => &mut pair.zh,
        Lang::En => &mut pair.en,
    }
}

/// The beads as pairs. A bead with no Chinese joins the pair before it (or
/// the first pair); a Chinese-only bead joins its neighbour in the same
/// paragraph, so that every pair the aligner makes has both sides where it can.
fn pairs_from_beads(zh: &Body, beads: &[Bead]) -> Vec<DraftPair> {
    let mut pairs: Vec<DraftPair> = Vec::new();
    let mut pending_en: Vec<usize> = Vec::new();
    for bead in beads {
        let zh_indices: Vec<usize> = bead.zh.clone().collect();
        let en_indices: Vec<usize> = bead.en.clone().collect();
        match (zh_indices.first(), pairs.last_mut()) {
            (None, Some(last)) => last.en.extend(en_indices),
            (None, None) => pending_en.extend(en_indices),
            (Some(&first), last) if en_indices.is_empty() => match last {
                Some(last) if last.paragraph == zh.sentences[first].0 => last.zh.extend(zh_indices),
                _ => pairs.push(DraftPair { paragraph: zh.sentences[first].0, zh: zh_indices, en: Vec::new() }),
            },
            (Some(&first), _) => {
                let mut en_all = std::mem::take(&mut pending_en);
                en_all.extend(en_indices);
                pairs.push(DraftPair { paragraph: zh.sentences[first].0, zh: zh_indices, en: en_all });
            }
        }
    }
    // A Chinese-only pair left at a paragraph's start joins the next pair.
    let mut merged: Vec<DraftPair> = Vec::new();
    for pair in pairs {
        match merged.last_mut() {
            Some(last) if last.en.is_empty() && last.paragraph == pair.paragraph => {
                last.zh.extend(pair.zh);
                last.en.extend(pair.en);
            }
            _ => merged.push(pair),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        let zh = "标题\n\n第一句。第二句。\n\n第三句。第四句。";
        let en = "Title\n\nOne. Two.\n\nThree. Four.";
        Draft::align(zh, en, (false, false), &[]).unwrap()
    }

    fn shape(draft: &Draft) -> Vec<(Vec<usize>, Vec<usize>)> {
        draft.pairs.iter().map(|p| (p.zh.clone(), p.en.clone())).collect()
    }

    #[test]
    fn the_aligner_makes_the_first_draft() {
        let draft = draft();
        assert_eq!(draft.zh.title.as_deref(), Some("标题"));
        assert_eq!(shape(&draft), [(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2]), (vec![3], vec![3])]);
        assert_eq!(draft.pair_ids(), ["p1.s1", "p1.s2", "p2.s1", "p2.s2"]);
    }

    #[test]
    fn join_then_split_gives_the_pairs_back() {
        let mut draft = draft();
        assert!(draft.apply(Edit::JoinWithNext(0)));
        assert_eq!(draft.text(&draft.pairs[0], Lang::Zh), "第一句。第二句。");
        assert_eq!(draft.text(&draft.pairs[0], Lang::En), "One. Two.");
        assert!(draft.apply(Edit::Split(0)));
        assert_eq!(draft, self::draft());
    }

    #[test]
    fn a_slipped_column_is_fixed_by_moving_sentences_across_boundaries() {
        let mut draft = draft();
        // The Chinese slips down a row: pair 1 gets no Chinese sentence of its own.
        draft.apply(Edit::GiveLast(0, Lang::Zh));
        assert_eq!(shape(&draft), [(vec![], vec![0]), (vec![0, 1], vec![1]), (vec![2], vec![2]), (vec![3], vec![3])]);
        draft.apply(Edit::TakeNext(0, Lang::Zh));
        assert_eq!(draft, self::draft());
    }

    #[test]
    fn a_pair_emptied_on_both_sides_disappears_and_paragraphs_follow_the_chinese() {
        let mut draft = draft();
        draft.apply(Edit::GiveLast(1, Lang::Zh));
        draft.apply(Edit::GiveLast(1, Lang::En));
        assert_eq!(draft.pairs.len(), 3);
        assert_eq!(draft.pairs[1].paragraph, 0, "the pair holds the first paragraph's last sentence");
        assert_eq!(draft.pair_ids(), ["p1.s1", "p1.s2", "p2.s1"]);
    }

    #[test]
    fn edits_that_cannot_be_made_change_nothing() {
        let mut draft = draft();
        let before = draft.clone();
        assert!(!draft.apply(Edit::JoinWithNext(3)));
        assert!(!draft.apply(Edit::Split(0)), "one sentence a side cannot be split");
        assert!(!draft.apply(Edit::TakeNext(3, Lang::En)));
        assert!(!draft.apply(Edit::GiveLast(9, Lang::Zh)));
        assert_eq!(draft, before);
    }

    #[test]
    fn a_two_to_one_pair_splits_into_a_full_pair_and_the_rest() {
        let mut draft = draft();
        draft.apply(Edit::TakeNext(0, Lang::Zh));
        assert_eq!(shape(&draft)[0], (vec![0, 1], vec![0]));
        assert!(draft.apply(Edit::Split(0)));
        assert_eq!(shape(&draft)[..2], [(vec![0], vec![0]), (vec![1], vec![])]);
    }
}
