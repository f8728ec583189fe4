#!/usr/bin/env bash
# The GUI monkey test: BUILD_DIR/convviz --monkey for SECONDS (default 60) under xvfb-run, in a
# temporary folder that is its working folder, HOME and config folder (saves, exports and settings
# land there), with the sanitizers set to stop at their first report. The seed is 20261122, or
# $CONVVIZ_MONKEY_SEED. Fails on a crash, a hang, a sanitizer report, an ImGui assertion (Debian's
# libimgui.a keeps its asserts) or fewer than $CONVVIZ_MONKEY_MIN_FPS (default 10) frames a second.
# Usage: scripts/monkey.sh BUILD_DIR [SECONDS]
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: scripts/monkey.sh BUILD_DIR [SECONDS]" >&2
  exit 2
fi
app=$(cd "$1" && pwd)/convviz
seconds=${2:-60}
seed=${CONVVIZ_MONKEY_SEED:-20261122}
min_fps=${CONVVIZ_MONKEY_MIN_FPS:-10}
# A smaller window than the app's default: the ASan build draws it about twice as fast, and the
# panels, menus and dialogs are all there.
size=960x600
if [[ ! -x $app ]]; then
  echo "scripts/monkey.sh: no $app (build the convviz target first)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/convviz-monkey.XXXXXX")
mkdir -p "$work/config"
echo "monkey: seed $seed, $seconds s, window $size (re-run: CONVVIZ_MONKEY_SEED=$seed scripts/monkey.sh $1 $seconds)"

status=0
# LeakSanitizer reports Mesa's allocations as leaks (DESIGN.md): leaks off. A hang is a failure too.
(
  cd "$work"
  HOME=$work XDG_CONFIG_HOME=$work/config \
  ASAN_OPTIONS=abort_on_error=1:detect_leaks=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" \
    timeout --kill-after=10 $((seconds + 120)) \
    "$app" --monkey "$seed" --monkey-seconds "$seconds" --size "$size" >"$work/out.txt" 2>"$work/err.txt"
) || status=$?

cat "$work/out.txt"
summary=$(grep '^monkey: frames=' "$work/out.txt" || true)
frames=$(sed -n 's/^monkey: frames=\([0-9]*\).*/\1/p' <<<"$summary")
problem=""
if [[ $status -ne 0 ]]; then
  problem="convviz exited with status $status"
  [[ $status -eq 124 || $status -eq 137 ]] && problem="convviz hung (killed after $((seconds + 120)) s)"
fi
if grep -qE 'ERROR: AddressSanitizer|runtime error:|Assertion .* failed|ERROR: LeakSanitizer' "$work/err.txt"; then
  problem="${problem:+$problem; }a sanitizer report or an assertion"
fi
if [[ -z $problem && -z $frames ]]; then
  problem="no summary line"
fi
if [[ -z $problem ]] && (( frames < seconds * min_fps )); then
  problem="only $frames frames in $seconds s (expected at least $((seconds * min_fps)))"
fi

if [[ -n $problem ]]; then
  echo "scripts/monkey.sh: FAILED with seed $seed: $problem" >&2
  echo "--- the last lines convviz wrote to stderr ($work/err.txt):" >&2
  tail -n 80 "$work/err.txt" >&2
  echo "--- kept: $work" >&2
  exit 1
fi
echo "monkey: passed, $frames frames in $seconds s ($((frames / seconds)) frames/s)"
rm -rf "$work"
