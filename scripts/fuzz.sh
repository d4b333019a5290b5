#!/usr/bin/env bash
# Runs the property-based fuzz suites (tests/fuzz_pack.rs, tests/fuzz_matcher.rs)
# in release mode with enough cases for at least TOTAL generated inputs across
# all properties (default 1,000,000), then prints the total inputs run and the
# elapsed time.
#
# Usage:
#   scripts/fuzz.sh            # >= 1,000,000 inputs
#   scripts/fuzz.sh 50000      # a quicker run: >= 50,000 inputs
#
# How: the properties are the tests named `prop_*` (counted from
# `cargo test -- --list`); each gets ceil(TOTAL / properties) cases through the
# TIFA_FUZZ_CASES variable that both suites read. `cargo test` without this
# script runs 256 cases per property.
#
# Build: `--release` with the release profile adjusted through CARGO_PROFILE_*
# variables: opt-level 3 instead of "z", no LTO and 16 codegen units (the
# shipped profile is tuned for a small wasm, not for a fast test build), and
# debug assertions and overflow checks on, so that arithmetic overflow in src/
# fails a case as it would in a debug build. The build goes to its own target
# directory (target/fuzz, or $CARGO_TARGET_DIR if set) so that it neither
# replaces nor waits on other release builds. Building is not timed.
#
# Proptest writes no failure files (failure_persistence is off); a failing
# property prints its minimal input. The exit status is cargo's.
set -euo pipefail

total="${1:-1000000}"
if ! [[ "$total" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [TOTAL_INPUTS]" >&2
    exit 2
fi

cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/fuzz}"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=3
export CARGO_PROFILE_RELEASE_LTO=false
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true
export CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true

suites=(--test fuzz_pack --test fuzz_matcher)

echo "Building the fuzz suites (release, target dir $CARGO_TARGET_DIR)..."
cargo test --release "${suites[@]}" --no-run

properties=$(cargo test --release "${suites[@]}" -- --list 2>/dev/null | grep -c '^prop_[A-Za-z0-9_]*: test$' || true)
if [ "$properties" -eq 0 ]; then
    echo "no prop_* tests found" >&2
    exit 1
fi
cases=$(( (total + properties - 1) / properties ))
inputs=$(( cases * properties ))
echo "$properties properties x $cases cases = $inputs inputs"

start=$(date +%s.%N)
status=0
TIFA_FUZZ_CASES="$cases" cargo test --release "${suites[@]}" || status=$?
end=$(date +%s.%N)

elapsed=$(awk -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "%.1f s (%dm%02ds)", t, int(t / 60), int(t) % 60 }')
echo
echo "Total inputs run: $inputs ($properties properties x $cases cases)"
echo "Elapsed: $elapsed"
if [ "$status" -ne 0 ]; then
    echo "FAILED (cargo exit status $status)" >&2
fi
exit "$status"
