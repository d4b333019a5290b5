//! Hooks: every side effect of the reader (URL, history, storage, document
//! title) lives here, so that components only render state.

mod browser_url;
mod use_document_language;
mod use_reading_mode;

pub use use_document_language::use_document_language;
pub use use_reading_mode::use_reading_mode;
