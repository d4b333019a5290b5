//! Tifa (提法): an annotated bilingual reader for Chinese political texts.
//!
//! The library holds everything but the entry points: `domain` is plain Rust,
//! `state`, `hooks` and `components` are the Yew front end. It compiles with no
//! renderer feature; the binaries under `src/bin/` choose one.

pub mod authoring;
#[cfg(feature = "author")]
pub mod author_page;
pub mod components;
pub mod content;
pub mod domain;
pub mod hooks;
pub mod prerender;
pub mod state;
