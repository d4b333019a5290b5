"""The reader embedded in a portal on another origin: the postMessage API,
the frame fitting its content, and commands from origins it was not told
about being ignored."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def events(reader):
    return reader.js("return window.tifaEvents || []")


def wait_event(reader, predicate):
    WebDriverWait(reader.driver, 10).until(lambda _: any(predicate(e) for e in events(reader)))


def open_portal(reader, other_origin, extra=""):
    reader.set_viewport(1280, 900)
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
