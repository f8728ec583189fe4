#include "core/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"

namespace convviz {

namespace {

// Closes the descriptor on every way out.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

}  // namespace

std::variant<std::string, ReadFailure> read_whole_file(const std::string& path) {
    // Non-blocking, so that opening a FIFO with no writer returns at once; the type is then
    // checked on what was opened (fstat), not on the name, which could change in between.
    const Descriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (file.get() < 0) return errno == EISDIR ? ReadFailure::directory : ReadFailure::unreadable;
    struct stat info {};
    if (::fstat(file.get(), &info) != 0) return ReadFailure::unreadable;
    if (S_ISDIR(info.st_mode)) return ReadFailure::directory;
    if (!S_ISREG(info.st_mode)) return ReadFailure::not_regular;
    const size_t limit = text_limits.file_bytes;
    if (info.st_size < 0 || static_cast<uint64_t>(info.st_size) > limit) return ReadFailure::too_large;
    // The size can grow while the file is read: never more than limit + 1 bytes, which says "too large".
    std::string contents(static_cast<size_t>(info.st_size), '\0');
    size_t have = 0;
    while (true) {
        if (have == contents.size()) {
            if (contents.size() > limit) return ReadFailure::too_large;
            contents.resize(std::min(limit + 1, std::max<size_t>(contents.size() * 2, 4096)));
        }
        const ssize_t got = ::read(file.get(), contents.data() + have, contents.size() - have);
        if (got < 0) {
            if (errno == EINTR) continue;
            return ReadFailure::unreadable;
        }
        if (got == 0) break;
        have += static_cast<size_t>(got);
    }
    if (have > limit) return ReadFailure::too_large;
    contents.resize(have);
    return contents;
}

std::string read_failure_message(ReadFailure failure, std::string_view prefix, const std::string& path, Lang lang) {
    const std::string key(prefix);
    switch (failure) {
        case ReadFailure::directory: return tr(lang, key + ".directory", path);
        case ReadFailure::not_regular: return tr(lang, key + ".not_regular", path);
        case ReadFailure::too_large: return tr(lang, key + ".too_large", path, text_limits.file_bytes >> 20);
        case ReadFailure::unreadable: break;
    }
    return tr(lang, key + ".unreadable", path);
}

}  // namespace convviz
