// The GLSL sources of shaders/, embedded at build time (CMake generates the definition), so the
// executable runs from any directory. Compiling them is gl_objects' job.
#pragma once

#include <string_view>

namespace convviz {

// The text of shaders/NAME (e.g. "cells.vert"); empty if there is no such file.
std::string_view shader_source(std::string_view name);

}  // namespace convviz
