// The browser's side of app/export/file_calls.hpp: emscripten's memory file system.
#include "app/export/file_calls.hpp"

#include <cerrno>

namespace convviz {

int rename_without_replacing(const std::string&, const std::string&) {
    errno = ENOSYS;  // the caller links and unlinks, which fails on an existing name as wanted
    return -1;
}

int sync_file_system(int) { return 0; }  // memory: nothing to write out; the download is the copy kept

}  // namespace convviz
