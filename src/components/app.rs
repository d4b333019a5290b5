use std::rc::Rc;

use yew::prelude::*;

use super::{ContentErrors, Reader};
use crate::content::{SharedPack, DEFAULT_PACK_FILE, DEFAULT_PACK_JSON};
use crate::domain::pack::load_pack;
use crate::hooks::{use_pack_source, PackSource};

/// Which pack to open when the URL names none: its name (for error
/// messages) and its JSON text.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The file or URL the pack came from.
    pub file: AttrValue,
    /// The pack's JSON text.
    pub json: AttrValue,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            file: AttrValue::Static(DEFAULT_PACK_FILE),
            json: AttrValue::Static(DEFAULT_PACK_JSON),
        }
    }
}

/// The whole app: the pack the URL asks for (`?pack=`) or the given one,
/// shown as the reader when valid and as the list of its problems when not.
/// Never a blank page.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    match use_pack_source() {
        PackSource::Given => html! { <PackView file={props.file.clone()} json={props.json.clone()} /> },
        PackSource::Fetched { file, json } => html! { <PackView {file} {json} /> },
        PackSource::Loading(url) => html! {
            <main id="reader" class="reader loading" aria-busy="true">
                <p class="boot" role="status">{ "Loading the article from " }<code>{ url }</code>{ " …" }</p>
            </main>
        },
        PackSource::Failed(errors) => html! { <ContentErrors {errors} /> },
    }
}

/// A pack's text, validated once per text.
#[function_component]
fn PackView(props: &AppProps) -> Html {
    let loaded = use_memo((props.file.clone(), props.json.clone()), |(file, json)| {
        load_pack(file, json).map(SharedPack::new).map_err(Rc::new)
    });
    match &*loaded {
        Ok(pack) => html! { <Reader pack={pack.clone()} /> },
        Err(errors) => html! { <ContentErrors errors={errors.clone()} /> },
    }
}
