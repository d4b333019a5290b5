//! Checks on pinyin as the glossary writes it: one space-separated syllable
//! for each Chinese character, letters and tone marks only, and one tone rule
//! throughout: every syllable carries its citation tone except the
//! grammatical particles, which are written toneless.

/// Whether `c` is a Chinese character (CJK unified ideographs and their
/// extensions, and the compatibility block).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{30000}'..='\u{3134F}')
}

/// How many Chinese characters `text` has.
pub fn han_count(text: &str) -> usize {
    text.chars().filter(|&c| is_han(c)).count()
}

/// The problem with `pinyin` as the reading of `chinese`, if any, checking
/// letters and the syllable count only (reading aids keep the dictionary's
/// neutral tones).
pub fn syllable_problem(chinese: &str, pinyin: &str) -> Option<String> {
    let syllables: Vec<&str> = pinyin.split_whitespace().collect();
    if let Some(bad) = syllables.iter().find(|s| !s.chars().all(is_pinyin_letter)) {
        return Some(format!("pinyin syllable {bad:?} has a character that is not a letter or tone-marked vowel"));
    }
    let characters = han_count(chinese);
    (syllables.len() != characters).then(|| {
        format!(
            "pinyin {pinyin:?} has {} syllable{} but {chinese:?} has {characters} character{}",
            syllables.len(),
            if syllables.len() == 1 { "" } else { "s" },
            if characters == 1 { "" } else { "s" },
        )
    })
}

/// The problem with `pinyin` as the reading of `chinese`, if any.
pub fn pinyin_problem(chinese: &str, pinyin: &str) -> Option<String> {
    if let Some(problem) = syllable_problem(chinese, pinyin) {
        return Some(problem);
    }
    let syllables: Vec<&str> = pinyin.split_whitespace().collect();
    let toneless: Vec<String> = chinese
        .chars()
        .filter(|&c| is_han(c))
        .zip(&syllables)
        .filter(|&(character, syllable)| !has_tone_mark(syllable) && !is_toneless_particle(character, syllable))
        .map(|(character, syllable)| format!("{syllable:?} ({character})"))
        .collect();
    (!toneless.is_empty()).then(|| {
        format!(
            "pinyin {} {} no tone mark: write the citation tone (only particles such as 的 de, 了 le, 们 men and the suffix 子 zi are toneless)",
            toneless.join(", "),
            if toneless.len() == 1 { "has" } else { "have" },
        )
    })
}

/// Whether a syllable carries a tone mark.
fn has_tone_mark(syllable: &str) -> bool {
    syllable.chars().any(|c| "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ".contains(c))
}

/// The grammatical particles written in the neutral tone, with their reading.
const TONELESS_PARTICLES: &[(char, &str)] = &[
    ('的', "de"),
    ('地', "de"),
    ('得', "de"),
    ('了', "le"),
    ('着', "zhe"),
    ('们', "men"),
    ('么', "me"),
    ('吗', "ma"),
    ('呢', "ne"),
    ('子', "zi"),
];

fn is_toneless_particle(character: char, syllable: &str) -> bool {
    TONELESS_PARTICLES.iter().any(|&(particle, reading)| particle == character && syllable.eq_ignore_ascii_case(reading))
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙÜ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_syllable_per_character() {
        assert_eq!(pinyin_problem("四个意识", "sì gè yì shí"), None);
        assert_eq!(pinyin_problem("习近平外交思想", "Xí Jìn píng wài jiāo sī xiǎng"), None);
        assert_eq!(pinyin_problem("绿", "lǜ"), None);
        assert_eq!(
            pinyin_problem("四个意识", "sì gè yìshí").as_deref(),
            Some("pinyin \"sì gè yìshí\" has 3 syllables but \"四个意识\" has 4 characters")
        );
    }

    #[test]
    fn one_tone_rule_only_particles_are_toneless() {
        assert_eq!(pinyin_problem("交办任务", "jiāo bàn rèn wù"), None);
        assert_eq!(pinyin_problem("我们的", "wǒ men de"), None);
        assert_eq!(
            pinyin_problem("交办任务", "jiāo bàn rèn wu").as_deref(),
            Some("pinyin \"wu\" (务) has no tone mark: write the citation tone (only particles such as 的 de, 了 le, 们 men and the suffix 子 zi are toneless)")
        );
        assert_eq!(
            pinyin_problem("绿色", "lv se").as_deref(),
            Some("pinyin \"lv\" (绿), \"se\" (色) have no tone mark: write the citation tone (only particles such as 的 de, 了 le, 们 men and the suffix 子 zi are toneless)")
        );
    }

    #[test]
    fn only_letters_and_tone_marks() {
        assert_eq!(
            pinyin_problem("意识", "yì-shí").as_deref(),
            Some("pinyin syllable \"yì-shí\" has a character that is not a letter or tone-marked vowel")
        );
        assert!(pinyin_problem("意识", "yi4 shi2").is_some());
    }

    #[test]
    fn han_characters() {
        assert_eq!(han_count("“两个维护”"), 4);
        assert!(is_han('𠀀'));
        assert!(!is_han('。'));
    }
}
