//! Authoring: turning two plain texts into a pack. Splitting, alignment,
//! term-base look-up, candidate terms and reading aids, used natively by
//! `tifa-make` and `tifa-check`; none of it is in the reader's wasm.

pub mod align;
pub mod candidates;
pub mod checks;
pub mod draft;
pub mod make;
pub mod session;
#[cfg(not(target_arch = "wasm32"))]
pub mod reading_aids;
pub mod split;
pub mod termbase_files;
