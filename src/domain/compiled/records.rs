//! How each record of a pack is written in the compiled form: its fields in
//! declaration order (see [`compact_record!`]), enums by position.

use super::lines::{read_choice, write_choice, Compact, LineReader, LineWriter};
use crate::domain::article::{
    Article, ArticleMeta, Bilingual, EventDate, OriginKind, Paragraph, Provenance, RubyWord, SentencePair, TextOrigin,
};
use crate::domain::error::ContentError;
use crate::domain::glossary::{
    GlossaryEntry, Rendering, RenderingUse, Retirement, SurfaceForms, TermKind, TermOrigin, TermPart, TermStatus,
};

/// Writes a struct's fields in the order listed and reads them back in the
/// same order, so the two sides of a record are one list.
macro_rules! compact_record {
    ($record:ident { $($field:ident),* $(,)? }) => {
        impl Compact for $record {
            fn write(&self, out: &mut LineWriter) {
                $( out.write(&self.$field); )*
            }
            fn read(input: &mut LineReader) -> Self {
                Self { $( $field: input.read(), )* }
            }
        }
    };
}

compact_record!(Bilingual { en, zh });
compact_record!(Article { meta, paragraphs });
compact_record!(ArticleMeta { title, source, editor, published, url, excerpt, event, provenance });
compact_record!(EventDate { date, label });
compact_record!(Provenance { en, zh });
compact_record!(TextOrigin { kind, note });
compact_record!(Paragraph { id, sentences });
compact_record!(SentencePair { id, en, zh, note, ruby });
compact_record!(GlossaryEntry {
    id,
    zh,
    pinyin,
    kind,
    official,
    official_source,
    official_suggested,
    variants,
    renderings,
    status,
    gloss,
    gloss_zh,
    explanation,
    explanation_zh,
    origin,
    parts,
    related,
    translation_note,
    forms,
});
compact_record!(TermOrigin { date, occasion, occasion_zh, speaker });
compact_record!(Rendering { en, usage, source, year, note });
compact_record!(Retirement { year, note });
compact_record!(TermPart { zh, pinyin, en });
compact_record!(SurfaceForms { en, zh });
compact_record!(ContentError { file, pointer, line_column, entry, message });

impl Compact for RubyWord {
    fn write(&self, out: &mut LineWriter) {
        out.write(&self.0);
        out.write(&self.1);
    }
    fn read(input: &mut LineReader) -> Self {
        Self(input.read(), input.read())
    }
}

impl Compact for (usize, usize) {
    fn write(&self, out: &mut LineWriter) {
        out.line(&format!("{} {}", self.0, self.1));
    }
    fn read(input: &mut LineReader) -> Self {
        let [a, b] = input.numbers();
        (a, b)
    }
}

const ORIGIN_KINDS: [OriginKind; 3] = [OriginKind::Original, OriginKind::Translation, OriginKind::Rendering];
const RENDERING_USES: [RenderingUse; 4] =
    [RenderingUse::Official, RenderingUse::Former, RenderingUse::Common, RenderingUse::Mistranslation];

impl Compact for OriginKind {
    fn write(&self, out: &mut LineWriter) {
        write_choice(out, self, &ORIGIN_KINDS);
    }
    fn read(input: &mut LineReader) -> Self {
        read_choice(input, &ORIGIN_KINDS, "a text origin (0–2)")
    }
}

impl Compact for RenderingUse {
    fn write(&self, out: &mut LineWriter) {
        write_choice(out, self, &RENDERING_USES);
    }
    fn read(input: &mut LineReader) -> Self {
        read_choice(input, &RENDERING_USES, "a rendering's use (0–3)")
    }
}

impl Compact for TermKind {
    fn write(&self, out: &mut LineWriter) {
        write_choice(out, self, &TermKind::ALL);
    }
    fn read(input: &mut LineReader) -> Self {
        read_choice(input, &TermKind::ALL, "a term kind (0–7)")
    }
}

/// `Current` is written as no retirement, `Retired` as one (the form of an
/// `Option<Retirement>`).
impl Compact for TermStatus {
    fn write(&self, out: &mut LineWriter) {
        match self {
            TermStatus::Current => out.write(&false),
            TermStatus::Retired(retirement) => {
                out.write(&true);
                out.write(retirement);
            }
        }
    }
    fn read(input: &mut LineReader) -> Self {
        match input.read::<Option<Retirement>>() {
            None => TermStatus::Current,
            Some(retirement) => TermStatus::Retired(retirement),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The enums are written by position: the lists must hold every variant
    /// once, or a variant would be written as another.
    #[test]
    fn every_enum_variant_has_its_own_position() {
        for kind in ORIGIN_KINDS {
            let mut out = LineWriter::new("h");
            out.write(&kind);
            let text = out.finish();
            assert_eq!(LineReader::new(&text, "h").unwrap().read::<OriginKind>(), kind);
        }
        for usage in RENDERING_USES {
            let mut out = LineWriter::new("h");
            out.write(&usage);
            let text = out.finish();
            assert_eq!(LineReader::new(&text, "h").unwrap().read::<RenderingUse>(), usage);
        }
        // A new variant must be added to the list: this match stops compiling.
        for usage in RENDERING_USES {
            match usage {
                RenderingUse::Official | RenderingUse::Former | RenderingUse::Common | RenderingUse::Mistranslation => {}
            }
        }
        for kind in ORIGIN_KINDS {
            match kind {
                OriginKind::Original | OriginKind::Translation | OriginKind::Rendering => {}
            }
        }
    }
}
