use yew::prelude::*;

use crate::content::SharedPack;
use crate::domain::annotation::{occurrence_id, segments, Segment, SOURCE_KEY, TITLE_KEY};
use crate::domain::article::RubyWord;
use crate::domain::language::Lang;
use crate::domain::ruby::{RubyPiece, SentenceReading};

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
    let reading = SentenceReading::new(text, reading_aids(pack, text_key, lang));
    let mut at = 0;
    html! {
        { for segments(text, spans).into_iter().map(|segment| {
            let start = at;
            at += match segment { Segment::Plain(piece) | Segment::Term(piece, _) => piece.len() };
            let shown = |piece: &str| match &reading {
                Some(reading) => with_pinyin(reading, start, start + piece.len()),
                None => html! { piece },
            };
            match segment {
            Segment::Plain(plain) => shown(plain),
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
                        { shown(term) }
                    </span>
                }
            }
        }}) }
    }
}

/// A Chinese sentence's reading aids, if the pack has them.
fn reading_aids<'a>(pack: &'a SharedPack, key: &str, lang: Lang) -> &'a [RubyWord] {
    match (lang, key) {
        (Lang::Zh, TITLE_KEY | SOURCE_KEY) | (Lang::En, _) => &[],
        (Lang::Zh, sentence) => pack.sentence(sentence).map_or(&[], |pair| pair.ruby.as_slice()),
    }
}

/// `text[start..end]` with its pinyin: each Chinese character a `<ruby>`
/// with its syllable and its tone's class (for the tone colours), so that a
/// word broken over two lines keeps each syllable over its character. The
/// syllable is drawn by the stylesheet from the `<rt>`'s `data-py`, not
/// written as text, so that copying the Chinese gives the characters alone;
/// the `<rt>` is hidden from assistive technology, which reads the
/// characters. Whether pinyin is shown at all is a reading setting, in CSS.
fn with_pinyin(reading: &SentenceReading, start: usize, end: usize) -> Html {
    html! {
        { for reading.pieces(start, end).into_iter().map(|piece| match piece {
            RubyPiece::Plain(plain) => html! { plain },
            RubyPiece::Word { base, syllables } => {
                let mut syllables = syllables.into_iter();
                html! {
                    { for base.into_iter().map(|(characters, tone)| match (tone != 0).then(|| syllables.next()).flatten() {
                        Some((syllable, tone)) => html! {
                            <ruby class={TONE_CLASSES[usize::from(tone)]}>
                                { characters }<rt aria-hidden="true" data-py={syllable.to_owned()}></rt>
                            </ruby>
                        },
                        // Other characters inside a word: a span, so that they
                        // never make two text nodes in a row with the text after.
                        None => html! { <span>{ characters }</span> },
                    }) }
                }
            }
        }) }
    }
}

/// The class of each tone (index 0: not a Chinese character).
const TONE_CLASSES: [&str; 6] = ["", "t1", "t2", "t3", "t4", "t5"];

/// The text behind a key.
fn text_of<'a>(pack: &'a SharedPack, key: &str, lang: Lang) -> &'a str {
    let meta = &pack.article().meta;
    match key {
        TITLE_KEY => meta.title.get(lang),
        SOURCE_KEY => meta.source.get(lang),
        sentence => pack.sentence(sentence).map_or("", |pair| pair.text(lang)),
    }
}
