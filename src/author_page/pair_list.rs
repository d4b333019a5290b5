//! Step 2: the alignment as two columns, one row per pair, with the
//! warnings of each pair in its row. A toolbar and single keys change the
//! chosen pair: join, split, or move a sentence across the boundary below.

use std::rc::Rc;

use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::authoring::draft::Edit;
use crate::authoring::session::{Action, Outcome, Session};
use crate::domain::language::Lang;

/// Properties of [`PairList`].
#[derive(Properties, PartialEq)]
pub struct PairListProps {
    /// The session: its alignment and the chosen pair.
    pub session: Rc<Session>,
    /// What follows from it: the warnings by pair id.
    pub outcome: Rc<Outcome>,
    /// Sends an action.
    pub act: Callback<Action>,
}

/// One command of the toolbar: its edit, its label and its key.
struct Command {
    edit: Edit,
    label: &'static str,
    key: &'static str,
    shortcut: &'static str,
}

fn commands(at: usize) -> [Command; 6] {
    [
        Command { edit: Edit::JoinWithNext(at), label: "Join with the next pair", key: "J", shortcut: "J" },
        Command { edit: Edit::Split(at), label: "Split the pair", key: "S", shortcut: "S" },
        Command { edit: Edit::GiveLast(at, Lang::Zh), label: "Chinese: move the last sentence down", key: "C", shortcut: "C" },
        Command { edit: Edit::TakeNext(at, Lang::Zh), label: "Chinese: pull the next sentence up", key: "⇧C", shortcut: "Shift+C" },
        Command { edit: Edit::GiveLast(at, Lang::En), label: "English: move the last sentence down", key: "E", shortcut: "E" },
        Command { edit: Edit::TakeNext(at, Lang::En), label: "English: pull the next sentence up", key: "⇧E", shortcut: "Shift+E" },
    ]
}

/// The edit a key asks for, if any.
fn edit_for_key(key: &str, at: usize) -> Option<Edit> {
    Some(match key {
        "j" | "J" => Edit::JoinWithNext(at),
        "s" | "S" => Edit::Split(at),
        "c" => Edit::GiveLast(at, Lang::Zh),
        "C" => Edit::TakeNext(at, Lang::Zh),
        "e" => Edit::GiveLast(at, Lang::En),
        "E" => Edit::TakeNext(at, Lang::En),
        _ => return None,
    })
}

/// The pairs and the toolbar that edits them.
#[function_component]
pub fn PairList(props: &PairListProps) -> Html {
    let list = use_node_ref();
    let session = &props.session;
    let count = session.draft.as_ref().map_or(0, |draft| draft.pairs.len());
    let at = session.selected.min(count.saturating_sub(1));
    {
        // Keep the chosen pair in view as the keyboard moves it.
        let list = list.clone();
        use_effect_with(at, move |at| {
            if let Some(row) = list.cast::<HtmlElement>().and_then(|l| l.query_selector(&format!("#pair-{at}")).ok().flatten()) {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Nearest);
                row.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    // Hooks first, always in the same order; then nothing to show before
    // the texts are aligned.
    let Some(draft) = session.draft.as_ref() else { return html! {} };
    let warnings = &props.outcome.pair_warnings;
    let ids = draft.pair_ids();
    let onkeydown = {
        let act = props.act.clone();
        let session = session.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let key = event.key();
            let next = match key.as_str() {
                "ArrowDown" => Some((at + 1).min(count.saturating_sub(1))),
                "ArrowUp" => Some(at.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(count.saturating_sub(1)),
                _ => None,
            };
            if let Some(next) = next {
                event.prevent_default();
                act.emit(Action::Select(next));
            } else if let Some(edit) = edit_for_key(&key, at) {
                event.prevent_default();
                if session.draft.as_ref().is_some_and(|draft| draft.can(edit)) {
                    act.emit(Action::Edit(edit));
                }
            }
        })
    };
    let toolbar = commands(at).into_iter().map(|command| {
        let act = props.act.clone();
        let list = list.clone();
        let edit = command.edit;
        let onclick = Callback::from(move |_: MouseEvent| {
            act.emit(Action::Edit(edit));
            // Back to the pairs, so that the keyboard goes on from there.
            if let Some(list) = list.cast::<HtmlElement>() {
                let _ = list.focus();
            }
        });
        html! {
            <button type="button" {onclick} disabled={!draft.can(edit)} aria-keyshortcuts={command.shortcut} aria-controls="pairs">
                { command.label }<kbd aria-hidden="true">{ command.key }</kbd>
            </button>
        }
    });
    let warned = ids.iter().filter(|id| warnings.contains_key(*id)).count();
    let rows = draft.pairs.iter().zip(&ids).enumerate().map(|(index, (pair, id))| {
        let chosen = index == at;
        let onclick = {
            let act = props.act.clone();
            Callback::from(move |_: MouseEvent| act.emit(Action::Select(index)))
        };
        let warnings = warnings.get(id);
        let zh = draft.text(pair, Lang::Zh);
        let en = draft.text(pair, Lang::En);
        let counts = format!("{}–{}", pair.zh.len(), pair.en.len());
        html! {
            <li id={format!("pair-{index}")} role="option" aria-selected={chosen.to_string()}
                class={classes!("pair", chosen.then_some("chosen"), warnings.map(|_| "warned"))} {onclick}>
                <span class="pair-id">{ id.clone() }<span class="bead" title="Chinese–English sentences">{ counts }</span></span>
                <span class="pair-zh" lang="zh-Hans">{ if zh.is_empty() { html! { <em class="empty" lang="en">{ "(no Chinese)" }</em> } } else { html! { zh } } }</span>
                <span class="pair-en" lang="en">{ if en.is_empty() { html! { <em class="empty">{ "(no English)" }</em> } } else { html! { en } } }</span>
                if let Some(warnings) = warnings {
                    <span class="pair-warnings">
                        { for warnings.iter().map(|w| html! { <span class="warning">{ "⚠ " }{ w.clone() }</span> }) }
                    </span>
                }
            </li>
        }
    });
    html! {
        <section class="step" aria-labelledby="step-pairs">
            <h2 id="step-pairs">{ "2 · The sentence pairs" }</h2>
            <p class="hint" id="pairs-help">
                { format!("{count} pairs; {warned} with warnings. Choose a pair with the mouse or with ↑ ↓, then change it with the buttons or their keys. Moving a sentence acts on the boundary below the chosen pair.") }
            </p>
            <div class="pair-toolbar" role="toolbar" aria-label="Change the chosen pair" aria-controls="pairs">{ for toolbar }</div>
            <ol id="pairs" class="pairs" role="listbox" tabindex="0" ref={list} {onkeydown}
                aria-label="Sentence pairs" aria-describedby="pairs-help" aria-activedescendant={format!("pair-{at}")}>
                { for rows }
            </ol>
        </section>
    }
}
