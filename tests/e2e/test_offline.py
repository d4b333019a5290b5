"""The offline copy: the reader's service worker (sw.js) caches the build
whole, so that a second visit works with no network, a `?pack=` pack opened
once opens offline, and a new deployment replaces the old build whole (a
build that cannot be fetched whole is not taken, and the last complete one
goes on answering). tifa.json's "offline": false turns it off and removes a
copy registered before.

Each test serves a copy of dist/ from its own server (its own origin, so
its worker controls nothing else) and stops the server to go offline."""

import pathlib
import shutil

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from conftest import Reader
from serving import DIST, serve

SAMPLE = "assets/packs/sample-every-field.json"


@pytest.fixture
def site(tmp_path):
    """A deployment of the reader of its own: (folder, server, Reader)."""
    folder = tmp_path / "site"
    shutil.copytree(DIST, folder, ignore=shutil.ignore_patterns(".stage"))
    servers = []

    def start(driver, config_fault=None):
        httpd = serve(offline=True, root=folder, config_fault=config_fault)
        servers.append(httpd)
        return httpd, Reader(driver, f"http://127.0.0.1:{httpd.server_address[1]}/")

    yield folder, start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def stop(httpd):
    httpd.shutdown()
    httpd.server_close()


def wait_controlled(page):
    """Waits until a worker has the build cached and controls the page."""
    page.driver.execute_async_script(
        "const done = arguments[0];"
        "navigator.serviceWorker.ready.then(() => { if (navigator.serviceWorker.controller) done();"
        " else navigator.serviceWorker.addEventListener('controllerchange', () => done()); })"
    )


def shells(page):
    return page.driver.execute_async_script(
        "const done = arguments[0]; caches.keys().then(k => done(k.filter(n => n.startsWith('tifa-shell-'))))"
    )


def cached(page, shell):
    return page.driver.execute_async_script(
        "const done = arguments[1]; caches.open(arguments[0]).then(c => c.keys()).then(k => done(k.map(r => r.url)))", shell
    )


def page_files(page):
    """The page's scripts, styles and wasm, as absolute URLs."""
    return page.js(
        "return [...document.querySelectorAll('script[src], link[rel=stylesheet], link[rel=preload], link[rel=modulepreload]')]"
        ".map(e => e.src || e.href)"
    )


def update(page):
    """Asks the browser to look for a new sw.js now, and returns what became
    of the new worker: 'activated', 'redundant' (its install failed) or
    'none' (the script did not change)."""
    return page.driver.execute_async_script(
        "const done = arguments[0];"
        "navigator.serviceWorker.getRegistration().then(r => r.update().then(() => {"
        "  const w = r.installing || r.waiting; if (!w) return done('none');"
        "  const seen = () => { if (['activated', 'redundant'].includes(w.state)) done(w.state); };"
        "  w.addEventListener('statechange', seen); seen(); }, e => done('update failed: ' + e)))"
    )


def stamp(folder, build):
    worker = folder / "sw.js"
    text = worker.read_text("utf-8")
    old = text.split('const BUILD = "', 1)[1].split('"', 1)[0]
    worker.write_text(text.replace(f'const BUILD = "{old}"', f'const BUILD = "{old}-{build}"'), "utf-8")


def mark(folder, build):
    page = folder / "index.html"
    text = page.read_text("utf-8")
    # The built page is minified: no <head> tag to hang the mark on.
    assert "<meta charset=utf-8>" in text
    page.write_text(text.replace("<meta charset=utf-8>", f'<meta charset=utf-8><meta name=tifa-test-build content={build}>', 1), "utf-8")


def build_shown(page):
    return page.js("const m = document.querySelector('meta[name=tifa-test-build]'); return m && m.content")


def test_a_second_visit_works_with_no_network(driver, site):
    folder, start = site
    httpd, page = start(driver)
    page.open("?lang=both")
    wait_controlled(page)
    [shell] = shells(page)
    kept = cached(page, shell)
    # The whole build: every file the page loads, and the tools loaded on demand.
    assert set(page_files(page)) <= set(kept), set(page_files(page)) - set(kept)
    assert {page.base_url + "assets/speech.js", page.base_url + "assets/words-panel.js", page.base_url + "author.html"} <= set(kept)
    stop(httpd)
    page.open("?lang=zh", fresh=False)
    term = page.visible(".term")[0]
    page.click(term)
    WebDriverWait(driver, 5).until(lambda _: page.visible("#term-popup .popup-zh"))
    page.one("#term-popup .popup-close").click()
    page.choose_mode("en")
    page.wait_for_mode("en")
    assert page.js("return window.tifaErrors") == []
    page.screenshot("offline-second-visit", full_page=False)


def test_a_pack_opened_once_opens_offline(driver, site):
    folder, start = site
    httpd, page = start(driver)
    page.open()
    wait_controlled(page)
    page.open(f"?pack={SAMPLE}", fresh=False)
    title = page.one(".title").text
    stop(httpd)
    page.open(f"?pack={SAMPLE}", fresh=False)
    assert page.one(".title").text == title
    # A pack never opened is not there: the reader says so.
    page.driver.get(page.base_url + "?pack=assets/packs/never-opened.json")
    WebDriverWait(driver, 10).until(lambda _: page.visible(".content-errors, .failure, [role=alert]"))


def test_a_new_deployment_replaces_the_build_whole(driver, site):
    folder, start = site
    httpd, page = start(driver)
    page.open()
    wait_controlled(page)
    [first] = shells(page)
    # Deployment B: a changed page and a new worker.
    mark(folder, "B")
    stamp(folder, "B")
    page.open(fresh=False)
    assert build_shown(page) == "B"
    assert update(page) in ("activated", "none")
    WebDriverWait(driver, 10).until(lambda _: len(shells(page)) == 1 and shells(page) != [first])
    [second] = shells(page)
    # Deployment C cannot be fetched whole (a script is missing): it is not
    # taken, and B stays, whole.
    mark(folder, "C")
    stamp(folder, "C")
    (folder / "assets" / "speech.js").unlink()
    assert update(page) == "redundant"
    assert shells(page) == [second]
    stop(httpd)
    page.open(fresh=False)
    assert build_shown(page) == "B"
    assert set(page_files(page)) <= set(cached(page, second))
    assert page.js("return window.tifaErrors") == []


def test_a_host_turns_it_off_in_tifa_json(driver, site, reader):
    # The shared test server's tifa.json says "offline": false: no worker.
    reader.open()
    assert reader.driver.execute_async_script(
        "const done = arguments[0]; setTimeout(() => navigator.serviceWorker.getRegistrations().then(r => done(r.length)), 500)"
    ) == 0
    # A copy registered before goes when the host turns it off.
    folder, start = site
    httpd, page = start(driver)
    page.open()
    wait_controlled(page)
    (folder / "tifa.json").write_text('{"offline": false}\n', "utf-8")
    page.open(fresh=False)
    WebDriverWait(driver, 10).until(lambda _: page.driver.execute_async_script(
        "const done = arguments[0]; navigator.serviceWorker.getRegistrations().then(r => done(r.length))") == 0)
    WebDriverWait(driver, 10).until(lambda _: shells(page) == [])


def registrations_after_load(page):
    """How many workers the page's origin has, a second after the page
    loaded (offline.js decides right after the load)."""
    return page.driver.execute_async_script(
        "const done = arguments[0];"
        " setTimeout(() => navigator.serviceWorker.getRegistrations().then(r => done(r.length)), 1000)"
    )


@pytest.mark.parametrize("fault", ["drop", 500])
def test_a_tifa_json_that_cannot_be_read_turns_nothing_on(driver, site, fault):
    """No answer, or a server error, says nothing about the host's choice:
    the worker is not registered on a guess (a host may have turned it off)."""
    _, start = site
    httpd, page = start(driver, config_fault=fault)
    page.open()
    assert registrations_after_load(page) == 0


def test_a_site_without_tifa_json_has_the_offline_copy(driver, site):
    folder, start = site
    (folder / "tifa.json").unlink()
    httpd, page = start(driver)
    page.open()
    wait_controlled(page)
    assert registrations_after_load(page) == 1
