#!/usr/bin/env bash
# Installs what building and testing Tifa needs, and skips what is already
# there, so it is cheap to run before every build. Debian 12, as root, with
# rustup's stable toolchain; everything else comes from the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14        # 0.22 needs rustc >= 1.96.1
BINARYEN_VERSION=132.0.0     # Debian's binaryen (108) is too old for current rustc
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
has() { command -v "$1" >/dev/null 2>&1; }

if ! has cargo || ! has rustup; then
  echo "setup: cargo and rustup are needed (Rust stable >= 1.95 via rustup)" >&2
  exit 1
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

packages=()
# The three browser engines and their WebDriver servers (Chromium, Firefox
# ESR, WebKitGTK's MiniBrowser, which needs a virtual X display); the Noto CJK
# fonts so that the Chinese text renders (and is screenshotted) as a reader
# sees it.
for package in chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-noto-cjk brotli poppler-utils; do
  installed "$package" || packages+=("$package")
done
has npm || packages+=(npm)
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
if ((${#packages[@]})); then
  say "installing Debian packages: ${packages[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk builds offline (Trunk.toml), so every crate in Cargo.lock, for every
# target, must be in cargo's cache first; a no-op when it already is.
say "fetching the crates in Cargo.lock"
cargo fetch --locked --quiet

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes)"
  # Not --locked: its lock file pins a webpki-roots the registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

GECKODRIVER_VERSION=0.37.1
if ! geckodriver --version 2>/dev/null | grep -qF "$GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION (about 5 minutes)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi

if ! wasm-opt --version 2>/dev/null | grep -qF "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt from npm binaryen@$BINARYEN_VERSION"
  npm install -g --no-fund --no-audit "binaryen@$BINARYEN_VERSION" >/dev/null
fi

# The browser tests' npm packages: axe-core (accessibility checks) and
# scorm-again (the LMS side of the SCORM test host), each at its pin.
e2e_wanted=$(node -p 'Object.entries(require("./tests/e2e/package.json").devDependencies).map(([n, v]) => n + "@" + v).join(" ")')
e2e_present=$(node -p 'Object.keys(require("./tests/e2e/package.json").devDependencies).map((n) => { try { return n + "@" + require("./tests/e2e/node_modules/" + n + "/package.json").version } catch { return "" } }).join(" ")')
if [ "$e2e_wanted" != "$e2e_present" ]; then
  say "installing axe-core and scorm-again for the browser tests"
  npm ci --prefix tests/e2e --no-fund --no-audit >/dev/null
fi

terser_wanted=$(node -p 'require("./scripts/minify/package.json").devDependencies.terser')
terser_present=$(node -p 'try { require("./scripts/minify/node_modules/terser/package.json").version } catch { "" }')
if [ "$terser_wanted" != "$terser_present" ]; then
  say "installing terser, which minifies the JS glue of release builds"
  npm ci --prefix scripts/minify --no-fund --no-audit >/dev/null
fi

requirements=tests/e2e/requirements.txt
stamp=.venv/requirements.installed
if [ ! -x .venv/bin/pytest ] || ! cmp -s "$requirements" "$stamp"; then
  say "installing the browser tests' Python packages into .venv"
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$stamp"
fi
