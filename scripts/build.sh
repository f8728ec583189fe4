#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: installs missing system packages, then configures and
# builds one build tree. Usage: scripts/build.sh BUILD_DIR [cmake -D options...]
# Idempotent: a second run reconfigures nothing that did not change and rebuilds only edits.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$1
shift

"$root/third_party/install_deps.sh"
cmake -S "$root" -B "$root/$build_dir" "$@" >/dev/null
cmake --build "$root/$build_dir" -j"$(nproc)"
