//! Hooks: every side effect of the reader (URL, history, storage, timers,
//! fetching, clipboard, messages to a host page, the pop-up's place in the
//! page) lives here, so that components only render state.

mod browser_url;
mod fetch_text;
mod pack_worker;
mod use_config;
mod use_copy_link;
mod use_document_mode;
mod use_embed_bridge;
mod use_hover_intent;
mod use_marks;
mod use_pack_source;
mod use_print_handout;
mod use_reading_mode;
mod use_term_link;
mod use_term_popover;

pub use fetch_text::{fetch_text, FetchError};
pub use pack_worker::{check_in_worker, PACK_WORKER_URL};
pub use use_copy_link::{copy_text, use_copy_link, CopyStatus};
pub use use_document_mode::{show_mode, use_document_mode};
pub use use_embed_bridge::use_embed_bridge;
pub use use_hover_intent::{use_hover_intent, HoverTarget};
pub use use_marks::use_marks;
pub use use_pack_source::{use_pack_source, PackSource};
pub use use_print_handout::use_print_handout;
pub use use_reading_mode::use_reading_mode;
pub use use_term_link::use_term_link;
pub use use_term_popover::use_term_popover;
