"""Fixtures for the browser tests: the release build served over HTTP on
127.0.0.1, one browser session per engine, and a folder of screenshots."""

import base64
import http.server
import os
import pathlib
import re
import threading

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browsers

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIST = pathlib.Path(os.environ.get("TIFA_DIST", ROOT / "dist"))
SCREENSHOTS = pathlib.Path(os.environ.get("TIFA_SCREENSHOTS", ROOT / "target" / "screenshots"))


FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"
# The reader served at the site root and under a sub-path, with test packs and
# the portal example beside it: the same static files, no rewrite rules.
ROUTES = {
    "/courses/week3/reader/": DIST,
    "/fixtures/": FIXTURES,
    "/examples/": EXAMPLES,
    "/": DIST,
}


def page_without(pattern):
    """dist/index.html with the script tags matching `pattern` removed."""
    page = (DIST / "index.html").read_text("utf-8")
    return re.sub(pattern, "", page, flags=re.S).encode("utf-8")


# Pages derived from the release build: the static lower bound (no script at
# all) and the page with only boot.js (the app never starts).
DERIVED_PAGES = {
    "/static.html": lambda: page_without(r"<script[^>]*>.*?</script>|<link[^>]*(modulepreload|preload)[^>]*>"),
    "/hydrate-probe.html": lambda: (DIST / "index.html")
    .read_text("utf-8")
    .replace("</body>", '<script src="fixtures/web/mark-server-nodes.js"></script></body>')
    .encode("utf-8"),
    "/no-wasm.html": lambda: page_without(r"<script type=\"module\"[^>]*>.*?</script>|<link[^>]*(modulepreload|preload)[^>]*>"),
}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server over ROUTES: the longest matching prefix wins."""

    def do_GET(self):
        derived = DERIVED_PAGES.get(self.path.split("?", 1)[0])
        if derived is None:
            return super().do_GET()
        body = derived()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in ROUTES.items():
            if clean.startswith(prefix):
                inner = clean[len(prefix):]
                resolved = (folder / inner).resolve()
                if folder.resolve() not in (resolved, *resolved.parents):
                    return str(folder / "__outside__")
                return str(resolved)
        return str(DIST / "__missing__")

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    def log_message(self, *args):
        pass


def serve():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), QuietHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


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
    session = browsers.start(request.param)
    session.engine = request.param
    yield session
    session.quit()


class Reader:
    """The reader as a person uses it: open a URL, click, read the screen."""

    def __init__(self, driver, base_url):
        self.driver = driver
        self.base_url = base_url
        self.expected_console_errors = []

    def expect_console_error(self, fragment):
        """Declares a console error the test causes on purpose (a 404)."""
        self.expected_console_errors.append(fragment)

    def open(self, query="", fresh=True, width=1280, height=900, path="", ready="#reader[data-mode]"):
        self.set_viewport(width, height)
        if fresh:
            # A new reader: no remembered mode from an earlier test.
            self.driver.get(self.base_url)
            self.driver.execute_script("localStorage.clear()")
        self.driver.get(self.base_url + path + query)
        self.wait_until_ready(ready)

    def wait_until_ready(self, ready="#reader[data-mode]"):
        WebDriverWait(self.driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, ready))

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
        return self.driver.find_element(By.ID, "reader").get_attribute("data-mode")

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
        if not full_page:
            self.driver.save_screenshot(str(path))
        elif hasattr(self.driver, "execute_cdp_cmd"):
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


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.is_dir():
        terminalreporter.write_line(f"screenshots: {SCREENSHOTS}")
