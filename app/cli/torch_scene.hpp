// `--torch LINE` on the command line (`convviz --torch`, `export --torch`, `shape --torch`): the
// scene one line of PyTorch sets (core/torch_line), read against the scene `convviz` opens, and
// its notes (the shapes, where the input came from, which part is shown) as the CLI prints them.
#pragma once

#include <iosfwd>
#include <string_view>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/torch_line.hpp"

namespace convviz {

// The error names the argument, what it expected and what it got, in `lang`.
Result<TorchLine> torch_scene(std::string_view line, Lang lang = Lang::en);

// Each note on its own line after `prefix` ("convviz shape: ").
void print_notes(const TorchLine& line, std::ostream& out, std::string_view prefix);

}  // namespace convviz
