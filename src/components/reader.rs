use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::article_body::ArticleBody;
use super::article_header::ArticleHeader;
use super::glossary_index::GlossaryIndex;
use super::mode_switch::mode_switch;
use super::term_popup::{TermPopup, POPUP_ID};
use crate::content::SharedPack;
use crate::domain::annotation::parse_occurrence_id;
use crate::domain::labels::{label, Label};
use crate::hooks::{
    use_document_mode, use_embed_bridge, use_hover_intent, use_marks, use_print_handout, use_reading_mode, use_term_link,
    HoverTarget,
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
/// The mode is an attribute on `<html>`, set by the mode's own handler, and
/// the stylesheet shows or hides each language from it: switching modes
/// re-renders no text. Every callback is made once (`use_callback`), so the
/// article and the index, whose props are the pack, those callbacks and the
/// interface language, are not re-rendered by a hover, a pop-up or a mode
/// that keeps the interface language; the marks those change are put on the
/// few elements concerned by `use_marks`. Term events are handled here once,
/// for every term in the page.
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let pack = &props.pack;
    let state = use_reducer_eq(ReaderState::default);
    let dispatch = state.dispatcher();
    let choose_mode = use_reading_mode(dispatch.clone());
    let interface = state.mode.interface_lang();
    let title = pack.article().meta.title.get(interface).to_owned();
    use_document_mode(state.mode, AttrValue::from(title));
    use_term_link(pack.clone(), dispatch.clone(), state.mode, state.open_term);
    let hover = use_hover_intent(dispatch.clone());
    use_embed_bridge(pack.clone(), dispatch.clone(), state.mode, state.open_term.map(|open| open.entry));
    use_marks(pack.clone(), state.highlighted.clone(), state.active_entry(), state.open_term.map(|open| open.anchor));
    use_print_handout(pack.clone(), state.mode);
    // The mode as of the latest render, for the index's callback, which must
    // not change with the mode (or the index would be re-rendered).
    let mode_now = use_mut_ref(|| state.mode);
    *mode_now.borrow_mut() = state.mode;

    let on_highlight = use_callback(dispatch.clone(), |sentence, dispatch| dispatch.dispatch(ReaderAction::Highlight(sentence)));
    let open = use_callback(dispatch.clone(), |open: OpenTerm, dispatch| dispatch.dispatch(ReaderAction::OpenTerm(open)));
    let close = use_callback(dispatch, |(), dispatch| dispatch.dispatch(ReaderAction::CloseTerm));
    let onclick = use_callback((pack.clone(), open.clone()), |event: MouseEvent, (pack, open)| {
        if let Some(term) = term_at(pack, &event, OpenedBy::Activation) {
            open.emit(term);
        }
    });
    let onkeydown = use_callback((pack.clone(), open.clone()), |event: KeyboardEvent, (pack, open)| {
        if matches!(event.key().as_str(), "Enter" | " ") {
            if let Some(term) = term_at(pack, &event, OpenedBy::Activation) {
                // Space would scroll the page; Enter must not submit anything.
                event.prevent_default();
                open.emit(term);
            }
        }
    });
    // A pop-up opens for a pointer that moves onto a term, not for a term
    // that comes under a still one (the page scrolled, a bar closed): the
    // browser reports both as "over", and WebKit even sends a "move" with
    // the pointer where it was; only a changed position is the reader's
    // doing. Leaving a term for anything else is reported either way.
    let pointer_at = use_mut_ref(|| None::<(i32, i32)>);
    let onpointermove = use_callback((pack.clone(), hover.clone()), move |event: PointerEvent, (pack, hover)| {
        let here = Some((event.screen_x(), event.screen_y()));
        let moved = pointer_at.replace(here) != here;
        match hover_target(pack, &event) {
            Some(HoverTarget::Term(_)) if !moved => {}
            Some(target) => hover.emit(target),
            None => {}
        }
    });
    let onpointerover = use_callback((pack.clone(), hover.clone()), |event: PointerEvent, (pack, hover)| {
        match hover_target(pack, &event) {
            Some(HoverTarget::Term(_)) | None => {}
            Some(target) => hover.emit(target),
        }
    });
    let onpointerleave = use_callback(hover, |_: PointerEvent, hover| hover.emit(HoverTarget::Elsewhere));
    let choose_entry = use_callback((pack.clone(), open.clone()), move |entry: usize, (pack, open)| {
        let mode = *mode_now.borrow();
        if let Some((lang, index)) = pack.annotations.first_occurrence(entry, mode) {
            open.emit(OpenTerm {
                entry,
                anchor: Occurrence { lang, index },
                opened_by: OpenedBy::Activation,
            });
        }
    });

    let term_count = pack.glossary().len();
    // Once per pack, not on every render (a hover re-renders the reader).
    let has_reading_aids = *use_memo(pack.clone(), |pack| {
        pack.article().paragraphs.iter().flat_map(|p| &p.sentences).any(|pair| !pair.ruby.is_empty())
    });
    // No `lang` and no mode here: either would change with the mode, and
    // the browser would look through the whole article for what the change
    // restyles (the mode is on `<html>` alone). The page's `lang` is "en";
    // each text and label that is ever Chinese says so itself.
    html! {
        <main id="reader" class="reader"
            {onclick} {onkeydown} {onpointermove} {onpointerover} {onpointerleave}>
            <ArticleHeader pack={pack.clone()} {interface} />
            <div class="toolbar">
                { mode_switch(state.mode, &choose_mode, interface) }
                if term_count > 0 {
                    <a class="toolbar-link" href="#glossary" lang={interface.bcp47()}>
                        { format!("{} ({term_count})", label(Label::Terms, interface)) }
                    </a>
                }
                // The share dialog and the reading settings are in index.html,
                // run by its scripts: the wasm holds only their buttons.
                <div class="toolbar-tools">
                    // Pinyin over the Chinese, a reading setting that
                    // assets/settings.js keeps (and `aria-pressed` with it).
                    if has_reading_aids {
                        <button type="button" class="tool-button pinyin-button" lang={interface.bcp47()}>
                            { label(Label::Pinyin, interface) }
                        </button>
                    }
                    // Read aloud: the panel is in index.html, run by
                    // assets/speech.js, which loads on first use.
                    <button type="button" class="tool-button listen-button" popovertarget="listen-dialog" lang={interface.bcp47()}>
                        { label(Label::Listen, interface) }
                    </button>
                    <button type="button" class="tool-button share-button" popovertarget="share-dialog" lang={interface.bcp47()}>
                        { label(Label::ShareEmbed, interface) }
                    </button>
                    <button type="button" class="tool-button settings-button" popovertarget="settings-dialog"
                        aria-label={label(Label::ReadingSettings, interface)} title={label(Label::ReadingSettings, interface)}
                        lang={interface.bcp47()}>
                        <span aria-hidden="true" lang="en">{ "Aa" }</span>
                    </button>
                </div>
            </div>
            <ArticleBody pack={pack.clone()} onhighlight={on_highlight} {interface} />
            <GlossaryIndex pack={pack.clone()} {interface} onchoose={choose_entry} />
            // The saved words and the export of the whole glossary, after
            // the index (outside it: its entries never re-render on a mode
            // switch). The panel is in index.html, run by assets/words.js.
            if term_count > 0 {
                <p class="index-words-row">
                    <button type="button" class="index-words" popovertarget="words-dialog" lang={interface.bcp47()}>
                        { label(Label::MyWords, interface) }
                    </button>
                </p>
            }
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

/// Where a mouse pointer is; None for touch and pen, which open pop-ups by
/// tapping.
fn hover_target(pack: &SharedPack, event: &PointerEvent) -> Option<HoverTarget> {
    if event.pointer_type() != "mouse" {
        return None;
    }
    Some(match term_at(pack, event, OpenedBy::Hover) {
        Some(term) => HoverTarget::Term(term),
        None if inside_popup(event) => HoverTarget::Popup,
        None => HoverTarget::Elsewhere,
    })
}

fn inside_popup(event: &Event) -> bool {
    event
        .target_dyn_into::<Element>()
        .and_then(|target| target.closest(&format!("#{POPUP_ID}")).ok().flatten())
        .is_some()
}
