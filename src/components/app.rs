use std::rc::Rc;

use yew::prelude::*;

use super::{ContentErrors, Reader};
use crate::content::{SharedPack, DEFAULT_PACK_FILE, DEFAULT_PACK_JSON};
use crate::domain::pack::load_pack;

/// Which pack to open: its name (for error messages) and its JSON text.
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

/// The whole app: the reader for a valid pack, the list of its problems for
/// an invalid one. Never a blank page.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_memo((props.file.clone(), props.json.clone()), |(file, json)| {
        load_pack(file, json).map(SharedPack::new).map_err(Rc::new)
    });
    match &*loaded {
        Ok(pack) => html! { <Reader pack={pack.clone()} /> },
        Err(errors) => html! { <ContentErrors errors={errors.clone()} /> },
    }
}
