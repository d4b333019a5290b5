//! Fetching a text file (a pack, the host's configuration) with the
//! platform's `fetch`, called directly: a request builder would add code to
//! the reader for options it never sets.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::domain::pack_request::MAX_PACK_BYTES;

/// Why a fetch gave no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The server answered with this status.
    Status(u16, String),
    /// No answer: network failure, or a cross-origin server without CORS.
    Network,
    /// The body is larger than the reader accepts.
    TooLarge(usize),
}

impl FetchError {
    /// What went wrong, as a sentence for the page.
    pub fn describe(&self) -> String {
        match self {
            FetchError::Status(code, text) => format!("the server answered {code} {text}"),
            FetchError::Network => {
                "it could not be fetched (the network failed, or the server does not allow this site to read it)".to_owned()
            }
            FetchError::TooLarge(bytes) => format!(
                "it is {} KB; the reader opens packs of up to {} KB",
                bytes / 1024,
                MAX_PACK_BYTES / 1024
            ),
        }
    }
}

/// The text at `url`, or why there is none.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let answer = JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.map_err(|_| FetchError::Network)?;
    let response: Response = answer.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status(), response.status_text()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&bytes| bytes > MAX_PACK_BYTES) {
        return Err(FetchError::TooLarge(bytes));
    }
    let body = response.text().map_err(|_| FetchError::Network)?;
    let text = JsFuture::from(body).await.ok().and_then(|text| text.as_string()).ok_or(FetchError::Network)?;
    if text.len() > MAX_PACK_BYTES {
        return Err(FetchError::TooLarge(text.len()));
    }
    Ok(text)
}
