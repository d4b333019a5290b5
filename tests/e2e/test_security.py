"""The reader under the strict Content-Security-Policy the README gives
hosts: every feature works with zero violations, and the policy is really
enforced (a violation is caught)."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from serving import CONTENT_SECURITY_POLICY


def violations(reader):
    return reader.js("return window.tifaCspViolations")


def test_every_feature_runs_with_no_policy_violation(reader):
    reader.open("?lang=both#term=going-global")
    WebDriverWait(reader.driver, 5).until(lambda _: reader.js("return document.getElementById('term-popup').matches(':popover-open')"))
    ActionChains(reader.driver).send_keys(Keys.ESCAPE).perform()
    for mode in ["en", "zh", "both"]:
        reader.choose_mode(mode)
    term = reader.visible(".term[data-term='two-upholds']")[0]
    reader.click(term)  # positions the pop-up through the CSSOM
    WebDriverWait(reader.driver, 5).until(lambda _: reader.one("#term-popup-title").text == "两个维护")
    ActionChains(reader.driver).send_keys(Keys.ESCAPE).perform()
    reader.click(reader.one(".index-term[data-term='new-era']"))
    reader.open("?pack=assets/packs/sample-every-field.json", fresh=False)
    assert violations(reader) == []
    # No inline style attributes anywhere: positions go through the CSSOM.
    assert reader.js("return document.querySelectorAll('[style]:not(#term-popup)').length") == 0


def test_the_policy_is_enforced(reader):
    reader.expect_console_error("Content Security Policy")
    reader.open()
    reader.js("const s = document.createElement('script'); s.textContent = 'window.ran = 1'; document.head.append(s)")
    WebDriverWait(reader.driver, 5).until(lambda _: violations(reader))
    assert violations(reader)[0].startswith("script-src")
    assert reader.js("return window.ran") is None


def test_the_server_sends_the_documented_policy():
    readme = (__import__("serving").ROOT / "README.md").read_text("utf-8")
    documented = CONTENT_SECURITY_POLICY.replace(" http://127.0.0.1:*", "")
    assert documented.split("frame-ancestors")[0] in readme
