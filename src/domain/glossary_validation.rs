//! The rules a glossary must keep, including the ones that need the text:
//! every form it lists must mark something in the article.

use std::collections::{HashMap, HashSet};

use super::annotation::Annotations;
use super::dates::is_partial_date;
use super::error::ProblemList;
use super::glossary::GlossaryEntry;
use super::language::Lang;
use super::pinyin::{han_count, pinyin_problem};

/// Checks a glossary against the occurrences found in its article.
pub fn validate_glossary(glossary: &[GlossaryEntry], annotations: &Annotations, problems: &mut ProblemList) {
    let ids: HashSet<&str> = glossary.iter().map(|entry| entry.id.as_str()).collect();
    let mut seen_ids = HashSet::new();
    let mut form_owners: HashMap<(Lang, String), &str> = HashMap::new();
    for (index, entry) in glossary.iter().enumerate() {
        let base = format!("/glossary/{index}");
        let name = format!("glossary entry {}", if entry.id.is_empty() { format!("#{}", index + 1) } else { entry.id.clone() });
        let mut report = |field: &str, message: String| problems.add(format!("{base}{field}"), &name, message);

        if !is_slug(&entry.id) {
            report("/id", format!("id {:?} must be lowercase letters, digits and '-', such as four-consciousnesses", entry.id));
        } else if !seen_ids.insert(entry.id.as_str()) {
            report("/id", format!("duplicate id {:?}", entry.id));
        }
        if han_count(&entry.zh) == 0 {
            report("/zh", format!("the Chinese term {:?} has no Chinese characters", entry.zh));
        } else if let Some(problem) = pinyin_problem(&entry.zh, &entry.pinyin) {
            report("/pinyin", problem);
        }
        for (field, value) in [("/official", &entry.official), ("/gloss", &entry.gloss), ("/explanation", &entry.explanation)] {
            if value.trim().is_empty() {
                report(field, format!("{} is empty", &field[1..]));
            }
        }
        for (i, variant) in entry.variants.iter().enumerate() {
            if variant.trim().is_empty() {
                report(&format!("/variants/{i}"), "a variant is empty".into());
            }
        }
        if let Some(origin) = &entry.origin {
            if origin.occasion.trim().is_empty() {
                report("/origin/occasion", "the origin's occasion is empty".into());
            }
            if let Some(date) = origin.date.as_deref().filter(|date| !is_partial_date(date)) {
                report("/origin/date", format!("origin date {date:?} is not of the form 2016, 2016-01 or 2016-01-29"));
            }
        }
        for (i, part) in entry.parts.iter().enumerate() {
            if part.en.trim().is_empty() {
                report(&format!("/parts/{i}/en"), format!("part {} has no English", i + 1));
            }
            if han_count(&part.zh) == 0 {
                report(&format!("/parts/{i}/zh"), format!("part {} has no Chinese characters", i + 1));
            } else if let Some(problem) = pinyin_problem(&part.zh, &part.pinyin) {
                report(&format!("/parts/{i}/pinyin"), problem);
            }
        }
        let mut seen_related = HashSet::new();
        for (i, related) in entry.related.iter().enumerate() {
            let pointer = format!("/related/{i}");
            if related == &entry.id {
                report(&pointer, "an entry cannot be related to itself".into());
            } else if !ids.contains(related.as_str()) {
                report(&pointer, format!("related id {related:?} is not in the glossary"));
            } else if !seen_related.insert(related) {
                report(&pointer, format!("related id {related:?} is listed twice"));
            }
        }
        if entry.forms.en.is_empty() && entry.forms.zh.is_empty() {
            report("/match", "the entry lists no forms to match".into());
        }
        if let Some(note) = &entry.translation_note {
            if note.trim().is_empty() {
                report("/translation_note", "translation_note is empty".into());
            }
        }
        for lang in Lang::BOTH {
            let forms = entry.forms.get(lang);
            let uses = annotations.form_uses(index, lang);
            for (i, form) in forms.iter().enumerate() {
                let pointer = format!("/match/{}/{i}", lang.code());
                let key = match lang {
                    Lang::En => form.to_ascii_lowercase(),
                    Lang::Zh => form.clone(),
                };
                if form.trim().is_empty() {
                    report(&pointer, "a form is empty".into());
                } else if form.trim() != form {
                    report(&pointer, format!("form {form:?} starts or ends with white space"));
                } else if let Some(owner) = form_owners.insert((lang, key), &entry.id) {
                    report(&pointer, format!("form {form:?} is also listed by {owner}"));
                } else if uses.get(i).copied().unwrap_or(0) == 0 {
                    report(&pointer, format!("form {form:?} never occurs in the {} text (or a longer term always covers it)", language_adjective(lang)));
                }
            }
        }
    }
}

fn language_adjective(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Zh => "Chinese",
    }
}

/// Glossary ids are lowercase slugs: they appear in `#term=` links.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("four-consciousnesses"));
        assert!(is_slug("g20"));
        assert!(!is_slug("Four"));
        assert!(!is_slug("-x"));
        assert!(!is_slug("a b"));
    }
}
