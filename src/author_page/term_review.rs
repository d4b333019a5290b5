//! Step 3: the terms. Entries found in the term base (keep or leave out,
//! with a note for this article), and candidate terms the term base lacks,
//! each a small form that becomes an entry when filled in and ticked.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::authoring::session::{Action, NewTermField, Outcome, Session};
use crate::domain::glossary::TermKind;
use crate::domain::language::Lang;

/// Properties of [`TermReview`].
#[derive(Properties, PartialEq)]
pub struct TermReviewProps {
    /// The session.
    pub session: Rc<Session>,
    /// What follows from it.
    pub outcome: Rc<Outcome>,
    /// Sends an action.
    pub act: Callback<Action>,
}

/// Found terms and candidates.
#[function_component]
pub fn TermReview(props: &TermReviewProps) -> Html {
    let session = &props.session;
    let found = props.outcome.found.iter().map(|entry| {
        let id = entry.id.clone();
        let keep = !session.dropped.contains(&id);
        let on_keep = {
            let act = props.act.clone();
            let id = id.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                act.emit(Action::KeepTerm(id.clone(), input.checked()));
            })
        };
        let on_note = {
            let act = props.act.clone();
            let id = id.clone();
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                act.emit(Action::SetNote(id.clone(), input.value()));
            })
        };
        let note = session.notes.get(&id).cloned().unwrap_or_default();
        html! {
            <tr class={classes!((!keep).then_some("dropped"))}>
                <td><input type="checkbox" id={format!("keep-{id}")} checked={keep} onchange={on_keep} aria-label={format!("Keep {} in the pack", entry.official)} /></td>
                <td lang="zh-Hans">{ entry.zh.clone() }</td>
                <td lang="zh-Latn-pinyin">{ entry.pinyin.clone() }</td>
                <td lang="en">{ entry.official.clone() }</td>
                <td><input type="text" lang="en" value={note} oninput={on_note} aria-label={format!("Note on {} for this article", entry.official)} placeholder="optional" /></td>
            </tr>
        }
    });
    let candidates = session.new_terms.iter().enumerate().map(|(index, term)| {
        let text_input = |field: NewTermField, label: &'static str, value: &str, lang: &'static str, placeholder: &'static str| {
            let act = props.act.clone();
            let oninput = Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                act.emit(Action::SetNewTerm(index, field, input.value()));
            });
            let id = format!("candidate-{index}-{}", label.to_lowercase().replace(' ', "-"));
            html! {
                <div class="meta-field">
                    <label for={id.clone()}>{ label }</label>
                    <input type="text" {id} {lang} value={value.to_owned()} {oninput} {placeholder} />
                </div>
            }
        };
        let on_include = {
            let act = props.act.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                act.emit(Action::IncludeNewTerm(index, input.checked()));
            })
        };
        let on_kind = {
            let act = props.act.clone();
            Callback::from(move |event: Event| {
                let select: HtmlSelectElement = event.target_unchecked_into();
                let kind = TermKind::ALL.get(select.selected_index().max(0) as usize).copied().unwrap_or_default();
                act.emit(Action::SetNewTermKind(index, kind));
            })
        };
        let kind_id = format!("candidate-{index}-kind");
        html! {
            <li class="candidate">
                <p class="candidate-head">
                    <input type="checkbox" id={format!("candidate-{index}-include")} checked={term.include} onchange={on_include} />
                    <label for={format!("candidate-{index}-include")}>
                        <span lang="zh-Hans" class="candidate-zh">{ term.candidate.zh.clone() }</span>
                        { format!(" — add to the pack ({}, first in pair {})", term.candidate.pattern.describe(), term.candidate.pair) }
                    </label>
                </p>
                <div class="candidate-fields">
                    { text_input(NewTermField::En, "English", &term.en, "en", "the rendering") }
                    { text_input(NewTermField::Pinyin, "Pinyin", &term.pinyin, "zh-Latn-pinyin", "with tone marks: lǜ sè") }
                    <div class="meta-field">
                        <label for={kind_id.clone()}>{ "Kind" }</label>
                        <select id={kind_id} onchange={on_kind}>
                            { for TermKind::ALL.iter().map(|kind| html! { <option selected={*kind == term.kind}>{ kind.name(Lang::En) }</option> }) }
                        </select>
                    </div>
                    { text_input(NewTermField::Gloss, "Gloss", &term.gloss, "en", "one line: what it is") }
                    { text_input(NewTermField::Explanation, "Explanation", &term.explanation, "en", "a few sentences") }
                </div>
            </li>
        }
    });
    let kept = props.outcome.found.iter().filter(|e| !session.dropped.contains(&e.id)).count();
    html! {
        <section class="step" aria-labelledby="step-terms">
            <h2 id="step-terms">{ "3 · The terms" }</h2>
            <h3>{ format!("Found in the term base: {} (keeping {kept})", props.outcome.found.len()) }</h3>
            if props.outcome.found.is_empty() {
                <p class="hint">{ "No term-base entry occurs in these texts." }</p>
            } else {
                <div class="table-scroll">
                    <table class="found-terms">
                        <thead><tr><th scope="col">{ "Keep" }</th><th scope="col">{ "Chinese" }</th><th scope="col">{ "Pinyin" }</th><th scope="col">{ "English" }</th><th scope="col">{ "Note for this article" }</th></tr></thead>
                        <tbody>{ for found }</tbody>
                    </table>
                </div>
            }
            <h3>{ format!("Candidates the term base lacks: {}", session.new_terms.len()) }</h3>
            <p class="hint">{ "Phrases that look like terms (numbered formulas, quoted phrases, 坚持……思维). Fill one in and tick it to add it; your rendering is marked as a suggestion. Pinyin over the whole text (reading aids) needs the phrase dictionary of the command-line tool: run tifa-make --reading-aids on the downloaded pack." }</p>
            if !session.new_terms.is_empty() {
                <ul class="candidates">{ for candidates }</ul>
            }
        </section>
    }
}
