// Pair: a per-axis parameter (height, width), as PyTorch's 2-D layers take them.
// Just the value type and the axis names used in messages; no validation.
#pragma once

#include <cstdint>
#include <string>

#include "core/i18n/strings.hpp"

namespace convviz {

struct Pair {
    int64_t h = 0;
    int64_t w = 0;

    int64_t operator[](int axis) const { return axis == 0 ? h : w; }
    int64_t& operator[](int axis) { return axis == 0 ? h : w; }
    bool operator==(const Pair&) const = default;
};

inline constexpr int kAxes[] = {0, 1};

// The axis as messages name it: "height", "width"; "高度", "宽度".
inline std::string axis_name(int axis, Lang lang = Lang::en) {
    return axis == 0 ? tr(lang, "msg.axis.height") : tr(lang, "msg.axis.width");
}

}  // namespace convviz
