"""Packs at run time and static hosting: ?pack= with good, broken, hostile
and foreign packs, and the reader served under a sub-path."""

import json
import pathlib

from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = json.loads((ROOT / "assets" / "packs" / "sample-every-field.json").read_text("utf-8"))


def test_a_pack_named_in_the_url_is_loaded_and_shown(reader):
    reader.open("?lang=en&pack=assets/packs/sample-every-field.json")
    title = reader.visible(".title-text")[0].text
    assert title == SAMPLE["article"]["meta"]["title"]["en"]
    terms = {t.get_attribute("data-term") for t in reader.all(".term")}
    assert terms == {entry["id"] for entry in SAMPLE["glossary"]}
    # The pack's terms open like the built-in ones.
    first = SAMPLE["glossary"][0]["id"]
    reader.visible(f".term[data-term='{first}']")[0].click()
    WebDriverWait(reader.driver, 5).until(
        lambda _: reader.one("#term-popup-title").text == SAMPLE["glossary"][0]["zh"]
    )


def fetched_files(reader):
    return reader.js("return performance.getEntriesByType('resource').map(e => e.name)")


def test_a_pack_is_checked_by_the_pack_worker_only_when_it_is_json(reader):
    # JSON: the pack worker (and its wasm) is fetched to check it.
    reader.open("?lang=en&pack=assets/packs/sample-every-field.json")
    assert any(name.endswith("pack-worker/worker.js") for name in fetched_files(reader))
    # Compiled (tifa-check --compile, or the page's own data block): read at
    # once, and the worker is never fetched.
    reader.open("?lang=en&pack=compiled/built-in.tifa")
    assert "Plenary Meeting of the Foreign Affairs Working Committee" in reader.visible(".title-text")[0].text
    assert len(reader.all(".term[id^='term-en-']")) == 58  # title, source and text, as built in
    assert not [name for name in fetched_files(reader) if "pack-worker" in name]
    # The built-in page never fetches it either.
    reader.open()
    assert not [name for name in fetched_files(reader) if "pack-worker" in name]


def test_a_damaged_compiled_pack_says_where_and_how_to_fix_it(reader):
    reader.open("?pack=compiled/damaged.tifa", ready=".content-errors")
    problem = reader.one(".problem").text
    assert "damaged.tifa" in problem
    assert "this compiled pack is damaged (line " in problem and "is outside its text or out of order" in problem
    assert "tifa-check --compile" in problem


def test_a_broken_pack_lists_every_problem_and_links_back(reader):
    reader.open("?pack=fixtures/web/broken-two-problems.json", ready=".content-errors")
    problems = [li.text for li in reader.all(".problem")]
    assert len(problems) == 3
    assert "misaligned: the sentence has English but no Chinese" in problems[0]
    assert "/article/paragraphs/0/sentences/1/zh" in problems[0]
    assert 'duplicate id "p1"' in problems[1]
    assert all("broken-two-problems.json" in p for p in problems)
    reader.screenshot("pack-errors-1280")
    reader.one(".back-link").click()
    reader.wait_until_ready()
    assert "区委外事工作委员会召开全体会议" in reader.one(".title").text


def test_markup_in_a_pack_is_shown_as_text(reader):
    reader.open("?lang=en&pack=fixtures/web/hostile-markup.json")
    assert reader.all(".article img, .title img, .article script, .article b") == []
    assert reader.visible(".title-text")[0].text.startswith('<img src=x onerror="document.title=\'owned\'">')
    assert reader.one(".para[lang='en'] [data-sid='p1.s1']").text.startswith("<script>")
    # Had any payload run, it would have set the tab title to exactly "owned";
    # instead the title shows the markup as text.
    assert reader.driver.title.startswith("<img src=x onerror=")


def test_a_missing_pack_says_so(reader):
    reader.expect_console_error("no-such-pack.json - Failed to load resource")
    reader.open("?pack=assets/packs/no-such-pack.json", ready=".content-errors")
    assert "the server answered 404" in reader.one(".problem").text


def test_a_pack_from_another_origin_is_refused_with_the_reason(reader, other_origin):
    url = other_origin + "assets/packs/sample-every-field.json"
    reader.open(f"?pack={url}", ready=".content-errors")
    text = reader.one(".problem").text
    assert url in text
    assert f"packs from {other_origin.rstrip('/')} are not loaded" in text
    assert "tifa.json" in text


def test_a_javascript_url_is_refused(reader):
    reader.open("?pack=javascript:alert(document.domain)", ready=".content-errors")
    assert "only http and https addresses can be loaded, not javascript addresses" in reader.one(".problem").text


def test_the_reader_works_under_a_sub_path(reader):
    reader.open("?lang=en", path="courses/week3/reader/")
    assert reader.driver.current_url.startswith(reader.base_url + "courses/week3/reader/")
    assert len(reader.visible(".para[lang='en']")) == 5
    reader.choose_mode("zh")
    assert reader.driver.current_url == reader.base_url + "courses/week3/reader/?lang=zh"
    # Assets and packs resolve relative to the sub-path.
    reader.open("?pack=assets/packs/sample-every-field.json", path="courses/week3/reader/", fresh=False)
    assert SAMPLE["article"]["meta"]["title"]["zh"] in reader.one(".title").text


def test_a_pack_that_arrives_while_the_app_is_busy_goes_live(reader):
    """On a slow page the app's scheduler pauses between its first updates,
    and a fetched pack can arrive before the "loading" view was ever drawn.
    The reader must still start afresh for that pack and become live (it once
    kept the built-in pack's reader and never marked itself ready)."""
    # The built-in pack again, fetched, in the default mode: nothing the
    # reader shows differs from the first view but the live page itself.
    reader.open("?pack=assets/packs/binhai-foreign-affairs-2020.json", path="slow-scheduler.html")
    assert reader.js("return window.tifaSlowScheduler") is True
    assert "区委外事工作委员会召开全体会议" in reader.one(".title").text
    reader.visible(".para[lang='en'] .term[data-term='four-consciousnesses']")[0].click()
    WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#term-popup-title").text == "四个意识")


MADE = json.loads((ROOT / "tests" / "fixtures" / "packs" / "made" / "prc-constitution-preamble.json").read_text("utf-8"))


def test_a_pack_made_by_tifa_make_opens_with_its_terms_excerpt_mark_and_link(reader):
    """tests/fixtures/packs/made/ is tifa-make's output for a real official
    text (tests/make_pack.rs keeps it current)."""
    reader.open("?lang=both&pack=fixtures/packs/made/prc-constitution-preamble.json")
    assert reader.visible(".title-text")[0].text == MADE["article"]["meta"]["title"]["zh"]
    pairs = [s for p in MADE["article"]["paragraphs"] for s in p["sentences"]]
    shown = reader.all(".para[lang='en'] .sentence")
    assert len(shown) == len(pairs)
    marked = {t.get_attribute("data-term") for t in reader.all(".term")}
    assert marked and marked <= {entry["id"] for entry in MADE["glossary"]}
    assert reader.one(".excerpt-badge").text == "Excerpt"
    term = reader.visible(".para[lang='zh-Hans'] .term")[0]
    reader.js("arguments[0].scrollIntoView({block: 'center'})", term)
    term.click()
    WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#term-popup-title").text != "")
    reader.screenshot("made-pack-1280", full_page=False)


def test_the_source_link_excerpt_mark_and_a_translators_note_are_shown(reader):
    reader.open("?lang=both&pack=assets/packs/sample-every-field.json")
    meta = SAMPLE["article"]["meta"]
    link = reader.one(".source-link")
    assert link.get_attribute("href") == meta["url"] and link.get_attribute("rel") == "noopener noreferrer"
    assert reader.one(".excerpt-badge").text == "Excerpt"
    note = SAMPLE["article"]["paragraphs"][0]["sentences"][0]["note"]
    notes = {n.get_attribute("lang"): n.text for n in reader.all(".pair-note")}
    assert notes == {"en": "※ " + note["en"], "zh-Hans": "※ " + note["zh"]}
    reader.screenshot("pack-every-field-1280", full_page=False)
