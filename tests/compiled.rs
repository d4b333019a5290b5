//! The compiled form the reader reads: every pack in the repository comes
//! back from it exactly (article, glossary and every term span), and damaged
//! or hostile compiled text is refused with a message, never a panic.

use std::path::Path;

use tifa::domain::compiled::{compile, is_compiled, read_compiled, read_problems, write_problems, COMPILED_HEADER};
use tifa::domain::error::ContentError;
use tifa::domain::language::Lang;
use tifa::domain::pack::{load_pack, LoadedPack};

fn load(path: &str) -> LoadedPack {
    let json = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    load_pack(path, &json).unwrap_or_else(|errors| panic!("{path}: {errors:?}"))
}

const GOOD_PACKS: [&str; 5] = [
    "assets/packs/binhai-foreign-affairs-2020.json",
    "assets/packs/sample-every-field.json",
    "tests/fixtures/packs/made/prc-constitution-preamble.json",
    "tests/fixtures/packs/good/huge-script-text.json",
    "tests/fixtures/packs/long-300x500.json",
];

#[test]
fn every_pack_comes_back_from_its_compiled_form_exactly() {
    for path in GOOD_PACKS {
        let pack = load(path);
        let text = compile(&pack);
        assert!(is_compiled(&text), "{path}");
        let read = read_compiled(path, &text).unwrap_or_else(|errors| panic!("{path}: {errors:?}"));
        assert_eq!(read.pack, pack.pack, "{path}: the pack differs");
        assert_eq!(read.annotations, pack.annotations, "{path}: the term spans differ");
        for lang in Lang::BOTH {
            assert_eq!(read.annotations.total(lang), pack.annotations.total(lang), "{path}");
        }
    }
}

#[test]
fn the_compiled_form_is_smaller_than_the_json_and_cannot_close_a_script_block() {
    let path = "assets/packs/binhai-foreign-affairs-2020.json";
    let json = std::fs::read_to_string(path).unwrap();
    let text = compile(&load(path));
    assert!(text.len() < json.len(), "{} ≥ {}", text.len(), json.len());
    let hostile = compile(&load("tests/fixtures/packs/good/huge-script-text.json"));
    assert!(!hostile.to_lowercase().contains("</script"));
    assert!(!hostile.contains('<'));
}

fn damage(message_part: &str, text: &str) {
    let errors = read_compiled("x.tifa", text).map(|_| ()).unwrap_err();
    assert_eq!(errors.len(), 1);
    let message = errors[0].to_string();
    assert!(message.starts_with("x.tifa: this compiled pack is damaged ("), "{message}");
    assert!(message.contains(message_part), "expected “{message_part}” in: {message}");
    assert!(message.contains("compile it again"), "{message}");
}

#[test]
fn damaged_compiled_packs_are_refused_with_the_line() {
    let good = compile(&load("assets/packs/binhai-foreign-affairs-2020.json"));
    damage("expected “tifa-compiled-pack 1”", &good.replacen(COMPILED_HEADER, "tifa-compiled-pack 9", 1));
    // Cut near the middle, at a character's boundary (the pack has Chinese).
    let half = (0..=good.len() / 2).rev().find(|&at| good.is_char_boundary(at)).unwrap();
    damage("before the pack does", &good[..half]);
    damage("expected the end of the pack", &format!("{good}extra\n"));
    // The first span line: its numbers changed one at a time.
    let lines: Vec<&str> = good.lines().collect();
    let first_span = lines
        .iter()
        .position(|line| line.split(' ').count() == 4 && line.split(' ').all(|n| n.parse::<usize>().is_ok()))
        .unwrap();
    let [start, end, entry, form]: [usize; 4] =
        lines[first_span].split(' ').map(|n| n.parse().unwrap()).collect::<Vec<_>>().try_into().unwrap();
    let with_span = |span: String| {
        let mut changed = lines.clone();
        changed[first_span] = &span;
        changed.join("\n") + "\n"
    };
    let line = first_span + 1;
    damage(&format!("line {line}: the term span"), &with_span(format!("{start} 99999 {entry} {form}")));
    damage("outside its text", &with_span(format!("{end} {start} {entry} {form}")));
    damage("names an entry the glossary does not have", &with_span(format!("{start} {end} 9999 {form}")));
    damage("names a form its entry does not have", &with_span(format!("{start} {end} {entry} 99")));
    damage("expected 4 numbers", &with_span(format!("{start} {end} {entry}")));
}

#[test]
fn a_span_that_cuts_a_character_is_refused() {
    // The title of the first article is Chinese in its zh text: a span one
    // byte into it cuts the first character.
    let pack = load("assets/packs/binhai-foreign-affairs-2020.json");
    let text = compile(&pack);
    let lines: Vec<&str> = text.lines().collect();
    let spans_start = lines.len() - spans_lines(&pack);
    // The first text in page order is the Chinese title; give it one span.
    assert_eq!(lines[spans_start], pack.annotations.spans("title", Lang::Zh).len().to_string());
    let mut changed: Vec<String> = lines[..spans_start].iter().map(|s| s.to_string()).collect();
    changed.push("1".into());
    changed.push("1 3 0 0".into());
    let rest_of_title = 1 + pack.annotations.spans("title", Lang::Zh).len();
    changed.extend(lines[spans_start + rest_of_title..].iter().map(|s| s.to_string()));
    let errors = read_compiled("x.tifa", &(changed.join("\n") + "\n")).map(|_| ()).unwrap_err();
    assert!(errors[0].message.contains("cuts a character in two"), "{}", errors[0]);
}

/// How many lines the spans take at the end of a compiled pack.
fn spans_lines(pack: &LoadedPack) -> usize {
    let texts = 2 * (2 + pack.article().paragraphs.iter().map(|p| p.sentences.len()).sum::<usize>());
    texts + Lang::BOTH.into_iter().map(|lang| pack.annotations.total(lang)).sum::<usize>()
}

#[test]
fn random_damage_never_panics() {
    let good = compile(&load("assets/packs/sample-every-field.json"));
    let bytes = good.as_bytes();
    // Every cut and every one-line deletion: an error or a pack, never a panic.
    for cut in (0..bytes.len()).step_by(7) {
        if let Ok(text) = std::str::from_utf8(&bytes[..cut]) {
            let _ = read_compiled("x", text);
        }
    }
    let lines: Vec<&str> = good.lines().collect();
    for skip in 0..lines.len() {
        let text: Vec<&str> = lines.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, l)| *l).collect();
        let _ = read_compiled("x", &(text.join("\n") + "\n"));
    }
}

#[test]
fn json_is_not_mistaken_for_a_compiled_pack() {
    assert!(!is_compiled("{\"format\": \"tifa-pack\"}"));
    assert!(!is_compiled("tifa-compiled-pack 12\n"));
    assert!(is_compiled("tifa-compiled-pack 1\r\n"));
}

#[test]
fn problems_travel_as_text_with_every_field() {
    let problems = vec![
        ContentError {
            file: "https://example.org/p.json".into(),
            pointer: "/article/paragraphs/0".into(),
            line_column: Some((3, 14)),
            entry: Some("paragraph p1".into()),
            message: "a line\nbreak, a \\ and </script>".into(),
        },
        ContentError {
            file: "f".into(),
            pointer: String::new(),
            line_column: None,
            entry: None,
            message: "m".into(),
        },
    ];
    assert_eq!(read_problems(&write_problems(&problems)).unwrap(), problems);
    assert!(read_problems("nonsense").is_err());
}
