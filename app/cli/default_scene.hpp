// What `convviz` with no subcommand shows until the GUI exists: the built-in default scene (the
// d2l_tconv preset: the d2l.ai transposed convolution) computed both ways, as text.
#pragma once

#include <iosfwd>

namespace convviz {

int show_default_scene(std::ostream& out);

}  // namespace convviz
