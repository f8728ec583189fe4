#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/i18n/strings.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// Why a write failed, in `lang`: the C library's words in English; the common causes translated
// in another language, the C library's words for the rest.
std::string why(int error, Lang lang) {
    if (lang != Lang::en) {
        switch (error) {
            case ENOENT: return tr(lang, "file.error.no_such_file");
            case EACCES:
            case EPERM: return tr(lang, "file.error.permission");
            case ENOSPC: return tr(lang, "file.error.disk_full");
            case EDQUOT: return tr(lang, "file.error.quota");
            case EROFS: return tr(lang, "file.error.read_only");
            case EISDIR: return tr(lang, "file.error.is_directory");
            case ENOTDIR: return tr(lang, "file.error.not_directory");
            case ENAMETOOLONG: return tr(lang, "file.error.name_too_long");
            default: break;
        }
    }
    return std::strerror(error);
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view contents, Lang lang) {
    const std::string temp = cat(path, ".tmp-", getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return tr(lang, "file.cannot_write", path, why(errno, lang));
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error = errno;
            ::close(fd);
            std::remove(temp.c_str());
            return tr(lang, "file.cannot_write", path, why(error, lang));
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        std::remove(temp.c_str());
        return tr(lang, "file.cannot_write", path, why(error, lang));
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        std::remove(temp.c_str());
        return tr(lang, "file.cannot_write", path, why(error, lang));
    }
    return std::nullopt;
}

}  // namespace convviz
