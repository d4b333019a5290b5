//! Why a glossary form does not occur: usually the text has it with other
//! quotes, full-width punctuation or spacing ("party’s" against "party's"),
//! or nearly (a letter off). Finds the string the author probably meant and
//! names the difference.

/// How much text is searched for a nearly matching string: the edit-distance
/// search is quadratic in the form's length, and hostile packs are large.
const NEAR_SEARCH_LIMIT: usize = 200_000;

/// A hint for a form that never occurs in `texts`: the text's own spelling,
/// with what differs, or the nearest string in the text.
pub fn never_occurs_hint<'a>(form: &str, texts: impl Iterator<Item = &'a str> + Clone, english: bool) -> Option<String> {
    let wanted = fold(form, english);
    if wanted.is_empty() {
        return None;
    }
    for text in texts.clone() {
        let chars: Vec<char> = text.chars().collect();
        let folded: Vec<(usize, String)> = chars.iter().enumerate().map(|(i, &c)| (i, fold(&c.to_string(), english))).collect();
        // Folded text with a map back to character positions.
        let mut joined = String::new();
        let mut starts = Vec::new();
        for (i, piece) in &folded {
            for _ in piece.chars() {
                starts.push(*i);
            }
            joined.push_str(piece);
        }
        if let Some(at) = joined.find(&wanted) {
            let first = joined[..at].chars().count();
            let last = first + wanted.chars().count() - 1;
            let (start, end) = (starts[first], starts[last] + 1);
            let found: String = chars[start..end].iter().collect();
            // Spelled exactly so, the form is covered by a longer term, which
            // the message already says.
            return (found != form).then(|| format!("the text has {found:?}{}", differences(form, &found)));
        }
    }
    let size: usize = texts.clone().map(str::len).sum();
    if size > NEAR_SEARCH_LIMIT || form.chars().count() < 4 {
        return None;
    }
    let form_chars: Vec<char> = form.chars().collect();
    let budget = (form_chars.len() / 5).max(1);
    let mut best: Option<(usize, String)> = None;
    for text in texts {
        let chars: Vec<char> = text.chars().collect();
        for width in form_chars.len().saturating_sub(budget)..=form_chars.len() + budget {
            for start in 0..(chars.len() + 1).saturating_sub(width) {
                // English suggestions are whole words.
                let is_word = |i: Option<&char>| i.is_some_and(|c| c.is_alphanumeric());
                if english && (is_word(start.checked_sub(1).and_then(|i| chars.get(i))) || is_word(chars.get(start + width))) {
                    continue;
                }
                let window = &chars[start..start + width];
                let distance = edit_distance(&form_chars, window, english);
                if distance <= budget && best.as_ref().is_none_or(|(d, _)| distance < *d) {
                    best = Some((distance, window.iter().collect()));
                }
            }
        }
    }
    best.map(|(_, near)| format!("nearest in the text: {near:?}"))
}

/// A character as the comparison sees it: quotes straightened, full-width
/// forms made half-width, white space as one space, English without case.
fn fold(text: &str, english: bool) -> String {
    text.chars()
        .filter_map(|c| {
            let c = match c {
                '‘' | '’' | '‛' | '′' => '\'',
                '“' | '”' | '„' | '″' => '"',
                '‐' | '‑' | '‒' | '–' | '—' => '-',
                '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
                c if c.is_whitespace() => ' ',
                '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => return None,
                c => c,
            };
            Some(if english { c.to_ascii_lowercase() } else { c })
        })
        .collect()
}

/// The characters that differ between a form and the text's spelling, by
/// code point, for messages.
fn differences(form: &str, found: &str) -> String {
    let mut notes = Vec::new();
    for (wanted, have) in form.chars().zip(found.chars()) {
        if wanted != have && !wanted.eq_ignore_ascii_case(&have) {
            notes.push(format!("{have} U+{:04X} where the form has {wanted} U+{:04X}", have as u32, wanted as u32));
        }
    }
    if form.chars().count() != found.chars().count() {
        notes.push("different spacing or invisible characters".to_owned());
    }
    if notes.is_empty() {
        String::new()
    } else {
        notes.dedup();
        format!(" ({})", notes.join("; "))
    }
}

fn edit_distance(a: &[char], b: &[char], english: bool) -> usize {
    let same = |x: char, y: char| if english { x.eq_ignore_ascii_case(&y) } else { x == y };
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(!same(x, y))).min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_and_full_width_forms_are_named() {
        let texts = ["We build the party’s work."];
        assert_eq!(
            never_occurs_hint("party's work", texts.into_iter(), true).as_deref(),
            Some("the text has \"party’s work\" (’ U+2019 where the form has ' U+0027)")
        );
        let chinese = ["坚持“两个维护”。"];
        assert_eq!(
            never_occurs_hint("两个维护\"", chinese.into_iter(), false).as_deref(),
            Some("the text has \"两个维护”\" (” U+201D where the form has \" U+0022)")
        );
    }

    #[test]
    fn a_near_spelling_is_suggested() {
        let texts = ["support enterprises to go globally, and"];
        assert_eq!(never_occurs_hint("go globaly", texts.into_iter(), true).as_deref(), Some("nearest in the text: \"go globally\""));
        assert_eq!(never_occurs_hint("something else entirely", texts.into_iter(), true), None);
    }
}
