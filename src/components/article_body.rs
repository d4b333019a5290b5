use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::provenance_note::{language_name, origin_badge, origin_kind_code};
use super::sentence::Sentence;
use super::term_text::term_state_in;
use crate::content::SharedPack;
use crate::domain::alignment::sentence_separator;
use crate::domain::article::Paragraph;
use crate::domain::language::Lang;
use crate::state::Occurrence;

/// Props of [`ArticleBody`].
#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    /// The pack whose article is shown.
    pub pack: SharedPack,
    /// The highlighted sentence pair.
    pub highlighted: Option<Rc<str>>,
    /// The highlighted glossary entry.
    pub active_entry: Option<usize>,
    /// The occurrence the open pop-up stands next to.
    pub expanded: Option<Occurrence>,
    /// Called with the sentence pair under the pointer or focus, or none.
    pub onhighlight: Callback<Option<Rc<str>>>,
    /// The language of the column labels.
    pub interface: Lang,
}

/// The article as rows of paragraph pairs, Chinese then English. Both
/// languages are always in the page; the mode on the root decides (in CSS)
/// which are shown, side by side or one at a time.
#[function_component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let article = props.pack.article();
    // One set of listeners on the article rather than four per sentence.
    let onmouseover = props.onhighlight.reform(|event: MouseEvent| sentence_at(&event));
    let onmouseleave = props.onhighlight.reform(|_: MouseEvent| None);
    let onfocusin = props.onhighlight.reform(|event: FocusEvent| sentence_at(&event));
    let onfocusout = props.onhighlight.reform(|_: FocusEvent| None);
    html! {
        <article class="article" aria-labelledby="article-title" {onmouseover} {onmouseleave} {onfocusin} {onfocusout}>
            <div class="para-row column-heads">
                { for Lang::BOTH.into_iter().map(|lang| {
                    let origin = article.meta.provenance.get(lang);
                    html! {
                        <p class="column-head" data-lang={lang.code()} data-origin={origin_kind_code(origin.kind)}>
                            <span class="column-lang" lang={lang.bcp47()}>{ language_name(lang) }</span>
                            { " · " }
                            <span class="column-origin">{ origin_badge(origin.kind, props.interface) }</span>
                        </p>
                    }
                }) }
            </div>
            { for article.paragraphs.iter().map(|paragraph| paragraph_row(props, paragraph)) }
        </article>
    }
}

fn paragraph_row(props: &ArticleBodyProps, paragraph: &Paragraph) -> Html {
    html! {
        <div class="para-row" id={paragraph.id.clone()}>
            { for Lang::BOTH.into_iter().map(|lang| html! {
                <p class="para" data-lang={lang.code()} lang={lang.bcp47()}>
                    { for paragraph.sentences.iter().enumerate().map(|(index, pair)| {
                        let (active_entry, expanded) =
                            term_state_in(&props.pack, &pair.id, lang, props.active_entry, props.expanded);
                        html! {
                            <>
                                if index > 0 { { sentence_separator(lang) } }
                                <Sentence
                                    pack={props.pack.clone()}
                                    id={pair.id.clone()}
                                    {lang}
                                    highlighted={props.highlighted.as_deref() == Some(pair.id.as_str())}
                                    {active_entry}
                                    {expanded}
                                />
                            </>
                        }
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
