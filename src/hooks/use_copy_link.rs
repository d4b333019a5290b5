//! Copying an entry's link with the platform's asynchronous clipboard.

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
            let promise = gloo::utils::window().navigator().clipboard().write_text(&link);
            wasm_bindgen_futures::spawn_local(async move {
                let copied = JsFuture::from(promise).await.is_ok();
                status.set(if copied { CopyStatus::Copied } else { CopyStatus::Failed });
            });
        })
    };
    (*status, copy)
}
