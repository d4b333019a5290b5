use yew::prelude::*;

use crate::content::SharedPack;
use crate::domain::glossary::{GlossaryEntry, Rendering, RenderingUse, TermStatus};
use crate::domain::labels::{label, Label};
use crate::domain::language::{Lang, ReadingMode};
use crate::domain::term_link::term_fragment;
use crate::hooks::{use_copy_link, use_term_popover, CopyStatus};
use crate::state::{Occurrence, OpenTerm, OpenedBy};

/// The id of the pop-up element, named by every term's `aria-controls`.
pub const POPUP_ID: &str = "term-popup";

/// Props of [`TermPopup`].
#[derive(Properties, PartialEq)]
pub struct TermPopupProps {
    /// The pack whose glossary is shown.
    pub pack: SharedPack,
    /// The open term, if any.
    pub open: Option<OpenTerm>,
    /// The reading mode (which languages related terms can be shown in).
    pub mode: ReadingMode,
    /// Called to show another entry or occurrence.
    pub onopen: Callback<OpenTerm>,
    /// Called when the reader closes the pop-up.
    pub onclose: Callback<()>,
}

/// The glossary pop-up: one element for the whole page, a native `popover`
/// with the role of a non-modal dialog, filled with the open entry.
#[function_component]
pub fn TermPopup(props: &TermPopupProps) -> Html {
    let node = use_node_ref();
    use_term_popover(node.clone(), props.open, props.onclose.clone());
    let open_entry = props.open.and_then(|open| props.pack.glossary().get(open.entry).map(|entry| (open, entry)));
    // The copy status belongs to the entry shown: it starts again with each.
    let shown_id = open_entry.map_or(AttrValue::Static(""), |(_, entry)| AttrValue::from(entry.id.clone()));
    let (copy_status, copy) = use_copy_link(shown_id);
    let ui = props.mode.interface_lang();
    html! {
        <div
            id={POPUP_ID}
            ref={node}
            class="term-popup"
            popover="auto"
            role="dialog"
            aria-labelledby="term-popup-title"
            tabindex="-1"
            lang={ui.bcp47()}
        >
            if let Some((open, entry)) = open_entry {
                { entry_card(props, open, entry, copy_status, copy) }
            }
        </div>
    }
}

/// Every field of one entry, opened at `open`.
fn entry_card(props: &TermPopupProps, open: OpenTerm, entry: &GlossaryEntry, copy_status: CopyStatus, copy: Callback<MouseEvent>) -> Html {
    let ui = props.mode.interface_lang();
    let close = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <>
            <div class="popup-head">
                <p class="popup-kind">{ entry.kind.name(ui) }</p>
                <h2 id="term-popup-title" class="popup-zh" lang="zh-Hans">{ &entry.zh }</h2>
                <p class="popup-pinyin" lang="zh-Latn-pinyin">{ &entry.pinyin }</p>
                <p class="popup-official">
                    <span class="visually-hidden">{ label(Label::Official, ui) }{ ": " }</span>
                    <span lang="en">{ &entry.official }</span>
                </p>
                // Read by assets/speech.js (loaded on first use), from the
                // text above: the pop-up holds only the buttons.
                <p class="popup-listen-row">
                    <button type="button" class="popup-listen" data-say="zh">
                        <span aria-hidden="true">{ "▶ " }</span>{ label(Label::ListenChinese, ui) }
                    </button>
                    <button type="button" class="popup-listen" data-say="en">
                        <span aria-hidden="true">{ "▶ " }</span>{ label(Label::ListenEnglish, ui) }
                    </button>
                </p>
                // My words: assets/words.js keeps the list and the
                // button's aria-pressed; the panel is in index.html.
                <p class="popup-words-row">
                    <button type="button" class="popup-save" data-entry={entry.id.clone()}>{ label(Label::SaveWord, ui) }</button>
                    <button type="button" class="popup-words" popovertarget="words-dialog">{ label(Label::MyWords, ui) }</button>
                </p>
                <button type="button" class="popup-close" aria-label={label(Label::Close, ui)} onclick={close}>
                    <span aria-hidden="true">{ "×" }</span>
                </button>
            </div>
            { localized_paragraph("popup-gloss", entry.gloss_in(ui)) }
            { localized_paragraph("popup-explanation", entry.explanation_in(ui)) }
            { parts(entry, ui) }
            { contained_terms(props, open, entry, ui) }
            <dl class="popup-facts">
                if entry.official_source.is_some() || entry.official_suggested {
                    <dt>{ label(Label::RenderingBasis, ui) }</dt>
                    <dd class="popup-official-source">
                        if let Some(source) = &entry.official_source {
                            { label(Label::OfficialSource, ui) }{ ": " }<span lang="en">{ source }</span>
                        } else {
                            { label(Label::SuggestedRendering, ui) }
                        }
                    </dd>
                }
                if !entry.variants.is_empty() || !entry.renderings.is_empty() {
                    <dt>{ label(Label::AlsoRendered, ui) }</dt>
                    <dd class="popup-renderings">
                        if !entry.variants.is_empty() {
                            <span lang="en">{ entry.variants.join("; ") }</span>
                        }
                        if !entry.renderings.is_empty() {
                            <ul>{ for entry.renderings.iter().map(|rendering| rendering_item(rendering, ui)) }</ul>
                        }
                    </dd>
                }
                if let Some(status) = &entry.status {
                    <dt>{ label(Label::Status, ui) }</dt>
                    <dd class="popup-status">{ status_text(status, ui) }</dd>
                }
                if let Some(origin) = &entry.origin {
                    <dt>{ label(Label::Origin, ui) }</dt>
                    <dd class="popup-origin">
                        if let Some(date) = &origin.date { <time datetime={date.clone()}>{ date }</time>{ ": " } }
                        { localized_span(origin.occasion_in(ui)) }
                        if let Some(speaker) = &origin.speaker { { " (" }<span lang="en">{ speaker }</span>{ ")" } }
                    </dd>
                }
                if let Some(note) = &entry.translation_note {
                    <dt>{ label(Label::TranslationNote, ui) }</dt>
                    <dd lang="en">{ note }</dd>
                }
            </dl>
            { related(props, entry, ui) }
            { occurrences(props, open, ui) }
            <p class="popup-link">
                // The page's URL already carries this fragment; following the
                // link would only jump to the index entry it names.
                <a href={term_fragment(&entry.id)} onclick={Callback::from(|event: MouseEvent| event.prevent_default())}>
                    { label(Label::LinkToEntry, ui) }
                </a>
                <button type="button" class="popup-copy" onclick={copy}>{ label(Label::CopyLink, ui) }</button>
                <span class="popup-copy-status" role="status">
                    { match copy_status {
                        CopyStatus::Idle => "",
                        CopyStatus::Copied => label(Label::LinkCopied, ui),
                        CopyStatus::Failed => label(Label::CopyFailed, ui),
                    } }
                </span>
            </p>
        </>
    }
}

/// A paragraph of entry text in the language it is written in.
fn localized_paragraph(class: &'static str, (text, lang): (&str, Lang)) -> Html {
    html! { <p {class} lang={lang.bcp47()}>{ text }</p> }
}

fn localized_span((text, lang): (&str, Lang)) -> Html {
    html! { <span lang={lang.bcp47()}>{ text }</span> }
}

/// One rendering: the English, how it is used, and where and when.
fn rendering_item(rendering: &Rendering, ui: Lang) -> Html {
    let usage = label(
        match rendering.usage {
            RenderingUse::Official => Label::UseOfficial,
            RenderingUse::Former => Label::UseFormer,
            RenderingUse::Common => Label::UseCommon,
            RenderingUse::Mistranslation => Label::UseMistranslation,
        },
        ui,
    );
    let details: Vec<String> = [rendering.source.clone(), rendering.year.map(|year| year.to_string())].into_iter().flatten().collect();
    html! {
        <li class={classes!("rendering", format!("rendering-{}", usage_class(rendering.usage)))}>
            <span lang="en">{ &rendering.en }</span>
            { " " }
            <span class="rendering-use">{ "(" }{ usage }
                if !details.is_empty() { { ": " }<span lang="en">{ details.join(", ") }</span> }
            { ")" }</span>
            if let Some(note) = &rendering.note { { " " }<span class="rendering-note" lang="en">{ note }</span> }
        </li>
    }
}

fn usage_class(usage: RenderingUse) -> &'static str {
    match usage {
        RenderingUse::Official => "official",
        RenderingUse::Former => "former",
        RenderingUse::Common => "common",
        RenderingUse::Mistranslation => "mistranslation",
    }
}

fn status_text(status: &TermStatus, ui: Lang) -> Html {
    match status {
        TermStatus::Current => html! { label(Label::StatusCurrent, ui) },
        TermStatus::Retired(retirement) => html! {
            <>
                <strong>{ label(Label::StatusRetired, ui) }</strong>
                if let Some(year) = retirement.year { { format!(" ({year})") } }
                { ": " }<span lang="en">{ &retirement.note }</span>
            </>
        },
    }
}

/// The known terms inside a longer one (党中央 in 以习近平同志为核心的党中央),
/// each opening in place; and, for a term opened that way, the term it
/// stands in.
fn contained_terms(props: &TermPopupProps, open: OpenTerm, entry: &GlossaryEntry, ui: Lang) -> Html {
    let pack = &props.pack;
    let button = |index: usize, target: &GlossaryEntry| {
        let onclick = props.onopen.reform(move |_: MouseEvent| OpenTerm {
            entry: index,
            anchor: open.anchor,
            opened_by: OpenedBy::Activation,
        });
        html! {
            <button type="button" class="related-term" data-term={target.id.clone()} {onclick}>
                <span lang="zh-Hans">{ &target.zh }</span>
                { " " }
                <span lang="en">{ &target.official }</span>
            </button>
        }
    };
    let outer = pack
        .annotations
        .entry_at(open.anchor.lang, open.anchor.index)
        .filter(|&index| index != open.entry)
        .and_then(|index| pack.glossary().get(index).map(|outer| (index, outer)));
    let inner: Vec<(usize, &GlossaryEntry)> =
        pack.glossary().iter().enumerate().filter(|(_, other)| entry.contains_term(other)).collect();
    html! {
        <>
            if let Some((index, outer)) = outer {
                <p class="popup-part-of">{ label(Label::PartOf, ui) }{ ": " }{ button(index, outer) }</p>
            }
            if !inner.is_empty() {
                <section class="popup-contains" aria-labelledby="term-popup-contains">
                    <h3 id="term-popup-contains">{ label(Label::Contains, ui) }</h3>
                    <ul>{ for inner.into_iter().map(|(index, target)| html! { <li>{ button(index, target) }</li> }) }</ul>
                </section>
            }
        </>
    }
}

fn parts(entry: &GlossaryEntry, ui: Lang) -> Html {
    if entry.parts.is_empty() {
        return html! {};
    }
    html! {
        <section class="popup-parts" aria-labelledby="term-popup-parts">
            <h3 id="term-popup-parts">{ label(Label::Parts, ui) }</h3>
            <ol>
                { for entry.parts.iter().map(|part| html! {
                    <li>
                        <span class="part-zh" lang="zh-Hans">{ &part.zh }</span>
                        { " " }
                        <span class="part-pinyin" lang="zh-Latn-pinyin">{ &part.pinyin }</span>
                        { " " }
                        <span class="part-en" lang="en">{ &part.en }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn related(props: &TermPopupProps, entry: &GlossaryEntry, ui: Lang) -> Html {
    let pack = &props.pack;
    let targets: Vec<(usize, &GlossaryEntry)> = entry
        .related
        .iter()
        .filter_map(|id| pack.entry_index(id).map(|index| (index, &pack.glossary()[index])))
        .collect();
    if targets.is_empty() {
        return html! {};
    }
    html! {
        <section class="popup-related" aria-labelledby="term-popup-related">
            <h3 id="term-popup-related">{ label(Label::Related, ui) }</h3>
            <ul>
                { for targets.into_iter().map(|(index, target)| {
                    let anchor = pack.annotations.first_occurrence(index, props.mode);
                    let onclick = anchor.map(|(lang, occurrence)| {
                        props.onopen.reform(move |_: MouseEvent| OpenTerm {
                            entry: index,
                            anchor: Occurrence { lang, index: occurrence },
                            opened_by: OpenedBy::Activation,
                        })
                    });
                    html! {
                        <li>
                            <button type="button" class="related-term" data-term={target.id.clone()}
                                disabled={onclick.is_none()} {onclick}>
                                <span lang="zh-Hans">{ &target.zh }</span>
                                { " " }
                                <span lang="en">{ &target.official }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

fn occurrences(props: &TermPopupProps, open: OpenTerm, ui: Lang) -> Html {
    let annotations = &props.pack.annotations;
    let here = annotations.occurrences(open.entry, open.anchor.lang);
    // Opened from a longer term that contains it, the anchor is not one of
    // this entry's own occurrences: "next" then goes to its first one.
    let found = here.iter().position(|&index| index == open.anchor.index);
    let position = found.unwrap_or(0);
    let step = |to: Option<usize>| {
        to.and_then(|i| here.get(i)).map(|&index| {
            props.onopen.reform(move |_: MouseEvent| OpenTerm {
                entry: open.entry,
                anchor: Occurrence { lang: open.anchor.lang, index },
                opened_by: OpenedBy::Activation,
            })
        })
    };
    let previous = found.and_then(|position| step(position.checked_sub(1)));
    let next = step(Some(found.map_or(0, |position| position + 1)));
    let counts: Vec<String> = Lang::BOTH
        .into_iter()
        .map(|lang| {
            let name = if lang == Lang::Zh { "中文" } else { "English" };
            format!("{name} {}", annotations.occurrences(open.entry, lang).len())
        })
        .collect();
    html! {
        <div class="popup-occurrences">
            <p class="occurrence-counts">{ label(Label::InThisArticle, ui) }{ ": " }{ counts.join(" · ") }</p>
            <div class="occurrence-nav">
                <button type="button" class="occurrence-previous" disabled={previous.is_none()} onclick={previous}>
                    { "‹ " }{ label(Label::PreviousOccurrence, ui) }
                </button>
                <span class="occurrence-position">
                    { if found.is_some() { format!("{} / {}", position + 1, here.len()) } else { format!("– / {}", here.len()) } }
                </span>
                <button type="button" class="occurrence-next" disabled={next.is_none()} onclick={next}>
                    { label(Label::NextOccurrence, ui) }{ " ›" }
                </button>
            </div>
        </div>
    }
}
