#include "core/predict.hpp"

#include <cmath>
#include <functional>

#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

// A mistake a student makes with the size formula: the parameters as they read them.
struct Misreading {
    const char* key;
    OpParams params;
};

std::vector<Misreading> misreadings(const OpParams& params) {
    std::vector<Misreading> out;
    const auto with = [&](const char* key, auto p) { out.push_back({key, OpParams{p}}); };
    if (const auto* c = std::get_if<Conv2dParams>(&params)) {
        if (c->padding.kind == PaddingKind::pair && (c->padding.size.h || c->padding.size.w)) {
            auto p = *c;
            p.padding.size = {0, 0};
            with("predict.missed.conv_padding", p);
        }
        if (c->dilation.h > 1 || c->dilation.w > 1) {
            auto p = *c;
            p.dilation = {1, 1};
            with("predict.missed.dilation", p);
        }
        if (c->stride.h > 1 || c->stride.w > 1) {
            auto p = *c;
            p.stride = {1, 1};
            with("predict.missed.conv_stride", p);
        }
    } else if (const auto* t = std::get_if<ConvTranspose2dParams>(&params)) {
        if (t->output_padding.h || t->output_padding.w) {
            auto p = *t;
            p.output_padding = {0, 0};
            with("predict.missed.output_padding", p);
        }
        if (t->padding.h || t->padding.w) {
            auto p = *t;
            p.padding = {0, 0};
            with("predict.missed.crop", p);
        }
        if (t->dilation.h > 1 || t->dilation.w > 1) {
            auto p = *t;
            p.dilation = {1, 1};
            with("predict.missed.dilation", p);
        }
        if (t->stride.h > 1 || t->stride.w > 1) {
            auto p = *t;
            p.stride = {1, 1};
            p.output_padding = {0, 0};  // output_padding must stay below stride
            with("predict.missed.spread", p);
        }
    } else if (const auto* m = std::get_if<MaxPool2dParams>(&params)) {
        if (m->padding.h || m->padding.w) {
            auto p = *m;
            p.padding = {0, 0};
            with("predict.missed.conv_padding", p);
        }
        if (m->dilation.h > 1 || m->dilation.w > 1) {
            auto p = *m;
            p.dilation = {1, 1};
            with("predict.missed.dilation", p);
        }
        auto p = *m;
        p.ceil_mode = !m->ceil_mode;
        with(m->ceil_mode ? "predict.missed.ceil_mode" : "predict.missed.floor", p);
        p = *m;
        p.stride = Pair{1, 1};
        with("predict.missed.pool_stride", p);
    } else if (const auto* a = std::get_if<AvgPool2dParams>(&params)) {
        if (a->padding.h || a->padding.w) {
            auto p = *a;
            p.padding = {0, 0};
            with("predict.missed.conv_padding", p);
        }
        auto p = *a;
        p.ceil_mode = !a->ceil_mode;
        with(a->ceil_mode ? "predict.missed.ceil_mode" : "predict.missed.floor", p);
        p = *a;
        p.stride = Pair{1, 1};
        with("predict.missed.pool_stride", p);
    } else if (const auto* u = std::get_if<MaxUnpool2dParams>(&params)) {
        if (u->output_size) {
            auto p = *u;
            p.output_size.reset();
            with("predict.missed.output_size", p);
        }
        if (u->padding.h || u->padding.w) {
            auto p = *u;
            p.padding = {0, 0};
            with("predict.missed.crop", p);
        }
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
                const int64_t in = shapes.input[static_cast<size_t>(2 + axis)];
                const int64_t k = w[static_cast<size_t>(2 + axis)];
                const int64_t reach = t->dilation[axis] * (k - 1) + 1;
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
