"""The SCORM 1.2 package (`make scorm`, scripts/scorm/make_scorm.py): its
manifest read as an LMS reads it, and the package unzipped and launched by a
test LMS whose SCORM API is scorm-again's (npm, MIT): initialize, incomplete,
completed by reading to the end or by opening a quarter of the terms, and
the reading position brought back by the suspend data on a second launch."""

import json
import pathlib
import shutil
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from serving import DIST, ROOT, SCORM_PACKAGE

PACK = ROOT / "assets" / "packs" / "binhai-foreign-affairs-2020.json"
MAKE_SCORM = ROOT / "scripts" / "scorm" / "make_scorm.py"
OUT = SCORM_PACKAGE.parent
NS = {
    "cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def make_package(out):
    subprocess.run([sys.executable, str(MAKE_SCORM), "--pack", str(PACK), "--dist", str(DIST), "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def package():
    """The zip `make scorm PACK=<the first article>` writes, unzipped where the
    test server serves it (/scorm-package/); the launch URL from its manifest."""
    if not (DIST / "index.html").is_file():
        pytest.exit(f"no release build in {DIST}: run `make dist` first", returncode=2)
    zip_path = make_package(OUT / "binhai.zip")
    shutil.rmtree(SCORM_PACKAGE, ignore_errors=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(SCORM_PACKAGE)
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    return zip_path, manifest


def launch_href(manifest):
    """The launch URL an LMS takes: the default organization's first item's resource."""
    organizations = manifest.find("cp:organizations", NS)
    organization = organizations.find(f"cp:organization[@identifier='{organizations.get('default')}']", NS)
    item = organization.find("cp:item", NS)
    resource = manifest.find(f"cp:resources/cp:resource[@identifier='{item.get('identifierref')}']", NS)
    return resource.get("href")


def test_the_manifest_has_what_an_lms_reads(package):
    zip_path, manifest = package
    titles = json.loads(PACK.read_text("utf-8"))["article"]["meta"]["title"]
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        page = archive.read("index.html").decode("utf-8")
    # The manifest is first, at the root.
    assert names[0] == "imsmanifest.xml"
    assert manifest.tag == f"{{{NS['cp']}}}manifest" and manifest.get("identifier")
    assert manifest.findtext("cp:metadata/cp:schema", namespaces=NS) == "ADL SCORM"
    assert manifest.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.2"
    # The title in both languages: as LOM language strings, and in the
    # organization and item titles an LMS lists.
    langstrings = manifest.findall("cp:metadata/imsmd:lom/imsmd:general/imsmd:title/imsmd:langstring", NS)
    assert {s.get(XML_LANG): s.text for s in langstrings} == {"en": titles["en"], "zh-Hans": titles["zh"]}
    organizations = manifest.find("cp:organizations", NS)
    organization = organizations.find(f"cp:organization[@identifier='{organizations.get('default')}']", NS)
    item = organization.find("cp:item", NS)
    for title in (organization.findtext("cp:title", namespaces=NS), item.findtext("cp:title", namespaces=NS)):
        assert titles["en"] in title and titles["zh"] in title
    # One SCO, launching the reader on the packaged pack.
    resource = manifest.find(f"cp:resources/cp:resource[@identifier='{item.get('identifierref')}']", NS)
    assert resource.get(f"{{{NS['adlcp']}}}scormtype") == "sco" and resource.get("type") == "webcontent"
    launch = urllib.parse.urlsplit(launch_href(manifest))
    assert launch.path == "index.html"
    pack_file = urllib.parse.parse_qs(launch.query)["pack"][0]
    assert pack_file in names
    assert json.loads(zipfile.ZipFile(zip_path).read(pack_file)) == json.loads(PACK.read_text("utf-8"))
    # Every file is listed, and every listed file is there.
    listed = sorted(f.get("href") for f in resource.findall("cp:file", NS))
    assert listed == sorted(n for n in names if n != "imsmanifest.xml")
    # Identifiers are unique, as XML IDs must be.
    identifiers = [e.get("identifier") for e in manifest.iter() if e.get("identifier")]
    assert len(identifiers) == len(set(identifiers))
    # The adapter is loaded by the package's page only, not by the reader's.
    assert "tifa-scorm.js" in names
    assert '<script src="tifa-scorm.js"></script>' in page
    assert "tifa-scorm.js" not in (DIST / "index.html").read_text("utf-8")


def test_the_same_inputs_make_the_same_zip(package, tmp_path):
    zip_path, _ = package
    assert make_package(tmp_path / "again.zip").read_bytes() == zip_path.read_bytes()


def launch(reader, package, cmi=None):
    """Opens the test LMS on the package's launch URL and waits until the
    reader in its frame is live on the packaged pack."""
    _, manifest = package
    query = {"launch": "/scorm-package/" + launch_href(manifest)}
    if cmi is not None:
        query["cmi"] = json.dumps(cmi)
    reader.set_viewport(1280, 900)
    reader.driver.get(f"{reader.base_url}fixtures/web/scorm-host.html?{urllib.parse.urlencode(query)}")
    reader.driver.switch_to.frame(reader.one("#sco"))
    reader.wait_until_ready("html[data-ready]:not([data-awaiting-pack]) #reader .article .para-row[id]")
    reader.driver.switch_to.default_content()


def cmi(reader):
    return reader.js(
        "const c = window.API.cmi; return {status: c.core.lesson_status, location: c.core.lesson_location,"
        " suspend: c.suspend_data, calls: window.lmsCalls}"
    )


def wait_cmi(reader, predicate, timeout=10):
    WebDriverWait(reader.driver, timeout).until(lambda _: predicate(cmi(reader)))
    return cmi(reader)


def in_frame(reader, script, *args):
    reader.driver.switch_to.frame(reader.one("#sco"))
    try:
        return reader.js(script, *args)
    finally:
        reader.driver.switch_to.default_content()


def leave(reader):
    """Navigates the activity's frame away, as an LMS does when the learner leaves."""
    reader.js("document.getElementById('sco').src = 'about:blank'")
    return wait_cmi(reader, lambda c: "LMSFinish" in c["calls"])


def test_a_launch_is_incomplete_then_completed_at_the_end_and_a_second_launch_resumes(reader, package):
    launch(reader, package)
    state = wait_cmi(reader, lambda c: c["status"] == "incomplete")
    assert state["calls"][0] == "LMSInitialize"
    # cmi.core.exit is write-only: the LMS's log shows it.
    assert "LMSSetValue cmi.core.exit suspend" in state["calls"]
    reader.screenshot("scorm-launch", full_page=False)
    # Reading to the end of the article completes the activity.
    in_frame(reader, "const rows = document.querySelectorAll('.article .para-row[id]'); rows[rows.length - 1].scrollIntoView({block: 'end'})")
    state = wait_cmi(reader, lambda c: c["status"] == "completed")
    assert "LMSCommit" in state["calls"]
    # Back to the third paragraph, just below the sticky toolbar: that is the position kept.
    row_id = in_frame(
        reader,
        "const row = document.querySelectorAll('.article .para-row[id]')[2]; row.scrollIntoView({block: 'start'});"
        " scrollBy(0, row.getBoundingClientRect().top - document.querySelector('.toolbar').getBoundingClientRect().bottom); return row.id",
    )
    state = wait_cmi(reader, lambda c: c["location"] == row_id)
    assert json.loads(state["suspend"])["p"] == row_id
    state = leave(reader)
    assert state["calls"][-2:] == ["LMSCommit", "LMSFinish"]
    assert len(state["suspend"]) <= 4096
    suspend = json.loads(state["suspend"])
    assert suspend == {"v": 1, "p": row_id, "t": []}
    assert state["status"] == "completed"

    # The second launch, with what the LMS kept from the first.
    launch(reader, package, {"core": {"lesson_status": state["status"], "lesson_location": state["location"], "entry": "resume"}, "suspend_data": state["suspend"]})
    WebDriverWait(reader.driver, 10).until(
        lambda _: in_frame(
            reader,
            "const top = document.getElementById(arguments[0]).getBoundingClientRect().top;"
            " return Math.abs(top - document.querySelector('.toolbar').getBoundingClientRect().bottom) <= 2 && scrollY > 0",
            row_id,
        )
    )
    reader.screenshot("scorm-resumed", full_page=False)
    # Completion is never taken back.
    state = wait_cmi(reader, lambda c: c["location"] == row_id)
    assert state["status"] == "completed"
    assert not any(call.startswith("LMSSetValue cmi.core.lesson_status incomplete") for call in state["calls"])
    leave(reader)


def test_opening_a_quarter_of_the_terms_completes_the_activity_and_they_are_kept(reader, package):
    launch(reader, package)
    wait_cmi(reader, lambda c: c["status"] == "incomplete")
    # The terms in the order they first occur: the first quarter is opened
    # near the top of the article, far from its end (which would complete
    # the activity by itself).
    ids = in_frame(reader, "return [...new Set([...document.querySelectorAll('.term[data-term]')].map(t => t.dataset.term))]")
    needed = -(-len(ids) // 4)
    # Each is opened by its link (#term=), as a learner following links does.
    for count, term_id in enumerate(ids[:needed], start=1):
        in_frame(reader, "location.hash = 'term=' + arguments[0]", term_id)
        state = wait_cmi(reader, lambda c, n=count: len(json.loads(c["suspend"] or '{"t": []}')["t"]) == n)
        assert state["status"] == ("completed" if count == needed else "incomplete"), (count, needed)
    assert json.loads(state["suspend"])["t"] == ids[:needed]
    leave(reader)


def test_outside_an_lms_the_package_is_the_plain_reader(reader, package):
    _, manifest = package
    reader.open("", fresh=True)
    reader.driver.get(reader.base_url + "scorm-package/" + launch_href(manifest))
    reader.wait_until_ready("html[data-ready]:not([data-awaiting-pack]) #reader .article .para-row[id]")
    assert reader.js("return window.tifaErrors") == []
    assert reader.js("return window.tifaCspViolations") == []
