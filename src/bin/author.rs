//! The authoring page's entry point (`author.html`), bundled by Trunk with
//! `Trunk.author.toml`: renders the page into `#author-app` (its offline
//! copy is registered by assets/offline.js).

use tifa::author_page::AuthorApp;

fn main() {
    console_error_panic_hook::set_once();
    let document = gloo::utils::document();
    let root = document.get_element_by_id("author-app").unwrap_or_else(|| gloo::utils::body().into());
    // The loading notice is static markup from author.html.
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    yew::Renderer::<AuthorApp>::with_root(root).render();
}
