"""When the app fails, the page says so (and keeps the article readable)
instead of looking alive and not responding."""

from selenium.webdriver.support.ui import WebDriverWait

# Navigations in a row that each interrupt the previous page's start.
RESTARTS = 60


def failure_notice(reader):
    WebDriverWait(reader.driver, 10).until(lambda _: reader.all("#tifa-failure"))
    return reader.one("#tifa-failure")


def test_a_panic_shows_a_notice_with_a_reload_link(reader):
    reader.expect_console_error("panicked")
    reader.expect_console_error("RuntimeError: unreachable")  # panic = "abort" traps after the hook
    reader.open("?debug-panic=1", ready="#tifa-failure")
    notice = failure_notice(reader)
    assert notice.get_attribute("role") == "alert"
    assert "The reader stopped working." in notice.text
    assert "a panic was requested with ?debug-panic=1" in notice.text
    link = notice.find_element("css selector", "a")
    assert link.text == "Reload the page"
    # The pre-rendered article is still there to read.
    assert len(reader.visible(".para[lang='en']")) == 5
    reader.screenshot("failure-panic-1280", full_page=False)


def test_a_wasm_fault_after_the_start_shows_a_notice(reader):
    """A trap that is not a Rust panic (an engine fault, a stack overflow)
    never reaches the panic hook; the page still says the reader stopped."""
    reader.expect_console_error("an unrelated script error")
    reader.expect_console_error("RuntimeError")  # each engine words the trap its own way
    reader.expect_console_error("unreachable")
    for how in ("timer", "promise"):
        reader.open(path="fault-probe.html")
        # An ordinary script error is not the reader's failure.
        reader.js("window.tifaThrow()")
        reader.driver.execute_async_script("setTimeout(arguments[0], 300)")
        assert reader.all("#tifa-failure") == []
        # It is kept for diagnostics, as every uncaught error is.
        assert any("an unrelated script error" in error for error in reader.js("return window.tifaErrors"))
        reader.js("window.tifaTrap(arguments[0])", how)
        notice = failure_notice(reader)
        assert notice.get_attribute("role") == "alert"
        assert "The reader stopped working." in notice.text
        assert notice.find_element("css selector", "a").text == "Reload the page"
        assert len(reader.js("return window.tifaErrors")) == 2


def test_an_app_that_cannot_load_says_so(reader):
    reader.expect_console_error("missing-loader")
    reader.open(path="broken-app.html", ready="#tifa-failure")
    notice = failure_notice(reader)
    assert "The reader could not start." in notice.text
    assert "missing-loader" in notice.text
    assert len(reader.visible(".para[lang='zh-Hans']")) == 5
    # Reloading the real page works.
    reader.open()
    assert reader.all("#tifa-failure") == []


def test_an_app_whose_wasm_is_missing_says_so(reader):
    reader.expect_console_error("_bg.wasm")  # the 404, for the preload and the fetch
    reader.expect_console_error("WebAssembly")  # the rejected start, as each engine words it
    reader.open(path="broken-wasm/", ready="#tifa-failure")
    notice = failure_notice(reader)
    assert "The reader could not start." in notice.text
    assert reader.js("return window.wasmBindings") is None
    assert len(reader.visible(".para[lang='en']")) == 5


def test_leaving_the_page_while_the_app_starts_never_freezes_it(reader):
    """Reloading or leaving while the wasm starts is what a reader does on a
    slow link. With a loader that awaited at the top level of its module,
    WebKitGTK froze the tab (one CPU at 100 %) about once in 30 such loads;
    this makes RESTARTS of them and then uses the last page."""
    driver = reader.driver
    driver.set_page_load_timeout(20)
    try:
        for _ in range(RESTARTS):
            driver.get(reader.base_url)
    finally:
        driver.set_page_load_timeout(300)
    reader.wait_until_ready()
    reader.choose_mode("zh")
    assert reader.visible(".para[lang='en']") == []
