//! Step 4: the pack. Whether it is valid (and every problem with its
//! place), the warnings that name no pair, a preview in the real reader,
//! the download, and the `?pack=` link for the same site.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::effects::{reader_link, use_json_object_url};
use crate::hooks::copy_text;
use crate::authoring::session::Outcome;

/// Properties of [`ResultPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    /// The pack as it stands.
    pub outcome: Rc<Outcome>,
    /// The download's file name.
    pub file_name: AttrValue,
}

/// The result and what to do with it.
#[function_component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let outcome = &props.outcome;
    let object_url = use_json_object_url(Some(AttrValue::from(outcome.json.clone())));
    // The preview shows the pack as it was when asked for; a later change
    // offers a refresh rather than reloading the frame under the author.
    let preview = use_state_eq(|| None::<(AttrValue, String)>);
    let location = use_state_eq(|| None::<String>);
    let copied = use_state_eq(|| None::<bool>);
    let pack_path = (*location).clone().unwrap_or_else(|| format!("packs/{}", props.file_name));
    let link = reader_link(&pack_path).unwrap_or_default();

    let on_preview = {
        let preview = preview.clone();
        let object_url = object_url.clone();
        let json = outcome.json.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(url) = &object_url {
                let src = format!("index.html?pack={}", js_sys::encode_uri_component(url));
                preview.set(Some((src.into(), json.clone())));
            }
        })
    };
    let on_location = {
        let location = location.clone();
        let copied = copied.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            location.set(Some(input.value()));
            copied.set(None);
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, copying) = (copied.clone(), copy_text(&link));
            wasm_bindgen_futures::spawn_local(async move { copied.set(Some(copying.await)) });
        })
    };
    let pairs: usize = outcome.pack.article.paragraphs.iter().map(|p| p.sentences.len()).sum();
    let status = if outcome.errors.is_empty() {
        html! { <p class="verdict valid" role="status" id="verdict">{ format!("The pack is valid: {pairs} sentence pairs, {} glossary entries.", outcome.pack.glossary.len()) }</p> }
    } else {
        html! {
            <div class="verdict invalid" role="status" id="verdict">
                <p>{ format!("{} problem{} to fix before the reader accepts the pack:", outcome.errors.len(), if outcome.errors.len() == 1 { "" } else { "s" }) }</p>
                <ul class="problems">
                    { for outcome.errors.iter().map(|error| html! { <li>{ error.to_string() }</li> }) }
                </ul>
            </div>
        }
    };
    let stale = preview.as_ref().is_some_and(|(_, json)| *json != outcome.json);
    html! {
        <section class="step" aria-labelledby="step-result">
            <h2 id="step-result">{ "4 · The pack" }</h2>
            { status }
            if !outcome.other_warnings.is_empty() {
                <ul class="other-warnings">
                    { for outcome.other_warnings.iter().map(|w| html! { <li class="warning">{ "⚠ " }{ w.clone() }</li> }) }
                </ul>
            }
            <p class="actions">
                <button type="button" id="preview" onclick={on_preview} disabled={object_url.is_none()}>
                    { if preview.is_some() { "Refresh the preview" } else { "Preview in the reader" } }
                </button>
                if let Some(url) = &object_url {
                    <a id="download" class="button primary" href={url.clone()} download={props.file_name.clone()}>
                        { format!("Download {}", props.file_name) }
                    </a>
                }
            </p>
            <div class="meta-field link-field">
                <label for="pack-location">{ "Where you will put the pack on this site (relative to the reader)" }</label>
                <input id="pack-location" type="text" value={pack_path} oninput={on_location} />
                <p>
                    <output id="pack-link" for="pack-location">{ link.clone() }</output>
                    { " " }
                    <button type="button" id="copy-link" onclick={on_copy}>{ "Copy the link" }</button>
                    <span role="status" class="copy-status">
                        { match *copied { Some(true) => "Copied.", Some(false) => "The browser did not allow copying: select the link above.", None => "" } }
                    </span>
                </p>
            </div>
            if let Some((src, _)) = &*preview {
                if stale {
                    <p class="hint" role="status">{ "You changed the pack since: the preview shows the earlier version. Refresh it to see the changes." }</p>
                }
                <iframe id="preview-frame" class="preview" title="Preview of the pack in the reader" src={src.clone()} />
            }
        </section>
    }
}
