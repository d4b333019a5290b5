//! `#term=<id>` links: the entry named in the URL opens on load (and when the
//! fragment changes), and the open entry is kept in the fragment without
//! adding a history entry per click.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::browser_url::{fragment, replace_fragment};
use super::use_reading_mode::mode_on_load;
use crate::content::SharedPack;
use crate::domain::language::ReadingMode;
use crate::domain::term_link::{term_fragment, term_from_fragment};
use crate::state::{Occurrence, OpenTerm, OpenedBy, ReaderAction, ReaderState};

/// The pop-up that a fragment asks for, if the entry exists and occurs in
/// what `mode` shows.
fn open_from_fragment(pack: &SharedPack, fragment: &str, mode: ReadingMode) -> Option<OpenTerm> {
    let entry = pack.entry_index(term_from_fragment(fragment)?)?;
    let (lang, index) = pack.annotations.first_occurrence(entry, mode)?;
    Some(OpenTerm {
        entry,
        anchor: Occurrence { lang, index },
        opened_by: OpenedBy::Link,
    })
}

/// Opens the entry in the URL's fragment and keeps the fragment in step.
#[hook]
pub fn use_term_link(pack: SharedPack, dispatch: UseReducerDispatcher<ReaderState>, mode: ReadingMode, open: Option<OpenTerm>) {
    let current_mode: Rc<RefCell<ReadingMode>> = use_mut_ref(ReadingMode::default);
    *current_mode.borrow_mut() = mode;
    {
        let pack = pack.clone();
        use_effect_with((), move |_| {
            // The mode effect has only queued its change: ask the URL directly.
            if let Some(open) = open_from_fragment(&pack, &fragment(), mode_on_load()) {
                dispatch.dispatch(ReaderAction::OpenTerm(open));
            }
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if let Some(open) = open_from_fragment(&pack, &fragment(), *current_mode.borrow()) {
                    dispatch.dispatch(ReaderAction::OpenTerm(open));
                }
            });
            move || drop(listener)
        });
    }
    let was_open = use_mut_ref(|| false);
    use_effect_with(open.map(|open| open.entry), move |entry| {
        match entry.and_then(|entry| pack.glossary().get(entry)) {
            Some(entry) => {
                replace_fragment(Some(&term_fragment(&entry.id)));
                *was_open.borrow_mut() = true;
            }
            // Only a pop-up that was open clears the fragment: on the first
            // render the fragment is still waiting to be read.
            None if *was_open.borrow() => {
                if term_from_fragment(&fragment()).is_some() {
                    replace_fragment(None);
                }
                *was_open.borrow_mut() = false;
            }
            None => {}
        }
    });
}
