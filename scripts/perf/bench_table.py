#!/usr/bin/python3
"""Turns scripts/bench.sh's raw outputs (build/bench/) into the performance table: a markdown
block for README.md and the whole docs/performance.md, both written atomically. Measures
nothing; every figure is a median over the runs bench.sh made (or the p95 the notes define),
never a single run.
"""
import argparse
import glob
import json
import math
import os
import re
import statistics
import sys
import tempfile

SCENES = {  # bench.sh's three scenes, in the table's order
    "padding_strides_transposed": "the default scene, gather view",
    "large": "ConvTranspose2d 32×32 → 127×127, stride 4, 2 → 2 channels, gather view",
    "matrix_1024": "matrix view, C 1,024 × 1,024 as a heat map",
}
EXPORTS = {  # bench.sh's export names → the command
    "conv_arithmetic": "`export --all-presets DIR --presets conv_arithmetic`",
    "all": "`export --all-presets DIR`",
}


def p95(values):
    """Nearest rank, as the app computes its own: with 5 runs or fewer, the largest."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def duration(seconds):
    """Three significant digits in the unit that reads best: 0.12 µs, 14.2 µs, 3.10 ms, 72.8 s."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            value = seconds / scale
            decimals = max(0, 2 - math.floor(math.log10(value))) if value > 0 else 0
            return f"{value:.{decimals}f} {unit}"
    raise AssertionError("unreachable")


def megabytes(kib_values):
    return f"{statistics.median(kib_values) / 1024:.0f} MB"


def read_time(path):
    """/usr/bin/time -f '%e %M': wall seconds and peak resident KiB (its last line)."""
    with open(path, encoding="utf-8") as f:
        wall, kib = [line for line in f if line.strip()][-1].split()
    return float(wall), int(kib)


def read_meta(path):
    meta = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                meta[key] = value
    return meta


def app_rows(d, meta):
    rows, startups = [], []
    for scene, what in SCENES.items():
        medians, p95s, peaks = [], [], []
        for out in sorted(glob.glob(os.path.join(d, "app", f"{scene}.*.txt"))):
            text = open(out, encoding="utf-8").read()
            m = re.search(r"^frame_ms median=([\d.]+) p95=([\d.]+) max=[\d.]+$", text, re.M)
            s = re.search(r"^startup_ms=([\d.]+) frames=\d+$", text, re.M)
            if not m or not s:
                raise SystemExit(f"bench_table: {out} has no frame_ms or startup_ms line")
            medians.append(float(m.group(1)) / 1e3)
            p95s.append(float(m.group(2)) / 1e3)
            if scene == "padding_strides_transposed":
                startups.append(float(s.group(1)) / 1e3)
            peaks.append(read_time(out[:-len(".txt")] + ".time")[1])
        if not medians:
            raise SystemExit(f"bench_table: no app runs of {scene} in {d}/app")
        rows.append((f"app frame, `{scene}` ({what})", len(medians), duration(statistics.median(medians)),
                     duration(statistics.median(p95s)), megabytes(peaks)))
    rows.append(("app start-up to the first frame, `padding_strides_transposed`", len(startups),
                 duration(statistics.median(startups)), duration(p95(startups)), "—"))
    return rows


def export_rows(d):
    rows = []
    for name, command in EXPORTS.items():
        times = sorted(glob.glob(os.path.join(d, "export", f"{name}.*.time")))
        if not times:
            continue
        walls, peaks = zip(*(read_time(t) for t in times))
        with open(os.path.join(d, "export", f"{name}.files"), encoding="utf-8") as f:
            files = int(f.read().strip())
        rows.append((f"headless {command}: {files} GIFs, 960×540, wall time", len(walls),
                     duration(statistics.median(walls)), duration(p95(walls)), megabytes(peaks)))
    return rows


def benchmark_rows(d):
    """Google Benchmark: each repetition's mean CPU time per iteration; their median and p95."""
    with open(os.path.join(d, "gb.json"), encoding="utf-8") as f:
        report = json.load(f)
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    order, runs, medians, cells = {}, {}, {}, {}
    for b in report["benchmarks"]:
        name = re.sub(r"/repeats:\d+$", "", b["run_name"])
        order.setdefault(name, None)
        seconds = b["cpu_time"] * scale[b["time_unit"]]
        if b.get("run_type") == "iteration":
            runs.setdefault(name, []).append(seconds)
            if "cells" in b:
                cells[name] = int(b["cells"])
        elif b.get("aggregate_name") == "median":
            # A benchmark that reports only aggregates (ReportAggregatesOnly) gives no runs of
            # its own: its median, without a p95.
            medians[name] = (b["repetitions"], seconds)
    rows = []
    for name in order:
        label = f"`{name}`" + (f" ({cells[name]:,} cells)" if name in cells else "")
        if name in runs:
            values = runs[name]
            rows.append((label, len(values), duration(statistics.median(values)), duration(p95(values)), "—"))
        else:
            count, median = medians[name]
            rows.append((label, count, duration(median), "—", "—"))
    return rows


def table(rows):
    lines = ["| measurement | runs | median | p95 | peak memory |", "| --- | --: | --: | --: | --: |"]
    lines += [f"| {what} | {runs} | {median} | {high} | {memory} |" for what, runs, median, high, memory in rows]
    return "\n".join(lines)


def write_atomically(path, text):
    fd, temporary = tempfile.mkstemp(prefix=".bench_table.", dir=os.path.dirname(os.path.abspath(path)))
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True, help="build/bench, as bench.sh left it")
    parser.add_argument("--doc", required=True, help="docs/performance.md")
    parser.add_argument("--block", required=True, help="where to write README.md's block")
    args = parser.parse_args()
    meta = read_meta(os.path.join(args.dir, "meta.env"))

    rows = app_rows(args.dir, meta) + export_rows(args.dir) + benchmark_rows(args.dir)
    quick = meta["mode"] == "quick"
    caption = (f"`scripts/bench.sh{' --quick' if quick else ''}` on {meta['date']}, commit {meta['commit']}, "
               f"{meta['build_type']}, {meta['cpus']} CPUs ({meta['cpu_model']}), load average "
               f"{meta['load_before']} before and {meta['load_after']} after"
               + (" — a quick run to try the script: fewer runs, not a record." if quick else "."))
    notes = (f"App: `convviz --preset SCENE --bench-frames {meta['app_frames']}` at 1280×720 under Xvfb + Mesa llvmpipe "
             "(no GPU), each frame timed from input polling to `glFinish` after the swap; median = the median of the "
             "runs' median frames, p95 = the median of the runs' 95th-percentile frames. Start-up: process start to "
             "the first frame on screen. Exports: EGL surfaceless + llvmpipe, no display, the whole command's wall "
             "time. Google Benchmark (`build/convviz_bench`, bench/bench_ops.cpp): each run is one repetition's "
             "mean CPU time per iteration. For start-up, exports and benchmarks, p95 is the nearest-rank 95th "
             "percentile of the runs (with 19 runs or fewer, the slowest). Peak memory: `/usr/bin/time`'s maximum "
             "resident set, median of the runs, MB = 2^20 bytes.")
    block = f"{caption}\n\n{table(rows)}\n\n{notes}\n"
    doc = ("# Performance\n\n"
           "Written by `scripts/bench.sh`; do not edit by hand. README.md carries the same table. "
           "Memory over a long run: `scripts/soak.sh`.\n\n" + block)
    write_atomically(args.doc, doc)
    write_atomically(args.block, block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
