#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz/) with ASan + UBSan, each for SECONDS (default 60), from
# the committed seed corpus, and prints each one's executions per second. CI runs it for 20 s each.
# Exits non-zero on the first crash, leak, sanitizer report or broken property, naming the input
# that caused it; copy that file into tests/fuzz/regressions/<target>/ to make it a test.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: case_file scene lesson settings ops shape_args torch_line scene_link
#   scripts/fuzz.sh --merge [TARGET...]      fold what the runs found into the committed corpus
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-fuzz"
all_targets=(case_file scene lesson settings ops shape_args torch_line scene_link)

merge=0
seconds=60
if [[ ${1:-} == --merge ]]; then
  merge=1
  shift
elif [[ ${1:-} =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "scripts/fuzz.sh: no target '$t' (${all_targets[*]})" >&2; exit 2; }
done

"$root/third_party/install_deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCONVVIZ_FUZZ=ON -DCONVVIZ_WERROR=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
built=$SECONDS
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
echo "fuzz targets built in $((SECONDS - built)) s"

if [[ $merge == 1 ]]; then
  # -merge=1 keeps the smallest inputs that reach all the coverage of both folders.
  for t in "${targets[@]}"; do
    merged=$(mktemp -d)
    "$build/fuzz_$t" -merge=1 "$merged" "$root/tests/fuzz/corpus/$t" "$build/corpus/$t" 2>/dev/null
    rm -rf "$root/tests/fuzz/corpus/$t"
    mv "$merged" "$root/tests/fuzz/corpus/$t"
    chmod 755 "$root/tests/fuzz/corpus/$t"
    echo "$t: $(ls "$root/tests/fuzz/corpus/$t" | wc -l) inputs in tests/fuzz/corpus/$t"
  done
  exit 0
fi

export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
summary=()
for t in "${targets[@]}"; do
  # New inputs go into build-fuzz/corpus (not committed); the seeds are only read.
  mkdir -p "$build/corpus/$t" "$build/crashes/$t"
  log="$build/fuzz_$t.log"
  echo "== fuzz_$t for $seconds s"
  if ! "$build/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/crashes/$t/" "$build/corpus/$t" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "scripts/fuzz.sh: fuzz_$t failed; the input is in $build/crashes/$t/" >&2
    echo "(reproduce: $build/fuzz_$t <input>; keep it: copy it into tests/fuzz/regressions/$t/)" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  line=$(printf '%-11s %4s s  %9s runs  %6s runs/s  coverage %s edges' "$t" "$seconds" "$runs" "$rate" "${coverage:-?}")
  echo "   $line"
  summary+=("$line")
done
echo "scripts/fuzz.sh: every target ran clean (ASan + UBSan):"
printf '   %s\n' "${summary[@]}"
