use yew::prelude::*;

use crate::content::SharedPack;
use crate::domain::annotation::{occurrence_id, segments, Segment};
use crate::domain::language::Lang;

/// Props of [`TermText`].
#[derive(Properties, PartialEq)]
pub struct TermTextProps {
    /// The pack the text and its terms come from.
    pub pack: SharedPack,
    /// Which text: `title`, `source` or a sentence id.
    pub text_key: AttrValue,
    /// The text's language.
    pub lang: Lang,
    /// The highlighted entry, when it occurs in this text (so that other
    /// texts' props do not change and they are not re-rendered).
    #[prop_or_default]
    pub active_entry: Option<usize>,
    /// The occurrence the open pop-up stands next to, when it is in this text.
    #[prop_or_default]
    pub expanded: Option<usize>,
}

/// A text with its glossary terms marked. Each term is a button to assistive
/// technology and the keyboard; it is a `span` with `role="button"` rather than
/// a `<button>` because a button is an atomic inline box that cannot wrap
/// across lines, and terms such as "member of the Standing Committee of the
/// Municipal Party Committee" must wrap with the text around them.
#[function_component]
pub fn TermText(props: &TermTextProps) -> Html {
    let pack = &props.pack;
    let lang = props.lang;
    let text = text_of(pack, &props.text_key, lang);
    let spans = pack.annotations.spans(&props.text_key, lang);
    html! {
        { for segments(text, spans).into_iter().map(|segment| match segment {
            Segment::Plain(plain) => html! { plain },
            Segment::Term(term, span) => {
                let entry = &pack.glossary()[span.entry];
                let active = props.active_entry == Some(span.entry);
                let expanded = props.expanded == Some(span.occurrence);
                html! {
                    <span
                        class={classes!("term", active.then_some("is-active"))}
                        id={occurrence_id(lang, span.occurrence)}
                        data-term={entry.id.clone()}
                        role="button"
                        tabindex="0"
                        aria-haspopup="dialog"
                        aria-controls="term-popup"
                        aria-expanded={if expanded { "true" } else { "false" }}
                    >
                        { term }
                    </span>
                }
            }
        }) }
    }
}

/// The parts of the reader's term state that concern one text: the active
/// entry if it occurs there, and the open pop-up's anchor if it is there.
/// Passing only these keeps every other text's props unchanged, so a hover or
/// a pop-up re-renders the texts it touches and no others.
pub fn term_state_in(
    pack: &SharedPack,
    key: &str,
    lang: Lang,
    active_entry: Option<usize>,
    expanded: Option<crate::state::Occurrence>,
) -> (Option<usize>, Option<usize>) {
    let spans = pack.annotations.spans(key, lang);
    let active = active_entry.filter(|entry| spans.iter().any(|span| span.entry == *entry));
    let anchor = expanded
        .filter(|anchor| anchor.lang == lang && spans.iter().any(|span| span.occurrence == anchor.index))
        .map(|anchor| anchor.index);
    (active, anchor)
}

/// The text behind a key.
fn text_of<'a>(pack: &'a SharedPack, key: &str, lang: Lang) -> &'a str {
    let meta = &pack.article().meta;
    match key {
        crate::domain::annotation::TITLE_KEY => meta.title.get(lang),
        crate::domain::annotation::SOURCE_KEY => meta.source.get(lang),
        sentence => pack.sentence(sentence).map_or("", |pair| pair.text(lang)),
    }
}
