//! The compiled form of a pack: what the reader reads. A pack is checked and
//! its terms found once, where there is time for it (the build, `tifa-make
//! --compiled`, the authoring page, or the pack worker for a raw `?pack=`);
//! the result is written here as plain lines that the reader reads back
//! without a JSON parser, a validator or a term matcher in its wasm.
//!
//! The form is versioned by its first line ([`COMPILED_HEADER`]) and is a
//! build product, not a file to edit: docs/content-format.md describes it.
//! Reading it still checks everything the reader relies on to show it
//! safely (every term span inside its text, on character boundaries, in
//! order, naming an entry and a form that exist), so a damaged or hostile
//! file gives a message, never a panic.

mod lines;
mod records;

use lines::{LineReader, LineWriter};

use super::annotation::{texts_in_page_order, Annotations, TermSpan};
use super::article::Article;
use super::error::ContentError;
use super::glossary::GlossaryEntry;
use super::language::Lang;
use super::pack::{LoadedPack, Pack, FORMAT_NAME, FORMAT_VERSION};

/// The first line of a compiled pack, with its format version.
pub const COMPILED_HEADER: &str = "tifa-compiled-pack 1";
/// The first line of a list of problems sent back by the pack worker.
pub const PROBLEMS_HEADER: &str = "tifa-problems 1";

/// Whether a text is a compiled pack (rather than a pack's JSON).
pub fn is_compiled(text: &str) -> bool {
    text.strip_prefix(COMPILED_HEADER).is_some_and(|rest| rest.starts_with(['\n', '\r']))
}

/// Writes a checked pack, with its terms, in the compiled form.
pub fn compile(pack: &LoadedPack) -> String {
    let mut out = LineWriter::new(COMPILED_HEADER);
    out.write(pack.article());
    out.write_list(pack.glossary());
    for (key, _, lang) in texts_in_page_order(pack.article()) {
        let spans = pack.annotations.spans(key, lang);
        out.write(&spans.len());
        for span in spans {
            out.line(&format!("{} {} {} {}", span.start, span.end, span.entry, span.form));
        }
    }
    out.finish()
}

/// Reads a compiled pack. `file` names it in the message when it is damaged.
pub fn read_compiled(file: &str, text: &str) -> Result<LoadedPack, Vec<ContentError>> {
    read_parts(text).map_err(|problem| {
        let message = format!("this compiled pack is damaged ({problem}); compile it again from its JSON with `tifa-check --compile`");
        vec![ContentError::about_file(file, message)]
    })
}

fn read_parts(text: &str) -> Result<LoadedPack, String> {
    let mut input = LineReader::new(text, COMPILED_HEADER)?;
    let article: Article = input.read();
    let glossary: Vec<GlossaryEntry> = input.read();
    input.check()?;
    let mut annotations = Annotations::empty(&glossary);
    for (key, text, lang) in texts_in_page_order(&article) {
        let count = input.number();
        input.check()?;
        let mut spans = Vec::with_capacity(count.min(256));
        let mut after = 0;
        for _ in 0..count {
            let [start, end, entry, form] = input.numbers();
            input.check()?;
            let span = TermSpan { start, end, entry, form, occurrence: 0 };
            if let Err(problem) = check_span(&span, after, text, &glossary, lang) {
                return Err(format!("line {}: the term span {start}–{end} in “{key}” ({}) {problem}", input.line_number(), lang.code()));
            }
            after = end;
            spans.push((start, end, entry, form));
        }
        annotations.record(key, lang, spans);
    }
    input.finish()?;
    let pack = Pack {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        article,
        glossary,
    };
    Ok(LoadedPack::new(pack, annotations))
}

/// What the reader relies on when it cuts a text at a span.
fn check_span(span: &TermSpan, after: usize, text: &str, glossary: &[GlossaryEntry], lang: Lang) -> Result<(), &'static str> {
    if span.start < after || span.start >= span.end || span.end > text.len() {
        return Err("is outside its text or out of order");
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err("cuts a character in two");
    }
    let entry = glossary.get(span.entry).ok_or("names an entry the glossary does not have")?;
    if span.form >= entry.forms.get(lang).len() {
        return Err("names a form its entry does not have");
    }
    Ok(())
}

/// Writes a list of problems (the pack worker's answer for a pack that
/// failed its checks).
pub fn write_problems(problems: &[ContentError]) -> String {
    let mut out = LineWriter::new(PROBLEMS_HEADER);
    out.write_list(problems);
    out.finish()
}

/// Reads a list written by [`write_problems`].
pub fn read_problems(text: &str) -> Result<Vec<ContentError>, String> {
    let mut input = LineReader::new(text, PROBLEMS_HEADER)?;
    let problems = input.read();
    input.finish()?;
    Ok(problems)
}
