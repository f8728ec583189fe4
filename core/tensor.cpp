#include "core/tensor.hpp"

#include <limits>

#include "core/text.hpp"

namespace convviz {

int64_t element_count(const Shape& shape) {
    int64_t count = 1;
    for (int64_t d : shape) count *= d;
    return count;
}

std::string to_string(const Shape& shape) { return bracketed(shape); }

Tensor unwritten(Shape shape) {
    return Tensor(std::move(shape), std::numeric_limits<double>::quiet_NaN());
}

}  // namespace convviz
