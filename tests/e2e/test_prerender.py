"""The pre-rendered page: the article, both languages and the glossary are in
the HTML before any wasm runs, it reads without scripts, it hydrates without
mismatch warnings, and the saved mode is applied with no flash."""

import html
import pathlib
import re

from serving import DIST

SEED = (pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "seed-000_49280ced80307c55.txt").read_text("utf-8")
PAGE = (DIST / "index.html").read_text("utf-8")


def page_text(markup):
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_the_html_holds_the_article_in_both_languages_and_the_glossary():
    text = page_text(PAGE)
    for paragraph in SEED.split("\n\n")[2:]:
        for sentence in re.split(r"(?<=\.) (?=[A-Z])", paragraph.strip()):
            assert sentence in text, sentence[:60]
    assert "会议强调，要深入学习贯彻习近平外交思想" in text
    assert PAGE.count('data-sid="') == 22
    assert PAGE.count('class="index-term"') == 48
    assert "Four kinds of political awareness" in text  # a gloss, in the index


def test_the_page_carries_the_pack_compiled_as_data_not_in_the_wasm():
    block = re.search(r'<script type="text/x-tifa-compiled-pack" id="tifa-pack" data-file="([^"]+)">(.*?)</script>', PAGE, flags=re.S)
    assert block and block.group(1) == "assets/packs/binhai-foreign-affairs-2020.json"
    assert block.group(2).startswith("tifa-compiled-pack 1\n")
    assert "<" not in block.group(2)  # every < is escaped, so nothing can close the block early
    wasm = next(DIST.glob("tifa-app-*.wasm")).read_bytes()
    assert "区委外事工作委员会召开全体会议".encode() not in wasm


def test_the_checks_live_in_the_pack_worker_not_in_the_reader():
    # The validator's messages are in the worker's wasm, fetched only for a
    # raw ?pack=, and not in the wasm every reader downloads.
    reader_wasm = next(DIST.glob("tifa-app-*.wasm")).read_bytes()
    worker_wasm = (DIST / "pack-worker" / "tifa_pack_worker_bg.wasm").read_bytes()
    for message in [b"never occurs in the", b"unsupported format version", b"syllable"]:
        assert message in worker_wasm, message
        assert message not in reader_wasm, message


def test_the_page_has_no_inline_script_and_a_mode_before_any_script():
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", PAGE, flags=re.S)
    assert scripts, "no scripts at all?"
    for attributes, body in scripts:
        if 'type="text/x-tifa-compiled-pack"' in attributes:
            continue  # a data block (the pack), never executed
        assert "src=" in attributes and body.strip() == "", attributes
    assert re.search(r"<html[^>]*data-mode=\"?both", PAGE)


def test_without_scripts_the_article_and_glossary_are_readable(reader):
    # The static page: the pre-rendered HTML with every script removed.
    reader.open(path="static.html", ready="#reader")
    assert len(reader.visible(".para[lang='en']")) == 5
    assert len(reader.visible(".para[lang='zh-Hans']")) == 5
    glosses = reader.visible(".index-gloss")
    assert len(glosses) == 48 and glosses[0].text
    reader.screenshot("static-no-script-1280")


def test_hydration_keeps_the_server_nodes_and_warns_of_nothing(reader):
    reader.open(path="hydrate-probe.html")
    # Marks put on server-rendered nodes before the app started survive:
    # hydration adopted the nodes rather than rendering new ones.
    assert reader.one("#reader").get_attribute("data-probe") == "server"
    assert reader.one(".para[lang='en'] .term").get_attribute("data-probe") == "server"
    logs = reader.driver.get_log("browser") if hasattr(reader.driver, "get_log") else []
    assert not [entry for entry in logs if "hydration" in entry["message"].lower()], logs
    assert reader.js("return document.querySelectorAll('#app > main').length") == 1
    # It is live: the mode control works after hydration.
    reader.choose_mode("en")


def test_the_saved_mode_is_on_the_page_before_the_app_starts(reader):
    reader.open()
    reader.choose_mode("zh")
    # Load again with the wasm blocked: only boot.js runs, and it must already
    # show the stored mode.
    reader.js("document.documentElement.removeAttribute('data-mode')")
    reader.driver.get(reader.base_url + "no-wasm.html")
    assert reader.js("return document.documentElement.getAttribute('data-mode')") == "zh"
    assert reader.visible(".para[lang='en']") == []
    assert len(reader.visible(".para[lang='zh-Hans']")) == 5


def test_every_integrity_hash_matches_its_file():
    # The glue is minified after Trunk hashed it (scripts/minify): a stale hash
    # makes the browser refuse the preload.
    import base64
    import hashlib

    checked = 0
    for page in ["index.html", "author.html"]:
        markup = (DIST / page).read_text("utf-8")
        for href, digest in re.findall(r'<link[^>]*?href="?\./([^"\s>]+)"?[^>]*?integrity="?sha384-([A-Za-z0-9+/=]+)', markup):
            actual = base64.b64encode(hashlib.sha384((DIST / href).read_bytes()).digest()).decode()
            assert actual == digest, f"{page}: {href}"
            checked += 1
    assert checked >= 4
    glue = next(DIST.glob("tifa-app-*.js")).read_text("utf-8")
    assert glue.count("\n") < 50, "the JS glue is not minified"
