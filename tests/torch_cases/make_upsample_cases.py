#!/usr/bin/python3
"""Upsample reference cases from PyTorch 1.13 on CPU, for 1, 2 and 3 channels and batch 1 and 2.

PyTorch's CPU kernel for the nearest modes depends on the input's memory layout: a contiguous
tensor with C = 1 is channels-last too and takes one kernel, C >= 2 another (core/ops/upsample.hpp).
The shared cases are mostly C = 1; these cover both, with awkward scale factors and sizes, by
size= and by scale_factor= (and recompute_scale_factor=True, written as the size PyTorch used).

Run with Debian's python3-torch (1.13): /usr/bin/python3 tests/torch_cases/make_upsample_cases.py
It rewrites tests/torch_cases/upsample_layouts.json (the format of shared/testdata/torch/README.md);
the tests read that file and need no torch.
"""
import json
import math
import os

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "upsample_layouts.json")

SCALES = [1.19, 0.7, 2.5, 1 / 3, 1.5, 2.0, 3.0, 0.5, 1.0, 4 / 3, 0.9, 1.01, 2.1, 0.99, 1.7, 0.3, 2 / 3]
SIDES = [(1, 5), (3, 4), (5, 5), (7, 3), (2, 9), (6, 6), (1, 1)]
LAYOUTS = [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)]  # (N, C)


def number(v):
    return int(v) if float(v).is_integer() else float(v)


def tensor_json(t):
    return {"shape": list(t.shape), "data": [number(v) for v in t.flatten().tolist()]}


def distinct_input(n, c, h, w):
    # Every cell its own value, so a wrongly picked source cell cannot go unnoticed.
    return torch.arange(n * c * h * w, dtype=torch.float64).reshape(n, c, h, w)


def random_input(gen, n, c, h, w):
    return torch.randn(n, c, h, w, generator=gen, dtype=torch.float32).to(torch.float64)


def fmt(f):
    return ("%.4f" % f).rstrip("0").rstrip(".").replace(".", "p")


def case(name, x, mode, align_corners=None, size=None, scale_factor=None, recompute=None):
    params = {"mode": mode, "align_corners": align_corners,
              "size": list(size) if size is not None else None,
              "scale_factor": [float(s) for s in scale_factor] if scale_factor is not None else None}
    kwargs = {"mode": mode}
    if align_corners is not None:
        kwargs["align_corners"] = align_corners
    if size is not None:
        kwargs["size"] = tuple(size)
    else:
        kwargs["scale_factor"] = tuple(scale_factor)
    if recompute:
        kwargs["recompute_scale_factor"] = True
    out = {"name": name, "op": "upsample", "params": params, "input": tensor_json(x)}
    try:
        y = F.interpolate(x, **kwargs)
    except RuntimeError as e:
        out["expected_error"] = str(e).splitlines()[0]
        return out
    if recompute:
        # ConvViz has no recompute_scale_factor: with it, PyTorch uses size ⌊in·scale⌋ and in/out.
        params["size"] = [int(y.shape[2]), int(y.shape[3])]
        params["scale_factor"] = None
    out["expected"] = tensor_json(y)
    return out


def main():
    gen = torch.Generator().manual_seed(20)
    cases = []
    i = 0
    for (n, c) in LAYOUTS:
        for (h, w) in SIDES:
            x = distinct_input(n, c, h, w)
            for mode in ("nearest", "nearest-exact"):
                tag = mode.replace("-", "_")
                # scale_factor: each factor on the width, a rotating one on the height.
                for k, sw in enumerate(SCALES):
                    sh = SCALES[(k * 7 + i) % len(SCALES)]
                    if math.floor(h * sh) < 1 or math.floor(w * sw) < 1:
                        continue
                    cases.append(case(f"layout_{tag}_n{n}c{c}_{h}x{w}_scale{fmt(sh)}x{fmt(sw)}", x, mode,
                                      scale_factor=(sh, sw)))
                    i += 1
                # size: the same side, twice, smaller and awkward ratios.
                for (oh, ow) in [(h, w), (2 * h, 2 * w), (h, 2 * w), (2 * h + 1, w + 1), (max(1, h - 1), max(1, w // 2)),
                                 (3 * h, 5), (7, 3 * w - 1), (1, 1)]:
                    cases.append(case(f"layout_{tag}_n{n}c{c}_{h}x{w}_size{oh}x{ow}", x, mode, size=(oh, ow)))
                # recompute_scale_factor=True: the size PyTorch computes, then in/out.
                for sf in (1.19, 0.7, 2.5, 1 / 3):
                    if math.floor(h * sf) < 1 or math.floor(w * sf) < 1:
                        continue
                    cases.append(case(f"layout_{tag}_n{n}c{c}_{h}x{w}_recompute{fmt(sf)}", x, mode,
                                      scale_factor=(sf, sf), recompute=True))
            # The linear modes follow the same layouts; a few each, on random values.
            xr = random_input(gen, n, c, h, w)
            for mode in ("bilinear", "bicubic"):
                for align in (False, True):
                    for (sh, sw) in [(1.19, 0.7), (2.5, 1 / 3), (1.0, 2.0)]:
                        if math.floor(h * sh) < 1 or math.floor(w * sw) < 1:
                            continue
                        cases.append(case(f"layout_{mode}_{'ac' if align else 'hp'}_n{n}c{c}_{h}x{w}_scale{fmt(sh)}x{fmt(sw)}",
                                          xr, mode, align_corners=align, scale_factor=(sh, sw)))
    # A few PyTorch refuses: an output side of 0.
    for (n, c) in [(1, 2), (2, 3)]:
        x = distinct_input(n, c, 3, 3)
        for mode in ("nearest", "nearest-exact"):
            cases.append(case(f"layout_{mode.replace('-', '_')}_n{n}c{c}_3x3_scale0p3_refused", x, mode,
                              scale_factor=(0.3, 1.0)))
    # A size list can name the same output twice (a 1×1 input doubled is 2×2 both ways): keep one.
    unique = {}
    for c in cases:
        unique.setdefault(c["name"], c)
    cases = list(unique.values())
    with open(OUT, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print(f"{len(cases)} cases ({sum('expected_error' in c for c in cases)} refused) -> {OUT}")


if __name__ == "__main__":
    print("torch", torch.__version__)
    main()
