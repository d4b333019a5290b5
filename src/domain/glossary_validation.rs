//! The rules a glossary must keep, including the ones that need the text:
//! every form it lists must mark something in the article.

use std::collections::{HashMap, HashSet};

use super::annotation::Annotations;
use super::article::Article;
#[cfg(any(not(target_arch = "wasm32"), feature = "author"))]
use super::near_miss::never_occurs_hint;
use super::dates::is_partial_date;
use super::error::ProblemList;
use super::glossary::{GlossaryEntry, RenderingUse, TermStatus};
use super::language::Lang;
use super::pinyin::{han_count, pinyin_problem};

/// Checks a glossary against the occurrences found in its article.
pub fn validate_glossary(glossary: &[GlossaryEntry], article: &Article, annotations: &Annotations, problems: &mut ProblemList) {
    let ids: HashSet<&str> = glossary.iter().map(|entry| entry.id.as_str()).collect();
    let mut seen_ids = HashSet::new();
    let mut forms = FormOwners::default();
    // The nearest-string search reads the whole text per form: done for the
    // first forms only, so a pack with thousands of stray forms is still
    // checked in moments (the page lists the first 100 problems anyway).
    let mut hints_left = HINTED_FORMS;
    for (index, entry) in glossary.iter().enumerate() {
        let base = format!("/glossary/{index}");
        let name = entry_name("glossary entry", entry, index);
        if is_slug(&entry.id) && !seen_ids.insert(entry.id.as_str()) {
            problems.add(format!("{base}/id"), &name, format!("duplicate id {:?}", entry.id));
        }
        check_entry(entry, &base, &name, (&|id| ids.contains(id), "glossary"), problems);
        for lang in Lang::BOTH {
            let uses = annotations.form_uses(index, lang);
            for (i, form) in entry.forms.get(lang).iter().enumerate() {
                let pointer = format!("{base}/match/{}/{i}", lang.code());
                if !forms.claim(lang, form, &entry.id, &pointer, &name, problems) {
                    continue;
                }
                let used = uses.get(i).copied().unwrap_or(0) > 0;
                if !used && !inside_a_containing_term(glossary, annotations, index, lang, form) {
                    let hint = if hints_left > 0 {
                        hints_left -= 1;
                        near_miss_hint(form, &article.texts(lang), lang)
                    } else {
                        String::new()
                    };
                    problems.add(
                        &pointer,
                        &name,
                        format!("form {form:?} never occurs in the {} text (or a longer term always covers it){hint}", language_adjective(lang)),
                    );
                }
            }
        }
    }
}

/// How many forms that never occur get a hint of what comes closest.
const HINTED_FORMS: usize = 100;

/// What in the text comes closest to a form that never occurs, for the
/// tools and the authoring page. The reader's own wasm leaves it out: its
/// readers do not write packs, and the search is a few KB of code.
#[cfg(any(not(target_arch = "wasm32"), feature = "author"))]
fn near_miss_hint(form: &str, texts: &[&str], lang: Lang) -> String {
    never_occurs_hint(form, texts.iter().copied(), lang == Lang::En).map(|hint| format!("; {hint}")).unwrap_or_default()
}

#[cfg(all(target_arch = "wasm32", not(feature = "author")))]
fn near_miss_hint(_: &str, _: &[&str], _: Lang) -> String {
    String::new()
}

/// Whether form `form` of entry `index` marks something in the text, or
/// stands inside a used form of a longer term that contains this one.
pub fn form_is_reachable(glossary: &[GlossaryEntry], annotations: &Annotations, index: usize, lang: Lang, form: usize) -> bool {
    let used = annotations.form_uses(index, lang).get(form).copied().unwrap_or(0) > 0;
    used || glossary[index].forms.get(lang).get(form).is_some_and(|text| inside_a_containing_term(glossary, annotations, index, lang, text))
}

/// Whether `form` of entry `index` stands inside a form, used in the text,
/// of an entry whose Chinese term contains this one's: the pop-up of that
/// longer term lists this one, so it is reachable although never marked.
fn inside_a_containing_term(glossary: &[GlossaryEntry], annotations: &Annotations, index: usize, lang: Lang, form: &str) -> bool {
    let inner = &glossary[index];
    // Only an entry marked somewhere can cover: checked first, as it is cheap
    // and most entries of a pack with many stray forms are not.
    let marked = |other: usize| annotations.form_uses(other, lang).iter().any(|&uses| uses > 0);
    glossary.iter().enumerate().any(|(other, outer)| {
        marked(other)
            && outer.contains_term(inner)
            && outer
                .forms
                .get(lang)
                .iter()
                .zip(annotations.form_uses(other, lang))
                .any(|(outer_form, &uses)| uses > 0 && form_inside(lang, form, outer_form))
    })
}

/// Whether `inner` stands inside `outer` as the matcher would see it: any
/// substring in Chinese, whole words ignoring ASCII case in English.
pub fn form_inside(lang: Lang, inner: &str, outer: &str) -> bool {
    if inner.len() >= outer.len() || inner.is_empty() {
        return false;
    }
    match lang {
        Lang::Zh => outer.contains(inner),
        Lang::En => {
            let (inner, outer) = (inner.to_ascii_lowercase(), outer.to_ascii_lowercase());
            let is_word = |c: char| c.is_alphanumeric() || c == '-';
            outer.match_indices(inner.as_str()).any(|(start, found)| {
                let before = outer[..start].chars().next_back();
                let after = outer[start + found.len()..].chars().next();
                !before.is_some_and(is_word) && !after.is_some_and(is_word)
            })
        }
    }
}

/// How an entry is named in messages: by its id, or by its number.
pub fn entry_name(what: &str, entry: &GlossaryEntry, index: usize) -> String {
    if entry.id.is_empty() {
        format!("{what} #{}", index + 1)
    } else {
        format!("{what} {}", entry.id)
    }
}

/// Which entry lists each form, so that a form listed twice is reported.
#[derive(Default)]
pub struct FormOwners {
    owners: HashMap<(Lang, String), String>,
}

impl FormOwners {
    /// Records `form` for entry `id`; reports it (and returns false) when it
    /// is empty, padded, or already listed.
    pub fn claim(&mut self, lang: Lang, form: &str, id: &str, pointer: &str, name: &str, problems: &mut ProblemList) -> bool {
        if form.trim().is_empty() {
            problems.add(pointer, name, "a form is empty");
            return false;
        }
        if form.trim() != form {
            problems.add(pointer, name, format!("form {form:?} starts or ends with white space"));
            return false;
        }
        let key = match lang {
            Lang::En => form.to_ascii_lowercase(),
            Lang::Zh => form.to_owned(),
        };
        if let Some(owner) = self.owners.get(&(lang, key.clone())) {
            problems.add(pointer, name, format!("form {form:?} is also listed by {owner}"));
            return false;
        }
        self.owners.insert((lang, key), id.to_owned());
        true
    }
}

/// Every rule for one entry that needs neither the text nor the other
/// entries' forms. `known` says whether a `related` id exists in `scope`
/// ("glossary", "term base").
pub fn check_entry(
    entry: &GlossaryEntry,
    base: &str,
    name: &str,
    (known, scope): (&dyn Fn(&str) -> bool, &str),
    problems: &mut ProblemList,
) {
    let mut report = |field: &str, message: String| problems.add(format!("{base}{field}"), name, message);
    if !is_slug(&entry.id) {
        report("/id", format!("id {:?} must be lowercase letters, digits and '-', such as four-consciousnesses", entry.id));
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
    for (field, value) in [("/gloss_zh", &entry.gloss_zh), ("/explanation_zh", &entry.explanation_zh)] {
        match value.as_deref() {
            Some(text) if text.trim().is_empty() => report(field, format!("{} is empty: leave it out or write it", &field[1..])),
            Some(text) if han_count(text) == 0 => report(field, format!("{} has no Chinese characters", &field[1..])),
            _ => {}
        }
    }
    match (&entry.official_source, entry.official_suggested) {
        (Some(source), _) if source.trim().is_empty() => report("/official_source", "official_source is empty".into()),
        (Some(_), true) => report(
            "/official_suggested",
            "official_source and official_suggested are both given: keep the source if an official text uses the rendering, else drop it".into(),
        ),
        _ => {}
    }
    for (i, variant) in entry.variants.iter().enumerate() {
        if variant.trim().is_empty() {
            report(&format!("/variants/{i}"), "a variant is empty".into());
        }
    }
    for (i, rendering) in entry.renderings.iter().enumerate() {
        let at = format!("/renderings/{i}");
        if rendering.en.trim().is_empty() {
            report(&format!("{at}/en"), format!("rendering {} has no English", i + 1));
        }
        for (field, value) in [("source", &rendering.source), ("note", &rendering.note)] {
            if value.as_deref().is_some_and(|text| text.trim().is_empty()) {
                report(&format!("{at}/{field}"), format!("the rendering's {field} is empty: leave it out or write it"));
            }
        }
        if let Some(year) = rendering.year.filter(|&year| !plausible_year(year)) {
            report(&format!("{at}/year"), format!("year {year} is not between {FIRST_YEAR} and {LAST_YEAR}"));
        }
        if rendering.usage == RenderingUse::Mistranslation && rendering.note.is_none() {
            report(&format!("{at}/note"), format!("the mistranslation {:?} needs a note saying why it is wrong", rendering.en));
        }
    }
    if let Some(TermStatus::Retired(retirement)) = &entry.status {
        if retirement.note.trim().is_empty() {
            report("/status/retired/note", "a retired term needs a note saying what replaced it or why it was dropped".into());
        }
        if let Some(year) = retirement.year.filter(|&year| !plausible_year(year)) {
            report("/status/retired/year", format!("year {year} is not between {FIRST_YEAR} and {LAST_YEAR}"));
        }
    }
    if let Some(origin) = &entry.origin {
        if origin.occasion.trim().is_empty() {
            report("/origin/occasion", "the origin's occasion is empty".into());
        }
        if origin.occasion_zh.as_deref().is_some_and(|text| text.trim().is_empty()) {
            report("/origin/occasion_zh", "the origin's occasion_zh is empty: leave it out or write it".into());
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
        } else if !known(related) {
            report(&pointer, format!("related id {related:?} is not in the {scope}"));
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
}

const FIRST_YEAR: u16 = 1900;
const LAST_YEAR: u16 = 2100;

fn plausible_year(year: u16) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

fn language_adjective(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Zh => "Chinese",
    }
}

/// Glossary ids are lowercase slugs: they appear in `#term=` links.
pub fn is_slug(id: &str) -> bool {
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

    #[test]
    fn forms_inside_other_forms() {
        assert!(form_inside(Lang::Zh, "党中央", "以习近平同志为核心的党中央"));
        assert!(!form_inside(Lang::Zh, "党中央", "党中央"));
        assert!(form_inside(Lang::En, "Central Committee", "the CPC Central Committee with Comrade Xi Jinping at its core"));
        assert!(!form_inside(Lang::En, "era", "operation era-defining"));
        assert!(!form_inside(Lang::En, "Secretary", "Secretary-General"));
    }
}
