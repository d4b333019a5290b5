//! The document's own attributes and title: the reading mode on `<html>`
//! (which the stylesheet reads), the mark that the page is live, and the tab
//! title. `<html lang>` stays the page's default: every text and every label
//! that changes language carries its own `lang`, so a mode switch never
//! restyles the whole document for a language change.

use yew::prelude::*;

use crate::domain::language::ReadingMode;

/// Puts the mode on `<html data-mode>`, which the stylesheet shows and hides
/// the languages from. Called by whoever changes the mode, right before the
/// change is dispatched, so that the page's one restyle happens in the same
/// frame as the event (not after a first paint, as from an effect).
/// Setting the value it already has does nothing.
pub fn show_mode(mode: ReadingMode) {
    if let Some(root) = gloo::utils::document().document_element() {
        if root.get_attribute("data-mode").as_deref() != Some(mode.param()) {
            let _ = root.set_attribute("data-mode", mode.param());
        }
    }
}

/// Marks the page live once, keeps `<html data-mode>` in step with `mode`
/// for any change that did not go through [`show_mode`] (a no-op when it
/// did), and sets the tab title to the article's title in the interface
/// language.
///
/// The first render's mode is the default, not yet the page's (assets/boot.js
/// put that on `<html>` before the app started, and `use_reading_mode`
/// applies it right after): it is not written, or the page would flip to the
/// default and back.
#[hook]
pub fn use_document_mode(mode: ReadingMode, title: AttrValue) {
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().document_element() {
            // The page is live (hydrated and listening): until then the
            // pre-rendered article reads but does not respond.
            let _ = root.set_attribute("data-ready", "");
        }
        // A timeline mark for the benchmark (scripts/bench.py) and for anyone
        // profiling the page: when the reader became live.
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("tifa:ready");
        }
    });
    let first = use_mut_ref(|| true);
    use_effect_with(mode, move |mode| {
        if !first.replace(false) {
            show_mode(*mode);
        }
    });
    use_effect_with(title, |title| gloo::utils::document().set_title(&format!("{title} · Tifa")));
}
