//! Components: each renders state it is given and reports what the reader did.

mod app;
mod article_body;
mod article_header;
mod content_errors;
mod glossary_index;
mod mode_switch;
mod provenance_note;
mod reader;
mod sentence;
mod term_popup;
mod term_text;

pub use app::{App, AppProps};
pub use content_errors::{ContentErrors, ContentErrorsProps};
pub use reader::Reader;
pub use term_popup::{TermPopup, TermPopupProps};
