//! The embedded reader's side of the `postMessage` API (`?embed=1`): it tells
//! its host when it is ready, how tall it is, which mode and which term are
//! showing, and obeys `tifa:set-mode` and `tifa:open-term` from the host
//! origins it was told about, ignoring every other message. It also speaks
//! H5P's resizing protocol (`h5p-resizer.js`) with its parent, so that a
//! page that loads that script fits the frame to the reader with no code of
//! its own.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver};
use yew::prelude::*;

use super::browser_url::{is_embedded, query_param};
use super::use_config::load_config;
use super::use_document_mode::show_mode;
use crate::content::SharedPack;
use crate::domain::config::is_origin;
use crate::domain::embed_message::{h5p_step, host_may_command, parse_host_command, theme_variables, H5pStep, HostCommand};
use crate::domain::language::ReadingMode;
use crate::state::{Occurrence, OpenTerm, OpenedBy, ReaderAction, ReaderState};

/// The URL parameter that names the embedding page's origin.
pub const HOST_ORIGIN_PARAM: &str = "host-origin";

/// What the bridge knows once it has started.
struct Bridge {
    /// Where messages go: the named host origin, or any (`*`) when the host
    /// did not say; the messages carry nothing private.
    target_origin: String,
    /// Origins whose commands are obeyed.
    allowed: Vec<String>,
    last_height: i32,
    /// Whether the parent answered H5P's `hello` (it runs `h5p-resizer.js`).
    h5p_host: bool,
}

type SharedBridge = Rc<RefCell<Option<Bridge>>>;

/// Runs the host bridge when the page is embedded; does nothing otherwise.
#[hook]
pub fn use_embed_bridge(
    pack: SharedPack,
    dispatch: UseReducerDispatcher<ReaderState>,
    mode: ReadingMode,
    open_entry: Option<usize>,
) {
    let bridge: SharedBridge = use_mut_ref(|| None);
    let current_mode = use_mut_ref(ReadingMode::default);
    *current_mode.borrow_mut() = mode;
    {
        let (bridge, pack) = (bridge.clone(), pack.clone());
        use_effect_with((), move |_| {
            let parts = is_embedded().then(|| start(bridge, pack, dispatch, current_mode));
            move || drop(parts)
        });
    }
    {
        let bridge = bridge.clone();
        use_effect_with(mode, move |mode| post(&bridge, &[("type", "tifa:mode")], &[("lang", JsValue::from_str(mode.param()))]));
    }
    // The term last reported: none at first, so that a reader that opens
    // with no term says nothing until one opens (then `null` when it closes).
    let reported_term: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    use_effect_with(open_entry, move |entry| {
        let id = entry.and_then(|entry| pack.glossary().get(entry)).map(|entry| entry.id.clone());
        if *reported_term.borrow() != id {
            let value = id.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            post(&bridge, &[("type", "tifa:term")], &[("id", value)]);
            *reported_term.borrow_mut() = id;
        }
    });
}

/// The listeners of a running bridge, removed when the reader goes.
struct Running {
    _message: EventListener,
    _resize: Option<(ResizeObserver, Closure<dyn FnMut()>)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self._resize {
            observer.disconnect();
        }
    }
}

fn start(
    bridge: SharedBridge,
    pack: SharedPack,
    dispatch: UseReducerDispatcher<ReaderState>,
    current_mode: Rc<RefCell<ReadingMode>>,
) -> Running {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-embed", "");
    }
    let named_host = query_param(HOST_ORIGIN_PARAM).filter(|origin| is_origin(origin));
    *bridge.borrow_mut() = Some(Bridge {
        target_origin: named_host.clone().unwrap_or_else(|| "*".to_owned()),
        allowed: named_host.into_iter().collect(),
        last_height: -1,
        h5p_host: false,
    });
    {
        // The host's tifa.json may allow more hosts; until it arrives only
        // the named one is obeyed.
        let bridge = bridge.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(config) = load_config().await {
                if let Some(bridge) = bridge.borrow_mut().as_mut() {
                    bridge.allowed.extend(config.host_origins);
                }
            }
        });
    }
    let message = {
        let bridge = bridge.clone();
        EventListener::new(&gloo::utils::window(), "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
            let data = event.data();
            let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
            // H5P's resizer messages only ask for the height, which goes to
            // the same target as tifa:resize: any parent may send them.
            if let Some(step) = h5p_step(field("context").as_deref(), field("action").as_deref()) {
                let parent = gloo::utils::window().parent().ok().flatten().map(JsValue::from);
                if parent.is_some() && event.source().map(JsValue::from) == parent {
                    h5p_answer(&bridge, step);
                }
                return;
            }
            let allowed = bridge.borrow().as_ref().is_some_and(|b| host_may_command(&event.origin(), &b.allowed));
            if !allowed {
                return;
            }
            let command = match field("type").as_deref() {
                Some("tifa:set-theme") => Some(HostCommand::SetTheme(theme_variables(string_entries(&data, "variables")))),
                kind => parse_host_command(kind, field("lang").as_deref(), field("id").as_deref(), field("tools").as_deref()),
            };
            match command {
                Some(HostCommand::SetMode(mode)) => {
                    show_mode(mode);
                    dispatch.dispatch(ReaderAction::SetMode(mode));
                }
                Some(HostCommand::OpenTerm(id)) => {
                    let mode = *current_mode.borrow();
                    let found = pack
                        .entry_index(&id)
                        .and_then(|entry| pack.annotations.first_occurrence(entry, mode).map(|at| (entry, at)));
                    if let Some((entry, (lang, index))) = found {
                        dispatch.dispatch(ReaderAction::OpenTerm(OpenTerm {
                            entry,
                            anchor: Occurrence { lang, index },
                            opened_by: OpenedBy::Link,
                        }));
                    }
                }
                Some(HostCommand::SetTheme(variables)) => {
                    if let Some(root) = gloo::utils::document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                        for (name, value) in variables {
                            // CSSOM, not a style attribute: allowed under a strict CSP.
                            let _ = root.style().set_property(&name, &value);
                        }
                    }
                }
                Some(HostCommand::SetTools(shown)) => {
                    if let Some(root) = gloo::utils::document().document_element() {
                        let _ = root.set_attribute("data-tools", &shown);
                    }
                }
                None => {}
            }
        })
    };
    post(&bridge, &[("type", "tifa:ready")], &[("version", JsValue::from_f64(1.0))]);
    let resize = document.body().and_then(|body| {
        let bridge = bridge.clone();
        let report = Closure::<dyn FnMut()>::new(move || report_height(&bridge));
        let observer = ResizeObserver::new(report.as_ref().unchecked_ref()).ok()?;
        observer.observe(&body);
        Some((observer, report))
    });
    // The first height is news: tifa:resize, and H5P's hello.
    report_height(&bridge);
    Running {
        _message: message,
        _resize: resize,
    }
}

/// The string-valued fields of the object at `data[name]`.
fn string_entries(data: &JsValue, name: &str) -> Vec<(String, String)> {
    let Ok(object) = Reflect::get(data, &JsValue::from_str(name)) else { return Vec::new() };
    if !object.is_object() {
        return Vec::new();
    }
    Object::entries(object.unchecked_ref())
        .iter()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Tells the host the page's height, when it changed.
fn report_height(bridge: &SharedBridge) {
    let Some(body) = gloo::utils::document().body() else { return };
    let height = body.get_bounding_client_rect().height().ceil() as i32;
    let changed = bridge.borrow_mut().as_mut().is_some_and(|b| {
        let changed = b.last_height != height;
        b.last_height = height;
        changed
    });
    if changed {
        post(bridge, &[("type", "tifa:resize")], &[("height", JsValue::from(height))]);
        let h5p_host = bridge.borrow().as_ref().is_some_and(|b| b.h5p_host);
        h5p_answer(bridge, if h5p_host { H5pStep::PrepareResize } else { H5pStep::Hello });
    }
}

/// Takes the next step of H5P's resizing protocol (see [`H5pStep`]). The
/// height is the one `tifa:resize` reports, as both the content's and the
/// frame's: the host sets the frame to it, then confirms it.
fn h5p_answer(bridge: &SharedBridge, step: H5pStep) {
    let Some(body) = gloo::utils::document().body() else { return };
    let height = JsValue::from(body.get_bounding_client_rect().height().ceil() as i32);
    match step {
        H5pStep::Hello => post(bridge, &[H5P, ("action", "hello")], &[]),
        H5pStep::PrepareResize => {
            if let Some(b) = bridge.borrow_mut().as_mut() {
                b.h5p_host = true;
            }
            post(bridge, &[H5P, ("action", "prepareResize")], &[("scrollHeight", height.clone()), ("clientHeight", height)]);
        }
        H5pStep::Resize => post(bridge, &[H5P, ("action", "resize")], &[("scrollHeight", height)]),
    }
}

/// The field that makes a message one of H5P's.
const H5P: (&str, &str) = ("context", "h5p");

/// Sends a message of `names` (its string fields: `type`, or H5P's `context`
/// and `action`) and `fields` to the host, if the bridge is running.
fn post(bridge: &SharedBridge, names: &[(&str, &str)], fields: &[(&str, JsValue)]) {
    let Some(target_origin) = bridge.borrow().as_ref().map(|b| b.target_origin.clone()) else { return };
    let message = Object::new();
    for (name, value) in names {
        let _ = Reflect::set(&message, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    for (name, value) in fields {
        let _ = Reflect::set(&message, &JsValue::from_str(name), value);
    }
    if let Ok(Some(parent)) = gloo::utils::window().parent() {
        let _ = parent.post_message(&message, &target_origin);
    }
}
