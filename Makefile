# The two commands a developer needs are `make serve` and `make test`; both
# install whatever is missing first (scripts/setup.sh).

.PHONY: setup serve dist test test-native test-browser bench bench-matcher fuzz clean

setup:
	@bash scripts/setup.sh

# The reader at http://127.0.0.1:8080, rebuilt on every change.
serve: setup
	trunk serve

# The release build in dist/: static files for any host and any sub-path.
dist: setup
	trunk build --release

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

# The page benchmark: the release build against a static page of the same
# article, in headless Chromium; writes bench/results/<date>-<commit>.md.
bench: dist
	cd bench/web && npm ci --no-fund --no-audit >/dev/null
	.venv/bin/python scripts/bench.py

# The matcher against a naive scan (Criterion; its own crate and target dir).
bench-matcher:
	cd bench/matcher && cargo bench

# A million fuzz inputs for pack parsing and term matching.
fuzz:
	bash scripts/fuzz.sh

clean:
	rm -rf dist target .venv
