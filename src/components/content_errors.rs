use std::rc::Rc;

use yew::prelude::*;

use crate::domain::error::ContentError;
use crate::domain::labels::{label, Label};
use crate::domain::language::Lang;

/// Props of [`ContentErrors`].
#[derive(Properties, PartialEq)]
pub struct ContentErrorsProps {
    /// Every problem found in the content.
    pub errors: Rc<Vec<ContentError>>,
}

/// At most this many problems are listed in the page: a hostile pack can have
/// tens of thousands, and the validator lists them all.
pub const MAX_LISTED_PROBLEMS: usize = 100;

/// The page shown instead of the reader when content is broken: the problems
/// with where they are (the first hundred), and a way back.
#[function_component]
pub fn ContentErrors(props: &ContentErrorsProps) -> Html {
    let ui = Lang::En;
    html! {
        <main id="reader" class="reader content-errors" lang={ui.bcp47()}>
            <h1 class="title">{ label(Label::ContentErrorsHeading, ui) }</h1>
            <p>{ label(Label::ContentErrorsIntro, ui) }</p>
            <ol class="problems">
                { for props.errors.iter().take(MAX_LISTED_PROBLEMS).map(|error| html! {
                    <li class="problem">
                        <code class="problem-file">
                            { &error.file }
                            if let Some((line, column)) = error.line_column { { format!(":{line}:{column}") } }
                        </code>
                        if let Some(entry) = &error.entry {
                            { " " }<span class="problem-entry">{ entry }</span>
                        }
                        { ": " }
                        <span class="problem-message">{ &error.message }</span>
                        if !error.pointer.is_empty() {
                            { " " }<code class="problem-pointer">{ &error.pointer }</code>
                        }
                    </li>
                }) }
            </ol>
            if props.errors.len() > MAX_LISTED_PROBLEMS {
                <p class="problems-more">
                    { format!(
                        "… and {} more. `cargo run --bin tifa-check -- PACK.json` lists them all.",
                        props.errors.len() - MAX_LISTED_PROBLEMS
                    ) }
                </p>
            }
            // `./` is the reader's own page (the base URL is its folder), without
            // the `?pack=` that failed: the built-in article.
            <p><a class="back-link" href="./">{ "Open the default article" }</a></p>
        </main>
    }
}
