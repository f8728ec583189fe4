#!/usr/bin/env bash
# Soak and memory (issue 9), run by hand, not by CI: plays the `large` preset in --bench-frames
# mode for MINUTES (default 10) and checks that resident memory stays flat and frame times do not
# creep; then the peak resident memory of the app on every preset and view (bound 200 MB) and of a
# headless `convviz export --all-presets` (bound 300 MB). Exits non-zero when a rule is broken.
# Usage: scripts/soak.sh [MINUTES]        Raw outputs stay in build/soak/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
minutes=${1:-10}
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || ((minutes < 1 || minutes > 600)); then
  echo "scripts/soak.sh: MINUTES must be a whole number from 1 to 600, got '$minutes'" >&2
  exit 2
fi

# The app needs a display: the whole script runs again inside one Xvfb (as test.sh's ctest does).
if [[ -z "${CONVVIZ_SOAK_IN_XVFB:-}" ]]; then
  "$root/third_party/install_deps.sh"
  CONVVIZ_SOAK_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" "$0" "$@"
fi

started=$SECONDS
echo "== build"
"$root/scripts/build.sh" build
app=$root/build/convviz
out=$root/build/soak
rm -rf "$out"
mkdir -p "$out"

# Ten-second report windows: the frame count comes from a short trial, since the app counts
# frames, not seconds. Its first 100 frames (start-up, the first phases) are left out of the
# rate. Six windows make a minute.
echo "== trial: 300 frames of large"
"$app" --preset large --bench-frames 300 --bench-report-every 100 >"$out/trial.txt"
window=$(sed -n 's/^report .* elapsed_s=\([0-9.]*\)$/\1/p' "$out/trial.txt" |
  /usr/bin/python3 -c "import sys; t = [float(v) for v in sys.stdin]; print(max(1, round(200 / (t[2] - t[0]) * 10)))")
frames=$((window * 6 * minutes))
if ((frames > 1000000)); then
  window=$((1000000 / (6 * minutes)))
  frames=$((window * 6 * minutes))
fi
echo "   $(( window / 10 )) frames a second: $frames frames in $minutes minute(s), a report every $window frames"

echo "== soak: large for about $minutes minute(s)"
# A line a minute for whoever watches; every line goes to soak.txt.
/usr/bin/time -f %M -o "$out/soak.time" \
  "$app" --preset large --bench-frames "$frames" --bench-report-every "$window" \
  | tee "$out/soak.txt" \
  | awk -v per_minute=6 '/^report / && ++n % per_minute == 0 { print "   minute " n / per_minute ": " $0 }'

# Every preset in every view it offers: the app refuses a view a scene does not have, and that
# refusal is how the views are found.
echo "== peak memory: every preset and view, 60 frames each"
views=(conv scatter gather crop matrix pool unpool upsample shuffle compare)
: >"$out/views.tsv"
for preset in $("$app" --list-presets | awk '{ print $1 }'); do
  for view in "${views[@]}"; do
    log=$out/view.txt
    if /usr/bin/time -f %M -o "$out/view.time" "$app" --preset "$preset" --view "$view" --bench-frames 60 >"$log" 2>&1; then
      printf '%s\t%s\t%s\n' "$preset" "$view" "$(tail -n 1 "$out/view.time")" >>"$out/views.tsv"
    elif ! grep -q "is not one of this scene's views" "$log"; then
      echo "scripts/soak.sh: convviz --preset $preset --view $view failed:" >&2
      cat "$log" >&2
      exit 1
    fi
  done
done
echo "   $(wc -l <"$out/views.tsv") runs"

echo "== peak memory: headless export --all-presets (GIF, 960×540)"
rm -rf "$out/export"
env -u DISPLAY /usr/bin/time -f "%e %M" -o "$out/export.time" "$app" export --all-presets "$out/export" >"$out/export.txt"
echo "   $(ls "$out/export" | wc -l) files, $(du -sh "$out/export" | cut -f1)"
rm -rf "$out/export"

echo "== summary (raw outputs in build/soak/; the whole soak took $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s)"
/usr/bin/python3 "$root/scripts/perf/soak_report.py" --dir "$out" --minutes "$minutes"
