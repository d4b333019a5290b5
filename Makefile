# The two commands a developer needs are `make serve` and `make test`; both
# install whatever is missing first (scripts/setup.sh).

.PHONY: setup serve dist dist-min scorm test test-native test-browser test-webkit-stock bench bench-matcher fuzz align-report clean

setup:
	@bash scripts/setup.sh

# The reader at http://127.0.0.1:8080, rebuilt on every change.
serve: setup
	trunk serve

# The release build in dist/: static files for any host and any sub-path.
dist: setup
	trunk build --release

# A SCORM 1.2 package of the release build and one pack, for an LMS:
# make scorm PACK=path/to/pack.json [SCORM_OUT=file.zip] (default
# target/scorm/<pack>.zip). The pack is checked first.
scorm:
	@test -n "$(PACK)" || { echo "usage: make scorm PACK=path/to/pack.json [SCORM_OUT=file.zip]" >&2; exit 2; }
	@$(MAKE) --no-print-directory dist
	cargo run --quiet --features ssr,schema --bin tifa-check -- "$(PACK)"
	python3 scripts/scorm/make_scorm.py --pack "$(PACK)" $(if $(SCORM_OUT),--out "$(SCORM_OUT)")

# Every test: native unit and component tests, then the browser tests
# against the release build.
test: setup
	cargo test --features ssr,schema
	trunk build --release
	.venv/bin/pytest tests/e2e

test-native:
	cargo test --features ssr,schema

test-browser: dist
	.venv/bin/pytest tests/e2e

# WebKitGTK without the harness's JavaScriptCore options (WEBKIT_JSC_OPTIONS
# in tests/e2e/browsers.py): page loads against the release build, with the
# crash, trap and hang rate per 1,000 loads. For judging a newer WebKitGTK:
# docs/webkit.md. STRESS_LOADS=N for more or fewer loads.
STRESS_LOADS ?= 500
test-webkit-stock: dist
	.venv/bin/python scripts/engine_stress.py --engine webkit --loads $(STRESS_LOADS)

# The optional min-size build in dist-min/: the wasm on the pinned nightly,
# with std rebuilt for size and panics that abort at once (so a panic shows no
# message; the load-failure notice still works). Fetches std's sources once.
dist-min: setup
	rustup component add rust-src --toolchain nightly
	rustup target add wasm32-unknown-unknown --toolchain nightly
	RUSTUP_TOOLCHAIN=nightly CARGO_TARGET_DIR=target/min \
	  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
	  cargo fetch -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
	RUSTUP_TOOLCHAIN=nightly CARGO_TARGET_DIR=target/min CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
	  trunk build --release --dist dist-min

# The page benchmark: the release build against a static page of the same
# article, compressed as a static host serves it, in headless Chromium, with
# the Yew floor (bench/floor); writes bench/results/<date>-<commit>.md.
bench: dist
	cd bench/web && npm ci --no-fund --no-audit >/dev/null
	.venv/bin/python scripts/bench.py

# The matcher against a naive scan (Criterion; its own crate and target dir).
bench-matcher:
	cd bench/matcher && cargo bench

# The pack maker on the hand-aligned official texts in tests/fixtures/bitexts:
# boundary accuracy, term recall and the length model, as a table.
align-report:
	cargo test --quiet --features ssr,schema --test alignment_fixtures -- --nocapture --test-threads 1 2>&1 | grep -E '^\||length model|characters per'

# A million fuzz inputs for pack parsing and term matching.
fuzz:
	bash scripts/fuzz.sh

clean:
	rm -rf dist target .venv
