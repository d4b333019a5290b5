//! Reading and writing one query parameter of the page's URL with the
//! platform's `URL` API, keeping every other parameter and the hash.

use wasm_bindgen::JsValue;
use web_sys::Url;

fn current_url() -> Option<Url> {
    let href = gloo::utils::window().location().href().ok()?;
    Url::new(&href).ok()
}

/// The value of `?name=` in the page's URL.
pub fn query_param(name: &str) -> Option<String> {
    current_url()?.search_params().get(name)
}

/// Whether the page was opened as an embedded reader (`?embed=1`).
pub fn is_embedded() -> bool {
    query_param("embed").is_some_and(|value| value == "1" || value == "true")
}

/// Resolves a URL written in the page (relative or absolute) against it.
pub fn resolve(url: &str) -> Option<Url> {
    let href = gloo::utils::window().location().href().ok()?;
    Url::new_with_base(url, &href).ok()
}

/// The page's own origin.
pub fn page_origin() -> String {
    gloo::utils::window().location().origin().unwrap_or_default()
}

/// Adds a history entry whose URL has `?name=value`, unless it has it
/// already. An embedded reader replaces its entry instead: its history is
/// the host page's, and Back there must leave the page, not step through modes.
pub fn push_query_param(name: &str, value: &str) {
    let Some(url) = current_url() else { return };
    if url.search_params().get(name).as_deref() == Some(value) {
        return;
    }
    url.search_params().set(name, value);
    if let Ok(history) = gloo::utils::window().history() {
        // A failure here (a sandboxed frame, say) leaves the URL as it was:
        // the mode still changes, it just is not in the link.
        let _ = if is_embedded() {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url.href()))
        };
    }
}

/// Replaces the current history entry's fragment (`Some("#term=x")`) or
/// removes it (`None`), without adding a history entry.
pub fn replace_fragment(fragment: Option<&str>) {
    let Some(url) = current_url() else { return };
    let wanted = fragment.unwrap_or("");
    if url.hash() == wanted {
        return;
    }
    url.set_hash(wanted);
    // `set_hash("")` leaves a bare "#"; the string form drops it.
    let href = url.href();
    let href = href.strip_suffix('#').unwrap_or(&href);
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(href));
    }
}

/// The page's fragment, with its `#`.
pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The page's URL with `fragment` in place of its own.
pub fn url_with_fragment(fragment: &str) -> Option<String> {
    let url = current_url()?;
    url.set_hash(fragment);
    Some(url.href())
}
