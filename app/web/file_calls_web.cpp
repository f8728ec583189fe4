// The browser's side of app/export/file_calls.hpp: emscripten's memory file system.
#include "app/export/file_calls.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace convviz {

int rename_without_replacing(const std::string& from, const std::string& to) {
    // The page runs on one thread and nothing else writes its memory file system (which has no
    // hard links): no other writer can come between the look and the rename.
    if (::access(to.c_str(), F_OK) == 0) {
        errno = EEXIST;
        return -1;
    }
    return std::rename(from.c_str(), to.c_str());
}

int sync_file_system(int) { return 0; }  // memory: nothing to write out; the download is the copy kept

}  // namespace convviz
