use yew::prelude::*;

use crate::content::SharedPack;
use crate::domain::annotation::{occurrence_id, segments, Segment, SOURCE_KEY, TITLE_KEY};
use crate::domain::language::Lang;

/// A text with its glossary terms marked: `text_key` names the title, the
/// source or a sentence. Each term is a button to assistive technology and
/// the keyboard; it is a `span` with `role="button"` rather than a `<button>`
/// because a button is an atomic inline box that cannot wrap across lines,
/// and terms such as "member of the Standing Committee of the Municipal Party
/// Committee" must wrap with the text around them.
///
/// A plain function, not a component: a text is rendered once, with its
/// paragraph, and never on its own again (the active entry's `is-active` and
/// the pop-up's `aria-expanded="true"` are put on the few terms they concern
/// by `hooks::use_marks`), so a component per text would only add state to
/// hydrate and code to ship.
pub fn term_text(pack: &SharedPack, text_key: &str, lang: Lang) -> Html {
    let text = text_of(pack, text_key, lang);
    let spans = pack.annotations.spans(text_key, lang);
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
                        data-kind={entry.kind.slug()}
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
        TITLE_KEY => meta.title.get(lang),
        SOURCE_KEY => meta.source.get(lang),
        sentence => pack.sentence(sentence).map_or("", |pair| pair.text(lang)),
    }
}
