"""A static file server for the release build, shared by the browser tests
and the benchmark: the reader at the site root and under a sub-path, test
packs and the portal example beside it, pages derived from the build, and the
strict Content-Security-Policy the README tells hosts to send."""

import hashlib
import html
import json
import http.server
import os
import pathlib
import re
import sys
import threading
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIST = pathlib.Path(os.environ.get("TIFA_DIST", ROOT / "dist"))

# The policy of the README's "Hosting" section. frame-ancestors allows the
# test portal, which runs on another port of this host.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self' blob:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'self' http://127.0.0.1:*"
)

FIXTURES = ROOT / "tests" / "fixtures"
# Packs the authoring page's tests downloaded, served back to the reader.
DOWNLOADS = ROOT / "target" / "e2e-downloads"
EXAMPLES = ROOT / "examples"
# Packs compiled for the benchmark (scripts/bench.py), served back to the reader.
COMPILED_PACKS = ROOT / "target" / "compiled-packs"
# The SCORM package of the SCORM tests, unzipped (tests/e2e/test_scorm.py),
# and the LMS-side SCORM API their host page loads (npm scorm-again).
SCORM_PACKAGE = ROOT / "target" / "e2e-scorm" / "package"
SCORM_AGAIN = ROOT / "tests" / "e2e" / "node_modules" / "scorm-again" / "dist"
# H5P's own h5p-resizer.js (h5p-php-library, GPL-3.0; no package registry
# this project reaches ships it), when TIFA_H5P_RESIZER names a copy: served
# as /vendor/h5p/<its name> for the embedding tests.
H5P_RESIZER = pathlib.Path(os.environ["TIFA_H5P_RESIZER"]).resolve() if os.environ.get("TIFA_H5P_RESIZER") else None
# The reader served at the site root and under a sub-path, with test packs and
# the portal example beside it: the same static files, no rewrite rules.
ROUTES = {
    "/scorm-package/": SCORM_PACKAGE,
    "/vendor/scorm-again/": SCORM_AGAIN,
    **({"/vendor/h5p/": H5P_RESIZER.parent} if H5P_RESIZER else {}),
    "/courses/week3/reader/": DIST,
    # The reader with its wasm missing (see QuietHandler.do_GET).
    "/broken-wasm/": DIST,
    "/fixtures/": FIXTURES,
    "/downloads/": DOWNLOADS,
    "/compiled-packs/": COMPILED_PACKS,
    "/examples/": EXAMPLES,
    "/": DIST,
}


def page_without(pattern):
    """dist/index.html with the script tags matching `pattern` removed."""
    page = (DIST / "index.html").read_text("utf-8")
    return re.sub(pattern, "", page, flags=re.S).encode("utf-8")


def page_replacing(old, new):
    """dist/index.html with `old` replaced by `new`; a build whose page no
    longer holds `old` fails loudly instead of serving the page unchanged."""
    page = (DIST / "index.html").read_text("utf-8")
    if old not in page:
        raise LookupError(f"{old!r} is not in {DIST / 'index.html'}")
    return page.replace(old, new).encode("utf-8")


BOOT = "<script src=assets/boot.js></script>"

# Pages derived from the release build: the static lower bound (no script at
# all) and the page with only boot.js (the app never starts).
DERIVED_PAGES = {
    "/static.html": lambda: page_without(r"<script[^>]*>.*?</script>|<link[^>]*(modulepreload|preload)[^>]*>"),
    "/hydrate-probe.html": lambda: page_replacing("</body>", '<script src="fixtures/web/mark-server-nodes.js"></script></body>'),
    # The reader with helpers that raise faults after the start.
    "/fault-probe.html": lambda: page_replacing("</body>", '<script src="fixtures/web/wasm-fault.js"></script></body>'),
    # The reader on a page whose clock and timers make the app's scheduler
    # yield in the middle of its first updates (right after boot.js, before
    # the app's loader).
    "/slow-scheduler.html": lambda: page_replacing(BOOT, BOOT + '<script src="fixtures/web/slow-scheduler.js"></script>'),
    # The reader in a browser that refuses it storage.
    "/no-storage.html": lambda: page_replacing(BOOT, '<script src="fixtures/web/refuse-storage.js"></script>' + BOOT),
    # The app's loader cannot be fetched: the page must say so.
    "/broken-app.html": lambda: page_replacing('src="./loader-', 'src="./missing-loader-'),
    "/no-wasm.html": lambda: page_without(r"<script type=\"module\"[^>]*>.*?</script>|<link[^>]*(modulepreload|preload)[^>]*>"),
}


def hostile_pack(name):
    """Packs made on the fly for the hostile-content suite (too large or too
    odd to keep as files). None for an unknown name."""
    pack = json.loads((ROOT / "assets" / "packs" / "binhai-foreign-affairs-2020.json").read_text("utf-8"))
    sentence = pack["article"]["paragraphs"][0]["sentences"][0]
    makers = {
        "nested.json": lambda: b"[" * 100_000,
        "too-large.json": lambda: b'{"format": "tifa-pack", "version": 1, "padding": "' + b"x" * (6 * 1024 * 1024) + b'"}',
        "invalid-utf8.json": lambda: json.dumps(pack, ensure_ascii=False).encode("utf-8").replace("区委".encode(), b"\xff\xfe", 1),
        "lone-surrogate.json": lambda: json.dumps(pack).replace('"p1.s1"', '"p1.s1\\ud800"', 1).encode(),
        "bom.json": lambda: b"\xef\xbb\xbf" + json.dumps(pack).encode(),
        "empty.json": lambda: b"",
        "null.json": lambda: b"null",
        "html.json": lambda: (DIST / "index.html").read_bytes(),
        "ten-thousand-entries.json": lambda: json.dumps({**pack, "glossary": [
            {"id": f"entry-{i}", "zh": "术语", "pinyin": "shù yǔ", "kind": "policy", "official": "term", "gloss": "g",
             "explanation": "e", "match": {"en": [f"form {i}"], "zh": [f"术语{i}"]}}
            for i in range(10_000)
        ]}).encode(),
        "megabyte-sentence.json": lambda: json.dumps(_with(pack, sentence, "en", "Word " * 200_000 + "end.")).encode(),
        "bidi-and-invisible.json": lambda: json.dumps(_with(pack, sentence, "en", "\u202eevil\u202c \u200b\u2066x\u2069 😀🇨🇳 e\u0301\u0301\u0301 end.")).encode(),
        "javascript-strings.json": lambda: json.dumps(_with(_with(pack, sentence, "en", "javascript:alert(1) <a href='javascript:alert(1)'>x</a>"), pack["glossary"][0], "explanation", "javascript:alert(document.cookie) <svg onload=alert(1)>")).encode(),
        # The reading aids must spell the sentence: the strings are in them too.
        "template-strings.json": lambda: json.dumps(_with(_with(pack, sentence, "zh", "{{constructor.constructor('alert(1)')()}} ${alert(1)} 5月26日。"), sentence, "ruby", [
            ["{{constructor.constructor('alert(1)')()}} ${alert(1)} 5", ""], ["月", "yuè"], ["26", ""], ["日", "rì"], ["。", ""]])).encode(),
    }
    maker = makers.get(name)
    return maker() if maker else None


def compiled_pack(name):
    """The built-in pack in its compiled form, as the built page carries it
    (`built-in.tifa`), or damaged (`damaged.tifa`: a term span past its
    text). None for an unknown name."""
    page = (DIST / "index.html").read_text("utf-8")
    block = re.search(r'<script type="text/x-tifa-compiled-pack"[^>]*>(.*?)</script>', page, flags=re.S)
    if not block:
        raise LookupError(f"no compiled pack in {DIST / 'index.html'}")
    compiled = block.group(1)
    if name == "built-in.tifa":
        return compiled.encode("utf-8")
    if name == "damaged.tifa":
        lines = compiled.split("\n")
        span = next(i for i, line in enumerate(lines) if re.fullmatch(r"\d+ \d+ \d+ \d+", line))
        start, _, entry, form = lines[span].split(" ")
        lines[span] = f"{start} 999999 {entry} {form}"
        return "\n".join(lines).encode("utf-8")
    return None


def _with(pack, record, field, value):
    """The pack after setting `record[field]` (a record inside it)."""
    record[field] = value
    return pack


def phone_page(query):
    """A 375 × 812 CSS-pixel frame around the page named by `?src=`: a phone's
    viewport in any engine, since desktop browser windows have a minimum
    width (Firefox 500 px, WebKitGTK's MiniBrowser about 450 px)."""
    src = html.escape(urllib.parse.parse_qs(query).get("src", ["./"])[0], quote=True)
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Phone</title>"
        '<link rel="icon" href="/fixtures/web/favicon.svg"><link rel="stylesheet" href="/fixtures/web/phone.css"></head>'
        f'<body><iframe id="phone" title="Phone" width="375" height="812" src="{src}"></iframe></body></html>'
    ).encode("utf-8")


# What a static host compresses (brotli or gzip, as the browser accepts),
# when the server is started with compress=True (the benchmark).
COMPRESSIBLE = (".html", ".js", ".css", ".wasm", ".json", ".svg")
_COMPRESSED = {}


def encode(data, encoding):
    """`data` compressed with brotli (`br`) or gzip, at their highest levels."""
    import gzip
    import subprocess

    if encoding == "br":
        return subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout
    return gzip.compress(data, 9)


def compressed(path, encoding):
    """The file at `path` compressed with `encoding`, cached per modification."""
    key = (path, os.path.getmtime(path), encoding)
    if key not in _COMPRESSED:
        _COMPRESSED[key] = encode(pathlib.Path(path).read_bytes(), encoding)
    return _COMPRESSED[key]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server over ROUTES: the longest matching prefix wins."""

    def send_compressed(self, path):
        """Answers with the file brotli- or gzip-encoded, as a static host
        does; False when the request or the file does not call for it."""
        file = self.translate_path(path)
        accepted = self.headers.get("Accept-Encoding", "")
        encoding = "br" if "br" in accepted else "gzip" if "gzip" in accepted else None
        if not getattr(self.server, "compress", False) or not encoding or not file.endswith(COMPRESSIBLE) or not os.path.isfile(file):
            return False
        body = compressed(file, encoding)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(file))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return True

    def send_pack(self, body, content_type):
        """A generated pack, sent as it is (never compressed)."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path, _, query = self.path.partition("?")
        if path.startswith("/broken-wasm/") and path.endswith(".wasm"):
            self.send_error(404)
            return
        if path == "/phone.html":
            body = phone_page(query)
        elif path.startswith("/hostile/") and hostile_pack(path[len("/hostile/"):]) is not None:
            self.send_pack(hostile_pack(path[len("/hostile/"):]), "application/json")
            return
        elif path.startswith("/compiled/") and compiled_pack(path[len("/compiled/"):]) is not None:
            self.send_pack(compiled_pack(path[len("/compiled/"):]), "text/plain; charset=utf-8")
            return
        elif path.endswith("/tifa.json") and getattr(self.server, "config_fault", None):
            # A host whose tifa.json cannot be read: a status, or the
            # connection closed with no answer at all (a network error).
            if self.server.config_fault != "drop":
                self.send_error(self.server.config_fault)
            self.close_connection = True
            return
        elif path.endswith("/tifa.json") and not getattr(self.server, "offline", False):
            # The shared servers keep the reader's offline copy (a service
            # worker) off, as a host does in tifa.json: a worker would answer
            # for every later test of the origin. test_offline.py serves
            # deployments with it on.
            config = json.loads(pathlib.Path(self.translate_path(path)).read_text("utf-8"))
            self.send_pack(json.dumps({**config, "offline": False}).encode(), "application/json")
            return
        elif path in DERIVED_PAGES:
            body = DERIVED_PAGES[path]()
        else:
            target = path + "index.html" if path.endswith("/") else path
            if self.send_compressed(target):
                return
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        accepted = self.headers.get("Accept-Encoding", "")
        if getattr(self.server, "compress", False) and ("br" in accepted or "gzip" in accepted):
            # A derived page (the static lower bound) travels as the app does.
            encoding = "br" if "br" in accepted else "gzip"
            # Once per page and content: compressing on every request would
            # slow the static page down and skew the comparison.
            key = (path, hashlib.sha256(body).hexdigest(), encoding)
            if key not in _COMPRESSED:
                _COMPRESSED[key] = encode(body, encoding)
            body = _COMPRESSED[key]
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self):
        # Every page of the reader runs under the strict policy; the portal
        # example and the H5P host page are the host's pages, not ours (the
        # portal has its own inline script; both frame another origin).
        if not self.path.startswith(("/examples/", "/fixtures/web/h5p-host.html")):
            self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        super().end_headers()

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in ROUTES.items():
            if prefix == "/" and getattr(self.server, "root", None):
                # A deployment of its own (test_offline.py).
                folder = self.server.root
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


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # A page opens many connections at once (and a service worker's install
    # more): the default backlog of 5 can overflow in a burst on this busy
    # machine, and a refused connection is retried only seconds later.
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # A browser that leaves a page cancels its downloads; the broken
        # connection is expected, any other error is still printed.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def serve(compress=False, offline=False, root=None, config_fault=None):
    """Starts a server on a free port of 127.0.0.1, in a daemon thread;
    with `compress`, files go out brotli- or gzip-encoded; with `offline`,
    tifa.json is served as it is (the reader's service worker on); `root`
    serves another deployment at /; `config_fault` (an HTTP status, or
    "drop" for no answer) is what every tifa.json request gets."""
    httpd = QuietServer(("127.0.0.1", 0), QuietHandler)
    httpd.compress = compress
    httpd.offline = offline
    httpd.root = root
    httpd.config_fault = config_fault
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd
