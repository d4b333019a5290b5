"""The printed handout: the text in the mode shown without the reader's
controls, each term's first occurrence numbered, the numbered notes after
the text, page numbers. Printed to PDF through WebDriver's Print command
(which fires `beforeprint` and `afterprint` as the browser's own Print
does), read back with pdftotext and turned into pictures with pdftoppm."""

import base64
import contextlib
import re
import subprocess

import pytest
from selenium.webdriver.common.print_page_options import PrintOptions

from conftest import SCREENSHOTS

A4 = (21.0, 29.7)
LETTER = (21.59, 27.94)

# The numbers the print puts on the terms, in page order, per language.
NOTE_NUMBERS = """
const numbered = [...document.querySelectorAll('#reader .term[data-note]')];
const inChinese = term => term.closest('[lang]').lang.startsWith('zh');
return [numbered.filter(inChinese), numbered.filter(term => !inChinese(term))]
  .map(terms => terms.map(term => Number(term.dataset.note)));
"""


def print_pdf(reader, name, size=A4):
    options = PrintOptions()
    options.page_width, options.page_height = size
    options.background = False
    pdf = base64.b64decode(reader.driver.print_page(options))
    folder = SCREENSHOTS / reader.driver.engine
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    # Pictures of the pages, to look at (print-<name>-1.png, ...).
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(folder / f"print-{name}")], check=True)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def assert_page_as_before(reader):
    """After a print the page is as it was: no numbers, no notes."""
    assert reader.js("return document.querySelectorAll('[data-note], .handout-notes').length") == 0


@contextlib.contextmanager
def printing(reader):
    """The page as the browser is about to print it (`beforeprint`), then
    after the print (`afterprint`), which must leave it as it was."""
    reader.js("window.dispatchEvent(new Event('beforeprint'))")
    yield
    reader.js("window.dispatchEvent(new Event('afterprint'))")
    assert_page_as_before(reader)


def notes_in(text, heading):
    """The numbered notes of a handout's text, as {number: line}."""
    part = text.split(heading, 1)[1]
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"^\s*(\d+)\.\s+(\S.*)$", part, re.M)}


HEADINGS = {"both": "Notes on the terms", "en": "Notes on the terms", "zh": "术语注释"}


@pytest.mark.parametrize("mode", ["both", "en", "zh"])
def test_the_handout_numbers_terms_in_page_order_and_lists_the_notes(reader, mode):
    # The PDF is read back as text: pdftotext reads Chromium's, but Firefox
    # embeds its CJK fonts without a map back to the characters, and Firefox
    # ESR draws no page-margin boxes (so its pages have no numbers). Firefox
    # prints the same handout (test_the_handout_prints_in_every_engine).
    if reader.driver.engine != "chromium":
        pytest.skip("the PDF's text is read in Chromium")
    reader.open(f"?lang={mode}")
    # Every term printed: in the title, the metadata and the text.
    terms = reader.js("return new Set([...document.querySelectorAll('#reader .term')].filter(t => t.checkVisibility()).map(t => t.dataset.term)).size")
    text = print_pdf(reader, f"handout-{mode}")
    notes = notes_in(text, HEADINGS[mode])
    # One note per term printed, numbered from 1 with no gap.
    assert sorted(notes) == list(range(1, terms + 1)), sorted(notes)
    # The reader's controls and the on-screen index are not printed.
    for absent in ("Side by side", "Share", "Listen", "Terms in this article", "Make a pack from your own text"):
        assert absent not in text, absent
    # Metadata, provenance, page numbers.
    assert "Jinbin Net" in text and "2020-06-02" in text
    if mode != "zh":
        assert "English translation of the Jinbin Net report" in text
    pages = text.count("\f")
    assert pages >= 2 and re.search(rf"\b1 ?/ ?{pages}\b", text), pages
    assert_page_as_before(reader)


def test_note_numbers_follow_the_text_printed_first(reader):
    reader.open("?lang=both")
    with printing(reader):
        zh, en = reader.js(NOTE_NUMBERS)
        notes = reader.js("return [...document.querySelectorAll('.handout-notes li')].map(li => [li.querySelector('.note-zh').textContent, li.querySelector('.note-en').textContent])")
        first_zh = reader.js("return document.querySelector('#reader .term[data-note]').textContent")
    # In side by side the Chinese is numbered in its own order: 1, 2, 3, ...
    assert zh == list(range(1, len(zh) + 1)), zh
    # The English marks the same terms once each, where they first appear.
    assert len(en) == len(set(en)) and set(en) <= set(range(1, len(notes) + 1))
    assert notes[0][0] == first_zh
    # The notes carry each entry's Chinese and official English.
    assert all(zh_text and en_text for zh_text, en_text in notes)


def test_an_english_handout_is_numbered_in_english_order_on_letter_paper(reader):
    reader.open("?lang=en")
    with printing(reader):
        zh, en = reader.js(NOTE_NUMBERS)
        lang = reader.js("return document.querySelector('.handout-notes').lang")
    assert zh == [] and en == list(range(1, len(en) + 1)), (zh, en)
    assert lang == "en"
    text = print_pdf(reader, "handout-en-letter", LETTER)
    # The English alone: not the Chinese text.
    assert "Notes on the terms" in text and "5月26日上午" not in text


def test_the_handout_prints_in_every_engine(reader):
    reader.open("?lang=both")
    text = print_pdf(reader, "handout-both")
    assert "Notes on the terms" in text and "Side by side" not in text
    assert_page_as_before(reader)


def test_a_chinese_handout_has_its_notes_in_chinese(reader):
    reader.open("?lang=zh")
    with printing(reader):
        heading, lang, glosses = reader.js(
            "const notes = document.querySelector('.handout-notes');"
            " return [notes.querySelector('h2').textContent, notes.lang,"
            " [...notes.querySelectorAll('.note-gloss')].map(g => g.lang)]"
        )
    assert heading == "术语注释" and lang == "zh-Hans"
    # Each gloss is in Chinese where the entry has one, and says which.
    assert glosses and set(glosses) <= {"zh-Hans", "en"} and "zh-Hans" in glosses


def test_a_reader_on_the_dark_theme_prints_on_the_light_one(reader):
    if reader.driver.engine != "chromium":
        pytest.skip("print media with a colour scheme is emulated through Chromium's DevTools")
    reader.open("?lang=both")
    badge = "return getComputedStyle(document.querySelector('.column-origin')).color"
    reader.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        on_screen = reader.js(badge)
        reader.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        in_print = reader.js(badge)
    finally:
        reader.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    # The dark theme's badge ink is light (for dark paper); printed on white
    # it takes the light theme's dark ink.
    def luminance(rgb):
        r, g, b = (int(v) for v in re.findall(r"\d+", rgb)[:3])
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
    assert luminance(on_screen) > 0.5 > luminance(in_print), (on_screen, in_print)
