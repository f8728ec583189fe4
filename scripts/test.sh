#!/usr/bin/env bash
# The second of the README's two commands: the same set-up as run.sh, then every test through
# ctest (inside one xvfb-run, for the tests that need a display), then the same suite again built
# the web build (scripts/web.sh) with its browser tests in headless Chromium (tests/web/), then the
# same suite again built with AddressSanitizer + UndefinedBehaviorSanitizer, the GUI monkey test on
# that build for a minute (scripts/monkey.sh), and each fuzz target for 20 s (clang's libFuzzer,
# scripts/fuzz.sh).
# Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc)

torch_data="$root/../shared/testdata/torch"
if ! ls "$torch_data"/*.json >/dev/null 2>&1; then
  echo "scripts/test.sh: the PyTorch reference cases are missing: expected $torch_data/*.json" >&2
  echo "(the shared/ folder sits beside this checkout)" >&2
  exit 1
fi

# -noreset: Xvfb otherwise restarts whenever its last client leaves, and an app of the GUI tests
# starting at that instant cannot open the display.
xvfb=(xvfb-run -a -s "-screen 0 1920x1200x24 -noreset")

# Each phase's wall time, printed as it ends and again at the end: CI has an hour, and this says
# where it goes.
started=$SECONDS
phase_name=""
phase_started=$SECONDS
timings=()
phase() {
  if [[ -n $phase_name ]]; then
    timings+=("$(printf '%5d s  %s' $((SECONDS - phase_started)) "$phase_name")")
    echo "   ($phase_name: $((SECONDS - phase_started)) s)"
  fi
  phase_name=$1
  phase_started=$SECONDS
  [[ -n $phase_name ]] && echo "== $phase_name"
  return 0
}

phase "build (warnings are errors)"
"$root/scripts/build.sh" build -DCONVVIZ_WERROR=ON
phase "tests"
"${xvfb[@]}" ctest --test-dir "$root/build" --output-on-failure -j"$jobs"
phase "the web build (emscripten), with the core tests for node"
"$root/scripts/web.sh" --tests
phase "core tests compiled to WebAssembly, under node"
# The same core tests as build/convviz_tests, so that core behaves the same in the browser; the
# few that need a process or a FIFO, which node cannot give, are skipped and say why.
node "$root/build-web/convviz_tests.js"

phase "the browser tests (headless Chromium)"
web_out="$root/build-web/test-shots"
rm -rf "$web_out"
mkdir -p "$web_out"
# The desktop app's own export of the first scene, through its Export dialog: the browser's must
# have as many frames. Its settings go to a folder of its own, never the user's.
HOME="$web_out" XDG_CONFIG_HOME="$web_out" "${xvfb[@]}" "$root/build/convviz" --export-to "$web_out/desktop.gif" >/dev/null
node "$root/tests/web/browser_test.mjs" "$root/build-web/site" "$web_out" --expect-gif "$web_out/desktop.gif"

phase "build with ASan + UBSan"
"$root/scripts/build.sh" build-asan -DCONVVIZ_WERROR=ON -DCONVVIZ_SANITIZE=ON \
  -DCONVVIZ_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=Debug
phase "tests under ASan + UBSan"
ASAN_OPTIONS=abort_on_error=1:detect_stack_use_after_return=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "${xvfb[@]}" ctest --test-dir "$root/build-asan" --output-on-failure -j"$jobs"
phase "GUI monkey test under ASan + UBSan (seed ${CONVVIZ_MONKEY_SEED:-20261122})"
"$root/scripts/monkey.sh" "$root/build-asan" 60

phase "fuzzing: each libFuzzer target for 20 s under ASan + UBSan"
"$root/scripts/fuzz.sh" 20
phase ""

echo "scripts/test.sh: all passed in $((SECONDS - started)) s:"
printf '%s\n' "${timings[@]}"
