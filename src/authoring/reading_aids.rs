//! Reading aids: a Chinese sentence word by word, each word with its pinyin.
//! Terms of the term base are words with their reviewed pinyin; the rest is
//! read character by character from a phrase-aware dictionary
//! (`pinyin-converter`), with the readings it gets wrong in these texts
//! corrected. (Its word segmentation is not used: it splits 邓光华参加 and
//! 三是坚持 at the wrong places.)

use crate::domain::article::RubyWord;
use crate::domain::glossary::GlossaryEntry;
use crate::domain::language::Lang;
use crate::domain::matcher::TermMatcher;
use crate::domain::pinyin::is_han;

/// Readings the dictionary gives that are wrong in these texts, with the
/// right one: 区 defaults to the surname reading ōu; the particle 的 is
/// toneless; 一 and 不 keep their citation tone (the sandhi is for speech, as
/// in the glossary's pinyin).
const READING_FIXES: &[(char, &str, &str)] =
    &[('区', "ōu", "qū"), ('的', "dē", "de"), ('一', "yí", "yī"), ('一', "yì", "yī"), ('不', "bú", "bù")];

/// Words whose characters the dictionary reads wrongly one by one.
const WORD_FIXES: &[(&str, &[&str])] = &[("取得", &["qǔ", "dé"]), ("获得", &["huò", "dé"])];

/// The reading aids of one Chinese sentence.
pub fn ruby(sentence: &str, termbase: &[GlossaryEntry], matcher: &TermMatcher) -> Vec<RubyWord> {
    let mut words = Vec::new();
    let mut at = 0;
    for found in matcher.find(sentence, Lang::Zh) {
        if found.start > at {
            words.extend(dictionary_words(&sentence[at..found.start]));
        }
        let text = &sentence[found.start..found.end];
        match term_pinyin(&termbase[found.entry], text) {
            Some(pinyin) => words.push(RubyWord(text.to_owned(), pinyin)),
            None => words.extend(dictionary_words(text)),
        }
        at = found.end;
    }
    if at < sentence.len() {
        words.extend(dictionary_words(&sentence[at..]));
    }
    apply_word_fixes(&mut words);
    words
}

/// The reviewed pinyin of a term-base form: the entry's own for its term,
/// the matching syllables for a form that stands inside it.
fn term_pinyin(entry: &GlossaryEntry, form: &str) -> Option<String> {
    let syllables: Vec<&str> = entry.pinyin.split_whitespace().collect();
    let han: Vec<char> = entry.zh.chars().filter(|&c| is_han(c)).collect();
    if syllables.len() != han.len() {
        return None;
    }
    let form_han: Vec<char> = form.chars().filter(|&c| is_han(c)).collect();
    if form_han.is_empty() || form.chars().any(|c| !is_han(c)) {
        return None;
    }
    let start = han.windows(form_han.len()).position(|window| window == form_han.as_slice())?;
    // The entry's own capitals: names are capitalised inside a term too
    // (Xí Jìn píng in 习近平外交思想).
    Some(syllables[start..start + form_han.len()].join(" "))
}

/// Pinyin from the dictionary for text outside the term base's terms, one
/// character at a time (its phrase table picks each character's reading in
/// context: 重庆 chóng, 银行 háng, 行长 zhǎng); runs without Chinese
/// characters get no pinyin.
fn dictionary_words(text: &str) -> Vec<RubyWord> {
    let mut words: Vec<RubyWord> = Vec::new();
    let mut run = String::new();
    let flush = |run: &mut String, words: &mut Vec<RubyWord>| {
        if !run.is_empty() {
            words.extend(han_run(run));
            run.clear();
        }
    };
    for c in text.chars() {
        if is_han(c) {
            run.push(c);
            continue;
        }
        flush(&mut run, &mut words);
        // Punctuation, digits, spaces and Latin text: one word without pinyin.
        match words.last_mut() {
            Some(RubyWord(last, reading)) if reading.is_empty() => last.push(c),
            _ => words.push(RubyWord(c.to_string(), String::new())),
        }
    }
    flush(&mut run, &mut words);
    words
}

/// A run of Chinese characters, one word per character with its reading in
/// context.
fn han_run(run: &str) -> Vec<RubyWord> {
    let characters: Vec<char> = run.chars().collect();
    let result = pinyin::Pinyin::sentence(run);
    let readings: Vec<&str> = result.words().iter().map(|word| word.pinyin.as_str()).collect();
    let aligned = result.words().len() == characters.len()
        && result.words().iter().zip(&characters).all(|(word, &c)| word.text.chars().eq(std::iter::once(c)));
    characters
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let from_context = aligned.then(|| readings[i].split_whitespace().next().map(str::to_owned)).flatten();
            let reading = from_context
                .or_else(|| pinyin::Pinyin::heteronym(&c.to_string()).into_iter().next().and_then(|(_, all)| all.into_iter().next()))
                .map(|reading| fix_reading(c, &reading))
                .unwrap_or_default();
            RubyWord(c.to_string(), reading)
        })
        .collect()
}

fn fix_reading(c: char, reading: &str) -> String {
    READING_FIXES
        .iter()
        .find(|&&(fix, wrong, _)| fix == c && wrong == reading)
        .map_or_else(|| reading.to_owned(), |&(_, _, right)| right.to_owned())
}

/// Sets the readings of the words the dictionary reads wrongly.
fn apply_word_fixes(words: &mut [RubyWord]) {
    for (word, readings) in WORD_FIXES {
        let chars: Vec<char> = word.chars().collect();
        for start in 0..words.len().saturating_sub(chars.len() - 1) {
            let window = &words[start..start + chars.len()];
            if window.iter().zip(&chars).all(|(w, &c)| w.0.chars().eq(std::iter::once(c))) {
                for (offset, reading) in readings.iter().enumerate() {
                    words[start + offset].1 = (*reading).to_owned();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::glossary::SurfaceForms;

    fn entry(zh: &str, pinyin: &str) -> GlossaryEntry {
        GlossaryEntry {
            id: "t".into(),
            zh: zh.into(),
            pinyin: pinyin.into(),
            forms: SurfaceForms { en: vec![], zh: vec![zh.into()] },
            ..Default::default()
        }
    }

    fn spelled(words: &[RubyWord]) -> Vec<(String, String)> {
        words.iter().map(|RubyWord(w, p)| (w.clone(), p.clone())).collect()
    }

    #[test]
    fn terms_take_their_reviewed_pinyin_and_the_rest_the_dictionary() {
        let glossary = [entry("底线思维", "dǐ xiàn sī wéi")];
        let matcher = TermMatcher::new(&glossary);
        let words = ruby("要坚持底线思维，重庆银行行长说。", &glossary, &matcher);
        let joined: String = words.iter().map(|w| w.0.as_str()).collect();
        assert_eq!(joined, "要坚持底线思维，重庆银行行长说。");
        let pairs = spelled(&words);
        assert!(pairs.contains(&("底线思维".into(), "dǐ xiàn sī wéi".into())), "{pairs:?}");
        assert!(pairs.contains(&("，".into(), String::new())), "{pairs:?}");
        let all: String = pairs.iter().map(|(_, p)| p.as_str()).collect::<Vec<_>>().join(" ");
        assert!(all.contains("chóng qìng") && all.contains("yín háng") && all.contains("háng zhǎng"), "{all}");
    }

    #[test]
    fn particles_sandhi_and_misread_words_are_corrected() {
        let words = ruby("进一步取得的成果不变", &[], &TermMatcher::new(&[]));
        let readings: Vec<&str> = words.iter().map(|w| w.1.as_str()).collect();
        assert_eq!(readings, ["jìn", "yī", "bù", "qǔ", "dé", "de", "chéng", "guǒ", "bù", "biàn"]);
    }

    #[test]
    fn a_terms_names_keep_their_capitals() {
        let glossary = [entry("习近平外交思想", "Xí Jìn píng wài jiāo sī xiǎng")];
        let words = ruby("习近平外交思想", &glossary, &TermMatcher::new(&glossary));
        assert_eq!(spelled(&words), [("习近平外交思想".into(), "Xí Jìn píng wài jiāo sī xiǎng".into())]);
    }

    #[test]
    fn the_dictionary_slips_are_corrected() {
        let words = ruby("区委，2020年", &[], &TermMatcher::new(&[]));
        assert_eq!(
            spelled(&words),
            [("区".into(), "qū".into()), ("委".into(), "wěi".into()), ("，2020".into(), String::new()), ("年".into(), "nián".into())]
        );
    }
}
