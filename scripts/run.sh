#!/usr/bin/env bash
# The same set-up as scripts/setup.sh, then starts LayerLab on its built-in data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
exec ./build/layerlab "$@"
