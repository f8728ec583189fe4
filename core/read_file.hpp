// Reading a whole file for the loaders (scenes, lessons, case files): its bytes, or why not, so
// each loader words the failure for its own kind of file. Nothing else.
#pragma once

#include <string>
#include <variant>

namespace convviz {

enum class ReadFailure { directory, unreadable };

std::variant<std::string, ReadFailure> read_whole_file(const std::string& path);

}  // namespace convviz
