"""The reader as a person uses it: switching modes, reading the text on
screen, the layout at desktop and phone widths, the URL and the Back button."""

import pathlib

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

SEED = (pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "seed-000_49280ced80307c55.txt").read_text("utf-8")
SEED_TITLE = SEED.split("\n")[0]
SEED_PARAGRAPHS = [block.strip("\n") for block in SEED.split("\n\n")[2:]]


def visible_text(reader, css):
    return [element.text for element in reader.visible(css)]


def test_opens_side_by_side_with_aligned_paragraphs(reader):
    reader.open()
    assert reader.mode == "both"
    rows = reader.all(".para-row:not(.column-heads)")
    assert len(rows) == 5
    for row in rows:
        zh = row.find_element(By.CSS_SELECTOR, ".para[lang='zh-Hans']")
        en = row.find_element(By.CSS_SELECTOR, ".para[lang='en']")
        assert zh.is_displayed() and en.is_displayed()
        # Chinese on the left, English on the right, each pair starting at the same height.
        assert abs(zh.rect["y"] - en.rect["y"]) < 1, (zh.rect, en.rect)
        assert zh.rect["x"] + zh.rect["width"] <= en.rect["x"]
        assert zh.rect["width"] > 400 and en.rect["width"] > 400
    # The next row starts below the taller paragraph of the previous one.
    for upper, lower in zip(rows, rows[1:]):
        bottom = max(p.rect["y"] + p.rect["height"] for p in upper.find_elements(By.CSS_SELECTOR, ".para"))
        assert lower.rect["y"] >= bottom
    reader.screenshot("mode-both-1280")


def test_english_mode_shows_the_seed_text_verbatim(reader):
    reader.open()
    reader.choose_mode("en")
    assert reader.visible(".para[lang='zh-Hans']") == []
    paragraphs = visible_text(reader, ".para[lang='en']")
    assert len(paragraphs) == 5
    # The reader splits the seed's second paragraph at "The first/second/third is".
    assert paragraphs[0] == SEED_PARAGRAPHS[0]
    assert " ".join(paragraphs[1:]) == SEED_PARAGRAPHS[1]
    assert visible_text(reader, ".title-text") == [SEED_TITLE]
    assert reader.js("return document.documentElement.lang") == "en"
    assert reader.driver.title.startswith(SEED_TITLE)
    reader.screenshot("mode-en-1280")


def test_chinese_mode_shows_only_chinese_and_says_it_is_a_rendering(reader):
    reader.open()
    reader.choose_mode("zh")
    assert reader.visible(".para[lang='en']") == []
    assert len(reader.visible(".para[lang='zh-Hans']")) == 5
    assert visible_text(reader, ".title-text") == ["区委外事工作委员会召开全体会议"]
    # The page's language stays "en" (a per-mode lang on <html> restyled the
    # whole page on every switch); the Chinese labels carry their own.
    assert reader.js("return document.documentElement.lang") == "en"
    assert reader.one(".toolbar-link").get_attribute("lang") == "zh-Hans"
    assert reader.driver.title.startswith("区委外事工作委员会召开全体会议")
    badge = reader.visible(".column-head[data-origin='rendering']")
    assert len(badge) == 1 and "非原文" in badge[0].text
    # The kinds are always in view; the full notes open from the summary.
    assert "非原文" in reader.one(".provenance-summary").text
    note = reader.one(".provenance-item[data-origin='rendering'] .provenance-text")
    shown = "return arguments[0].checkVisibility()"
    assert reader.js(shown, note) is False
    reader.one(".provenance-summary").click()
    assert reader.js(shown, note) is True
    assert "并非原始报道" in note.text
    reader.screenshot("mode-zh-1280")


def test_every_text_block_carries_its_language(reader):
    reader.open()
    for element in reader.all(".para"):
        assert element.get_attribute("lang") == {"zh": "zh-Hans", "en": "en"}[element.get_attribute("data-lang")]
    assert reader.js("return getComputedStyle(document.querySelector('.para[data-lang=zh]')).fontFamily").startswith(
        '"Noto Serif CJK SC"'
    )


def test_mode_is_kept_in_the_url_and_in_storage(reader):
    reader.open()
    reader.choose_mode("en")
    assert reader.driver.current_url.endswith("?lang=en")
    assert reader.js("return localStorage.getItem('tifa.mode')") == '"en"'
    # Opening the reader again without a parameter remembers the choice.
    reader.open(fresh=False)
    assert reader.mode == "en"


def test_url_parameter_wins_over_the_stored_mode(reader):
    reader.open()
    reader.choose_mode("en")
    reader.open("?lang=zh", fresh=False)
    assert reader.mode == "zh"
    assert reader.one(".mode-option input[value='zh']").is_selected()
    # A value the reader does not know falls back to the stored mode.
    reader.open("?lang=fr", fresh=False)
    assert reader.mode == "en"


def test_back_button_returns_to_the_previous_mode(reader):
    reader.open()
    reader.choose_mode("en")
    reader.choose_mode("zh")
    reader.driver.back()
    reader.wait_for_mode("en")
    assert reader.one(".mode-option input[value='en']").is_selected()
    reader.driver.back()
    reader.wait_for_mode("both")
    reader.driver.forward()
    reader.wait_for_mode("en")


def test_mode_control_works_by_keyboard(reader):
    reader.open()
    # Tab order: the terms in the title and source, the "About this text"
    # summary, then the checked mode.
    stops = []
    for _ in range(20):
        ActionChains(reader.driver).send_keys(Keys.TAB).perform()
        focused = reader.driver.switch_to.active_element
        stops.append(focused.get_attribute("class"))
        if focused.get_attribute("name") == "tifa-mode":
            break
    assert stops[-2] == "provenance-summary", stops
    assert set(stops[:-2]) == {"term"}, stops
    assert focused.get_attribute("name") == "tifa-mode" and focused.get_attribute("value") == "both"
    focused.send_keys(Keys.ARROW_LEFT)
    reader.wait_for_mode("zh")
    reader.driver.switch_to.active_element.send_keys(Keys.ARROW_LEFT)
    reader.wait_for_mode("en")
    reader.driver.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
    reader.wait_for_mode("zh")


def test_hovering_a_sentence_highlights_its_twin(reader):
    reader.open()
    english = reader.one(".para[lang='en'] [data-sid='p3.s2']")
    chinese = reader.one(".para[lang='zh-Hans'] [data-sid='p3.s2']")
    reader.hover(english)
    assert "is-highlighted" in chinese.get_attribute("class")
    assert reader.all(".sentence.is-highlighted") == [chinese, english]
    reader.screenshot("twin-highlight-1280")
    # Moving off the article clears it.
    reader.hover(reader.one(".brand"))
    assert reader.all(".sentence.is-highlighted") == []


def test_tapping_a_sentence_highlights_its_twin(reader):
    reader.open()
    reader.one(".para[lang='zh-Hans'] [data-sid='p5.s1']").click()
    twin = reader.one(".para[lang='en'] [data-sid='p5.s1']")
    assert "is-highlighted" in twin.get_attribute("class")


@pytest.mark.parametrize("mode", ["both", "en", "zh"])
def test_phone_width_has_no_horizontal_scroll(reader, mode):
    reader.open_phone(f"?lang={mode}")
    assert reader.js("return window.innerWidth") == 375
    overflow = reader.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    reader.screenshot(f"mode-{mode}-375")


def test_phone_width_interleaves_side_by_side(reader):
    reader.open_phone("?lang=both")
    for row in reader.all(".para-row:not(.column-heads)"):
        zh = row.find_element(By.CSS_SELECTOR, ".para[lang='zh-Hans']")
        en = row.find_element(By.CSS_SELECTOR, ".para[lang='en']")
        # Chinese paragraph first, its English right below.
        assert zh.rect["y"] + zh.rect["height"] <= en.rect["y"]
        assert en.rect["x"] + en.rect["width"] <= 375


@pytest.mark.parametrize("mode", ["both", "en"])
def test_text_zoomed_to_200_percent_loses_nothing(reader, mode):
    reader.open(f"?lang={mode}")
    # Text-only zoom: every size in the stylesheet is in rem or em.
    reader.js("document.documentElement.style.fontSize = '200%'")
    assert reader.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    body = reader.one(".para[lang='en'] [data-sid='p1.s1']")
    assert reader.js("return parseFloat(getComputedStyle(arguments[0]).fontSize)", body) >= 33
    # Nothing is clipped: every paragraph's text fits its box.
    clipped = reader.js(
        "return [...document.querySelectorAll('.para, .title, .mode-name, .toolbar-link')]"
        ".filter(e => e.checkVisibility() && (e.scrollWidth > e.clientWidth + 1)).length"
    )
    assert clipped == 0
    reader.screenshot(f"zoom-200-{mode}-1280", full_page=False)
