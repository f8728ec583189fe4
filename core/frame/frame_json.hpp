// A Frame as JSON, for `convviz frame` and for tests and tools that read frames without a
// display. Positions are rounded to 1/100 of a frame unit; values are exact. Writing only.
#pragma once

#include <string>

#include "core/frame/frame.hpp"

namespace convviz {

std::string frame_json(const Frame& frame, int indent = -1);  // indent < 0: one line

}  // namespace convviz
