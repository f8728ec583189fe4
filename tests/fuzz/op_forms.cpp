#include "tests/fuzz/op_forms.hpp"

#include <limits>
#include <string>

#include "core/matrix.hpp"
#include "core/trace/conv2d_trace.hpp"
#include "core/trace/conv_transpose2d_trace.hpp"
#include "core/trace/matrix_trace.hpp"
#include "core/trace/pool_trace.hpp"
#include "core/trace/resample_trace.hpp"
#include "tests/fuzz/require.hpp"

namespace convviz::fuzz {
namespace {

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

template <class T>
const T& made(const Result<T>& result, const char* what) {
    FUZZ_REQUIRE(result.ok(), std::string(what) + " refused a configuration the op ran: " + result.error());
    return result.value();
}

void require_same(const Tensor& got, const Tensor& want, const char* what) {
    FUZZ_REQUIRE(got.shape() == want.shape(), std::string(what) + ": shape " + to_string(got.shape()) +
                                                  " against " + to_string(want.shape()));
    FUZZ_REQUIRE(got.data() == want.data(), std::string(what) + " differs from the op's output");
}

// Every step's result, in step order: the output a trace whose step k writes output cell k builds.
template <class Trace>
Tensor folded_results(const Trace& trace) {
    Tensor folded = unwritten(trace.output_shape());
    // One step reused: a new one each time reallocated its taps a million times a run (a timeout
    // under ASan on a loaded machine).
    using Step = decltype(trace.step(0));
    Step step;
    for (int64_t k = 0; k < trace.size(); ++k) {
        if constexpr (requires(Step& into) { trace.step(k, into); }) {
            trace.step(k, step);
        } else {
            step = trace.step(k);
        }
        folded[k] = step.result;
    }
    return folded;
}

template <class Trace, class Params>
void fold_results(const Params& p, const Tensor& x, const Tensor& out, const char* what) {
    require_same(folded_results(made(Trace::make(x, p), what)), out, what);
}

// One image of a batch, flattened: what a convolution matrix multiplies.
std::vector<double> image(const Tensor& t, int64_t n) {
    const int64_t per = t.size() / t.dim(0);
    return {t.data().begin() + n * per, t.data().begin() + (n + 1) * per};
}

// y = C·x for each image, and x' = Cᵀ·y against the matching transposed convolution.
void conv_matrix_forms(const Conv2dParams& p, const Tensor& x, const Tensor& w) {
    if (validate_matrix(p, {1, x.dim(1), x.dim(2), x.dim(3)}, w.shape())) return;
    const Tensor y = made(conv2d(x, w, nullptr, p), "conv2d without bias");
    const ConvMatrix c = made(conv_matrix(p, {1, x.dim(1), x.dim(2), x.dim(3)}, w), "conv_matrix");
    for (int64_t n = 0; n < x.dim(0); ++n) {
        FUZZ_REQUIRE(c.multiply(image(x, n)) == image(y, n), "C·x differs from conv2d");
    }
    // The transposed convolution reads y, which may be larger than the input limits allow.
    const auto t = matching_transpose(p, x.shape(), w.shape());
    if (t && !validate(*t, y.shape(), w.shape(), nullptr)) {
        const Tensor back = made(conv_transpose2d_scatter(y, w, nullptr, *t), "the matching conv_transpose2d");
        const ConvMatrix ct = c.transposed();
        for (int64_t n = 0; n < x.dim(0); ++n) {
            FUZZ_REQUIRE(ct.multiply(image(y, n)) == image(back, n), "Cᵀ·y differs from conv_transpose2d");
        }
    }
    if (x.dim(0) != 1) return;
    const MatrixTrace trace = made(MatrixTrace::make(x, w, p), "MatrixTrace");
    for (int64_t r = 0; r < trace.size(); ++r) FUZZ_REQUIRE(trace.row(r).dot == y[r], "a matrix row's dot");
}

void conv2d_forms(const Conv2dParams& p, const OpInputs& in, const Tensor& out) {
    const Tensor* bias = in.bias ? &*in.bias : nullptr;
    require_same(folded_results(made(Conv2dTrace::make(in.input, *in.weight, bias, p), "Conv2dTrace")), out,
                 "Conv2dTrace folded");
    conv_matrix_forms(p, in.input, *in.weight);
}

void conv_transpose2d_forms(const ConvTranspose2dParams& p, const OpInputs& in, const Tensor& out) {
    const Tensor* bias = in.bias ? &*in.bias : nullptr;
    const Tensor& x = in.input;
    const Tensor& w = *in.weight;
    require_same(made(conv_transpose2d_gather(x, w, bias, p), "gather"), out, "the gather form");

    const ScatterTrace scatter = made(ScatterTrace::make(x, w, bias, p), "ScatterTrace");
    Tensor stamped = scatter.partial_output(-1);
    ScatterStep stamp;
    for (int64_t k = 0; k < scatter.size(); ++k) {
        scatter.step(k, stamp);
        for (const ScatterTap& tap : stamp.taps) {
            const bool inside = tap.output.y >= 0 && tap.output.y < out.dim(2) && tap.output.x >= 0 && tap.output.x < out.dim(3);
            FUZZ_REQUIRE(tap.cropped == !inside, "a tap's cropped flag");
            if (!tap.cropped) stamped.at(tap.output.n, tap.output.c, tap.output.y, tap.output.x) += tap.contribution;
        }
    }
    require_same(stamped, out, "ScatterTrace folded");
    require_same(scatter.partial_output(scatter.size() - 1), out, "ScatterTrace's last partial output");

    require_same(folded_results(made(GatherTrace::make(x, w, bias, p), "GatherTrace")), out, "GatherTrace folded");

    // Cᵀ·y, where C is the conv2d with the same kernel that maps this output's size back to the
    // input's: it exists when output_padding < stride (otherwise the conv2d's output is larger).
    const Conv2dParams conv{.stride = p.stride,
                            .padding = {.kind = PaddingKind::pair, .size = p.padding},
                            .dilation = p.dilation,
                            .groups = p.groups};
    const Shape back{1, out.dim(1), out.dim(2), out.dim(3)};
    if (validate_matrix(conv, back, w.shape())) return;
    if (output_shape(conv, back, w.shape()) != Shape{1, x.dim(1), x.dim(2), x.dim(3)}) return;
    const ConvMatrix ct = made(conv_matrix(conv, back, w), "conv_matrix").transposed();
    const int64_t plane = out.dim(2) * out.dim(3);
    for (int64_t n = 0; n < x.dim(0); ++n) {
        std::vector<double> product = ct.multiply(image(x, n));
        if (bias) {
            for (size_t i = 0; i < product.size(); ++i) product[i] += (*bias)[static_cast<int64_t>(i) / plane];
        }
        FUZZ_REQUIRE(product == image(out, n), "Cᵀ·y differs from conv_transpose2d");
    }
}

void max_pool_forms(const MaxPool2dParams& p, const Tensor& x, const OpOutput& out) {
    const MaxPoolTrace trace = made(MaxPoolTrace::make(x, p), "MaxPoolTrace");
    Tensor values = unwritten(trace.output_shape());
    IndexTensor indices(trace.output_shape(), int64_t{-1});
    for (int64_t k = 0; k < trace.size(); ++k) {
        const MaxPoolStep s = trace.step(k);
        values[k] = s.result;
        indices[k] = s.index;
    }
    require_same(values, out.values, "MaxPoolTrace folded");
    FUZZ_REQUIRE(out.indices && indices.data() == out.indices->data(), "MaxPoolTrace's indices");

    // Unpooling to the input's size puts every maximum back where it came from. Not when a window
    // lies wholly in the padding (dilation can do that): PyTorch gives −inf and an index past the
    // window's clipped start, which may be outside the input, and max_unpool2d refuses it.
    for (double v : out.values.data()) {
        if (v == -std::numeric_limits<double>::infinity()) return;
    }
    const MaxUnpool2dParams unpool{.kernel_size = p.kernel_size,
                                   .stride = p.stride,
                                   .padding = p.padding,
                                   .output_size = Pair{x.dim(2), x.dim(3)}};
    if (validate(unpool, out.values.shape(), out.indices->shape())) return;
    const Tensor back = made(max_unpool2d(out.values, *out.indices, unpool), "max_unpool2d of max_pool2d");
    for (int64_t k = 0; k < out.values.size(); ++k) {
        const int64_t plane = k / (out.values.dim(2) * out.values.dim(3));
        const int64_t at = plane * x.dim(2) * x.dim(3) + (*out.indices)[k];
        FUZZ_REQUIRE(back[at] == out.values[k] && x[at] == out.values[k], "a maximum is not back at its index");
    }
}

void unpool_forms(const MaxUnpool2dParams& p, const OpInputs& in, const Tensor& out) {
    const UnpoolTrace trace = made(UnpoolTrace::make(in.input, *in.indices, p), "UnpoolTrace");
    Tensor placed(trace.output_shape(), 0.0);
    for (int64_t k = 0; k < trace.size(); ++k) {
        const UnpoolStep s = trace.step(k);
        placed.at(s.output.n, s.output.c, s.output.y, s.output.x) = s.value;
    }
    require_same(placed, out, "UnpoolTrace folded");
}

// Shuffling back gives the input, whenever the shuffled tensor is itself within the limits.
template <class Params>
void shuffle_forms(const Params& p, const Tensor& x, const Tensor& out, const OpParams& inverse) {
    const ShuffleTrace trace = made(ShuffleTrace::make(x, p), "ShuffleTrace");
    Tensor moved = unwritten(trace.output_shape());
    for (int64_t k = 0; k < trace.size(); ++k) moved[k] = trace.step(k).value;
    require_same(moved, out, "ShuffleTrace folded");
    if (validate(inverse, {.input = out.shape()})) return;
    require_same(made(run(inverse, {.input = out}), "the inverse shuffle").values, x, "shuffling back");
}

void matrix_op_forms(const Conv2dMatrixParams& p, const OpInputs& in, const Tensor& out) {
    require_same(made(conv_matrix(p.conv, in.input.shape(), *in.weight), "conv_matrix").dense(), out,
                 "the dense convolution matrix");
    conv_matrix_forms(p.conv, in.input, *in.weight);
}

}  // namespace

void check_forms(const OpParams& params, const OpInputs& in, const OpOutput& output) {
    const Tensor& out = output.values;
    std::visit(
        Overloaded{
            [&](const Conv2dParams& p) { conv2d_forms(p, in, out); },
            [&](const ConvTranspose2dParams& p) { conv_transpose2d_forms(p, in, out); },
            [&](const MaxPool2dParams& p) { max_pool_forms(p, in.input, output); },
            [&](const AvgPool2dParams& p) { fold_results<AvgPoolTrace>(p, in.input, out, "AvgPoolTrace folded"); },
            [&](const MaxUnpool2dParams& p) { unpool_forms(p, in, out); },
            [&](const UpsampleParams& p) { fold_results<UpsampleTrace>(p, in.input, out, "UpsampleTrace folded"); },
            [&](const PixelShuffleParams& p) {
                shuffle_forms(p, in.input, out, PixelUnshuffleParams{.downscale_factor = p.upscale_factor});
            },
            [&](const PixelUnshuffleParams& p) {
                shuffle_forms(p, in.input, out, PixelShuffleParams{.upscale_factor = p.downscale_factor});
            },
            [&](const Conv2dMatrixParams& p) { matrix_op_forms(p, in, out); },
        },
        params);
}

}  // namespace convviz::fuzz
