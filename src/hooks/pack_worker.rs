//! Checking a pack's JSON off the reader's wasm: the pack worker
//! (`pack-worker/worker.js`, built from src/bin/pack_worker) validates it and
//! finds its terms with the same code as `tifa-check`, and answers with the
//! compiled form the reader reads, or with the problems it found. The worker
//! and its wasm are fetched only when a raw pack is opened.

use js_sys::{Array, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::domain::compiled::read_problems;
use crate::domain::error::ContentError;

/// Where the worker's script is, relative to the page.
pub const PACK_WORKER_URL: &str = "pack-worker/worker.js";

/// The compiled form of the pack `json` (named `file` in its problems), or
/// every problem the checks found.
pub async fn check_in_worker(file: &str, json: &str) -> Result<String, Vec<ContentError>> {
    let failed = |why: String| vec![ContentError::about_file(file, format!("the pack could not be checked: {why}"))];
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(PACK_WORKER_URL, &options).map_err(|error| failed(describe(&error)))?;
    // The answer, or the worker's failure to start, settles one promise.
    let answer = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    });
    let request = Array::of2(&JsValue::from_str(file), &JsValue::from_str(json));
    let answer = match worker.post_message(&request) {
        Ok(()) => JsFuture::from(answer).await,
        Err(error) => Err(error),
    };
    worker.terminate();
    let data = answer.map_err(|error| failed(describe(&error)))?.unchecked_into::<MessageEvent>().data();
    let answer = Array::from(&data);
    let text = answer.get(1).as_string().unwrap_or_default();
    match answer.get(0).as_string().as_deref() {
        Some("compiled") => Ok(text),
        Some("problems") => Err(read_problems(&text).map_err(failed)?),
        _ => Err(failed(text)),
    }
}

/// A thrown value or an error event, in words.
fn describe(error: &JsValue) -> String {
    if let Some(event) = error.dyn_ref::<web_sys::ErrorEvent>() {
        let message = event.message();
        if !message.is_empty() {
            return message;
        }
        return format!("its script ({PACK_WORKER_URL}) did not load");
    }
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the worker failed".to_owned())
}
