#!/usr/bin/env python3
"""The page benchmark (`make bench`): the release build against a static page
of the same article, side by side in one run.

It serves dist/ and the static lower bound (the pre-rendered HTML with every
script removed, same CSS) from one local server that sends brotli or gzip
(Content-Encoding), as a static host does, and drives headless Chromium
over both alternately (app, static, static, app, ...) with a cold cache, at
no throttling and at 4x CPU slowdown. It reports medians and app/static ratios
of first contentful paint, largest contentful paint and total blocking time;
the bytes each page transfers (raw, gzip, brotli); the time from a click on a
term or on a mode, or from the pointer reaching a sentence, to the next paint
(p50, p95 over 50 interactions), on the first article and on the 100x article
in the same run, with their ratio; JS heap and wasm memory after load; the
time to load, annotate and render the 100x article; and Lighthouse's mobile
score (5 runs: median and worst) and desktop score. The
report is written to bench/results/ and printed.

Usage: python3 scripts/bench.py [--runs N] [--lighthouse-runs N] [--no-lighthouse]
"""

import argparse
import datetime
import gzip
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

import browsers  # noqa: E402
from serving import COMPILED_PACKS, DIST, serve  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

TARGETS = {
    "budget_stable": 96 * 1024,
    "paint_ratio": 1.10,
    "tbt_ms": 50,
    "p95_unthrottled_ms": 16,
    "p95_throttled_ms": 50,
    "long_article_ms": 300,
    "long_to_first_ratio": 1.5,
    "lighthouse_mobile": 98,
}

# The 100× article as a site serves it for reading: compiled by
# `tifa-check --compile` (see compile_long_pack), so the reader reads it at
# once; and as its JSON, which the pack worker checks first.
LONG_PACK_JSON = "fixtures/packs/long-300x500.json"
LONG_PACK = "compiled-packs/long-300x500.tifa"


def compile_long_pack():
    """Writes the 100× article's compiled form where the test server serves
    /compiled-packs/, with the release tifa-check."""
    COMPILED_PACKS.mkdir(parents=True, exist_ok=True)
    source = COMPILED_PACKS / "long-300x500.json"
    source.write_bytes((ROOT / "tests" / LONG_PACK_JSON).read_bytes())
    subprocess.run(["cargo", "run", "--release", "--quiet", "--bin", "tifa-check", "--", "--compile", str(source)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

COLLECT_PAINTS = """
const done = arguments[arguments.length - 1];
const paint = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');
let lcp = 0, tbt = 0;
new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = Math.max(lcp, e.startTime); })
  .observe({type: 'largest-contentful-paint', buffered: true});
new PerformanceObserver(list => { for (const e of list.getEntries()) tbt += Math.max(0, e.duration - 50); })
  .observe({type: 'longtask', buffered: true});
setTimeout(() => {
  const ready = performance.getEntriesByName('tifa:ready');
  done({
    fcp: paint ? paint.startTime : null,
    lcp: lcp || null,
    tbt: tbt,
    ready: ready.length ? ready[ready.length - 1].startTime : null,
    heap: performance.memory ? performance.memory.usedJSHeapSize : null,
    wasm: window.tifaWasm && window.tifaWasm.memory ? window.tifaWasm.memory.buffer.byteLength : null,
  });
}, 300);
"""

# Clicks each target in turn (or, for "hover", moves a mouse pointer onto
# it with the events a real pointer sends) and measures to the next paint:
# a frame callback runs before the paint, a task queued from it runs after it.
MEASURE_CLICKS = """
const [selector, count, after] = arguments;
const done = arguments[arguments.length - 1];
const frame = () => new Promise(r => requestAnimationFrame(() => r()));
const afterPaint = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
(async () => {
  const targets = [...document.querySelectorAll(selector)].filter(e => e.checkVisibility());
  const times = [];
  let shown = 0;
  for (let i = 0; i < count; i++) {
    const target = targets[(i * 7) % targets.length];
    target.scrollIntoView({block: 'center'});
    await frame(); await frame();
    const start = performance.now();
    if (after === 'hover') {
      target.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, pointerType: 'mouse'}));
      target.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
    } else {
      target.click();
    }
    await afterPaint();
    times.push(performance.now() - start);
    if (after === 'hover') {
      // The sentence and its twin in the other language light up.
      if (document.querySelectorAll('.is-highlighted').length >= 2) shown++;
    } else if (after === 'popup') {
      const popup = document.getElementById('term-popup');
      if (popup.matches(':popover-open')) shown++;
      popup.hidePopover();
      await frame(); await frame();
    } else {
      shown++;
    }
  }
  done({times, shown});
})();
"""


def compressed_sizes(data):
    raw = len(data)
    gz = len(gzip.compress(data, 9))
    br = len(subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout)
    return raw, gz, br


def dist_files():
    """The files a first visit fetches, by role, read from the built page."""
    page = (DIST / "index.html").read_text("utf-8")
    refs = set(re.findall(r'(?:href|src)="?\.?/?([^" >]+\.(?:css|js|wasm|svg))', page))
    files = {"index.html": (DIST / "index.html").read_bytes()}
    for ref in sorted(refs):
        path = DIST / ref
        if path.is_file():
            files[ref] = path.read_bytes()
    # The reader's own wasm (the authoring page's and the pack worker's are
    # not loaded by index.html).
    wasm = next(DIST.glob("tifa-app-*_bg.wasm"))
    files[wasm.name] = wasm.read_bytes()
    return files


def size_table(files, static_page):
    rows, totals = [], [0, 0, 0]
    code = [0, 0, 0]
    for name, data in files.items():
        sizes = compressed_sizes(data)
        rows.append((name, *sizes))
        totals = [a + b for a, b in zip(totals, sizes)]
        if name.startswith("tifa-app") and name.endswith((".wasm", ".js")):
            code = [a + b for a, b in zip(code, sizes)]
    static = compressed_sizes(static_page)
    return rows, totals, code, static


def floor_size():
    """Builds bench/floor (a Yew hydration hello world, the reader's release
    profile and Trunk settings) and returns its wasm + JS glue, brotli; None
    when the build fails."""
    folder = ROOT / "bench" / "floor"
    dist = ROOT / "target" / "floor-dist"
    env = {**os.environ, "CARGO_TARGET_DIR": str(ROOT / "target" / "floor")}
    built = subprocess.run(["trunk", "build", "--release"], cwd=folder, env=env, capture_output=True, text=True)
    if built.returncode != 0:
        print(built.stderr[-2000:], file=sys.stderr)
        return None
    files = [*dist.glob("*_bg.wasm"), *(p for p in dist.glob("*.js"))]
    return sum(compressed_sizes(path.read_bytes())[2] for path in files)


def percentile(values, p):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def load(driver, url, ready_selector):
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get(url)
    WebDriverWait(driver, 60).until(lambda d: d.find_elements("css selector", ready_selector))
    return driver.execute_async_script(COLLECT_PAINTS)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(value, unit="ms"):
    if value is None:
        return "n/a"
    return f"{value:.0f} {unit}" if unit else f"{value:.2f}"


def ratio(app, static):
    return f"{app / static:.2f}×" if app and static else "n/a"


def lighthouse_runs(url, preset, runs):
    """`runs` Lighthouse runs: their scores and TBTs (failed runs left out)."""
    results = [lighthouse(url, preset) for _ in range(runs)]
    return [r for r in results if r[0] is not None]


def lighthouse(url, preset):
    cli = ROOT / "bench" / "web" / "node_modules" / "lighthouse" / "cli" / "index.js"
    out = ROOT / "target" / "lighthouse.json"
    flags = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1\""
    command = ["node", str(cli), url, "--quiet", "--output=json", f"--output-path={out}",
               "--only-categories=performance", f"--chrome-flags={flags}"]
    if preset == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": shutil.which("chromium") or "/usr/bin/chromium"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        return None, None
    report = json.loads(out.read_text("utf-8"))
    score = report["categories"]["performance"]["score"]
    tbt = report["audits"]["total-blocking-time"]["numericValue"]
    return (round(score * 100) if score is not None else None), tbt


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="page loads per page and throttling (default 5)")
    parser.add_argument("--lighthouse-runs", type=int, default=5, help="Lighthouse mobile runs per page (default 5)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip the Lighthouse scores")
    args = parser.parse_args()

    compile_long_pack()
    httpd = serve(compress=True)
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    static_page = (DIST / "index.html").read_text("utf-8")
    static_page = re.sub(r"<script[^>]*>.*?</script>|<link[^>]*(modulepreload|preload)[^>]*>", "", static_page, flags=re.S).encode()
    rows, totals, code, static_sizes = size_table(dist_files(), static_page)
    floor = floor_size()

    driver, _ = browsers.chromium()
    # The 100× article at 4× CPU takes far longer than the default 30 s.
    driver.set_script_timeout(600)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    loads, interactions, long_article, long_json = {}, {}, {}, {}
    try:
        for rate in (1, 4):
            driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": rate})
            samples = {"app": [], "static": []}
            for run in range(args.runs):
                order = ["app", "static"] if run % 2 == 0 else ["static", "app"]
                for page in order:
                    url = f"{base}?run={run}" if page == "app" else f"{base}static.html?run={run}"
                    ready = "html[data-ready]" if page == "app" else "#reader"
                    samples[page].append(load(driver, url, ready))
            loads[rate] = samples
            for article, query in (("first", "?lang=both"), ("100×", f"?lang=both&pack={LONG_PACK}")):
                load(driver, base + query, "html[data-ready] #reader")
                popup = driver.execute_async_script(MEASURE_CLICKS, ".para .term", 50, "popup")
                toggle = driver.execute_async_script(MEASURE_CLICKS, "label.mode-option", 50, "mode")
                # Back to both languages, so that every sentence can be hovered.
                driver.execute_script("document.querySelector(\"label.mode-option input[value='both']\").click()")
                hover = driver.execute_async_script(MEASURE_CLICKS, ".para .sentence", 50, "hover")
                interactions[(rate, article)] = (popup, toggle, hover)
            long = [load(driver, f"{base}?pack={LONG_PACK}&run={i}", "html[data-ready] #p300")["ready"] for i in range(3)]
            long_article[rate] = median(long)
            long = [load(driver, f"{base}?pack={LONG_PACK_JSON}&run={i}", "html[data-ready] #p300")["ready"] for i in range(3)]
            long_json[rate] = median(long)
    finally:
        driver.quit()

    scores = {}
    if not args.no_lighthouse:
        for page, url in (("app", base), ("static", f"{base}static.html")):
            scores[(page, "mobile")] = lighthouse_runs(url, "mobile", args.lighthouse_runs)
            scores[(page, "desktop")] = lighthouse_runs(url, "desktop", 1)
    httpd.shutdown()

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    now = datetime.datetime.now(datetime.timezone.utc)
    budget = TARGETS["budget_stable"]
    verdict = "met" if code[2] <= budget else f"missed by {code[2] - budget:,} B"
    lines = [
        f"# Tifa benchmark — {now:%Y-%m-%d %H:%M} UTC, commit {commit}",
        "",
        f"Headless Chromium, cold cache, {args.runs} loads per page and setting, app and static page alternating;"
        " a 2-core machine. Static = the pre-rendered page with every script removed (same HTML and CSS)."
        " Every file is served brotli-encoded (Content-Encoding: br), as a static host serves it.",
        "",
        "## Transfer sizes (bytes)",
        "",
        "| file | raw | gzip | brotli |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {name} | {raw:,} | {gz:,} | {br:,} |" for name, raw, gz, br in rows]
    lines += [
        f"| **app total** | **{totals[0]:,}** | **{totals[1]:,}** | **{totals[2]:,}** |",
        f"| static page | {static_sizes[0]:,} | {static_sizes[1]:,} | {static_sizes[2]:,} |",
        "",
        f"wasm + JS glue, brotli: **{code[2]:,} B** against a budget of {budget:,} B ({verdict}).",
        "",
        f"The floor of the stack (bench/floor: a Yew 0.23 hydration hello world, same profile and Trunk settings):"
        f" {floor:,} B brotli; the reader is {code[2] / floor:.2f}× the floor (target ≤ 1.5×)." if floor else "The floor did not build.",
        "",
        "## Page loads (medians)",
        "",
        "| CPU | metric | app | static | app/static |",
        "|---|---|---:|---:|---:|",
    ]
    for rate, samples in loads.items():
        for key, name in (("fcp", "first contentful paint"), ("lcp", "largest contentful paint"), ("tbt", "total blocking time")):
            app = median([s[key] for s in samples["app"]])
            static = median([s[key] for s in samples["static"]])
            lines.append(f"| {rate}× | {name} | {fmt(app)} | {fmt(static)} | {ratio(app, static) if key != 'tbt' else '—'} |")
        lines.append(f"| {rate}× | reader live (`tifa:ready`) | {fmt(median([s['ready'] for s in samples['app']]))} | — | — |")
    app_memory = loads[1]["app"][-1]
    lines += [
        "",
        f"Memory after load: JS heap {app_memory['heap'] or 0:,} B, wasm memory {app_memory['wasm'] or 0:,} B.",
        "",
        "## Interactions (to the next paint, 50 each; first article and 100× article in one run)",
        "",
        "| CPU | interaction | first p50 | first p95 | 100× p50 | 100× p95 | 100×/first (p50) | target | shown |",
        "|---|---|---:|---:|---:|---:|---:|---|---:|",
    ]
    for rate in (1, 4):
        target = TARGETS["p95_unthrottled_ms"] if rate == 1 else TARGETS["p95_throttled_ms"]
        first, long = interactions[(rate, "first")], interactions[(rate, "100×")]
        for index, name in enumerate(("open a term's pop-up", "switch mode", "hover a sentence")):
            a, b = first[index]["times"], long[index]["times"]
            growth = percentile(b, 50) / percentile(a, 50) if percentile(a, 50) else float("nan")
            lines.append(
                f"| {rate}× | {name} | {percentile(a, 50):.1f} ms | {percentile(a, 95):.1f} ms | {percentile(b, 50):.1f} ms"
                f" | {percentile(b, 95):.1f} ms | {growth:.2f}× | p95 ≤ {target} ms, ratio ≤ {TARGETS['long_to_first_ratio']}×"
                f" | {first[index]['shown']}/{len(a)}, {long[index]['shown']}/{len(b)} |"
            )
    lines += [
        "",
        "## The 100× article (300 paragraphs, 900 sentence pairs, 500 terms; `?pack=`)",
        "",
        "Compiled (`tifa-check --compile`): fetched, read and rendered. As JSON: fetched, then checked and",
        "annotated by the pack worker (its script and wasm fetched too), then read and rendered.",
        "",
        "| CPU | navigation to reader live, compiled | as JSON, through the pack worker | target (compiled) |",
        "|---|---:|---:|---:|",
    ]
    for rate, value in long_article.items():
        lines.append(f"| {rate}× | {fmt(value)} | {fmt(long_json[rate])} | {'≤ 300 ms' if rate == 1 else '—'} |")
    if scores:
        lines += [
            "",
            f"## Lighthouse performance (mobile: {args.lighthouse_runs} runs, median and worst; desktop: 1 run)",
            "",
            "| page | mobile median | mobile worst | mobile TBT median | mobile TBT worst | desktop score | desktop TBT |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for page in ("app", "static"):
            mobile, desktop = scores[(page, "mobile")], scores[(page, "desktop")]
            if not mobile:
                lines.append(f"| {page} | failed | | | | | |")
                continue
            mobile_scores, mobile_tbt = [r[0] for r in mobile], [r[1] for r in mobile]
            desk = desktop[0] if desktop else (None, None)
            lines.append(
                f"| {page} | {statistics.median(mobile_scores):.0f} | {min(mobile_scores)} | {fmt(statistics.median(mobile_tbt))}"
                f" | {fmt(max(mobile_tbt))} | {desk[0]} | {fmt(desk[1])} |"
            )
        lines.append(f"\nTarget: mobile ≥ {TARGETS['lighthouse_mobile']} in every run, TBT ≤ {TARGETS['tbt_ms']} ms.")
    report = "\n".join(lines) + "\n"
    out = ROOT / "bench" / "results" / f"{now:%Y-%m-%d}-{commit}.md"
    out.write_text(report, "utf-8")
    print(report)
    print(f"report: {out}")


if __name__ == "__main__":
    main()
