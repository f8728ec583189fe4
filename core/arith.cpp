#include "core/arith.hpp"

#include "core/i18n/strings.hpp"
#include "core/matrix.hpp"
#include "core/ops/pool_window.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

const char* out_name(int axis) { return axis == 0 ? "H_out" : "W_out"; }
const char* in_name(int axis) { return axis == 0 ? "H_in" : "W_in"; }

// "H_out = formula" and "      = numbers = value", aligned under the first "=".
void add(std::vector<std::string>& lines, int axis, const std::string& formula,
         const std::string& numbers, int64_t value) {
    lines.push_back(cat(out_name(axis), " = ", formula));
    lines.push_back(cat("      = ", numbers, " = ", value));
}

void conv2d_lines(const Conv2dParams& p, const Shape& in, const Shape& weight, const Shape& out,
                  std::vector<std::string>& lines, Lang lang) {
    lines.push_back(cat("N_out = N_in = ", in[0]));
    lines.push_back(cat("C_out = out_channels = ", weight[0]));
    const Padding4 pad = resolved_padding(p, weight);
    for (int axis : kAxes) {
        const int64_t k = spatial(weight, axis);
        const int64_t d = p.dilation[axis];
        const int64_t s = p.stride[axis];
        const int64_t value = spatial(out, axis);
        if (p.padding.kind == PaddingKind::same) {
            if (axis == 0) {
                lines.push_back(tr(lang, "arith.same_padding_rows", d, k, pad.before(axis) + pad.after(axis),
                                   pad.before(axis), pad.after(axis)));
            } else {
                lines.push_back(tr(lang, "arith.same_padding_columns", d, k, pad.before(axis) + pad.after(axis),
                                   pad.before(axis), pad.after(axis)));
            }
            lines.push_back(cat(out_name(axis), " = ", in_name(axis), " = ", value));
            continue;
        }
        add(lines, axis,
            cat("⌊(", in_name(axis), " + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1"),
            cat("⌊(", spatial(in, axis), " + 2·", pad.before(axis), " − ", d, "·(", k, " − 1) − 1) / ", s,
                "⌋ + 1"),
            value);
    }
}

void conv_transpose2d_lines(const ConvTranspose2dParams& p, const Shape& in, const Shape& weight,
                            const Shape& out, std::vector<std::string>& lines) {
    lines.push_back(cat("N_out = N_in = ", in[0]));
    lines.push_back(cat("C_out = weight.shape[1]·groups = ", weight[1], "·", p.groups, " = ", out[1]));
    for (int axis : kAxes) {
        add(lines, axis,
            cat("(", in_name(axis),
                " − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1"),
            cat("(", spatial(in, axis), " − 1)·", p.stride[axis], " − 2·", p.padding[axis], " + ",
                p.dilation[axis], "·(", spatial(weight, axis), " − 1) + ", p.output_padding[axis], " + 1"),
            spatial(out, axis));
    }
}

void pool_lines(const PoolWindow& w, bool has_dilation, const Shape& in, const Shape& out,
                std::vector<std::string>& lines, Lang lang) {
    lines.push_back(cat("N_out, C_out = N_in, C_in = ", in[0], ", ", in[1]));
    for (int axis : kAxes) {
        const std::string open = w.ceil_mode ? "⌈" : "⌊";
        const std::string close = w.ceil_mode ? "⌉" : "⌋";
        const std::string dil_formula = has_dilation ? "dilation·(kernel − 1)" : "(kernel − 1)";
        const std::string dil_numbers =
            has_dilation ? cat(w.dilation[axis], "·(", w.kernel[axis], " − 1)") : cat("(", w.kernel[axis], " − 1)");
        const int64_t value = spatial(out, axis);
        // With ceil_mode PyTorch drops a last window that would start inside the end padding.
        const int64_t formula_value = pooling_formula_size(spatial(in, axis), w.kernel[axis], w.padding[axis],
                                                           w.stride[axis], w.dilation[axis], w.ceil_mode);
        const bool dropped = formula_value != value;
        add(lines, axis,
            cat(open, "(", in_name(axis), " + 2·padding − ", dil_formula, " − 1) / stride", close, " + 1"),
            cat(open, "(", spatial(in, axis), " + 2·", w.padding[axis], " − ", dil_numbers, " − 1) / ",
                w.stride[axis], close, " + 1"),
            formula_value);
        if (dropped) {
            lines.push_back(tr(lang, "arith.ceil_mode_drops", value, value * w.stride[axis], in_name(axis),
                               spatial(in, axis) + w.padding[axis]));
        }
    }
}

}  // namespace

std::string ShapeDerivation::text() const {
    std::string out;
    for (const std::string& line : lines) out += line + "\n";
    return out;
}

Result<ShapeDerivation> derive_shape(const OpParams& params, const OpShapes& shapes, Lang lang) {
    if (auto e = validate(params, shapes, lang)) return Error{*e};
    ShapeDerivation d;
    d.output = output_shape(params, shapes);
    const Shape& in = shapes.input;
    const Shape& out = d.output;
    auto& lines = d.lines;

    if (auto* p = std::get_if<Conv2dParams>(&params)) {
        conv2d_lines(*p, in, *shapes.weight, out, lines, lang);
    }
    if (auto* p = std::get_if<Conv2dMatrixParams>(&params)) {
        const Shape conv_out = output_shape(p->conv, in, *shapes.weight);
        conv2d_lines(p->conv, in, *shapes.weight, conv_out, lines, lang);
        lines.push_back(tr(lang, "arith.matrix_rows", conv_out[1], conv_out[2], conv_out[3], out[0]));
        lines.push_back(tr(lang, "arith.matrix_columns", in[1], in[2], in[3], out[1]));
    }
    if (auto* p = std::get_if<ConvTranspose2dParams>(&params)) {
        conv_transpose2d_lines(*p, in, *shapes.weight, out, lines);
    }
    if (auto* p = std::get_if<MaxPool2dParams>(&params)) {
        pool_lines({.kernel = p->kernel_size,
                    .stride = stride_or_kernel(p->stride, p->kernel_size),
                    .padding = p->padding,
                    .dilation = p->dilation,
                    .ceil_mode = p->ceil_mode},
                   true, in, out, lines, lang);
    }
    if (auto* p = std::get_if<AvgPool2dParams>(&params)) {
        pool_lines({.kernel = p->kernel_size,
                    .stride = stride_or_kernel(p->stride, p->kernel_size),
                    .padding = p->padding,
                    .dilation = Pair{1, 1},
                    .ceil_mode = p->ceil_mode},
                   false, in, out, lines, lang);
    }
    if (auto* p = std::get_if<MaxUnpool2dParams>(&params)) {
        lines.push_back(cat("N_out, C_out = N_in, C_in = ", in[0], ", ", in[1]));
        const Pair stride = stride_or_kernel(p->stride, p->kernel_size);
        for (int axis : kAxes) {
            const int64_t natural = (spatial(in, axis) - 1) * stride[axis] - 2 * p->padding[axis] + p->kernel_size[axis];
            add(lines, axis, cat("(", in_name(axis), " − 1)·stride − 2·padding + kernel"),
                cat("(", spatial(in, axis), " − 1)·", stride[axis], " − 2·", p->padding[axis], " + ",
                    p->kernel_size[axis]),
                natural);
            if (p->output_size) {
                lines.push_back(tr(lang, "arith.unpool_output_size", (*p->output_size)[axis],
                                   natural - stride[axis] + 1, natural + stride[axis] - 1));
            }
        }
    }
    if (auto* p = std::get_if<UpsampleParams>(&params)) {
        lines.push_back(cat("N_out, C_out = N_in, C_in = ", in[0], ", ", in[1]));
        for (int axis : kAxes) {
            const int64_t value = spatial(out, axis);
            if (p->size) {
                lines.push_back(cat(out_name(axis), " = size = ", value));
            } else {
                add(lines, axis, cat("⌊", in_name(axis), " · scale_factor⌋"),
                    cat("⌊", spatial(in, axis), " · ", exact_number((*p->scale_factor)[axis]), "⌋"), value);
            }
        }
    }
    if (auto* p = std::get_if<PixelShuffleParams>(&params)) {
        const int64_t r = p->upscale_factor;
        lines.push_back(cat("N_out = N_in = ", in[0]));
        lines.push_back(cat("C_out = C_in / r² = ", in[1], " / ", r, "² = ", out[1]));
        lines.push_back(cat("H_out = H_in · r = ", in[2], " · ", r, " = ", out[2]));
        lines.push_back(cat("W_out = W_in · r = ", in[3], " · ", r, " = ", out[3]));
    }
    if (auto* p = std::get_if<PixelUnshuffleParams>(&params)) {
        const int64_t r = p->downscale_factor;
        lines.push_back(cat("N_out = N_in = ", in[0]));
        lines.push_back(cat("C_out = C_in · r² = ", in[1], " · ", r, "² = ", out[1]));
        lines.push_back(cat("H_out = H_in / r = ", in[2], " / ", r, " = ", out[2]));
        lines.push_back(cat("W_out = W_in / r = ", in[3], " / ", r, " = ", out[3]));
    }
    return d;
}

Result<RestoringPadding> restoring_output_padding(const Conv2dParams& params, const Shape& input,
                                                  const Shape& weight, Lang lang) {
    if (auto e = validate(params, input, weight, nullptr, lang)) return Error{*e};
    const Padding4 pad = resolved_padding(params, weight);
    if (pad.top != pad.bottom || pad.left != pad.right) {
        return Error{tr(lang, "arith.restore_uneven_padding")};
    }
    RestoringPadding r;
    for (int axis : kAxes) {
        const int64_t size = spatial(input, axis);
        const int64_t k = spatial(weight, axis);
        const int64_t p = pad.before(axis);
        const int64_t d = params.dilation[axis];
        const int64_t s = params.stride[axis];
        const int64_t value = (size + 2 * p - d * (k - 1) - 1) % s;
        r.output_padding[axis] = value;
        r.lines.push_back(tr(lang, "arith.restore_formula", axis_name(axis, lang), in_name(axis)));
        r.lines.push_back(cat("      = (", size, " + 2·", p, " − ", d, "·(", k, " − 1) − 1) mod ", s,
                              " = ", value));
    }
    return r;
}

}  // namespace convviz
