//! The printed handout's notes: which terms get a number, in what order, and
//! where each number is written in the text.

use super::annotation::Annotations;
use super::language::{Lang, ReadingMode};

/// One numbered note: an entry, and its first occurrence in each language
/// the printed mode shows (where the superscript goes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoutNote {
    /// The glossary entry.
    pub entry: usize,
    /// Its first occurrence in each language printed, as (language, occurrence number).
    pub first: Vec<(Lang, usize)>,
}

/// The notes of a handout printed in `mode`, numbered from 1 in this order:
/// by where each term first appears in the text printed first (the Chinese
/// in 中文 and side by side, the English in English), then the terms that
/// appear only in the English of side by side, in their own order. Terms
/// that do not appear in the printed text get no note.
pub fn handout_notes(annotations: &Annotations, entries: usize, mode: ReadingMode) -> Vec<HandoutNote> {
    let shown: &[Lang] = match mode {
        ReadingMode::English => &[Lang::En],
        ReadingMode::Chinese => &[Lang::Zh],
        ReadingMode::SideBySide => &Lang::BOTH,
    };
    // Walking the occurrences in page order, language by language, meets
    // each entry first where its note number belongs: no sorting needed.
    let mut numbered = vec![false; entries];
    let mut notes = Vec::new();
    for &lang in shown {
        for occurrence in 0..annotations.total(lang) {
            let Some(entry) = annotations.entry_at(lang, occurrence).filter(|&entry| entry < entries) else { continue };
            if std::mem::replace(&mut numbered[entry], true) {
                continue;
            }
            let first = shown
                .iter()
                .filter_map(|&lang| annotations.occurrences(entry, lang).first().map(|&index| (lang, index)))
                .collect();
            notes.push(HandoutNote { entry, first });
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::glossary::{GlossaryEntry, SurfaceForms};

    fn annotations(zh: &[usize], en: &[usize], entries: usize) -> Annotations {
        let forms = SurfaceForms { en: vec!["term".into()], zh: vec!["术语".into()] };
        let glossary: Vec<GlossaryEntry> = (0..entries).map(|_| GlossaryEntry { forms: forms.clone(), ..GlossaryEntry::default() }).collect();
        let mut annotations = Annotations::empty(&glossary);
        // One text per language, its occurrences naming these entries in order.
        annotations.record("zh", Lang::Zh, zh.iter().enumerate().map(|(i, &entry)| (i, i + 1, entry, 0)));
        annotations.record("en", Lang::En, en.iter().enumerate().map(|(i, &entry)| (i, i + 1, entry, 0)));
        annotations
    }

    fn order(notes: &[HandoutNote]) -> Vec<usize> {
        notes.iter().map(|note| note.entry).collect()
    }

    #[test]
    fn notes_follow_the_preferred_language_then_the_other() {
        // Entry 3 appears only in the English, entry 4 nowhere.
        let marks = annotations(&[2, 0, 2, 1], &[1, 3, 0, 2], 5);
        let both = handout_notes(&marks, 5, ReadingMode::SideBySide);
        assert_eq!(order(&both), [2, 0, 1, 3]);
        assert_eq!(both[0].first, [(Lang::Zh, 0), (Lang::En, 3)]);
        assert_eq!(both[3].first, [(Lang::En, 1)]);
        assert_eq!(order(&handout_notes(&marks, 5, ReadingMode::English)), [1, 3, 0, 2]);
        let chinese = handout_notes(&marks, 5, ReadingMode::Chinese);
        assert_eq!(order(&chinese), [2, 0, 1]);
        assert!(chinese.iter().all(|note| note.first.iter().all(|&(lang, _)| lang == Lang::Zh)));
    }

    #[test]
    fn no_terms_no_notes() {
        assert!(handout_notes(&annotations(&[], &[], 2), 2, ReadingMode::SideBySide).is_empty());
    }
}
