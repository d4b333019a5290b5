"""The authoring page as a teacher uses it: paste (or open) a real official
text and its official English, align, fix a pair with the keyboard and with
the mouse, review a term, preview in the reader, download the pack and open
the download in the reader; keyboard only, axe, and offline once loaded."""

import json
import pathlib

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import Reader
from serving import DOWNLOADS, ROOT, serve
from test_glossary import axe_violations

FIXTURE = ROOT / "tests" / "fixtures" / "bitexts" / "mfa-press-conference-2023-07-17"
ZH = (FIXTURE / "zh.txt").read_text("utf-8")
GOLD_PAIRS = len(json.loads((FIXTURE / "alignment.json").read_text("utf-8"))["pairs"])
READY = "html[data-ready] #author"


@pytest.fixture
def author(reader):
    """The reader fixture's helpers, on the authoring page; afterwards no
    service worker is left to control the reader's later tests."""
    yield reader
    reader.driver.switch_to.default_content()
    forget_service_workers(reader.driver)


def forget_service_workers(driver):
    """Unregisters the page origin's service workers and empties its caches."""
    driver.execute_async_script(
        "const done = arguments[0];"
        "if (!navigator.serviceWorker) return done();"
        "navigator.serviceWorker.getRegistrations()"
        ".then(rs => Promise.all(rs.map(r => r.unregister())))"
        ".then(() => caches.keys()).then(ks => Promise.all(ks.map(k => caches.delete(k)))).then(() => done(), () => done())"
    )


def open_author(page, keep=False):
    page.set_viewport(1280, 900)
    if not keep:
        # A fresh page: no texts kept from an earlier test (cleared from
        # another page of the site, so that no running app writes them back).
        page.driver.get(page.base_url + "static.html")
        page.js("localStorage.removeItem('tifa.author.texts')")
    page.driver.get(page.base_url + "author.html")
    page.wait_until_ready(READY)
    WebDriverWait(page.driver, 30).until(lambda _: "Term base loaded" in page.one(".termbase-note").text)


def paste(page, css, text):
    """Puts text into a field as a paste does: the value, then an input event."""
    field = page.one(css)
    page.js(
        "arguments[0].focus(); arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}))",
        field,
        text,
    )


def fill_in_and_align(page):
    paste(page, "#text-zh", ZH)
    # The English comes from a file, through the page's own file picker.
    page.one("#file-en").send_keys(str(FIXTURE / "en.txt"))
    WebDriverWait(page.driver, 10).until(lambda _: page.one("#text-en").get_attribute("value").startswith("Foreign Ministry Spokesperson"))
    page.one("#source-zh").send_keys("中华人民共和国外交部")
    page.one("#source-en").send_keys("Ministry of Foreign Affairs of the People's Republic of China")
    paste(page, "#published", "2023-07-17")
    page.click(page.one("#excerpt"))
    page.click(page.one("#align"))
    WebDriverWait(page.driver, 10).until(lambda _: page.all("#pairs .pair"))


def pair_texts(page):
    return [(row.find_element(By.CSS_SELECTOR, ".pair-zh").text, row.find_element(By.CSS_SELECTOR, ".pair-en").text) for row in page.all("#pairs .pair")]


def verdict(page):
    return page.one("#verdict").text


def test_paste_align_fix_preview_download_and_read(author, tmp_path):
    open_author(author)
    fill_in_and_align(author)
    aligned = pair_texts(author)
    assert len(aligned) == GOLD_PAIRS, aligned
    assert verdict(author).startswith("The pack is valid")
    author.screenshot("author-aligned")

    # The keyboard: choose the second pair, let its Chinese slip down a row,
    # see the warning in place, and pull it back.
    pairs = author.one("#pairs")
    pairs.send_keys(Keys.ARROW_DOWN)
    assert author.one("#pairs .pair.chosen").get_attribute("id") == "pair-1"
    pairs.send_keys("c")
    slipped = pair_texts(author)
    assert slipped[1][0] == "(no Chinese)" and slipped[2][0].startswith(aligned[1][0])
    warning = author.one("#pair-1 .pair-warnings").text
    assert "has no Chinese counterpart" in warning
    assert "problem" in verdict(author)
    author.screenshot("author-slipped")
    ActionChains(author.driver).key_down(Keys.SHIFT).send_keys("c").key_up(Keys.SHIFT).perform()
    assert pair_texts(author) == aligned
    assert verdict(author).startswith("The pack is valid")

    # The mouse: join two pairs, then split them again.
    author.click(author.one("#pair-2"))
    author.click(author.one("button[aria-keyshortcuts='J']"))
    assert len(pair_texts(author)) == GOLD_PAIRS - 1
    assert pair_texts(author)[2] == (aligned[2][0] + aligned[3][0], aligned[2][1] + " " + aligned[3][1])
    author.click(author.one("button[aria-keyshortcuts='S']"))
    assert pair_texts(author) == aligned

    # Review: leave one found term out, and the pack has one entry fewer.
    before = int(verdict(author).split(", ")[1].split()[0])
    first = author.one(".found-terms tbody input[type='checkbox']")
    author.click(first)
    assert int(verdict(author).split(", ")[1].split()[0]) == before - 1
    author.click(first)

    # The link for the same site.
    assert author.one("#pack-link").text == author.base_url + "index.html?pack=packs%2F" + "foreign-ministry-spokesperson-mao-ning-s-regular-press.json"

    # The preview is the real reader, in a frame.
    author.click(author.one("#preview"))
    frame = author.one("#preview-frame")
    author.js("arguments[0].scrollIntoView()", frame)
    author.driver.switch_to.frame(frame)
    author.wait_until_ready()
    assert "Mao Ning" in author.one(".title").text
    assert len(author.all("#reader .sentence")) == 2 * GOLD_PAIRS
    assert not author.all(".problem")
    author.driver.switch_to.default_content()
    author.screenshot("author-preview")

    # The download, as the browser would save it, then opened in the reader.
    link = author.one("#download")
    name = link.get_attribute("download")
    assert name == "foreign-ministry-spokesperson-mao-ning-s-regular-press.json"
    text = author.driver.execute_async_script(
        "const done = arguments[1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e))",
        link.get_attribute("href"),
    )
    pack = json.loads(text)
    assert pack["format"] == "tifa-pack" and pack["article"]["meta"]["published"] == "2023-07-17"
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    saved = DOWNLOADS / f"{author.driver.engine}-{name}"
    saved.write_text(text, "utf-8")
    author.open(f"?pack=downloads/{saved.name}")
    assert "Mao Ning" in author.one(".title").text
    assert not author.all(".problem")
    terms = author.all("#reader .term")
    assert terms, "the term base's terms are marked in the downloaded pack"


def test_keyboard_only_and_no_accessibility_violations(author):
    open_author(author)
    assert axe_violations(author) == []
    fill_in_and_align(author)
    # From the Align button, Tab reaches the toolbar and then the pairs.
    author.one("#align").send_keys(Keys.TAB)
    seen = []
    for _ in range(12):
        active = author.driver.switch_to.active_element
        seen.append(active.get_attribute("id") or active.tag_name)
        if active.get_attribute("id") == "pairs":
            break
        active.send_keys(Keys.TAB)
    assert seen[-1] == "pairs", seen
    active = author.driver.switch_to.active_element
    active.send_keys(Keys.END)
    assert author.one("#pairs").get_attribute("aria-activedescendant") == f"pair-{GOLD_PAIRS - 1}"
    active.send_keys(Keys.HOME)
    active.send_keys("j")
    assert len(pair_texts(author)) == GOLD_PAIRS - 1
    active.send_keys("s")
    assert len(pair_texts(author)) == GOLD_PAIRS
    assert axe_violations(author) == []


def test_the_texts_survive_a_reload(author):
    open_author(author)
    paste(author, "#text-zh", ZH)
    paste(author, "#text-en", "Title\n\nA sentence.")
    open_author(author, keep=True)
    assert author.one("#text-zh").get_attribute("value") == ZH
    assert author.one("#text-en").get_attribute("value") == "Title\n\nA sentence."
    assert "last visit" in author.one("#restored").text
    # Emptied texts stay empty.
    paste(author, "#text-zh", "")
    paste(author, "#text-en", "")
    open_author(author, keep=True)
    assert author.one("#text-zh").get_attribute("value") == ""
    assert not author.all("#restored")


def test_bad_input_says_what_to_write(author):
    open_author(author)
    paste(author, "#text-zh", "只有标题")
    author.click(author.one("#align"))
    problems = author.one(".problems").text
    assert "the Chinese text has no body" in problems and "the English text has no body" in problems
    # Hostile text is text: nothing it holds becomes markup.
    paste(author, "#text-zh", "标题\n\n<img src=x onerror=alert(1)>是一句话。")
    paste(author, "#text-en", "Title\n\n<script>alert(1)</script> is a sentence.")
    author.click(author.one("#align"))
    assert "<img src=x onerror=alert(1)>" in author.one("#pair-0 .pair-zh").text
    assert not author.all("#pairs img, #pairs script")


def test_the_page_works_offline_once_loaded(driver):
    """Its own site, so that its service worker controls nothing else."""
    httpd = serve(offline=True)
    page = Reader(driver, f"http://127.0.0.1:{httpd.server_address[1]}/")
    try:
        open_author(page)
        page.driver.execute_async_script(
            "const done = arguments[0];"
            "navigator.serviceWorker.ready.then(() => { if (navigator.serviceWorker.controller) done();"
            " else navigator.serviceWorker.addEventListener('controllerchange', () => done()); })"
        )
        # Everything the page and the preview need is in the cache.
        WebDriverWait(driver, 30).until(lambda _: page.js(
            "return caches.keys().then(names => names.find(n => n.startsWith('tifa-shell-')))"
            ".then(name => name ? caches.open(name).then(c => c.keys()).then(k => k.length) : 0)") > 20)
        httpd.shutdown()
        httpd.server_close()
        open_author(page, keep=True)
        fill_in_and_align(page)
        assert verdict(page).startswith("The pack is valid")
        page.click(page.one("#preview"))
        page.driver.switch_to.frame(page.one("#preview-frame"))
        page.wait_until_ready()
        assert "Mao Ning" in page.one(".title").text
        page.driver.switch_to.default_content()
        page.screenshot("author-offline")
    finally:
        page.driver.switch_to.default_content()
        if page.driver.current_url.startswith(page.base_url):
            forget_service_workers(page.driver)
        httpd.shutdown()


def test_the_reader_links_to_the_authoring_page(author):
    reader = author
    reader.open()
    link = reader.one(".reader-footer a.author-link")
    reader.click(link)
    reader.wait_until_ready(READY)
    assert reader.one("h1").text == "Make a pack"
