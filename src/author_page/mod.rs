//! The authoring page (`author.html`): Yew components over the pure
//! [`authoring::session`](crate::authoring::session), with its own wasm
//! binary (`src/bin/author.rs`), so that none of it reaches the reader.

mod app;
mod effects;
mod pair_list;
mod result_panel;
mod term_review;
mod texts_form;

pub use app::AuthorApp;
