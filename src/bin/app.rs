//! The browser entry point, bundled by Trunk: hydrates the pre-rendered page
//! in `#app`, or renders into it when the page was not pre-rendered (the
//! loading notice is still there).

use tifa::components::App;

fn main() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("app")
        .unwrap_or_else(|| gloo::utils::body().into());
    let prerendered = root.query_selector("#reader").ok().flatten().is_some();
    if prerendered {
        yew::Renderer::<App>::with_root(root).hydrate();
    } else {
        // The loading notice is static markup from index.html; clear it as nodes.
        while let Some(child) = root.first_child() {
            let _ = root.remove_child(&child);
        }
        yew::Renderer::<App>::with_root(root).render();
    }
}
