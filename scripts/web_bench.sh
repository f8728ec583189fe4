#!/usr/bin/env bash
# The web build's figures for README.md (issue 22): its download (gzipped, English; the Chinese font
# apart), the time from opening the page to its first frame, and the frame time at 1280×720 in
# headless Chromium (SwiftShader, software WebGL 2) against the desktop app under Xvfb (Mesa
# llvmpipe, software OpenGL) in the same run, rounds alternating between the two. Figures are
# medians of the rounds. Writes the table between README.md's `<!-- web_bench.sh: begin -->` and
# `<!-- web_bench.sh: end -->`. Run it on a quiet machine.
# Usage: scripts/web_bench.sh [ROUNDS] (default 5)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${1:-5}
python=/usr/bin/python3
"$python" "$root/scripts/perf/readme_block.py" --check --markers web_bench.sh "$root/README.md"

"$root/scripts/build.sh" build
"$root/scripts/web.sh"
out="$root/build-web/bench"
mkdir -p "$out"
: >"$out/desktop.txt"
: >"$out/web.jsonl"
for ((i = 1; i <= rounds; i++)); do
  echo "scripts/web_bench.sh: round $i of $rounds"
  HOME="$out" XDG_CONFIG_HOME="$out" xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" \
    "$root/build/convviz" --bench-frames 300 | grep '^frame_ms\|^startup_ms' >>"$out/desktop.txt"
  node "$root/tests/web/web_bench.mjs" "$root/build-web/site" >>"$out/web.jsonl"
done

"$python" - "$root/build-web/site" "$out" >"$out/block.md" <<'PY'
import gzip, json, os, re, statistics, sys
site, out = sys.argv[1], sys.argv[2]
def gz(name):
    with open(os.path.join(site, name), "rb") as f:
        return len(gzip.compress(f.read(), 9))
english = sum(gz(n) for n in ["index.html", "page.js", "convviz.js", "convviz.wasm", "fonts/latin.ttf", "fonts/cjk-names.ttf"])
web = [json.loads(line) for line in open(os.path.join(out, "web.jsonl"))]
text = open(os.path.join(out, "desktop.txt")).read()
desktop_frame = [float(m) for m in re.findall(r"frame_ms median=([\d.]+)", text)]
desktop_start = [float(m) for m in re.findall(r"startup_ms=([\d.]+)", text)]
med = lambda xs: statistics.median(xs)
load = os.getloadavg()[0]
print(f"Measured by `scripts/web_bench.sh` ({len(web)} rounds, medians; load average {load:.1f} at the end):\n")
print("| | browser (headless Chromium, SwiftShader WebGL 2) | desktop (Xvfb, Mesa llvmpipe) |")
print("|---|---|---|")
print(f"| download, gzipped | {english / 1e6:.2f} MB in English (+ {gz('fonts/cjk.ttf') / 1e6:.2f} MB when Chinese is chosen) | — |")
print(f"| first frame | {med([w['first_frame_ms'] for w in web]):.0f} ms after the page is opened | {med(desktop_start):.0f} ms after the process starts |")
print(f"| frame at 1280×720, playing | {med([w['interval_ms_median'] for w in web]):.1f} ms between frames "
      f"(App::frame {med([w['frame_ms_median'] for w in web]):.1f} ms) | {med(desktop_frame):.1f} ms (to glFinish) |")
PY
cat "$out/block.md"
"$python" "$root/scripts/perf/readme_block.py" "$root/README.md" --markers web_bench.sh --text "$out/block.md"
