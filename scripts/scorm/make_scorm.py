#!/usr/bin/env python3
"""Makes a SCORM 1.2 package of the reader and one pack: a zip that an LMS
(Moodle, Canvas, Blackboard…) imports as an activity. It holds
`imsmanifest.xml` (the pack's title in both languages), the release build
(`dist/`), the pack under `packs/`, and the SCORM adapter
(`tifa-scorm.js`, added to the package's copy of index.html only). The
activity launches `index.html?pack=packs/<pack>.json`.

Usage: make_scorm.py --pack PACK.json [--dist DIST] [--out ZIP]
(`make scorm PACK=…` runs it after the release build.)
"""

import argparse
import json
import pathlib
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

ROOT = pathlib.Path(__file__).resolve().parents[2]
ADAPTER = pathlib.Path(__file__).with_name("tifa-scorm.js")
ADAPTER_TAG = '<script src="tifa-scorm.js"></script>'
# Every entry gets the same time, so that the same inputs make the same zip.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def pack_titles(pack_path):
    """The pack's English and Chinese titles, or an error message."""
    try:
        pack = json.loads(pack_path.read_text("utf-8"))
        title = pack["article"]["meta"]["title"]
        english, chinese = title["en"].strip(), title["zh"].strip()
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise SystemExit(f"make_scorm: {pack_path}: not a pack with a title in both languages ({error})")
    if not english or not chinese:
        raise SystemExit(f"make_scorm: {pack_path}: the title is empty in one language")
    return english, chinese


def identifier(stem):
    """An XML identifier (NCName) made from the pack's file name."""
    return "tifa-" + (re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "pack")


def manifest(ident, english, chinese, launch, files):
    """imsmanifest.xml for one SCO that launches `launch` and uses `files`."""
    both = f"{english} · {chinese}"
    listed = "\n".join(f"      <file href={quoteattr(name)}/>" for name in files)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier={quoteattr(ident)} version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>
          <imsmd:langstring xml:lang="en">{escape(english)}</imsmd:langstring>
          <imsmd:langstring xml:lang="zh-Hans">{escape(chinese)}</imsmd:langstring>
        </imsmd:title>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="{ident}-org">
    <organization identifier="{ident}-org">
      <title>{escape(both)}</title>
      <item identifier="{ident}-item" identifierref="{ident}-sco" isvisible="true">
        <title>{escape(both)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="{ident}-sco" type="webcontent" adlcp:scormtype="sco" href={quoteattr(launch)}>
{listed}
    </resource>
  </resources>
</manifest>
"""


def with_adapter(page):
    """The reader's index.html with the SCORM adapter loaded after the app."""
    if "</body>" not in page:
        return page + ADAPTER_TAG
    return page.replace("</body>", ADAPTER_TAG + "</body>", 1)


def make(pack_path, dist, out):
    english, chinese = pack_titles(pack_path)
    if not (dist / "index.html").is_file():
        raise SystemExit(f"make_scorm: no release build in {dist}: run `make dist` first")
    pack_name = "packs/" + re.sub(r"[^A-Za-z0-9_.-]+", "-", pack_path.name)
    entries = {}
    for path in sorted(dist.rglob("*")):
        if path.is_file():
            entries[path.relative_to(dist).as_posix()] = path.read_bytes()
    entries["index.html"] = with_adapter(entries["index.html"].decode("utf-8")).encode("utf-8")
    entries["tifa-scorm.js"] = ADAPTER.read_bytes()
    entries[pack_name] = pack_path.read_bytes()
    launch = f"index.html?pack={pack_name}"
    files = sorted(entries)
    ident = identifier(pack_path.stem)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        # The manifest first, at the package's root, as SCORM requires.
        archive.writestr(zipfile.ZipInfo("imsmanifest.xml", ZIP_TIME), manifest(ident, english, chinese, launch, files))
        for name in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, entries[name])
    return out, len(files) + 1


def main(argv):
    parser = argparse.ArgumentParser(description="Make a SCORM 1.2 package of the reader and one pack.")
    parser.add_argument("--pack", required=True, type=pathlib.Path, help="the pack (JSON) the activity shows")
    parser.add_argument("--dist", type=pathlib.Path, default=ROOT / "dist", help="the release build (default: dist/)")
    parser.add_argument("--out", type=pathlib.Path, help="the zip to write (default: target/scorm/<pack>.zip)")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "target" / "scorm" / (args.pack.stem + ".zip")
    written, count = make(args.pack, args.dist, out)
    print(f"make_scorm: {written}: {count} files, {written.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
