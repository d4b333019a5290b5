use yew::prelude::*;

use super::provenance_note::provenance_note;
use super::term_text::term_text;
use crate::content::SharedPack;
use crate::domain::annotation::{SOURCE_KEY, TITLE_KEY};
use crate::domain::dates::display_timestamp;
use crate::domain::labels::{label, Label};
use crate::domain::language::Lang;

/// Props of [`ArticleHeader`].
#[derive(Properties, PartialEq)]
pub struct ArticleHeaderProps {
    /// The pack whose metadata is shown.
    pub pack: SharedPack,
    /// The language of the labels.
    pub interface: Lang,
}

/// Title in each language (the stylesheet shows the current one), source,
/// editor, dates and where each language's text comes from. Each label
/// carries the interface language as its own `lang` (the page's stays "en").
#[function_component]
pub fn ArticleHeader(props: &ArticleHeaderProps) -> Html {
    let meta = &props.pack.article().meta;
    let ui = props.interface;
    html! {
        <header class="masthead">
            <p class="brand"><span lang="en">{"Tifa"}</span>{" "}<span lang="zh-Hans">{"提法"}</span></p>
            <h1 class="title" id="article-title">
                { for Lang::BOTH.into_iter().map(|lang| html! {
                    <span class="title-text" data-lang={lang.code()} lang={lang.bcp47()}>
                        { terms(props, TITLE_KEY, lang) }
                    </span>
                }) }
            </h1>
            <dl class="meta">
                <div class="meta-item">
                    <dt lang={ui.bcp47()}>{ label(Label::Source, ui) }</dt>
                    <dd>
                        <span lang="zh-Hans">{ terms(props, SOURCE_KEY, Lang::Zh) }</span>
                        { " " }
                        <span lang="en">{ terms(props, SOURCE_KEY, Lang::En) }</span>
                        // Only http(s) addresses pass validation.
                        if let Some(url) = &meta.url {
                            { " " }<a class="source-link" href={url.clone()} rel="noopener noreferrer" lang={ui.bcp47()}>{ label(Label::SourceLink, ui) }</a>
                        }
                        if meta.excerpt {
                            { " " }<span class="excerpt-badge" lang={ui.bcp47()}>{ label(Label::Excerpt, ui) }</span>
                        }
                    </dd>
                </div>
                if let Some(editor) = &meta.editor {
                    <div class="meta-item">
                        <dt lang={ui.bcp47()}>{ label(Label::Editor, ui) }</dt>
                        <dd>
                            <span lang="zh-Hans">{ &editor.zh }</span>
                            { " " }
                            <span lang="en">{ &editor.en }</span>
                        </dd>
                    </div>
                }
                <div class="meta-item">
                    <dt lang={ui.bcp47()}>{ label(Label::Published, ui) }</dt>
                    <dd><time datetime={meta.published.clone()}>{ display_timestamp(&meta.published) }</time></dd>
                </div>
                if let Some(event) = &meta.event {
                    <div class="meta-item">
                        <dt lang={ui.bcp47()}>{ event.label.get(ui) }</dt>
                        <dd><time datetime={event.date.clone()}>{ &event.date }</time></dd>
                    </div>
                }
            </dl>
            { provenance_note(&meta.provenance, ui) }
        </header>
    }
}

/// A header text with its terms marked.
fn terms(props: &ArticleHeaderProps, key: &'static str, lang: Lang) -> Html {
    term_text(&props.pack, key, lang)
}
