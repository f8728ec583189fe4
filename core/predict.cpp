#include "core/predict.hpp"

#include <cmath>
#include <functional>

#include "core/i18n/strings.hpp"
#include "core/ops/extent.hpp"

namespace convviz {

namespace {

// A mistake a student makes with the size formula: the parameters as they read them.
struct Misreading {
    const char* key;
    OpParams params;
};

bool any(Pair p) { return p.h != 0 || p.w != 0; }
bool beyond_one(Pair p) { return p.h > 1 || p.w > 1; }

// The parameters with one of them read wrongly, under the key that names the slip.
template <class Params, class Change>
void misread(std::vector<Misreading>& out, const Params& params, const char* key, Change change) {
    Params p = params;
    change(p);
    out.push_back({key, OpParams{p}});
}

// MaxPool2d and AvgPool2d: padding forgotten (and then `more`), the rounding the other way,
// stride taken as 1.
template <class Pool, class More>
void pooling_misreadings(std::vector<Misreading>& out, const Pool& pool, More more) {
    if (any(pool.padding)) misread(out, pool, "predict.missed.conv_padding", [](Pool& p) { p.padding = {0, 0}; });
    more();
    misread(out, pool, pool.ceil_mode ? "predict.missed.ceil_mode" : "predict.missed.floor",
            [](Pool& p) { p.ceil_mode = !p.ceil_mode; });
    misread(out, pool, "predict.missed.pool_stride", [](Pool& p) { p.stride = Pair{1, 1}; });
}

std::vector<Misreading> misreadings(const OpParams& params) {
    std::vector<Misreading> out;
    if (const auto* c = std::get_if<Conv2dParams>(&params)) {
        if (c->padding.kind == PaddingKind::pair && any(c->padding.size)) {
            misread(out, *c, "predict.missed.conv_padding", [](Conv2dParams& p) { p.padding.size = {0, 0}; });
        }
        if (beyond_one(c->dilation)) misread(out, *c, "predict.missed.dilation", [](Conv2dParams& p) { p.dilation = {1, 1}; });
        if (beyond_one(c->stride)) misread(out, *c, "predict.missed.conv_stride", [](Conv2dParams& p) { p.stride = {1, 1}; });
    } else if (const auto* t = std::get_if<ConvTranspose2dParams>(&params)) {
        using T = ConvTranspose2dParams;
        if (any(t->output_padding)) misread(out, *t, "predict.missed.output_padding", [](T& p) { p.output_padding = {0, 0}; });
        if (any(t->padding)) misread(out, *t, "predict.missed.crop", [](T& p) { p.padding = {0, 0}; });
        if (beyond_one(t->dilation)) misread(out, *t, "predict.missed.dilation", [](T& p) { p.dilation = {1, 1}; });
        if (beyond_one(t->stride)) {
            misread(out, *t, "predict.missed.spread", [](T& p) {
                p.stride = {1, 1};
                p.output_padding = {0, 0};  // output_padding must stay below stride
            });
        }
    } else if (const auto* m = std::get_if<MaxPool2dParams>(&params)) {
        pooling_misreadings(out, *m, [&] {
            if (beyond_one(m->dilation)) misread(out, *m, "predict.missed.dilation", [](MaxPool2dParams& p) { p.dilation = {1, 1}; });
        });
    } else if (const auto* a = std::get_if<AvgPool2dParams>(&params)) {
        pooling_misreadings(out, *a, [] {});
    } else if (const auto* u = std::get_if<MaxUnpool2dParams>(&params)) {
        using U = MaxUnpool2dParams;
        if (u->output_size) misread(out, *u, "predict.missed.output_size", [](U& p) { p.output_size.reset(); });
        if (any(u->padding)) misread(out, *u, "predict.missed.crop", [](U& p) { p.padding = {0, 0}; });
    }
    return out;
}

bool close_to(double a, double b) { return std::abs(a - b) <= std::max(1e-6, 1e-6 * std::abs(b)); }

}  // namespace

Result<PredictionVerdict> check_prediction(const Scene& scene, const Prediction& guess, Lang lang) {
    if (std::optional<std::string> invalid = validate(scene, lang)) return Error{*invalid};
    Result<OpInputs> inputs = op_inputs(scene, lang);
    if (!inputs) return Error{inputs.error()};
    const OpShapes shapes = shapes_of(inputs.value());
    PredictionVerdict verdict;
    verdict.expected = output_shape(scene.params, shapes);
    const Shape& e = verdict.expected;
    const bool channels_right = guess.channels == 0 || guess.channels == e[1];
    const bool height_right = guess.height == e[2];
    const bool width_right = guess.width == e[3];
    verdict.shape_right = channels_right && height_right && width_right;

    if (guess.value) {
        Result<OpOutput> output = run(scene.params, inputs.value(), lang);
        if (!output) return Error{output.error()};
        verdict.expected_value = output.value().values.data().front();
        verdict.value_right = close_to(*guess.value, verdict.expected_value);
    }

    if (!height_right || !width_right) {
        const auto explains = [&](int64_t h, int64_t w) {
            return (height_right || h == guess.height) && (width_right || w == guess.width);
        };
        for (const Misreading& m : misreadings(scene.params)) {
            if (validate(m.params, shapes)) continue;  // a misreading PyTorch would refuse
            const Shape s = output_shape(m.params, shapes);
            if (explains(s[2], s[3])) verdict.missed.push_back(tr(lang, m.key));
        }
        const bool counts_places = std::holds_alternative<Conv2dParams>(scene.params) ||
                                   std::holds_alternative<MaxPool2dParams>(scene.params) ||
                                   std::holds_alternative<AvgPool2dParams>(scene.params);
        // The slips below only when no misread parameter explains the answer: one reason reads better.
        if (verdict.missed.empty() && (counts_places || std::holds_alternative<ConvTranspose2dParams>(scene.params)) &&
            explains(e[2] - 1, e[3] - 1)) {
            verdict.missed.push_back(tr(lang, "predict.missed.plus_one"));
        }
        const auto* t = std::get_if<ConvTranspose2dParams>(&scene.params);
        if (t != nullptr && verdict.missed.empty()) {
            // The convolution's formula where the transposed one belongs: the size shrinks.
            const Shape& w = shapes.weight.value();
            const auto shrunk = [&](int axis) {
                const int64_t in = spatial(shapes.input, axis);
                const int64_t k = spatial(w, axis);
                const int64_t reach = dilated_extent(k, t->dilation[axis]);
                const int64_t padded = in + 2 * t->padding[axis];
                return padded < reach ? int64_t{-1} : (padded - reach) / t->stride[axis] + 1;
            };
            if (explains(shrunk(0), shrunk(1))) verdict.missed.push_back(tr(lang, "predict.missed.grows"));
        }
    }
    if (!channels_right) {
        const char* key = "predict.missed.channels_same";
        if (std::holds_alternative<Conv2dParams>(scene.params)) key = "predict.missed.channels_conv";
        if (std::holds_alternative<ConvTranspose2dParams>(scene.params)) key = "predict.missed.channels_transpose";
        if (std::holds_alternative<PixelShuffleParams>(scene.params)) key = "predict.missed.channels_shuffle";
        if (std::holds_alternative<PixelUnshuffleParams>(scene.params)) key = "predict.missed.channels_unshuffle";
        verdict.missed.push_back(tr(lang, key));
    }
    const std::string shape_text = cat(e[1], "×", e[2], "×", e[3]);
    verdict.summary = verdict.shape_right ? tr(lang, "predict.right", shape_text)
                                          : tr(lang, "predict.wrong", shape_text, guess.channels == 0 ? e[1] : guess.channels,
                                               guess.height, guess.width);
    return verdict;
}

}  // namespace convviz
