use yew::prelude::*;

use super::article_body::ArticleBody;
use super::article_header::ArticleHeader;
use super::mode_switch::ModeSwitch;
use crate::content::SharedPack;
use crate::hooks::{use_document_language, use_reading_mode};
use crate::state::{ReaderAction, ReaderState};

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The validated pack to show.
    pub pack: SharedPack,
}

/// The reader of one article: header, mode control and aligned text.
///
/// The mode is an attribute on the root, and the stylesheet shows or hides
/// each language from it: switching modes re-renders no text.
#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let state = use_reducer_eq(ReaderState::default);
    let choose_mode = use_reading_mode(state.dispatcher());
    let interface = state.mode.interface_lang();
    let title = props.pack.article().meta.title.get(interface).to_owned();
    use_document_language(state.mode, AttrValue::from(title));
    let on_highlight = {
        let dispatch = state.dispatcher();
        Callback::from(move |sentence| dispatch.dispatch(ReaderAction::Highlight(sentence)))
    };
    html! {
        <main id="reader" class="reader" data-mode={state.mode.param()} lang={interface.bcp47()}>
            <ArticleHeader pack={props.pack.clone()} {interface} />
            <ModeSwitch mode={state.mode} onchange={choose_mode} {interface} />
            <ArticleBody
                pack={props.pack.clone()}
                highlighted={state.highlighted.clone()}
                onhighlight={on_highlight}
                {interface}
            />
        </main>
    }
}
