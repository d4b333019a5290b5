"""Pinyin over the Chinese text and tone colours: the toolbar's toggle and the
reading settings, kept for the next visit and on the page before the app
starts; copying the Chinese gives the characters alone; side by side stays
aligned; hidden in English mode and when a portal leaves the tool out."""

import json
import pathlib

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from test_glossary import axe_violations
from test_settings import choose, open_settings

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACK = json.loads((ROOT / "assets" / "packs" / "binhai-foreign-affairs-2020.json").read_text("utf-8"))
FIRST_PARAGRAPH_ZH = "".join(pair["zh"] for pair in PACK["article"]["paragraphs"][0]["sentences"])

# What the reader shows over the first Chinese paragraph: each ruby's
# syllable (drawn from data-py), whether the syllables are shown, and the
# paragraph's text as a selection copies it.
SHOWN = """
const para = document.querySelector('.para[data-lang="zh"]');
const rubies = [...para.querySelectorAll('ruby')];
const range = document.createRange();
range.selectNodeContents(para);
const selection = getSelection();
selection.removeAllRanges();
selection.addRange(range);
const copied = selection.toString();
selection.removeAllRanges();
return {
  characters: rubies.map(r => r.firstChild.textContent).join(''),
  syllables: rubies.map(r => r.querySelector('rt').dataset.py),
  // The syllable is drawn from data-py (Firefox reports the rule itself).
  drawn: rubies.every(r => [`"${r.querySelector('rt').dataset.py}"`, 'attr(data-py)']
    .includes(getComputedStyle(r.querySelector('rt'), '::before').content)),
  shown: rubies.map(r => getComputedStyle(r.querySelector('rt')).display !== 'none'),
  copied: copied,
};
"""


def toggle(reader):
    return reader.one(".pinyin-button")


def test_the_toggle_shows_pinyin_over_every_character_and_is_kept(reader):
    reader.open("?lang=zh")
    assert toggle(reader).get_attribute("aria-pressed") == "false"
    assert toggle(reader).text == "拼音"
    before = reader.js(SHOWN)
    assert set(before["shown"]) == {False}
    reader.click(toggle(reader))
    WebDriverWait(reader.driver, 5).until(lambda _: toggle(reader).get_attribute("aria-pressed") == "true")
    shown = reader.js(SHOWN)
    assert set(shown["shown"]) == {True}
    # The first sentence, 5月26日上午，区委…召开全体会议。: digits and
    # punctuation have none; each character its own syllable.
    assert shown["characters"].startswith("月日上午区委外事工作委员会召开全体会议")
    assert shown["syllables"][:6] == ["yuè", "rì", "shàng", "wǔ", "qū", "wěi"]
    assert shown["drawn"]
    assert reader.js("return document.documentElement.getAttribute('data-pinyin')") == "on"
    reader.screenshot("pinyin-on")
    # The next visit starts with pinyin, before the app runs (boot.js).
    reader.driver.get(reader.base_url + "no-wasm.html?lang=zh")
    assert reader.js("return document.documentElement.getAttribute('data-pinyin')") == "on"
    assert set(reader.js(SHOWN)["shown"]) == {True}
    reader.open("?lang=zh", fresh=False)
    assert toggle(reader).get_attribute("aria-pressed") == "true"
    # Off again, from the keyboard.
    toggle(reader).send_keys(" ")
    WebDriverWait(reader.driver, 5).until(lambda _: toggle(reader).get_attribute("aria-pressed") == "false")
    assert set(reader.js(SHOWN)["shown"]) == {False}
    assert json.loads(reader.js("return localStorage.getItem('tifa.settings')"))["pinyin"] == "off"


def test_copying_the_chinese_gives_the_characters_alone(reader):
    reader.open("?lang=zh")
    reader.click(toggle(reader))
    WebDriverWait(reader.driver, 5).until(lambda _: set(reader.js(SHOWN)["shown"]) == {True})
    assert reader.js(SHOWN)["copied"].strip() == FIRST_PARAGRAPH_ZH


@pytest.mark.parametrize("scheme, colours", [
    ("pleco", ["tone-red", "tone-green", "tone-blue", "tone-purple", "ink-muted"]),
    ("mdbg", ["tone-red", "tone-orange", "tone-green", "tone-blue", "ink-muted"]),
])
def test_tone_colours_follow_the_chosen_scheme(reader, scheme, colours):
    reader.open("?lang=zh")
    open_settings(reader)
    choose(reader, "pinyin", "on")
    choose(reader, "tones", scheme)
    found = reader.js(
        "const probe = document.createElement('span'); document.body.append(probe);"
        "const colour = name => { probe.style.color = `var(--tifa-${name})`; return getComputedStyle(probe).color; };"
        "const out = arguments[0].map((name, i) => {"
        "  const ruby = document.querySelector(`.para[data-lang=zh] ruby.t${i + 1}`);"
        "  return [getComputedStyle(ruby).color, getComputedStyle(ruby.querySelector('rt')).color, colour(name)]; });"
        "probe.remove(); return out;",
        colours,
    )
    for tone, (character, syllable, expected) in enumerate(found, start=1):
        assert character == syllable == expected, (tone, found)
    reader.one("#settings-dialog .panel-close").click()
    reader.screenshot(f"pinyin-tones-{scheme}", full_page=False)
    # No tone colours: the text is ink again.
    open_settings(reader)
    choose(reader, "tones", "none")
    assert reader.js("return getComputedStyle(document.querySelector('.para[data-lang=zh] ruby.t1')).color") == reader.js(
        "return getComputedStyle(document.querySelector('.para[data-lang=zh]')).color"
    )


def test_side_by_side_rows_stay_aligned_with_pinyin(reader):
    reader.open("?lang=both")
    reader.click(toggle(reader))
    WebDriverWait(reader.driver, 5).until(lambda _: set(reader.js(SHOWN)["shown"]) == {True})
    tops = reader.js(
        "return [...document.querySelectorAll('.para-row:not(.column-heads)')].map(row =>"
        " [...row.querySelectorAll('.para')].map(p => Math.round(p.getBoundingClientRect().top)))"
    )
    assert tops and all(len(set(row)) == 1 for row in tops), tops
    reader.screenshot("pinyin-side-by-side", full_page=False)


def test_the_toggle_is_not_offered_in_english_nor_where_a_portal_leaves_it_out(reader):
    reader.open("?lang=en")
    assert reader.visible(".pinyin-button") == []
    reader.open("?lang=zh&tools=settings")
    assert reader.visible(".pinyin-button") == []
    reader.open("?lang=zh&tools=pinyin")
    assert [b.get_attribute("class") for b in reader.visible(".toolbar-tools button")] == ["tool-button pinyin-button"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_accessibility_violations_with_pinyin_and_tone_colours(reader, theme):
    reader.open("?lang=both")
    open_settings(reader)
    choose(reader, "theme", theme)
    choose(reader, "pinyin", "on")
    choose(reader, "tones", "pleco")
    reader.one("#settings-dialog .panel-close").click()
    assert axe_violations(reader) == []


def test_on_a_phone_pinyin_fits_the_width(reader):
    reader.open_phone("?lang=zh")
    reader.click(toggle(reader))
    WebDriverWait(reader.driver, 5).until(lambda _: toggle(reader).get_attribute("aria-pressed") == "true")
    widths = reader.js("const p = document.querySelector('.para[data-lang=zh]'); return [p.scrollWidth, p.clientWidth]")
    assert widths[0] <= widths[1], widths
    reader.screenshot("pinyin-phone", full_page=False)
