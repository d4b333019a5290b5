//! The browser entry point, bundled by Trunk: hydrates the pre-rendered page
//! in `#app` with the pack whose text the page carries (`#tifa-pack`), or
//! renders into it when the page was not pre-rendered.

use tifa::components::{App, AppProps};
use tifa::content::DEFAULT_PACK_FILE;
use tifa::prerender::PACK_DATA_ID;

fn main() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    // The pack travels in the page as a JSON data block, not inside the wasm.
    let data = document.get_element_by_id(PACK_DATA_ID);
    let props = AppProps {
        file: data
            .as_ref()
            .and_then(|element| element.get_attribute("data-file"))
            .unwrap_or_else(|| DEFAULT_PACK_FILE.to_owned())
            .into(),
        json: data.and_then(|element| element.text_content()).map(Into::into),
    };
    let prerendered = root.query_selector("#reader").ok().flatten().is_some();
    if prerendered {
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        // The loading notice is static markup from index.html; clear it as nodes.
        while let Some(child) = root.first_child() {
            let _ = root.remove_child(&child);
        }
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
