//! Keeps the document's own `lang` and title in step with the reading mode, so
//! that screen readers and the browser tab match what is on screen.

use yew::prelude::*;

use crate::domain::language::ReadingMode;

/// Sets `<html lang>` to the interface language, `<html data-mode>` to the
/// mode, and the tab title to the article's title in the interface language.
#[hook]
pub fn use_document_language(mode: ReadingMode, title: AttrValue) {
    use_effect_with((mode, title), |(mode, title)| {
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", mode.interface_lang().bcp47());
            // The stylesheet shows and hides the languages from this attribute
            // (assets/boot.js sets it before the app loads).
            let _ = root.set_attribute("data-mode", mode.param());
            // The page is live (hydrated and listening): until then the
            // pre-rendered article reads but does not respond.
            let _ = root.set_attribute("data-ready", "");
        }
        // A timeline mark for the benchmark (scripts/bench.py) and for anyone
        // profiling the page: when the reader became live.
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("tifa:ready");
        }
        document.set_title(&format!("{title} · Tifa"));
    });
}
