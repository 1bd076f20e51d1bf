#!/usr/bin/env bash
# The same set-up as scripts/setup.sh, then every test (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
scripts/setup.sh "$BUILD_DIR"
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1200
