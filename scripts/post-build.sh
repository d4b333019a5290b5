#!/bin/sh
# The reader's post-build hook (Trunk.toml), run by Trunk with
# TRUNK_STAGING_DIR and TRUNK_PROFILE set. The steps run in this order:
set -eu
# 1. Pre-render the default view into index.html (and move Trunk's inline
#    loader into a file, for a strict CSP). Same features as the tests, so
#    both share one native build; always on the default toolchain, even when
#    the wasm is built on nightly for the min-size build (make dist-min).
env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_TARGET_DIR \
  cargo run --quiet --features ssr,schema --bin tifa-prerender -- "$TRUNK_STAGING_DIR/index.html"
# 2. The oEmbed file (oembed.json) that the page's oEmbed link names; its
#    URLs are absolute when TIFA_PUBLIC_URL is set (scripts/oembed.py).
python3 scripts/oembed.py "$TRUNK_STAGING_DIR"
# 3. The authoring page (author.html), a Trunk build of its own.
sh scripts/build-author.sh
# 4. The pack worker (pack-worker/), which checks a raw ?pack= for the reader.
sh scripts/build-pack-worker.sh
# 5. In release builds, minify the JS glue of both pages and the worker
#    (Trunk 0.21's minifier fails on it) and update the pages' integrity hashes.
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  node scripts/minify/minify-glue.mjs "$TRUNK_STAGING_DIR"
fi
# Last, over the final files: the service worker carries a digest of the
# build, so that each deployment is a new worker that caches its build whole.
stamp=$(cd "$TRUNK_STAGING_DIR" && find . -type f ! -name sw.js ! -path './.stage/*' | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)
sed -i "s/__TIFA_BUILD__/$stamp/" "$TRUNK_STAGING_DIR/sw.js"
