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
}

/// A text with its glossary terms marked. Each term is a button to assistive
/// technology and the keyboard; it is a `span` with `role="button"` rather than
/// a `<button>` because a button is an atomic inline box that cannot wrap
/// across lines, and terms such as "member of the Standing Committee of the
/// Municipal Party Committee" must wrap with the text around them.
///
/// A text is rendered once: the active entry's `is-active` and the pop-up's
/// `aria-expanded="true"` are put on the few terms they concern by
/// `hooks::use_marks`, so a hover or a pop-up re-renders no text.
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
                html! {
                    <span
                        class="term"
                        id={occurrence_id(lang, span.occurrence)}
                        data-term={entry.id.clone()}
                        role="button"
                        tabindex="0"
                        aria-haspopup="dialog"
                        aria-controls="term-popup"
                        aria-expanded="false"
                    >
                        { term }
                    </span>
                }
            }
        }) }
    }
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
