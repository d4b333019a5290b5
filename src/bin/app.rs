//! The browser entry point: replaces the loading notice in `#app` with the
//! app. Bundled by Trunk.

use tifa::components::App;

fn main() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    // The loading notice is static markup from index.html; clear it as nodes.
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    yew::Renderer::<App>::with_root(root).render();
}
