"""Fixtures for the browser tests: the release build served over HTTP on
127.0.0.1, one browser session per engine, and a folder of screenshots."""

import base64
import io
import os
import pathlib
import re
import urllib.parse

import pytest
from PIL import Image
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.common.exceptions import NoSuchFrameException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

import browsers
from serving import DIST, ROOT, serve

SCREENSHOTS = pathlib.Path(os.environ.get("TIFA_SCREENSHOTS", ROOT / "target" / "screenshots"))


@pytest.fixture(scope="session")
def server():
    if not (DIST / "index.html").is_file():
        pytest.exit(f"no release build in {DIST}: run `make dist` (or `make test`) first", returncode=2)
    httpd = serve()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def other_origin():
    """The same files from another port: another origin, for cross-origin
    packs and for the portal that embeds the reader."""
    httpd = serve()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session", params=browsers.selected_engines())
def driver(request):
    session, cleanup = browsers.start(request.param)
    session.engine = request.param
    yield session
    session.quit()
    if cleanup:
        cleanup()


class Reader:
    """The reader as a person uses it: open a URL, click, read the screen."""

    def __init__(self, driver, base_url):
        self.driver = driver
        self.base_url = base_url
        self.expected_console_errors = []
        self.in_phone = False

    def expect_console_error(self, fragment):
        """Declares a console error the test causes on purpose (a 404)."""
        self.expected_console_errors.append(fragment)

    def open(self, query="", fresh=True, width=1280, height=900, path="", ready="html[data-ready] #reader"):
        if self.in_phone:
            self.driver.switch_to.default_content()
            self.in_phone = False
        self.set_viewport(width, height)
        if fresh:
            # A new reader: no remembered mode from an earlier test.
            self.driver.get(self.base_url)
            self.driver.execute_script("localStorage.clear()")
        self.driver.get(self.base_url + path + query)
        self.wait_until_ready(ready)
        self.trace_pointer()

    def trace_pointer(self):
        """Keeps the page's last pointer events (where the window saw them
        first, and whether they bubbled to the document), for the failure
        report: a click that did nothing tells a lost event from a handler
        that did not act."""
        self.js(
            "window.tifaTrace = [];"
            "const note = (phase) => (e) => { window.tifaTrace.push(phase + ' ' + e.type + ' '"
            " + (e.target.id || e.target.className || e.target.nodeName) + ' ' + Math.round(e.timeStamp));"
            " window.tifaTrace.splice(0, window.tifaTrace.length - 16); };"
            "for (const type of ['pointerdown', 'mousedown', 'pointerup', 'click'])"
            " { addEventListener(type, note('window'), true); document.addEventListener(type, note('document')); }"
        )

    def open_phone(self, query="", fresh=True, ready="html[data-ready] #reader"):
        """Opens the reader in a 375 × 812 frame and works inside it."""
        self.set_viewport(1280, 900)
        if fresh:
            self.driver.get(self.base_url)
            self.driver.execute_script("localStorage.clear()")
        src = urllib.parse.quote(self.base_url + query, safe="")
        self.driver.get(f"{self.base_url}phone.html?src={src}")
        self.driver.switch_to.frame(self.one("#phone"))
        self.wait_until_ready(ready)
        self.in_phone = True

    def click(self, element):
        """Clicks an element after scrolling it to the middle of the view, as a
        person would (geckodriver misplaces clicks in a frame taller than the
        window when it has to scroll the parent itself)."""
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        self.settle()
        element.click()

    def press(self, element):
        """Clicks an element as a person does: the pointer comes to rest on
        it first (the reader reacts to the pointer arriving: it re-renders
        for hover), then presses. For buttons in the pop-up and the panels,
        which are clicked where they are, without scrolling the page (that
        moves the pop-up with its term)."""
        ActionChains(self.driver).move_to_element(element).perform()
        self.settle()
        element.click()

    def settle(self):
        """Waits two frames: paragraphs scrolled into view are laid out for
        real then (content-visibility: auto), and what they push moves. A
        click aimed before would land where its target was."""
        self.driver.execute_async_script(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))"
        )

    def hover(self, element):
        """Moves the mouse onto an element, scrolling it into view first (a
        WebDriver pointer cannot reach outside the viewport)."""
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        ActionChains(self.driver).move_to_element(element).perform()

    def wait_until_ready(self, ready="html[data-ready] #reader"):
        """Waits for the app to be live. Under load a cold wasm compile can take
        several seconds in WebKitGTK; a timeout reports what the page shows."""
        try:
            # A query sent while the old page unloads fails in WebKitWebDriver
            # ("Callback was not called before the unload event"): the page is
            # between documents, so the wait asks again.
            WebDriverWait(
                self.driver, 30, ignored_exceptions=(NoSuchFrameException, StaleElementReferenceException)
            ).until(lambda d: d.find_elements(By.CSS_SELECTOR, ready))
        except TimeoutException:
            state = self.js(
                "return {url: location.href, readyState: document.readyState,"
                " html: [...document.documentElement.attributes].map(a => a.name + '=' + a.value).join(' '),"
                " failure: (document.getElementById('tifa-failure') || {}).textContent || null,"
                # Whether the wasm started, and which files arrived when (ms):
                # a page that waits tells a stalled load from a stalled app.
                " started: !!window.wasmBindings, errors: window.tifaErrors,"
                " files: performance.getEntriesByType('resource')"
                ".map(e => e.name.split('/').pop().slice(0, 60) + ' ' + Math.round(e.responseEnd))}"
            )
            raise AssertionError(f"the page did not become ready ({ready}): {state}") from None

    def set_viewport(self, width, height):
        """Sizes the window so that the page's viewport is width × height."""
        self.driver.set_window_size(width, height)
        inner = self.driver.execute_script("return [window.innerWidth, window.innerHeight]")
        if inner != [width, height]:
            outer = self.driver.get_window_size()
            self.driver.set_window_size(
                outer["width"] + width - inner[0], outer["height"] + height - inner[1]
            )

    @property
    def mode(self):
        return self.driver.execute_script("return document.documentElement.getAttribute('data-mode')")

    def wait_for_mode(self, mode):
        WebDriverWait(self.driver, 5).until(lambda _: self.mode == mode)

    def choose_mode(self, value):
        self.driver.find_element(By.CSS_SELECTOR, f"label.mode-option:has(input[value='{value}'])").click()
        self.wait_for_mode(value)

    def all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def one(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def visible(self, css):
        return [element for element in self.all(css) if element.is_displayed()]

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def screenshot(self, name, full_page=True):
        """Saves a screenshot after two animation frames, so it shows the
        latest paint: the whole page, or only the viewport (for views with
        fixed elements such as an open pop-up)."""
        self.driver.execute_async_script(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))"
        )
        folder = SCREENSHOTS / self.driver.engine
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        if self.in_phone:
            # The phone's frame, as a phone shows it: cut out of the window's
            # screenshot (WebKitWebDriver's own element screenshot of a frame
            # paints a black band over its top).
            self.driver.switch_to.default_content()
            box = self.js("const r = document.getElementById('phone').getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]")
            window = Image.open(io.BytesIO(self.driver.get_screenshot_as_png()))
            window.crop(tuple(round(edge) for edge in box)).save(path)
            self.driver.switch_to.frame(self.one("#phone"))
        elif not full_page:
            self.driver.save_screenshot(str(path))
        elif self.driver.engine == "chromium":
            size = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
            clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
            shot = self.driver.execute_cdp_cmd(
                "Page.captureScreenshot", {"captureBeyondViewport": True, "clip": clip}
            )
            path.write_bytes(base64.b64decode(shot["data"]))
        elif hasattr(self.driver, "get_full_page_screenshot_as_file"):
            self.driver.get_full_page_screenshot_as_file(str(path))
        else:
            self.driver.save_screenshot(str(path))
        return path


def console_errors(driver):
    """Errors the page logged (where the driver exposes the console)."""
    try:
        entries = driver.get_log("browser")
    except Exception:  # noqa: BLE001 - drivers without a log endpoint
        return []
    return [entry["message"] for entry in entries if entry["level"] == "SEVERE"]


@pytest.fixture
def reader(driver, server):
    console_errors(driver)  # drop what earlier tests left
    page = Reader(driver, server)
    yield page
    # A test passes only if the page logged no error it did not expect.
    unexpected = [
        message
        for message in console_errors(driver)
        if not any(fragment in message for fragment in page.expected_console_errors)
    ]
    assert unexpected == []
    # The shared servers keep the offline copy off (serving.py): a worker
    # there would answer every later test's requests, and one caught half
    # started holds them in Firefox for good.
    driver.switch_to.default_content()
    if driver.current_url.startswith(server):
        workers = driver.execute_async_script(
            "const done = arguments[0]; if (!navigator.serviceWorker) return done(0);"
            " navigator.serviceWorker.getRegistrations().then(r => done(r.length), () => done(0))"
        )
        assert workers == 0, "a service worker was registered on the shared test server"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failure, keeps what the page showed: a screenshot of the window
    and a summary of its state, next to the other screenshots."""
    report = yield
    driver = item.funcargs.get("driver")
    if report.when == "call" and report.failed and driver is not None:
        folder = SCREENSHOTS / driver.engine / "failures"
        folder.mkdir(parents=True, exist_ok=True)
        # One file per test and parameter set (hostile cases share a name).
        name = re.sub(r"[^\w.-]+", "_", item.name)[:150]
        try:
            driver.switch_to.default_content()
            driver.save_screenshot(str(folder / f"{name}.png"))
            state = driver.execute_script(
                "const popup = document.getElementById('term-popup');"
                " return {url: location.href, html: document.documentElement.outerHTML.length,"
                " popup: popup && {open: popup.matches(':popover-open'), text: popup.innerText.slice(0, 300)},"
                " focus: document.activeElement && document.activeElement.outerHTML.slice(0, 200),"
                " hovered: [...document.querySelectorAll(':hover')].map(e => e.id || e.className).slice(-3),"
                " errors: window.tifaErrors,"
                " failure: document.getElementById('tifa-failure') && document.getElementById('tifa-failure').textContent,"
                " worker: navigator.serviceWorker && navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL,"
                " trace: window.tifaTrace, scriptTags: [...document.scripts].map(s => s.src.split('/').pop()).filter(Boolean),"
                " tools: [typeof window.tifaSpeechLoad, typeof window.tifaWords, typeof window.tifaSettings],"
                " scripts: performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js'))"
                "   .map(e => e.name.split('/').pop() + ' ' + Math.round(e.startTime) + '-' + Math.round(e.responseEnd))}"
            )
            report.sections.append(("page state", str(state)))
        except Exception as error:  # noqa: BLE001 - a wedged page must not hide the failure
            report.sections.append(("page state", f"unavailable: {error!r}"))
    return report


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.is_dir():
        terminalreporter.write_line(f"screenshots: {SCREENSHOTS}")
