//! The authoring page's side effects: fetching the term base, reading an
//! opened file, a `blob:` URL for the pack (download and preview), the
//! `?pack=` link, and the service worker that keeps the page usable offline.

use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, Url};
use yew::prelude::*;

use crate::domain::glossary::GlossaryEntry;
use crate::domain::termbase::{load_termbase, parse_termbase_index};
use crate::hooks::fetch_text;

/// Where the term base stands.
#[derive(Clone, Debug, PartialEq)]
pub enum TermBaseState {
    /// Being fetched.
    Loading,
    /// Loaded and checked.
    Ready(Rc<Vec<GlossaryEntry>>),
    /// Not loaded, with why (aligning still works, without terms).
    Failed(Rc<Vec<String>>),
}

/// The index of the term base's files, relative to the page.
const TERMBASE_INDEX: &str = "assets/termbase-index.json";
/// The term base's folder, relative to the page.
const TERMBASE_FOLDER: &str = "assets/termbase/";

/// Fetches and checks the term base once.
#[hook]
pub fn use_termbase() -> TermBaseState {
    let state = use_state_eq(|| TermBaseState::Loading);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { state.set(fetch_termbase().await) });
        });
    }
    (*state).clone()
}

async fn fetch_termbase() -> TermBaseState {
    let failed = |problems: Vec<String>| TermBaseState::Failed(Rc::new(problems));
    let index = match fetch_text(TERMBASE_INDEX).await {
        Ok(text) => text,
        Err(error) => return failed(vec![format!("{TERMBASE_INDEX}: {}", error.describe())]),
    };
    let names = match parse_termbase_index(&index) {
        Ok(names) => names,
        Err(problem) => return failed(vec![format!("{TERMBASE_INDEX}: {problem}")]),
    };
    let mut files = Vec::with_capacity(names.len());
    for name in names {
        let path = format!("{TERMBASE_FOLDER}{name}");
        match fetch_text(&path).await {
            Ok(text) => files.push((path, text)),
            Err(error) => return failed(vec![format!("{path}: {}", error.describe())]),
        }
    }
    match load_termbase(&files) {
        Ok(checked) => TermBaseState::Ready(Rc::new(checked.termbase.entries().cloned().collect())),
        Err(errors) => failed(errors.iter().map(ToString::to_string).collect()),
    }
}

/// Reads an opened text file and hands its text to `done` (or why not).
pub fn read_text_file(file: File, done: Callback<Result<String, String>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let text = JsFuture::from(file.text()).await;
        done.emit(match text.ok().and_then(|value| value.as_string()) {
            Some(text) => Ok(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text)),
            None => Err(format!("{name} could not be read as text")),
        });
    });
}

/// A `blob:` URL holding `text` as JSON while `text` stays the same; the
/// old URL is revoked when it changes.
#[hook]
pub fn use_json_object_url(text: Option<AttrValue>) -> Option<AttrValue> {
    let url = use_state_eq(|| None::<AttrValue>);
    {
        let url = url.clone();
        use_effect_with(text, move |text| {
            let made = text.as_ref().and_then(|text| json_object_url(text));
            url.set(made.clone().map(AttrValue::from));
            move || {
                if let Some(made) = made {
                    let _ = Url::revoke_object_url(&made);
                }
            }
        });
    }
    (*url).clone()
}

fn json_object_url(text: &str) -> Option<String> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// `index.html?pack=<pack>` resolved against this page: the link a reader
/// follows once the pack is on the site at `pack` (relative to the reader).
pub fn reader_link(pack: &str) -> Option<String> {
    let href = gloo::utils::window().location().href().ok()?;
    let url = Url::new_with_base("index.html", &href).ok()?;
    url.search_params().set("pack", pack);
    Some(url.href())
}

/// Where the texts are kept between visits, so that a reload or a closed
/// tab does not lose a teacher's work.
const TEXTS_STORAGE_KEY: &str = "tifa.author.texts";

/// The two texts kept from the last visit, if any.
pub fn stored_texts() -> Option<(String, String)> {
    use gloo::storage::{LocalStorage, Storage};
    LocalStorage::get::<(String, String)>(TEXTS_STORAGE_KEY).ok().filter(|(zh, en)| !zh.is_empty() || !en.is_empty())
}

/// Keeps the two texts for the next visit (quietly not, when storage is
/// full or forbidden).
pub fn store_texts(zh: &str, en: &str) {
    use gloo::storage::{LocalStorage, Storage};
    let _ = LocalStorage::set(TEXTS_STORAGE_KEY, (zh, en));
}
