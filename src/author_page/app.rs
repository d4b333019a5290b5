//! The authoring page: the texts and the form, the alignment, the terms and
//! the result, one after the other. The state is an
//! [`authoring::session::Session`](crate::authoring::session::Session); the
//! components render it and send it actions.

use std::rc::Rc;

use yew::prelude::*;

use super::effects::{store_texts, stored_texts, use_termbase, TermBaseState};
use super::pair_list::PairList;
use super::result_panel::ResultPanel;
use super::term_review::TermReview;
use super::texts_form::TextsForm;
use crate::authoring::session::{Action, Session};
use crate::domain::glossary::GlossaryEntry;
use crate::domain::language::Lang;

/// The session and the term base it was made with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuthorState {
    /// What the author has done (shared with the components, not copied).
    pub session: Rc<Session>,
    /// The term base once loaded (empty until then).
    pub termbase: Rc<Vec<GlossaryEntry>>,
}

/// A change to the page's state.
pub enum AuthorAction {
    /// The author did something.
    Do(Action),
    /// The term base arrived.
    TermBase(Rc<Vec<GlossaryEntry>>),
}

impl Reducible for AuthorState {
    type Action = AuthorAction;

    fn reduce(self: Rc<Self>, action: AuthorAction) -> Rc<Self> {
        let mut session = (*self.session).clone();
        let mut termbase = self.termbase.clone();
        match action {
            AuthorAction::Do(action) => session.apply(action, &termbase),
            AuthorAction::TermBase(arrived) => {
                termbase = arrived;
                session.revision += 1;
            }
        }
        Rc::new(AuthorState { session: Rc::new(session), termbase })
    }
}

/// The whole page.
#[function_component]
pub fn AuthorApp() -> Html {
    let state = use_reducer_eq(AuthorState::default);
    let termbase = use_termbase();
    {
        let dispatcher = state.dispatcher();
        use_effect_with(termbase.clone(), move |termbase| {
            if let TermBaseState::Ready(entries) = termbase {
                dispatcher.dispatch(AuthorAction::TermBase(entries.clone()));
            }
        });
    }
    {
        // Live from here: the browser tests wait for this mark.
        use_effect_with((), |_| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("data-ready", "");
            }
        });
    }
    let act = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(AuthorAction::Do(action)))
    };
    // The texts of the last visit come back, and every change is kept.
    let restored = use_state_eq(|| false);
    {
        let (act, restored) = (act.clone(), restored.clone());
        use_effect_with((), move |_| {
            if let Some((zh, en)) = stored_texts() {
                act.emit(Action::SetText(Lang::Zh, zh));
                act.emit(Action::SetText(Lang::En, en));
                restored.set(true);
            }
        });
    }
    // Not before the author's first action: the first render's empty texts
    // must not overwrite the kept ones before they are restored.
    let typed = state.session.revision > 0;
    use_effect_with((typed, state.session.zh_text.clone(), state.session.en_text.clone()), |(typed, zh, en)| {
        if *typed {
            store_texts(zh, en);
        }
    });
    let outcome = {
        let state = state.clone();
        use_memo(state.session.revision, move |_| state.session.outcome(&state.termbase).map(Rc::new))
    };
    let session = &state.session;
    let termbase_note = match &termbase {
        TermBaseState::Loading => html! { <p class="termbase-note" role="status">{ "Loading the term base…" }</p> },
        TermBaseState::Ready(entries) => html! {
            <p class="termbase-note" role="status">{ format!("Term base loaded: {} entries. Terms it holds are found in your text and copied into the pack.", entries.len()) }</p>
        },
        TermBaseState::Failed(problems) => html! {
            <div class="termbase-note problem" role="alert">
                <p>{ "The term base could not be loaded, so no terms will be found (aligning still works):" }</p>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
            </div>
        },
    };
    html! {
        <>
            <header class="author-header">
                <p class="brand"><a href="index.html">{ "Tifa · 提法" }</a></p>
                <h1>{ "Make a pack" }</h1>
                <p class="lede">
                    { "Paste a Chinese text and its English translation, check how their sentences pair up, review the terms, and download a pack the reader opens. Everything happens in this browser; nothing is sent anywhere." }
                </p>
                { termbase_note }
                if *restored {
                    <p class="termbase-note" role="status" id="restored">{ "Your texts from your last visit are back (this browser keeps them until you clear them)." }</p>
                }
            </header>
            <main id="author" class="author">
                <TextsForm session={session.clone()} act={act.clone()} termbase_ready={matches!(termbase, TermBaseState::Ready(_) | TermBaseState::Failed(_))} />
                if let Some(outcome) = outcome.as_ref() {
                    <PairList session={session.clone()} outcome={outcome.clone()} act={act.clone()} />
                    <TermReview session={session.clone()} outcome={outcome.clone()} act={act.clone()} />
                    <ResultPanel outcome={outcome.clone()} file_name={AttrValue::from(session.file_name(outcome))} />
                }
            </main>
        </>
    }
}
