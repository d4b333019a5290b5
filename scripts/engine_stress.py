"""Loads the reader many times in one browser session, leaving each page after
a random delay (often while its wasm is still starting or working through a
hostile pack), and stops at the first page that crashes, hangs or shows the
failure notice. For checking a browser engine, not part of `make test`:

    .venv/bin/python scripts/engine_stress.py --engine webkit --loads 400

Engine options can be passed through the environment (for WebKitGTK, JSC_*
variables such as JSC_thresholdForBBQOptimizeAfterWarmUp=0); see docs/webkit.md.
"""

import argparse
import pathlib
import random
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

FAILURE = "return (document.getElementById('tifa-failure') || {}).textContent || null"


def kernel_segfaults():
    """Segfaults the kernel has logged (0 where dmesg is not readable)."""
    log = subprocess.run(["dmesg"], capture_output=True, text=True).stdout
    return log.count("segfault")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="webkit", choices=sorted(browsers.ENGINES))
    parser.add_argument("--loads", type=int, default=300)
    parser.add_argument("--max-delay", type=float, default=1.5, help="seconds to stay on a page, at most")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    httpd = serving.serve()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    driver, cleanup = browsers.start(args.engine)
    driver.set_page_load_timeout(30)
    segfaults_before = kernel_segfaults()
    started = time.time()
    problem = None
    for load in range(1, args.loads + 1):
        url = rng.choice(URLS)
        try:
            driver.get(base + url)
            time.sleep(rng.uniform(0, args.max_delay))
            failure = driver.execute_script(FAILURE)
        except Exception as error:  # a crashed or hung page ends the session
            problem = f"load {load} ({url!r}): {type(error).__name__}: {str(error).strip()[:300]}"
            break
        if failure:
            problem = f"load {load} ({url!r}): the page shows {failure!r}"
            break
        if load % 50 == 0:
            print(f"{load} loads in {time.time() - started:.0f} s", flush=True)
    segfaults = kernel_segfaults() - segfaults_before
    print(problem or f"{args.loads} loads, no problem", f"({segfaults} new segfaults in dmesg)")
    try:
        driver.quit()
    finally:
        if cleanup:
            cleanup()
        httpd.shutdown()
    return 1 if problem or segfaults else 0


if __name__ == "__main__":
    sys.exit(main())
