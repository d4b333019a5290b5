"""Read aloud: the toolbar's Listen panel reads a sentence and its twin, a
paragraph or on to the end, in Chinese, English or both, at the chosen
speed and with a voice for each language; the sentence being read is
marked; Escape or Stop ends it; a pop-up reads its term. Where the device
has no voice for a language (or the browser no speech at all), the panel
and the bar say so.

The engines run headless with no voices, so each test puts a recording
`speechSynthesis` (the Web Speech API's shape: getVoices, speak, cancel,
utterances with onstart/onend/onerror) in the page before the tool loads:
the tests check what the reader asks the platform to say, not the sound."""

import json
import pathlib

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from test_glossary import axe_violations

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACK = json.loads((ROOT / "assets" / "packs" / "binhai-foreign-affairs-2020.json").read_text("utf-8"))
FIRST = PACK["article"]["paragraphs"][0]["sentences"]
ENTRIES = {entry["id"]: entry for entry in PACK["glossary"]}

VOICES = [
    {"name": "Sin-ji", "lang": "zh-HK", "voiceURI": "sinji", "default": False},
    {"name": "Daniel", "lang": "en-GB", "voiceURI": "daniel", "default": True},
    {"name": "Ting-Ting", "lang": "zh-CN", "voiceURI": "tingting", "default": False},
    {"name": "Mei-Jia", "lang": "zh-TW", "voiceURI": "meijia", "default": False},
    {"name": "Samantha", "lang": "en-US", "voiceURI": "samantha", "default": False},
]

# A speechSynthesis that records each utterance and says it only when the
# test calls finishSpeech() (or at once with `auto`): the order of events of
# the real one (start, then end; cancel ends the current one with an
# "interrupted" error).
FAKE = """
const [voices, auto] = arguments;
window.spoken = [];
window.cancelled = 0;
let current = null;
const synth = {
  getVoices: () => voices,
  addEventListener() {},
  speak(utterance) {
    window.spoken.push({text: utterance.text, lang: utterance.lang,
      voice: utterance.voice ? utterance.voice.name : null, rate: utterance.rate});
    current = utterance;
    setTimeout(() => { utterance.onstart && utterance.onstart({}); if (auto) window.finishSpeech(); }, 10);
  },
  cancel() {
    window.cancelled++;
    const was = current; current = null;
    if (was && was.onerror) was.onerror({error: 'interrupted'});
  },
};
window.finishSpeech = () => { const was = current; current = null; if (was && was.onend) was.onend({}); };
Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
window.SpeechSynthesisUtterance = function (text) { this.text = text; this.rate = 1; };
"""


def fake_speech(reader, voices=VOICES, auto=False):
    reader.js(FAKE, voices, auto)


def spoken(reader):
    return reader.js("return window.spoken")


def wait_spoken(reader, count):
    WebDriverWait(reader.driver, 5).until(lambda _: len(spoken(reader)) >= count)
    return spoken(reader)


def sentence(reader, lang, sid):
    return reader.one(f'.para[data-lang="{lang}"] .sentence[data-sid="{sid}"]')


def tap_end_of(reader, element):
    """Clicks the sentence's last character (its full stop, not a term)."""
    x, y = reader.js(
        "arguments[0].scrollIntoView({block: 'center'});"
        "const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT); let last = null;"
        "while (walker.nextNode()) if (walker.currentNode.textContent.trim()) last = walker.currentNode;"
        "const range = document.createRange(); range.setStart(last, last.length - 1); range.setEnd(last, last.length);"
        # WebDriver's offsets are from the centre of the element's first box.
        "const box = range.getBoundingClientRect(), whole = arguments[0].getClientRects()[0];"
        "return [box.left + box.width / 2 - (whole.left + whole.width / 2), box.top + box.height / 2 - (whole.top + whole.height / 2)];",
        element,
    )
    ActionChains(reader.driver).move_to_element_with_offset(element, int(x), int(y)).click().perform()


def open_listen(reader):
    reader.press(reader.one(".listen-button"))
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return window.tifaSpeech !== undefined && document.getElementById('listen-dialog').matches(':popover-open')"))
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return document.activeElement.closest('#listen-dialog') !== null"))


def choose(reader, name, value):
    reader.click(reader.one(f'#listen-dialog input[name="tifa-listen-{name}"][value="{value}"]'))


def speaking(reader):
    return reader.js(
        "return [...document.querySelectorAll('.is-speaking, .is-speaking-twin')].map(e =>"
        " [e.closest('.para').dataset.lang, e.dataset.sid, e.classList.contains('is-speaking') ? 'read' : 'twin'])"
    )


def bar(reader):
    return reader.js(
        "const bar = document.getElementById('listen-bar');"
        "return bar.hidden ? null : [document.getElementById('listen-bar-text').textContent, document.getElementById('listen-stop').textContent]"
    )


def test_a_sentence_is_read_with_its_twin_and_each_is_marked_as_it_is_read(reader):
    reader.open("?lang=both")
    fake_speech(reader)
    tap_end_of(reader, sentence(reader, "zh", "p1.s2"))
    open_listen(reader)
    assert reader.one("#listen-from").text.startswith(FIRST[1]["zh"][:10])
    # Side by side reads each Chinese sentence, then its English.
    assert reader.js("return document.querySelector('input[name=tifa-listen-language]:checked').value") == "both"
    # The voices: Mandarin of the mainland first, never Cantonese.
    assert reader.js("return [...document.querySelectorAll('#listen-voice-zh option')].map(o => o.textContent)") == [
        "Ting-Ting (zh-CN)", "Mei-Jia (zh-TW)"]
    assert reader.js("return document.getElementById('listen-voice-en').value") == "daniel"
    reader.screenshot("listen-panel", full_page=False)
    reader.click(reader.one("#listen-play"))
    said = wait_spoken(reader, 1)
    assert said[0] == {"text": FIRST[1]["zh"], "lang": "zh-CN", "voice": "Ting-Ting", "rate": 1}
    assert not reader.js("return document.getElementById('listen-dialog').matches(':popover-open')")
    WebDriverWait(reader.driver, 5).until(lambda _: speaking(reader) == [["zh", "p1.s2", "read"], ["en", "p1.s2", "twin"]])
    assert bar(reader) == ["Reading aloud: Escape or Stop ends it.", "Stop"]
    reader.screenshot("listen-reading", full_page=False)
    reader.js("window.finishSpeech()")
    said = wait_spoken(reader, 2)
    assert said[1] == {"text": FIRST[1]["en"], "lang": "en-GB", "voice": "Daniel", "rate": 1}
    WebDriverWait(reader.driver, 5).until(lambda _: speaking(reader) == [["zh", "p1.s2", "twin"], ["en", "p1.s2", "read"]])
    reader.js("window.finishSpeech()")
    WebDriverWait(reader.driver, 5).until(lambda _: bar(reader) is None)
    assert speaking(reader) == []
    assert len(spoken(reader)) == 2
    assert reader.one("#listen-status").get_attribute("textContent") == "Finished reading."


def test_a_paragraph_in_chinese_at_the_chosen_speed_and_escape_stops_it(reader):
    reader.open("?lang=zh")
    fake_speech(reader)
    open_listen(reader)
    # Nothing chosen yet: from the beginning, in Chinese (the mode's), and
    # the panel speaks Chinese.
    assert reader.one("#listen-from").text.startswith(FIRST[0]["zh"][:10])
    assert reader.one("#listen-title").text == "朗读"
    assert reader.js("return document.querySelector('input[name=tifa-listen-language]:checked').value") == "zh"
    choose(reader, "scope", "paragraph")
    rate = reader.one("#listen-rate")
    rate.send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#listen-rate-shown").text == "1.2×")
    reader.click(reader.one("#listen-play"))
    said = wait_spoken(reader, 1)
    assert said[0]["text"] == FIRST[0]["zh"] and said[0]["rate"] == pytest.approx(1.2)
    reader.js("window.finishSpeech()")
    said = wait_spoken(reader, 2)
    assert said[1]["text"] == FIRST[1]["zh"] and said[1]["lang"] == "zh-CN"
    WebDriverWait(reader.driver, 5).until(lambda _: speaking(reader) == [["zh", "p1.s2", "read"], ["en", "p1.s2", "twin"]])
    ActionChains(reader.driver).send_keys(Keys.ESCAPE).perform()
    WebDriverWait(reader.driver, 5).until(lambda _: bar(reader) is None)
    assert speaking(reader) == []
    assert reader.js("return window.cancelled") >= 1
    assert reader.one("#listen-status").get_attribute("textContent") == "已停止朗读。"
    # Stopped means stopped: the paragraph's third sentence is never asked for.
    reader.js("window.finishSpeech()")
    assert len(spoken(reader)) == 2
    # The speed is kept for the next visit.
    assert json.loads(reader.js("return localStorage.getItem('tifa.speech')"))["rate"] == pytest.approx(1.2)


def test_on_to_the_end_reads_every_sentence_after_the_chosen_one(reader):
    reader.open("?lang=en")
    fake_speech(reader, auto=True)
    last_paragraph = PACK["article"]["paragraphs"][-1]["sentences"]
    tap_end_of(reader, sentence(reader, "en", last_paragraph[0]["id"]))
    open_listen(reader)
    assert reader.js("return document.querySelector('input[name=tifa-listen-language]:checked').value") == "en"
    choose(reader, "scope", "rest")
    reader.click(reader.one("#listen-play"))
    WebDriverWait(reader.driver, 5).until(lambda _: bar(reader) is None)
    assert [said["text"] for said in spoken(reader)] == [pair["en"] for pair in last_paragraph]


def test_a_pop_up_reads_its_term_in_chinese_and_in_english(reader):
    reader.open("?lang=both")
    fake_speech(reader, auto=True)
    term = reader.one('.para[data-lang="zh"] .term')
    entry = ENTRIES[term.get_attribute("data-term")]
    reader.click(term)
    WebDriverWait(reader.driver, 5).until(lambda _: reader.visible("#term-popup .popup-listen"))
    buttons = reader.all("#term-popup .popup-listen")
    assert [b.text for b in buttons] == ["▶ Listen: Chinese", "▶ Listen: English"]
    reader.screenshot("listen-popup", full_page=False)
    reader.press(buttons[0])
    wait_spoken(reader, 1)
    reader.press(reader.one('#term-popup .popup-listen[data-say="en"]'))
    said = wait_spoken(reader, 2)
    assert [(s["text"], s["voice"]) for s in said] == [(entry["zh"], "Ting-Ting"), (entry["official"], "Daniel")]
    # The pop-up stays open while it reads.
    assert reader.visible("#term-popup .popup-zh")


def test_where_there_is_no_chinese_voice_the_panel_and_the_bar_say_so(reader):
    reader.open("?lang=both")
    fake_speech(reader, voices=[v for v in VOICES if v["lang"].startswith("en")], auto=True)
    open_listen(reader)
    assert reader.one("#listen-voices").text == "No Chinese voice on this device: your system's speech settings can add one."
    assert not reader.one("#listen-voice-zh").is_enabled()
    reader.screenshot("listen-no-voice", full_page=False)
    choose(reader, "language", "zh")
    reader.click(reader.one("#listen-play"))
    WebDriverWait(reader.driver, 5).until(lambda _: bar(reader) is not None)
    assert bar(reader) == ["No Chinese voice on this device: your system's speech settings can add one.", "OK"]
    assert spoken(reader) == []
    reader.click(reader.one("#listen-stop"))
    assert bar(reader) is None
    # Both languages: the English is read, and the bar says why only it.
    open_listen(reader)
    choose(reader, "language", "both")
    reader.click(reader.one("#listen-play"))
    WebDriverWait(reader.driver, 5).until(lambda _: len(spoken(reader)) == 1)
    assert spoken(reader)[0]["text"] == FIRST[0]["en"]
    # A pop-up's Chinese button says so too.
    reader.click(reader.one('.para[data-lang="en"] .term'))
    reader.press(reader.one('#term-popup .popup-listen[data-say="zh"]'))
    WebDriverWait(reader.driver, 5).until(lambda _: bar(reader) and bar(reader)[1] == "OK")
    assert bar(reader)[0].startswith("No Chinese voice")


def test_a_browser_without_speech_says_so(reader):
    reader.open("?lang=en")
    reader.js("Object.defineProperty(window, 'speechSynthesis', {value: undefined, configurable: true})")
    open_listen(reader)
    assert reader.one("#listen-voices").text == "This browser cannot read aloud."
    reader.click(reader.one("#listen-play"))
    WebDriverWait(reader.driver, 5).until(lambda _: bar(reader) is not None)
    assert bar(reader) == ["This browser cannot read aloud.", "OK"]
    assert reader.js("return window.tifaErrors") == []


def test_a_portal_can_leave_listening_out(reader):
    reader.open("?lang=both&tools=settings")
    assert reader.visible(".listen-button") == []
    reader.click(reader.one('.para[data-lang="zh"] .term'))
    WebDriverWait(reader.driver, 5).until(lambda _: reader.visible("#term-popup .popup-zh"))
    assert reader.visible("#term-popup .popup-listen") == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_accessibility_violations_with_the_panel_open_and_while_reading(reader, theme):
    reader.open("?lang=both")
    reader.js(f"document.documentElement.setAttribute('data-theme', '{theme}')")
    fake_speech(reader)
    open_listen(reader)
    assert axe_violations(reader) == []
    reader.click(reader.one("#listen-play"))
    wait_spoken(reader, 1)
    WebDriverWait(reader.driver, 5).until(lambda _: speaking(reader))
    assert axe_violations(reader) == []


def test_on_a_phone_the_panel_fits_and_stop_is_a_tap_away(reader):
    reader.open_phone("?lang=zh")
    fake_speech(reader)
    open_listen(reader)
    width = reader.js("const box = document.getElementById('listen-dialog').getBoundingClientRect(); return [box.left, box.right, innerWidth]")
    assert width[0] >= 0 and width[1] <= width[2], width
    reader.screenshot("listen-panel-phone", full_page=False)
    reader.click(reader.one("#listen-play"))
    wait_spoken(reader, 1)
    WebDriverWait(reader.driver, 5).until(lambda _: speaking(reader))
    box = reader.js("const box = document.getElementById('listen-stop').getBoundingClientRect(); return [box.width, box.height, box.right, innerWidth]")
    assert box[0] >= 44 and box[1] >= 44 and box[2] <= box[3], box
    reader.screenshot("listen-reading-phone", full_page=False)
    reader.click(reader.one("#listen-stop"))
    WebDriverWait(reader.driver, 5).until(lambda _: bar(reader) is None)
    assert speaking(reader) == []
