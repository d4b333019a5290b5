//! The reader's marks on the article, put straight on the few elements they
//! concern: the highlighted sentence and its twin (`is-highlighted`), the
//! active entry's occurrences in both languages (`is-active`) and the term
//! the pop-up stands next to (`aria-expanded`).
//!
//! The article is rendered once and never re-rendered for a hover or a
//! pop-up: a change here touches the elements marked before and the ones
//! marked now, found by id, and nothing else, so its cost does not grow with
//! the article's length.
//!
//! The marks change while the reader renders the new state, not in an
//! effect: Yew may yield to the browser between a render and its effects,
//! and the marks must never be a step behind the rest of the page (the
//! pop-up closed but its term still `aria-expanded`). The elements marked
//! are ones Yew never renders again, so the order does not matter. The
//! first render (on the server too) has no marks and touches nothing.

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

/// What is marked on the page.
#[derive(Clone, Debug, Default, PartialEq)]
struct Marks {
    highlighted: Option<Rc<str>>,
    active_entry: Option<usize>,
    expanded: Option<Occurrence>,
}

/// Keeps the marks of `highlighted`, `active_entry` and `expanded` on the
/// page, as the rendered text would carry them.
#[hook]
pub fn use_marks(pack: SharedPack, highlighted: Option<Rc<str>>, active_entry: Option<usize>, expanded: Option<Occurrence>) {
    let shown = use_mut_ref(Marks::default);
    let next = Marks { highlighted, active_entry, expanded };
    let before = shown.replace(next.clone());
    if before.highlighted != next.highlighted {
        for (sentence, on) in [(&before.highlighted, false), (&next.highlighted, true)] {
            if let Some(sentence) = sentence {
                set_class(&sentence_elements(sentence), HIGHLIGHTED, on);
            }
        }
    }
    if before.active_entry != next.active_entry {
        for (entry, on) in [(before.active_entry, false), (next.active_entry, true)] {
            if let Some(entry) = entry {
                set_class(&entry_elements(&pack, entry), ACTIVE, on);
            }
        }
    }
    if before.expanded != next.expanded {
        for (anchor, value) in [(before.expanded, "false"), (next.expanded, "true")] {
            if let Some(anchor) = anchor.and_then(|at| element(&occurrence_id(at.lang, at.index))) {
                let _ = anchor.set_attribute("aria-expanded", value);
            }
        }
    }
}

/// Every occurrence of an entry, in both languages.
fn entry_elements(pack: &SharedPack, entry: usize) -> Vec<Element> {
    Lang::BOTH
        .into_iter()
        .flat_map(|lang| pack.annotations.occurrences(entry, lang).iter().map(move |&index| occurrence_id(lang, index)))
        .filter_map(|id| element(&id))
        .collect()
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
