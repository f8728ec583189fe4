#include "core/op.hpp"

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/matrix.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

constexpr const char* kNames[] = {"conv2d",          "conv_transpose2d", "max_pool2d",
                                  "avg_pool2d",      "max_unpool2d",     "upsample",
                                  "pixel_shuffle",   "pixel_unshuffle",  "conv2d_matrix",
                                  nullptr};

// The conv ops need a weight, max_unpool2d its indices; the message names what is missing rather
// than crashing.
std::optional<std::string> need_weight(const std::optional<Shape>& shape, const char* op, Lang lang) {
    if (!shape) return tr(lang, "msg.op.needs_weight", op);
    return std::nullopt;
}

std::optional<std::string> need_indices(const std::optional<Shape>& shape, const char* op, Lang lang) {
    if (!shape) return tr(lang, "msg.op.needs_indices", op);
    return std::nullopt;
}

}  // namespace

const char* op_name(const OpParams& params) { return kNames[params.index()]; }

bool has_weight(const OpParams& params) {
    return std::holds_alternative<Conv2dParams>(params) || std::holds_alternative<ConvTranspose2dParams>(params) ||
           std::holds_alternative<Conv2dMatrixParams>(params);
}

const char* const* op_names() { return kNames; }

std::optional<OpParams> default_params(std::string_view name) {
    if (name == "conv2d") return Conv2dParams{};
    if (name == "conv_transpose2d") return ConvTranspose2dParams{};
    if (name == "max_pool2d") return MaxPool2dParams{};
    if (name == "avg_pool2d") return AvgPool2dParams{};
    if (name == "max_unpool2d") return MaxUnpool2dParams{};
    if (name == "upsample") return UpsampleParams{.scale_factor = ScaleFactor{}};
    if (name == "pixel_shuffle") return PixelShuffleParams{};
    if (name == "pixel_unshuffle") return PixelUnshuffleParams{};
    if (name == "conv2d_matrix") return Conv2dMatrixParams{};
    return std::nullopt;
}

OpShapes shapes_of(const OpInputs& inputs) {
    OpShapes shapes{inputs.input.shape(), std::nullopt, std::nullopt, std::nullopt};
    if (inputs.weight) shapes.weight = inputs.weight->shape();
    if (inputs.bias) shapes.bias = inputs.bias->shape();
    if (inputs.indices) shapes.indices = inputs.indices->shape();
    return shapes;
}

std::optional<std::string> validate(const OpParams& params, const OpShapes& s, Lang lang) {
    const Shape* bias = s.bias ? &*s.bias : nullptr;
    return std::visit(
        Overloaded{
            [&](const Conv2dParams& p) -> std::optional<std::string> {
                if (auto e = need_weight(s.weight, "conv2d", lang)) return e;
                return validate(p, s.input, *s.weight, bias, lang);
            },
            [&](const ConvTranspose2dParams& p) -> std::optional<std::string> {
                if (auto e = need_weight(s.weight, "conv_transpose2d", lang)) return e;
                return validate(p, s.input, *s.weight, bias, lang);
            },
            [&](const Conv2dMatrixParams& p) -> std::optional<std::string> {
                if (auto e = need_weight(s.weight, "conv2d_matrix", lang)) return e;
                if (auto e = validate_matrix(p.conv, s.input, *s.weight, lang)) return e;
                return check_output_shape(output_shape(params, s), lang);  // the dense C is the output
            },
            [&](const MaxUnpool2dParams& p) -> std::optional<std::string> {
                if (auto e = need_indices(s.indices, "max_unpool2d", lang)) return e;
                return validate(p, s.input, *s.indices, lang);
            },
            [&](const auto& p) -> std::optional<std::string> { return validate(p, s.input, lang); },
        },
        params);
}

Shape output_shape(const OpParams& params, const OpShapes& s) {
    return std::visit(
        Overloaded{
            [&](const Conv2dParams& p) { return output_shape(p, s.input, *s.weight); },
            [&](const ConvTranspose2dParams& p) { return output_shape(p, s.input, *s.weight); },
            [&](const Conv2dMatrixParams& p) {
                const Shape out = output_shape(p.conv, s.input, *s.weight);
                return Shape{element_count(out), element_count(s.input)};
            },
            [&](const auto& p) { return output_shape(p, s.input); },
        },
        params);
}

int64_t op_work(const OpParams& params, const OpShapes& s) {
    const int64_t out = element_count(output_shape(params, s));
    const auto per_weight_slice = [&] { return (*s.weight)[1] * (*s.weight)[2] * (*s.weight)[3]; };
    return std::visit(Overloaded{
                          [&](const Conv2dParams&) { return out * per_weight_slice(); },
                          [&](const ConvTranspose2dParams&) { return element_count(s.input) * per_weight_slice(); },
                          [&](const Conv2dMatrixParams&) { return out; },
                          [&](const MaxPool2dParams& p) { return out * p.kernel_size.h * p.kernel_size.w; },
                          [&](const AvgPool2dParams& p) { return out * p.kernel_size.h * p.kernel_size.w; },
                          // Bicubic's sixteen taps are the most any of the others reads per output.
                          [&](const auto&) { return out * 16; },
                      },
                      params);
}

Result<Shape> layer_weight_shape(const OpParams& params, int64_t in_channels, int64_t out_channels,
                                 Pair kernel, Lang lang) {
    if (!has_weight(params)) return Error{tr(lang, "msg.op.no_weight", op_name(params))};
    const int64_t groups = std::visit(Overloaded{
                                          [](const Conv2dParams& p) { return p.groups; },
                                          [](const Conv2dMatrixParams& p) { return p.conv.groups; },
                                          [](const ConvTranspose2dParams& p) { return p.groups; },
                                          [](const auto&) { return int64_t{0}; },
                                      },
                                      params);
    if (groups < 1) return Error{tr(lang, "msg.param.at_least_one", "groups", groups)};
    if (in_channels % groups != 0) {
        return Error{tr(lang, "msg.param.divisible_by_groups", "in_channels", in_channels, groups)};
    }
    if (out_channels % groups != 0) {
        return Error{tr(lang, "msg.param.divisible_by_groups", "out_channels", out_channels, groups)};
    }
    if (std::holds_alternative<ConvTranspose2dParams>(params)) {
        return Shape{in_channels, out_channels / groups, kernel.h, kernel.w};
    }
    return Shape{out_channels, in_channels / groups, kernel.h, kernel.w};
}

Result<OpOutput> run(const OpParams& params, const OpInputs& in, Lang lang) {
    if (auto e = validate(params, shapes_of(in), lang)) return Error{*e};
    const Tensor* bias = in.bias ? &*in.bias : nullptr;
    auto values = [](Result<Tensor> r) -> Result<OpOutput> {
        if (!r) return Error{r.error()};
        return OpOutput{std::move(r).value(), std::nullopt};
    };
    return std::visit(
        Overloaded{
            [&](const Conv2dParams& p) { return values(conv2d(in.input, *in.weight, bias, p, lang)); },
            [&](const ConvTranspose2dParams& p) {
                return values(conv_transpose2d_scatter(in.input, *in.weight, bias, p, lang));
            },
            [&](const MaxPool2dParams& p) -> Result<OpOutput> {
                auto r = max_pool2d(in.input, p, lang);
                if (!r) return Error{r.error()};
                return OpOutput{std::move(r.value().values), std::move(r.value().indices)};
            },
            [&](const AvgPool2dParams& p) { return values(avg_pool2d(in.input, p, lang)); },
            [&](const MaxUnpool2dParams& p) { return values(max_unpool2d(in.input, *in.indices, p, lang)); },
            [&](const UpsampleParams& p) { return values(upsample(in.input, p, lang)); },
            [&](const PixelShuffleParams& p) { return values(pixel_shuffle(in.input, p, lang)); },
            [&](const PixelUnshuffleParams& p) { return values(pixel_unshuffle(in.input, p, lang)); },
            [&](const Conv2dMatrixParams& p) -> Result<OpOutput> {
                auto m = conv_matrix(p.conv, in.input.shape(), *in.weight, lang);
                if (!m) return Error{m.error()};
                return OpOutput{m.value().dense(), std::nullopt};
            },
        },
        params);
}

}  // namespace convviz
