#include "app/cli/op_request.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "core/number_text.hpp"
#include "core/op_params.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

struct BadOption {
    std::string message;
};

template <class T>
std::vector<T> numbers(const std::string& text, const char* option) {
    std::vector<T> values;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string part = text.substr(start, comma - start);
        T value{};
        bool read = false;
        if constexpr (std::is_floating_point_v<T>) {
            const ReadDouble number = read_double(part);
            read = number.value.has_value();
            value = number.value.value_or(0.0);
        } else {
            const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
            read = ec == std::errc{} && end == part.data() + part.size();
        }
        if (part.empty() || !read) {
            throw BadOption{cat(option, " takes ", std::is_integral_v<T> ? "integers" : "numbers",
                                " separated by commas, but got '", excerpt(text), "'")};
        }
        if constexpr (std::is_floating_point_v<T>) {
            if (!std::isfinite(value)) throw BadOption{cat(option, " must be finite, but got '", excerpt(text), "'")};
        }
        values.push_back(value);
        start = comma + 1;
    }
    return values;
}

// The same check every integer option gets: ConvViz's parameter bound keeps the arithmetic exact.
int64_t integer(const std::string& text, const char* option) {
    const auto v = numbers<int64_t>(text, option);
    if (v.size() != 1) throw BadOption{cat(option, " takes one integer, but got '", excerpt(text), "'")};
    return v[0];
}

Pair pair(const std::string& text, const char* option) {
    const auto v = numbers<int64_t>(text, option);
    if (v.size() == 1) return {v[0], v[0]};
    if (v.size() == 2) return {v[0], v[1]};
    throw BadOption{cat(option, " takes K or KH,KW, but got '", excerpt(text), "'")};
}

bool truth(const std::string& text, const char* option) {
    if (text == "true" || text == "1") return true;
    if (text == "false" || text == "0") return false;
    throw BadOption{cat(option, " takes true or false, but got '", excerpt(text), "'")};
}

Shape input_shape(const std::string& text) {
    if (text.empty()) throw BadOption{"--input N,C,H,W is required"};
    const auto v = numbers<int64_t>(text, "--input");
    if (v.size() != 4) throw BadOption{cat("--input takes N,C,H,W (4 numbers), but got '", excerpt(text), "'")};
    return Shape(v.begin(), v.end());
}

// "a, b or c"
std::string words(std::span<const std::string_view> choices) {
    std::string list;
    for (size_t i = 0; i < choices.size(); ++i) {
        list += cat(i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ", choices[i]);
    }
    return list;
}

// The option's text as the parameter's kind. Not range-checked: validating is the op's job.
ParamValue value_of(const ParamSpec& spec, const std::string& text, const char* option) {
    switch (spec.kind) {
        case ParamKind::integer: return integer(text, option);
        case ParamKind::pair: return pair(text, option);
        case ParamKind::boolean: return truth(text, option);
        case ParamKind::choice:
            for (std::string_view word : spec.choices) {
                if (text == word) return word;
            }
            throw BadOption{cat(option, " takes ", words(spec.choices), ", not '", excerpt(text), "'")};
        case ParamKind::padding:
            for (std::string_view word : spec.choices) {
                if (text == word) return word;
            }
            return pair(text, option);
        case ParamKind::scale: {
            const auto f = numbers<double>(text, option);
            if (f.size() > 2) throw BadOption{cat(option, " takes F or FH,FW, but got '", excerpt(text), "'")};
            return ScaleFactor{.h = f[0], .w = f.size() == 2 ? f[1] : f[0]};
        }
    }
    throw BadOption{cat(option, ": '", excerpt(text), "'")};
}

// Validation is the op's job; this only turns text into params and shapes.
Result<BuiltOp> build(const OpRequest& r) {
    auto defaults = default_params(r.op);
    if (!defaults) {
        std::string known;
        for (const char* const* n = op_names(); *n; ++n) known += cat(known.empty() ? "" : ", ", *n);
        return Error{cat("unknown op '", excerpt(r.op), "'; known: ", known)};
    }
    BuiltOp b{.params = *defaults, .shapes = {.input = input_shape(r.input)}, .kernel = {.h = 3, .w = 3}, .out_channels = 1};
    const Pair kernel = pair(r.kernel, "--kernel");
    // Each parameter of the op's description: the option's text, or PyTorch's default.
    for (const ParamSpec& spec : op_schema(b.params).params) {
        const std::string key = option_key(spec.name);
        const std::string option = "--" + key;
        ParamValue value = spec.default_value;
        if (key == "kernel") {
            value = kernel;
        } else if (const auto flag = r.flags.find(key); flag != r.flags.end()) {
            if (flag->second) value = true;
        } else if (const auto text = r.params.find(key); text != r.params.end() && !text->second.empty()) {
            value = value_of(spec, text->second, option.c_str());
        }
        spec.set(b.params, value);
    }
    if (std::holds_alternative<MaxUnpool2dParams>(b.params)) b.shapes.indices = b.shapes.input;
    if (has_weight(b.params)) {
        const int64_t in_channels = b.shapes.input[1];
        const int64_t out_channels = r.out_channels.empty() ? in_channels : integer(r.out_channels, "--out-channels");
        auto weight = layer_weight_shape(b.params, in_channels, out_channels, kernel);
        if (!weight) return Error{weight.error()};
        b.shapes.weight = weight.value();
        b.kernel = kernel;
        b.out_channels = out_channels;
    }
    return b;
}

}  // namespace

std::string option_key(std::string_view param) {
    if (param == "kernel_size") return "kernel";
    if (param == "upscale_factor" || param == "downscale_factor") return "factor";
    std::string key(param);
    std::replace(key.begin(), key.end(), '_', '-');
    return key;
}

Result<BuiltOp> build_op(const OpRequest& request) {
    try {
        return build(request);
    } catch (const BadOption& e) {
        return Error{e.message};
    }
}

}  // namespace convviz
