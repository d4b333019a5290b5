use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::provenance_note::{language_name, origin_badge, origin_kind_code};
use super::sentence::sentence;
use crate::content::SharedPack;
use crate::domain::alignment::sentence_separator;
use crate::domain::article::Paragraph;
use crate::domain::language::Lang;

/// Props of [`ArticleBody`].
#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    /// The pack whose article is shown.
    pub pack: SharedPack,
    /// Called with the sentence pair under the pointer or focus, or none.
    pub onhighlight: Callback<Option<Rc<str>>>,
    /// The language of the column labels.
    pub interface: Lang,
}

/// The article as rows of paragraph pairs, Chinese then English. Both
/// languages are always in the page; the mode on `<html>` decides (in CSS)
/// which are shown, side by side or one at a time.
///
/// Only the column heads depend on the interface language; the paragraphs
/// ([`Paragraphs`]) depend on the pack alone, so they are rendered once and
/// never again. The reader's marks (the highlighted twins, the active term)
/// are put on them by `hooks::use_marks`.
#[function_component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    // One set of listeners on the article rather than four per sentence.
    let onmouseover = props.onhighlight.reform(|event: MouseEvent| sentence_at(&event));
    let onmouseleave = props.onhighlight.reform(|_: MouseEvent| None);
    let onfocusin = props.onhighlight.reform(|event: FocusEvent| sentence_at(&event));
    let onfocusout = props.onhighlight.reform(|_: FocusEvent| None);
    html! {
        <article class="article" aria-labelledby="article-title" {onmouseover} {onmouseleave} {onfocusin} {onfocusout}>
            { column_heads(&props.pack, props.interface) }
            <Paragraphs pack={props.pack.clone()} />
        </article>
    }
}

/// Each column's language and where its text comes from.
fn column_heads(pack: &SharedPack, ui: Lang) -> Html {
    let provenance = &pack.article().meta.provenance;
    html! {
        <div class="para-row column-heads">
            { for Lang::BOTH.into_iter().map(|lang| {
                let origin = provenance.get(lang);
                html! {
                    <p class="column-head" data-lang={lang.code()} data-origin={origin_kind_code(origin.kind)}>
                        <span class="column-lang" lang={lang.bcp47()}>{ language_name(lang) }</span>
                        { " · " }
                        <span class="column-origin" lang={ui.bcp47()}>{ origin_badge(origin.kind, ui) }</span>
                    </p>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ParagraphsProps {
    pack: SharedPack,
}

/// Every paragraph row: rendered when the pack arrives and not again.
#[function_component]
fn Paragraphs(props: &ParagraphsProps) -> Html {
    html! {
        { for props.pack.article().paragraphs.iter().map(|paragraph| paragraph_row(&props.pack, paragraph)) }
    }
}

fn paragraph_row(pack: &SharedPack, paragraph: &Paragraph) -> Html {
    html! {
        <div class="para-row" id={paragraph.id.clone()}>
            { for Lang::BOTH.into_iter().map(|lang| html! {
                <p class="para" data-lang={lang.code()} lang={lang.bcp47()}>
                    { for paragraph.sentences.iter().enumerate().map(|(index, pair)| html! {
                        <>
                            if index > 0 { { sentence_separator(lang) } }
                            { sentence(pack, pair, lang) }
                        </>
                    }) }
                </p>
            }) }
        </div>
    }
}

/// The id of the sentence an event happened in, if any.
fn sentence_at(event: &Event) -> Option<Rc<str>> {
    let target: Element = event.target_dyn_into()?;
    let sentence = target.closest("[data-sid]").ok()??;
    sentence.get_attribute("data-sid").map(Rc::from)
}
