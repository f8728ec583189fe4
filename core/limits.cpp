#include "core/limits.hpp"

#include "core/i18n/strings.hpp"
#include "core/ops/pair.hpp"
#include "core/text.hpp"

namespace convviz {

std::optional<std::string> check_parameter(const char* name, int64_t value, Lang lang) {
    if (value > limits.parameter || value < -limits.parameter) {
        return tr(lang, "msg.limit.parameter", name, value, limits.parameter);
    }
    return std::nullopt;
}

std::optional<std::string> check_input_shape(std::string_view what, const Shape& shape, Lang lang) {
    if (shape.size() != 4) {
        return tr(lang, "msg.limit.input_rank", what, to_string(shape));
    }
    const std::string names[] = {tr(lang, "msg.dim.batch"), tr(lang, "msg.dim.channels"), axis_name(0, lang),
                                 axis_name(1, lang)};
    const int64_t bounds[] = {limits.batch, limits.channels, limits.side, limits.side};
    for (size_t i = 0; i < 4; ++i) {
        if (shape[i] < 1) {
            return tr(lang, "msg.limit.dim_at_least_one", what, names[i], shape[i]);
        }
        if (shape[i] > bounds[i]) {
            return tr(lang, "msg.limit.dim_over", what, names[i], shape[i], bounds[i]);
        }
    }
    if (element_count(shape) > limits.elements) {
        return tr(lang, "msg.limit.cells", what, element_count(shape), limits.elements);
    }
    return std::nullopt;
}

std::optional<std::string> check_kernel_side(int axis, int64_t side, Lang lang) {
    if (side > limits.kernel) {
        return tr(lang, "msg.limit.kernel_side", axis_name(axis, lang), side, limits.kernel);
    }
    return std::nullopt;
}

std::optional<std::string> check_output_shape(const Shape& shape, Lang lang) {
    for (size_t axis = 2; axis < shape.size(); ++axis) {
        if (shape[axis] > limits.output_side) {
            return tr(lang, "msg.limit.output_side", axis_name(axis == 2 ? 0 : 1, lang), shape[axis],
                      limits.output_side);
        }
    }
    if (element_count(shape) > limits.elements) {
        return tr(lang, "msg.limit.output_cells", to_string(shape), element_count(shape), limits.elements);
    }
    return std::nullopt;
}

std::optional<std::string> check_work(int64_t multiply_adds, Lang lang) {
    if (multiply_adds > limits.multiply_adds) {
        return tr(lang, "msg.limit.work", multiply_adds, limits.multiply_adds);
    }
    return std::nullopt;
}

std::optional<std::string> check_text_length(std::string_view text, size_t limit, Lang lang) {
    const size_t length = utf8_length(text);
    if (length > limit) return tr(lang, "msg.field.too_long", length, limit);
    return std::nullopt;
}

}  // namespace convviz
