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
}

/// A translator's note on the pair, in this side's language where the note
/// has it, else in the other; shown after the sentence on both sides.
fn note(props: &SentenceProps) -> Html {
    let Some(note) = props.pack.sentence(&props.id).and_then(|pair| pair.note.as_ref()) else { return html! {} };
    let other = if props.lang == Lang::En { Lang::Zh } else { Lang::En };
    let (text, lang) = [props.lang, other]
        .into_iter()
        .map(|lang| (note.get(lang), lang))
        .find(|(text, _)| !text.trim().is_empty())
        .unwrap_or(("", props.lang));
    html! {
        <>{ " " }<small class="pair-note" role="note" lang={lang.bcp47()}>{ "※ " }{ text }</small></>
    }
}

/// One sentence. It can take focus (by click or tap, not by Tab, which is kept
/// for the terms) so that touch and keyboard readers can light up its twin.
/// Its props never change once rendered; `hooks::use_marks` adds and removes
/// `is-highlighted` on the element itself.
#[function_component]
pub fn Sentence(props: &SentenceProps) -> Html {
    html! {
        <span
            class="sentence"
            data-sid={props.id.clone()}
            tabindex="-1"
        >
            <TermText
                pack={props.pack.clone()}
                text_key={props.id.clone()}
                lang={props.lang}
            />
            { note(props) }
        </span>
    }
}
