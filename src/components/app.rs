use std::rc::Rc;

use yew::prelude::*;

use super::{ContentErrors, Reader};
use crate::content::SharedPack;
use crate::domain::compiled::read_compiled;
use crate::hooks::{use_pack_source, PackSource};

/// Which pack to open when the URL names none: its name (a URL relative to
/// the page, also used in error messages) and, when the page carries it, its
/// compiled form; without it the app fetches the file.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The file or URL the pack came from.
    pub file: AttrValue,
    /// The pack's compiled form (see `domain::compiled`), if it is at hand.
    pub compiled: Option<AttrValue>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for AppProps {
    /// The built-in pack, compiled here: for the server renderer and native
    /// tests. The browser binary gets the compiled form from the pre-rendered
    /// page instead, so that the wasm neither carries nor checks it.
    fn default() -> Self {
        Self {
            file: AttrValue::Static(crate::content::DEFAULT_PACK_FILE),
            compiled: Some(AttrValue::Static(crate::content::default_pack_compiled())),
        }
    }
}

/// The whole app: the pack the URL asks for (`?pack=`) or the given one,
/// shown as the reader when valid and as the list of its problems when not.
/// Never a blank page.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    // Each source gets its own keyed view, so a fetched pack always starts a
    // fresh reader (its state, its effects, its ready mark). Yew may merge
    // "loading" and "fetched" into one update when the pack arrives while its
    // scheduler has yielded to the browser; without the keys the given pack's
    // reader was then reused and never marked the page live again.
    match use_pack_source(props.file.clone(), props.compiled.is_some()) {
        PackSource::Given => match &props.compiled {
            Some(compiled) => html! { <PackView key="given" file={props.file.clone()} compiled={compiled.clone()} /> },
            None => html! {},
        },
        PackSource::Fetched { file, compiled } => {
            let key = format!("fetched {file}");
            html! { <PackView {key} {file} {compiled} /> }
        }
        PackSource::Loading(url) => html! {
            <main id="reader" class="reader loading" aria-busy="true">
                <p class="boot" role="status">{ "Loading the article from " }<code>{ url }</code>{ " …" }</p>
            </main>
        },
        PackSource::Failed(errors) => html! { <ContentErrors {errors} /> },
    }
}

#[derive(Properties, PartialEq)]
struct PackViewProps {
    file: AttrValue,
    compiled: AttrValue,
}

/// A compiled pack, read once per text.
#[function_component]
fn PackView(props: &PackViewProps) -> Html {
    let loaded = use_memo((props.file.clone(), props.compiled.clone()), |(file, compiled)| {
        read_compiled(file, compiled).map(SharedPack::new).map_err(Rc::new)
    });
    match &*loaded {
        Ok(pack) => html! { <Reader pack={pack.clone()} /> },
        Err(errors) => html! { <ContentErrors errors={errors.clone()} /> },
    }
}
