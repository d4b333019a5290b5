use yew::prelude::*;

use super::provenance_note::ProvenanceNote;
use crate::content::SharedPack;
use crate::domain::article::Bilingual;
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
/// editor, dates and where each language's text comes from.
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
                        { meta.title.get(lang) }
                    </span>
                }) }
            </h1>
            <dl class="meta">
                <div class="meta-item">
                    <dt>{ label(Label::Source, ui) }</dt>
                    <dd>{ both_names(&meta.source) }</dd>
                </div>
                if let Some(editor) = &meta.editor {
                    <div class="meta-item">
                        <dt>{ label(Label::Editor, ui) }</dt>
                        <dd>{ both_names(editor) }</dd>
                    </div>
                }
                <div class="meta-item">
                    <dt>{ label(Label::Published, ui) }</dt>
                    <dd><time datetime={meta.published.clone()}>{ display_timestamp(&meta.published) }</time></dd>
                </div>
                if let Some(event) = &meta.event {
                    <div class="meta-item">
                        <dt>{ event.label.get(ui) }</dt>
                        <dd><time datetime={event.date.clone()}>{ &event.date }</time></dd>
                    </div>
                }
            </dl>
            <ProvenanceNote provenance={meta.provenance.clone()} {ui} />
        </header>
    }
}

/// A name in both languages, Chinese first, each marked with its language.
fn both_names(name: &Bilingual) -> Html {
    html! {
        <>
            <span lang="zh-Hans">{ &name.zh }</span>
            { " " }
            <span lang="en">{ &name.en }</span>
        </>
    }
}
