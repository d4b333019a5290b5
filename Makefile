# The two commands a developer needs are `make serve` and `make test`; both
# install whatever is missing first (scripts/setup.sh).

.PHONY: setup serve dist test test-native test-browser clean

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

clean:
	rm -rf dist target .venv
