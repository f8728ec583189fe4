#include "app/export/file_calls.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

namespace convviz {

int rename_without_replacing(const std::string& from, const std::string& to) {
    return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
}

int sync_file_system(int dir) { return ::syncfs(dir); }

}  // namespace convviz
