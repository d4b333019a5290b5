use yew::prelude::*;

use crate::domain::article::{OriginKind, Provenance};
use crate::domain::labels::{label, Label};
use crate::domain::language::Lang;

/// The badge that says what kind of text a language's version is.
pub fn origin_badge(kind: OriginKind, ui: Lang) -> &'static str {
    match kind {
        OriginKind::Original => label(Label::OriginalBadge, ui),
        OriginKind::Translation => label(Label::TranslationBadge, ui),
        OriginKind::Rendering => label(Label::RenderingBadge, ui),
    }
}

/// Says plainly, for each language, whether the reader is looking at the
/// source, a translation, or a rendering written for this reader (in `ui`,
/// the interface language). The kinds are always in view; the longer notes
/// open on demand (native `<details>`).
pub fn provenance_note(provenance: &Provenance, ui: Lang) -> Html {
    html! {
        <details class="provenance">
            <summary class="provenance-summary">
                <span class="provenance-heading" lang={ui.bcp47()}>{ label(Label::AboutTheText, ui) }</span>
                { for Lang::BOTH.into_iter().map(|lang| {
                    let origin = provenance.get(lang);
                    html! {
                        <span class="provenance-tag" data-origin={origin_kind_code(origin.kind)}>
                            <strong class="provenance-lang" lang={lang.bcp47()}>{ language_name(lang) }</strong>
                            { " " }
                            <span class="origin-badge" lang={ui.bcp47()}>{ origin_badge(origin.kind, ui) }</span>
                        </span>
                    }
                }) }
            </summary>
            <ul class="provenance-list">
                { for Lang::BOTH.into_iter().map(|lang| {
                    let origin = provenance.get(lang);
                    html! {
                        <li class="provenance-item" data-origin={origin_kind_code(origin.kind)}>
                            <strong class="provenance-lang" lang={lang.bcp47()}>{ language_name(lang) }</strong>
                            { " " }
                            <span class="provenance-text" lang={ui.bcp47()}>{ origin.note.get(ui) }</span>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

/// A language's name, written in that language.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文",
        Lang::En => "English",
    }
}

/// The kind as the content format spells it, for styling hooks.
pub fn origin_kind_code(kind: OriginKind) -> &'static str {
    match kind {
        OriginKind::Original => "original",
        OriginKind::Translation => "translation",
        OriginKind::Rendering => "rendering",
    }
}
