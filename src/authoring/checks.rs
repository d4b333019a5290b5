//! Checks that catch what the validator cannot call an error: a pair whose
//! lengths are far from the pack's own norm (a column that slipped), and a
//! term marked on one side of a pair but not the other (also a translation
//! check a teacher can use). Each warning names the pair.

use std::fmt;

use crate::domain::language::Lang;
use crate::domain::pack::LoadedPack;

/// Something for the author to look at: the sentence pair it concerns, if
/// one, and what. Shown as `pair p2.s3: …` by the tools and in the pair's
/// row by the authoring page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The pair's id, when the warning is about one pair.
    pub pair: Option<String>,
    /// What to check, as a sentence without a final full stop.
    pub message: String,
}

impl Warning {
    /// A warning about one pair.
    pub fn on_pair(id: &str, message: impl Into<String>) -> Self {
        Warning { pair: Some(id.to_owned()), message: message.into() }
    }

    /// A warning about the pack as a whole.
    pub fn general(message: impl Into<String>) -> Self {
        Warning { pair: None, message: message.into() }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.pair {
            Some(id) => write!(f, "pair {id}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// How far (as a factor) a pair's English-to-Chinese length ratio may stray
/// from the pack's median before it is reported.
const RATIO_FACTOR: f64 = 2.2;

/// Every warning for a valid pack, in reading order.
pub fn pack_warnings(pack: &LoadedPack) -> Vec<Warning> {
    let pairs: Vec<_> = pack.article().paragraphs.iter().flat_map(|p| &p.sentences).collect();
    let ratios: Vec<f64> = pairs.iter().map(|pair| length_ratio(&pair.zh, &pair.en)).collect();
    let median = median(&ratios);
    let mut warnings = Vec::new();
    for (pair, ratio) in pairs.iter().zip(&ratios) {
        let factor = (ratio - median).exp();
        if pairs.len() >= 4 && !(1.0 / RATIO_FACTOR..=RATIO_FACTOR).contains(&factor) {
            let (how, times) = if factor > 1.0 { ("longer", factor) } else { ("shorter", 1.0 / factor) };
            warnings.push(Warning::on_pair(
                &pair.id,
                format!("its English is {times:.1} times {how}, for its Chinese, than the pack's typical pair: check that both sides say the same thing"),
            ));
        }
        for (index, entry) in pack.glossary().iter().enumerate() {
            if entry.forms.en.is_empty() || entry.forms.zh.is_empty() {
                continue;
            }
            let marked = |lang: Lang| pack.annotations.spans(&pair.id, lang).iter().any(|span| span.entry == index);
            match (marked(Lang::Zh), marked(Lang::En)) {
                (true, false) => warnings.push(Warning::on_pair(
                    &pair.id,
                    format!("{} ({}) is marked in the Chinese but not in the English: a missing or unlisted rendering?", entry.zh, entry.id),
                )),
                (false, true) => warnings.push(Warning::on_pair(
                    &pair.id,
                    format!("{} ({}) is marked in the English but not in the Chinese: a missing or unlisted form?", entry.official, entry.id),
                )),
                _ => {}
            }
        }
    }
    warnings
}

fn length_ratio(zh: &str, en: &str) -> f64 {
    let count = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count().max(1) as f64;
    (count(en) / count(zh)).ln()
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Every mark of a pack, by sentence: `p2.s1 zh 四个意识 four-consciousnesses`.
pub fn occurrences(pack: &LoadedPack) -> Vec<String> {
    let mut lines = Vec::new();
    for pair in pack.article().paragraphs.iter().flat_map(|p| &p.sentences) {
        for lang in Lang::BOTH {
            let text = pair.text(lang);
            for span in pack.annotations.spans(&pair.id, lang) {
                let entry = &pack.glossary()[span.entry];
                lines.push(format!("{} {} {} {}", pair.id, lang.code(), &text[span.start..span.end], entry.id));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::Warning;

    #[test]
    fn a_warning_names_its_pair_as_the_tools_print_it() {
        assert_eq!(Warning::on_pair("p2.s3", "its English is long").to_string(), "pair p2.s3: its English is long");
        assert_eq!(Warning::general("article metadata: no source").to_string(), "article metadata: no source");
    }
}
