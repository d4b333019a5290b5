//! Plain text into paragraphs and sentences, the units the aligner pairs.
//!
//! Chinese sentences end at 。！？ and at a ； or …… that ends a clause of
//! the same weight (the aligner may join them again); closing quotes and
//! brackets stay with their sentence. English sentences follow UAX #29
//! (`unicode-segmentation`), then pieces that end in a known abbreviation or
//! an initial are joined to the next one.

use unicode_segmentation::UnicodeSegmentation;

/// A text's paragraphs: blocks separated by one or more blank lines, each
/// with its lines joined (a line break inside a paragraph is a space in
/// English and nothing in Chinese).
pub fn paragraphs(text: &str, chinese: bool) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut paragraphs = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim).chain(std::iter::once("")) {
        if line.is_empty() {
            if !lines.is_empty() {
                paragraphs.push(lines.join(if chinese { "" } else { " " }));
                lines.clear();
            }
        } else {
            lines.push(line);
        }
    }
    paragraphs
}

/// Characters that end a Chinese sentence.
const ZH_FULL_STOPS: &[char] = &['。', '！', '？', '!', '?'];
/// Characters that end a clause that may stand as a sentence.
const ZH_CLAUSE_STOPS: &[char] = &['；'];
/// Closing quotes and brackets, which stay with the sentence they close.
const ZH_CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', '\''];

/// One Chinese paragraph's sentences.
pub fn chinese_sentences(paragraph: &str) -> Vec<String> {
    let chars: Vec<char> = paragraph.chars().collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let ellipsis_end = c == '…' && chars.get(i + 1) == Some(&'…') && chars.get(i + 2).is_none_or(|&n| !ZH_CLOSERS.contains(&n));
        let ends = ZH_FULL_STOPS.contains(&c) || ZH_CLAUSE_STOPS.contains(&c) || ellipsis_end;
        if ends {
            let mut end = i + if ellipsis_end { 2 } else { 1 };
            // Runs of stops (？！) and the closers after them stay together.
            while end < chars.len() && (ZH_FULL_STOPS.contains(&chars[end]) || ZH_CLOSERS.contains(&chars[end])) {
                end += 1;
            }
            push_trimmed(&mut sentences, chars[start..end].iter().collect());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        push_trimmed(&mut sentences, chars[start..].iter().collect());
    }
    sentences
}

/// Abbreviations after which a full stop does not end an English sentence,
/// compared without case and without the final stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "gov", "sen", "rep", "vs", "etc",
    "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "art", "para", "vol", "fig", "approx", "inc", "co", "ltd", "corp", "dept", "p.r.c", "r.o.k",
];

/// Abbreviations that stand before a number ("No. 5", "Art. 3"): only then
/// does their full stop not end the sentence ("He said no." does).
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "art", "para", "vol", "fig"];

/// One English paragraph's sentences.
pub fn english_sentences(paragraph: &str) -> Vec<String> {
    let mut sentences: Vec<String> = Vec::new();
    let mut joins_next = Joins::No;
    for piece in paragraph.split_sentence_bounds() {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        let join = match joins_next {
            Joins::Always => true,
            Joins::BeforeANumber => piece.starts_with(|c: char| c.is_ascii_digit()),
            Joins::No => false,
        };
        match sentences.last_mut() {
            Some(last) if join => {
                last.push(' ');
                last.push_str(piece);
            }
            _ => sentences.push(piece.to_owned()),
        }
        joins_next = abbreviation_at_end(piece);
    }
    sentences
}

/// Whether the sentence break after a piece is not one.
enum Joins {
    No,
    Always,
    BeforeANumber,
}

/// Whether a piece ends in an abbreviation or an initial ("J."), so that
/// the full stop after it does not end the sentence.
fn abbreviation_at_end(piece: &str) -> Joins {
    let Some(without_stop) = piece.strip_suffix('.') else { return Joins::No };
    let last_word = without_stop.rsplit(|c: char| c.is_whitespace() || "(\"“‘".contains(c)).next().unwrap_or("");
    let lower = last_word.to_lowercase();
    let initial = last_word.chars().count() == 1 && last_word.chars().all(char::is_uppercase);
    if NUMBER_ABBREVIATIONS.contains(&lower.as_str()) {
        Joins::BeforeANumber
    } else if initial || ABBREVIATIONS.contains(&lower.as_str()) {
        Joins::Always
    } else {
        Joins::No
    }
}

fn push_trimmed(sentences: &mut Vec<String>, sentence: String) {
    let sentence = sentence.trim();
    if !sentence.is_empty() {
        sentences.push(sentence.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_blocks_between_blank_lines() {
        let text = "\u{feff}Title\n\nFirst line\nsecond line\n\n\n  Third  \n";
        assert_eq!(paragraphs(text, false), ["Title", "First line second line", "Third"]);
        assert_eq!(paragraphs("标题\n\n第一\n行\n", true), ["标题", "第一行"]);
    }

    #[test]
    fn chinese_sentences_end_at_stops_and_keep_their_closing_quotes() {
        assert_eq!(
            chinese_sentences("会议强调，要增强“四个意识”。他说：“要坚持底线思维！”一是提高站位；二是胸怀大局。"),
            ["会议强调，要增强“四个意识”。", "他说：“要坚持底线思维！”", "一是提高站位；", "二是胸怀大局。"]
        );
        assert_eq!(chinese_sentences("真的吗？！是的……好"), ["真的吗？！", "是的……", "好"]);
        assert_eq!(chinese_sentences("没有句号的标题"), ["没有句号的标题"]);
    }

    #[test]
    fn english_sentences_follow_uax29_and_keep_abbreviations() {
        assert_eq!(
            english_sentences("The U.S. President met Mr. Li at 9 a.m. on Monday. Growth was 5.2 percent. \"Good,\" he said."),
            ["The U.S. President met Mr. Li at 9 a.m. on Monday.", "Growth was 5.2 percent.", "\"Good,\" he said."]
        );
        assert_eq!(english_sentences("See No. 5 and J. Smith. Done."), ["See No. 5 and J. Smith.", "Done."]);
        assert_eq!(english_sentences("He said no. Then he left."), ["He said no.", "Then he left."]);
        assert_eq!(english_sentences("Conduct affairs pragmatically . Next."), ["Conduct affairs pragmatically .", "Next."]);
    }
}
