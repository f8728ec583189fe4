#!/usr/bin/python3
"""Judges scripts/soak.sh's raw outputs and prints a summary a person can paste; exit 1 when a
rule is broken. Reads only the files soak.sh wrote into --dir; measures nothing itself.

Rules (each printed with its figures):
- memory stays flat: the resident memory at the end is at most 5 MB above the memory after the
  first report window (about 10 s: start-up, the font atlas and the scene's first phases);
- frame times do not creep: the last minute's median frame is at most 25 % slower than the
  first minute's (with a 1-minute soak: the last 10-s window against the first);
- the app's peak resident memory on any preset and view (and during the soak) is at most 200 MB;
- a headless `convviz export --all-presets` peaks at 300 MB at most.
MB here is 2^20 bytes, as /usr/bin/time's %M (KiB) / 1024.
"""
import argparse
import datetime
import os
import re
import statistics
import subprocess
import sys

FLAT_MB = 5.0
CREEP_RATIO = 1.25
APP_BOUND_MB = 200.0
EXPORT_BOUND_MB = 300.0
WINDOWS_PER_MINUTE = 6

REPORT = re.compile(r"^report frames=(\d+)-(\d+) frame_ms median=([\d.]+) p95=([\d.]+) rss_mb=([\d.]+) elapsed_s=([\d.]+)$")
RSS = re.compile(r"^rss_mb peak=([\d.]+) current=([\d.]+)$")


def last_line(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f if line.strip()]
    return lines[-1]


def machine(root):
    commit = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    model = ""
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0]
    return f"{datetime.date.today()}, commit {commit}, {os.cpu_count()} CPUs ({model}), load average {load:.1f} at the end"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True, help="build/soak, as soak.sh left it")
    parser.add_argument("--minutes", type=int, required=True)
    args = parser.parse_args()
    d = args.dir
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    windows, final = [], None
    with open(os.path.join(d, "soak.txt"), encoding="utf-8") as f:
        for line in f:
            m = REPORT.match(line.strip())
            if m:
                first, last, median, p95, rss, elapsed = m.groups()
                windows.append({"frames": int(last) - int(first) + 1, "median": float(median), "p95": float(p95),
                                "rss": float(rss), "elapsed": float(elapsed)})
            m = RSS.match(line.strip())
            if m:
                final = {"peak": float(m.group(1)), "current": float(m.group(2))}
    if not windows or final is None:
        print("soak_report: build/soak/soak.txt has no report lines or no rss_mb line: did the soak finish?", file=sys.stderr)
        return 1
    soak_peak = int(last_line(os.path.join(d, "soak.time"))) / 1024.0

    lines, broken = [f"ConvViz soak: {machine(root)}"], []
    frames = sum(w["frames"] for w in windows)
    start, end = windows[0]["rss"], final["current"]
    flat = end <= start + FLAT_MB
    lines.append(f"large, {args.minutes} min ({frames:,} frames in {windows[-1]['elapsed']:.0f} s): resident memory "
                 f"{start:.1f} MB after {windows[0]['elapsed']:.0f} s, {end:.1f} MB at the end, highest report "
                 f"{max(w['rss'] for w in windows):.1f} MB, peak {final['peak']:.1f} MB: "
                 f"{'flat' if flat else 'GROWS'} (rule: end ≤ after the first window + {FLAT_MB:.0f} MB)")
    if not flat:
        broken.append("memory grows")

    # A minute's figures: the median of its six 10-s windows' medians, and of their p95s.
    minutes = [windows[i:i + WINDOWS_PER_MINUTE] for i in range(0, len(windows), WINDOWS_PER_MINUTE)]
    per_minute = [(statistics.median(w["median"] for w in group), statistics.median(w["p95"] for w in group))
                  for group in minutes]
    lines.append("frame ms per minute, median/p95: " +
                 "  ".join(f"{i + 1}: {m:.1f}/{p:.1f}" for i, (m, p) in enumerate(per_minute)))
    if len(per_minute) >= 2:
        what, first, last = "first vs last minute", per_minute[0][0], per_minute[-1][0]
    else:
        what, first, last = "first vs last 10-s window", windows[0]["median"], windows[-1]["median"]
    ratio = last / first
    creeps = ratio > CREEP_RATIO
    lines.append(f"{what}, median: {first:.2f} → {last:.2f} ms (×{ratio:.2f}): "
                 f"{'CREEPS' if creeps else 'no creep'} (rule: ≤ ×{CREEP_RATIO})")
    if creeps:
        broken.append("frame times creep")

    runs = []
    with open(os.path.join(d, "views.tsv"), encoding="utf-8") as f:
        for line in f:
            preset, view, kib = line.rstrip("\n").split("\t")
            runs.append((int(kib) / 1024.0, preset, view))
    runs.append((soak_peak, "large", f"the {args.minutes}-min soak"))
    runs.sort(reverse=True)
    top, top_preset, top_view = runs[0]
    app_ok = top <= APP_BOUND_MB
    lines.append(f"peak memory, app, {len(runs) - 1} preset × view runs of 60 frames and the soak: largest {top:.1f} MB "
                 f"({top_preset}, {top_view}; next {runs[1][0]:.1f} MB {runs[1][1]}, {runs[1][2]}), "
                 f"bound {APP_BOUND_MB:.0f} MB: {'ok' if app_ok else 'OVER'}")
    if not app_ok:
        over = [f"{preset} {view} {mb:.1f} MB" for mb, preset, view in runs if mb > APP_BOUND_MB]
        lines.append(f"  over {APP_BOUND_MB:.0f} MB: " + ", ".join(over))
        broken.append("app over its memory bound")

    wall, kib = last_line(os.path.join(d, "export.time")).split()
    export_mb = int(kib) / 1024.0
    export_ok = export_mb <= EXPORT_BOUND_MB
    lines.append(f"peak memory, headless export --all-presets (GIF 960×540): {export_mb:.1f} MB in {float(wall):.1f} s, "
                 f"bound {EXPORT_BOUND_MB:.0f} MB: {'ok' if export_ok else 'OVER'}")
    if not export_ok:
        broken.append("export over its memory bound")

    lines.append("soak: PASS" if not broken else "soak: FAIL (" + "; ".join(broken) + ")")
    print("\n".join(lines))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
