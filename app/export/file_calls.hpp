// The two file-system calls the export's atomic writing needs that are Linux's own: a rename that
// never replaces, and a sync of a whole file system. Each side has a file of its own:
// app/export/file_calls_linux.cpp (renameat2, syncfs) and app/web/file_calls_web.cpp (the browser's
// memory file system, which has neither and needs no sync).
#pragma once

#include <string>

namespace convviz {

// rename(from, to), failing with errno EEXIST when `to` exists; 0 or −1 as rename(2). Where the
// file system cannot (errno EINVAL or ENOSYS), the caller links and unlinks instead.
int rename_without_replacing(const std::string& from, const std::string& to);
// Writes out everything of the file system the open folder `dir` is on; 0 or −1 as syncfs(2).
int sync_file_system(int dir);

}  // namespace convviz
