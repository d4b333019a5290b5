//! Pinyin over the Chinese text: a sentence's reading aids (its `ruby`,
//! word by word) cut to the pieces of the text the reader renders, since a
//! term's mark may start or end inside a word of the reading aids, and each
//! syllable's tone for the tone colours.

use crate::domain::article::RubyWord;
use crate::domain::pinyin::is_han;

/// A syllable's tone: 1 to 4, or 5 for the neutral tone (no tone mark).
pub fn tone(syllable: &str) -> u8 {
    syllable
        .chars()
        .find_map(|c| match c {
            'ā' | 'ē' | 'ī' | 'ō' | 'ū' | 'ǖ' | 'Ā' | 'Ē' | 'Ī' | 'Ō' | 'Ū' | 'Ǖ' => Some(1),
            'á' | 'é' | 'í' | 'ó' | 'ú' | 'ǘ' | 'Á' | 'É' | 'Í' | 'Ó' | 'Ú' | 'Ǘ' | 'ń' | 'ḿ' => Some(2),
            'ǎ' | 'ě' | 'ǐ' | 'ǒ' | 'ǔ' | 'ǚ' | 'Ǎ' | 'Ě' | 'Ǐ' | 'Ǒ' | 'Ǔ' | 'Ǚ' | 'ň' => Some(3),
            'à' | 'è' | 'ì' | 'ò' | 'ù' | 'ǜ' | 'À' | 'È' | 'Ì' | 'Ò' | 'Ù' | 'Ǜ' | 'ǹ' => Some(4),
            _ => None,
        })
        .unwrap_or(5)
}

/// A piece of text as the reader shows it with pinyin.
#[derive(Debug, PartialEq, Eq)]
pub enum RubyPiece<'a> {
    /// Text with no reading: punctuation, digits, Latin letters, or a
    /// sentence whose reading aids do not spell it.
    Plain(&'a str),
    /// A word (or the part of one inside the piece): each character with its
    /// tone (0 for a character that is not Chinese), and its syllables.
    Word { base: Vec<(&'a str, u8)>, syllables: Vec<(&'a str, u8)> },
}

/// A sentence read with its reading aids, checked once: the reader cuts
/// it into many pieces (one per term mark and per text between).
pub struct SentenceReading<'a> {
    sentence: &'a str,
    words: &'a [RubyWord],
    /// Where each word ends in the sentence, for finding a piece's first word.
    ends: Vec<usize>,
}

impl<'a> SentenceReading<'a> {
    /// The reading of `sentence`, or none when it has no reading aids or
    /// they do not spell it (a pack the build did not check): the text is
    /// then shown plain.
    pub fn new(sentence: &'a str, words: &'a [RubyWord]) -> Option<Self> {
        let mut ends = Vec::with_capacity(words.len());
        let mut at = 0;
        for RubyWord(word, _) in words {
            if sentence.get(at..at + word.len()) != Some(word.as_str()) {
                return None;
            }
            at += word.len();
            ends.push(at);
        }
        (!words.is_empty() && at == sentence.len()).then_some(Self { sentence, words, ends })
    }

    /// The pieces of `sentence[start..end]`. A word cut by the range keeps
    /// the syllables of its characters inside it.
    pub fn pieces(&self, start: usize, end: usize) -> Vec<RubyPiece<'a>> {
        let sentence = self.sentence;
        let mut pieces = Vec::new();
        // Where the run of plain text not yet pushed starts: the page gets
        // one text node for a run of punctuation and digits, as the server
        // wrote it.
        let mut plain_from = None;
        let first = self.ends.partition_point(|&word_end| word_end <= start);
        for (index, RubyWord(word, pinyin)) in self.words.iter().enumerate().skip(first) {
            let word_end = self.ends[index];
            let word_start = word_end - word.len();
            if word_start >= end {
                break;
            }
            let (from, to) = (word_start.max(start), word_end.min(end));
            match word_reading(word, pinyin, from - word_start, to - word_start) {
                Some(piece) => {
                    if let Some(plain_start) = plain_from.take() {
                        pieces.push(RubyPiece::Plain(&sentence[plain_start..from]));
                    }
                    pieces.push(piece);
                }
                None => {
                    plain_from.get_or_insert(from);
                }
            }
        }
        if let Some(plain_start) = plain_from {
            pieces.push(RubyPiece::Plain(&sentence[plain_start..end]));
        }
        pieces
    }
}

/// The reading of `word[from..to]`, or none when it has no Chinese
/// character or the word's syllables do not match its characters.
fn word_reading<'a>(word: &'a str, pinyin: &'a str, from: usize, to: usize) -> Option<RubyPiece<'a>> {
    let syllables: Vec<&str> = pinyin.split_whitespace().collect();
    let han = word.chars().filter(|&c| is_han(c)).count();
    if syllables.is_empty() || syllables.len() != han {
        return None;
    }
    let mut next_syllable = 0;
    let mut base = Vec::new();
    let mut read = Vec::new();
    for (offset, c) in word.char_indices() {
        let syllable = is_han(c).then(|| {
            next_syllable += 1;
            syllables[next_syllable - 1]
        });
        if offset < from || offset >= to {
            continue;
        }
        let end = offset + c.len_utf8();
        match syllable {
            Some(syllable) => {
                base.push((offset, end, tone(syllable)));
                read.push((syllable, tone(syllable)));
            }
            // Other characters in a row are one text, as the server writes them.
            None => match base.last_mut() {
                Some((_, last_end, 0)) => *last_end = end,
                _ => base.push((offset, end, 0)),
            },
        }
    }
    let base = base.into_iter().map(|(from, to, tone)| (&word[from..to], tone)).collect();
    (!read.is_empty()).then_some(RubyPiece::Word { base, syllables: read })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[(&str, &str)]) -> Vec<RubyWord> {
        list.iter().map(|(w, p)| RubyWord((*w).into(), (*p).into())).collect()
    }

    /// The pieces as the reader shows them: plain where there is no reading.
    fn ruby_pieces<'a>(sentence: &'a str, ruby: &'a [RubyWord], start: usize, end: usize) -> Vec<RubyPiece<'a>> {
        SentenceReading::new(sentence, ruby).map_or_else(|| vec![RubyPiece::Plain(&sentence[start..end])], |reading| reading.pieces(start, end))
    }

    #[test]
    fn tones_come_from_the_tone_marks() {
        assert_eq!([tone("zhōng"), tone("guó"), tone("hǎo"), tone("shì"), tone("de"), tone("lǚ"), tone("Xí")], [1, 2, 3, 4, 5, 3, 2]);
    }

    #[test]
    fn a_whole_sentence_is_words_and_plain_runs() {
        let sentence = "5月，两个维护。";
        let ruby = words(&[("5", ""), ("月", "yuè"), ("，", ""), ("两个维护", "liǎng gè wéi hù"), ("。", "")]);
        let pieces = ruby_pieces(sentence, &ruby, 0, sentence.len());
        assert_eq!(pieces.len(), 5);
        assert_eq!(pieces[0], RubyPiece::Plain("5"));
        assert_eq!(pieces[1], RubyPiece::Word { base: vec![("月", 4)], syllables: vec![("yuè", 4)] });
        assert_eq!(pieces[2], RubyPiece::Plain("，"));
        let RubyPiece::Word { base, syllables } = &pieces[3] else { panic!("{:?}", pieces[3]) };
        assert_eq!(base.iter().map(|b| b.0).collect::<String>(), "两个维护");
        assert_eq!(syllables, &vec![("liǎng", 3), ("gè", 4), ("wéi", 2), ("hù", 4)]);
        assert_eq!(pieces[4], RubyPiece::Plain("。"));
    }

    #[test]
    fn neighbouring_plain_words_are_one_run() {
        let sentence = "“26”";
        let ruby = words(&[("“", ""), ("26", ""), ("”", "")]);
        assert_eq!(ruby_pieces(sentence, &ruby, 0, sentence.len()), vec![RubyPiece::Plain("“26”")]);
    }

    #[test]
    fn a_word_cut_by_a_term_keeps_the_syllables_of_its_own_characters() {
        // A term mark 书记 inside the reading aids' word 副书记.
        let sentence = "副书记参加";
        let ruby = words(&[("副书记", "fù shū jì"), ("参", "cān"), ("加", "jiā")]);
        let term = sentence.find("书记").unwrap();
        assert_eq!(ruby_pieces(sentence, &ruby, 0, term), vec![RubyPiece::Word { base: vec![("副", 4)], syllables: vec![("fù", 4)] }]);
        let inside = ruby_pieces(sentence, &ruby, term, term + "书记".len());
        assert_eq!(inside, vec![RubyPiece::Word { base: vec![("书", 1), ("记", 4)], syllables: vec![("shū", 1), ("jì", 4)] }]);
        assert_eq!(ruby_pieces(sentence, &ruby, term + "书记".len(), sentence.len()).len(), 2);
    }

    #[test]
    fn reading_aids_that_do_not_spell_the_sentence_give_plain_text() {
        let ruby = words(&[("会议", "huì yì")]);
        assert_eq!(ruby_pieces("会谈。", &ruby, 0, "会谈。".len()), vec![RubyPiece::Plain("会谈。")]);
        let short = words(&[("会", "huì")]);
        assert_eq!(ruby_pieces("会谈", &short, 0, "会谈".len()), vec![RubyPiece::Plain("会谈")]);
    }

    #[test]
    fn other_characters_in_a_word_are_one_text() {
        let ruby = words(&[("A··股", "gǔ")]);
        let pieces = ruby_pieces("A··股", &ruby, 0, "A··股".len());
        assert_eq!(pieces, vec![RubyPiece::Word { base: vec![("A··", 0), ("股", 3)], syllables: vec![("gǔ", 3)] }]);
    }

    #[test]
    fn a_word_whose_syllables_do_not_match_is_left_plain() {
        let ruby = words(&[("会议", "huì")]);
        assert_eq!(ruby_pieces("会议", &ruby, 0, "会议".len()), vec![RubyPiece::Plain("会议")]);
    }
}
