// How much work running a valid configuration takes, roughly: the targets run only small ones, so
// that each fuzz run stays in the milliseconds (the size limits themselves are tested elsewhere).
#pragma once

#include <algorithm>
#include <cstdint>

#include "core/op.hpp"

namespace convviz::fuzz {

// Multiply-adds, roughly: every output and input cell times one weight plane (16 without weights).
inline int64_t rough_work(const OpParams& params, const OpShapes& shapes) {
    const int64_t per_output =
        shapes.weight ? element_count(*shapes.weight) / std::max<int64_t>((*shapes.weight)[0], 1) : 16;
    return (element_count(output_shape(params, shapes)) + element_count(shapes.input)) * (per_output + 1);
}

}  // namespace convviz::fuzz
