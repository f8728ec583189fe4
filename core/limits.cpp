#include "core/limits.hpp"

#include "core/text.hpp"

namespace convviz {

std::optional<std::string> check_parameter(const char* name, int64_t value) {
    if (value > limits.parameter || value < -limits.parameter) {
        return cat(name, " (", value, ") is beyond ConvViz's limit of ", limits.parameter,
                   " in magnitude");
    }
    return std::nullopt;
}

std::optional<std::string> check_input_shape(const char* what, const Shape& shape) {
    if (shape.size() != 4) {
        return cat(what, " must have 4 dimensions (N, C, H, W), but its shape is ", to_string(shape));
    }
    static constexpr const char* names[] = {"batch size", "channel count", "height", "width"};
    const int64_t bounds[] = {limits.batch, limits.channels, limits.side, limits.side};
    for (size_t i = 0; i < 4; ++i) {
        if (shape[i] < 1) {
            return cat(what, " ", names[i], " must be at least 1, but it is ", shape[i]);
        }
        if (shape[i] > bounds[i]) {
            return cat(what, " ", names[i], " (", shape[i], ") is over ConvViz's limit of ",
                       bounds[i]);
        }
    }
    if (element_count(shape) > limits.elements) {
        return cat(what, " has ", element_count(shape), " cells, over ConvViz's limit of ",
                   limits.elements);
    }
    return std::nullopt;
}

std::optional<std::string> check_kernel_side(const char* axis, int64_t side) {
    if (side > limits.kernel) {
        return cat("the kernel ", axis, " (", side, ") is over ConvViz's limit of ", limits.kernel);
    }
    return std::nullopt;
}

std::optional<std::string> check_output_shape(const Shape& shape) {
    for (size_t axis = 2; axis < shape.size(); ++axis) {
        if (shape[axis] > limits.output_side) {
            return cat("the output ", axis == 2 ? "height" : "width", " would be ", shape[axis],
                       ", over ConvViz's limit of ", limits.output_side,
                       "; use a smaller input, stride or scale");
        }
    }
    if (element_count(shape) > limits.elements) {
        return cat("the output ", to_string(shape), " would have ", element_count(shape),
                   " cells, over ConvViz's limit of ", limits.elements);
    }
    return std::nullopt;
}

std::optional<std::string> check_work(int64_t multiply_adds) {
    if (multiply_adds > limits.multiply_adds) {
        return cat("this configuration needs ", multiply_adds,
                   " multiply-adds, over ConvViz's limit of ", limits.multiply_adds,
                   "; use fewer channels, a smaller input or a smaller kernel");
    }
    return std::nullopt;
}

}  // namespace convviz
