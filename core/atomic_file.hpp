// Writing a file so that it is either wholly there or untouched: the contents go to a temporary
// name in the same folder, are flushed, then renamed over the target. Nothing else.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/lang.hpp"

namespace convviz {

// The error, in plain words in `lang` naming the path, or nothing on success.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view contents,
                                                 Lang lang = Lang::en);

}  // namespace convviz
