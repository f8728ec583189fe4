#include "core/json_io.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/op_params.hpp"
#include "core/text.hpp"

namespace convviz::json_io {

std::string not_json(const json::exception& e, std::string_view text, const std::string& source, Lang lang) {
    const std::string what = e.what();
    const auto* parse_error = dynamic_cast<const json::parse_error*>(&e);
    if (parse_error == nullptr) {
        // "[json.exception.out_of_range.406] number overflow parsing '1e400'"
        const size_t quote = what.find('\'');
        if (e.id == 406 && quote != std::string::npos) {
            return tr(lang, "msg.scene.json_number_overflow", source, excerpt(what.substr(quote)));
        }
        return tr(lang, "msg.scene.not_json", source, excerpt(what, 160));
    }
    const size_t before = std::min<size_t>(parse_error->byte > 0 ? parse_error->byte - 1 : 0, text.size());
    const std::string_view read = text.substr(0, before);
    const size_t line = 1 + static_cast<size_t>(std::count(read.begin(), read.end(), '\n'));
    const size_t last_newline = read.rfind('\n');
    const size_t column = parse_error->byte - (last_newline == std::string_view::npos ? 0 : last_newline + 1);
    if (parse_error->byte > text.size()) return tr(lang, "msg.scene.json_truncated", source, line, column);
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …": the detail.
    const size_t colon = what.find(": ");
    const std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    return tr(lang, "msg.scene.json_syntax", source, line, column, excerpt(detail, 160));
}


namespace {

constexpr int64_t kLargestInteger = int64_t{1} << 31;

}  // namespace

int64_t integer(const json& value, const std::string& field, Lang lang) {
    if (value.is_number_integer()) {
        const bool is_unsigned = value.is_number_unsigned();
        if (is_unsigned && value.get<uint64_t>() > static_cast<uint64_t>(kLargestInteger)) {
            throw FieldError{field, tr(lang, "msg.field.too_large")};
        }
        const int64_t v = is_unsigned ? static_cast<int64_t>(value.get<uint64_t>()) : value.get<int64_t>();
        if (v > kLargestInteger || v < -kLargestInteger) throw FieldError{field, tr(lang, "msg.field.too_large")};
        return v;
    }
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (std::isfinite(v) && v == std::floor(v) && std::abs(v) <= static_cast<double>(kLargestInteger)) {
            return static_cast<int64_t>(v);
        }
    }
    throw FieldError{field, tr(lang, "msg.field.not_integer", excerpt(value.dump()))};
}

double number(const json& value, const std::string& field, Lang lang) {
    if (!value.is_number()) throw FieldError{field, tr(lang, "msg.field.not_number", excerpt(value.dump()))};
    const double v = value.get<double>();
    if (!std::isfinite(v)) throw FieldError{field, tr(lang, "msg.field.not_finite")};
    return v;
}

bool boolean(const json& value, const std::string& field, Lang lang) {
    if (!value.is_boolean()) throw FieldError{field, tr(lang, "msg.field.not_boolean", excerpt(value.dump()))};
    return value.get<bool>();
}

// An integer applies to both axes, [h, w] to each.
Pair pair(const json& value, const std::string& field, Lang lang) {
    if (value.is_array()) {
        if (value.size() != 2) throw FieldError{field, tr(lang, "msg.field.pair_size", value.size())};
        return {integer(value[0], field + "[0]", lang), integer(value[1], field + "[1]", lang)};
    }
    if (value.is_number()) {
        const int64_t v = integer(value, field, lang);
        return {v, v};
    }
    throw FieldError{field, tr(lang, "msg.field.not_pair", excerpt(value.dump()))};
}

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Levenshtein distance, case ignored: insertions, deletions and substitutions.
size_t edits(std::string_view a, std::string_view b) {
    const std::string x = lower(a);
    const std::string y = lower(b);
    std::vector<size_t> row(y.size() + 1);
    for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= x.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= y.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

}  // namespace

std::optional<std::string_view> closest_key(std::string_view key, std::span<const std::string_view> known) {
    const std::string folded = lower(key);
    for (std::string_view k : known) {
        if (lower(k) == folded) return k;
    }
    // Keys are short words: more edits than a third of the word (at least 2) is another word.
    if (key.size() > 64) return std::nullopt;
    const size_t close_enough = std::max<size_t>(2, key.size() / 3);
    std::optional<std::string_view> best;
    size_t best_edits = close_enough + 1;
    for (std::string_view k : known) {
        if (const size_t d = edits(key, k); d < best_edits) {
            best = k;
            best_edits = d;
        }
    }
    return best;
}

std::optional<FieldError> unknown_key(const json& object, std::span<const std::string_view> known,
                                      const std::string& prefix, Lang lang) {
    if (!object.is_object()) return std::nullopt;
    for (const auto& item : object.items()) {
        const std::string& key = item.key();
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        const std::string field = prefix + excerpt(key);
        if (const std::optional<std::string_view> meant = closest_key(key, known)) {
            return FieldError{field, tr(lang, "msg.field.unknown_suggest", *meant)};
        }
        std::string list;
        for (std::string_view k : known) list += cat(list.empty() ? "" : ", ", k);
        return FieldError{field, tr(lang, "msg.field.unknown", list)};
    }
    return std::nullopt;
}

void refuse_unknown_keys(const json& object, std::initializer_list<std::string_view> known, const std::string& prefix,
                         Lang lang) {
    if (std::optional<FieldError> e = unknown_key(object, std::span(known.begin(), known.size()), prefix, lang)) throw *e;
}

std::string limited_text(const json& value, const std::string& field, size_t limit, Lang lang) {
    if (!value.is_string()) throw FieldError{field, tr(lang, "msg.field.not_string")};
    std::string text = value.get<std::string>();
    if (std::optional<std::string> why = check_text_length(text, limit, lang)) throw FieldError{field, *why};
    return text;
}

const json* member(const json& object, const char* key) {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const json* non_null(const json& object, const char* key) {
    const json* v = member(object, key);
    return (v == nullptr || v->is_null()) ? nullptr : v;
}

const json& required(const json& object, const char* key, const std::string& field, Lang lang) {
    const json* v = member(object, key);
    if (v == nullptr) throw FieldError{field, tr(lang, "msg.field.missing")};
    return *v;
}

Shape shape_of(const json& value, const std::string& field, Lang lang) {
    if (!value.is_array()) throw FieldError{field, tr(lang, "msg.field.shape_not_array", excerpt(value.dump()))};
    if (value.size() > 8) throw FieldError{field, tr(lang, "msg.field.shape_rank", value.size())};
    Shape shape;
    int64_t count = 1;
    for (size_t i = 0; i < value.size(); ++i) {
        const int64_t d = integer(value[i], cat(field, "[", i, "]"), lang);
        if (d < 0) throw FieldError{cat(field, "[", i, "]"), tr(lang, "msg.field.negative", d)};
        count *= std::max<int64_t>(d, 1);
        if (count > limits.elements) {
            throw FieldError{field, tr(lang, "msg.field.shape_cells", limits.elements)};
        }
        shape.push_back(d);
    }
    return shape;
}

namespace {

template <class T>
BasicTensor<T> any_tensor(const json& value, const std::string& field, Lang lang,
                          std::initializer_list<std::string_view> also_known) {
    if (!value.is_object()) throw FieldError{field, tr(lang, "msg.field.tensor_not_object")};
    std::vector<std::string_view> known = {"shape", "data"};
    known.insert(known.end(), also_known.begin(), also_known.end());
    if (std::optional<FieldError> e = unknown_key(value, known, field + ".", lang)) throw *e;
    Shape shape = shape_of(required(value, "shape", field + ".shape", lang), field + ".shape", lang);
    const json& data = required(value, "data", field + ".data", lang);
    if (!data.is_array()) throw FieldError{field + ".data", tr(lang, "msg.field.data_not_array")};
    if (static_cast<int64_t>(data.size()) != element_count(shape)) {
        throw FieldError{field + ".data",
                         tr(lang, "msg.field.data_count", data.size(), to_string(shape), element_count(shape))};
    }
    std::vector<T> values;
    values.reserve(data.size());
    for (size_t i = 0; i < data.size(); ++i) {
        const std::string where = cat(field, ".data[", i, "]");
        if constexpr (std::is_same_v<T, int64_t>) {
            values.push_back(integer(data[i], where, lang));
        } else {
            values.push_back(number(data[i], where, lang));
        }
    }
    return BasicTensor<T>(std::move(shape), std::move(values));
}

}  // namespace

Tensor tensor(const json& value, const std::string& field, Lang lang, std::initializer_list<std::string_view> also_known) {
    return any_tensor<double>(value, field, lang, also_known);
}
IndexTensor index_tensor(const json& value, const std::string& field, Lang lang) {
    return any_tensor<int64_t>(value, field, lang, {});
}

namespace {

// A word the spec takes, as its static spelling; nothing for any other.
std::optional<std::string_view> choice_of(const ParamSpec& spec, const std::string& word) {
    for (std::string_view c : spec.choices) {
        if (c == word) return c;
    }
    return std::nullopt;
}

}  // namespace

void read_params(OpParams& params, const json& p, std::optional<std::string>& refused, Lang lang) {
    const std::string f = "params.";
    // The op's fields are exactly those its description has, which a file written for it has.
    const OpSchema& schema = op_schema(params);
    std::vector<std::string_view> known;
    for (const ParamSpec& spec : schema.params) known.push_back(spec.name);
    if (std::optional<FieldError> e = unknown_key(p, known, f, lang)) throw *e;
    for (const ParamSpec& spec : schema.params) {
        // An optional parameter the file leaves out is None: Upsample has the one of size and
        // scale_factor the file gives.
        if (spec.optional) spec.set(params, std::monostate{});
        const std::string key(spec.name);
        const json* v = non_null(p, key.c_str());
        if (v == nullptr) continue;
        const std::string field = f + key;
        ParamValue value;
        switch (spec.kind) {
            case ParamKind::integer: value = integer(*v, field, lang); break;
            case ParamKind::pair: value = pair(*v, field, lang); break;
            case ParamKind::boolean: value = boolean(*v, field, lang); break;
            case ParamKind::padding:
                if (!v->is_string()) {
                    value = pair(*v, field, lang);
                    break;
                }
                [[fallthrough]];
            case ParamKind::choice: {
                if (!v->is_string()) throw FieldError{field, tr(lang, "msg.field.not_string")};
                const std::string word = v->get<std::string>();
                const std::optional<std::string_view> known_word = choice_of(spec, word);
                if (!known_word) {
                    refused = tr(lang, spec.unknown_word, excerpt(word));
                    continue;
                }
                value = *known_word;
                break;
            }
            case ParamKind::scale:
                if (v->is_array()) {
                    if (v->size() != 2) throw FieldError{field, tr(lang, "msg.field.not_scale_pair")};
                    value = ScaleFactor{.h = number((*v)[0], field + "[0]", lang), .w = number((*v)[1], field + "[1]", lang)};
                } else {
                    const double factor = number(*v, field, lang);
                    value = ScaleFactor{.h = factor, .w = factor};
                }
                break;
        }
        spec.set(params, value);
    }
}

namespace {

json value_json(const ParamValue& value) {
    struct Writer {
        json operator()(std::monostate) const { return nullptr; }
        json operator()(int64_t v) const { return v; }
        json operator()(Pair v) const { return json::array({v.h, v.w}); }
        json operator()(bool v) const { return v; }
        json operator()(ScaleFactor v) const { return json::array({v.h, v.w}); }
        json operator()(std::string_view v) const { return std::string(v); }
    };
    return std::visit(Writer{}, value);
}

}  // namespace

json to_json(const OpParams& params) {
    json j = json::object();
    for (const ParamSpec& spec : op_schema(params).params) j[std::string(spec.name)] = value_json(spec.get(params));
    return j;
}

json to_json(const Tensor& t) { return {{"shape", t.shape()}, {"data", t.data()}}; }
json to_json(const IndexTensor& t) { return {{"shape", t.shape()}, {"data", t.data()}}; }

}  // namespace convviz::json_io
