use yew::prelude::*;

use super::term_text::TermText;
use crate::content::SharedPack;
use crate::domain::language::Lang;

/// Props of [`Sentence`].
#[derive(Properties, PartialEq)]
pub struct SentenceProps {
    /// The pack the sentence comes from.
    pub pack: SharedPack,
    /// The pair's id, shared with its twin in the other language.
    pub id: AttrValue,
    /// Which side of the pair.
    pub lang: Lang,
    /// Whether this pair is the one under the pointer or focus.
    pub highlighted: bool,
    /// The highlighted glossary entry, when it occurs in this sentence.
    pub active_entry: Option<usize>,
    /// The occurrence the open pop-up stands next to, when it is here.
    pub expanded: Option<usize>,
}

/// One sentence. It can take focus (by click or tap, not by Tab, which is kept
/// for the terms) so that touch and keyboard readers can light up its twin.
#[function_component]
pub fn Sentence(props: &SentenceProps) -> Html {
    html! {
        <span
            class={classes!("sentence", props.highlighted.then_some("is-highlighted"))}
            data-sid={props.id.clone()}
            tabindex="-1"
        >
            <TermText
                pack={props.pack.clone()}
                text_key={props.id.clone()}
                lang={props.lang}
                active_entry={props.active_entry}
                expanded={props.expanded}
            />
        </span>
    }
}
