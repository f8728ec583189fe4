#include "core/ops/conv_checks.hpp"

#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

std::optional<std::string> check_conv_weight(const Shape& weight, const char* layout) {
    if (weight.size() != 4) {
        return cat("the weight must have 4 dimensions ", layout, ", but its shape is ", to_string(weight));
    }
    for (int64_t d : weight) {
        if (d < 1) return cat("every dimension of the weight must be at least 1, but its shape is ", to_string(weight));
    }
    if (auto e = check_kernel_side("height", weight[2])) return e;
    return check_kernel_side("width", weight[3]);
}

std::optional<std::string> check_at_least(const char* name, Pair value, int64_t least) {
    for (int axis : kAxes) {
        if (value[axis] < least) {
            return cat(name, least == 0 ? " must not be negative" : cat(" must be at least ", least), ", but it is ",
                       value[axis], " on the ", axis_name(axis), " axis");
        }
    }
    return std::nullopt;
}

std::optional<std::string> check_bounded(const char* name, Pair value) {
    if (auto e = check_parameter(name, value.h)) return e;
    return check_parameter(name, value.w);
}

std::optional<std::string> check_bias(const Shape* bias, int64_t out_channels) {
    if (bias != nullptr && (bias->size() != 1 || (*bias)[0] != out_channels)) {
        return cat("the bias must hold one value per output channel, shape [", out_channels, "], but its shape is ",
                   to_string(*bias));
    }
    return std::nullopt;
}

}  // namespace convviz
