"""Starting a headless browser through its WebDriver server.

Each engine is described once here; the tests never branch on the engine.
Selenium is told to stay offline so that it never tries to download a driver.
"""

import os
import shutil
import tempfile

os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402


def chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1280,900",
        f"--user-data-dir={tempfile.mkdtemp(prefix='tifa-chromium-')}",
        # The machine has no network: resolve nothing but the local server.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


ENGINES = {"chromium": chromium}


def selected_engines():
    """The engines named in TIFA_BROWSERS (comma-separated), all by default."""
    names = os.environ.get("TIFA_BROWSERS", ",".join(ENGINES)).split(",")
    unknown = [name for name in names if name not in ENGINES]
    if unknown:
        raise SystemExit(f"unknown browser(s) in TIFA_BROWSERS: {', '.join(unknown)}; known: {', '.join(ENGINES)}")
    return names


def start(name):
    return ENGINES[name]()
