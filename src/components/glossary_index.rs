use yew::prelude::*;

use crate::content::SharedPack;
use crate::domain::glossary::TermKind;
use crate::domain::labels::{label, Label};
use crate::domain::language::Lang;
use crate::domain::term_link::term_fragment;

/// Props of [`GlossaryIndex`].
#[derive(Properties, PartialEq)]
pub struct GlossaryIndexProps {
    /// The pack whose glossary is listed.
    pub pack: SharedPack,
    /// The language of the headings.
    pub interface: Lang,
    /// Called with the index of the entry the reader chose.
    pub onchoose: Callback<usize>,
}

/// Every term of the article grouped by kind, with its Chinese, pinyin,
/// English and how often it occurs; choosing one opens it at its first
/// occurrence.
///
/// Only the headings depend on the interface language: switching into or
/// out of 中文 re-renders them, and each group's entries ([`IndexEntries`],
/// whose props do not change) stay as they were rendered, so the switch
/// costs the same however long the glossary is.
#[function_component]
pub fn GlossaryIndex(props: &GlossaryIndexProps) -> Html {
    let kinds = use_memo(props.pack.clone(), |pack| {
        TermKind::ALL.into_iter().filter(|&kind| pack.glossary().iter().any(|entry| entry.kind == kind)).collect::<Vec<_>>()
    });
    if kinds.is_empty() {
        return html! {};
    }
    let ui = props.interface;
    html! {
        <section id="glossary" class="glossary-index" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading" lang={ui.bcp47()}>{ label(Label::TermsInThisArticle, ui) }</h2>
            { for kinds.iter().map(|&kind| html! {
                <section class="index-group" aria-labelledby={format!("index-{kind:?}")}>
                    <h3 id={format!("index-{kind:?}")} lang={ui.bcp47()}>{ kind.plural(ui) }</h3>
                    <IndexEntries pack={props.pack.clone()} {kind} onchoose={props.onchoose.clone()} />
                </section>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct IndexEntriesProps {
    pack: SharedPack,
    kind: TermKind,
    /// Called with the index of the entry chosen.
    onchoose: Callback<usize>,
}

/// The entries of one kind: a component of its own so that a change of the
/// interface language, which re-renders the headings, leaves them alone.
#[function_component]
fn IndexEntries(props: &IndexEntriesProps) -> Html {
    let IndexEntriesProps { pack, kind, onchoose } = props;
    let kind = *kind;
    let glossary = pack.glossary();
    let annotations = &pack.annotations;
    html! {
        <ul>
            { for (0..glossary.len()).filter(|&i| glossary[i].kind == kind).map(|index| {
                let entry = &glossary[index];
                let onclick = onchoose.reform(move |_: MouseEvent| index);
                let en = annotations.occurrences(index, Lang::En).len();
                let zh = annotations.occurrences(index, Lang::Zh).len();
                // The item's id is the entry's `#term=` fragment, so that
                // the link resolves in the page even without scripts.
                html! {
                    <li id={term_fragment(&entry.id)[1..].to_owned()}>
                        <button type="button" class="index-term" data-term={entry.id.clone()} {onclick}>
                            <span class="index-zh" lang="zh-Hans">{ &entry.zh }</span>
                            <span class="index-pinyin" lang="zh-Latn-pinyin">{ &entry.pinyin }</span>
                            <span class="index-en" lang="en">{ &entry.official }</span>
                            <span class="index-count">
                                <span lang="zh-Hans">{ "中文" }</span>{ format!(" {zh} · English {en}") }
                            </span>
                            // The gloss makes the index a glossary in
                            // its own right, with or without scripts.
                            <span class="index-gloss" lang="en">{ &entry.gloss }</span>
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
