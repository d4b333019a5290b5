#!/bin/sh
# The reader's post-build hook (Trunk.toml) runs this: it builds the pack
# worker (src/bin/pack_worker), which checks a raw `?pack=` for the reader,
# into pack-worker/ next to index.html. Same features as the authoring page
# (scripts/build-author.sh runs first), so the library is compiled once for
# both; always on the default toolchain, like the pre-renderer.
set -eu
staging="$TRUNK_STAGING_DIR"
profile="${TRUNK_PROFILE:-debug}"
flags=""
[ "$profile" = "release" ] && flags="--release"
out="$staging/pack-worker"
env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_TARGET_DIR -u RUSTFLAGS -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS \
  cargo build --quiet $flags --target wasm32-unknown-unknown --bin tifa-pack-worker --features author,csr
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name tifa_pack_worker \
  "target/wasm32-unknown-unknown/$profile/tifa-pack-worker.wasm"
if [ "$profile" = "release" ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    -o "$out/tifa_pack_worker_bg.wasm" "$out/tifa_pack_worker_bg.wasm"
fi
cp src/bin/pack_worker/start.js "$out/worker.js"
