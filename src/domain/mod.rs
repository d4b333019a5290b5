//! The reader's domain: plain Rust with no browser or framework imports, so that
//! every rule here is tested natively with `cargo test`.

pub mod alignment;
pub mod annotation;
pub mod article;
pub mod compiled;
pub mod config;
pub mod dates;
pub mod embed_message;
pub mod error;
pub mod glossary;
pub mod glossary_validation;
pub mod handout;
pub mod json_pointer;
pub mod labels;
pub mod language;
pub mod matcher;
pub mod near_miss;
pub mod pack;
pub mod pack_request;
pub mod pinyin;
pub mod ruby;
pub mod shape;
pub mod small_json;
pub mod term_link;
pub mod termbase;
pub mod validation;
