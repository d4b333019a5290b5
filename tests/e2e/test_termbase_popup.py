"""What the term base adds to the pop-up, as a reader sees it: the Chinese
explanation in 中文 mode, where the official rendering comes from, dated and
mistaken renderings, whether the term is still used, and the known terms
inside a longer term, each one click away."""

import json
import pathlib

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from test_glossary import axe_violations, tap_open, wait_closed, wait_open

HERE = pathlib.Path(__file__).resolve().parent
PACK = json.loads((HERE.parents[1] / "assets" / "packs" / "binhai-foreign-affairs-2020.json").read_text("utf-8"))
GLOSSARY = {entry["id"]: entry for entry in PACK["glossary"]}


def open_entry(reader, entry_id, lang_attr):
    term = reader.one(f".para[lang='{lang_attr}'] .term[data-term='{entry_id}']")
    reader.js("arguments[0].scrollIntoView({block: 'center'})", term)
    term.click()
    wait_open(reader, entry_id)


def test_chinese_mode_shows_the_chinese_gloss_and_explanation(reader):
    entry = GLOSSARY["two-upholds"]
    reader.open("?lang=zh")
    open_entry(reader, "two-upholds", "zh-Hans")
    gloss = reader.one("#term-popup .popup-gloss")
    explanation = reader.one("#term-popup .popup-explanation")
    assert (gloss.text, gloss.get_attribute("lang")) == (entry["gloss_zh"], "zh-Hans")
    assert (explanation.text, explanation.get_attribute("lang")) == (entry["explanation_zh"], "zh-Hans")
    # The interface speaks Chinese too.
    assert "使用状态" in reader.one("#term-popup .popup-facts").text
    reader.screenshot("termbase-popup-zh-1280", full_page=False)


def test_english_mode_shows_the_english_explanation(reader):
    entry = GLOSSARY["two-upholds"]
    reader.open("?lang=en")
    open_entry(reader, "two-upholds", "en")
    gloss = reader.one("#term-popup .popup-gloss")
    assert (gloss.text, gloss.get_attribute("lang")) == (entry["gloss"], "en")
    assert reader.one("#term-popup .popup-explanation").text == entry["explanation"]


def test_renderings_their_use_the_source_and_the_status_are_shown(reader):
    entry = GLOSSARY["two-upholds"]
    reader.open("?lang=en")
    open_entry(reader, "two-upholds", "en")
    items = [li.text for li in reader.all("#term-popup .popup-renderings li")]
    assert len(items) == len(entry["renderings"])
    for item, rendering in zip(items, entry["renderings"]):
        assert item.startswith(f"{rendering['en']} ({rendering['use']}"), item
        if rendering.get("note"):
            assert item.endswith(rendering["note"])
    mistranslation = reader.one("#term-popup .rendering-mistranslation")
    assert mistranslation.text.startswith("two maintenances (mistranslation")
    basis = reader.one("#term-popup .popup-official-source").text
    if entry.get("official_source"):
        assert basis == f"Official rendering used in: {entry['official_source']}"
    else:
        assert basis.startswith("Suggested rendering")
    assert reader.one("#term-popup .popup-status").text == "In current use"
    reader.js("arguments[0].closest('#term-popup').scrollTop = arguments[0].offsetTop", reader.one("#term-popup .popup-facts"))
    reader.screenshot("termbase-popup-renderings-1280", full_page=False)


def test_a_suggested_rendering_says_so(reader):
    assert GLOSSARY["bottom-line-thinking"].get("official_suggested")
    reader.open("?lang=en")
    open_entry(reader, "bottom-line-thinking", "en")
    assert reader.one("#term-popup .popup-official-source").text == (
        "Suggested rendering: no official English text is known to use one"
    )


def test_a_term_inside_a_longer_term_is_one_click_away_and_back(reader):
    reader.open("?lang=zh")
    open_entry(reader, "xi-jinping-thought-on-diplomacy", "zh-Hans")
    anchor = reader.one(".term[aria-expanded='true']").get_attribute("id")
    inner = [b.get_attribute("data-term") for b in reader.all("#term-popup .popup-contains .related-term")]
    assert "xi-jinping" in inner
    reader.one("#term-popup .popup-contains .related-term[data-term='xi-jinping']").click()
    wait_open(reader, "xi-jinping")
    # It opens in place, next to the longer term it stands in.
    assert reader.one(".term[aria-expanded='true']").get_attribute("id") == anchor
    reader.screenshot("termbase-popup-inner-term-1280", full_page=False)
    back = reader.one("#term-popup .popup-part-of .related-term")
    assert back.get_attribute("data-term") == "xi-jinping-thought-on-diplomacy"
    assert reader.one("#term-popup .occurrence-position").text.startswith("– /")
    back.click()
    wait_open(reader, "xi-jinping-thought-on-diplomacy")
    ActionChains(reader.driver).send_keys(Keys.ESCAPE).perform()
    wait_closed(reader)


def test_the_inner_term_is_reachable_by_keyboard(reader):
    reader.open("?lang=zh")
    open_entry(reader, "xi-jinping-thought-on-diplomacy", "zh-Hans")
    button = reader.one("#term-popup .popup-contains .related-term[data-term='xi-jinping']")
    reader.js("arguments[0].focus()", button)
    ActionChains(reader.driver).send_keys(Keys.ENTER).perform()
    wait_open(reader, "xi-jinping")


def test_the_chinese_popup_on_a_phone(reader):
    reader.open_phone("?lang=zh")
    tap_open(reader, "zh-Hans", "four-consciousnesses")
    assert reader.one("#term-popup .popup-gloss").get_attribute("lang") == "zh-Hans"
    reader.screenshot("termbase-popup-zh-375", full_page=False)


@pytest.mark.parametrize("mode", ["zh", "en"])
def test_no_accessibility_violations_with_the_richer_popup(reader, mode):
    reader.open(f"?lang={mode}")
    open_entry(reader, "xi-jinping-thought-on-diplomacy", "zh-Hans" if mode == "zh" else "en")
    assert axe_violations(reader) == []
