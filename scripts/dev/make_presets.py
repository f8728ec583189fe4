#!/usr/bin/env python3
"""Writes core/presets_data.cpp: the built-in preset scenes as one embedded JSON array.

A developer's tool, not part of the build: run it after changing the list below. The tensors come
from ../shared/testdata/torch (PyTorch's own cases), so every preset can be checked against
PyTorch; tests/test_scene.cpp does that. Usage: scripts/dev/make_presets.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "testdata", "torch")

cases = {}
for name in sorted(os.listdir(DATA)):
    if name.endswith(".json"):
        for case in json.load(open(os.path.join(DATA, name))):
            cases[case["name"]] = case

# The numerical figures of conv_arithmetic: the 5×5 input of its pooling figures, and the kernel
# its produce_figure script draws, [[0, 1, 2], [2, 2, 0], [0, 1, 2]].
FIGURE_INPUT = cases["conv_arith_numerical_average_pooling"]["input"]
FIGURE_KERNEL = {"shape": [1, 1, 3, 3], "data": [0, 1, 2, 2, 2, 0, 0, 1, 2]}

ARITH = [
    ("no_padding_no_strides", "Conv2d: 4×4 input, 3×3 kernel, no padding, stride 1"),
    ("arbitrary_padding_no_strides", "Conv2d: 5×5 input, 4×4 kernel, padding 2, stride 1"),
    ("same_padding_no_strides", "Conv2d: 5×5 input, 3×3 kernel, padding 1 keeps the size"),
    ("full_padding_no_strides", "Conv2d: 5×5 input, 3×3 kernel, full padding 2"),
    ("no_padding_strides", "Conv2d: 5×5 input, 3×3 kernel, no padding, stride 2"),
    ("padding_strides", "Conv2d: 5×5 input, 3×3 kernel, padding 1, stride 2"),
    ("padding_strides_odd", "Conv2d: 6×6 input, 3×3 kernel, padding 1, stride 2"),
]

presets = []


def scene(id_, title, case, view, view_options=None, **extra):
    s = {"version": 1, "id": id_, "title": title, "op": case["op"], "params": case["params"],
         "input": case["input"]}
    for key in ("weight", "bias"):
        if key in case:
            s[key] = case[key]
    s.update(extra)
    s["view"] = {"kind": view, "show_values": True}
    s["view"].update(view_options or {})
    presets.append(s)


for id_, title in ARITH:
    scene(id_, title, cases["conv_arith_" + id_], "conv")
    transposed = cases["conv_arith_" + id_ + "_transposed"]
    size = transposed["expected"]["shape"][2]
    scene(id_ + "_transposed",
          "ConvTranspose2d that undoes " + id_ + ": %d×%d → %d×%d" % (
              transposed["input"]["shape"][2], transposed["input"]["shape"][3], size,
              transposed["expected"]["shape"][3]),
          transposed, "gather")
scene("dilation", "Conv2d: 7×7 input, 3×3 kernel, dilation 2", cases["conv_arith_dilation"], "conv")
for id_, title, stride, padding in [
        ("numerical_no_padding_no_strides", "Conv2d with numbers: 5×5 input, 3×3 kernel", 1, 0),
        ("numerical_padding_strides", "Conv2d with numbers: padding 1, stride 2", 2, 1)]:
    scene(id_, title, {"op": "conv2d", "input": FIGURE_INPUT, "weight": FIGURE_KERNEL, "bias": None,
                       "params": {"stride": [stride, stride], "padding": [padding, padding],
                                  "dilation": [1, 1], "groups": 1, "padding_mode": "zeros"}}, "conv")
scene("numerical_average_pooling", "AvgPool2d with numbers: 3×3 window, stride 1",
      cases["conv_arith_numerical_average_pooling"], "pool")
scene("numerical_max_pooling", "MaxPool2d with numbers: 3×3 window, stride 1",
      cases["conv_arith_numerical_max_pooling"], "pool")

scene("tconv_identity_ones", "ConvTranspose2d: identity 3×3 kernel stamped by ones(2×2)",
      cases["seed_conv_transpose2d_eye3_ones2x2_s1"], "scatter")
scene("tconv_identity_stride2_padding1_dilation2",
      "ConvTranspose2d: identity kernel on [[1,2],[3,4]], stride 2, padding 1, dilation 2",
      cases["seed_conv_transpose2d_eye3_1234_s2_p1_d2"], "scatter")
scene("d2l_tconv", "d2l.ai: X = K = [[0,1],[2,3]], transposed convolution",
      cases["seed_conv_transpose2d_d2l_p0"], "scatter")
scene("d2l_tconv_padding1", "d2l.ai: padding 1 crops the output to [[4]]",
      cases["seed_conv_transpose2d_d2l_p1"], "crop")
scene("d2l_tconv_stride2", "d2l.ai: stride 2 spreads the stamps apart",
      cases["seed_conv_transpose2d_d2l_s2"], "scatter")
scene("d2l_conv2d", "d2l.ai: 3×3 arange convolved with [[1,2],[3,4]]",
      cases["seed_conv2d_d2l_arange3x3_k1234"], "conv")
scene("d2l_conv_matrix", "d2l.ai: that convolution as a 4×9 matrix, and its transpose",
      cases["seed_conv2d_matrix_d2l_kernel2matrix_3x3_k1234"], "matrix")
# MaxPool2d(2, 2) then MaxUnpool2d: the scene holds the input before pooling, [[1,2],[3,4]].
# PyTorch's MaxUnpool2d documentation: 1…16 as 4×4, pooled 2×2 by 2, unpooled by default and into
# 5×5, where the same indices land elsewhere.
docs_pooled = cases["docs_max_pool2d_arange1to16_k2_s2"]["input"]
scene("maxpool_unpool", "MaxPool2d(2, 2) → MaxUnpool2d on 1…16 (PyTorch's docs)",
      dict(cases["docs_max_unpool2d_arange1to16_k2_s2"], input=docs_pooled), "unpool")
scene("maxpool_unpool_output_size", "MaxUnpool2d with output_size 5×5: the same indices land elsewhere",
      dict(cases["docs_max_unpool2d_arange1to16_k2_s2_output_size5x5"], input=docs_pooled), "unpool")
scene("compare_upsampling", "Four ways back to 4×4 after MaxPool2d(2, 2)",
      dict(cases["docs_max_unpool2d_arange1to16_k2_s2"], input=docs_pooled), "compare",
      {"compare_kernel": "bilinear"})
scene("upsample_nearest", "Upsample ×2, nearest, on arange(4) as 2×2",
      cases["seed_upsample_nearest_arange4_scale2"], "upsample")
scene("upsample_nearest_exact", "Upsample 4×4 → 9×9, nearest-exact: output centres pick the cell",
      cases["upsample_nearest_exact_ac_null_in1x1x4x4_size9x9_randn"], "upsample")
scene("upsample_bilinear", "Upsample ×2, bilinear, align_corners=False",
      cases["seed_upsample_bilinear_ac_false_arange4_scale2"], "upsample")
scene("upsample_bilinear_align_corners", "Upsample ×2, bilinear, align_corners=True",
      cases["seed_upsample_bilinear_ac_true_arange4_scale2"], "upsample")
scene("upsample_bicubic", "Upsample ×2, bicubic, align_corners=False: 16 neighbours",
      cases["docs_upsample_bicubic_ac_false_arange1to4_scale2"], "upsample")
scene("upsample_bicubic_align_corners", "Upsample 3×3 → 6×6, bicubic, align_corners=True",
      cases["upsample_bicubic_ac_true_in1x1x3x3_scale2x2_int"], "upsample")
shuffle = cases["pixel_shuffle_in1x4x2x2_r2_int"]
scene("pixel_shuffle", "PixelShuffle(2): 4 channels of 2×2 become one 4×4 plane", shuffle, "shuffle")
# PixelShuffle's own output, unshuffled: PyTorch's result of that case, and its input comes back.
scene("pixel_unshuffle", "PixelUnshuffle(2): the 4×4 plane back into 4 channels of 2×2",
      {"op": "pixel_unshuffle", "params": {"downscale_factor": 2}, "input": shuffle["expected"]}, "shuffle")

# The large scene the benchmarks and the soak test use: 32×32 → 127×127, 2 → 2 channels.
large_in = [((i * 7) % 9) - 4 for i in range(2 * 32 * 32)]
large_w = [((i * 5) % 7) - 3 for i in range(2 * 2 * 3 * 3)]
scene("large", "Large: ConvTranspose2d 32×32 → 127×127, 3×3 kernel, stride 4, 2 → 2 channels",
      {"op": "conv_transpose2d", "input": {"shape": [1, 2, 32, 32], "data": large_in},
       "weight": {"shape": [2, 2, 3, 3], "data": large_w}, "bias": None,
       "params": {"stride": [4, 4], "padding": [0, 0], "output_padding": [0, 0], "dilation": [1, 1],
                  "groups": 1}}, "scatter")

# The large matrix scene: C is 1,024 × 1,024, for the matrix view's benchmarks.
scene("matrix_1024", "Large matrix: 32×32 input, 3×3 kernel, padding 1: C is 1,024 × 1,024",
      {"op": "conv2d", "input": {"shape": [1, 1, 32, 32], "data": [((i * 7 + 3) % 9) - 4 for i in range(32 * 32)]},
       "weight": {"shape": [1, 1, 3, 3], "data": [1, 2, 1, 0, -1, 3, -2, 1, 2]}, "bias": None,
       "params": {"stride": [1, 1], "padding": [1, 1], "dilation": [1, 1], "groups": 1, "padding_mode": "zeros"}},
      "matrix")

text = ",\n".join(json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in presets)
with open(os.path.join(ROOT, "core", "presets_data.cpp"), "w") as out:
    out.write("// Generated by scripts/dev/make_presets.py from shared/testdata/torch; do not edit.\n")
    out.write("#include \"core/presets.hpp\"\n\nnamespace convviz {\n\n")
    out.write("const char* preset_json() {\n    return R\"presets([\n")
    out.write(text)
    out.write("\n])presets\";\n}\n\n}  // namespace convviz\n")
print(len(presets), "presets")
