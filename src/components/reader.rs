use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::article_body::ArticleBody;
use super::article_header::ArticleHeader;
use super::glossary_index::GlossaryIndex;
use super::mode_switch::ModeSwitch;
use super::term_popup::{TermPopup, POPUP_ID};
use crate::content::SharedPack;
use crate::domain::annotation::parse_occurrence_id;
use crate::domain::labels::{label, Label};
use crate::hooks::{
    use_document_language, use_embed_bridge, use_hover_intent, use_reading_mode, use_term_link, HoverTarget,
};
use crate::state::{Occurrence, OpenTerm, OpenedBy, ReaderAction, ReaderState};

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The validated pack to show.
    pub pack: SharedPack,
}

/// The reader of one article: header, mode control, aligned text, glossary
/// index and the pop-up.
///
/// The mode is an attribute on the root, and the stylesheet shows or hides
/// each language from it: switching modes re-renders no text. Term events are
/// handled here once, for every term in the page.
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let pack = &props.pack;
    let state = use_reducer_eq(ReaderState::default);
    let dispatch = state.dispatcher();
    let choose_mode = use_reading_mode(dispatch.clone());
    let interface = state.mode.interface_lang();
    let title = pack.article().meta.title.get(interface).to_owned();
    use_document_language(state.mode, AttrValue::from(title));
    use_term_link(pack.clone(), dispatch.clone(), state.mode, state.open_term);
    let hover = use_hover_intent(dispatch.clone());
    use_embed_bridge(pack.clone(), dispatch.clone(), state.mode, state.open_term.map(|open| open.entry));

    let on_highlight = {
        let dispatch = dispatch.clone();
        Callback::from(move |sentence| dispatch.dispatch(ReaderAction::Highlight(sentence)))
    };
    let open = {
        let dispatch = dispatch.clone();
        Callback::from(move |open: OpenTerm| dispatch.dispatch(ReaderAction::OpenTerm(open)))
    };
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(ReaderAction::CloseTerm))
    };
    let onclick = {
        let (pack, open) = (pack.clone(), open.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some(term) = term_at(&pack, &event, OpenedBy::Activation) {
                open.emit(term);
            }
        })
    };
    let onkeydown = {
        let (pack, open) = (pack.clone(), open.clone());
        Callback::from(move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), "Enter" | " ") {
                if let Some(term) = term_at(&pack, &event, OpenedBy::Activation) {
                    // Space would scroll the page; Enter must not submit anything.
                    event.prevent_default();
                    open.emit(term);
                }
            }
        })
    };
    let onpointerover = {
        let (pack, hover) = (pack.clone(), hover.clone());
        Callback::from(move |event: PointerEvent| {
            if event.pointer_type() != "mouse" {
                return;
            }
            let target = match term_at(&pack, &event, OpenedBy::Hover) {
                Some(term) => HoverTarget::Term(term),
                None if inside_popup(&event) => HoverTarget::Popup,
                None => HoverTarget::Elsewhere,
            };
            hover.emit(target);
        })
    };
    let onpointerleave = hover.reform(|_: PointerEvent| HoverTarget::Elsewhere);
    let choose_entry = {
        let (pack, open, mode) = (pack.clone(), open.clone(), state.mode);
        Callback::from(move |entry: usize| {
            if let Some((lang, index)) = pack.annotations.first_occurrence(entry, mode) {
                open.emit(OpenTerm {
                    entry,
                    anchor: Occurrence { lang, index },
                    opened_by: OpenedBy::Activation,
                });
            }
        })
    };

    let active_entry = state.active_entry();
    let expanded = state.open_term.map(|open| open.anchor);
    let term_count = pack.glossary().len();
    html! {
        <main id="reader" class="reader" data-mode={state.mode.param()} lang={interface.bcp47()}
            {onclick} {onkeydown} {onpointerover} {onpointerleave}>
            <ArticleHeader pack={pack.clone()} {interface} {active_entry} {expanded} />
            <div class="toolbar">
                <ModeSwitch mode={state.mode} onchange={choose_mode} {interface} />
                if term_count > 0 {
                    <a class="toolbar-link" href="#glossary">{ format!("{} ({term_count})", label(Label::Terms, interface)) }</a>
                }
            </div>
            <ArticleBody
                pack={pack.clone()}
                highlighted={state.highlighted.clone()}
                {active_entry}
                {expanded}
                onhighlight={on_highlight}
                {interface}
            />
            <GlossaryIndex pack={pack.clone()} {interface} onchoose={choose_entry} />
            // After the article, so that the keyboard reaches the text first.
            <footer class="reader-footer" lang="en">
                <a class="author-link" href="author.html">{ "Make a pack from your own text" }</a>
                { " · Tifa makes annotated bilingual readers from a Chinese text and its English translation." }
            </footer>
            <TermPopup pack={pack.clone()} open={state.open_term} mode={state.mode} onopen={open} onclose={close} />
        </main>
    }
}

/// The term occurrence an event happened on, as the pop-up it opens.
fn term_at(pack: &SharedPack, event: &Event, opened_by: OpenedBy) -> Option<OpenTerm> {
    let target: Element = event.target_dyn_into()?;
    let term = target.closest(".term[data-term]").ok()??;
    let entry = pack.entry_index(&term.get_attribute("data-term")?)?;
    let (lang, index) = parse_occurrence_id(&term.id())?;
    Some(OpenTerm {
        entry,
        anchor: Occurrence { lang, index },
        opened_by,
    })
}

fn inside_popup(event: &Event) -> bool {
    event
        .target_dyn_into::<Element>()
        .and_then(|target| target.closest(&format!("#{POPUP_ID}")).ok().flatten())
        .is_some()
}
