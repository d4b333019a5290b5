"""The "Share" control: an iframe snippet and a plain link for the
pack, mode and term on screen, each with a copy button; by mouse and by
keyboard, in the interface language, on a phone, and accessible."""

import urllib.parse

from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from test_embedding import tags
from test_glossary import axe_violations

SAMPLE = "assets/packs/sample-every-field.json"


def wait_focus_in_dialog(reader):
    """The dialog opens, then takes focus on its `toggle` event, which the
    browser fires in a task of its own after the popover shows."""
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return document.getElementById('share-dialog').matches(':popover-open')"))
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return document.activeElement.closest('#share-dialog') !== null"))


def open_share(reader):
    reader.click(reader.one(".share-button"))
    wait_focus_in_dialog(reader)


def fields(reader):
    return reader.js("return [document.getElementById('share-snippet').value, document.getElementById('share-link').value]")


def snippet_frame(snippet):
    """The snippet parsed as a portal's page would parse it: its one iframe."""
    found = tags(snippet)
    assert [tag for tag, _ in found] == ["iframe"]
    return found[0][1]


def test_the_snippet_and_link_carry_the_pack_mode_and_open_term(reader):
    reader.open(f"?lang=zh&pack={SAMPLE}")
    term = reader.visible(".article .term")[0]
    term_id = term.get_attribute("data-term")
    reader.click(term)
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return document.getElementById('term-popup').matches(':popover-open')"))
    # Opening the dialog closes the pop-up, but the snippet is for what was on screen.
    open_share(reader)
    snippet, link = fields(reader)
    frame = snippet_frame(snippet)
    src = urllib.parse.urlsplit(frame["src"])
    assert f"{src.scheme}://{src.netloc}{src.path}" == reader.base_url
    assert urllib.parse.parse_qsl(src.query) == [("embed", "1"), ("pack", SAMPLE), ("lang", "zh")]
    assert src.fragment == f"term={term_id}"
    assert frame["title"] == reader.js("return document.title")
    assert (frame["width"], frame["height"]) == ("100%", "600")
    # The link is the page without embedding: the same pack, mode and term.
    assert link == f"{reader.base_url}?pack={urllib.parse.quote(SAMPLE, safe='')}&lang=zh#term={term_id}"
    # In 中文 mode the dialog speaks Chinese, and says so.
    assert reader.one("#share-dialog").get_attribute("lang") == "zh-Hans"
    assert reader.one("#share-title").text == "分享或嵌入本阅读器"
    assert reader.one(".share-button").get_attribute("lang") == "zh-Hans"
    reader.screenshot("share-dialog-zh", full_page=False)
    # The snippet opens the embedded reader on the same pack, mode and term.
    reader.driver.get(frame["src"])
    reader.wait_until_ready()
    assert reader.js("return document.documentElement.hasAttribute('data-embed')")
    assert reader.mode == "zh"
    WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#term-popup").is_displayed())
    assert reader.one(".term[aria-expanded='true']").get_attribute("data-term") == term_id


def test_copy_buttons_copy_or_leave_the_text_selected(reader):
    reader.open("?lang=en")
    if reader.driver.engine == "chromium":
        reader.driver.execute_cdp_cmd(
            "Browser.grantPermissions", {"origin": reader.base_url.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]}
        )
    open_share(reader)
    snippet, link = fields(reader)
    assert "lang=en" in link and "#" not in link
    for button, text in (("[data-copy='share-snippet']", snippet), ("[data-copy='share-link']", link)):
        reader.one(button).click()
        WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#share-status").text)
        if reader.one("#share-status").text == "Copied.":
            if reader.driver.engine == "chromium":
                assert reader.driver.execute_async_script("navigator.clipboard.readText().then(arguments[0])") == text
        else:
            # No clipboard: the text is selected in its focused field.
            field = reader.one("#" + reader.one(button).get_attribute("data-copy"))
            assert reader.driver.switch_to.active_element == field
            assert reader.js("const f = arguments[0]; return f.value.slice(f.selectionStart, f.selectionEnd)", field) == text
    if reader.driver.engine == "chromium":
        assert reader.one("#share-status").text == "Copied."


def test_the_dialog_by_keyboard(reader):
    reader.open("?lang=both")
    button = reader.one(".share-button")
    reader.js("arguments[0].focus()", button)
    button.send_keys(Keys.ENTER)
    wait_focus_in_dialog(reader)
    # Focus goes into the dialog, to the snippet; Tab reaches its buttons.
    assert reader.driver.switch_to.active_element.get_attribute("id") == "share-snippet"
    reader.driver.switch_to.active_element.send_keys(Keys.TAB)
    assert reader.driver.switch_to.active_element.get_attribute("data-copy") == "share-snippet"
    assert reader.one("#share-title").text == "Share or embed this reader"
    assert reader.one("#share-dialog").get_attribute("lang") == "en"
    # Escape closes it and gives focus back to the button.
    reader.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    WebDriverWait(reader.driver, 5).until(lambda _: not reader.js("return document.getElementById('share-dialog').matches(':popover-open')"))
    assert reader.driver.switch_to.active_element == button
    # The close button closes it too.
    open_share(reader)
    reader.one(".panel-close").click()
    WebDriverWait(reader.driver, 5).until(lambda _: not reader.js("return document.getElementById('share-dialog').matches(':popover-open')"))


def test_the_dialog_passes_axe(reader):
    reader.open("?lang=zh")
    open_share(reader)
    assert axe_violations(reader) == []
    reader.open("?lang=both")
    open_share(reader)
    assert axe_violations(reader) == []


def test_the_dialog_fits_a_phone(reader):
    reader.open_phone("?lang=both")
    open_share(reader)
    box = reader.js("const r = document.getElementById('share-dialog').getBoundingClientRect(); return [r.left, r.right, r.bottom, innerWidth, innerHeight]")
    assert box[0] >= 0 and box[1] <= box[3] and box[3] == 375
    assert box[2] <= box[4]
    assert reader.js("return document.documentElement.scrollWidth") <= 375
    reader.screenshot("share-dialog-375")
