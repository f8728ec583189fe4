#include "core/op_params.hpp"

#include <cmath>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// [SECTION] Typed access: a Params member as a ParamValue and back

template <class P>
const P& params_of(const OpParams& params) {
    if constexpr (std::is_same_v<P, Conv2dParams>) {
        // conv2d_matrix is a conv2d seen as a matrix: its parameters are the conv2d's.
        if (const auto* m = std::get_if<Conv2dMatrixParams>(&params)) return m->conv;
    }
    return std::get<P>(params);
}

template <class P>
P& params_of(OpParams& params) {
    if constexpr (std::is_same_v<P, Conv2dParams>) {
        if (auto* m = std::get_if<Conv2dMatrixParams>(&params)) return m->conv;
    }
    return std::get<P>(params);
}

ParamValue to_value(int64_t v) { return v; }
ParamValue to_value(Pair v) { return v; }
ParamValue to_value(bool v) { return v; }
ParamValue to_value(PaddingMode v) { return std::string_view(name(v)); }
ParamValue to_value(UpsampleMode v) { return std::string_view(name(v)); }
ParamValue to_value(const Conv2dPadding& v) {
    switch (v.kind) {
        case PaddingKind::same: return std::string_view("same");
        case PaddingKind::valid: return std::string_view("valid");
        case PaddingKind::pair: break;
    }
    return v.size;
}
template <class T>
ParamValue to_value(const std::optional<T>& v) {
    if (!v) return std::monostate{};
    if constexpr (std::is_same_v<T, ScaleFactor>) {
        return *v;
    } else {
        return to_value(*v);
    }
}

void from_value(const ParamValue& v, int64_t& into) { into = std::get<int64_t>(v); }
void from_value(const ParamValue& v, Pair& into) { into = std::get<Pair>(v); }
void from_value(const ParamValue& v, bool& into) { into = std::get<bool>(v); }
void from_value(const ParamValue& v, PaddingMode& into) {
    into = parse_padding_mode(std::get<std::string_view>(v)).value_or(PaddingMode::zeros);
}
void from_value(const ParamValue& v, UpsampleMode& into) {
    into = parse_upsample_mode(std::get<std::string_view>(v)).value_or(UpsampleMode::nearest);
}
void from_value(const ParamValue& v, Conv2dPadding& into) {
    if (const auto* word = std::get_if<std::string_view>(&v)) {
        into = {.kind = *word == "same" ? PaddingKind::same : PaddingKind::valid, .size = {.h = 0, .w = 0}};
    } else {
        into = {.kind = PaddingKind::pair, .size = std::get<Pair>(v)};
    }
}
template <class T>
void from_value(const ParamValue& v, std::optional<T>& into) {
    if (std::holds_alternative<std::monostate>(v)) {
        into.reset();
    } else if constexpr (std::is_same_v<T, ScaleFactor>) {
        into = std::get<ScaleFactor>(v);
    } else {
        T value{};
        from_value(v, value);
        into = value;
    }
}

template <class P, auto Member>
ParamValue get_member(const OpParams& params) {
    return to_value(params_of<P>(params).*Member);
}

template <class P, auto Member>
void set_member(OpParams& params, const ParamValue& value) {
    from_value(value, params_of<P>(params).*Member);
}

// [SECTION] The tables

constexpr std::string_view kPaddingModes[] = {"zeros", "reflect", "replicate", "circular"};
constexpr std::string_view kPaddingWords[] = {"same", "valid"};
constexpr std::string_view kUpsampleModes[] = {"nearest", "nearest-exact", "bilinear", "bicubic"};

constexpr Pair kOnes{.h = 1, .w = 1};
constexpr Pair kZeros{.h = 0, .w = 0};
constexpr Pair kTwos{.h = 2, .w = 2};
constexpr int64_t kMost = limits.parameter;

template <class P>
constexpr ParamSpec stride_spec(std::string_view words) {
    return {.name = "stride", .kind = ParamKind::pair, .min = 1, .max = kMost, .default_value = kOnes,
            .words = words, .get = get_member<P, &P::stride>, .set = set_member<P, &P::stride>};
}
template <class P>
constexpr ParamSpec dilation_spec(std::string_view words) {
    return {.name = "dilation", .kind = ParamKind::pair, .min = 1, .max = kMost, .default_value = kOnes,
            .words = words, .get = get_member<P, &P::dilation>, .set = set_member<P, &P::dilation>};
}
template <class P>
constexpr ParamSpec padding_spec(std::string_view words) {
    return {.name = "padding", .kind = ParamKind::pair, .min = 0, .max = kMost, .default_value = kZeros,
            .words = words, .get = get_member<P, &P::padding>, .set = set_member<P, &P::padding>};
}
template <class P>
constexpr ParamSpec groups_spec(std::string_view words) {
    return {.name = "groups", .kind = ParamKind::integer, .min = 1, .max = limits.channels, .default_value = int64_t{1},
            .words = words, .get = get_member<P, &P::groups>, .set = set_member<P, &P::groups>};
}
template <class P>
constexpr ParamSpec kernel_spec(std::string_view words) {
    return {.name = "kernel_size", .kind = ParamKind::pair, .required = true, .min = 1, .max = limits.kernel, .default_value = kTwos,
            .words = words, .get = get_member<P, &P::kernel_size>, .set = set_member<P, &P::kernel_size>};
}
// A pooling stride: None is the kernel size, as in PyTorch.
template <class P>
constexpr ParamSpec window_stride_spec(std::string_view words) {
    return {.name = "stride", .kind = ParamKind::pair, .optional = true, .min = 1, .max = kMost,
            .default_value = std::monostate{}, .words = words, .none_words = "panel.params.stride_unset",
            .get = get_member<P, &P::stride>, .set = set_member<P, &P::stride>};
}
template <class P>
constexpr ParamSpec ceil_mode_spec(std::string_view words) {
    return {.name = "ceil_mode", .kind = ParamKind::boolean, .default_value = false, .words = words,
            .get = get_member<P, &P::ceil_mode>, .set = set_member<P, &P::ceil_mode>};
}

constexpr ParamSpec kConv2d[] = {
    stride_spec<Conv2dParams>("tip.conv2d.stride"),
    {.name = "padding", .kind = ParamKind::padding, .min = 0, .max = kMost, .default_value = kZeros,
     .choices = kPaddingWords, .words = "tip.conv2d.padding", .unknown_word = "msg.field.padding_word",
     .get = get_member<Conv2dParams, &Conv2dParams::padding>, .set = set_member<Conv2dParams, &Conv2dParams::padding>},
    dilation_spec<Conv2dParams>("tip.conv2d.dilation"),
    groups_spec<Conv2dParams>("tip.conv2d.groups"),
    {.name = "padding_mode", .kind = ParamKind::choice, .default_value = std::string_view("zeros"),
     .choices = kPaddingModes, .words = "tip.conv2d.padding_mode", .unknown_word = "msg.field.padding_mode",
     .get = get_member<Conv2dParams, &Conv2dParams::padding_mode>,
     .set = set_member<Conv2dParams, &Conv2dParams::padding_mode>},
};

constexpr ParamSpec kConvTranspose2d[] = {
    stride_spec<ConvTranspose2dParams>("tip.conv_transpose2d.stride"),
    padding_spec<ConvTranspose2dParams>("tip.conv_transpose2d.padding"),
    {.name = "output_padding", .kind = ParamKind::pair, .min = 0, .max = kMost, .default_value = kZeros,
     .words = "tip.conv_transpose2d.output_padding",
     .get = get_member<ConvTranspose2dParams, &ConvTranspose2dParams::output_padding>,
     .set = set_member<ConvTranspose2dParams, &ConvTranspose2dParams::output_padding>},
    dilation_spec<ConvTranspose2dParams>("tip.conv_transpose2d.dilation"),
    groups_spec<ConvTranspose2dParams>("tip.conv_transpose2d.groups"),
};

constexpr ParamSpec kMaxPool2d[] = {
    kernel_spec<MaxPool2dParams>("tip.max_pool2d.kernel_size"),
    window_stride_spec<MaxPool2dParams>("tip.max_pool2d.stride"),
    padding_spec<MaxPool2dParams>("tip.max_pool2d.padding"),
    dilation_spec<MaxPool2dParams>("tip.max_pool2d.dilation"),
    ceil_mode_spec<MaxPool2dParams>("tip.max_pool2d.ceil_mode"),
};

constexpr ParamSpec kAvgPool2d[] = {
    kernel_spec<AvgPool2dParams>("tip.avg_pool2d.kernel_size"),
    window_stride_spec<AvgPool2dParams>("tip.avg_pool2d.stride"),
    padding_spec<AvgPool2dParams>("tip.avg_pool2d.padding"),
    ceil_mode_spec<AvgPool2dParams>("tip.avg_pool2d.ceil_mode"),
    {.name = "count_include_pad", .kind = ParamKind::boolean, .default_value = true,
     .words = "tip.avg_pool2d.count_include_pad",
     .get = get_member<AvgPool2dParams, &AvgPool2dParams::count_include_pad>,
     .set = set_member<AvgPool2dParams, &AvgPool2dParams::count_include_pad>},
    {.name = "divisor_override", .kind = ParamKind::integer, .optional = true, .min = 1, .max = int64_t{1} << 40,
     .default_value = std::monostate{}, .words = "tip.avg_pool2d.divisor_override",
     .get = get_member<AvgPool2dParams, &AvgPool2dParams::divisor_override>,
     .set = set_member<AvgPool2dParams, &AvgPool2dParams::divisor_override>},
};

constexpr ParamSpec kMaxUnpool2d[] = {
    kernel_spec<MaxUnpool2dParams>("tip.max_unpool2d.kernel_size"),
    window_stride_spec<MaxUnpool2dParams>("tip.max_unpool2d.stride"),
    padding_spec<MaxUnpool2dParams>("tip.max_unpool2d.padding"),
    // PyTorch passes it to the call, not the layer: unpool(x, indices, output_size=(h, w)).
    {.name = "output_size", .kind = ParamKind::pair, .optional = true, .min = 1, .max = limits.output_side,
     .default_value = std::monostate{}, .words = "tip.max_unpool2d.output_size",
     .none_words = "panel.params.output_size_unset",
     .get = get_member<MaxUnpool2dParams, &MaxUnpool2dParams::output_size>,
     .set = set_member<MaxUnpool2dParams, &MaxUnpool2dParams::output_size>},
};

// Exactly one of size and scale_factor is set.
constexpr ParamSpec kUpsample[] = {
    {.name = "size", .kind = ParamKind::pair, .optional = true, .min = 1, .max = limits.output_side,
     .default_value = std::monostate{}, .words = "tip.upsample.size", .one_of_with = "scale_factor",
     .get = get_member<UpsampleParams, &UpsampleParams::size>, .set = set_member<UpsampleParams, &UpsampleParams::size>},
    {.name = "scale_factor", .kind = ParamKind::scale, .optional = true, .min = 0, .max = kMost,
     .default_value = std::monostate{}, .words = "tip.upsample.scale_factor", .one_of_with = "size",
     .get = get_member<UpsampleParams, &UpsampleParams::scale_factor>,
     .set = set_member<UpsampleParams, &UpsampleParams::scale_factor>},
    {.name = "mode", .kind = ParamKind::choice, .default_value = std::string_view("nearest"), .choices = kUpsampleModes,
     .words = "tip.upsample.mode", .unknown_word = "msg.field.upsample_mode",
     .get = get_member<UpsampleParams, &UpsampleParams::mode>, .set = set_member<UpsampleParams, &UpsampleParams::mode>},
    {.name = "align_corners", .kind = ParamKind::boolean, .optional = true, .default_value = std::monostate{},
     .words = "tip.upsample.align_corners", .none_words = "panel.params.align_corners_unset", .get = get_member<UpsampleParams, &UpsampleParams::align_corners>,
     .set = set_member<UpsampleParams, &UpsampleParams::align_corners>},
};

constexpr ParamSpec kPixelShuffle[] = {
    {.name = "upscale_factor", .kind = ParamKind::integer, .required = true, .min = 1, .max = kMost, .default_value = int64_t{2},
     .words = "tip.pixel_shuffle.upscale_factor",
     .get = get_member<PixelShuffleParams, &PixelShuffleParams::upscale_factor>,
     .set = set_member<PixelShuffleParams, &PixelShuffleParams::upscale_factor>},
};

constexpr ParamSpec kPixelUnshuffle[] = {
    {.name = "downscale_factor", .kind = ParamKind::integer, .required = true, .min = 1, .max = kMost, .default_value = int64_t{2},
     .words = "tip.pixel_unshuffle.downscale_factor",
     .get = get_member<PixelUnshuffleParams, &PixelUnshuffleParams::downscale_factor>,
     .set = set_member<PixelUnshuffleParams, &PixelUnshuffleParams::downscale_factor>},
};

// Positional orders, as PyTorch 1.13 declares them.
constexpr std::string_view kConv2dLayer[] = {"in_channels", "out_channels", "kernel_size", "stride", "padding",
                                             "dilation", "groups", "bias", "padding_mode"};
constexpr std::string_view kConv2dFunction[] = {"input", "weight", "bias", "stride", "padding", "dilation", "groups"};
constexpr std::string_view kConvTransposeLayer[] = {"in_channels", "out_channels", "kernel_size", "stride",
                                                    "padding", "output_padding", "groups", "bias", "dilation",
                                                    "padding_mode"};
constexpr std::string_view kConvTransposeFunction[] = {"input",   "weight",         "bias",   "stride",
                                                       "padding", "output_padding", "groups", "dilation"};
constexpr std::string_view kMaxPoolLayer[] = {"kernel_size", "stride", "padding", "dilation", "return_indices",
                                              "ceil_mode"};
constexpr std::string_view kMaxPoolFunction[] = {"input",    "kernel_size", "stride",        "padding",
                                                 "dilation", "ceil_mode",   "return_indices"};
constexpr std::string_view kAvgPoolLayer[] = {"kernel_size", "stride", "padding", "ceil_mode", "count_include_pad",
                                              "divisor_override"};
constexpr std::string_view kAvgPoolFunction[] = {"input",     "kernel_size",       "stride",          "padding",
                                                 "ceil_mode", "count_include_pad", "divisor_override"};
constexpr std::string_view kMaxUnpoolLayer[] = {"kernel_size", "stride", "padding"};
constexpr std::string_view kMaxUnpoolFunction[] = {"input", "indices", "kernel_size", "stride", "padding",
                                                   "output_size"};
constexpr std::string_view kUpsampleLayer[] = {"size", "scale_factor", "mode", "align_corners",
                                               "recompute_scale_factor"};
constexpr std::string_view kUpsampleFunction[] = {"input",         "size",
                                                  "scale_factor",  "mode",
                                                  "align_corners", "recompute_scale_factor",
                                                  "antialias"};
constexpr std::string_view kPixelShuffleLayer[] = {"upscale_factor"};
constexpr std::string_view kPixelShuffleFunction[] = {"input", "upscale_factor"};
constexpr std::string_view kPixelUnshuffleLayer[] = {"downscale_factor"};
constexpr std::string_view kPixelUnshuffleFunction[] = {"input", "downscale_factor"};

constexpr std::string_view kConv2dNames[] = {"conv2d"};
constexpr std::string_view kConvTransposeNames[] = {"conv_transpose2d"};
constexpr std::string_view kMaxPoolNames[] = {"max_pool2d"};
constexpr std::string_view kAvgPoolNames[] = {"avg_pool2d"};
constexpr std::string_view kMaxUnpoolNames[] = {"max_unpool2d"};
constexpr std::string_view kUpsampleNames[] = {"interpolate", "upsample"};
constexpr std::string_view kPixelShuffleNames[] = {"pixel_shuffle"};
constexpr std::string_view kPixelUnshuffleNames[] = {"pixel_unshuffle"};

constexpr OpSchema kSchemas[] = {
    {"conv2d", "Conv2d", kConv2dNames, kConv2d, kConv2dLayer, kConv2dFunction},
    {"conv_transpose2d", "ConvTranspose2d", kConvTransposeNames, kConvTranspose2d, kConvTransposeLayer,
     kConvTransposeFunction},
    {"max_pool2d", "MaxPool2d", kMaxPoolNames, kMaxPool2d, kMaxPoolLayer, kMaxPoolFunction},
    {"avg_pool2d", "AvgPool2d", kAvgPoolNames, kAvgPool2d, kAvgPoolLayer, kAvgPoolFunction},
    {"max_unpool2d", "MaxUnpool2d", kMaxUnpoolNames, kMaxUnpool2d, kMaxUnpoolLayer, kMaxUnpoolFunction},
    {"upsample", "Upsample", kUpsampleNames, kUpsample, kUpsampleLayer, kUpsampleFunction},
    {"pixel_shuffle", "PixelShuffle", kPixelShuffleNames, kPixelShuffle, kPixelShuffleLayer, kPixelShuffleFunction},
    {"pixel_unshuffle", "PixelUnshuffle", kPixelUnshuffleNames, kPixelUnshuffle, kPixelUnshuffleLayer,
     kPixelUnshuffleFunction},
};

std::string quoted_list(std::span<const std::string_view> words, Lang lang) {
    std::string list;
    for (std::string_view w : words) list += cat(list.empty() ? "" : text(lang, "msg.list.separator"), "'", w, "'");
    return list;
}

bool in_choices(const ParamSpec& spec, std::string_view word) {
    for (std::string_view c : spec.choices) {
        if (c == word) return true;
    }
    return false;
}

// The shortest form that reads back exactly, as pytorch_code writes numbers: 2, 1.5.
std::string python_real(double v) { return exact_number(v); }

}  // namespace

bool per_axis(ParamKind kind) {
    return kind == ParamKind::pair || kind == ParamKind::scale || kind == ParamKind::padding;
}

std::span<const OpSchema> op_schemas() { return kSchemas; }

const OpSchema* find_op_schema(std::string_view op) {
    if (op == "conv2d_matrix") op = "conv2d";
    for (const OpSchema& schema : kSchemas) {
        if (schema.op == op) return &schema;
    }
    return nullptr;
}

const OpSchema& op_schema(const OpParams& params) { return *find_op_schema(op_name(params)); }

const ParamSpec* find_param(const OpSchema& schema, std::string_view name) {
    for (const ParamSpec& spec : schema.params) {
        if (spec.name == name) return &spec;
    }
    return nullptr;
}

std::string expected_value(const ParamSpec& spec, Lang lang) {
    std::string what;
    switch (spec.kind) {
        case ParamKind::integer: what = tr(lang, "msg.value.integer"); break;
        case ParamKind::pair: what = tr(lang, "msg.value.pair"); break;
        case ParamKind::boolean: what = tr(lang, "msg.value.boolean"); break;
        case ParamKind::choice: what = tr(lang, "msg.value.choice", quoted_list(spec.choices, lang)); break;
        case ParamKind::scale: what = tr(lang, "msg.value.scale"); break;
        case ParamKind::padding: what = tr(lang, "msg.value.padding", quoted_list(spec.choices, lang)); break;
    }
    return spec.optional ? tr(lang, "msg.value.or_none", what) : what;
}

std::optional<std::string> check_value(const ParamSpec& spec, const ParamValue& value, Lang lang, bool check_range) {
    const std::string name(spec.name);
    const auto wrong_type = [&] { return tr(lang, "msg.value.wrong_type", name, expected_value(spec, lang)); };
    if (std::holds_alternative<std::monostate>(value)) {
        if (spec.optional) return std::nullopt;
        return wrong_type();
    }
    const auto in_range = [&](int64_t v) -> std::optional<std::string> {
        if (!check_range || (v >= spec.min && v <= spec.max)) return std::nullopt;
        return tr(lang, "msg.value.range", name, spec.min, spec.max, v);
    };
    switch (spec.kind) {
        case ParamKind::integer:
            if (const auto* v = std::get_if<int64_t>(&value)) return in_range(*v);
            return wrong_type();
        case ParamKind::boolean:
            if (std::holds_alternative<bool>(value)) return std::nullopt;
            return wrong_type();
        case ParamKind::choice:
            if (const auto* w = std::get_if<std::string_view>(&value)) {
                if (in_choices(spec, *w)) return std::nullopt;
                return tr(lang, spec.unknown_word, excerpt(*w));
            }
            return wrong_type();
        case ParamKind::scale:
            if (const auto* s = std::get_if<ScaleFactor>(&value)) {
                for (int axis : kAxes) {
                    const double v = (*s)[axis];
                    if (!std::isfinite(v)) return tr(lang, "msg.value.not_finite", name);
                    if (check_range && !(v > 0.0 && v <= static_cast<double>(spec.max))) {
                        return tr(lang, "msg.value.scale_range", name, spec.max, exact_number(v));
                    }
                }
                return std::nullopt;
            }
            return wrong_type();
        case ParamKind::padding:
            if (const auto* w = std::get_if<std::string_view>(&value)) {
                if (in_choices(spec, *w)) return std::nullopt;
                return tr(lang, spec.unknown_word, excerpt(*w));
            }
            [[fallthrough]];
        case ParamKind::pair:
            if (const auto* p = std::get_if<Pair>(&value)) {
                if (auto e = in_range(p->h)) return e;
                return in_range(p->w);
            }
            return wrong_type();
    }
    return wrong_type();
}

std::string python_value(const ParamValue& value) {
    struct Writer {
        std::string operator()(std::monostate) const { return "None"; }
        std::string operator()(int64_t v) const { return std::to_string(v); }
        std::string operator()(Pair v) const {
            if (v.h == v.w) return std::to_string(v.h);
            return cat("(", v.h, ", ", v.w, ")");
        }
        std::string operator()(bool v) const { return v ? "True" : "False"; }
        std::string operator()(ScaleFactor v) const {
            if (v.h == v.w) return python_real(v.h);
            return cat("(", python_real(v.h), ", ", python_real(v.w), ")");
        }
        std::string operator()(std::string_view v) const { return cat("'", v, "'"); }
    };
    return std::visit(Writer{}, value);
}

bool same_value(const ParamValue& a, const ParamValue& b) {
    if (a.index() != b.index()) return false;
    if (const auto* s = std::get_if<ScaleFactor>(&a)) {
        const auto& t = std::get<ScaleFactor>(b);
        return s->h == t.h && s->w == t.w;
    }
    return std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, ScaleFactor>) {
                return false;  // handled above
            } else {
                return x == std::get<T>(b);
            }
        },
        a);
}

}  // namespace convviz
