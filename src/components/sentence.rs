use yew::prelude::*;

use super::term_text::term_text;
use crate::content::SharedPack;
use crate::domain::article::SentencePair;
use crate::domain::language::Lang;

/// One side of a sentence pair. It can take focus (by click or tap, not by
/// Tab, which is kept for the terms) so that touch and keyboard readers can
/// light up its twin; `hooks::use_marks` adds and removes `is-highlighted` on
/// the element itself. A plain function for the reason `term_text` is one.
pub fn sentence(pack: &SharedPack, pair: &SentencePair, lang: Lang) -> Html {
    html! {
        <span class="sentence" data-sid={pair.id.clone()} tabindex="-1">
            { term_text(pack, &pair.id, lang) }
            { note(pair, lang) }
        </span>
    }
}

/// A translator's note on the pair, in this side's language where the note
/// has it, else in the other; shown after the sentence on both sides.
fn note(pair: &SentencePair, lang: Lang) -> Html {
    let Some(note) = &pair.note else { return html! {} };
    let other = if lang == Lang::En { Lang::Zh } else { Lang::En };
    let (text, lang) = [lang, other]
        .into_iter()
        .map(|lang| (note.get(lang), lang))
        .find(|(text, _)| !text.trim().is_empty())
        .unwrap_or(("", lang));
    html! {
        <>{ " " }<small class="pair-note" role="note" lang={lang.bcp47()}>{ "※ " }{ text }</small></>
    }
}
