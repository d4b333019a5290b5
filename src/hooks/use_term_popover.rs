//! The pop-up's life in the page, on the platform's `popover` attribute:
//! shown and hidden with the state, placed next to its term (or as a bottom
//! sheet on narrow screens), closed by Escape or a click outside (the
//! browser's light dismiss), and handing focus back to the term.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition, ToggleEvent};
use yew::prelude::*;

use crate::domain::annotation::occurrence_id;
use crate::state::{OpenTerm, OpenedBy};

/// Below this width the pop-up is a bottom sheet (kept in step with the
/// stylesheet's media query).
const NARROW_QUERY: &str = "(max-width: 719.98px)";
/// Space kept between the pop-up, its term and the viewport's edges.
const GAP_PX: f64 = 8.0;

/// Drives the pop-up element in `popup` from `open`; `on_closed` is called
/// when the browser closes it (Escape, click outside).
#[hook]
pub fn use_term_popover(popup: NodeRef, open: Option<OpenTerm>, on_closed: Callback<()>) {
    let anchor_id: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    {
        let popup = popup.clone();
        let anchor_id = anchor_id.clone();
        use_effect_with(open, move |open| {
            let Some(element) = popup.cast::<HtmlElement>() else { return };
            match open {
                Some(open) => {
                    let id = occurrence_id(open.anchor.lang, open.anchor.index);
                    *anchor_id.borrow_mut() = Some(id.clone());
                    if !is_open(&element) {
                        let _ = element.show_popover();
                    }
                    if let Some(anchor) = gloo::utils::document().get_element_by_id(&id) {
                        if open.opened_by != OpenedBy::Hover {
                            reveal(&anchor);
                        }
                        place(&element, &anchor);
                    }
                    let focus_is_inside = gloo::utils::document()
                        .active_element()
                        .is_some_and(|active| element.contains(Some(&active)));
                    // Only a deliberate opening takes focus: not a hover, and not
                    // a link or a host page's command, which must not steal it.
                    if open.opened_by == OpenedBy::Activation && !focus_is_inside {
                        let _ = element.focus();
                    }
                }
                None => {
                    if is_open(&element) {
                        let _ = element.hide_popover();
                    }
                }
            }
        });
    }
    use_effect_with((), move |_| {
        let listeners = popup.cast::<HtmlElement>().map(|element| {
            let toggle = {
                let element = element.clone();
                let anchor_id = anchor_id.clone();
                EventListener::new(&element.clone(), "toggle", move |event| {
                    let closed = event.dyn_ref::<ToggleEvent>().is_some_and(|e| e.new_state() == "closed");
                    if closed {
                        return_focus(&element, anchor_id.borrow().as_deref());
                        on_closed.emit(());
                    }
                })
            };
            let follow = move |_: &web_sys::Event| {
                if is_open(&element) {
                    if let Some(anchor) = anchor_id.borrow().as_deref().and_then(|id| gloo::utils::document().get_element_by_id(id)) {
                        place(&element, &anchor);
                    }
                }
            };
            let follow = Rc::new(follow);
            let window = gloo::utils::window();
            let scroll = {
                let follow = follow.clone();
                // Capture, so that scrolling any container moves the pop-up too.
                let options = EventListenerOptions::run_in_capture_phase();
                EventListener::new_with_options(&window, "scroll", options, move |event| follow(event))
            };
            let resize = EventListener::new(&window, "resize", move |event| follow(event));
            (toggle, scroll, resize)
        });
        move || drop(listeners)
    });
}

fn is_open(element: &HtmlElement) -> bool {
    element.matches(":popover-open").unwrap_or(false)
}

fn is_narrow() -> bool {
    gloo::utils::window()
        .match_media(NARROW_QUERY)
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Scrolls the term to the middle of the screen if it is not in view.
fn reveal(anchor: &Element) {
    let rect = anchor.get_bounding_client_rect();
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if rect.top() < 0.0 || rect.bottom() > height {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        anchor.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Puts the pop-up under its term, or above it when there is more room
/// there, never over it: when neither side has room for the whole pop-up it
/// takes the larger side and scrolls inside. On narrow screens the stylesheet
/// docks it at the bottom, and the page scrolls so that the term stays
/// visible above it.
fn place(popup: &HtmlElement, anchor: &Element) {
    let window = gloo::utils::window();
    let width = window.inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let style = popup.style();
    let term = anchor.get_bounding_client_rect();
    if is_narrow() {
        let _ = style.remove_property("top");
        let _ = style.remove_property("left");
        let _ = style.remove_property("max-height");
        let sheet_top = height - f64::from(popup.offset_height());
        if term.bottom() > sheet_top - GAP_PX {
            window.scroll_by_with_x_and_y(0.0, term.bottom() - sheet_top + 3.0 * GAP_PX);
        } else if term.top() < 0.0 {
            window.scroll_by_with_x_and_y(0.0, term.top() - 3.0 * GAP_PX);
        }
        return;
    }
    // Measure the pop-up at its natural height (the stylesheet's cap).
    let _ = style.remove_property("max-height");
    let popup_width = f64::from(popup.offset_width());
    let popup_height = f64::from(popup.offset_height());
    let room_below = height - term.bottom() - 2.0 * GAP_PX;
    let room_above = term.top() - 2.0 * GAP_PX;
    let (top, max_height) = if popup_height <= room_below {
        (term.bottom() + GAP_PX, None)
    } else if popup_height <= room_above {
        (term.top() - GAP_PX - popup_height, None)
    } else if room_below >= room_above {
        (term.bottom() + GAP_PX, Some(room_below))
    } else {
        (GAP_PX, Some(room_above))
    };
    let left = term.left().min(width - popup_width - GAP_PX).max(GAP_PX);
    if let Some(max_height) = max_height {
        let _ = style.set_property("max-height", &pixels(max_height.max(120.0)));
    }
    let _ = style.set_property("left", &pixels(left));
    let _ = style.set_property("top", &pixels(top));
}

/// Whole CSS pixels, formatted as an integer: float formatting would pull
/// several kilobytes of code into the wasm build.
fn pixels(value: f64) -> String {
    format!("{}px", value.round() as i64)
}

/// Gives focus back to the term when it was in the pop-up (or nowhere) as the
/// pop-up closed; a click on another control keeps its focus.
fn return_focus(popup: &HtmlElement, anchor_id: Option<&str>) {
    let document = gloo::utils::document();
    let focus_was_ours = match document.active_element() {
        None => true,
        Some(active) => popup.contains(Some(&active)) || document.body().is_some_and(|body| body.is_same_node(Some(&active))),
    };
    if focus_was_ours {
        if let Some(anchor) = anchor_id.and_then(|id| document.get_element_by_id(id)) {
            if let Ok(anchor) = anchor.dyn_into::<HtmlElement>() {
                let _ = anchor.focus();
            }
        }
    }
}
