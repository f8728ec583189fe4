#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/text.hpp"

namespace convviz {

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view contents) {
    const std::string temp = cat(path, ".tmp-", getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return cat("cannot write ", path, ": ", std::strerror(errno));
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            std::remove(temp.c_str());
            return cat("cannot write ", path, ": ", why);
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(temp.c_str());
        return cat("cannot write ", path, ": ", why);
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(temp.c_str());
        return cat("cannot write ", path, ": ", why);
    }
    return std::nullopt;
}

}  // namespace convviz
