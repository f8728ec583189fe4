#!/usr/bin/env bash
# The performance record (issue 9): builds build/, then measures, each several times, the Google
# Benchmark suite, the app's --bench-frames on three scenes and headless --all-presets exports;
# writes the table to docs/performance.md and between README.md's lines `<!-- bench.sh: begin -->`
# and `<!-- bench.sh: end -->`. Figures are medians of runs, never one run. Run it on a quiet
# machine: anything else running shows in the figures (the table states the load average).
# Usage: scripts/bench.sh [--quick] [--readme FILE]
#   --quick        fewer and shorter runs and no export of every preset (about a minute), to try it
#   --readme FILE  the file with the markers (default: README.md)
# Raw outputs stay in build/bench/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
quick=0
readme=$root/README.md
while (($#)); do
  case $1 in
    --quick) quick=1 ;;
    --readme) readme=$(realpath "${2:?--readme needs a file}"); shift ;;
    *) echo "scripts/bench.sh: unknown argument '$1' (usage: scripts/bench.sh [--quick] [--readme FILE])" >&2; exit 2 ;;
  esac
  shift
done

python=/usr/bin/python3
perf=$root/scripts/perf
# Before half an hour of measuring, not after: the table must have somewhere to go.
if [[ -x $python ]] && ! "$python" "$perf/readme_block.py" --check "$readme"; then
  echo "scripts/bench.sh: add the two marker lines to $readme first" >&2
  exit 1
fi

# The app needs a display: the whole script runs again inside one Xvfb (as test.sh's ctest does);
# the exports unset DISPLAY to stay headless.
if [[ -z "${CONVVIZ_BENCH_IN_XVFB:-}" ]]; then
  "$root/third_party/install_deps.sh"
  args=()
  ((quick)) && args+=(--quick)
  CONVVIZ_BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" "$0" "${args[@]}" --readme "$readme"
fi

if ((quick)); then
  gb_repetitions=3 gb_min_time=0.1 app_runs=2 app_frames=120 export_runs=2 export_all_runs=0
else
  gb_repetitions=5 gb_min_time=0.5 app_runs=5 app_frames=300 export_runs=5 export_all_runs=3
fi
scenes=(padding_strides_transposed large matrix_1024)

started=$SECONDS
echo "== build (RelWithDebInfo)"
"$root/scripts/build.sh" build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONVVIZ_BENCHMARKS=ON -DCONVVIZ_SANITIZE=OFF
app=$root/build/convviz
out=$root/build/bench
rm -rf "$out"
mkdir -p "$out/app" "$out/export"
load() { cut -d' ' -f1 /proc/loadavg; }
{
  echo "mode=$( ((quick)) && echo quick || echo full)"
  echo "date=$(date +%F)"
  echo "commit=$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . ':!README.md' ':!docs/performance.md' || echo ' + local changes')"
  echo "build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$root/build/CMakeCache.txt")"
  echo "cpus=$(nproc)"
  echo "cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "app_frames=$app_frames"
  echo "load_before=$(load)"
} >"$out/meta.env"

echo "== Google Benchmark: $gb_repetitions repetitions"
"$root/build/convviz_bench" --benchmark_repetitions="$gb_repetitions" --benchmark_min_time="$gb_min_time" \
  --benchmark_out="$out/gb.json" --benchmark_out_format=json >"$out/gb.txt"

# Runs interleave the scenes, so that a burst of load elsewhere spreads over all three.
echo "== the app: ${scenes[*]}, $app_runs runs of $app_frames frames each"
for run in $(seq "$app_runs"); do
  for scene in "${scenes[@]}"; do
    /usr/bin/time -f "%e %M" -o "$out/app/$scene.$run.time" \
      "$app" --preset "$scene" --bench-frames "$app_frames" >"$out/app/$scene.$run.txt"
    echo "   $scene, run $run: $(tail -n 1 "$out/app/$scene.$run.txt")"
  done
done

# export NAME RUNS [convviz export options...]: RUNS headless exports into a fresh folder each.
export_runs() {
  local name=$1 runs=$2 run dir
  shift 2
  for run in $(seq "$runs"); do
    dir=$out/export/$name.gifs
    rm -rf "$dir"
    env -u DISPLAY /usr/bin/time -f "%e %M" -o "$out/export/$name.$run.time" \
      "$app" export --all-presets "$dir" "$@" >"$out/export/$name.$run.txt"
    find "$dir" -type f | wc -l >"$out/export/$name.files"
    echo "   $name, run $run: $(tail -n 1 "$out/export/$name.$run.time") (seconds, peak KiB)"
    rm -rf "$dir"
  done
}
echo "== headless export of the conv_arithmetic presets: $export_runs runs"
export_runs conv_arithmetic "$export_runs" --presets conv_arithmetic
if ((export_all_runs > 0)); then
  echo "== headless export of every preset: $export_all_runs runs"
  export_runs all "$export_all_runs"
fi

echo "load_after=$(load)" >>"$out/meta.env"
"$python" "$perf/bench_table.py" --dir "$out" --doc "$root/docs/performance.md" --block "$out/block.md"
"$python" "$perf/readme_block.py" "$readme" --text "$out/block.md"
cat "$out/block.md"
echo "scripts/bench.sh: wrote docs/performance.md and ${readme#"$root/"}'s table in $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s"
