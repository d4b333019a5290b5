//! Mouse hover on terms, with delays: a pop-up opens when the pointer rests on
//! a term, and stays open while the pointer moves from the term into it
//! (WCAG 1.4.13, content on hover is hoverable and dismissable).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::state::{OpenTerm, ReaderAction, ReaderState};

/// How long the pointer rests on a term before its pop-up opens.
const OPEN_DELAY_MS: u32 = 350;
/// How long a hover pop-up waits for the pointer to come back.
const CLOSE_DELAY_MS: u32 = 400;

/// Where the mouse is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoverTarget {
    /// On a term (the pop-up it would open).
    Term(OpenTerm),
    /// On the pop-up.
    Popup,
    /// Anywhere else.
    Elsewhere,
}

/// Returns the callback to report where the mouse is; touch and pen input
/// never reach it (they open pop-ups by tapping).
#[hook]
pub fn use_hover_intent(dispatch: UseReducerDispatcher<ReaderState>) -> Callback<HoverTarget> {
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let last: Rc<RefCell<Option<HoverTarget>>> = use_mut_ref(|| None);
    use_callback(dispatch, move |target: HoverTarget, dispatch| {
        if last.borrow().as_ref() == Some(&target) {
            return;
        }
        *last.borrow_mut() = Some(target);
        // Dropping a gloo Timeout cancels it.
        pending.borrow_mut().take();
        let later = |delay, action: ReaderAction| {
            let dispatch = dispatch.clone();
            Some(Timeout::new(delay, move || dispatch.dispatch(action)))
        };
        match target {
            HoverTarget::Term(open) => {
                dispatch.dispatch(ReaderAction::HoverEntry(Some(open.entry)));
                *pending.borrow_mut() = later(OPEN_DELAY_MS, ReaderAction::OpenTerm(open));
            }
            HoverTarget::Popup => dispatch.dispatch(ReaderAction::HoverEntry(None)),
            HoverTarget::Elsewhere => {
                dispatch.dispatch(ReaderAction::HoverEntry(None));
                *pending.borrow_mut() = later(CLOSE_DELAY_MS, ReaderAction::CloseHoverTerm);
            }
        }
    })
}
