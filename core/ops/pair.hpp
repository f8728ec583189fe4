// Pair: a per-axis parameter (height, width), as PyTorch's 2-D layers take them.
// Just the value type and the axis names used in messages; no validation.
#pragma once

#include <cstdint>

namespace convviz {

struct Pair {
    int64_t h = 0;
    int64_t w = 0;

    int64_t operator[](int axis) const { return axis == 0 ? h : w; }
    int64_t& operator[](int axis) { return axis == 0 ? h : w; }
    bool operator==(const Pair&) const = default;
};

inline constexpr int kAxes[] = {0, 1};

inline const char* axis_name(int axis) { return axis == 0 ? "height" : "width"; }

}  // namespace convviz
