//! Component tests: the app rendered natively with Yew's server renderer, as
//! the browser's first render would produce it.

use std::rc::Rc;

use tifa::components::{App, AppProps, ContentErrors, ContentErrorsProps};
use tifa::content::DEFAULT_PACK_JSON;
use tifa::domain::compiled::compile;
use tifa::domain::pack::load_pack;
use yew::LocalServerRenderer;

async fn render(props: AppProps) -> String {
    LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

/// The app showing a pack's JSON as the browser does: checked (by the pack
/// worker there, here in the test) and read from its compiled form, or its
/// problems listed.
async fn render_json(file: &str, json: &str) -> String {
    match load_pack(file, json) {
        Ok(pack) => {
            render(AppProps {
                file: file.to_owned().into(),
                compiled: Some(compile(&pack).into()),
            })
            .await
        }
        Err(errors) => {
            let props = ContentErrorsProps { errors: Rc::new(errors) };
            LocalServerRenderer::<ContentErrors>::with_props(props).hydratable(false).render().await
        }
    }
}

async fn render_default() -> String {
    render(AppProps::default()).await
}

/// The text of some HTML, tags removed (enough for Yew's output, which has no
/// comments or scripts).
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[tokio::test]
async fn first_render_is_side_by_side_with_both_titles() {
    let html = render_default().await;
    // The mode itself is on `<html>` (index.html, then assets/boot.js); the
    // switch shows side by side as chosen.
    let both = html.find(r#"value="both""#).expect("the side-by-side radio");
    let input = &html[html[..both].rfind('<').unwrap()..both + html[both..].find('>').unwrap()];
    assert!(input.contains("checked"), "{input}");
    let text = text_of(&html);
    assert!(text.contains("区委外事工作委员会召开全体会议"));
    assert!(text.contains("Plenary Meeting of the Foreign Affairs Working Committee of the District Party Committee Held"));
}

#[tokio::test]
async fn every_text_block_carries_its_language() {
    let html = render_default().await;
    // Yew writes attributes in source order with `class` last.
    assert_eq!(html.matches(r#"<p data-lang="zh" lang="zh-Hans" class="para">"#).count(), 5, "{html}");
    assert_eq!(html.matches(r#"<p data-lang="en" lang="en" class="para">"#).count(), 5);
    assert!(html.contains(r#"<span data-lang="zh" lang="zh-Hans" class="title-text">"#));
}

#[tokio::test]
async fn the_reader_root_has_no_language_of_its_own_and_every_label_has_one() {
    let html = render_default().await;
    // `<main>` inherits the page's "en"; a `lang` here would change with the
    // mode and restyle the whole page.
    let main = &html[html.find("<main").unwrap()..];
    let main = &main[..main.find('>').unwrap()];
    assert!(!main.contains("lang="), "{main}");
    // Every interface label says its language itself.
    for label in [
        r#"<dt lang="en">Source</dt>"#,
        r#"<dt lang="en">Published</dt>"#,
        r#"<span lang="en" class="provenance-heading">"#,
        r#"<span lang="en" class="origin-badge">"#,
        r#"<span lang="en" class="column-origin">"#,
        r#"<h2 id="glossary-heading" lang="en">"#,
        r##"<a href="#glossary" lang="en" class="toolbar-link">Terms (48)</a>"##,
    ] {
        assert!(html.contains(label), "missing {label}");
    }
}

#[tokio::test]
async fn no_text_is_marked_in_the_first_render() {
    // The marks (highlighted twins, active term, the pop-up's anchor) are put
    // on the page by the browser's hooks, never rendered into the text.
    let html = render_default().await;
    assert!(!html.contains("is-highlighted") && !html.contains("is-active"));
    assert!(!html.contains(r#"aria-expanded="true""#));
}

#[tokio::test]
async fn sentences_share_ids_with_their_twins() {
    let html = render_default().await;
    for id in ["p1.s1", "p1.s3", "p2.s1", "p3.s2", "p4.s3", "p5.s2"] {
        assert_eq!(html.matches(&format!(r#"data-sid="{id}""#)).count(), 2, "{id}");
    }
    assert_eq!(html.matches("data-sid=").count(), 22);
}

#[tokio::test]
async fn the_rendering_is_labelled_in_the_page() {
    let html = render_default().await;
    assert!(html.contains("Rendering made for this reader, not the source text"));
    assert!(html.contains(r#"data-origin="rendering""#));
    assert!(html.contains("It is not the source text"));
}

#[tokio::test]
async fn header_shows_source_editor_and_dates() {
    let html = render_default().await;
    let text = text_of(&html);
    for expected in ["津滨网", "Jinbin Net", "王宁", "Wang Ning", "2020-06-02 14:58 (UTC+08:00)", "Meeting held"] {
        assert!(text.contains(expected), "missing {expected}");
    }
    assert!(html.contains(r#"<time datetime="2020-06-02T14:58+08:00">"#));
    assert!(html.contains(r#"<time datetime="2020-05-26">"#));
}

#[tokio::test]
async fn mode_control_is_a_radio_group_with_the_current_mode_checked() {
    let html = render_default().await;
    assert!(html.contains(r#"<fieldset class="mode-switch">"#), "{html}");
    assert_eq!(html.matches(r#"type="radio""#).count(), 3);
    // The label says its own language (the page's stays "en" in every mode).
    assert!(html.contains(r#"<legend lang="en" class="visually-hidden">Reading mode</legend>"#), "{html}");
    for value in ["en", "zh", "both"] {
        assert!(html.contains(&format!(r#"value="{value}""#)));
    }
}

#[tokio::test]
async fn a_broken_pack_renders_its_problems_not_a_blank_page() {
    let broken = DEFAULT_PACK_JSON.replacen(r#""version": 1"#, r#""version": 7"#, 1);
    let html = render_json("packs/broken.json", &broken).await;
    assert!(html.contains("This article could not be opened"), "{html}");
    assert!(html.contains("unsupported format version 7: this reader reads version 1"));
    assert!(html.contains("packs/broken.json"));
    assert!(html.contains(r#"href="./""#));
}

#[tokio::test]
async fn a_damaged_compiled_pack_renders_its_problem_not_a_blank_page() {
    let compiled = tifa::content::default_pack_compiled().replacen("\n1\n", "\n7\n", 1);
    let html = render(AppProps {
        file: "packs/damaged.tifa".into(),
        compiled: Some(compiled.into()),
    })
    .await;
    assert!(html.contains("This article could not be opened"), "{html}");
    assert!(text_of(&html).contains("packs/damaged.tifa"));
    assert!(text_of(&html).contains("this compiled pack is damaged (line "), "{html}");
}

#[tokio::test]
async fn content_is_text_never_markup() {
    let mut pack: serde_json::Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
    let first = &mut pack["article"]["paragraphs"][0]["sentences"][0];
    first["zh"] = serde_json::json!(format!("<img src=x onerror=alert(1)>{}", first["zh"].as_str().unwrap()));
    // Markup where the reading aids are too: they must spell the sentence.
    first["ruby"].as_array_mut().unwrap().insert(0, serde_json::json!(["<img src=x onerror=alert(1)>", ""]));
    let html = render_json("hostile.json", &pack.to_string()).await;
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[tokio::test]
async fn terms_are_keyboard_reachable_buttons_in_both_languages() {
    let html = render_default().await;
    // Yew writes attributes in source order with `class` last.
    let term = r#"role="button" tabindex="0" aria-haspopup="dialog" aria-controls="term-popup" aria-expanded="false" class="term""#;
    assert_eq!(html.matches(term).count(), 58 + 59, "{html}");
    assert!(html.contains(r#"id="term-zh-1" data-term="district-party-committee""#), "{html}");
    assert!(html.contains(r#"data-term="two-upholds""#));
}

#[tokio::test]
async fn the_popup_and_the_index_are_in_the_page() {
    let html = render_default().await;
    assert!(html.contains(r#"id="term-popup""#) && html.contains(r#"popover="auto""#) && html.contains(r#"role="dialog""#));
    assert!(html.contains(r#"<section id="glossary""#));
    assert_eq!(html.matches(r#"class="index-term""#).count(), 48);
    assert!(text_of(&html).contains("Terms (48)"));
}

#[tokio::test]
async fn a_pack_with_thousands_of_problems_lists_the_first_hundred() {
    let mut pack: serde_json::Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
    let entry = pack["glossary"][0].clone();
    pack["glossary"] = (0..500)
        .map(|i| {
            let mut entry = entry.clone();
            entry["id"] = format!("entry-{i}").into();
            entry["match"] = serde_json::json!({"en": [format!("no such form {i}")]});
            entry
        })
        .collect();
    let total = tifa::domain::pack::load_pack("many.json", &pack.to_string()).unwrap_err().len();
    assert!(total >= 500);
    let html = render_json("many.json", &pack.to_string()).await;
    assert_eq!(html.matches(r#"class="problem""#).count(), 100, "{html}");
    let more = format!("… and {} more. `cargo run --bin tifa-check -- PACK.json` lists them all.", total - 100);
    assert!(text_of(&html).contains(&more), "{more}");
}

mod popup {
    use super::text_of;
    use tifa::components::{TermPopup, TermPopupProps};
    use tifa::content::{SharedPack, DEFAULT_PACK_JSON};
    use tifa::domain::language::{Lang, ReadingMode};
    use tifa::domain::pack::load_pack;
    use tifa::state::{Occurrence, OpenTerm, OpenedBy};
    use yew::{Callback, LocalServerRenderer};

    /// The pop-up as it renders with `id` open at its first occurrence in
    /// `lang`, or anchored at `anchor_of`'s first occurrence when given.
    async fn popup(id: &str, mode: ReadingMode, lang: Lang, anchor_of: Option<&str>) -> String {
        let pack = SharedPack::new(load_pack("default", DEFAULT_PACK_JSON).unwrap());
        let entry = pack.entry_index(id).unwrap();
        let anchor_entry = anchor_of.map_or(entry, |other| pack.entry_index(other).unwrap());
        let index = pack.annotations.occurrences(anchor_entry, lang)[0];
        let open = OpenTerm {
            entry,
            anchor: Occurrence { lang, index },
            opened_by: OpenedBy::Activation,
        };
        let props = TermPopupProps {
            pack,
            open: Some(open),
            mode,
            onopen: Callback::noop(),
            onclose: Callback::noop(),
        };
        LocalServerRenderer::<TermPopup>::with_props(props).hydratable(false).render().await
    }

    /// The opening tag of the first element with this class.
    fn tag_with_class<'h>(html: &'h str, class: &str) -> &'h str {
        let at = html.find(&format!(r#"class="{class}""#)).unwrap_or_else(|| panic!("no {class} in {html}"));
        let start = html[..at].rfind('<').unwrap();
        let end = at + html[at..].find('>').unwrap();
        &html[start..=end]
    }

    #[tokio::test]
    async fn in_chinese_mode_the_gloss_and_explanation_are_chinese() {
        let html = popup("two-upholds", ReadingMode::Chinese, Lang::Zh, None).await;
        assert!(tag_with_class(&html, "popup-gloss").contains(r#"lang="zh-Hans""#), "{html}");
        assert!(tag_with_class(&html, "popup-explanation").contains(r#"lang="zh-Hans""#), "{html}");
        let text = text_of(&html);
        assert!(text.contains("使用状态") && text.contains("其他译法"), "{text}");
    }

    #[tokio::test]
    async fn in_english_mode_they_are_english_with_renderings_and_status() {
        let html = popup("two-upholds", ReadingMode::English, Lang::En, None).await;
        assert!(tag_with_class(&html, "popup-gloss").contains(r#"lang="en""#), "{html}");
        let text = text_of(&html);
        assert!(text.contains("two maintenances (mistranslation"), "{text}");
        assert!(text.contains("In current use"), "{text}");
        assert!(text.contains("About the rendering"), "{text}");
    }

    #[tokio::test]
    async fn a_long_term_lists_the_terms_inside_it_and_the_inner_one_points_back() {
        let outer = popup("xi-jinping-thought-on-diplomacy", ReadingMode::Chinese, Lang::Zh, None).await;
        assert!(outer.contains(r#"class="popup-contains""#), "{outer}");
        assert!(outer.contains(r#"data-term="xi-jinping""#), "{outer}");
        let inner = popup("xi-jinping", ReadingMode::Chinese, Lang::Zh, Some("xi-jinping-thought-on-diplomacy")).await;
        assert!(inner.contains(r#"class="popup-part-of""#), "{inner}");
        assert!(inner.contains(r#"data-term="xi-jinping-thought-on-diplomacy""#), "{inner}");
        assert!(text_of(&inner).contains("– / "), "its own occurrences, none of which is this one");
    }
}

#[tokio::test]
async fn the_chinese_text_carries_its_pinyin_as_ruby_drawn_by_the_stylesheet() {
    let html = render_default().await;
    // 召开 outside any term: a ruby per character, the syllable in data-py
    // (never text, so copying gives the characters alone).
    assert!(html.contains(r#"<ruby class="t4">召<rt aria-hidden="true" data-py="zhào"></rt></ruby>"#), "{html}");
    // A term's characters keep their ruby inside the term's mark.
    let term = html.find(r#"data-term="two-upholds""#).unwrap();
    let inside = &html[term..term + 900];
    assert!(inside.contains(r#"<ruby class="t3">两<rt aria-hidden="true" data-py="liǎng"></rt></ruby>"#), "{inside}");
    // The English side has no ruby; the toolbar offers the pinyin toggle.
    assert_eq!(html.matches("<ruby class=").count(), html.matches("</ruby>").count());
    assert!(html.contains(r#"class="tool-button pinyin-button""#));
    assert!(!html.contains("<rt>"), "every rt is hidden from assistive technology");
}
