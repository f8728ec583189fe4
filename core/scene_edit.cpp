#include "core/scene_edit.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

#include "core/arith.hpp"
#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/op_params.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// Input, weight and bias draw from different streams, so a 1×1×3×3 input and a 1×1×3×3 kernel
// filled with the same seed do not hold the same numbers. Stream 0 is `filled(shape, fill, seed)`.
enum Stream : uint64_t { input_stream = 0, weight_stream = 1, bias_stream = 2 };

uint64_t stream_seed(uint64_t seed, Stream stream) {
    constexpr uint64_t golden = 0x9E3779B97F4A7C15u;  // 2⁶⁴/φ: spreads small stream numbers apart
    return seed + static_cast<uint64_t>(stream) * golden;
}

// A double uniform in [0, 1) from the generator's top 53 bits.
double unit_interval(std::mt19937_64& engine) {
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

double rounded_normal(std::mt19937_64& engine) {
    // Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
    const double u1 = 1.0 - unit_interval(engine);
    const double u2 = unit_interval(engine);
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    const double rounded = std::round(z * 100.0) / 100.0;
    return rounded == 0.0 ? 0.0 : rounded;  // no −0 in a cell
}

int64_t groups_of(const OpParams& params) {
    if (const auto* p = std::get_if<Conv2dParams>(&params)) return p->groups;
    if (const auto* p = std::get_if<ConvTranspose2dParams>(&params)) return p->groups;
    if (const auto* p = std::get_if<Conv2dMatrixParams>(&params)) return p->conv.groups;
    return 1;
}

// A fresh tensor of `shape` filled as asked, then the old tensor's values copied into the cells
// whose every index exists in both (same rank only).
Tensor resized(const Tensor* old, const Shape& shape, Fill fill, uint64_t seed) {
    Tensor result = filled(shape, fill, seed);
    if (!old || old->rank() != shape.size() || old->size() == 0 || result.size() == 0) return result;
    const size_t rank = shape.size();
    Shape common(rank);
    for (size_t axis = 0; axis < rank; ++axis) common[axis] = std::min(old->dim(axis), shape[axis]);

    // Walk the overlap in row-major order, `index` counting like an odometer.
    std::vector<int64_t> index(rank, 0);
    const int64_t overlap = element_count(common);
    for (int64_t done = 0; done < overlap; ++done) {
        int64_t old_flat = 0;
        int64_t new_flat = 0;
        for (size_t axis = 0; axis < rank; ++axis) {
            old_flat = old_flat * old->dim(axis) + index[axis];
            new_flat = new_flat * shape[axis] + index[axis];
        }
        result[new_flat] = (*old)[old_flat];
        for (size_t axis = rank; axis-- > 0;) {
            if (++index[axis] < common[axis]) break;
            index[axis] = 0;
        }
    }
    return result;
}

// The weight's sizes are checked before anything is allocated; layer_weight_shape checks groups.
std::optional<std::string> check_layer_sizes(const SceneTensorsSpec& spec, Lang lang) {
    if (spec.out_channels < 1) {
        return tr(lang, "msg.param.at_least_one", "out_channels", spec.out_channels);
    }
    if (spec.out_channels > limits.channels) {
        return tr(lang, "msg.edit.out_channels_over", spec.out_channels, limits.channels);
    }
    for (int axis : kAxes) {
        if (spec.kernel_size[axis] < 1) {
            return tr(lang, "msg.edit.kernel_at_least_one", axis_name(axis, lang), spec.kernel_size[axis]);
        }
        if (auto e = check_kernel_side(axis, spec.kernel_size[axis], lang)) return e;
    }
    return std::nullopt;
}

}  // namespace

const char* name(Fill fill) {
    switch (fill) {
        case Fill::integers: return "integers";
        case Fill::normals: return "normals";
        case Fill::ones: return "ones";
        case Fill::arange: return "arange";
    }
    return "integers";
}

void fill_tensor(Tensor& tensor, Fill fill, uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::vector<double>& cells = tensor.data();
    for (size_t i = 0; i < cells.size(); ++i) {
        switch (fill) {
            case Fill::integers:
                // engine() % 9: the bias of 2⁶⁴ mod 9 is far below anything a test could see.
                cells[i] = static_cast<double>(static_cast<int64_t>(engine() % 9) - 4);
                break;
            case Fill::normals: cells[i] = rounded_normal(engine); break;
            case Fill::ones: cells[i] = 1.0; break;
            case Fill::arange: cells[i] = static_cast<double>(i); break;
        }
    }
}

Tensor filled(const Shape& shape, Fill fill, uint64_t seed) {
    Tensor tensor(shape, 0.0);
    fill_tensor(tensor, fill, seed);
    return tensor;
}

Result<Scene> reshape_scene(const Scene& scene, const OpParams& params, const Shape& input_shape,
                            const SceneTensorsSpec& spec, Lang lang) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input_shape, lang)) return Error{*e};

    Scene edited;
    edited.id = scene.id;
    edited.title = scene.title;
    edited.params = params;
    edited.tensors.input = resized(&scene.tensors.input, input_shape, spec.fill, stream_seed(spec.seed, input_stream));

    if (has_weight(params)) {
        if (auto e = check_layer_sizes(spec, lang)) return Error{*e};
        auto weight_shape = layer_weight_shape(params, input_shape[1], spec.out_channels, spec.kernel_size, lang);
        if (!weight_shape) return Error{weight_shape.error()};
        const Tensor* old_weight = scene.tensors.weight ? &*scene.tensors.weight : nullptr;
        edited.tensors.weight =
            resized(old_weight, weight_shape.value(), spec.fill, stream_seed(spec.seed, weight_stream));
        if (spec.has_bias) {
            const Tensor* old_bias = scene.tensors.bias ? &*scene.tensors.bias : nullptr;
            edited.tensors.bias =
                resized(old_bias, Shape{spec.out_channels}, spec.fill, stream_seed(spec.seed, bias_stream));
        }
    }

    edited.pooling = scene.pooling;
    edited.view = scene.view;
    const std::vector<ViewKind> views = views_for(params);
    if (std::find(views.begin(), views.end(), edited.view.kind) == views.end()) edited.view.kind = views.front();

    if (auto e = validate(edited, lang)) return Error{*e};
    return edited;
}

SceneChannels scene_channels(const Scene& scene) {
    SceneChannels channels;
    const Tensor& input = scene.tensors.input;
    if (input.rank() == 4) channels.in_channels = input.dim(1);
    channels.out_channels = channels.in_channels;

    if (has_weight(scene.params)) {
        channels.editable = true;
        channels.has_bias = scene.tensors.bias.has_value();
        const std::optional<Tensor>& weight = scene.tensors.weight;
        if (weight && weight->rank() == 4) {
            channels.kernel_size = {weight->dim(2), weight->dim(3)};
            // conv_transpose2d's weight is [C_in, C_out / groups, kH, kW]; the others' [C_out, ...].
            channels.out_channels = std::holds_alternative<ConvTranspose2dParams>(scene.params)
                                        ? weight->dim(1) * groups_of(scene.params)
                                        : weight->dim(0);
        }
        return channels;
    }

    if (const auto* p = std::get_if<MaxPool2dParams>(&scene.params)) channels.kernel_size = p->kernel_size;
    if (const auto* p = std::get_if<AvgPool2dParams>(&scene.params)) channels.kernel_size = p->kernel_size;
    if (const auto* p = std::get_if<MaxUnpool2dParams>(&scene.params)) channels.kernel_size = p->kernel_size;
    // pixel_shuffle and pixel_unshuffle change C; the rest keep it.
    if (!validate(scene)) {
        auto inputs = op_inputs(scene);
        if (inputs) channels.out_channels = output_shape(scene.params, shapes_of(inputs.value()))[1];
    }
    return channels;
}

SceneTensorsSpec tensors_spec(const Scene& scene, Fill fill, uint64_t seed) {
    const SceneChannels channels = scene_channels(scene);
    return {.out_channels = channels.out_channels,
            .kernel_size = channels.kernel_size,
            .has_bias = channels.has_bias,
            .fill = fill,
            .seed = seed};
}

// [SECTION] Switching the op, transposing a layer

namespace {

// The parameters ops can share, by name, read from one op's settings through the ops'
// description and written into another's: what the op's Params hold, plus the conv layers' kernel
// (the weight's) and the MaxPool2d before a MaxUnpool2d. A pooling stride left unset is its kernel.
using SharedSettings = std::map<std::string_view, ParamValue>;

SharedSettings shared_settings(const LayerSettings& from) {
    SharedSettings s;
    for (const ParamSpec& spec : op_schema(from.params).params) {
        ParamValue value = spec.get(from.params);
        if (const auto* word = std::get_if<std::string_view>(&value); word && spec.kind == ParamKind::padding) {
            // 'valid' is padding 0; 'same' has no number before the input is known.
            if (*word != "valid") continue;
            value = Pair{.h = 0, .w = 0};
        }
        if (std::holds_alternative<std::monostate>(value) && spec.name == "stride") value = s["kernel_size"];
        s[spec.name] = value;
    }
    if (has_weight(from.params)) s["kernel_size"] = from.kernel_size;
    if (std::holds_alternative<MaxUnpool2dParams>(from.params)) {
        s["dilation"] = from.pooling.dilation;
        s["ceil_mode"] = from.pooling.ceil_mode;
    }
    return s;
}

void apply_shared(const SharedSettings& s, LayerSettings& to) {
    const auto shared = [&](std::string_view name) -> const ParamValue* {
        const auto it = s.find(name);
        return it == s.end() ? nullptr : &it->second;
    };
    for (const ParamSpec& spec : op_schema(to.params).params) {
        const ParamValue* value = shared(spec.name);
        if (spec.name == "stride" && spec.optional) {
            // A pooling stride equal to its kernel stays unset, as PyTorch's default.
            const ParamValue kernel = find_param(op_schema(to.params), "kernel_size")->get(to.params);
            spec.set(to.params, value == nullptr || same_value(*value, kernel) ? ParamValue{std::monostate{}} : *value);
            continue;
        }
        // A value of another kind (a words choice in one op, a number in another) is not shared.
        if (value != nullptr && !check_value(spec, *value, Lang::en, /*check_range=*/false)) spec.set(to.params, *value);
    }
    if (const ParamValue* kernel = shared("kernel_size"); kernel && has_weight(to.params)) {
        to.kernel_size = std::get<Pair>(*kernel);
    }
    if (std::holds_alternative<MaxUnpool2dParams>(to.params)) {
        if (const ParamValue* d = shared("dilation")) to.pooling.dilation = std::get<Pair>(*d);
        if (const ParamValue* c = shared("ceil_mode")) to.pooling.ceil_mode = std::get<bool>(*c);
    }
}

std::string height_by_width(const Shape& shape) { return cat(shape[2], "×", shape[3]); }

}  // namespace

std::optional<LayerSettings> switch_op(const LayerSettings& from, std::string_view to) {
    std::optional<OpParams> defaults = default_params(to);
    if (!defaults) return std::nullopt;
    LayerSettings settings{.params = *defaults, .kernel_size = from.kernel_size, .pooling = from.pooling};
    apply_shared(shared_settings(from), settings);
    return settings;
}

Result<Scene> transposed_layer(const Scene& scene, Lang lang) {
    OpParams params = scene.params;
    if (const auto* m = std::get_if<Conv2dMatrixParams>(&params)) params = m->conv;
    const auto* conv = std::get_if<Conv2dParams>(&params);
    const auto* tconv = std::get_if<ConvTranspose2dParams>(&params);
    if (conv == nullptr && tconv == nullptr) return Error{tr(lang, "msg.transpose.not_a_conv", op_name(params))};
    if (auto e = validate(scene, lang)) return Error{*e};
    if (conv != nullptr && conv->padding_mode != PaddingMode::zeros) {
        return Error{tr(lang, "msg.transpose.padding_mode", name(conv->padding_mode))};
    }
    Result<OpInputs> inputs = op_inputs(scene, lang);
    if (!inputs) return Error{inputs.error()};
    const Shape& input_shape = scene.tensors.input.shape();
    const Tensor& weight = *scene.tensors.weight;

    Scene transposed;
    transposed.view = scene.view;
    if (conv != nullptr) {
        Result<RestoringPadding> restoring = restoring_output_padding(*conv, input_shape, weight.shape(), lang);
        if (!restoring) return Error{restoring.error()};
        const Padding4 pad = resolved_padding(*conv, weight.shape());
        transposed.params = ConvTranspose2dParams{.stride = conv->stride,
                                                  .padding = {pad.top, pad.left},
                                                  .output_padding = restoring.value().output_padding,
                                                  .dilation = conv->dilation,
                                                  .groups = conv->groups};
    } else {
        for (int axis : kAxes) {
            if (tconv->output_padding[axis] >= tconv->stride[axis]) {
                // Such a Conv2d reads the transposed output as input + ⌊output_padding / stride⌋.
                const Pair op = tconv->output_padding;
                const Pair s = tconv->stride;
                return Error{tr(lang, "msg.transpose.no_conv2d", height_by_width(input_shape), op.h, op.w, s.h, s.w,
                                input_shape[2] + op.h / s.h, input_shape[3] + op.w / s.w)};
            }
        }
        transposed.params = Conv2dParams{.stride = tconv->stride,
                                         .padding = {.kind = PaddingKind::pair, .size = tconv->padding},
                                         .dilation = tconv->dilation,
                                         .groups = tconv->groups};
    }

    // The new layer reads what the old one wrote. Without the bias: the output of the linear map.
    OpInputs linear = std::move(inputs).value();
    linear.bias.reset();
    Result<OpOutput> output = run(params, linear, lang);
    if (!output) return Error{output.error()};
    transposed.tensors.input = std::move(output.value().values);
    transposed.tensors.weight = weight;
    if (scene.tensors.bias) transposed.tensors.bias = Tensor(Shape{input_shape[1]}, 0.0);
    const std::vector<ViewKind> views = views_for(transposed.params);
    if (std::find(views.begin(), views.end(), transposed.view.kind) == views.end()) transposed.view.kind = views.front();
    transposed.title = tr(lang, conv != nullptr ? "scene.transposed_title.conv_transpose2d" : "scene.transposed_title.conv2d",
                          height_by_width(transposed.tensors.input.shape()), height_by_width(input_shape));

    if (auto e = check_input_shape(text(lang, "msg.noun.input"), transposed.tensors.input.shape(), lang)) return Error{*e};
    if (auto e = validate(transposed, lang)) return Error{*e};
    // The promise: the new layer's output has the old layer's input size.
    Result<OpInputs> new_inputs = op_inputs(transposed, lang);
    if (!new_inputs) return Error{new_inputs.error()};
    const Shape back = output_shape(transposed.params, shapes_of(new_inputs.value()));
    if (back != input_shape) {
        return Error{tr(lang, "msg.transpose.shape_differs", height_by_width(back), height_by_width(input_shape))};
    }
    return transposed;
}

}  // namespace convviz
