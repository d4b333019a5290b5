//! The authoring page's steps, natively, on a real official text (the
//! foreign ministry's press conference of 2023-07-17): paste both texts,
//! align, let a sentence slip and see the warnings name the pairs, fix it
//! with one move, write an entry for a candidate term, and get a pack that
//! the validator accepts and that equals what `tifa-make` makes.

use std::path::Path;

use tifa::authoring::draft::Edit;
use tifa::authoring::make::make_pack;
use tifa::authoring::session::{Action, MetaField, NewTermField, Session};
use tifa::authoring::termbase_files::load_termbase_dir;
use tifa::domain::glossary::GlossaryEntry;
use tifa::domain::language::Lang;
use tifa::domain::pack::load_pack;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bitexts/mfa-press-conference-2023-07-17");

fn termbase() -> Vec<GlossaryEntry> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/termbase");
    load_termbase_dir(&dir).unwrap_or_else(|e| panic!("{e:?}")).termbase.entries().cloned().collect()
}

fn pasted(termbase: &[GlossaryEntry]) -> Session {
    let read = |name: &str| std::fs::read_to_string(Path::new(FIXTURE).join(name)).unwrap();
    let mut session = Session::default();
    for action in [
        Action::SetText(Lang::Zh, read("zh.txt")),
        Action::SetText(Lang::En, read("en.txt")),
        Action::SetMeta(MetaField::SourceZh, "中华人民共和国外交部".into()),
        Action::SetMeta(MetaField::SourceEn, "Ministry of Foreign Affairs of the People’s Republic of China".into()),
        Action::SetMeta(MetaField::Published, "2023-07-17".into()),
        Action::SetExcerpt(true),
        Action::Align,
    ] {
        session.apply(action, termbase);
    }
    session
}

#[test]
fn pasted_texts_align_into_a_valid_pack_equal_to_tifa_makes() {
    let termbase = termbase();
    let session = pasted(&termbase);
    let outcome = session.outcome(&termbase).expect("aligned");
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let made = make_pack(&session.zh_text, &session.en_text, &session.meta.metadata(), &termbase).unwrap();
    assert_eq!(outcome.pack, made.pack, "the page and tifa-make make the same pack");
    assert!(load_pack("download.json", &outcome.json).is_ok());
    // The real text's own translation slips (a term on one side only) are
    // warnings on the pairs that have them.
    let ids = session.draft.as_ref().unwrap().pair_ids();
    assert!(outcome.pair_warnings.keys().all(|id| ids.contains(id)), "{:?}", outcome.pair_warnings);
    assert!(outcome.pair_warnings.values().flatten().any(|w| w.contains("marked in the Chinese but not in the English")));
    assert_eq!(session.file_name(&outcome), "foreign-ministry-spokesperson-mao-ning-s-regular-press.json");
}

#[test]
fn a_slipped_sentence_is_warned_about_by_pair_and_one_move_fixes_it() {
    let termbase = termbase();
    let mut session = pasted(&termbase);
    let good = session.outcome(&termbase).unwrap();
    // The second pair's Chinese slips into the third pair.
    session.apply(Action::Edit(Edit::GiveLast(1, Lang::Zh)), &termbase);
    let slipped = session.outcome(&termbase).unwrap();
    let emptied = &session.draft.as_ref().unwrap().pair_ids()[1];
    let warnings = &slipped.pair_warnings[emptied];
    assert!(warnings.iter().any(|w| w.contains("has no Chinese counterpart")), "the emptied pair is named: {:?}", slipped.pair_warnings);
    assert!(!slipped.errors.is_empty(), "a pair without Chinese is not a valid pack");
    session.apply(Action::Edit(Edit::TakeNext(1, Lang::Zh)), &termbase);
    assert_eq!(session.outcome(&termbase).unwrap().pack, good.pack);
}

#[test]
fn a_candidate_written_by_the_author_becomes_an_entry_and_a_dropped_one_leaves() {
    let termbase = termbase();
    let mut session = pasted(&termbase);
    let before = session.outcome(&termbase).unwrap();
    let first_found = before.found[0].id.clone();
    session.apply(Action::KeepTerm(first_found.clone(), false), &termbase);
    assert!(session.outcome(&termbase).unwrap().pack.glossary.iter().all(|e| e.id != first_found));
    session.apply(Action::KeepTerm(first_found.clone(), true), &termbase);

    // Any candidate will do; a half-written entry is an error naming it.
    let index = 0;
    assert!(!session.new_terms.is_empty(), "the text has candidate terms");
    let zh = session.new_terms[index].candidate.zh.clone();
    session.apply(Action::IncludeNewTerm(index, true), &termbase);
    let half = session.outcome(&termbase).unwrap();
    assert!(!half.errors.is_empty(), "an entry with no English, pinyin or gloss is refused");
    let syllables = zh.chars().filter(|c| tifa::domain::pinyin::is_han(*c)).map(|_| "shì").collect::<Vec<_>>().join(" ");
    for (field, value) in [
        (NewTermField::En, "a term written by the author"),
        (NewTermField::Pinyin, syllables.as_str()),
        (NewTermField::Gloss, "What the author says it is."),
        (NewTermField::Explanation, "A few sentences by the author."),
    ] {
        session.apply(Action::SetNewTerm(index, field, value.into()), &termbase);
    }
    let outcome = session.outcome(&termbase).unwrap();
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let entry = outcome.pack.glossary.iter().find(|e| e.zh == zh).expect("the new entry is in the pack");
    assert_eq!(entry.id, "a-term-written-by-the-author");
    assert!(entry.official_suggested, "an author's rendering is not called official");
    assert!(entry.forms.en.is_empty(), "the rendering is not in the article's English, so it marks nothing there");

    // Aligning again keeps what the author wrote.
    session.apply(Action::Align, &termbase);
    assert!(session.new_terms[index].include && session.new_terms[index].gloss == "What the author says it is.");
}

#[test]
fn texts_without_a_body_say_what_to_write() {
    let mut session = Session::default();
    session.apply(Action::SetText(Lang::Zh, "只有标题".into()), &[]);
    session.apply(Action::Align, &[]);
    assert!(session.draft.is_none());
    assert_eq!(session.align_problems.len(), 2);
    assert!(session.align_problems[0].contains("the Chinese text has no body"));
    assert!(session.outcome(&[]).is_none());
}
