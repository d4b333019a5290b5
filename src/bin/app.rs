//! The browser entry point, bundled by Trunk: hydrates the pre-rendered page
//! in `#app` with the pack whose text the page carries (`#tifa-pack`), or
//! renders into it when the page was not pre-rendered.

use tifa::components::{App, AppProps};
use tifa::content::DEFAULT_PACK_FILE;
use tifa::prerender::PACK_DATA_ID;

fn main() {
    // A panic must never leave a dead page that looks alive: say so in the
    // page, with a way to reload. (The default hook only logs to the console.)
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_failure(&info.to_string());
    }));
    let document = gloo::utils::document();
    // A diagnostic for hosts: `?debug-panic=1` shows what a crash looks like.
    if gloo::utils::window().location().search().unwrap_or_default().contains("debug-panic=1") {
        panic!("a panic was requested with ?debug-panic=1");
    }
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    // The pack travels in the page, compiled, as a data block: not inside the
    // wasm, and already checked.
    let data = document.get_element_by_id(PACK_DATA_ID);
    let props = AppProps {
        file: data
            .as_ref()
            .and_then(|element| element.get_attribute("data-file"))
            .unwrap_or_else(|| DEFAULT_PACK_FILE.to_owned())
            .into(),
        compiled: data.and_then(|element| element.text_content()).map(Into::into),
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

/// Puts a notice at the top of the page (built from text nodes, never
/// markup): what went wrong, that the text above may still be read, and a
/// reload link. The same notice as assets/boot.js shows when the app fails to
/// load.
fn show_failure(detail: &str) {
    let document = gloo::utils::document();
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("tifa-failure").is_some() {
        return;
    }
    let build = || -> Option<web_sys::Element> {
        let notice = document.create_element("div").ok()?;
        notice.set_id("tifa-failure");
        notice.set_attribute("role", "alert").ok()?;
        notice.set_class_name("failure");
        let heading = document.create_element("strong").ok()?;
        heading.set_text_content(Some("The reader stopped working. "));
        let text = document.create_element("span").ok()?;
        text.set_text_content(Some("The article may still be read, but pop-ups and the language switch no longer respond. "));
        let link = document.create_element("a").ok()?;
        link.set_attribute("href", "").ok()?;
        link.set_text_content(Some("Reload the page"));
        let code = document.create_element("code").ok()?;
        code.set_text_content(Some(detail));
        for child in [&heading, &text, &link, &code] {
            notice.append_child(child).ok()?;
        }
        Some(notice)
    };
    if let Some(notice) = build() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
