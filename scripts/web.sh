#!/usr/bin/env bash
# ConvViz in the browser: installs what the web build needs, builds the static site into
# build-web/site/ (index.html, convviz.js, convviz.wasm, the fonts), and with --serve serves it on
# 127.0.0.1. The site is plain files: any static host (GitHub Pages, a course server) serves it.
#
# Usage: scripts/web.sh [--serve [PORT]] [--tests]
#   --serve [PORT]  after building, serve build-web/site on http://127.0.0.1:PORT/ (default 8800)
#   --tests         also build the core tests for WebAssembly (run under node by scripts/test.sh)
#
# What it installs, each only when missing (third_party/install_deps.sh):
#   - Debian's emscripten 3.1.6 (its libraries come prebuilt: nothing is downloaded at build time),
#     chromium (the browser tests), fonttools (the site's font subsets), dpkg-dev (apt-get source);
#   - the source packages of Dear ImGui 1.86 and giflib, which Debian ships as libraries for the
#     desktop only: `apt-get source` into build-web/deps/. That needs a deb-src entry; when the
#     system has none, this script adds one that mirrors the system's own `deb` entry for Debian
#     (the same host and suites, nothing else) and says so;
#   - puppeteer-core 24 from npm into tests/web/node_modules (the browser tests' driver; it uses
#     Debian's chromium and downloads no browser), with Debian's npm when there is no npm.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
serve=""
port=8800
tests=OFF
while [[ $# -gt 0 ]]; do
  case $1 in
    --serve) serve=1; if [[ ${2:-} =~ ^[0-9]+$ ]]; then port=$2; shift; fi ;;
    --tests) tests=ON ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scripts/web.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

"$root/third_party/install_deps.sh" emscripten chromium fonttools dpkg-dev
"$root/third_party/web_sources.sh" "$root/build-web/deps"

if [[ ! -d $root/tests/web/node_modules/puppeteer-core ]]; then
  # Debian's nodejs comes without npm (it is its own package); NodeSource's node brings its own.
  command -v npm >/dev/null || "$root/third_party/install_deps.sh" npm
  echo "scripts/web.sh: installing the browser tests' driver (npm ci in tests/web)"
  (cd "$root/tests/web" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

# Debian's emcc runs on the machine's node, which does not look in Debian's own node modules
# (acorn, which emcc needs) unless told.
export NODE_PATH=/usr/share/nodejs

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
emcmake cmake -S "$root" -B "$root/build-web" -DCONVVIZ_WEB=ON -DCONVVIZ_WERROR=ON \
  -DCONVVIZ_WEB_TESTS="$tests" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build "$root/build-web" -j"$(nproc)"

site="$root/build-web/site"
echo "scripts/web.sh: the site is in $site ($(du -sh "$site" | cut -f1); gzipped:" \
  "$(tar -C "$site" -cf - . | gzip -9 | wc -c | awk '{printf "%.2f MB", $1/1e6}'))"

if [[ -n $serve ]]; then
  echo "scripts/web.sh: serving ConvViz at http://127.0.0.1:$port/ (Ctrl+C stops)"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site"
fi
