#!/usr/bin/env python3
"""Writes the reader's oEmbed file (`oembed.json`, type "rich") into a build
folder: an iframe of the embedded reader with the built-in article's title,
width and height. Run by scripts/post-build.sh after pre-rendering.

The host's URL is a build setting: `TIFA_PUBLIC_URL=https://your.site/reader/`
makes the iframe's address and the page's oEmbed link absolute (what oEmbed
consumers need); without it both stay relative to the page, like the rest of
the build.

Usage: scripts/oembed.py STAGING_DIR
"""

import html
import json
import os
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
# The built-in article (src/content.rs, DEFAULT_PACK_FILE).
PACK = ROOT / "assets" / "packs" / "binhai-foreign-affairs-2020.json"
WIDTH, HEIGHT = 800, 600
# The page's oEmbed link (index.html) and its address, whatever order and
# quoting the minifier left.
LINK = re.compile(r"<link\b[^>]*application/json\+oembed[^>]*>")
HREF = re.compile(r'\bhref=("?)oembed\.json\1(?=[\s/>])')


def public_url():
    """TIFA_PUBLIC_URL with one trailing slash, or "" for a relative build."""
    url = os.environ.get("TIFA_PUBLIC_URL", "").strip()
    if url and not url.startswith(("https://", "http://")):
        sys.exit(f"oembed.py: TIFA_PUBLIC_URL must be an http(s) URL, not {url!r}")
    return url.rstrip("/") + "/" if url else ""


def oembed(title, base):
    """The oEmbed response for the reader at `base` ("" for relative)."""
    src = (base or "./") + "?embed=1"
    frame = (
        f'<iframe src="{html.escape(src, quote=True)}" title="{html.escape(title, quote=True)}"'
        f' width="{WIDTH}" height="{HEIGHT}" style="border:0" loading="lazy"></iframe>'
    )
    response = {
        "version": "1.0",
        "type": "rich",
        "provider_name": "Tifa",
        "title": title,
        "width": WIDTH,
        "height": HEIGHT,
        "html": frame,
    }
    if base:
        response["provider_url"] = base
    return response


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: oembed.py STAGING_DIR")
    staging = pathlib.Path(argv[1])
    meta = json.loads(PACK.read_text("utf-8"))["article"]["meta"]
    title = f'{meta["title"]["en"]} · {meta["title"]["zh"]}'
    base = public_url()
    (staging / "oembed.json").write_text(json.dumps(oembed(title, base), ensure_ascii=False, indent=2) + "\n", "utf-8")
    page = staging / "index.html"
    text = page.read_text("utf-8")
    link = LINK.search(text)
    if not link or not HREF.search(link.group(0)):
        sys.exit(f"oembed.py: {page} has no oEmbed link to oembed.json")
    if base:
        absolute = html.escape(base + "oembed.json", quote=True)
        tag = HREF.sub(lambda _: f'href="{absolute}"', link.group(0), count=1)
        page.write_text(text[: link.start()] + tag + text[link.end() :], "utf-8")

if __name__ == "__main__":
    main(sys.argv)
