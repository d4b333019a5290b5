//! The reader's own words (not the article's), in the interface language.

use super::language::{Lang, ReadingMode};

/// A piece of the reader's interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// "Source" before the outlet's name.
    Source,
    /// "Editor" before the editor's name.
    Editor,
    /// "Published" before the publication time.
    Published,
    /// The legend of the mode control.
    ReadingMode,
    /// Heading of the note on where each language's text comes from.
    AboutTheText,
    /// The badge on text written for this reader.
    RenderingBadge,
    /// The badge on a translation.
    TranslationBadge,
    /// The badge on an original text.
    OriginalBadge,
    /// Heading of the page that lists content problems.
    ContentErrorsHeading,
    /// The sentence under that heading.
    ContentErrorsIntro,
}

/// The text of `label` in `lang`.
pub fn label(label: Label, lang: Lang) -> &'static str {
    use Label::*;
    match (label, lang) {
        (Source, Lang::En) => "Source",
        (Source, Lang::Zh) => "来源",
        (Editor, Lang::En) => "Editor",
        (Editor, Lang::Zh) => "编辑",
        (Published, Lang::En) => "Published",
        (Published, Lang::Zh) => "发布时间",
        (ReadingMode, Lang::En) => "Reading mode",
        (ReadingMode, Lang::Zh) => "阅读模式",
        (AboutTheText, Lang::En) => "About this text",
        (AboutTheText, Lang::Zh) => "文本说明",
        (RenderingBadge, Lang::En) => "Rendering made for this reader, not the source text",
        (RenderingBadge, Lang::Zh) => "本阅读器撰写的译文，非原文",
        (TranslationBadge, Lang::En) => "Translation",
        (TranslationBadge, Lang::Zh) => "译文",
        (OriginalBadge, Lang::En) => "Original text",
        (OriginalBadge, Lang::Zh) => "原文",
        (ContentErrorsHeading, Lang::En) => "This article could not be opened",
        (ContentErrorsHeading, Lang::Zh) => "无法打开此文章",
        (ContentErrorsIntro, Lang::En) => "The content file has problems. Each is listed with where it is in the file:",
        (ContentErrorsIntro, Lang::Zh) => "内容文件有以下问题（均注明在文件中的位置）：",
    }
}

/// The name of a mode on its button, as pieces each in its own language: each
/// language's name is written in that language, so a reader finds their own
/// whatever the interface language.
pub fn mode_name(mode: ReadingMode) -> &'static [(&'static str, Lang)] {
    match mode {
        ReadingMode::English => &[("English", Lang::En)],
        ReadingMode::Chinese => &[("中文", Lang::Zh)],
        ReadingMode::SideBySide => &[("Side by side", Lang::En), ("对照", Lang::Zh)],
    }
}
