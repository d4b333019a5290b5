//! Which pack the reader shows: the one it was given, or the one named by
//! `?pack=`, fetched at run time when the page's origin or `tifa.json` allows.
//! A fetched pack's JSON is checked by the pack worker, which answers with the
//! compiled form; a compiled pack is read as it is.

use std::rc::Rc;

use yew::prelude::*;

use super::browser_url::{page_origin, query_param, resolve};
use super::fetch_text::fetch_text;
use super::pack_worker::check_in_worker;
use super::use_config::load_config;
use crate::domain::compiled::is_compiled;
use crate::domain::error::ContentError;
use crate::domain::pack_request::{refusal, ResolvedUrl};

/// The URL parameter that names a pack to load.
pub const PACK_PARAM: &str = "pack";

/// Where the pack to show stands.
#[derive(Clone, Debug, PartialEq)]
pub enum PackSource {
    /// Show the pack the app was given (the built-in one).
    Given,
    /// Fetching the pack at this URL.
    Loading(AttrValue),
    /// The fetched pack, compiled, and where it came from.
    Fetched {
        /// Its URL.
        file: AttrValue,
        /// Its compiled form (see `domain::compiled`).
        compiled: AttrValue,
    },
    /// It could not be fetched, or may not be.
    Failed(Rc<Vec<ContentError>>),
}

/// Reads `?pack=` after the first render (so that a pre-rendered page and the
/// browser agree on it) and fetches the pack it names; without one, fetches
/// `given_file` when its text is not `given_text_at_hand`.
#[hook]
pub fn use_pack_source(given_file: AttrValue, given_text_at_hand: bool) -> PackSource {
    let source = use_state_eq(|| PackSource::Given);
    {
        let source = source.clone();
        use_effect_with((), move |_| {
            // assets/boot.js hid the pre-rendered built-in article; from here
            // on the app shows what it has.
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.remove_attribute("data-awaiting-pack");
            }
            let requested = query_param(PACK_PARAM).or_else(|| (!given_text_at_hand).then(|| given_file.to_string()));
            if let Some(requested) = requested {
                // Not ready until the requested pack is shown.
                if let Some(root) = gloo::utils::document().document_element() {
                    let _ = root.remove_attribute("data-ready");
                }
                source.set(PackSource::Loading(requested.clone().into()));
                wasm_bindgen_futures::spawn_local(async move { source.set(fetch_pack(&requested).await) });
            }
        });
    }
    (*source).clone()
}

async fn fetch_pack(requested: &str) -> PackSource {
    let failed = |message: String| PackSource::Failed(Rc::new(vec![ContentError::about_file(requested, message)]));
    let Some(url) = resolve(requested) else {
        return failed("this is not a URL the reader can resolve".to_owned());
    };
    let url = ResolvedUrl {
        href: url.href(),
        origin: url.origin(),
        protocol: url.protocol(),
    };
    let own_origin = page_origin();
    // Only a foreign origin needs the host's permission, so only then is the
    // configuration fetched.
    let allowed = if url.origin == own_origin {
        Vec::new()
    } else {
        match load_config().await {
            Ok(config) => config.pack_origins,
            Err(errors) => return PackSource::Failed(Rc::new(errors)),
        }
    };
    if let Some(reason) = refusal(&own_origin, &url, &allowed) {
        return failed(reason);
    }
    let text = match fetch_text(&url.href).await {
        Ok(text) => text,
        Err(error) => return failed(error.describe()),
    };
    let compiled = if is_compiled(&text) {
        text
    } else {
        match check_in_worker(&url.href, &text).await {
            Ok(compiled) => compiled,
            Err(problems) => return PackSource::Failed(Rc::new(problems)),
        }
    };
    PackSource::Fetched {
        file: url.href.into(),
        compiled: compiled.into(),
    }
}
