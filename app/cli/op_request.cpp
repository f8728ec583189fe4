#include "app/cli/op_request.hpp"

#include <charconv>
#include <cmath>
#include <vector>

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
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || ec != std::errc{} || end != part.data() + part.size()) {
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

Conv2dPadding conv_padding(const std::string& text) {
    if (text == "same") return {PaddingKind::same, {0, 0}};
    if (text == "valid") return {PaddingKind::valid, {0, 0}};
    return {PaddingKind::pair, pair(text, "--padding")};
}

// Validation is the op's job; this only turns text into params and shapes.
Result<BuiltOp> build(const OpRequest& r) {
    auto defaults = default_params(r.op);
    if (!defaults) {
        std::string known;
        for (const char* const* n = op_names(); *n; ++n) known += cat(known.empty() ? "" : ", ", *n);
        return Error{cat("unknown op '", excerpt(r.op), "'; known: ", known)};
    }
    BuiltOp b{*defaults, {input_shape(r.input), std::nullopt, std::nullopt, std::nullopt}, {3, 3}, 1};
    const Pair kernel = pair(r.kernel, "--kernel");
    const std::optional<Pair> stride = r.stride.empty() ? std::nullopt : std::optional(pair(r.stride, "--stride"));

    auto conv_fields = [&](Conv2dParams& p) {
        p.stride = stride.value_or(Pair{1, 1});
        p.padding = conv_padding(r.padding);
        p.dilation = pair(r.dilation, "--dilation");
        p.groups = integer(r.groups, "--groups");
        auto mode = parse_padding_mode(r.padding_mode);
        if (!mode) throw BadOption{cat("--padding-mode takes zeros, reflect, replicate or circular, not '", excerpt(r.padding_mode), "'")};
        p.padding_mode = *mode;
    };
    if (auto* p = std::get_if<Conv2dParams>(&b.params)) conv_fields(*p);
    if (auto* p = std::get_if<Conv2dMatrixParams>(&b.params)) conv_fields(p->conv);
    if (auto* p = std::get_if<ConvTranspose2dParams>(&b.params)) {
        p->stride = stride.value_or(Pair{1, 1});
        p->padding = pair(r.padding, "--padding");
        p->output_padding = pair(r.output_padding, "--output-padding");
        p->dilation = pair(r.dilation, "--dilation");
        p->groups = integer(r.groups, "--groups");
    }
    if (auto* p = std::get_if<MaxPool2dParams>(&b.params)) {
        *p = {kernel, stride, pair(r.padding, "--padding"), pair(r.dilation, "--dilation"), r.ceil_mode};
    }
    if (auto* p = std::get_if<AvgPool2dParams>(&b.params)) {
        *p = {kernel, stride, pair(r.padding, "--padding"), r.ceil_mode,
              truth(r.count_include_pad, "--count-include-pad"),
              r.divisor_override.empty() ? std::nullopt
                                         : std::optional(integer(r.divisor_override, "--divisor-override"))};
    }
    if (auto* p = std::get_if<MaxUnpool2dParams>(&b.params)) {
        *p = {kernel, stride, pair(r.padding, "--padding"),
              r.output_size.empty() ? std::nullopt : std::optional(pair(r.output_size, "--output-size"))};
        b.shapes.indices = b.shapes.input;
    }
    if (auto* p = std::get_if<UpsampleParams>(&b.params)) {
        auto mode = parse_upsample_mode(r.mode);
        if (!mode) throw BadOption{cat("--mode takes nearest, nearest-exact, bilinear or bicubic, not '", excerpt(r.mode), "'")};
        p->mode = *mode;
        p->size = r.size.empty() ? std::nullopt : std::optional(pair(r.size, "--size"));
        p->scale_factor.reset();
        if (!r.scale_factor.empty()) {
            const auto f = numbers<double>(r.scale_factor, "--scale-factor");
            if (f.size() > 2) throw BadOption{cat("--scale-factor takes F or FH,FW, but got '", excerpt(r.scale_factor), "'")};
            p->scale_factor = ScaleFactor{f[0], f.size() == 2 ? f[1] : f[0]};
        }
        if (!r.align_corners.empty()) p->align_corners = truth(r.align_corners, "--align-corners");
    }
    if (auto* p = std::get_if<PixelShuffleParams>(&b.params)) p->upscale_factor = integer(r.factor, "--factor");
    if (auto* p = std::get_if<PixelUnshuffleParams>(&b.params)) p->downscale_factor = integer(r.factor, "--factor");

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

Result<BuiltOp> build_op(const OpRequest& request) {
    try {
        return build(request);
    } catch (const BadOption& e) {
        return Error{e.message};
    }
}

}  // namespace convviz
