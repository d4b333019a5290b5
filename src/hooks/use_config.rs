//! The host's `tifa.json`, fetched once, when something needs it.

use crate::domain::config::{parse_config, ReaderConfig, CONFIG_FILE};
use crate::domain::error::ContentError;

use super::fetch_text::{fetch_text, FetchError};

/// The configuration next to `index.html`. A host without one (404) allows
/// nothing beyond its own origin; a broken one is an error to show.
pub async fn load_config() -> Result<ReaderConfig, Vec<ContentError>> {
    match fetch_text(CONFIG_FILE).await {
        Ok(text) => parse_config(CONFIG_FILE, &text),
        Err(FetchError::Status(404, _)) => Ok(ReaderConfig::default()),
        Err(error) => Err(vec![ContentError::about_file(CONFIG_FILE, error.describe())]),
    }
}
