//! The pack worker: a Web Worker with a wasm of its own that checks a raw
//! pack for the reader (`?pack=` with a pack's JSON) with the same code as
//! `tifa-check`, and answers with the compiled form or the problems. The
//! reader's wasm carries no JSON parser, validator or term matcher; this
//! one is fetched only when such a pack is opened.
//!
//! Protocol: the reader posts `[file, json]`; the worker answers
//! `["compiled", text]` (see `domain::compiled`) or `["problems", text]`
//! (`domain::compiled::write_problems`). `start.js` starts it and keeps
//! messages that arrive while the wasm loads.

use js_sys::Array;
use tifa::domain::compiled::{compile, write_problems};
use tifa::domain::pack::load_pack;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = Array::from(&event.data());
        let file = request.get(0).as_string().unwrap_or_default();
        let json = request.get(1).as_string().unwrap_or_default();
        let (kind, text) = match load_pack(&file, &json) {
            Ok(pack) => ("compiled", compile(&pack)),
            Err(problems) => ("problems", write_problems(&problems)),
        };
        let _ = reply_to.post_message(&Array::of2(&JsValue::from_str(kind), &JsValue::from_str(&text)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its one request.
    on_message.forget();
}
