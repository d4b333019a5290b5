"""Loads the reader many times and counts what goes wrong, for judging a
browser engine (not part of `make test`). Each load opens one of URLS (the
built-in article, deep links, `?pack=` pages with hostile packs); about half
the loads leave the page after a random delay, often while its wasm is still
starting or working through a pack, and the others wait for the page to go
live (`<html data-ready>`) before leaving it after a random delay.

    .venv/bin/python scripts/engine_stress.py --engine webkit --loads 400
    .venv/bin/python scripts/engine_stress.py --jsc useWasmIPInt=0 --loads 2000

It counts, and goes on after each:

- crashes: the web process died (a new segfault in `dmesg`, or a WebDriver
  session that no longer answers); a new session is started;
- traps: a page that shows the "stopped working" notice (`#tifa-failure`) or
  kept an uncaught error in `window.tifaErrors`;
- hangs: a page that never went live within --ready-timeout seconds on a
  waiting load, or a navigation that did not finish within
  --load-timeout; a new session is started.

For WebKitGTK the engine runs stock (none of the harness's JSC options,
see `WEBKIT_JSC_OPTIONS` in tests/e2e/browsers.py) unless --jsc options are
given; JSC_* variables in the environment are passed on as well. See
docs/webkit.md. The exit status is 1 when anything went wrong.
"""

import argparse
import json
import os
import pathlib
import random
import re
import signal
import statistics
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests" / "e2e"))

import browsers  # noqa: E402
import serving  # noqa: E402

URLS = [
    "",
    "?lang=zh",
    "?lang=en#term=four-consciousnesses",
    "?pack=assets/packs/sample-every-field.json",
    "?pack=hostile/ten-thousand-entries.json",
    "?pack=hostile/megabyte-sentence.json",
    "?pack=hostile/nested.json",
    "?pack=fixtures/packs/good/huge-script-text.json",
    "?pack=fixtures/packs/broken/pinyin-syllable-count.json",
]

# What the page says about itself: live, the failure notice, kept errors.
# A page is live when the app set <html data-ready>, or when it shows a
# broken pack's problems (only the app renders `main.content-errors`).
STATE = (
    "return {ready: document.documentElement.hasAttribute('data-ready')"
    " || !!document.querySelector('main.content-errors'),"
    " failure: (document.getElementById('tifa-failure') || {}).textContent || null,"
    " errors: window.tifaErrors || []}"
)
# When the first article went live, in ms after the navigation started.
READY_AT = "const m = performance.getEntriesByName('tifa:ready')[0]; return m ? m.startTime : null"


def kernel_segfaults():
    """The web-process segfaults the kernel has logged (0 where dmesg is not
    readable)."""
    log = subprocess.run(["dmesg"], capture_output=True, text=True).stdout
    return len(re.findall(r"WebKitWebProces.*segfault|segfault.*javascriptcore", log))


def descendants(pid, name):
    """The pids of processes called `name` below process `pid`."""
    children = {}
    for entry in pathlib.Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            comm, ppid = stat[stat.index("(") + 1:stat.rindex(")")], int(stat[stat.rindex(")") + 2:].split()[1])
            children.setdefault(ppid, []).append((int(entry.name), comm))
    found, todo = set(), [pid]
    while todo:
        for child, comm in children.get(todo.pop(), []):
            todo.append(child)
            if comm.startswith(name[:15]):
                found.add(child)
    return found


class Session:
    """A browser session that can be replaced when its page died."""

    def __init__(self, engine, jsc_options, load_timeout):
        self.engine, self.jsc_options, self.load_timeout = engine, jsc_options, load_timeout
        self.driver = self.cleanup = None
        self.started = 0

    def start(self):
        kwargs = {"jsc_options": self.jsc_options} if self.engine == "webkit" else {}
        self.driver, self.cleanup = browsers.start(self.engine, **kwargs)
        self.driver.set_page_load_timeout(self.load_timeout)
        self.driver.set_script_timeout(self.load_timeout)
        self.started += 1

    def web_processes(self):
        """WebKitGTK's web processes of this session (empty for other engines)."""
        service = getattr(self.driver, "service", None)
        process = getattr(service, "process", None)
        return descendants(process.pid, "WebKitWebProcess") if process and self.engine == "webkit" else set()

    def stop(self, dead=False):
        """Ends the session; a `dead` one (its page crashed or hung) is not
        asked to quit (WebKitWebDriver can take its full two minutes to
        answer), its driver and browser processes are killed."""
        try:
            process = getattr(getattr(self.driver, "service", None), "process", None)
            if dead and process:
                for pid in [*descendants(process.pid, ""), process.pid]:
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                process.wait()
            elif self.driver:
                self.driver.quit()
        except Exception:  # noqa: BLE001 - a dead session cannot always be quit
            pass
        finally:
            if self.cleanup:
                self.cleanup()
            self.driver = self.cleanup = None

    def restart(self):
        self.stop(dead=True)
        self.start()


def wait_ready(driver, timeout):
    """The page's state once it is live, or at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            state = driver.execute_script(STATE)
        except Exception as error:  # noqa: BLE001
            # Between documents WebKitWebDriver may refuse one query.
            if "unload" not in str(error) and "frame" not in type(error).__name__.lower():
                raise
            state = {"ready": False, "failure": None, "errors": []}
        if state["ready"] or state["failure"] or time.monotonic() > deadline:
            return state
        time.sleep(0.05)


def ready_times(session, base, count):
    """Milliseconds from navigation to `tifa:ready` on the first article,
    `count` fresh loads (the built-in pack, side by side)."""
    times = []
    for i in range(count):
        session.driver.get(f"{base}?lang=both&timing={i}")
        if wait_ready(session.driver, 30)["ready"]:
            value = session.driver.execute_script(READY_AT)
            if value is not None:
                times.append(value)
    return times


def parse_jsc(options):
    parsed = {}
    for option in options:
        name, sep, value = option.partition("=")
        if not sep:
            raise SystemExit(f"--jsc wants NAME=VALUE, not {option!r}")
        parsed[name.removeprefix("JSC_")] = value
    return parsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="webkit", choices=sorted(browsers.ENGINES))
    parser.add_argument("--loads", type=int, default=300)
    parser.add_argument("--max-delay", type=float, default=1.5, help="seconds to stay on a page, at most")
    parser.add_argument("--wait-share", type=float, default=0.5, help="share of the loads that wait for the page to go live")
    parser.add_argument("--ready-timeout", type=float, default=20, help="seconds a waiting load gives the page to go live")
    parser.add_argument("--load-timeout", type=float, default=30, help="seconds a navigation may take")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jsc", action="append", default=[], metavar="NAME=VALUE",
                        help="a JavaScriptCore option for WebKitGTK's web process (JSC_NAME=VALUE), repeatable")
    parser.add_argument("--timing", type=int, default=0, metavar="N",
                        help="first measure the time to tifa:ready on the first article, N loads (median)")
    parser.add_argument("--log", type=pathlib.Path, help="a JSON-lines file of every problem")
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    jsc = parse_jsc(args.jsc)
    env_jsc = {k: v for k, v in os.environ.items() if k.startswith("JSC_")}
    label = " ".join([f"JSC_{k}={v}" for k, v in jsc.items()] + [f"{k}={v}" for k, v in env_jsc.items()]) or "stock"
    log = args.log.open("a") if args.log else None
    httpd = serving.serve()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    session = Session(args.engine, jsc, args.load_timeout)
    session.start()
    counts = {"loads": 0, "waited": 0, "crashes": 0, "traps": 0, "hangs": 0}
    problems = []

    def problem(kind, load, url, detail):
        counts[kind] += 1
        line = f"load {load} ({url!r}): {kind[:-1] if kind != 'crashes' else 'crash'}: {detail}"
        problems.append(line)
        if not args.quiet:
            print(line, flush=True)
        if log:
            log.write(json.dumps({"label": label, "load": load, "url": url, "kind": kind, "detail": detail}) + "\n")
            log.flush()

    timing = []
    if args.timing:
        timing = ready_times(session, base, args.timing)
        if not args.quiet:
            print(f"time to tifa:ready, first article: median {statistics.median(timing):.0f} ms of {len(timing)}", flush=True)

    segfaults_before = kernel_segfaults()
    started = time.time()
    for load in range(1, args.loads + 1):
        url = rng.choice(URLS)
        wait = rng.random() < args.wait_share
        delay = rng.uniform(0, args.max_delay)
        counts["loads"] += 1
        counts["waited"] += wait
        before = kernel_segfaults()
        processes = session.web_processes()
        try:
            session.driver.get(base + url)
            live = wait_ready(session.driver, args.ready_timeout)["ready"] if wait else None
            time.sleep(delay)
            state = session.driver.execute_script(STATE)
        except Exception as error:  # noqa: BLE001 - a crashed or hung page
            time.sleep(0.5)  # the kernel's log line can come a moment later
            detail = f"{type(error).__name__}: {str(error).strip().splitlines()[0][:200] if str(error).strip() else ''}"
            if kernel_segfaults() > before:
                problem("crashes", load, url, "segfault in dmesg; " + detail)
            elif "timeout" in type(error).__name__.lower() or "timed out" in str(error).lower():
                problem("hangs", load, url, detail)
            else:
                problem("crashes", load, url, "session died; " + detail)
            session.restart()
            continue
        if state["failure"] or state["errors"]:
            problem("traps", load, url, json.dumps({"failure": state["failure"], "errors": state["errors"][:3]})[:600])
        elif wait and not live:
            problem("hangs", load, url, f"not live after {args.ready_timeout:.0f} s")
            session.restart()
            continue
        # A crash the driver did not notice: MiniBrowser starts a new web
        # process for the next page, and the session goes on.
        gone = {pid for pid in processes if not pathlib.Path(f"/proc/{pid}").exists()}
        if kernel_segfaults() > before or gone:
            problem("crashes", load, url, f"{'segfault in dmesg' if kernel_segfaults() > before else 'no segfault logged'}; "
                    f"web process {sorted(gone) or '?'} gone while the session answered")
            session.restart()
        if load % 100 == 0 and not args.quiet:
            print(f"{load} loads in {time.time() - started:.0f} s: {counts}", flush=True)
    wall = time.time() - started
    segfaults = kernel_segfaults() - segfaults_before
    session.stop()
    httpd.shutdown()

    bad = counts["crashes"] + counts["traps"] + counts["hangs"]
    rate = 1000 * bad / max(counts["loads"], 1)
    summary = {
        "engine": args.engine,
        "options": label,
        "seed": args.seed,
        "max_delay": args.max_delay,
        **counts,
        "segfaults_in_dmesg": segfaults,
        "sessions": session.started,
        "per_1000_loads": round(rate, 2),
        "crashes_per_1000_loads": round(1000 * counts["crashes"] / max(counts["loads"], 1), 2),
        "wall_s": round(wall),
        "ready_ms_median": round(statistics.median(timing)) if timing else None,
    }
    print(
        f"{args.engine} ({label}): {counts['loads']} loads ({counts['waited']} waited for live), "
        f"{counts['crashes']} crashes, {counts['traps']} traps, {counts['hangs']} hangs: "
        f"{rate:.1f} per 1,000 loads ({summary['crashes_per_1000_loads']:.1f} crashes per 1,000); "
        f"{segfaults} segfaults in dmesg, {wall / 60:.0f} min"
    )
    print("summary " + json.dumps(summary), flush=True)
    if log:
        log.write(json.dumps({"summary": summary}) + "\n")
        log.close()
    return 1 if bad or segfaults else 0


if __name__ == "__main__":
    sys.exit(main())
