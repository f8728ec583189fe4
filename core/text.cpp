#include "core/text.hpp"

#include <charconv>
#include <cmath>

namespace convviz {

std::string bracketed(const std::vector<int64_t>& values) {
    std::string out = "[";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(values[i]);
    }
    return out + "]";
}

std::string exact_number(double value) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc{}) return std::to_string(value);
    return std::string(buffer, end);
}

}  // namespace convviz
