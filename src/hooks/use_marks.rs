//! The reader's marks on the article, put straight on the few elements they
//! concern: the highlighted sentence and its twin (`is-highlighted`), the
//! active entry's occurrences in both languages (`is-active`) and the term
//! the pop-up stands next to (`aria-expanded`).
//!
//! The article is rendered once and never re-rendered for a hover or a
//! pop-up: a change here touches the elements marked before and the ones
//! marked now, found by id, and nothing else, so its cost does not grow with
//! the article's length. Each mark's effect undoes itself (its clean-up runs
//! before the next one, and when the reader goes away).

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::content::SharedPack;
use crate::domain::alignment::split_sentence_id;
use crate::domain::annotation::occurrence_id;
use crate::domain::language::Lang;
use crate::state::Occurrence;

/// The class of a highlighted sentence and of its twin.
const HIGHLIGHTED: &str = "is-highlighted";
/// The class of each occurrence of the active entry.
const ACTIVE: &str = "is-active";

/// Keeps the marks of `highlighted`, `active_entry` and `expanded` on the
/// page, as the rendered text would carry them.
#[hook]
pub fn use_marks(pack: SharedPack, highlighted: Option<Rc<str>>, active_entry: Option<usize>, expanded: Option<Occurrence>) {
    use_effect_with(highlighted, |highlighted| {
        let twins = highlighted.as_deref().map(sentence_elements).unwrap_or_default();
        set_class(&twins, HIGHLIGHTED, true);
        move || set_class(&twins, HIGHLIGHTED, false)
    });
    use_effect_with((pack, active_entry), |(pack, active_entry)| {
        let terms: Vec<Element> = active_entry
            .map(|entry| {
                Lang::BOTH
                    .into_iter()
                    .flat_map(|lang| pack.annotations.occurrences(entry, lang).iter().map(move |&index| occurrence_id(lang, index)))
                    .filter_map(|id| element(&id))
                    .collect()
            })
            .unwrap_or_default();
        set_class(&terms, ACTIVE, true);
        move || set_class(&terms, ACTIVE, false)
    });
    use_effect_with(expanded, |expanded| {
        let anchor = expanded.and_then(|at| element(&occurrence_id(at.lang, at.index)));
        if let Some(anchor) = &anchor {
            let _ = anchor.set_attribute("aria-expanded", "true");
        }
        move || {
            if let Some(anchor) = anchor {
                let _ = anchor.set_attribute("aria-expanded", "false");
            }
        }
    });
}

fn element(id: &str) -> Option<Element> {
    gloo::utils::document().get_element_by_id(id)
}

/// A sentence pair's two elements. A sentence's id starts with its
/// paragraph's, which is the id of the row holding both languages: only that
/// row's paragraphs and their sentences are looked at.
fn sentence_elements(id: &str) -> Vec<Element> {
    let Some(row) = split_sentence_id(id).and_then(|(paragraph, _)| element(paragraph)) else { return Vec::new() };
    children(&row)
        .flat_map(|paragraph| children(&paragraph))
        .filter(|sentence| sentence.get_attribute("data-sid").as_deref() == Some(id))
        .collect()
}

fn children(parent: &Element) -> impl Iterator<Item = Element> {
    std::iter::successors(parent.first_element_child(), Element::next_element_sibling)
}

/// Adds or removes one class, leaving the others as they are (the classes
/// the components render stay theirs).
fn set_class(elements: &[Element], class: &str, on: bool) {
    for element in elements {
        let current = element.get_attribute("class").unwrap_or_default();
        let others = current.split_ascii_whitespace().filter(|name| *name != class);
        let next: Vec<&str> = others.chain(on.then_some(class)).collect();
        let next = next.join(" ");
        if next != current {
            let _ = element.set_attribute("class", &next);
        }
    }
}
