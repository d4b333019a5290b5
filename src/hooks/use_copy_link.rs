//! Copying an entry's link (or any text) with the platform's asynchronous clipboard.

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::browser_url::url_with_fragment;
use crate::domain::term_link::term_fragment;

/// What the last copy did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    /// Nothing copied yet (or the entry changed since).
    Idle,
    /// The link is on the clipboard.
    Copied,
    /// The browser refused (no permission, insecure context).
    Failed,
}

/// Puts `text` on the clipboard, asked for at once (while the click still
/// counts as the reader's gesture); the future tells whether it worked (the
/// browser may refuse: no permission, an insecure context).
pub fn copy_text(text: &str) -> impl std::future::Future<Output = bool> {
    let promise = gloo::utils::window().navigator().clipboard().write_text(text);
    async move { JsFuture::from(promise).await.is_ok() }
}

/// Returns the status and the callback that copies the link to entry `id`.
#[hook]
pub fn use_copy_link(id: AttrValue) -> (CopyStatus, Callback<MouseEvent>) {
    let status = use_state_eq(|| CopyStatus::Idle);
    {
        let status = status.clone();
        use_effect_with(id.clone(), move |_| status.set(CopyStatus::Idle));
    }
    let copy = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let Some(link) = url_with_fragment(&term_fragment(&id)) else {
                status.set(CopyStatus::Failed);
                return;
            };
            let copied = copy_text(&link);
            wasm_bindgen_futures::spawn_local(async move {
                status.set(if copied.await { CopyStatus::Copied } else { CopyStatus::Failed });
            });
        })
    };
    (*status, copy)
}
