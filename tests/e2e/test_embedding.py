"""The reader embedded in a portal on another origin: the postMessage API,
the frame fitting its content, and commands from origins it was not told
about being ignored; H5P's resizing protocol; the oEmbed file."""

import html.parser
import json
import os
import shutil
import subprocess
import sys
import urllib.parse

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from serving import DIST, H5P_RESIZER, ROOT


def events(reader):
    return reader.js("return window.tifaEvents || []")


def wait_event(reader, predicate):
    WebDriverWait(reader.driver, 10).until(lambda _: any(predicate(e) for e in events(reader)))


def open_portal(reader, other_origin, extra=""):
    reader.set_viewport(1280, 900)
    # A fresh reader in the frame: no mode remembered from an earlier test
    # (the frame's storage is the reader's origin's).
    reader.driver.get(reader.base_url)
    reader.js("localStorage.clear()")
    reader.driver.get(f"{other_origin}examples/portal.html?reader={reader.base_url}{extra}")
    wait_event(reader, lambda e: e["type"] == "tifa:ready")


def frame_mode(reader):
    frame = reader.one("#reader")
    reader.driver.switch_to.frame(frame)
    try:
        return reader.js("return document.documentElement.getAttribute('data-mode')")
    finally:
        reader.driver.switch_to.default_content()


def test_portal_receives_ready_and_resizes_the_frame_to_fit(reader, other_origin):
    open_portal(reader, other_origin)
    wait_event(reader, lambda e: e["type"] == "tifa:resize")
    WebDriverWait(reader.driver, 5).until(
        lambda _: abs(reader.one("#reader").rect["height"] - 2 - [e for e in events(reader) if e["type"] == "tifa:resize"][-1]["height"]) <= 1
    )
    assert [e for e in events(reader) if e["type"] == "tifa:mode"][-1]["lang"] == "both"
    # No term is open, so none is reported.
    assert [e for e in events(reader) if e["type"] == "tifa:term"] == []
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        assert reader.js("return document.documentElement.hasAttribute('data-embed')")
        # The frame is as tall as its content: nothing to scroll inside it.
        assert reader.js("return document.documentElement.scrollHeight - document.documentElement.clientHeight") <= 1
        assert reader.visible(".brand") == []
    finally:
        reader.driver.switch_to.default_content()
    reader.screenshot("portal-1280", full_page=False)


def test_the_host_sets_the_mode_and_opens_terms(reader, other_origin):
    open_portal(reader, other_origin)
    reader.one("button[data-mode='zh']").click()
    wait_event(reader, lambda e: e["type"] == "tifa:mode" and e["lang"] == "zh")
    assert frame_mode(reader) == "zh"
    reader.one("#open-term").click()
    wait_event(reader, lambda e: e["type"] == "tifa:term" and e["id"] == "two-upholds")
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#term-popup-title").text == "两个维护")
    finally:
        reader.driver.switch_to.default_content()
    # Focus stays in the portal: a host's command does not move it.
    assert reader.driver.switch_to.active_element.get_attribute("id") == "open-term"


def test_a_term_opened_in_the_reader_is_reported(reader, other_origin):
    open_portal(reader, other_origin, "&pack=" + reader.base_url + "assets/packs/binhai-foreign-affairs-2020.json")
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        # The frame shows the requested pack once it is ready again.
        reader.wait_until_ready()
        # A term in the headline: near the top, so that no driver has to
        # scroll the portal to reach it (WebKitGTK's driver misplaces clicks
        # deep inside a frame taller than its window).
        term = reader.visible(".title .term")[0]
        term_id = term.get_attribute("data-term")
        term.click()
    finally:
        reader.driver.switch_to.default_content()
    wait_event(reader, lambda e: e["type"] == "tifa:term" and e["id"] == term_id)
    # Closing the pop-up is reported too.
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        reader.one(".popup-close").click()
    finally:
        reader.driver.switch_to.default_content()
    wait_event(reader, lambda e: e["type"] == "tifa:term" and e["id"] is None)
    assert [e["id"] for e in events(reader) if e["type"] == "tifa:term"] == [term_id, None]


def test_messages_from_an_origin_not_named_are_ignored(reader, other_origin):
    open_portal(reader, other_origin)
    # Point the frame at a reader told that its host is some other origin.
    reader.js(
        "const f = document.getElementById('reader'); const u = new URL(f.src);"
        "u.searchParams.set('host-origin', 'http://127.0.0.1:9'); f.src = u.href;"
    )
    reader.driver.switch_to.frame(reader.one("#reader"))
    WebDriverWait(reader.driver, 10).until(lambda _: reader.all("html[data-ready] #reader"))
    reader.driver.switch_to.default_content()
    reader.one("button[data-mode='en']").click()
    reader.one("#open-term").click()
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        # Give a message every chance to arrive, then check it changed nothing.
        reader.driver.execute_async_script("setTimeout(arguments[0], 500)")
        assert reader.js("return document.documentElement.getAttribute('data-mode')") == "both"
        assert not reader.js("return document.getElementById('term-popup').matches(':popover-open')")
    finally:
        reader.driver.switch_to.default_content()


def test_the_host_restyles_the_reader_through_theme_variables_only(reader, other_origin):
    open_portal(reader, other_origin)
    reader.js(
        "const f = document.getElementById('reader');"
        "f.contentWindow.postMessage({type: 'tifa:set-theme', variables: {"
        "'--tifa-paper': '#e8f1ff', '--tifa-accent': 'rgb(20 60 140)',"
        "'--tifa-ink': 'url(https://evil.example/x)', 'color': 'red', '--tifa-rule': '#000; background: red'"
        "}}, new URL(f.src).origin);"
    )
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        WebDriverWait(reader.driver, 5).until(
            lambda _: reader.js("return getComputedStyle(document.documentElement).backgroundColor") == "rgb(232, 241, 255)"
        )
        style = reader.js("const s = document.documentElement.style; return [s.getPropertyValue('--tifa-accent'), s.getPropertyValue('--tifa-ink'), s.getPropertyValue('--tifa-rule'), s.color]")
        assert style == ["rgb(20 60 140)", "", "", ""]
    finally:
        reader.driver.switch_to.default_content()


def shown_tool_buttons(reader):
    return [b.get_attribute("class").split()[1] for b in reader.all(".tool-button") if b.is_displayed()]


def test_the_host_chooses_the_tools_by_query_and_by_message(reader, other_origin):
    # ?tools= in the frame's address: only the settings, before the app starts.
    open_portal(reader, other_origin, "&tools=settings")
    frame = reader.one("#reader")
    assert "tools=settings" in frame.get_attribute("src")
    reader.driver.switch_to.frame(frame)
    try:
        assert reader.js("return document.documentElement.getAttribute('data-tools')") == "settings"
        assert shown_tool_buttons(reader) == ["settings-button"]
    finally:
        reader.driver.switch_to.default_content()
    # tifa:set-tools from the host: unknown names are left out, and an
    # empty list hides every tool.
    for tools, shown in (("share,print,<b>", ["share-button"]), ("", []), ("share settings", ["share-button", "settings-button"])):
        reader.js(
            "const f = document.getElementById('reader');"
            "f.contentWindow.postMessage({type: 'tifa:set-tools', tools: arguments[0]}, new URL(f.src).origin);",
            tools,
        )
        reader.driver.switch_to.frame(reader.one("#reader"))
        try:
            WebDriverWait(reader.driver, 5).until(lambda _: shown_tool_buttons(reader) == shown)
        finally:
            reader.driver.switch_to.default_content()


# H5P's resizing protocol: a page that loads H5P's h5p-resizer.js (as Moodle
# does) fits the frame to the reader with no code of its own. H5P's script is
# in no package registry this project reaches (it lives in h5p-php-library,
# GPL-3.0), so the default run uses a stand-in written from it
# (tests/fixtures/web/h5p-resizer-stand-in.js); TIFA_H5P_RESIZER=path/to/h5p-resizer.js
# runs the same test with H5P's own script.
RESIZERS = [
    pytest.param("/fixtures/web/h5p-resizer-stand-in.js", id="stand-in"),
    pytest.param(
        f"/vendor/h5p/{H5P_RESIZER.name}" if H5P_RESIZER else None,
        id="h5p-resizer.js",
        marks=pytest.mark.skipif(H5P_RESIZER is None, reason="TIFA_H5P_RESIZER names no copy of H5P's h5p-resizer.js"),
    ),
]


def heights(reader):
    """The frame's height inside its border, the reader's, and how far the
    reader could scroll inside the frame (CSS px)."""
    outer = reader.js("return document.getElementById('reader').clientHeight")
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        inner = reader.js("return [Math.ceil(document.body.getBoundingClientRect().height), document.documentElement.scrollHeight - document.documentElement.clientHeight]")
    finally:
        reader.driver.switch_to.default_content()
    return {"frame": outer, "reader": inner[0], "scrollable": inner[1]}


def frame_fits(reader):
    seen = heights(reader)
    return abs(seen["frame"] - seen["reader"]) <= 1 and seen["scrollable"] <= 1


def wait_fits(reader, also=lambda: True, what="the frame fits the reader"):
    try:
        WebDriverWait(reader.driver, 10).until(lambda _: also() and frame_fits(reader))
    except TimeoutException:
        raise AssertionError(f"{what}: not within 10 s: {heights(reader)}") from None


@pytest.mark.parametrize("resizer", RESIZERS)
def test_a_page_with_h5ps_resizer_fits_the_frame_to_the_reader(reader, other_origin, resizer):
    reader.set_viewport(1280, 900)
    query = urllib.parse.urlencode({"reader": reader.base_url + "?embed=1&lang=both", "resizer": resizer})
    reader.driver.get(f"{other_origin}fixtures/web/h5p-host.html?{query}")
    reader.driver.switch_to.frame(reader.one("#reader"))
    reader.wait_until_ready()
    reader.driver.switch_to.default_content()
    # From 150 px to the reader's whole height: the page has no scroll bar inside the frame.
    wait_fits(reader, lambda: reader.one("#reader").rect["height"] > 1000, "the frame grows to the reader")
    # The resizer makes the frame as wide as its column.
    assert reader.js("return document.getElementById('reader').style.width") == "100%"
    reader.screenshot(f"h5p-resizer-{resizer.rsplit('/', 1)[-1].removesuffix('.js')}", full_page=False)
    # A narrower window makes the text taller (side by side becomes
    # interleaved): the host says so, the frame follows.
    before = reader.one("#reader").rect["height"]
    reader.set_viewport(600, 900)
    wait_fits(reader, lambda: reader.one("#reader").rect["height"] > before + 50, "the frame follows a narrower window")
    # The reader's own messages still go out beside H5P's.
    reader.driver.switch_to.frame(reader.one("#reader"))
    try:
        reader.choose_mode("zh")
    finally:
        reader.driver.switch_to.default_content()
    wait_fits(reader, what="the frame follows the mode")


def test_the_oembed_file_describes_an_iframe_of_the_embedded_reader():
    oembed = json.loads((DIST / "oembed.json").read_text("utf-8"))
    titles = json.loads((ROOT / "assets" / "packs" / "binhai-foreign-affairs-2020.json").read_text("utf-8"))["article"]["meta"]["title"]
    assert oembed["version"] == "1.0" and oembed["type"] == "rich"
    assert oembed["title"] == f"{titles['en']} · {titles['zh']}"
    assert isinstance(oembed["width"], int) and isinstance(oembed["height"], int)
    frames = iframes(oembed["html"])
    assert len(frames) == 1
    frame = frames[0]
    assert frame["src"] == "./?embed=1"
    assert frame["title"] == oembed["title"]
    assert (int(frame["width"]), int(frame["height"])) == (oembed["width"], oembed["height"])
    # The page names it for discovery, relative to the page by default.
    links = [a for tag, a in tags((DIST / "index.html").read_text("utf-8")) if tag == "link" and a.get("type") == "application/json+oembed"]
    assert [(a["rel"], a["href"]) for a in links] == [("alternate", "oembed.json")]


def test_the_oembed_urls_are_absolute_when_the_host_is_set(tmp_path):
    shutil.copy(DIST / "index.html", tmp_path / "index.html")
    env = {**os.environ, "TIFA_PUBLIC_URL": "https://courses.example/reader"}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "oembed.py"), str(tmp_path)], check=True, env=env)
    oembed = json.loads((tmp_path / "oembed.json").read_text("utf-8"))
    assert iframes(oembed["html"])[0]["src"] == "https://courses.example/reader/?embed=1"
    assert oembed["provider_url"] == "https://courses.example/reader/"
    links = [a for tag, a in tags((tmp_path / "index.html").read_text("utf-8")) if tag == "link" and a.get("type") == "application/json+oembed"]
    assert [a["href"] for a in links] == ["https://courses.example/reader/oembed.json"]
    bad = subprocess.run([sys.executable, str(ROOT / "scripts" / "oembed.py"), str(tmp_path)], env={**env, "TIFA_PUBLIC_URL": "javascript:alert(1)"}, capture_output=True, text=True)
    assert bad.returncode != 0 and "http(s)" in bad.stderr


def test_the_oembed_file_is_served_and_its_frame_shows_the_embedded_reader(reader):
    reader.open()
    href = reader.js("return document.querySelector('link[type=\"application/json+oembed\"]').href")
    oembed = reader.js("return fetch(arguments[0]).then(r => r.json())", href)
    # Relative by default: to the address the file was found at.
    src = urllib.parse.urljoin(href, iframes(oembed["html"])[0]["src"])
    assert src == reader.base_url + "?embed=1"
    reader.driver.get(src)
    reader.wait_until_ready()
    assert reader.js("return document.documentElement.hasAttribute('data-embed')")


def tags(text):
    """(tag, attributes) for every start tag in `text`."""
    found = []

    class Collect(html.parser.HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    Collect().feed(text)
    return found


def iframes(text):
    return [attrs for tag, attrs in tags(text) if tag == "iframe"]
