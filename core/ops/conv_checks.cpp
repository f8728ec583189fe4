#include "core/ops/conv_checks.hpp"

#include <vector>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

std::optional<std::string> check_conv_weight(const Shape& weight, const char* layout, Lang lang) {
    if (weight.size() != 4) {
        return tr(lang, "msg.conv.weight_rank", layout, to_string(weight));
    }
    for (int64_t d : weight) {
        if (d < 1) return tr(lang, "msg.conv.weight_empty", to_string(weight));
    }
    if (auto e = check_kernel_side(0, weight[2], lang)) return e;
    return check_kernel_side(1, weight[3], lang);
}

std::optional<std::string> check_at_least(const char* name, Pair value, int64_t least, Lang lang) {
    for (int axis : kAxes) {
        if (value[axis] < least) {
            if (least == 0) return tr(lang, "msg.param.negative", name, value[axis], axis_name(axis, lang));
            return tr(lang, "msg.param.at_least", name, least, value[axis], axis_name(axis, lang));
        }
    }
    return std::nullopt;
}

std::optional<std::string> check_bounded(const char* name, Pair value, Lang lang) {
    if (auto e = check_parameter(name, value.h, lang)) return e;
    return check_parameter(name, value.w, lang);
}

std::optional<std::string> check_conv_work(int64_t multiply_adds, const Shape& input, const Shape& weight,
                                           bool channels, Lang lang) {
    auto e = check_work(multiply_adds, lang);
    if (!e) return e;
    std::vector<std::string> options;
    if (channels) options.push_back(tr(lang, "msg.work.channels"));
    if (input[0] > 1) options.push_back(tr(lang, "msg.work.batch"));
    if (input[2] * input[3] > 1) options.push_back(tr(lang, "msg.work.input"));
    if (weight[2] * weight[3] > 1) options.push_back(tr(lang, "msg.work.kernel"));
    switch (options.size()) {
        case 0: return e;  // nothing left to make smaller (not reached: such a layer is cheap)
        case 1: return *e + tr(lang, "msg.work.use", options[0]);
        case 2: return *e + tr(lang, "msg.work.use", tr(lang, "msg.list.two", options[0], options[1]));
        case 3:
            return *e + tr(lang, "msg.work.use", tr(lang, "msg.list.three", options[0], options[1], options[2]));
        default:
            return *e + tr(lang, "msg.work.use",
                           tr(lang, "msg.list.four", options[0], options[1], options[2], options[3]));
    }
}

std::optional<std::string> check_bias(const Shape* bias, int64_t out_channels, Lang lang) {
    if (bias != nullptr && (bias->size() != 1 || (*bias)[0] != out_channels)) {
        return tr(lang, "msg.conv.bias_shape", out_channels, to_string(*bias));
    }
    return std::nullopt;
}

}  // namespace convviz
