#include "core/scene_link.hpp"

// [SECTION] Index
// - Keys: the short names of the op's parameters
// - Numbers and text: pairs, reals, percent-encoding
// - Values: decimal varints or raw doubles, in base64url
// - Default values: what a link leaves out
// - Writing
// - Reading

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <span>
#include <variant>
#include <vector>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/op_params.hpp"
#include "core/presets.hpp"
#include "core/scene_edit.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Keys: the short names of the op's parameters
// ---------------------------------------------------------------------------------------------

struct ShortKey {
    std::string_view name;  // the parameter's name in core/op_params
    std::string_view key;   // in a link
};

// A parameter missing here (a new one) goes by its own name: links cover it without a change here.
constexpr ShortKey kShortKeys[] = {
    {"stride", "s"},          {"padding", "p"},           {"dilation", "d"},        {"groups", "g"},
    {"output_padding", "op"}, {"padding_mode", "pm"},     {"kernel_size", "k"},     {"ceil_mode", "ceil"},
    {"count_include_pad", "cip"}, {"divisor_override", "div"}, {"output_size", "os"}, {"scale_factor", "sf"},
    {"align_corners", "ac"},  {"upscale_factor", "r"},    {"downscale_factor", "r"},
};

std::string_view param_key(std::string_view name) {
    for (const ShortKey& k : kShortKeys) {
        if (k.name == name) return k.key;
    }
    return name;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Numbers and text
// ---------------------------------------------------------------------------------------------

std::string pair_text(Pair p) { return p.h == p.w ? std::to_string(p.h) : cat(p.h, "x", p.w); }

std::string scale_text(ScaleFactor s) {
    return s.h == s.w ? exact_number(s.h) : cat(exact_number(s.h), "x", exact_number(s.w));
}

std::string value_text(const ParamValue& value) {
    struct Writer {
        std::string operator()(std::monostate) const { return "none"; }
        std::string operator()(int64_t v) const { return std::to_string(v); }
        std::string operator()(Pair v) const { return pair_text(v); }
        std::string operator()(bool v) const { return v ? "1" : "0"; }
        std::string operator()(ScaleFactor v) const { return scale_text(v); }
        std::string operator()(std::string_view v) const { return std::string(v); }
    };
    return std::visit(Writer{}, value);
}

std::optional<int64_t> whole_number(std::string_view text) {
    int64_t value = 0;
    const char* end = text.data() + text.size();
    if (!text.empty() && text.front() == '+') return std::nullopt;
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || stop != end) return std::nullopt;
    return value;
}

// A finite decimal number as exact_number() writes it. strtod, not from_chars: emscripten's libc++
// has no floating-point from_chars; only digits, sign, point and exponent get that far, so the
// locale's decimal point and strtod's words (inf, nan, hex) never play a part.
std::optional<double> real_number(std::string_view text) {
    if (text.empty() || text.size() > 40) return std::nullopt;
    for (char c : text) {
        const bool allowed = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
        if (!allowed) return std::nullopt;
    }
    const std::string copy(text);
    char* end = nullptr;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// "3" or "3x2".
template <class T, class Read>
std::optional<std::array<T, 2>> two(std::string_view text, Read read) {
    const size_t x = text.find('x');
    if (x == std::string_view::npos) {
        const std::optional<T> v = read(text);
        if (!v) return std::nullopt;
        return std::array<T, 2>{*v, *v};
    }
    const std::optional<T> h = read(text.substr(0, x));
    const std::optional<T> w = read(text.substr(x + 1));
    if (!h || !w) return std::nullopt;
    return std::array<T, 2>{*h, *w};
}

std::optional<Pair> pair_of(std::string_view text) {
    const auto v = two<int64_t>(text, whole_number);
    if (!v) return std::nullopt;
    return Pair{.h = (*v)[0], .w = (*v)[1]};
}

std::optional<bool> flag_of(std::string_view text) {
    if (text == "1") return true;
    if (text == "0") return false;
    return std::nullopt;
}

bool unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

std::string percent_encoded(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (unreserved(c)) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Whole UTF-8 only: what a title or an id may hold.
std::optional<std::string> percent_decoded(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        const int high = i + 1 < text.size() ? hex_digit(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hex_digit(text[i + 2]) : -1;
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    if (!valid_utf8(out)) return std::nullopt;
    return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Values: decimal varints or raw doubles, in base64url
// ---------------------------------------------------------------------------------------------

constexpr unsigned char kRawFormat = 255;
constexpr int kMostDecimals = 15;
constexpr std::array<double, kMostDecimals + 1> kPowersOfTen = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
constexpr double kLargestExactInteger = 9007199254740992.0;  // 2⁵³

void put_varint(std::string& out, uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t unzigzag(uint64_t z) { return static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1); }

// m when `value` is m / 10^decimals bit for bit (so −0 is not: it is written raw).
std::optional<int64_t> scaled_integer(double value, int decimals) {
    const double power = kPowersOfTen[static_cast<size_t>(decimals)];
    const double scaled = value * power;
    if (!std::isfinite(scaled) || std::fabs(scaled) > kLargestExactInteger) return std::nullopt;
    const auto m = static_cast<int64_t>(std::nearbyint(scaled));
    const double back = static_cast<double>(m) / power;
    if (std::memcmp(&back, &value, sizeof value) != 0) return std::nullopt;
    return m;
}

std::string base64url(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    uint32_t bits = 0;
    int held = 0;
    for (char ch : bytes) {
        bits = (bits << 8) | static_cast<unsigned char>(ch);
        held += 8;
        while (held >= 6) {
            held -= 6;
            out += kAlphabet[(bits >> held) & 63];
        }
    }
    if (held > 0) out += kAlphabet[(bits << (6 - held)) & 63];
    return out;
}

int base64_digit(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

std::optional<std::string> from_base64url(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3 / 4);
    uint32_t bits = 0;
    int held = 0;
    for (char c : text) {
        const int digit = base64_digit(c);
        if (digit < 0) return std::nullopt;
        bits = (bits << 6) | static_cast<uint32_t>(digit);
        held += 6;
        if (held >= 8) {
            held -= 8;
            out += static_cast<char>((bits >> held) & 0xFF);
        }
    }
    return out;
}

std::string encode_values(const std::vector<double>& values) {
    std::string bytes;
    for (int decimals = 0; decimals <= kMostDecimals && bytes.empty(); ++decimals) {
        std::vector<int64_t> scaled;
        scaled.reserve(values.size());
        for (double v : values) {
            const std::optional<int64_t> m = scaled_integer(v, decimals);
            if (!m) break;
            scaled.push_back(*m);
        }
        if (scaled.size() != values.size()) continue;
        bytes += static_cast<char>(decimals);
        for (size_t i = 0; i < scaled.size();) {
            size_t end = i + 1;
            while (end < scaled.size() && scaled[end] == scaled[i]) ++end;
            const uint64_t run = end - i;
            put_varint(bytes, (zigzag(scaled[i]) << 1) | (run > 1 ? 1u : 0u));
            if (run > 1) put_varint(bytes, run - 2);
            i = end;
        }
    }
    if (bytes.empty()) {
        bytes += static_cast<char>(kRawFormat);
        for (size_t i = 0; i < values.size();) {
            size_t end = i + 1;
            while (end < values.size() && std::memcmp(&values[end], &values[i], sizeof(double)) == 0) ++end;
            put_varint(bytes, end - i - 1);
            uint64_t bits = 0;
            std::memcpy(&bits, &values[i], sizeof bits);
            for (int b = 0; b < 8; ++b) bytes += static_cast<char>((bits >> (8 * b)) & 0xFF);
            i = end;
        }
    }
    return base64url(bytes);
}

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
    bool done() const { return at_ == bytes_.size(); }
    std::optional<uint64_t> varint() {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (done()) return std::nullopt;
            const auto byte = static_cast<unsigned char>(bytes_[at_++]);
            const uint64_t part = byte & 0x7F;
            if (shift == 63 && part > 1) return std::nullopt;  // past 64 bits
            value |= part << shift;
            if ((byte & 0x80) == 0) return value;
        }
        return std::nullopt;
    }
    std::optional<uint64_t> little_endian64() {
        if (bytes_.size() - at_ < 8) return std::nullopt;
        uint64_t bits = 0;
        for (int b = 0; b < 8; ++b) bits |= static_cast<uint64_t>(static_cast<unsigned char>(bytes_[at_++])) << (8 * b);
        return bits;
    }

private:
    std::string_view bytes_;
    size_t at_ = 0;
};

// The values of a tensor of `count` cells, or the reason they are damaged, in `lang`.
std::variant<std::vector<double>, std::string> decode_values(std::string_view text, size_t count, Lang lang) {
    const std::optional<std::string> bytes = from_base64url(text);
    if (!bytes) return tr(lang, "msg.link.damage.characters");
    if (bytes->empty()) return tr(lang, "msg.link.damage.short", count);
    const auto format = static_cast<unsigned char>(bytes->front());
    if (format > kMostDecimals && format != kRawFormat) return tr(lang, "msg.link.damage.format", int{format});
    ByteReader in(std::string_view(*bytes).substr(1));
    std::vector<double> values;
    values.reserve(count);
    while (!in.done()) {
        double value = 0.0;
        uint64_t run = 1;
        if (format == kRawFormat) {
            const std::optional<uint64_t> more = in.varint();
            const std::optional<uint64_t> bits = more ? in.little_endian64() : std::nullopt;
            if (!bits) return tr(lang, "msg.link.damage.short", count);
            if (*more >= count) return tr(lang, "msg.link.damage.long", count);
            run = *more + 1;
            std::memcpy(&value, &*bits, sizeof value);
        } else {
            const std::optional<uint64_t> token = in.varint();
            if (!token) return tr(lang, "msg.link.damage.short", count);
            if ((*token & 1) != 0) {
                const std::optional<uint64_t> more = in.varint();
                if (!more) return tr(lang, "msg.link.damage.short", count);
                if (*more >= count) return tr(lang, "msg.link.damage.long", count);
                run = *more + 2;
            }
            const int64_t m = unzigzag(*token >> 1);
            value = static_cast<double>(m) / kPowersOfTen[format];
        }
        if (!std::isfinite(value)) return tr(lang, "msg.link.damage.not_finite");
        if (run > count - values.size()) return tr(lang, "msg.link.damage.long", count);
        values.insert(values.end(), run, value);
    }
    if (values.size() != count) return tr(lang, "msg.link.damage.short", count);
    return values;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Default values: what a link leaves out
// ---------------------------------------------------------------------------------------------

// What a link says about the tensors besides their values.
struct TensorSizes {
    Shape input;
    int64_t out_channels = 1;            // conv ops
    Pair kernel{.h = 3, .w = 3};         // conv ops: the weight's kH, kW
    bool has_bias = false;               // conv ops
};

TensorSizes sizes_of(const Scene& scene) {
    const SceneChannels channels = scene_channels(scene);
    return {.input = scene.tensors.input.shape(),
            .out_channels = channels.out_channels,
            .kernel = channels.kernel_size,
            .has_bias = channels.has_bias};
}

// The values a link leaves out, per tensor: a built-in preset's own when the scene's id names one
// and the shape is that preset's, else reshape_scene's fill for a new scene. Nothing for a tensor
// neither gives (the fill's scene breaks a rule, as max_unpool2d's indices may): then the link
// carries its values. Reader and writer compute this from the same parts of the link.
struct DefaultValues {
    OpInputs values;
    std::string refused;  // why a new scene of this configuration cannot be made: the rule it breaks
};

DefaultValues default_values(const Scene& head, const TensorSizes& sizes, Lang lang) {
    Scene empty;
    empty.pooling = head.pooling;
    empty.view = head.view;
    Result<Scene> fresh = reshape_scene(empty, head.params, sizes.input,
                                        {.out_channels = sizes.out_channels,
                                         .kernel_size = sizes.kernel,
                                         .has_bias = sizes.has_bias,
                                         .fill = Fill::integers,
                                         .seed = 0},
                                        lang);
    DefaultValues result;
    OpInputs& values = result.values;
    if (fresh) {
        values = std::move(fresh.value().tensors);
    } else {
        result.refused = fresh.error();
    }
    const std::optional<Scene> preset = head.id.empty() ? std::nullopt : find_preset(head.id);
    if (!preset) return result;
    const auto take = [](std::optional<Tensor>& into, const std::optional<Tensor>& from, const Shape& shape) {
        if (from && from->shape() == shape) into = *from;
    };
    if (preset->tensors.input.shape() == sizes.input) values.input = preset->tensors.input;
    if (has_weight(head.params)) {
        Result<Shape> weight = layer_weight_shape(head.params, sizes.input[1], sizes.out_channels, sizes.kernel);
        if (weight) take(values.weight, preset->tensors.weight, weight.value());
        if (sizes.has_bias) take(values.bias, preset->tensors.bias, Shape{sizes.out_channels});
    }
    return result;
}

bool same_values(const Tensor& a, const Tensor& b) {
    return a.shape() == b.shape() && std::memcmp(a.data().data(), b.data().data(), a.data().size() * sizeof(double)) == 0;
}
bool same_values(const Tensor& a, const std::optional<Tensor>& b) { return b && same_values(a, *b); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------------------------

std::string scene_link(const Scene& scene, double t) {
    std::string link = cat("v", kLinkVersion, "/", op_name(scene.params));
    const auto add = [&link](std::string_view key, std::string_view value) {
        link += '/';
        link += key;
        link += '=';
        link += value;
    };
    if (!scene.id.empty()) add("id", percent_encoded(scene.id));
    std::string shape;
    for (int64_t d : scene.tensors.input.shape()) shape += cat(shape.empty() ? "" : ",", d);
    add("in", shape);
    const TensorSizes sizes = sizes_of(scene);
    if (has_weight(scene.params)) {
        add("k", pair_text(sizes.kernel));
        if (sizes.out_channels != 1) add("out", std::to_string(sizes.out_channels));
        if (sizes.has_bias) add("bias", "1");
    }
    const OpParams defaults = *default_params(op_name(scene.params));
    for (const ParamSpec& spec : op_schema(scene.params).params) {
        const ParamValue value = spec.get(scene.params);
        if (spec.required || !same_value(value, spec.get(defaults))) add(param_key(spec.name), value_text(value));
    }
    if (std::holds_alternative<MaxUnpool2dParams>(scene.params)) {
        if (scene.pooling.dilation != PoolingBefore{}.dilation) add("pool_d", pair_text(scene.pooling.dilation));
        if (scene.pooling.ceil_mode) add("pool_ceil", "1");
    }
    add("view", name(scene.view.kind));
    if (!scene.view.show_values) add("values", "0");
    if (scene.view.compare_kernel != View{}.compare_kernel) add("ck", name(scene.view.compare_kernel));
    // A preset's title goes without saying; a scene with none says so when its id would give one.
    const std::optional<Scene> preset = scene.id.empty() ? std::nullopt : find_preset(scene.id);
    const std::string implied = preset ? preset->title : std::string();
    if (scene.title != implied) add("title", percent_encoded(scene.title));

    const OpInputs defaults_of_values = default_values(scene, sizes, Lang::en).values;
    if (!same_values(scene.tensors.input, defaults_of_values.input)) add("x", encode_values(scene.tensors.input.data()));
    if (scene.tensors.weight && !same_values(*scene.tensors.weight, defaults_of_values.weight)) {
        add("w", encode_values(scene.tensors.weight->data()));
    }
    if (scene.tensors.bias && !same_values(*scene.tensors.bias, defaults_of_values.bias)) {
        add("b", encode_values(scene.tensors.bias->data()));
    }
    if (std::isfinite(t) && t > 0.0) add("t", exact_number(t));
    return link;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading
// ---------------------------------------------------------------------------------------------

namespace {

constexpr std::string_view kExample = "v1/conv2d/in=1,1,5,5/k=3";
constexpr size_t kMostParts = 64;

std::string_view trimmed(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

std::string op_list(Lang lang) {
    std::string list;
    for (const char* const* op = op_names(); *op != nullptr; ++op) {
        list += cat(list.empty() ? "" : text(lang, "msg.list.separator"), *op);
    }
    return list;
}

// The key=value parts of a link, each taken once as it is read; what is left over is unknown.
class Parts {
public:
    struct Part {
        std::string_view key;
        std::string_view value;
        bool taken = false;
    };
    std::vector<Part> parts;

    std::optional<std::string_view> take(std::string_view key) {
        for (Part& p : parts) {
            if (p.key == key) {
                p.taken = true;
                return p.value;
            }
        }
        return std::nullopt;
    }
    const Part* left_over() const {
        for (const Part& p : parts) {
            if (!p.taken) return &p;
        }
        return nullptr;
    }
};

// Every key a link of this op may carry, for the message about one it may not.
std::string keys_of(const OpParams& params, Lang lang) {
    std::vector<std::string_view> keys = {"id", "in"};
    if (has_weight(params)) keys.insert(keys.end(), {"k", "out", "bias"});
    for (const ParamSpec& spec : op_schema(params).params) keys.push_back(param_key(spec.name));
    if (std::holds_alternative<MaxUnpool2dParams>(params)) keys.insert(keys.end(), {"pool_d", "pool_ceil"});
    keys.insert(keys.end(), {"view", "values", "ck", "title", "x"});
    if (has_weight(params)) keys.insert(keys.end(), {"w", "b"});
    keys.push_back("t");
    std::string list;
    for (std::string_view k : keys) list += cat(list.empty() ? "" : text(lang, "msg.list.separator"), k, "=");
    return list;
}

std::string words_list(std::span<const std::string_view> words, Lang lang) {
    std::string list;
    for (std::string_view w : words) list += cat(list.empty() ? "" : text(lang, "msg.list.separator"), w);
    return list;
}

// What a parameter's value looks like in a link, in `lang`.
std::string link_form(const ParamSpec& spec, Lang lang) {
    std::string what;
    switch (spec.kind) {
        case ParamKind::integer: what = tr(lang, "msg.link.value.whole"); break;
        case ParamKind::pair: what = tr(lang, "msg.link.value.pair"); break;
        case ParamKind::boolean: what = tr(lang, "msg.link.value.flag"); break;
        case ParamKind::choice: what = tr(lang, "msg.value.choice", words_list(spec.choices, lang)); break;
        case ParamKind::scale: what = tr(lang, "msg.link.value.scale"); break;
        case ParamKind::padding: what = tr(lang, "msg.link.value.padding", words_list(spec.choices, lang)); break;
    }
    return spec.optional ? tr(lang, "msg.link.value.or_none", what) : what;
}

std::optional<std::string_view> word_of(const ParamSpec& spec, std::string_view word) {
    for (std::string_view c : spec.choices) {
        if (c == word) return c;  // the spec's own storage, which outlives the link's text
    }
    return std::nullopt;
}

std::optional<ParamValue> param_value(const ParamSpec& spec, std::string_view text) {
    if (text == "none") {
        if (!spec.optional) return std::nullopt;
        return ParamValue{std::monostate{}};
    }
    switch (spec.kind) {
        case ParamKind::integer:
            if (auto v = whole_number(text)) return ParamValue{*v};
            return std::nullopt;
        case ParamKind::boolean:
            if (auto v = flag_of(text)) return ParamValue{*v};
            return std::nullopt;
        case ParamKind::choice:
            if (auto w = word_of(spec, text)) return ParamValue{*w};
            return std::nullopt;
        case ParamKind::scale:
            if (auto v = two<double>(text, real_number)) return ParamValue{ScaleFactor{.h = (*v)[0], .w = (*v)[1]}};
            return std::nullopt;
        case ParamKind::padding:
            if (auto w = word_of(spec, text)) return ParamValue{*w};
            [[fallthrough]];
        case ParamKind::pair:
            if (auto v = pair_of(text)) return ParamValue{*v};
            return std::nullopt;
    }
    return std::nullopt;
}

Error bad_value(std::string_view key, std::string_view value, const std::string& form, Lang lang) {
    return Error{tr(lang, "msg.link.bad_value", key, excerpt(value), form)};
}

// A title or an id: percent-encoded UTF-8 within its length.
std::variant<std::string, Error> text_part(std::string_view key, std::string_view value, size_t limit, Lang lang) {
    std::optional<std::string> decoded = percent_decoded(value);
    if (!decoded) return bad_value(key, value, tr(lang, "msg.link.value.text"), lang);
    if (auto e = check_text_length(*decoded, limit, lang)) return Error{tr(lang, "msg.link.text_long", key, *e)};
    return std::move(*decoded);
}

}  // namespace

Result<LinkedScene> read_scene_link(std::string_view address, Lang lang) {
    address = trimmed(address);
    if (address.empty()) return Error{tr(lang, "msg.link.empty", kExample)};
    if (address.size() > text_limits.file_bytes) {
        return Error{tr(lang, "msg.link.too_long", grouped(static_cast<int64_t>(address.size())),
                        grouped(static_cast<int64_t>(text_limits.file_bytes)))};
    }
    std::string_view fragment = address;
    if (const size_t hash = address.find('#'); hash != std::string_view::npos) {
        fragment = address.substr(hash + 1);
    } else if (address.find("://") != std::string_view::npos) {
        return Error{tr(lang, "msg.link.no_fragment", excerpt(address), kExample)};
    }

    // The parts, kept up to one more than any link has: a text of millions of slashes is counted,
    // not copied.
    std::vector<std::string_view> segments;
    size_t part_count = 0;
    for (size_t start = 0; start <= fragment.size();) {
        size_t slash = fragment.find('/', start);
        if (slash == std::string_view::npos) slash = fragment.size();
        if (slash > start && ++part_count <= kMostParts + 1) segments.push_back(fragment.substr(start, slash - start));
        start = slash + 1;
    }
    // The version first: a newer link's other parts are the newer version's, not mistakes.
    const std::string_view version_text = segments.empty() ? std::string_view() : segments.front();
    const std::optional<int64_t> version =
        version_text.size() >= 2 && version_text.front() == 'v' ? whole_number(version_text.substr(1)) : std::nullopt;
    if (!version || *version < 1) return Error{tr(lang, "msg.link.not_link", excerpt(fragment), kExample)};
    if (*version > kLinkVersion) return Error{tr(lang, "msg.link.newer", *version, kLinkVersion)};
    if (segments.size() < 2) return Error{tr(lang, "msg.link.no_op", op_list(lang))};
    // Far more parts than any op has keys: refused before each is compared with the others.
    if (part_count > kMostParts) return Error{tr(lang, "msg.link.too_many_parts", part_count, kMostParts)};
    const std::optional<OpParams> defaults = default_params(segments[1]);
    if (!defaults) return Error{tr(lang, "msg.link.unknown_op", excerpt(segments[1]), op_list(lang))};

    Parts parts;
    for (size_t i = 2; i < segments.size(); ++i) {
        const size_t equals = segments[i].find('=');
        if (equals == std::string_view::npos) return Error{tr(lang, "msg.link.bad_part", excerpt(segments[i]))};
        const std::string_view key = segments[i].substr(0, equals);
        for (const Parts::Part& p : parts.parts) {
            if (p.key == key) return Error{tr(lang, "msg.link.twice", excerpt(key))};
        }
        parts.parts.push_back({key, segments[i].substr(equals + 1)});
    }

    Scene scene;
    scene.params = *defaults;
    const bool conv = has_weight(scene.params);
    if (auto v = parts.take("id")) {
        auto id = text_part("id", *v, text_limits.id, lang);
        if (auto* e = std::get_if<Error>(&id)) return *e;
        scene.id = std::move(std::get<std::string>(id));
    }
    TensorSizes sizes;
    const std::optional<std::string_view> in = parts.take("in");
    if (!in) return Error{tr(lang, "msg.link.no_input")};
    for (size_t start = 0; start <= in->size();) {
        size_t comma = in->find(',', start);
        if (comma == std::string_view::npos) comma = in->size();
        const std::optional<int64_t> d = whole_number(in->substr(start, comma - start));
        if (!d || sizes.input.size() == 4) return bad_value("in", *in, tr(lang, "msg.link.value.shape"), lang);
        sizes.input.push_back(*d);
        start = comma + 1;
    }
    if (sizes.input.size() != 4) return bad_value("in", *in, tr(lang, "msg.link.value.shape"), lang);
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), sizes.input, lang)) {
        return Error{tr(lang, "msg.link.invalid", *e)};
    }
    if (conv) {
        if (auto v = parts.take("k")) {
            const std::optional<Pair> k = pair_of(*v);
            if (!k) return bad_value("k", *v, tr(lang, "msg.link.value.pair"), lang);
            sizes.kernel = *k;
            for (int axis : kAxes) {
                if (sizes.kernel[axis] < 1) {
                    return Error{tr(lang, "msg.link.invalid",
                                    tr(lang, "msg.edit.kernel_at_least_one", axis_name(axis, lang), sizes.kernel[axis]))};
                }
                if (auto e = check_kernel_side(axis, sizes.kernel[axis], lang)) return Error{tr(lang, "msg.link.invalid", *e)};
            }
        }
        if (auto v = parts.take("out")) {
            const std::optional<int64_t> out = whole_number(*v);
            if (!out) return bad_value("out", *v, tr(lang, "msg.link.value.whole"), lang);
            if (*out < 1) return Error{tr(lang, "msg.link.invalid", tr(lang, "msg.param.at_least_one", "out_channels", *out))};
            if (*out > limits.channels) {
                return Error{tr(lang, "msg.link.invalid", tr(lang, "msg.edit.out_channels_over", *out, limits.channels))};
            }
            sizes.out_channels = *out;
        }
        if (auto v = parts.take("bias")) {
            const std::optional<bool> bias = flag_of(*v);
            if (!bias) return bad_value("bias", *v, tr(lang, "msg.link.value.flag"), lang);
            sizes.has_bias = *bias;
        }
    }
    for (const ParamSpec& spec : op_schema(scene.params).params) {
        const std::string_view key = param_key(spec.name);
        const std::optional<std::string_view> v = parts.take(key);
        if (!v) continue;
        const std::optional<ParamValue> value = param_value(spec, *v);
        if (!value) return bad_value(key, *v, link_form(spec, lang), lang);
        // The range is the op's validate()'s to judge: it names the rule.
        if (auto e = check_value(spec, *value, lang, /*check_range=*/false)) return Error{tr(lang, "msg.link.invalid", *e)};
        spec.set(scene.params, *value);
    }
    if (std::holds_alternative<MaxUnpool2dParams>(scene.params)) {
        if (auto v = parts.take("pool_d")) {
            const std::optional<Pair> d = pair_of(*v);
            if (!d) return bad_value("pool_d", *v, tr(lang, "msg.link.value.pair"), lang);
            scene.pooling.dilation = *d;
        }
        if (auto v = parts.take("pool_ceil")) {
            const std::optional<bool> c = flag_of(*v);
            if (!c) return bad_value("pool_ceil", *v, tr(lang, "msg.link.value.flag"), lang);
            scene.pooling.ceil_mode = *c;
        }
    }
    const std::vector<ViewKind> views = views_for(scene.params);
    scene.view.kind = views.front();
    if (auto v = parts.take("view")) {
        const std::optional<ViewKind> view = parse_view(*v);
        std::string names;
        for (ViewKind kind : views) names += cat(names.empty() ? "" : text(lang, "msg.list.separator"), name(kind));
        if (!view || std::find(views.begin(), views.end(), *view) == views.end()) {
            return bad_value("view", *v, tr(lang, "msg.value.choice", names), lang);
        }
        scene.view.kind = *view;
    }
    if (auto v = parts.take("values")) {
        const std::optional<bool> shown = flag_of(*v);
        if (!shown) return bad_value("values", *v, tr(lang, "msg.link.value.flag"), lang);
        scene.view.show_values = *shown;
    }
    if (auto v = parts.take("ck")) {
        const std::optional<CompareKernel> kernel = parse_compare_kernel(*v);
        if (!kernel) return bad_value("ck", *v, tr(lang, "msg.value.choice", "bilinear, ones"), lang);
        scene.view.compare_kernel = *kernel;
    }
    const std::optional<Scene> preset = scene.id.empty() ? std::nullopt : find_preset(scene.id);
    if (auto v = parts.take("title")) {
        auto title = text_part("title", *v, text_limits.title, lang);
        if (auto* e = std::get_if<Error>(&title)) return *e;
        scene.title = std::move(std::get<std::string>(title));
    } else if (preset) {
        scene.title = preset->title;
    }
    LinkedScene linked;
    if (auto v = parts.take("t")) {
        const std::optional<double> t = real_number(*v);
        if (!t || *t < 0.0) return bad_value("t", *v, tr(lang, "msg.link.value.time"), lang);
        linked.t = *t;
    }
    const std::optional<std::string_view> x = parts.take("x");
    const std::optional<std::string_view> w = conv ? parts.take("w") : std::nullopt;
    const std::optional<std::string_view> b = conv ? parts.take("b") : std::nullopt;
    if (const Parts::Part* unknown = parts.left_over()) {
        return Error{tr(lang, "msg.link.unknown_key", excerpt(unknown->key), op_name(scene.params), keys_of(scene.params, lang))};
    }

    // The tensors: their shapes, checked before anything is allocated, then their values.
    Shape weight_shape;
    if (conv) {
        Result<Shape> shape = layer_weight_shape(scene.params, sizes.input[1], sizes.out_channels, sizes.kernel, lang);
        if (!shape) return Error{tr(lang, "msg.link.invalid", shape.error())};
        weight_shape = std::move(shape).value();
    }
    const DefaultValues defaults_found = default_values(scene, sizes, lang);
    const OpInputs& defaults_of_values = defaults_found.values;
    const auto values = [&](std::string_view key, std::string_view noun, const std::optional<std::string_view>& given,
                            const Shape& shape, const std::optional<Tensor>& fallback) -> Result<Tensor> {
        if (!given) {
            if (fallback && fallback->shape() == shape) return *fallback;
            // No new scene has this configuration: the rule it breaks says more than "no values".
            if (!defaults_found.refused.empty()) return Error{tr(lang, "msg.link.invalid", defaults_found.refused)};
            return Error{tr(lang, "msg.link.values_missing", noun, key)};
        }
        auto decoded = decode_values(*given, static_cast<size_t>(element_count(shape)), lang);
        if (auto* why = std::get_if<std::string>(&decoded)) {
            return Error{tr(lang, "msg.link.values_damaged", noun, key, *why)};
        }
        return Tensor(shape, std::move(std::get<std::vector<double>>(decoded)));
    };
    const std::optional<Tensor> fresh_input =
        defaults_of_values.input.rank() == 4 ? std::optional<Tensor>(defaults_of_values.input) : std::nullopt;
    Result<Tensor> input = values("x", text(lang, "msg.noun.input"), x, sizes.input, fresh_input);
    if (!input) return Error{input.error()};
    scene.tensors.input = std::move(input).value();
    if (conv) {
        Result<Tensor> weight = values("w", text(lang, "msg.link.noun.weight"), w, weight_shape, defaults_of_values.weight);
        if (!weight) return Error{weight.error()};
        scene.tensors.weight = std::move(weight).value();
        if (sizes.has_bias) {
            Result<Tensor> bias =
                values("b", text(lang, "msg.link.noun.bias"), b, Shape{sizes.out_channels}, defaults_of_values.bias);
            if (!bias) return Error{bias.error()};
            scene.tensors.bias = std::move(bias).value();
        } else if (b) {
            return Error{tr(lang, "msg.link.bias_without_flag")};
        }
    }
    if (auto e = validate(scene, lang)) return Error{tr(lang, "msg.link.invalid", *e)};
    linked.scene = std::move(scene);
    return linked;
}

}  // namespace convviz
