"""The glossary as a reader uses it: terms in the text, the pop-up by mouse,
keyboard and touch, the index, deep links, and accessibility with a pop-up
open."""

import json
import pathlib
import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.interaction import POINTER_TOUCH
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = pathlib.Path(__file__).resolve().parent
PACK = json.loads((HERE.parents[1] / "assets" / "packs" / "binhai-foreign-affairs-2020.json").read_text("utf-8"))
GLOSSARY = {entry["id"]: entry for entry in PACK["glossary"]}
AXE = (HERE / "node_modules" / "axe-core" / "axe.min.js").read_text("utf-8")
# Entries whose forms occur only inside a longer term's mark.
INSIDE_LONGER_TERMS = {"xi-jinping", "municipal-party-committee"}


def popup_open(reader):
    return reader.js("return document.getElementById('term-popup').matches(':popover-open')")


def wait_open(reader, entry_id=None):
    WebDriverWait(reader.driver, 5).until(lambda _: popup_open(reader))
    if entry_id:
        WebDriverWait(reader.driver, 5).until(
            lambda _: reader.one("#term-popup-title").text == GLOSSARY[entry_id]["zh"]
        )


def wait_closed(reader):
    WebDriverWait(reader.driver, 5).until(lambda _: not popup_open(reader))


def viewport_rect(reader, element):
    """Where an element is on screen (WebDriver's rect is relative to the
    document, not the viewport)."""
    return reader.js(
        "const r = arguments[0].getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}",
        element,
    )


def active_id(reader):
    return reader.driver.switch_to.active_element.get_attribute("id")


def test_every_entry_is_marked_and_opens_with_its_chinese_and_pinyin(reader):
    reader.open()
    marked = {term.get_attribute("data-term") for term in reader.all(".term")}
    # The rest are terms inside longer terms (习近平 in 习近平外交思想), reached
    # from the longer term's pop-up (test_termbase_popup.py).
    assert set(GLOSSARY) - marked == INSIDE_LONGER_TERMS
    for entry_id in sorted(marked):
        entry = GLOSSARY[entry_id]
        term = reader.one(f".term[data-term='{entry_id}']")
        reader.js("arguments[0].scrollIntoView({block: 'center'})", term)
        term.click()
        wait_open(reader, entry_id)
        assert reader.one(".popup-pinyin").text == entry["pinyin"]
        assert reader.one(".popup-official").text.endswith(entry["official"])
        ActionChains(reader.driver).send_keys(Keys.ESCAPE).perform()
        wait_closed(reader)


def test_keyboard_tab_enter_escape_returns_focus_to_the_term(reader):
    reader.open()
    ActionChains(reader.driver).send_keys(Keys.TAB).perform()
    term_id = active_id(reader)
    assert reader.driver.switch_to.active_element.get_attribute("role") == "button"
    ActionChains(reader.driver).send_keys(Keys.ENTER).perform()
    wait_open(reader)
    # Focus is in the dialog, and the term says it is expanded.
    assert reader.js("return document.getElementById('term-popup').contains(document.activeElement)")
    assert reader.one(f"#{term_id}").get_attribute("aria-expanded") == "true"
    ActionChains(reader.driver).send_keys(Keys.ESCAPE).perform()
    wait_closed(reader)
    WebDriverWait(reader.driver, 5).until(lambda _: active_id(reader) == term_id)
    assert reader.one(f"#{term_id}").get_attribute("aria-expanded") == "false"
    # Space opens it too.
    ActionChains(reader.driver).send_keys(Keys.SPACE).perform()
    wait_open(reader)


def test_close_button_and_click_outside_close_and_return_focus(reader):
    reader.open("?lang=en")
    term = reader.one(".para[lang='en'] .term[data-term='bottom-line-thinking']")
    term.click()
    wait_open(reader, "bottom-line-thinking")
    reader.one(".popup-close").click()
    wait_closed(reader)
    WebDriverWait(reader.driver, 5).until(lambda _: active_id(reader) == term.get_attribute("id"))
    term.click()
    wait_open(reader)
    reader.hover(reader.one(".brand"))
    ActionChains(reader.driver).click().perform()
    wait_closed(reader)
    WebDriverWait(reader.driver, 5).until(lambda _: active_id(reader) == term.get_attribute("id"))


def test_one_popup_at_a_time_next_to_its_term_and_inside_the_viewport(reader):
    reader.open()
    first = reader.one(".para[lang='en'] .term[data-term='four-consciousnesses']")
    first.click()
    wait_open(reader, "four-consciousnesses")
    # The open pop-up may cover other terms: reach the next one by keyboard.
    second = reader.one(".para[lang='en'] .term[data-term='going-global']")
    reader.js("arguments[0].focus()", second)
    ActionChains(reader.driver).send_keys(Keys.ENTER).perform()
    wait_open(reader, "going-global")
    assert len([p for p in reader.all("[popover]") if p.is_displayed()]) == 1
    popup = viewport_rect(reader, reader.one("#term-popup"))
    term = viewport_rect(reader, second)
    width, height = reader.js("return [innerWidth, innerHeight]")
    assert popup["x"] >= 0 and popup["x"] + popup["width"] <= width
    assert popup["y"] >= 0 and popup["y"] + popup["height"] <= height
    # Directly below or above the term, not covering it.
    below = popup["y"] >= term["y"] + term["height"] - 1
    above = popup["y"] + popup["height"] <= term["y"] + 1
    assert below or above, (popup, term)
    reader.screenshot("popup-desktop-1280", full_page=False)


def test_popup_shows_every_field_of_the_entry(reader):
    reader.open("?lang=both")
    reader.one(".para[lang='en'] .term[data-term='four-consciousnesses']").click()
    wait_open(reader, "four-consciousnesses")
    entry = GLOSSARY["four-consciousnesses"]
    text = reader.one("#term-popup").text
    renderings = [rendering["en"] for rendering in entry["renderings"]]
    assert renderings, "the entry lists other renderings"
    for expected in [entry["gloss"], entry["explanation"], entry["translation_note"], *renderings]:
        assert expected in text
    parts = [li.text for li in reader.all(".popup-parts li")]
    assert len(parts) == 4 and parts[0].startswith(entry["parts"][0]["zh"])
    related = [b.get_attribute("data-term") for b in reader.all(".related-term")]
    assert related == entry["related"]
    assert reader.one(".occurrence-counts").text.endswith("中文 1 · English 1")
    assert reader.one(".popup-link a").get_attribute("href").endswith("#term=four-consciousnesses")


def test_related_terms_and_next_occurrence_switch_the_popup(reader):
    reader.open("?lang=en")
    reader.one(".para[lang='en'] .term[data-term='four-consciousnesses']").click()
    wait_open(reader, "four-consciousnesses")
    reader.one(".related-term[data-term='two-upholds']").click()
    wait_open(reader, "two-upholds")
    first = reader.one(".term[aria-expanded='true']").get_attribute("id")
    assert reader.one(".occurrence-position").text == "1 / 2"
    reader.one(".occurrence-next").click()
    WebDriverWait(reader.driver, 5).until(lambda _: reader.one(".occurrence-position").text == "2 / 2")
    second = reader.one(".term[aria-expanded='true']")
    assert second.get_attribute("id") != first
    assert second.text == "two safeguards"
    assert not reader.one(".occurrence-next").is_enabled()
    reader.one(".occurrence-previous").click()
    WebDriverWait(reader.driver, 5).until(lambda _: reader.one(".occurrence-position").text == "1 / 2")


def test_a_term_that_scrolls_under_a_still_pointer_opens_nothing(reader):
    """A reader who scrolls with the keyboard, or closes a bar, with the mouse
    resting on the text has not pointed at what comes under it: only moving
    the mouse onto a term opens its pop-up."""
    reader.open("?lang=en")
    term = reader.one(".para[lang='en'] .term[data-term='strategic-resolve']")
    reader.js("arguments[0].scrollIntoView({block: 'center'})", term)
    reader.settle()
    box = reader.js("const r = arguments[0].getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]", term)
    x, y = int(box[0]), int(box[1])
    # The page scrolled down until the point holds no term, the pointer put there.
    for shift in range(10, 400, 10):
        reader.js("window.scrollTo(0, window.scrollY + 10)")
        if not reader.js("const e = document.elementFromPoint(arguments[0], arguments[1]); return !!(e && e.closest('.term'))", x, y):
            break
    else:
        pytest.fail("no point without a term below the term")
    pointer = ActionBuilder(reader.driver)
    pointer.pointer_action.move_to_location(x, y)
    pointer.perform()
    time.sleep(0.6)
    assert not popup_open(reader)
    # The term comes back under the still pointer: nothing opens.
    reader.js("window.scrollTo(0, window.scrollY - arguments[0])", shift)
    reader.settle()
    assert reader.js("return document.elementFromPoint(arguments[0], arguments[1]).closest('.term') === arguments[2]", x, y, term)
    time.sleep(0.9)
    assert not popup_open(reader)
    # The pointer moves, on the term: its pop-up opens.
    pointer = ActionBuilder(reader.driver)
    pointer.pointer_action.move_to_location(x + 2, y)
    pointer.perform()
    wait_open(reader, "strategic-resolve")


def test_hover_opens_after_a_delay_and_stays_open_over_the_popup(reader):
    reader.open("?lang=en")
    term = reader.one(".para[lang='en'] .term[data-term='strategic-resolve']")
    reader.hover(term)
    assert not popup_open(reader)
    wait_open(reader, "strategic-resolve")
    # Focus stays where it was: hovering must not move it.
    assert reader.driver.switch_to.active_element.tag_name == "body"
    reader.hover(reader.one("#term-popup-title"))
    time.sleep(0.8)
    assert popup_open(reader)
    # Away from both: the top left corner of the viewport, where the pop-up
    # never stands (it keeps 8 px from the edges).
    corner = ActionBuilder(reader.driver)
    corner.pointer_action.move_to_location(2, 2)
    corner.perform()
    wait_closed(reader)


def test_a_clicked_popup_stays_while_the_pointer_crosses_other_terms(reader):
    reader.open("?lang=en")
    reader.click(reader.one(".para[lang='en'] .term[data-term='strategic-resolve']"))
    wait_open(reader, "strategic-resolve")
    # The pointer rests on another term in view, clear of the pop-up, for
    # longer than the hover delay (without scrolling, which moves the pop-up
    # with its term): that term is highlighted, but the pop-up the reader
    # asked for stays.
    other = reader.js(
        "const popup = document.getElementById('term-popup').getBoundingClientRect();"
        "const apart = (a, b) => a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top;"
        "return [...document.querySelectorAll('.para[lang=en] .term, .title .term')].find(term => {"
        "  const r = term.getBoundingClientRect();"
        "  return term.dataset.term !== 'strategic-resolve' && r.width > 0 && r.top >= 0 && r.bottom <= innerHeight"
        "    && apart(r, popup) && term.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));"
        "})"
    )
    assert other is not None, "no other term in view beside the pop-up"
    ActionChains(reader.driver).move_to_element(other).perform()
    WebDriverWait(reader.driver, 5).until(lambda _: "is-active" in other.get_attribute("class"))
    time.sleep(0.8)
    assert popup_open(reader)
    assert reader.one("#term-popup-title").text == GLOSSARY["strategic-resolve"]["zh"]


def test_side_by_side_highlights_the_entry_in_both_languages(reader):
    reader.open("?lang=both")
    reader.one(".para[lang='en'] .term[data-term='binhai-new-area']").click()
    wait_open(reader, "binhai-new-area")
    reader.hover(reader.one("#term-popup-title"))
    highlighted = reader.all(".term.is-active")
    assert {t.get_attribute("data-term") for t in highlighted} == {"binhai-new-area"}
    languages = {t.find_element(By.XPATH, "ancestor::*[@lang][1]").get_attribute("lang") for t in highlighted}
    assert languages == {"en", "zh-Hans"}
    total = len(reader.all(".term[data-term='binhai-new-area']"))
    assert len(highlighted) == total
    reader.screenshot("popup-cross-language-1280", full_page=False)


def test_deep_link_opens_the_entry_on_load(reader):
    reader.open("?lang=en#term=going-global")
    wait_open(reader, "going-global")
    anchor = reader.one(".term[aria-expanded='true']")
    assert anchor.get_attribute("data-term") == "going-global"
    assert reader.js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight", anchor)
    # An unknown id opens nothing and does not break the page.
    reader.open("#term=no-such-term")
    assert not popup_open(reader)


def test_opening_terms_updates_the_hash_without_history_entries(reader):
    reader.open("?lang=en")
    before = reader.js("return history.length")
    for entry_id in ["going-global", "cloud-platform", "new-era"]:
        reader.one(f".para[lang='en'] .term[data-term='{entry_id}']").click()
        wait_open(reader, entry_id)
        assert reader.js("return location.hash") == f"#term={entry_id}"
        ActionChains(reader.driver).send_keys(Keys.ESCAPE).perform()
        wait_closed(reader)
        WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return location.hash") == "")
    assert reader.js("return history.length") == before


def test_index_lists_terms_by_kind_and_opens_the_first_occurrence(reader):
    reader.open("?lang=zh")
    buttons = reader.all(".index-term")
    assert len(buttons) == len(GLOSSARY)
    groups = [h.text for h in reader.all(".index-group h3")]
    assert groups[0] == "提法"
    button = reader.one(".index-term[data-term='holistic-approach-to-national-security']")
    assert GLOSSARY["holistic-approach-to-national-security"]["pinyin"] in button.text
    button.click()
    wait_open(reader, "holistic-approach-to-national-security")
    anchor = reader.one(".term[aria-expanded='true']")
    assert anchor.find_element(By.XPATH, "ancestor::*[@lang][1]").get_attribute("lang") == "zh-Hans"
    assert reader.js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight", anchor)


def tap(reader, element):
    touch = PointerInput(POINTER_TOUCH, "finger")
    actions = ActionBuilder(reader.driver, mouse=touch)
    actions.pointer_action.move_to(element).pointer_down().pointer_up()
    actions.perform()


def tap_open(reader, lang_attr, entry_id):
    """Taps a term of one language's paragraphs and waits for its pop-up."""
    term = reader.one(f".para[lang='{lang_attr}'] .term[data-term='{entry_id}']")
    reader.js("arguments[0].scrollIntoView({block: 'center'})", term)
    tap(reader, term)
    wait_open(reader, entry_id)
    return term


def test_touch_opens_a_bottom_sheet_on_a_phone(reader):
    reader.open_phone("?lang=both")
    term = tap_open(reader, "en", "two-upholds")
    sheet = viewport_rect(reader, reader.one("#term-popup"))
    # Edge to edge (the viewport is 375 px, less a scroll bar where the
    # engine draws one).
    assert sheet["x"] == 0 and sheet["width"] == reader.js("return document.documentElement.clientWidth")
    assert abs(sheet["y"] + sheet["height"] - 812) <= 1
    # The tapped term stays visible above the sheet.
    term_rect = viewport_rect(reader, term)
    assert 0 <= term_rect["y"] and term_rect["y"] + term_rect["height"] <= sheet["y"]
    reader.screenshot("popup-bottom-sheet-375", full_page=False)
    tap(reader, reader.one(".popup-close"))
    wait_closed(reader)


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_violations(reader):
    reader.js(AXE)
    result = reader.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations.map("
        "v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));",
        AXE_TAGS,
    )
    return result


@pytest.mark.parametrize("mode", ["en", "zh", "both"])
def test_no_accessibility_violations_with_a_popup_open(reader, mode):
    reader.open(f"?lang={mode}")
    selector = {"en": "[lang='en']", "zh": "[lang='zh-Hans']", "both": "[lang='zh-Hans']"}[mode]
    reader.one(f".para{selector} .term[data-term='two-upholds']").click()
    wait_open(reader, "two-upholds")
    assert axe_violations(reader) == []


@pytest.mark.parametrize("mode", ["en", "zh", "both"])
def test_no_accessibility_violations_without_a_popup(reader, mode):
    reader.open(f"?lang={mode}")
    assert axe_violations(reader) == []
