#include "core/frame/formulas.hpp"

#include <array>
#include <string>

#include "core/text.hpp"

namespace convviz {

namespace {

// Both axes, or one line per axis when their texts differ. Marks are kept in the first line only.
MarkedText per_axis(const std::array<MarkedText, 2>& axes) {
    MarkedText out;
    const bool same = axes[0].text == axes[1].text;
    out.add(same ? "H_out = W_out = " : "H_out = ");
    out.append(axes[0]);
    if (!same) out.add(";   W_out = " + axes[1].text);
    return out;
}

}  // namespace

MarkedText conv_size_formula(const Shape& input, const Padding4& padding, const Shape& weight, Pair stride,
                             Pair dilation, const Shape& output) {
    std::array<MarkedText, 2> axes;
    for (int axis : kAxes) {
        const int64_t before = padding.before(axis);
        const int64_t after = padding.after(axis);
        const std::string pad = before == after ? cat("2·", before) : cat(before, " + ", after);
        axes[static_cast<size_t>(axis)].add(cat("⌊(", spatial(input, axis), " + ", pad, " − ", dilation[axis], "·(",
                                                spatial(weight, axis), " − 1) − 1) / ", stride[axis], "⌋ + 1 = ",
                                                spatial(output, axis)));
    }
    return per_axis(axes);
}

MarkedText transpose_size_formula(const Shape& input, const Shape& weight, const ConvTranspose2dParams& params,
                                  const Shape& output, TransposeTerm marked) {
    std::array<MarkedText, 2> axes;
    for (int axis : kAxes) {
        MarkedText& t = axes[static_cast<size_t>(axis)];
        t.add(cat("(", spatial(input, axis), " − 1)·", params.stride[axis]), marked == TransposeTerm::spread);
        const size_t full_begin = 0;
        t.add(" + ");
        t.add(cat(params.dilation[axis], "·(", spatial(weight, axis), " − 1)"), marked == TransposeTerm::kernel);
        t.add(" + 1");
        if (marked == TransposeTerm::full) {
            t.mark_begin = full_begin;
            t.mark_end = t.text.size();
        }
        t.add(" ");
        t.add(cat("− 2·", params.padding[axis]), marked == TransposeTerm::crop);
        t.add(" ");
        t.add(cat("+ ", params.output_padding[axis]), marked == TransposeTerm::give_back);
        t.add(cat(" = ", spatial(output, axis)));
    }
    return per_axis(axes);
}

MarkedText pool_size_formula(const Shape& input, Pair kernel, Pair padding, Pair stride, Pair dilation,
                             bool ceil_mode, const Shape& output) {
    std::array<MarkedText, 2> axes;
    const char* open = ceil_mode ? "⌈(" : "⌊(";
    const char* close = ceil_mode ? "⌉ + 1 = " : "⌋ + 1 = ";
    for (int axis : kAxes) {
        const std::string reach = dilation[axis] == 1 ? cat("(", kernel[axis], " − 1)")
                                                      : cat(dilation[axis], "·(", kernel[axis], " − 1)");
        axes[static_cast<size_t>(axis)].add(cat(open, spatial(input, axis), " + 2·", padding[axis], " − ", reach,
                                                " − 1) / ", stride[axis], close, spatial(output, axis)));
    }
    return per_axis(axes);
}

}  // namespace convviz
