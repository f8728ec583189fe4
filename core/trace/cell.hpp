// Cell: one position (n, c, y, x) in an N×C×H×W tensor, as the traces name what they touch.
#pragma once

#include <cstdint>

namespace convviz {

struct Cell {
    int64_t n = 0;
    int64_t c = 0;
    int64_t y = 0;
    int64_t x = 0;
    bool operator==(const Cell&) const = default;
};

// Step k of a row-major walk over an N×C×H×W shape (k in [0, N·C·H·W)).
inline Cell cell_at(int64_t k, int64_t channels, int64_t height, int64_t width) {
    Cell cell;
    cell.x = k % width;
    k /= width;
    cell.y = k % height;
    k /= height;
    cell.c = k % channels;
    cell.n = k / channels;
    return cell;
}

}  // namespace convviz
