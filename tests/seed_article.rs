//! The first article against its seed: the English must be the seed's text,
//! word for word, and the pack must be valid.

use tifa::content::{DEFAULT_PACK_FILE, DEFAULT_PACK_JSON};
use tifa::domain::alignment::paragraph_text;
use tifa::domain::article::OriginKind;
use tifa::domain::language::Lang;
use tifa::domain::pack::load_pack;

const SEED: &str = include_str!("fixtures/seed-000_49280ced80307c55.txt");

/// The seed's title and body paragraphs (it has a title line, a source line,
/// and paragraphs separated by blank lines).
fn seed_parts() -> (&'static str, Vec<&'static str>) {
    let mut blocks = SEED.split("\n\n").map(|block| block.trim_end_matches('\n'));
    let title = blocks.next().unwrap();
    let _source_line = blocks.next().unwrap();
    (title, blocks.collect())
}

#[test]
fn the_default_pack_is_valid() {
    if let Err(errors) = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON) {
        panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn english_title_is_the_seed_title() {
    let pack = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    assert_eq!(pack.pack.article.meta.title.en, seed_parts().0);
}

#[test]
fn english_body_is_the_seed_text_verbatim() {
    let pack = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let (_, seed_paragraphs) = seed_parts();
    assert_eq!(seed_paragraphs.len(), 2);

    // The reader may split a seed paragraph (the second one is split before
    // "The first is", "The second is" and "The third is"), never reword it:
    // consecutive paragraphs joined by a space must give each seed paragraph.
    let ours: Vec<String> = pack.pack.article.paragraphs.iter().map(|p| paragraph_text(p, Lang::En)).collect();
    let mut next = 0;
    for seed_paragraph in &seed_paragraphs {
        let mut joined = String::new();
        while joined.len() < seed_paragraph.len() && next < ours.len() {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(&ours[next]);
            next += 1;
        }
        assert_eq!(&joined, seed_paragraph);
    }
    assert_eq!(next, ours.len(), "the pack has English text the seed does not");

    // Splits fall only where the enumeration starts.
    for paragraph in &ours[2..] {
        assert!(
            ["The first is", "The second is", "The third is"].iter().any(|start| paragraph.starts_with(start)),
            "unexpected split before {paragraph:?}"
        );
    }
}

#[test]
fn source_line_matches_the_metadata() {
    let pack = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let meta = &pack.pack.article.meta;
    let source_line = SEED.lines().nth(2).unwrap();
    assert!(source_line.contains(&meta.source.zh), "{source_line}");
    assert!(source_line.contains(&meta.editor.as_ref().unwrap().zh));
    assert!(source_line.contains("2020-06-02 14:58"));
    assert!(meta.published.starts_with("2020-06-02T14:58"));
    assert_eq!(meta.event.as_ref().unwrap().date, "2020-05-26");
}

#[test]
fn the_chinese_is_labelled_as_a_rendering_in_the_data() {
    let pack = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let provenance = &pack.pack.article.meta.provenance;
    assert_eq!(provenance.zh.kind, OriginKind::Rendering);
    assert_eq!(provenance.en.kind, OriginKind::Translation);
    assert!(provenance.zh.note.en.contains("not the source text"));
    assert!(provenance.zh.note.zh.contains("并非原始报道"));
}

#[test]
fn the_chinese_uses_the_standard_formulations() {
    let pack = load_pack(DEFAULT_PACK_FILE, DEFAULT_PACK_JSON).unwrap();
    let chinese: String = pack.pack.article.paragraphs.iter().map(|p| paragraph_text(p, Lang::Zh)).collect();
    for formulation in [
        "习近平外交思想",
        "“四个意识”",
        "“四个自信”",
        "“两个维护”",
        "“党管外事”",
        "底线思维",
        "总体国家安全观",
        "战略定力",
        "高质量发展",
        "“走出去”",
        "会议强调",
        "一是",
        "二是",
        "三是",
    ] {
        assert!(chinese.contains(formulation), "missing {formulation}");
    }
    // Every pair's Chinese ends as a Chinese sentence does.
    for pair in pack.pack.article.paragraphs.iter().flat_map(|p| &p.sentences) {
        assert!(pair.zh.ends_with('。'), "{} does not end with 。", pair.id);
    }
}
