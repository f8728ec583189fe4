#include "core/case_file.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

using nlohmann::json;

// Thrown only inside this file, caught by parse_cases: the message is already user-facing.
struct FieldError {
    std::string field;
    std::string why;
};

constexpr int64_t kLargestInteger = int64_t{1} << 31;

int64_t integer(const json& value, const std::string& field) {
    if (value.is_number_integer()) {
        const bool is_unsigned = value.is_number_unsigned();
        if (is_unsigned && value.get<uint64_t>() > static_cast<uint64_t>(kLargestInteger)) {
            throw FieldError{field, "is too large"};
        }
        const int64_t v = is_unsigned ? static_cast<int64_t>(value.get<uint64_t>()) : value.get<int64_t>();
        if (v > kLargestInteger || v < -kLargestInteger) throw FieldError{field, "is too large"};
        return v;
    }
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (std::isfinite(v) && v == std::floor(v) && std::abs(v) <= static_cast<double>(kLargestInteger)) {
            return static_cast<int64_t>(v);
        }
    }
    throw FieldError{field, cat("must be an integer, but it is ", value.dump())};
}

double number(const json& value, const std::string& field) {
    if (!value.is_number()) throw FieldError{field, cat("must be a number, but it is ", value.dump())};
    const double v = value.get<double>();
    if (!std::isfinite(v)) throw FieldError{field, "must be a finite number (NaN and infinity are not values)"};
    return v;
}

bool boolean(const json& value, const std::string& field) {
    if (!value.is_boolean()) throw FieldError{field, cat("must be true or false, but it is ", value.dump())};
    return value.get<bool>();
}

// An integer applies to both axes, [h, w] to each.
Pair pair(const json& value, const std::string& field) {
    if (value.is_array()) {
        if (value.size() != 2) throw FieldError{field, cat("must be a pair [h, w], but it has ", value.size(), " elements")};
        return {integer(value[0], field + "[0]"), integer(value[1], field + "[1]")};
    }
    if (value.is_number()) {
        const int64_t v = integer(value, field);
        return {v, v};
    }
    throw FieldError{field, cat("must be an integer or a pair [h, w], but it is ", value.dump())};
}

const json* member(const json& object, const char* key) {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const json* non_null(const json& object, const char* key) {
    const json* v = member(object, key);
    return (v == nullptr || v->is_null()) ? nullptr : v;
}

const json& required(const json& object, const char* key, const std::string& field) {
    const json* v = member(object, key);
    if (v == nullptr) throw FieldError{field, "is missing"};
    return *v;
}

Shape shape_of(const json& value, const std::string& field) {
    if (!value.is_array()) throw FieldError{field, cat("must be an array of sizes, but it is ", value.dump())};
    if (value.size() > 8) throw FieldError{field, cat("has ", value.size(), " dimensions; at most 8 are read")};
    Shape shape;
    int64_t count = 1;
    for (size_t i = 0; i < value.size(); ++i) {
        const int64_t d = integer(value[i], cat(field, "[", i, "]"));
        if (d < 0) throw FieldError{cat(field, "[", i, "]"), cat("must not be negative, but it is ", d)};
        count *= std::max<int64_t>(d, 1);
        if (count > limits.elements) {
            throw FieldError{field, cat("describes more than ConvViz's limit of ", limits.elements, " cells")};
        }
        shape.push_back(d);
    }
    return shape;
}

template <class T>
BasicTensor<T> tensor(const json& value, const std::string& field) {
    if (!value.is_object()) throw FieldError{field, "must be an object {\"shape\": [...], \"data\": [...]}"};
    Shape shape = shape_of(required(value, "shape", field + ".shape"), field + ".shape");
    const json& data = required(value, "data", field + ".data");
    if (!data.is_array()) throw FieldError{field + ".data", "must be a flat array of numbers"};
    if (static_cast<int64_t>(data.size()) != element_count(shape)) {
        throw FieldError{field + ".data", cat("has ", data.size(), " values, but the shape ", to_string(shape),
                                              " needs ", element_count(shape))};
    }
    std::vector<T> values;
    values.reserve(data.size());
    for (size_t i = 0; i < data.size(); ++i) {
        const std::string where = cat(field, ".data[", i, "]");
        if constexpr (std::is_same_v<T, int64_t>) {
            values.push_back(integer(data[i], where));
        } else {
            values.push_back(number(data[i], where));
        }
    }
    return BasicTensor<T>(std::move(shape), std::move(values));
}

// Reads the fields it finds over the op's defaults; a value PyTorch refuses goes to `refused`.
void read_params(OpParams& params, const json& p, std::optional<std::string>& refused) {
    const std::string f = "params.";
    auto get_pair = [&](const char* key, Pair& into) {
        if (const json* v = non_null(p, key)) into = pair(*v, f + key);
    };
    auto get_optional_pair = [&](const char* key, std::optional<Pair>& into) {
        if (const json* v = non_null(p, key)) into = pair(*v, f + key);
    };
    auto get_int = [&](const char* key, int64_t& into) {
        if (const json* v = non_null(p, key)) into = integer(*v, f + key);
    };
    auto get_bool = [&](const char* key, bool& into) {
        if (const json* v = non_null(p, key)) into = boolean(*v, f + key);
    };
    auto conv2d_fields = [&](Conv2dParams& c) {
        get_pair("stride", c.stride);
        get_pair("dilation", c.dilation);
        get_int("groups", c.groups);
        if (const json* v = non_null(p, "padding")) {
            if (v->is_string()) {
                const std::string text = v->get<std::string>();
                if (text == "same") c.padding.kind = PaddingKind::same;
                else if (text == "valid") c.padding.kind = PaddingKind::valid;
                else refused = cat("padding must be numbers, 'same' or 'valid', not '", text, "'");
            } else {
                c.padding = {PaddingKind::pair, pair(*v, f + "padding")};
            }
        }
        if (const json* v = non_null(p, "padding_mode")) {
            if (!v->is_string()) throw FieldError{f + "padding_mode", "must be a string"};
            const std::string text = v->get<std::string>();
            if (auto mode = parse_padding_mode(text)) c.padding_mode = *mode;
            else refused = cat("padding_mode must be zeros, reflect, replicate or circular, not '", text, "'");
        }
    };
    std::visit(
        [&](auto& q) {
            using T = std::decay_t<decltype(q)>;
            if constexpr (std::is_same_v<T, Conv2dParams>) {
                conv2d_fields(q);
            } else if constexpr (std::is_same_v<T, Conv2dMatrixParams>) {
                conv2d_fields(q.conv);
            } else if constexpr (std::is_same_v<T, ConvTranspose2dParams>) {
                get_pair("stride", q.stride);
                get_pair("padding", q.padding);
                get_pair("output_padding", q.output_padding);
                get_pair("dilation", q.dilation);
                get_int("groups", q.groups);
            } else if constexpr (std::is_same_v<T, MaxPool2dParams>) {
                get_pair("kernel_size", q.kernel_size);
                get_optional_pair("stride", q.stride);
                get_pair("padding", q.padding);
                get_pair("dilation", q.dilation);
                get_bool("ceil_mode", q.ceil_mode);
            } else if constexpr (std::is_same_v<T, AvgPool2dParams>) {
                get_pair("kernel_size", q.kernel_size);
                get_optional_pair("stride", q.stride);
                get_pair("padding", q.padding);
                get_bool("ceil_mode", q.ceil_mode);
                get_bool("count_include_pad", q.count_include_pad);
                if (const json* v = non_null(p, "divisor_override")) q.divisor_override = integer(*v, f + "divisor_override");
            } else if constexpr (std::is_same_v<T, MaxUnpool2dParams>) {
                get_pair("kernel_size", q.kernel_size);
                get_optional_pair("stride", q.stride);
                get_pair("padding", q.padding);
                get_optional_pair("output_size", q.output_size);
            } else if constexpr (std::is_same_v<T, UpsampleParams>) {
                if (const json* v = non_null(p, "mode")) {
                    if (!v->is_string()) throw FieldError{f + "mode", "must be a string"};
                    const std::string text = v->get<std::string>();
                    if (auto mode = parse_upsample_mode(text)) q.mode = *mode;
                    else refused = cat("mode must be nearest, nearest-exact, bilinear or bicubic, not '", text, "'");
                }
                q.size.reset();
                q.scale_factor.reset();
                get_optional_pair("size", q.size);
                if (const json* v = non_null(p, "scale_factor")) {
                    if (v->is_array()) {
                        if (v->size() != 2) throw FieldError{f + "scale_factor", "must be a pair [h, w]"};
                        q.scale_factor = ScaleFactor{number((*v)[0], f + "scale_factor[0]"),
                                                     number((*v)[1], f + "scale_factor[1]")};
                    } else {
                        const double s = number(*v, f + "scale_factor");
                        q.scale_factor = ScaleFactor{s, s};
                    }
                }
                if (const json* v = non_null(p, "align_corners")) q.align_corners = boolean(*v, f + "align_corners");
            } else if constexpr (std::is_same_v<T, PixelShuffleParams>) {
                get_int("upscale_factor", q.upscale_factor);
            } else if constexpr (std::is_same_v<T, PixelUnshuffleParams>) {
                get_int("downscale_factor", q.downscale_factor);
            }
        },
        params);
}

Case read_case(const json& c) {
    if (!c.is_object()) throw FieldError{"(case)", "must be a JSON object"};
    Case result{.params = Conv2dParams{}};
    const json& name = required(c, "name", "name");
    if (!name.is_string()) throw FieldError{"name", "must be a string"};
    result.name = name.get<std::string>();

    const json& op = required(c, "op", "op");
    if (!op.is_string()) throw FieldError{"op", "must be a string"};
    auto params = default_params(op.get<std::string>());
    if (!params) {
        std::string known;
        for (const char* const* n = op_names(); *n; ++n) known += cat(known.empty() ? "" : ", ", *n);
        throw FieldError{"op", cat("names no known op: '", op.get<std::string>(), "' (known: ", known, ")")};
    }
    result.params = *params;
    if (const json* p = non_null(c, "params")) {
        if (!p->is_object()) throw FieldError{"params", "must be an object"};
        read_params(result.params, *p, result.param_error);
    }

    result.inputs.input = tensor<double>(required(c, "input", "input"), "input");
    if (has_weight(result.params)) {
        result.inputs.weight = tensor<double>(required(c, "weight", "weight"), "weight");
        if (const json* b = non_null(c, "bias")) result.inputs.bias = tensor<double>(*b, "bias");
    }
    if (std::holds_alternative<MaxUnpool2dParams>(result.params)) {
        result.inputs.indices = tensor<int64_t>(required(c, "indices", "indices"), "indices");
    }
    if (const json* e = non_null(c, "expected")) {
        result.expected = tensor<double>(*e, "expected");
        if (const json* i = non_null(*e, "indices")) result.expected_indices = tensor<int64_t>(*i, "expected.indices");
    }
    if (const json* e = non_null(c, "expected_error")) {
        if (!e->is_string()) throw FieldError{"expected_error", "must be a string"};
        result.expected_error = e->get<std::string>();
    }
    return result;
}

}  // namespace

Result<std::vector<Case>> parse_cases(std::string_view text, const std::string& source) {
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception& e) {
        return Error{cat(source, ": not valid JSON: ", e.what())};
    }
    std::vector<Case> cases;
    const bool many = document.is_array();
    const size_t count = many ? document.size() : 1;
    for (size_t i = 0; i < count; ++i) {
        const json& c = many ? document[i] : document;
        try {
            cases.push_back(read_case(c));
        } catch (const FieldError& e) {
            std::string which = cat("case ", i);
            if (c.is_object()) {
                if (const json* n = member(c, "name"); n && n->is_string()) which += cat(" \"", n->get<std::string>(), "\"");
            }
            return Error{cat(source, ": ", which, ": field \"", e.field, "\" ", e.why)};
        } catch (const json::exception& e) {
            return Error{cat(source, ": case ", i, ": ", e.what())};
        }
    }
    return cases;
}

Result<std::vector<Case>> read_cases(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{cat(path, ": is a directory, not a case file")};
    std::ifstream file(path, std::ios::binary);
    if (!file) return Error{cat(path, ": cannot be read (missing, or no permission)")};
    std::ostringstream contents;
    contents << file.rdbuf();
    if (file.bad()) return Error{cat(path, ": read failed")};
    return parse_cases(contents.str(), path);
}

}  // namespace convviz
