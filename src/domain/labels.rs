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
    /// The pop-up's close button.
    Close,
    /// Other renderings of a term.
    AlsoRendered,
    /// A term's first known use.
    Origin,
    /// The items of a numbered formulation.
    Parts,
    /// Related entries.
    Related,
    /// Why renderings differ.
    TranslationNote,
    /// Before the counts of a term's occurrences.
    InThisArticle,
    /// The previous occurrence of a term.
    PreviousOccurrence,
    /// The next occurrence of a term.
    NextOccurrence,
    /// The button that copies a term's link.
    CopyLink,
    /// Said once the link is copied.
    LinkCopied,
    /// Said when the clipboard refused.
    CopyFailed,
    /// The link to a term's entry.
    LinkToEntry,
    /// Heading of the glossary index.
    TermsInThisArticle,
    /// The link from the toolbar to the index.
    Terms,
    /// The toolbar's button that opens the share and embed dialog ("Share":
    /// the dialog says both; a longer name would put the tools on a second row).
    ShareEmbed,
    /// The name of the toolbar's "Aa" button, which opens the reading settings.
    ReadingSettings,
    /// The toolbar's toggle of pinyin over the Chinese text.
    Pinyin,
    /// The toolbar's button that opens the read-aloud panel.
    Listen,
    /// A pop-up's button that reads the term's Chinese aloud.
    ListenChinese,
    /// A pop-up's button that reads the term's official English aloud.
    ListenEnglish,
    /// A pop-up's toggle that keeps its term in My words.
    SaveWord,
    /// The buttons that open the My words panel (in a pop-up, in the index).
    MyWords,
    /// Heading of the printed handout's numbered notes.
    HandoutNotes,
    /// "Official rendering" before the official English.
    Official,
    /// Heading of where the official rendering comes from.
    RenderingBasis,
    /// Where the official rendering is used.
    OfficialSource,
    /// Heading of whether a term is still used.
    Status,
    /// The note on a rendering no official text is known to use.
    SuggestedRendering,
    /// A term still in official use.
    StatusCurrent,
    /// A term dropped from official use.
    StatusRetired,
    /// The link to where the source text is published.
    SourceLink,
    /// The badge on a pack that holds part of its source.
    Excerpt,
    /// Heading of the known terms inside a longer one.
    Contains,
    /// Before the longer term an inner term was opened from.
    PartOf,
    /// How a rendering is used: another official text's.
    UseOfficial,
    /// A former official rendering.
    UseFormer,
    /// A common unofficial rendering.
    UseCommon,
    /// A known mistranslation.
    UseMistranslation,
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
        (Close, Lang::En) => "Close",
        (Close, Lang::Zh) => "关闭",
        (AlsoRendered, Lang::En) => "Also rendered",
        (AlsoRendered, Lang::Zh) => "其他译法",
        (Origin, Lang::En) => "Origin",
        (Origin, Lang::Zh) => "出处",
        (Parts, Lang::En) => "Parts",
        (Parts, Lang::Zh) => "内容",
        (Related, Lang::En) => "Related terms",
        (Related, Lang::Zh) => "相关术语",
        (TranslationNote, Lang::En) => "Translation note",
        (TranslationNote, Lang::Zh) => "翻译说明",
        (InThisArticle, Lang::En) => "In this article",
        (InThisArticle, Lang::Zh) => "本文出现",
        (PreviousOccurrence, Lang::En) => "Previous occurrence",
        (PreviousOccurrence, Lang::Zh) => "上一处",
        (NextOccurrence, Lang::En) => "Next occurrence",
        (NextOccurrence, Lang::Zh) => "下一处",
        (CopyLink, Lang::En) => "Copy link",
        (CopyLink, Lang::Zh) => "复制链接",
        (LinkCopied, Lang::En) => "Link copied",
        (LinkCopied, Lang::Zh) => "链接已复制",
        (CopyFailed, Lang::En) => "Could not copy: use the link instead",
        (CopyFailed, Lang::Zh) => "无法复制，请直接使用链接",
        (LinkToEntry, Lang::En) => "Link to this entry",
        (LinkToEntry, Lang::Zh) => "本词条链接",
        (TermsInThisArticle, Lang::En) => "Terms in this article",
        (TermsInThisArticle, Lang::Zh) => "本文术语",
        (Terms, Lang::En) => "Terms",
        (Terms, Lang::Zh) => "术语",
        (ShareEmbed, Lang::En) => "Share",
        (ShareEmbed, Lang::Zh) => "分享",
        (ReadingSettings, Lang::En) => "Reading settings",
        (ReadingSettings, Lang::Zh) => "阅读设置",
        (Pinyin, Lang::En) => "Pinyin",
        (Pinyin, Lang::Zh) => "拼音",
        (Listen, Lang::En) => "Listen",
        (Listen, Lang::Zh) => "朗读",
        (ListenChinese, Lang::En) => "Listen: Chinese",
        (ListenChinese, Lang::Zh) => "朗读中文",
        (ListenEnglish, Lang::En) => "Listen: English",
        (ListenEnglish, Lang::Zh) => "朗读英文",
        (SaveWord, Lang::En) => "Save to My words",
        (SaveWord, Lang::Zh) => "加入生词本",
        (MyWords, Lang::En) => "My words and export",
        (MyWords, Lang::Zh) => "生词本与导出",
        (HandoutNotes, Lang::En) => "Notes on the terms",
        (HandoutNotes, Lang::Zh) => "术语注释",
        (Official, Lang::En) => "Official rendering",
        (Official, Lang::Zh) => "规范译法",
        (RenderingBasis, Lang::En) => "About the rendering",
        (RenderingBasis, Lang::Zh) => "译法说明",
        (Status, Lang::En) => "Status",
        (Status, Lang::Zh) => "使用状态",
        (OfficialSource, Lang::En) => "Official rendering used in",
        (OfficialSource, Lang::Zh) => "规范译法出处",
        (SuggestedRendering, Lang::En) => "Suggested rendering: no official English text is known to use one",
        (SuggestedRendering, Lang::Zh) => "建议译法：尚未见官方英文文本使用的译法",
        (StatusCurrent, Lang::En) => "In current use",
        (StatusCurrent, Lang::Zh) => "现行用语",
        (StatusRetired, Lang::En) => "No longer in official use",
        (StatusRetired, Lang::Zh) => "已停用",
        (SourceLink, Lang::En) => "Original text",
        (SourceLink, Lang::Zh) => "原文链接",
        (Excerpt, Lang::En) => "Excerpt",
        (Excerpt, Lang::Zh) => "节选",
        (Contains, Lang::En) => "Terms inside it",
        (Contains, Lang::Zh) => "所含术语",
        (PartOf, Lang::En) => "Part of",
        (PartOf, Lang::Zh) => "所属术语",
        (UseOfficial, Lang::En) => "official",
        (UseOfficial, Lang::Zh) => "官方",
        (UseFormer, Lang::En) => "former",
        (UseFormer, Lang::Zh) => "旧译",
        (UseCommon, Lang::En) => "common",
        (UseCommon, Lang::Zh) => "常见",
        (UseMistranslation, Lang::En) => "mistranslation",
        (UseMistranslation, Lang::Zh) => "误译",
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
