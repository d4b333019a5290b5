//! The printed handout: when the browser is about to print (its Print
//! command, Ctrl+P, or a print to PDF), the terms get their note numbers and
//! the notes are rendered; when it has printed, both go again.
//!
//! Numbers depend on the mode printed, and the screen never shows them, so
//! they are put on the page only for the print, like the reader's other
//! marks (`use_marks`): on the first occurrence of each term in each
//! language shown (`data-note`, which the print stylesheet writes as a
//! superscript), and the notes themselves as a list after the reader, built
//! from text nodes (never markup) outside the part of the page Yew renders.
//! The browser lays out the print once its `beforeprint` listeners are done.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use web_sys::{Document, Element};

use crate::content::SharedPack;
use crate::domain::annotation::occurrence_id;
use crate::domain::glossary::GlossaryEntry;
use crate::domain::handout::{handout_notes, HandoutNote};
use crate::domain::labels::{label, Label};
use crate::domain::language::{Lang, ReadingMode};

/// The attribute that numbers a term's first occurrence in print.
const NOTE_NUMBER: &str = "data-note";

/// What a print put on the page, to take away after it: the notes whose
/// numbers are on the terms, and the list of them.
type Printed = Option<(Vec<HandoutNote>, Option<Element>)>;

/// Numbers the terms and adds the notes for a print in `mode`, and takes
/// them away after it.
#[hook]
pub fn use_print_handout(pack: SharedPack, mode: ReadingMode) {
    let current_mode: Rc<RefCell<ReadingMode>> = use_mut_ref(ReadingMode::default);
    *current_mode.borrow_mut() = mode;
    use_effect_with(pack, move |pack| {
        let pack = pack.clone();
        let printed: Rc<RefCell<Printed>> = Rc::default();
        let window = gloo::utils::window();
        let before = {
            let printed = printed.clone();
            EventListener::new(&window, "beforeprint", move |_| {
                let mode = *current_mode.borrow();
                let notes = handout_notes(&pack.annotations, pack.glossary().len(), mode);
                number_terms(&notes, true);
                let list = add_notes(pack.glossary(), &notes, mode.interface_lang());
                *printed.borrow_mut() = Some((notes, list));
            })
        };
        let after = EventListener::new(&window, "afterprint", move |_| {
            if let Some((notes, list)) = printed.borrow_mut().take() {
                number_terms(&notes, false);
                if let Some(list) = list {
                    list.remove();
                }
            }
        });
        move || drop((before, after))
    });
}

/// The notes, numbered as the terms in the text: the Chinese, pinyin,
/// official rendering and gloss of each, after everything else in the page.
fn add_notes(glossary: &[GlossaryEntry], notes: &[HandoutNote], ui: Lang) -> Option<Element> {
    let document = gloo::utils::document();
    let section = element(&document, "section", "handout-notes", Some(ui.bcp47()))?;
    let heading = element(&document, "h2", "", Some(ui.bcp47()))?;
    heading.set_text_content(Some(label(Label::HandoutNotes, ui)));
    let list = element(&document, "ol", "", None)?;
    for entry in notes.iter().filter_map(|note| glossary.get(note.entry)) {
        let item = element(&document, "li", "", None)?;
        let (gloss, gloss_lang) = entry.gloss_in(ui);
        for (class, text, lang) in [
            ("note-zh", entry.zh.as_str(), Lang::Zh.bcp47()),
            ("note-pinyin", entry.pinyin.as_str(), "zh-Latn-pinyin"),
            ("note-en", entry.official.as_str(), Lang::En.bcp47()),
            ("note-gloss", gloss, gloss_lang.bcp47()),
        ] {
            let part = element(&document, "span", class, Some(lang))?;
            part.set_text_content(Some(text));
            item.append_child(&part).ok()?;
            item.append_with_str_1(" ").ok()?;
        }
        list.append_child(&item).ok()?;
    }
    section.append_child(&heading).ok()?;
    section.append_child(&list).ok()?;
    document.body()?.append_child(&section).ok()?;
    Some(section)
}

/// `<tag class lang>`, each attribute left out when not given.
fn element(document: &Document, tag: &str, class: &str, lang: Option<&str>) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if let Some(lang) = lang {
        element.set_attribute("lang", lang).ok()?;
    }
    Some(element)
}

/// Writes (or removes) each note's number on its term's first occurrences.
fn number_terms(notes: &[HandoutNote], on: bool) {
    let document = gloo::utils::document();
    for (number, note) in (1..).zip(notes) {
        for &(lang, index) in &note.first {
            if let Some(term) = document.get_element_by_id(&occurrence_id(lang, index)) {
                let _ = if on { term.set_attribute(NOTE_NUMBER, &number.to_string()) } else { term.remove_attribute(NOTE_NUMBER) };
            }
        }
    }
}
