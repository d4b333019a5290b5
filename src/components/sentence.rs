use yew::prelude::*;

/// Props of [`Sentence`].
#[derive(Properties, PartialEq)]
pub struct SentenceProps {
    /// The pair's id, shared with its twin in the other language.
    pub id: AttrValue,
    /// The sentence's text, shown as text (never parsed as HTML).
    pub text: AttrValue,
    /// Whether this pair is the one under the pointer or focus.
    pub highlighted: bool,
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
            { props.text.clone() }
        </span>
    }
}
