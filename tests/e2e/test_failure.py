"""When the app fails, the page says so (and keeps the article readable)
instead of looking alive and not responding."""

from selenium.webdriver.support.ui import WebDriverWait


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
