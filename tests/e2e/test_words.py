"""My words: a pop-up's "Save to My words" keeps its term with the sentence
pair it was opened from, per pack and across reloads; the panel lists the
words (remove one, remove all after a native dialog asks) and exports them,
or the whole glossary, as CSV and as an Anki import file; a full storage
says so; a hostile text stays text in the panel and in the files; an
embedded reader tells its host."""

import csv
import io
import json
import pathlib

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from test_embedding import events, open_portal, wait_event
from test_glossary import axe_violations

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACK_FILE = "assets/packs/binhai-foreign-affairs-2020.json"
PACK = json.loads((ROOT / PACK_FILE).read_text("utf-8"))
ENTRIES = {entry["id"]: entry for entry in PACK["glossary"]}
PAIRS = {pair["id"]: pair for paragraph in PACK["article"]["paragraphs"] for pair in paragraph["sentences"]}
KEY = "tifa.words:" + PACK_FILE
TITLE = PACK["article"]["meta"]["title"]["en"]

# Downloads are kept in the page instead of written to disk: the exported
# blobs' text, with the file name the link gives it.
CAPTURE = """
window.exported = [];
const blobs = new Map();
const make = URL.createObjectURL;
URL.createObjectURL = blob => { const url = make.call(URL, blob); blobs.set(url, blob); return url; };
document.addEventListener('click', event => {
  const link = event.target.closest && event.target.closest('a[download]');
  if (!link) return;
  event.preventDefault();
  // Decoded keeping a byte-order mark, which Blob.text() would drop.
  blobs.get(link.href).arrayBuffer().then(bytes => window.exported.push(
    {name: link.download, type: blobs.get(link.href).type, text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)}));
}, true);
"""


def open_term(reader, lang, sid, index=0):
    """Opens the index-th term of sentence `sid` and returns its entry id."""
    term = reader.all(f'.para[data-lang="{lang}"] .sentence[data-sid="{sid}"] .term')[index]
    reader.js("arguments[0].scrollIntoView({block: 'center'})", term)
    reader.click(term)
    WebDriverWait(reader.driver, 5).until(lambda _: reader.visible("#term-popup .popup-save"))
    return term.get_attribute("data-term")


def save_button(reader):
    return reader.one("#term-popup .popup-save")


def saved(reader):
    return json.loads(reader.js("return localStorage.getItem(arguments[0])", KEY) or "[]")


# The pop-up's buttons are clicked where they are: scrolling the page first
# (as reader.click does) moves the pop-up with its term, and a click aimed
# before the move lands after it.
def press_save(reader, expect):
    reader.press(save_button(reader))
    WebDriverWait(reader.driver, 5).until(lambda _: save_button(reader).get_attribute("aria-pressed") == expect)


def open_panel(reader):
    if reader.visible("#term-popup .popup-words"):
        reader.press(reader.one("#term-popup .popup-words"))
    else:
        reader.click(reader.one(".index-words"))
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return window.tifaWordsPanel !== undefined && document.getElementById('words-dialog').matches(':popover-open')"))


def listed(reader):
    return reader.js("return [...document.querySelectorAll('#words-list li')].map(li => li.dataset.id)")


def exported(reader, count):
    WebDriverWait(reader.driver, 5).until(lambda _: len(reader.js("return window.exported")) >= count)
    return reader.js("return window.exported")[count - 1]


def test_a_saved_word_keeps_its_sentence_and_survives_a_reload(reader):
    reader.open("?lang=both")
    term = open_term(reader, "zh", "p1.s2")
    assert save_button(reader).get_attribute("aria-pressed") == "false"
    assert save_button(reader).text == "☆ Save to My words" or save_button(reader).text == "Save to My words"
    press_save(reader, "true")
    [word] = saved(reader)
    entry = ENTRIES[term]
    assert (word["id"], word["zh"], word["pinyin"], word["official"], word["gloss"]) == (
        term, entry["zh"], entry["pinyin"], entry["official"], entry["gloss"])
    assert word["sentence"] == {"zh": PAIRS["p1.s2"]["zh"], "en": PAIRS["p1.s2"]["en"]}
    assert word["link"].endswith("#term=" + term) and word["title"]["en"] == TITLE
    open_panel(reader)
    assert listed(reader) == [term]
    assert reader.one("#words-list li .words-zh").text == entry["zh"]
    assert reader.one("#words-status").text == "1 word saved."
    reader.screenshot("words-panel", full_page=False)
    # After a reload the word is still saved, and its button says so.
    reader.open("?lang=both", fresh=False)
    open_term(reader, "zh", "p1.s2")
    WebDriverWait(reader.driver, 5).until(lambda _: save_button(reader).get_attribute("aria-pressed") == "true")
    # Another term's button is not pressed; saving from the English side
    # keeps the English occurrence's sentence.
    reader.one(".popup-close").click()
    other = open_term(reader, "en", "p2.s1")
    assert other != term
    assert save_button(reader).get_attribute("aria-pressed") == "false"
    press_save(reader, "true")
    assert [w["id"] for w in saved(reader)] == [term, other]
    assert saved(reader)[1]["sentence"]["en"] == PAIRS["p2.s1"]["en"]
    # Pressed again: removed.
    press_save(reader, "false")
    assert [w["id"] for w in saved(reader)] == [term]


def test_the_panel_removes_one_word_or_all_after_asking(reader):
    reader.open("?lang=zh")
    first = open_term(reader, "zh", "p1.s1")
    press_save(reader, "true")
    reader.one(".popup-close").click()
    second = open_term(reader, "zh", "p2.s1")
    press_save(reader, "true")
    open_panel(reader)
    assert listed(reader) == [first, second]
    assert reader.one("#words-title").text == "生词本"
    assert reader.one("#words-status").text == "已保存 2 个生词。"
    # Remove the first: the focus goes to the next one's Remove.
    buttons = reader.all("#words-list .words-remove")
    assert buttons[0].get_attribute("aria-label") == "删除 " + ENTRIES[first]["zh"]
    reader.click(buttons[0])
    WebDriverWait(reader.driver, 5).until(lambda _: listed(reader) == [second])
    assert reader.js("return document.activeElement.closest('li').dataset.id") == second
    assert [w["id"] for w in saved(reader)] == [second]
    # Remove all asks first, in a modal dialog; "Keep them" keeps them.
    reader.click(reader.one(".words-clear"))
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return document.getElementById('words-confirm').open"))
    assert reader.js("return document.getElementById('words-dialog').matches(':popover-open')")
    assert axe_violations(reader) == []
    reader.screenshot("words-confirm", full_page=False)
    reader.click(reader.one("#words-confirm .words-keep"))
    assert listed(reader) == [second]
    reader.click(reader.one(".words-clear"))
    reader.click(reader.one('#words-confirm button[value="clear"]'))
    WebDriverWait(reader.driver, 5).until(lambda _: listed(reader) == [])
    assert saved(reader) == []
    assert reader.visible("#words-empty")
    assert not reader.one('[data-export="words-csv"]').is_enabled()
    assert reader.js("return document.activeElement.dataset.export") == "glossary-csv"


def test_my_words_export_as_csv_and_for_anki(reader):
    reader.open("?lang=both")
    reader.js(CAPTURE)
    term = open_term(reader, "zh", "p1.s2")
    press_save(reader, "true")
    open_panel(reader)
    reader.click(reader.one('[data-export="words-csv"]'))
    file = exported(reader, 1)
    assert file["name"].endswith("-my-words.csv")
    assert file["text"].startswith("\ufeff") and "\r\n" in file["text"]
    assert file["type"] == "text/csv;charset=utf-8"
    rows = list(csv.reader(io.StringIO(file["text"][1:])))
    entry, pair = ENTRIES[term], PAIRS["p1.s2"]
    assert rows[0][:3] == ["Chinese", "Pinyin", "Official rendering"]
    assert rows[1][:7] == [entry["zh"], entry["pinyin"], entry["official"], entry["gloss"], entry.get("gloss_zh", ""), pair["zh"], pair["en"]]
    assert rows[1][7] == TITLE and rows[1][8].endswith("#term=" + term)
    assert reader.one("#words-status").text == f"Saved {file['name']}."
    reader.click(reader.one('[data-export="words-anki"]'))
    file = exported(reader, 2)
    assert file["name"].endswith("-my-words-anki.txt")
    lines = file["text"].rstrip("\n").split("\n")
    assert lines[:3] == ["#separator:tab", "#html:true", "#notetype:Basic"]
    assert lines[3] == "#deck:Tifa::" + TITLE
    notes = [line for line in lines if not line.startswith("#")]
    [note] = notes
    front, back, tags = note.split("\t")
    assert entry["zh"] in front and entry["pinyin"] in front
    assert entry["official"] in back and pair["zh"] in back and tags == "tifa"


def test_the_whole_glossary_exports_with_each_terms_first_sentence(reader):
    reader.open("?lang=both")
    reader.js(CAPTURE)
    reader.js("document.getElementById('glossary').scrollIntoView()")
    open_panel(reader)
    assert reader.visible("#words-empty")
    reader.click(reader.one('[data-export="glossary-csv"]'))
    rows = list(csv.reader(io.StringIO(exported(reader, 1)["text"][1:])))[1:]
    assert [row[0] for row in rows] == [entry["zh"] for entry in PACK["glossary"]]
    # Every term with an occurrence in a sentence has that sentence.
    with_sentence = [row for row in rows if row[5]]
    assert len(with_sentence) >= len(rows) - 3, [row[0] for row in rows if not row[5]]
    assert all(row[5] in {pair["zh"] for pair in PAIRS.values()} for row in with_sentence)
    reader.click(reader.one('[data-export="glossary-anki"]'))
    notes = [line for line in exported(reader, 2)["text"].split("\n") if line and not line.startswith("#")]
    assert len(notes) == len(PACK["glossary"])


def test_hostile_text_stays_text_in_the_panel_and_in_the_files(reader):
    reader.open("?lang=en")
    hostile = {
        "id": "x", "zh": "<img src=x onerror=\"window.owned=1\">", "pinyin": "=HYPERLINK(\"http://evil\")",
        "official": "+cmd|' /C calc'!A0", "gloss": "a\tb\nc", "gloss_zh": "", "sid": "",
        "sentence": {"zh": "", "en": "\"quoted\", and, commas"}, "title": {"en": "T", "zh": "T"}, "link": "javascript:alert(1)",
    }
    reader.js("localStorage.setItem(arguments[0], JSON.stringify([arguments[1], 42, null, {id: 1}]))", KEY, hostile)
    reader.js(CAPTURE)
    reader.js("document.getElementById('glossary').scrollIntoView()")
    open_panel(reader)
    # The stored junk that is not a word is dropped; the word's text is text.
    assert listed(reader) == ["x"]
    assert reader.one("#words-list .words-zh").text == hostile["zh"]
    assert reader.js("return document.querySelectorAll('#words-dialog img').length") == 0
    reader.click(reader.one('[data-export="words-csv"]'))
    rows = list(csv.reader(io.StringIO(exported(reader, 1)["text"][1:])))
    assert rows[1][1] == "'" + hostile["pinyin"] and rows[1][2] == "'" + hostile["official"]
    assert rows[1][6] == hostile["sentence"]["en"] and rows[1][3] == hostile["gloss"]
    reader.click(reader.one('[data-export="words-anki"]'))
    notes = [line for line in exported(reader, 2)["text"].split("\n") if line and not line.startswith("#")]
    assert len(notes) == 1 and len(notes[0].split("\t")) == 3
    assert "<img" not in notes[0] and "&lt;img src=x onerror=&quot;window.owned=1&quot;&gt;" in notes[0]
    assert reader.js("return window.owned === undefined")


def test_a_full_storage_says_the_word_was_not_saved(reader):
    reader.open("?lang=both")
    open_term(reader, "zh", "p1.s2")
    reader.js(
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }"
    )
    reader.press(save_button(reader))
    WebDriverWait(reader.driver, 5).until(lambda _: reader.visible("#words-note"))
    assert reader.one("#words-note-text").text.startswith("This word could not be saved: the browser's storage")
    assert save_button(reader).get_attribute("aria-pressed") == "false"
    reader.click(reader.one("#words-note-ok"))
    assert not reader.visible("#words-note")


def test_an_embedded_reader_tells_its_host_of_each_saved_word(reader, other_origin):
    open_portal(reader, other_origin)
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        reader.wait_until_ready()
        term = reader.visible(".title .term")[0]
        term_id = term.get_attribute("data-term")
        term.click()
        WebDriverWait(reader.driver, 5).until(lambda _: reader.visible("#term-popup .popup-save"))
        reader.one("#term-popup .popup-save").click()
        WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#term-popup .popup-save").get_attribute("aria-pressed") == "true")
        reader.one("#term-popup .popup-save").click()
    finally:
        reader.driver.switch_to.default_content()
    wait_event(reader, lambda e: e["type"] == "tifa:word-saved" and e["saved"] is False)
    said = [e for e in events(reader) if e["type"] == "tifa:word-saved"]
    assert said == [
        {"type": "tifa:word-saved", "id": term_id, "zh": ENTRIES[term_id]["zh"], "official": ENTRIES[term_id]["official"], "saved": True},
        {"type": "tifa:word-saved", "id": term_id, "zh": ENTRIES[term_id]["zh"], "official": ENTRIES[term_id]["official"], "saved": False},
    ]


def test_a_portal_can_leave_my_words_out(reader):
    reader.open("?lang=both&tools=settings")
    term = reader.one('.para[data-lang="zh"] .term')
    reader.click(term)
    WebDriverWait(reader.driver, 5).until(lambda _: reader.visible("#term-popup .popup-zh"))
    assert reader.visible("#term-popup .popup-save") == []
    assert reader.visible(".index-words") == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_accessibility_violations_with_the_panel_open(reader, theme):
    reader.open("?lang=both")
    reader.js(f"document.documentElement.setAttribute('data-theme', '{theme}')")
    open_term(reader, "zh", "p1.s2")
    press_save(reader, "true")
    assert axe_violations(reader) == []
    open_panel(reader)
    assert axe_violations(reader) == []


def test_on_a_phone_the_panel_fits(reader):
    reader.open_phone("?lang=zh")
    open_term(reader, "zh", "p1.s2")
    press_save(reader, "true")
    reader.screenshot("words-popup-phone", full_page=False)
    open_panel(reader)
    box = reader.js("const box = document.getElementById('words-dialog').getBoundingClientRect(); return [box.left, box.right, innerWidth]")
    assert box[0] >= 0 and box[1] <= box[2], box
    reader.screenshot("words-panel-phone", full_page=False)
