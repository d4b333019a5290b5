//! The reading mode's life outside the page: taken from `?lang=` or local
//! storage on load, written to both on change, and restored by Back.

use gloo::events::EventListener;
use yew::prelude::*;

use super::browser_url::{push_query_param, query_param};
use super::use_document_mode::show_mode;
use crate::domain::language::{initial_mode, ReadingMode};
use crate::state::{ReaderAction, ReaderState};

/// The URL parameter that holds the mode.
pub const MODE_PARAM: &str = "lang";
/// The local-storage key of the reader's last chosen mode.
pub const MODE_STORAGE_KEY: &str = "tifa.mode";

/// The mode the page opens in: `?lang=`, else the stored choice, else the
/// default.
pub fn mode_on_load() -> ReadingMode {
    initial_mode(query_param(MODE_PARAM).as_deref(), stored_mode().as_deref())
}

/// The stored mode's name. It is kept as a JSON string (`"zh"`), the form
/// assets/boot.js reads before the app starts.
fn stored_mode() -> Option<String> {
    let storage = gloo::utils::window().local_storage().ok()??;
    let value = storage.get_item(MODE_STORAGE_KEY).ok()??;
    value.strip_prefix('"')?.strip_suffix('"').map(str::to_owned)
}

/// Remembers the mode. Storage can be full or forbidden (private windows,
/// sandboxed frames); the choice then lasts for this page only.
fn store_mode(mode: ReadingMode) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.set_item(MODE_STORAGE_KEY, &format!("\"{}\"", mode.param()));
    }
}

/// Applies the mode asked for by the URL or remembered from last time, follows
/// Back and Forward, and returns the callback that chooses a mode. Each puts
/// the mode on `<html>` itself ([`show_mode`]) before dispatching it.
///
/// The first render always uses the default mode so that a pre-rendered page
/// and the browser agree; the saved mode is applied in an effect right after.
#[hook]
pub fn use_reading_mode(dispatch: UseReducerDispatcher<ReaderState>) -> Callback<ReadingMode> {
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let on_load = mode_on_load();
            // assets/boot.js has already shown it; this keeps the two in step.
            show_mode(on_load);
            dispatch.dispatch(ReaderAction::SetMode(on_load));
            // The history entry the page was opened with may have no `?lang=`:
            // going back to it returns to the mode the page opened in.
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let mode = query_param(MODE_PARAM)
                    .as_deref()
                    .and_then(ReadingMode::from_param)
                    .unwrap_or(on_load);
                show_mode(mode);
                dispatch.dispatch(ReaderAction::SetMode(mode));
            });
            move || drop(listener)
        });
    }
    use_callback(dispatch, |mode: ReadingMode, dispatch| {
        // The history entry first, while the page's layout is clean: pushing
        // it saves the scroll position, which after the mode change would
        // lay out the whole page once more (16 ms on the 100x article).
        push_query_param(MODE_PARAM, mode.param());
        store_mode(mode);
        // Then the mode on <html> at once, in the event's own task: the
        // stylesheet shows it in the next frame, whatever the app re-renders
        // (little: see components::reader).
        show_mode(mode);
        dispatch.dispatch(ReaderAction::SetMode(mode));
    })
}
