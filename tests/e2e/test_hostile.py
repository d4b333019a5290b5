"""Hostile content and URLs: every broken pack, packs built to hurt (huge,
deep, invalid encodings, markup and script in every field), and hostile URL
parameters. Each gets a clear message or renders safely as text, the page
stays usable, no content string ever reaches the DOM as HTML, and nothing
trips the Content-Security-Policy."""

import pathlib
import urllib.parse

import pytest
from selenium.webdriver.support.ui import WebDriverWait

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "packs"
BROKEN = sorted(path.stem for path in (FIXTURES / "broken").glob("*.json"))

# (query, what the page must show: "errors" or "reader", a text it must contain)
MADE = [
    ("?pack=hostile/nested.json", "errors", "recursion limit exceeded"),
    ("?pack=hostile/too-large.json", "errors", "the reader opens packs of up to 5120 KB"),
    ("?pack=hostile/invalid-utf8.json", "reader", ""),
    ("?pack=hostile/lone-surrogate.json", "errors", "hex escape"),
    # The browser's text decoder drops a UTF-8 byte order mark: the pack reads.
    ("?pack=hostile/bom.json", "reader", ""),
    ("?pack=hostile/empty.json", "errors", "EOF while parsing a value"),
    ("?pack=hostile/null.json", "errors", "a pack must be a JSON object"),
    ("?pack=hostile/html.json", "errors", "not valid JSON"),
    ("?pack=hostile/ten-thousand-entries.json", "errors", "never occurs in the English text"),
    ("?pack=hostile/megabyte-sentence.json", "reader", "Word Word"),
    ("?pack=hostile/bidi-and-invisible.json", "reader", "evil"),
    ("?pack=hostile/javascript-strings.json", "reader", "javascript:alert(1) <a href='javascript:alert(1)'>x</a>"),
    ("?pack=hostile/template-strings.json&lang=zh", "reader", "{{constructor.constructor('alert(1)')()}}"),
    ("?pack=fixtures/packs/good/huge-script-text.json", "reader", "<script>"),
    ("?pack=fixtures/web/hostile-markup.json", "reader", "<script>"),
    ("?pack=javascript:alert(document.domain)", "errors", "not javascript addresses"),
    ("?pack=" + urllib.parse.quote("data:application/json,{}"), "errors", "not data addresses"),
    ("?pack=//evil.example/pack.json", "errors", "packs from http://evil.example are not loaded"),
    ("?pack=" + "a" * 10_000, "errors", "the server answered 404"),
    # The URL parser strips control characters, leaving the page itself,
    # which is not JSON.
    ("?pack=%00%0a", "errors", "not valid JSON"),
    ("?lang=<script>alert(1)</script>", "reader", ""),
    ("?lang=both#term=<img src=x onerror=alert(1)>", "reader", ""),
    ("?embed=1&host-origin=javascript:alert(1)", "reader", ""),
    ("#term=" + "x" * 5000, "reader", ""),
]

CASES = [(f"?pack=fixtures/packs/broken/{name}.json", "errors", f"broken/{name}") for name in BROKEN] + MADE


def test_the_suite_is_large_enough():
    assert len(CASES) >= 30, len(CASES)


@pytest.mark.parametrize(("query", "outcome", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_hostile_input_is_handled_safely(reader, query, outcome, expected):
    # Missing files and refused loads are logged by the browser; that is expected.
    reader.expect_console_error("Failed to load resource")
    reader.expect_console_error("hostile/")
    ready = ".content-errors .problem" if outcome == "errors" else "html[data-ready] #reader"
    reader.open(query, ready=ready, fresh=False)
    app_text = reader.one("#app").text
    if expected:
        assert expected in app_text, app_text[:500]
    # No content string became markup: the app renders none of these elements.
    injected = reader.js(
        "return document.querySelectorAll('#app script, #app img, #app iframe, #app object, #app embed,"
        " #app svg, #app a[href^=javascript], #app b, #app style, [onerror], [onload], [onmouseover]').length"
    )
    assert injected == 0
    assert reader.js("return window.tifaCspViolations") == []
    assert reader.driver.title != "owned"
    # The page stays usable.
    if outcome == "errors":
        reader.one(".back-link").click()
        reader.wait_until_ready()
        assert "区委外事工作委员会召开全体会议" in reader.one(".title").get_attribute("textContent")
    else:
        reader.choose_mode("en")
        WebDriverWait(reader.driver, 5).until(lambda _: reader.visible(".para[lang='en']"))
