//! Components: each renders state it is given and reports what the reader did.

mod app;
mod article_body;
mod article_header;
mod content_errors;
mod mode_switch;
mod provenance_note;
mod reader;
mod sentence;

pub use app::{App, AppProps};
pub use content_errors::ContentErrors;
pub use reader::Reader;
