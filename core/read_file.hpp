// Reading a whole file for the loaders (scenes, lessons, settings, case files): its bytes, or why
// not, so each loader words the failure for its own kind of file. It never blocks on a pipe or
// reads a device: only a regular file is read, and at most text_limits.file_bytes of it.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "core/i18n/lang.hpp"

namespace convviz {

enum class ReadFailure {
    directory,    // a folder
    not_regular,  // a pipe (FIFO), a device (/dev/zero), a socket
    too_large,    // more than text_limits.file_bytes
    unreadable,   // missing, no permission, an I/O error
};

std::variant<std::string, ReadFailure> read_whole_file(const std::string& path);

// The message for `failure` in `lang`: the string table's "<prefix>.directory", ".not_regular",
// ".too_large" or ".unreadable" with the path and, for too_large, the limit in MiB.
std::string read_failure_message(ReadFailure failure, std::string_view prefix, const std::string& path, Lang lang);

}  // namespace convviz
