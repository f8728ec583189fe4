#include "core/torch_line.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/op_params.hpp"
#include "core/python_call.hpp"
#include "core/scene_edit.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// [SECTION] Which call is the layer

enum class Form { layer, function };

struct LayerCall {
    const OpSchema* schema = nullptr;
    Form form = Form::layer;
    const PyValue* call = nullptr;
    size_t statement = 0;  // index of the statement holding it
};

constexpr std::string_view kLayerPrefixes[] = {"torch.nn.", "nn.", ""};
constexpr std::string_view kFunctionPrefixes[] = {"torch.nn.functional.", "nn.functional.", "functional.", "F.",
                                                  "torch."};

std::optional<std::pair<const OpSchema*, Form>> recognise(std::string_view callee) {
    for (const OpSchema& schema : op_schemas()) {
        for (std::string_view prefix : kLayerPrefixes) {
            if (callee.starts_with(prefix) && callee.substr(prefix.size()) == schema.layer) {
                return std::pair{&schema, Form::layer};
            }
        }
        for (std::string_view prefix : kFunctionPrefixes) {
            for (std::string_view function : schema.functions) {
                if (callee.starts_with(prefix) && callee.substr(prefix.size()) == function) {
                    return std::pair{&schema, Form::function};
                }
            }
        }
    }
    return std::nullopt;
}

std::vector<LayerCall> layer_calls(const PyProgram& program) {
    std::vector<LayerCall> found;
    for (size_t i = 0; i < program.statements.size(); ++i) {
        std::vector<const PyValue*> calls;
        each_call(program.statements[i].value, calls);
        for (const PyValue* call : calls) {
            if (auto known = recognise(call->text)) found.push_back({known->first, known->second, call, i});
        }
    }
    return found;
}

std::string call_name(const LayerCall& layer) {
    return layer.form == Form::layer ? cat("nn.", layer.schema->layer) : cat("F.", layer.schema->functions.front());
}

// [SECTION] Arguments

// The call's arguments by name, positional ones named by the description's order.
Result<std::map<std::string, const PyValue*>> bind(const LayerCall& layer, Lang lang) {
    const std::span<const std::string_view> order =
        layer.form == Form::layer ? layer.schema->layer_order : layer.schema->function_order;
    const std::string callee = call_name(layer);
    std::map<std::string, const PyValue*> bound;
    if (layer.call->items.size() > order.size()) {
        return Error{tr(lang, "msg.torch.too_many", callee, order.size(), layer.call->items.size())};
    }
    for (size_t i = 0; i < layer.call->items.size(); ++i) bound[std::string(order[i])] = &layer.call->items[i];
    for (const auto& [keyword, value] : layer.call->keywords) {
        if (keyword == "device" || keyword == "dtype") continue;  // where and in what PyTorch computes
        if (std::find(order.begin(), order.end(), keyword) == order.end()) {
            std::string known;
            for (std::string_view name : order) known += cat(known.empty() ? "" : text(lang, "msg.list.separator"), name);
            return Error{tr(lang, "msg.torch.unknown_keyword", callee, excerpt(keyword), known)};
        }
        if (!bound.emplace(keyword, &value).second) return Error{tr(lang, "msg.torch.given_twice", callee, keyword)};
    }
    return bound;
}

std::optional<std::string_view> word_of(std::span<const std::string_view> choices, const std::string& word) {
    for (std::string_view c : choices) {
        if (c == word) return c;
    }
    return std::nullopt;
}

std::optional<Pair> pair_of(const PyValue& v) {
    if (v.kind == PyValue::Kind::integer) return Pair{.h = v.integer, .w = v.integer};
    if ((v.kind == PyValue::Kind::tuple || v.kind == PyValue::Kind::list) && v.items.size() == 2 &&
        v.items[0].kind == PyValue::Kind::integer && v.items[1].kind == PyValue::Kind::integer) {
        return Pair{.h = v.items[0].integer, .w = v.items[1].integer};
    }
    return std::nullopt;
}

// The argument as the spec's kind, or nothing when it is of another kind.
std::optional<ParamValue> as_value(const ParamSpec& spec, const PyValue& v) {
    if (v.kind == PyValue::Kind::none) return ParamValue{std::monostate{}};
    switch (spec.kind) {
        case ParamKind::integer:
            if (v.kind == PyValue::Kind::integer) return ParamValue{v.integer};
            break;
        case ParamKind::boolean:
            if (v.kind == PyValue::Kind::boolean) return ParamValue{v.boolean};
            break;
        case ParamKind::padding:
        case ParamKind::choice:
            if (v.kind == PyValue::Kind::string) {
                if (auto word = word_of(spec.choices, v.text)) return ParamValue{*word};
                return std::nullopt;
            }
            if (spec.kind == ParamKind::choice) break;
            [[fallthrough]];
        case ParamKind::pair:
            if (auto p = pair_of(v)) return ParamValue{*p};
            break;
        case ParamKind::scale:
            if (v.is_number()) return ParamValue{ScaleFactor{.h = v.number(), .w = v.number()}};
            if ((v.kind == PyValue::Kind::tuple || v.kind == PyValue::Kind::list) && v.items.size() == 2 &&
                v.items[0].is_number() && v.items[1].is_number()) {
                return ParamValue{ScaleFactor{.h = v.items[0].number(), .w = v.items[1].number()}};
            }
            break;
    }
    return std::nullopt;
}

Result<ParamValue> read_value(const ParamSpec& spec, const PyValue& v, const std::string& callee, Lang lang) {
    const std::optional<ParamValue> value = as_value(spec, v);
    if (!value) {
        if (v.kind == PyValue::Kind::string && !spec.unknown_word.empty()) {
            return Error{tr(lang, "msg.torch.in_call", callee, tr(lang, spec.unknown_word, excerpt(v.text)))};
        }
        return Error{tr(lang, "msg.torch.argument", callee, spec.name, expected_value(spec, lang), excerpt(v.source))};
    }
    if (auto e = check_value(spec, *value, lang)) {
        if (std::holds_alternative<std::monostate>(*value)) {
            return Error{tr(lang, "msg.torch.argument", callee, spec.name, expected_value(spec, lang), "None")};
        }
        return Error{tr(lang, "msg.torch.in_call", callee, *e)};
    }
    return *value;
}

// The conv layers' sizes and bias, read like parameters: described here once, for these calls.
constexpr int64_t kAnyCount = int64_t{1} << 40;
constexpr ParamSpec kInChannels{.name = "in_channels", .kind = ParamKind::integer, .required = true, .min = 1,
                                .max = kAnyCount};
constexpr ParamSpec kOutChannels{.name = "out_channels", .kind = ParamKind::integer, .required = true, .min = 1,
                                 .max = kAnyCount};
constexpr ParamSpec kConvKernel{.name = "kernel_size", .kind = ParamKind::pair, .required = true, .min = 1,
                                .max = limits.kernel};
constexpr ParamSpec kBiasFlag{.name = "bias", .kind = ParamKind::boolean, .default_value = true};
// Arguments ConvViz has no use for: any True / False / None is fine, except an antialiased resize.
constexpr ParamSpec kIgnoredFlag{.name = "", .kind = ParamKind::boolean, .optional = true};

// [SECTION] Tensors the text makes

struct TensorArg {
    Shape shape;
    std::optional<std::vector<double>> values;  // torch.tensor([...])
    Fill fill = Fill::integers;
    std::string made_by;  // "torch.randn(4, 64, 16, 16)"
    int line = 0;
};

using Names = std::map<std::string, std::pair<const PyValue*, int>>;  // name → last value assigned, line

// A number of a torch.tensor literal: 1, -2.5, float('nan'), -float('inf').
std::optional<double> literal_number(const PyValue& v) {
    if (v.is_number()) return v.number();
    if (v.kind == PyValue::Kind::call && v.text == "float" && v.items.size() == 1 &&
        v.items[0].kind == PyValue::Kind::string) {
        const std::string& word = v.items[0].text;
        if (word == "nan") return std::numeric_limits<double>::quiet_NaN();
        if (word == "inf") return std::numeric_limits<double>::infinity();
        if (word == "-inf") return -std::numeric_limits<double>::infinity();
    }
    if (v.kind == PyValue::Kind::call && v.text == "-" && v.items.size() == 1) {
        if (auto inner = literal_number(v.items[0])) return -*inner;
    }
    return std::nullopt;
}

// Nested lists of numbers: the shape, the values row-major. Ragged lists are no tensor.
bool nested(const PyValue& v, size_t depth, Shape& shape, std::vector<double>& values) {
    if (v.kind != PyValue::Kind::list && v.kind != PyValue::Kind::tuple) {
        if (depth != shape.size()) return false;
        const std::optional<double> number = literal_number(v);
        if (!number) return false;
        values.push_back(*number);
        return true;
    }
    if (depth == shape.size()) shape.push_back(static_cast<int64_t>(v.items.size()));
    if (shape[depth] != static_cast<int64_t>(v.items.size())) return false;
    return std::all_of(v.items.begin(), v.items.end(),
                       [&](const PyValue& item) { return nested(item, depth + 1, shape, values); });
}

std::optional<TensorArg> made_tensor(const PyValue& v, int line) {
    if (v.kind != PyValue::Kind::call) return std::nullopt;
    std::string_view maker = v.text;
    if (maker.starts_with("torch.")) maker.remove_prefix(6);
    TensorArg t{.made_by = excerpt(v.source), .line = line};
    if (maker == "tensor" || maker == "Tensor" || maker == "FloatTensor" || maker == "DoubleTensor") {
        if (v.items.size() != 1) return std::nullopt;
        std::vector<double> values;
        if (!nested(v.items[0], 0, t.shape, values)) return std::nullopt;
        t.values = std::move(values);
        return t;
    }
    if (maker != "randn" && maker != "rand" && maker != "zeros" && maker != "ones" && maker != "empty") {
        return std::nullopt;
    }
    t.fill = maker == "randn" ? Fill::normals : maker == "ones" ? Fill::ones : Fill::integers;
    const std::vector<PyValue>* sizes = &v.items;
    if (v.items.size() == 1 && (v.items[0].kind == PyValue::Kind::tuple || v.items[0].kind == PyValue::Kind::list)) {
        sizes = &v.items[0].items;
    }
    for (const auto& [keyword, value] : v.keywords) {
        if (keyword == "size" && (value.kind == PyValue::Kind::tuple || value.kind == PyValue::Kind::list)) {
            sizes = &value.items;
        }
    }
    for (const PyValue& size : *sizes) {
        if (size.kind != PyValue::Kind::integer || size.integer < 0) return std::nullopt;
        t.shape.push_back(size.integer);
    }
    return t;
}

std::optional<TensorArg> tensor_of(const PyValue& v, const Names& names, int line) {
    if (v.kind == PyValue::Kind::name) {
        const auto it = names.find(v.text);
        if (it == names.end()) return std::nullopt;
        return made_tensor(*it->second.first, it->second.second);
    }
    return made_tensor(v, line);
}

// "[4, 64, 16, 16]" or "(1, 3, 8, 8)" in a comment: four whole numbers in brackets.
std::optional<Shape> shape_in_comment(std::string_view comment) {
    for (size_t open = comment.find_first_of("[("); open != std::string_view::npos;
         open = comment.find_first_of("[(", open + 1)) {
        const size_t close = comment.find_first_of("])", open);
        if (close == std::string_view::npos) return std::nullopt;
        Shape shape;
        size_t i = open + 1;
        bool numbers = true;
        while (i < close && numbers) {
            while (i < close && (comment[i] == ' ' || comment[i] == ',')) ++i;
            if (i >= close) break;
            int64_t value = 0;
            const auto [end, ec] = std::from_chars(comment.data() + i, comment.data() + close, value);
            numbers = ec == std::errc{} && value >= 0;
            shape.push_back(value);
            i = static_cast<size_t>(end - comment.data());
        }
        if (numbers && shape.size() == 4) return shape;
    }
    return std::nullopt;
}

// [SECTION] The layer, read

struct ReadLayer {
    OpParams params;
    int64_t in_channels = 0;  // conv ops; 0: the input's
    int64_t out_channels = 0;
    Pair kernel{.h = 3, .w = 3};
    bool bias = false;
    std::optional<TensorArg> input;   // F. forms: the tensor given
    std::optional<TensorArg> weight;  // F. conv forms
    std::optional<TensorArg> bias_tensor;
    std::string callee;
};

Result<ReadLayer> read_layer(const LayerCall& layer, const Names& names, int line, Lang lang) {
    auto bound = bind(layer, lang);
    if (!bound) return Error{bound.error()};
    const std::map<std::string, const PyValue*>& args = bound.value();
    ReadLayer read{.params = *default_params(layer.schema->op), .callee = call_name(layer)};
    const auto given = [&](std::string_view name) -> const PyValue* {
        const auto it = args.find(std::string(name));
        return it == args.end() ? nullptr : it->second;
    };
    const auto value_of = [&](const ParamSpec& spec) -> Result<ParamValue> {
        const PyValue* v = given(spec.name);
        if (v == nullptr) {
            if (spec.required) {
                return Error{tr(lang, "msg.torch.missing", read.callee, spec.name, expected_value(spec, lang))};
            }
            return spec.default_value;
        }
        return read_value(spec, *v, read.callee, lang);
    };
    for (const ParamSpec& spec : layer.schema->params) {
        // output_size belongs to MaxUnpool2d's call, read with it (F.max_unpool2d takes it here).
        const auto& order = layer.form == Form::layer ? layer.schema->layer_order : layer.schema->function_order;
        if (std::find(order.begin(), order.end(), spec.name) == order.end()) continue;
        auto value = value_of(spec);
        if (!value) return Error{value.error()};
        spec.set(read.params, value.value());
    }
    for (std::string_view ignored : {"return_indices", "recompute_scale_factor", "antialias"}) {
        const PyValue* v = given(ignored);
        if (v == nullptr) continue;
        ParamSpec spec = kIgnoredFlag;
        spec.name = ignored;
        auto value = read_value(spec, *v, read.callee, lang);
        if (!value) return Error{value.error()};
        if (ignored == "antialias" && std::holds_alternative<bool>(value.value()) && std::get<bool>(value.value())) {
            return Error{tr(lang, "msg.torch.antialias", read.callee)};
        }
    }
    const auto tensor = [&](std::string_view name, bool required) -> Result<std::optional<TensorArg>> {
        const PyValue* v = given(name);
        if (v == nullptr || v->kind == PyValue::Kind::none) {
            if (required) return Error{tr(lang, "msg.torch.missing_tensor", read.callee, name)};
            return std::optional<TensorArg>{};
        }
        std::optional<TensorArg> t = tensor_of(*v, names, line);
        if (!t && v->kind != PyValue::Kind::name) {
            return Error{tr(lang, "msg.torch.not_tensor", read.callee, name, excerpt(v->source))};
        }
        if (!t && required && name != "input") {
            return Error{tr(lang, "msg.torch.unknown_tensor", read.callee, name, excerpt(v->source))};
        }
        return t;
    };
    if (layer.form == Form::function) {
        auto input = tensor("input", true);
        if (!input) return Error{input.error()};
        read.input = input.value();
    }
    if (!has_weight(read.params)) return read;
    if (layer.form == Form::layer) {
        const auto read_int = [&](const ParamSpec& spec, int64_t& into) -> std::optional<std::string> {
            auto v = value_of(spec);
            if (!v) return v.error();
            into = std::get<int64_t>(v.value());
            return std::nullopt;
        };
        if (auto e = read_int(kInChannels, read.in_channels)) return Error{*e};
        if (auto e = read_int(kOutChannels, read.out_channels)) return Error{*e};
        auto kernel = value_of(kConvKernel);
        if (!kernel) return Error{kernel.error()};
        read.kernel = std::get<Pair>(kernel.value());
        auto bias = value_of(kBiasFlag);
        if (!bias) return Error{bias.error()};
        read.bias = std::get<bool>(bias.value());
        return read;
    }
    auto weight = tensor("weight", true);
    if (!weight) return Error{weight.error()};
    auto bias = tensor("bias", false);
    if (!bias) return Error{bias.error()};
    const Shape& w = weight.value()->shape;
    if (w.size() != 4) return Error{tr(lang, "msg.torch.weight_rank", read.callee, to_string(w))};
    read.weight = weight.value();
    read.bias_tensor = bias.value();
    read.bias = read.bias_tensor.has_value();
    read.kernel = {.h = w[2], .w = w[3]};
    const int64_t groups = std::holds_alternative<ConvTranspose2dParams>(read.params)
                               ? std::get<ConvTranspose2dParams>(read.params).groups
                               : std::get<Conv2dParams>(read.params).groups;
    const bool transposed = std::holds_alternative<ConvTranspose2dParams>(read.params);
    read.out_channels = transposed ? w[1] * groups : w[0];
    read.in_channels = transposed ? w[0] : w[1] * groups;
    return read;
}

// [SECTION] Cutting a scene to the size limits

struct Cut {
    Shape input;
    int64_t out_channels = 0;
};

std::string part_shown(const Shape& whole, int64_t whole_out, const Cut& cut, Lang lang) {
    std::string parts;
    const auto add = [&](const std::string& part) {
        parts += cat(parts.empty() ? "" : text(lang, "msg.list.separator"), part);
    };
    if (cut.input[0] < whole[0]) add(tr(lang, "msg.torch.part.batch", cut.input[0] - 1, whole[0]));
    if (cut.input[1] < whole[1]) add(tr(lang, "msg.torch.part.channels", cut.input[1] - 1, whole[1]));
    if (cut.out_channels < whole_out) add(tr(lang, "msg.torch.part.out_channels", cut.out_channels - 1, whole_out));
    if (cut.input[2] < whole[2] || cut.input[3] < whole[3]) {
        add(tr(lang, "msg.torch.part.plane", cut.input[2] - 1, cut.input[3] - 1, whole[2], whole[3]));
    }
    return parts.empty() ? "" : tr(lang, "msg.torch.part_shown", parts);
}

// The largest count ≤ limit that `divides` accepts (the groups divide it, ...), or 0.
template <class Accept>
int64_t largest_fitting(int64_t count, int64_t limit, const Accept& accept) {
    for (int64_t c = std::min(count, limit); c >= 1; --c) {
        if (accept(c)) return c;
    }
    return 0;
}

int64_t groups_of(const OpParams& params) {
    if (const auto* c = std::get_if<Conv2dParams>(&params)) return std::max<int64_t>(c->groups, 1);
    if (const auto* t = std::get_if<ConvTranspose2dParams>(&params)) return std::max<int64_t>(t->groups, 1);
    return 1;
}

// Each tensor's sizes within their bounds: fewer images, channels, rows, columns.
Cut within_side_limits(const OpParams& params, const Shape& input, int64_t out_channels) {
    Cut cut{.input = input, .out_channels = out_channels};
    const int64_t groups = groups_of(params);
    cut.input[0] = std::min(input[0], limits.batch);
    int64_t channel_step = groups;
    if (const auto* s = std::get_if<PixelShuffleParams>(&params)) channel_step = std::max<int64_t>(s->upscale_factor * s->upscale_factor, 1);
    if (input[1] > limits.channels) {
        cut.input[1] = std::max<int64_t>(largest_fitting(input[1], limits.channels,
                                                         [&](int64_t c) { return c % channel_step == 0; }), 1);
    }
    if (out_channels > limits.channels) {
        cut.out_channels = std::max<int64_t>(largest_fitting(out_channels, limits.channels,
                                                             [&](int64_t c) { return c % groups == 0; }), 1);
    }
    for (size_t axis : {size_t{2}, size_t{3}}) {
        if (input[axis] > limits.side) {
            int64_t step = 1;
            if (const auto* u = std::get_if<PixelUnshuffleParams>(&params)) step = std::max<int64_t>(u->downscale_factor, 1);
            cut.input[axis] = std::max<int64_t>(largest_fitting(input[axis], limits.side,
                                                                [&](int64_t c) { return c % step == 0; }), 1);
        }
    }
    return cut;
}

// [SECTION] Reading

struct Found {
    LayerCall layer;
    std::optional<LayerCall> unpool;  // a MaxPool2d followed by a MaxUnpool2d: the unpool scene
};

std::optional<Found> find_layer(const PyProgram& program) {
    const std::vector<LayerCall> calls = layer_calls(program);
    if (calls.empty()) return std::nullopt;
    Found found{.layer = calls.front()};
    if (found.layer.schema->op == "max_pool2d") {
        for (const LayerCall& later : calls) {
            if (later.schema->op == "max_unpool2d") {
                found.unpool = later;
                break;
            }
        }
    }
    return found;
}

// The statements that call the layer object assigned in statement `at`: layer(x), pool(X), ...
const PyValue* call_of_object(const PyProgram& program, size_t at) {
    const std::vector<std::string>& targets = program.statements[at].targets;
    if (targets.size() != 1) return nullptr;
    for (size_t i = at + 1; i < program.statements.size(); ++i) {
        std::vector<const PyValue*> calls;
        each_call(program.statements[i].value, calls);
        for (const PyValue* call : calls) {
            if (call->text == targets.front()) return call;
        }
    }
    return nullptr;
}

// The tensor made nearest to `line` (the one before it on a tie).
std::optional<TensorArg> nearest_tensor(const PyProgram& program, const Names& names, int line) {
    std::optional<TensorArg> best;
    for (const PyStatement& s : program.statements) {
        if (s.targets.size() != 1 || s.targets.front().find('.') != std::string::npos) continue;
        std::optional<TensorArg> t = tensor_of(s.value, names, s.line);
        if (!t || t->shape.size() != 4) continue;
        if (!best || std::abs(s.line - line) < std::abs(best->line - line)) best = t;
    }
    return best;
}

void set_values(Tensor& tensor, const std::optional<TensorArg>& from) {
    if (!from || !from->values || from->shape != tensor.shape()) return;
    tensor = Tensor(from->shape, *from->values);
}

std::optional<TensorArg> assigned(const Names& names, const std::string& name) {
    const auto it = names.find(name);
    if (it == names.end()) return std::nullopt;
    return made_tensor(*it->second.first, it->second.second);
}

}  // namespace

Result<TorchLine> read_torch_line(std::string_view source, const Scene& current, Lang lang) {
    // What the Code panel writes for the largest scene reads back; a larger text is no layer.
    if (source.size() > text_limits.file_bytes) {
        return Error{tr(lang, "msg.torch.too_long", grouped(static_cast<int64_t>(source.size())))};
    }
    const PyProgram program = read_python(source, lang);
    const std::optional<Found> found = find_layer(program);
    if (!found) {
        std::string layers;
        for (const OpSchema& schema : op_schemas()) {
            layers += cat(layers.empty() ? "" : text(lang, "msg.list.separator"), "nn.", schema.layer);
        }
        if (!program.skipped.empty()) {
            return Error{tr(lang, "msg.torch.unreadable", program.skipped.front().line, program.skipped.front().why, layers)};
        }
        return Error{tr(lang, "msg.torch.no_layer", layers)};
    }
    Names names;
    for (const PyStatement& s : program.statements) {
        for (const std::string& target : s.targets) {
            if (s.targets.size() == 1) names[target] = {&s.value, s.line};
        }
    }
    const LayerCall& layer = found->unpool ? *found->unpool : found->layer;
    const PyStatement& statement = program.statements[layer.statement];
    auto read = read_layer(layer, names, statement.line, lang);
    if (!read) return Error{read.error()};
    ReadLayer& r = read.value();

    PoolingBefore pooling;
    const PyValue* object_call = nullptr;  // layer(x), or pool(X) for the unpool scene
    if (found->unpool) {
        auto pool = read_layer(found->layer, names, program.statements[found->layer.statement].line, lang);
        if (!pool) return Error{pool.error()};
        const auto& before = std::get<MaxPool2dParams>(pool.value().params);
        auto& unpool = std::get<MaxUnpool2dParams>(r.params);
        for (const ParamSpec& spec : op_schema(r.params).params) {
            if (spec.name == "output_size") continue;
            const ParamSpec* same = find_param(op_schema(pool.value().params), spec.name);
            if (!same_value(spec.get(r.params), same->get(pool.value().params))) {
                return Error{tr(lang, "msg.torch.pool_unpool_differ", spec.name, python_value(same->get(pool.value().params)),
                                python_value(spec.get(r.params)))};
            }
        }
        pooling = {.dilation = before.dilation, .ceil_mode = before.ceil_mode};
        // unpool(P, indices, output_size=(h, w)): the size is the call's, not the layer's.
        if (const PyValue* call = call_of_object(program, found->unpool->statement)) {
            const PyValue* size = call->items.size() >= 3 ? &call->items[2] : nullptr;
            for (const auto& [keyword, value] : call->keywords) {
                if (keyword == "output_size") size = &value;
            }
            if (size != nullptr) {
                auto value = read_value(*find_param(op_schema(r.params), "output_size"), *size, "MaxUnpool2d", lang);
                if (!value) return Error{value.error()};
                unpool.output_size = std::get<Pair>(value.value());
            }
        }
        object_call = call_of_object(program, found->layer.statement);
        if (pool.value().input) r.input = pool.value().input;
    } else if (layer.form == Form::layer) {
        object_call = call_of_object(program, layer.statement);
        // nn.Conv2d(3, 8, 3)(x): the layer called where it is made.
        std::vector<const PyValue*> calls;
        each_call(statement.value, calls);
        for (const PyValue* call : calls) {
            if (!call->callee.empty() && &call->callee.front() == layer.call) object_call = call;
        }
    }

    // The input: given to the call, made in the text, named in a comment, or the scene's.
    std::optional<TensorArg> input = r.input;
    std::string input_from;
    if (!input && object_call != nullptr && !object_call->items.empty()) {
        input = tensor_of(object_call->items.front(), names, statement.line);
    }
    if (!input) input = nearest_tensor(program, names, statement.line);
    if (input) {
        input_from = tr(lang, "msg.torch.input_from_code", input->made_by, input->line);
    } else {
        std::optional<Shape> commented;
        if (!statement.comment.empty()) commented = shape_in_comment(statement.comment);
        for (const auto& [line, comment] : program.comments) {
            if (!commented && line == statement.line + 1) commented = shape_in_comment(comment);
        }
        if (commented) {
            input = TensorArg{.shape = *commented, .line = statement.line};
            input_from = tr(lang, "msg.torch.input_from_comment", to_string(*commented));
        }
    }
    if (input && input->shape.size() != 4) {
        return Error{tr(lang, "msg.torch.input_rank", r.callee, to_string(input->shape))};
    }
    // For F.max_unpool2d the tensor given is the pooled one; the scene holds the one before.
    Shape shape;
    if (input) {
        shape = input->shape;
        if (layer.form == Form::function && layer.schema->op == "max_unpool2d") {
            const auto& u = std::get<MaxUnpool2dParams>(r.params);
            const Shape back = output_shape(u, shape);
            shape = {shape[0], shape[1], back[2], back[3]};
            input->values.reset();
        }
    } else {
        const Shape& now = current.tensors.input.shape();
        shape = now.size() == 4 ? now : Shape{1, 1, 8, 8};
        if (r.in_channels > 0) shape[1] = r.in_channels;
        input_from = tr(lang, r.in_channels > 0 ? "msg.torch.input_from_scene" : "msg.torch.input_from_scene_as_is",
                        to_string(shape));
    }
    if (has_weight(r.params)) {
        if (r.in_channels > 0 && shape[1] != r.in_channels) {
            return Error{tr(lang, "msg.torch.channels_differ", r.callee, r.in_channels, to_string(shape), shape[1])};
        }
    }

    Scene base;
    base.view = current.view;
    base.pooling = pooling;
    const int64_t out_channels = has_weight(r.params) ? r.out_channels : 0;
    Cut cut = within_side_limits(r.params, shape, out_channels);
    const auto attempt = [&](const Cut& c) {
        const SceneTensorsSpec spec{.out_channels = std::max<int64_t>(c.out_channels, 1),
                                    .kernel_size = r.kernel,
                                    .has_bias = r.bias,
                                    .fill = input ? input->fill : Fill::integers,
                                    .seed = 0};
        return reshape_scene(base, r.params, c.input, spec, lang);
    };
    Result<Scene> built = attempt(cut);
    // Over the work or cell limits: fewer images first, then fewer rows and columns.
    for (Cut smaller = cut; !built;) {
        if (smaller.input[0] > 1) {
            smaller.input[0] = (smaller.input[0] + 1) / 2;
        } else if (smaller.input[2] > 1 || smaller.input[3] > 1) {
            smaller.input[2] = (smaller.input[2] + 1) / 2;
            smaller.input[3] = (smaller.input[3] + 1) / 2;
        } else {
            break;
        }
        Result<Scene> fits = attempt(smaller);
        if (fits) {
            built = std::move(fits);
            cut = smaller;
        }
    }
    if (!built) return Error{tr(lang, "msg.torch.refused", r.callee, built.error())};

    TorchLine line{.scene = std::move(built).value()};
    Scene& scene = line.scene;
    if (cut.input == shape) set_values(scene.tensors.input, input);
    const std::string object = statement.targets.size() == 1 ? statement.targets.front() : std::string();
    if (scene.tensors.weight) {
        set_values(*scene.tensors.weight, r.weight ? r.weight : assigned(names, object + ".weight.data"));
        if (!r.weight) set_values(*scene.tensors.weight, assigned(names, object + ".weight"));
    }
    if (scene.tensors.bias) {
        set_values(*scene.tensors.bias, r.bias_tensor ? r.bias_tensor : assigned(names, object + ".bias.data"));
        if (!r.bias_tensor) set_values(*scene.tensors.bias, assigned(names, object + ".bias"));
    }
    scene.id.clear();
    std::string title = layer.call->source;
    if (utf8_length(title) > text_limits.title) title = title.substr(0, utf8_offset(title, text_limits.title - 1)) + "…";
    scene.title = title;
    if (auto e = validate(scene, lang)) return Error{tr(lang, "msg.torch.refused", r.callee, *e)};

    auto inputs = op_inputs(scene, lang);
    if (inputs) {
        const Shape out = output_shape(scene.params, shapes_of(inputs.value()));
        line.notes.push_back(tr(lang, "msg.torch.shapes", r.callee, to_string(scene.tensors.input.shape()), to_string(out)));
    }
    line.notes.push_back(input_from);
    const std::string part = part_shown(shape, out_channels, cut, lang);
    if (!part.empty()) line.notes.push_back(part);
    return line;
}

}  // namespace convviz
