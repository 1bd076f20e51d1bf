#!/usr/bin/env bash
# The same set-up as scripts/setup.sh, then every test (GUI tests run offscreen), then the
# sanitizer runs (scripts/sanitize.sh: ASan + UBSan on the engine and app tests, TSan on the
# threaded ones) and each fuzzer for the same 100,000 inputs every run (a fixed seed; under a
# minute each, capped at 5; scripts/fuzz.sh).
# LAYERLAB_SKIP_SANITIZERS=1 stops after the Release tests (for a quick local run).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
scripts/setup.sh "$BUILD_DIR"
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1200
cd ..
if [ "${LAYERLAB_SKIP_SANITIZERS:-0}" = 1 ]; then
    echo "== sanitizers and fuzzers skipped (LAYERLAB_SKIP_SANITIZERS=1)"
    exit 0
fi
scripts/sanitize.sh all
LAYERLAB_FUZZ_SEED=1 LAYERLAB_FUZZ_RUNS=100000 scripts/fuzz.sh 300
