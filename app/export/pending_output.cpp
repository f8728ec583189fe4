#include "app/export/pending_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "app/export/file_calls.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

namespace fs = std::filesystem;

std::string folder_of(const std::string& path) {
    const fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

std::string why() { return std::strerror(errno); }

// Writes all of it, through short writes and signals; the reason when it cannot.
std::optional<std::string> write_all(int fd, const uint8_t* data, size_t size) {
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? why() : std::string("nothing could be written");
        done += static_cast<size_t>(n);
    }
    return std::nullopt;
}

// A new, empty temporary file beside `path`: ".NAME.XXXXXX.part". Readable as an ordinary file
// once in place (mkstemp makes it 0600).
Result<std::pair<std::string, int>> make_temp_file(const std::string& path) {
    std::string name = (fs::path(folder_of(path)) / cat(".", fs::path(path).filename().string(), ".XXXXXX.part")).string();
    const int fd = ::mkostemps(name.data(), 5, O_CLOEXEC);
    if (fd < 0) return Error{cat("cannot write ", path, ": ", why())};
    ::fchmod(fd, 0644);
    return std::pair{name, fd};
}

// Renames without replacing unless allowed. Where the file system cannot rename without replacing,
// a hard link (which fails on an existing name) and an unlink do the same.
std::optional<std::string> move_into_place(const std::string& from, const std::string& to, bool replace) {
    if (replace) {
        if (std::rename(from.c_str(), to.c_str()) == 0) return std::nullopt;
        return cat("cannot write ", to, ": ", why());
    }
    if (rename_without_replacing(from, to) == 0) return std::nullopt;
    if (errno == EINVAL || errno == ENOSYS) {
        if (::link(from.c_str(), to.c_str()) == 0) {
            ::unlink(from.c_str());
            return std::nullopt;
        }
    }
    if (errno == EEXIST) return cat(to, " appeared while the export ran; it was left as it is (replace it with --force)");
    return cat("cannot write ", to, ": ", why());
}

}  // namespace

std::string written_path(const std::string& path) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) return path;
    const fs::path target = fs::canonical(path, ec);
    return ec ? path : target.string();
}

std::optional<std::string> check_destination(const std::string& path, bool replace) {
    if (path.empty()) return "no output file was given";
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec)) && !fs::exists(fs::status(path, ec))) {
        // As GNU cp: never through a link to nothing (a link in a shared folder could aim the
        // file anywhere), and never over the link either, which was someone's choice.
        return cat("cannot write ", path, ": it is a symbolic link to ", fs::read_symlink(path, ec).string(),
                   ", which does not exist; give the file's own name, or remove the link");
    }
    if (const std::string target = written_path(path); target != path) return check_destination(target, replace);
    const fs::file_status status = fs::status(path, ec);
    if (fs::is_directory(status)) return cat("cannot write ", path, ": it is a folder; give a file name");
    if (fs::exists(status) && !replace) return cat(path, " already exists; replacing it must be asked for (--force)");
    const std::string folder = folder_of(path);
    if (!fs::is_directory(folder, ec)) return cat("cannot write ", path, ": the folder ", folder, " does not exist");
    // Root passes every permission check, so only a real attempt tells.
    Result<std::pair<std::string, int>> probe = make_temp_file(path);
    if (!probe) return probe.error();
    ::close(probe.value().second);
    ::unlink(probe.value().first.c_str());
    return std::nullopt;
}

Result<PendingFile> PendingFile::create(const std::string& given_path, bool replace) {
    if (std::optional<std::string> problem = check_destination(given_path, replace)) return Error{*problem};
    // Through a link: the file it points to is replaced, in its own folder, and the link stays.
    const std::string path = written_path(given_path);
    Result<std::pair<std::string, int>> temp = make_temp_file(path);
    if (!temp) return Error{temp.error()};
    PendingFile file;
    file.path_ = path;
    file.temp_ = temp.value().first;
    file.fd_ = temp.value().second;
    file.replace_ = replace;
    file.buffer_.reserve(1 << 16);
    return file;
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)), fd_(other.fd_), replace_(other.replace_),
      committed_(other.committed_), discarded_(other.discarded_), lock_(std::move(other.lock_)),
      buffer_(std::move(other.buffer_)), error_(std::move(other.error_)) {
    other.fd_ = -1;
    other.temp_.clear();
}

PendingFile::~PendingFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
}

std::optional<std::string> PendingFile::flush() {
    const std::optional<std::string> failed = write_all(fd_, buffer_.data(), buffer_.size());
    buffer_.clear();
    if (failed) error_ = cat("cannot write ", path_, ": ", *failed);
    return error_;
}

std::optional<std::string> PendingFile::write(const void* data, size_t size) {
    if (error_) return error_;
    if (fd_ < 0) return error_ = cat("cannot write ", path_, ": the file is closed");
    const auto* bytes = static_cast<const uint8_t*>(data);
    buffer_.insert(buffer_.end(), bytes, bytes + size);
    if (buffer_.size() >= (1 << 16)) return flush();
    return std::nullopt;
}

void PendingFile::close_for_others() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

bool PendingFile::discard() {
    std::lock_guard lock(*lock_);
    if (committed_) return true;
    if (!discarded_ && !temp_.empty()) ::unlink(temp_.c_str());
    discarded_ = true;
    return false;
}

std::optional<std::string> PendingFile::commit() {
    std::lock_guard lock(*lock_);
    if (discarded_) return error_ = cat("cannot write ", path_, ": the export was stopped");
    if (error_) return error_;
    if (fd_ < 0) fd_ = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);  // another process wrote it
    if (fd_ >= 0) {
        if (std::optional<std::string> e = flush()) return e;
        const bool synced = ::fsync(fd_) == 0;
        const bool closed = ::close(fd_) == 0;
        fd_ = -1;
        if (!synced || !closed) return error_ = cat("cannot write ", path_, ": ", why());
    }
    if (std::optional<std::string> e = move_into_place(temp_, path_, replace_)) return error_ = e;
    committed_ = true;
    return std::nullopt;
}

Result<PendingSequence> PendingSequence::create(std::vector<std::string> names, bool replace) {
    if (names.empty()) return Error{"a sequence of no files cannot be written"};
    for (const std::string& name : names) {
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(name, ec))) {
            return Error{cat("cannot write ", name, ": it is a symbolic link, and a PNG sequence's frames are files of "
                             "their own; remove the link")};
        }
        if (fs::exists(name, ec) && !replace) return Error{cat(name, " already exists; replacing it must be asked for (--force)")};
    }
    if (std::optional<std::string> problem = check_destination(names.front(), true)) return Error{*problem};
    std::string folder = (fs::path(folder_of(names.front())) / cat(".", fs::path(names.front()).stem().string(), ".part-XXXXXX")).string();
    if (::mkdtemp(folder.data()) == nullptr) return Error{cat("cannot write ", names.front(), ": ", why())};
    ::chmod(folder.c_str(), 0755);
    PendingSequence sequence;
    sequence.names_ = std::move(names);
    sequence.folder_ = std::move(folder);
    sequence.replace_ = replace;
    return sequence;
}

PendingSequence::PendingSequence(PendingSequence&& other) noexcept
    : names_(std::move(other.names_)), folder_(std::move(other.folder_)), replace_(other.replace_),
      committed_(other.committed_), discarded_(other.discarded_), lock_(std::move(other.lock_)) {
    other.folder_.clear();
}

PendingSequence::~PendingSequence() {
    if (folder_.empty()) return;
    std::error_code ec;
    fs::remove_all(folder_, ec);
}

std::string PendingSequence::temp_name(size_t i) const {
    return (fs::path(folder_) / fs::path(names_[i]).filename()).string();
}

std::optional<std::string> PendingSequence::write(size_t i, const std::string& bytes) const {
    const std::string temp = temp_name(i);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return cat("cannot write ", names_[i], ": ", why());
    if (std::optional<std::string> failed = write_all(fd, reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size())) {
        ::close(fd);
        return cat("cannot write ", names_[i], ": ", *failed);
    }
    if (::close(fd) != 0) return cat("cannot write ", names_[i], ": ", why());
    return std::nullopt;
}

bool PendingSequence::discard() {
    std::lock_guard lock(*lock_);
    if (committed_) return true;
    if (!discarded_) {
        // A writer may add a file between the listing and the folder's removal: again, until the
        // folder is gone (then no file can be made in it).
        std::error_code ec;
        for (int tries = 0; tries < 100 && fs::exists(folder_, ec); ++tries) fs::remove_all(folder_, ec);
    }
    discarded_ = true;
    return false;
}

std::optional<std::string> PendingSequence::commit() {
    std::lock_guard lock(*lock_);
    if (discarded_) return cat("cannot write ", names_.front(), ": the export was stopped");
    // One sync for the whole folder rather than one per file.
    const int dir = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0 || sync_file_system(dir) != 0) {
        const std::string reason = why();
        if (dir >= 0) ::close(dir);
        return cat("cannot write ", names_.front(), ": ", reason);
    }
    ::close(dir);
    for (size_t i = 0; i < names_.size(); ++i) {
        if (std::optional<std::string> e = move_into_place(temp_name(i), names_[i], replace_)) {
            // All or nothing: the frames already moved go again (files they replaced are gone).
            for (size_t j = 0; j < i; ++j) ::unlink(names_[j].c_str());
            return e;
        }
    }
    committed_ = true;
    return std::nullopt;
}

}  // namespace convviz
