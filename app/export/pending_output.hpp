// Where an export writes until its result is whole: a temporary file (or folder, for a PNG
// sequence) beside the destination, renamed into place at the end. An existing file is replaced only
// when asked. Dropped before commit(), it removes what it wrote, so a failed or cancelled export
// leaves nothing under the final name. Knows nothing of image formats.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace convviz {

// The file a write to `path` lands in: `path` itself, or the file a symbolic link there points to.
std::string written_path(const std::string& path);

class PendingFile {
public:
    // Fails, naming the path and the reason, when `path` exists and `replace` is false, or when its
    // folder is missing or not writable. A symbolic link is followed: the file it points to is
    // written (path() is that file) and the link stays; a link to nothing is refused.
    static Result<PendingFile> create(const std::string& path, bool replace);
    PendingFile(PendingFile&& other) noexcept;
    PendingFile& operator=(PendingFile&& other) = delete;
    PendingFile(const PendingFile&) = delete;
    ~PendingFile();  // removes the temporary file unless committed

    const std::string& path() const { return path_; }
    const std::string& temp_path() const { return temp_; }
    // Buffered; the first failure (a full disk, say) is returned now and by every later call.
    std::optional<std::string> write(const void* data, size_t size);
    // Lets another process (ffmpeg) write the temporary file by its name instead.
    void close_for_others();
    // Flushes, syncs and renames the temporary file onto path().
    std::optional<std::string> commit();
    // From any thread, for a process about to end (a signal): removes the temporary file at once,
    // whatever a writer is doing, and makes commit() fail. Waits for a commit() in progress and
    // then removes nothing; true when the file was committed (it is in place, whole).
    bool discard();

private:
    PendingFile() = default;
    std::optional<std::string> flush();

    std::string path_;
    std::string temp_;
    int fd_ = -1;
    bool replace_ = false;
    bool committed_ = false;                   // under *lock_
    bool discarded_ = false;                   // under *lock_
    std::unique_ptr<std::mutex> lock_ = std::make_unique<std::mutex>();  // commit() against discard()
    std::vector<uint8_t> buffer_;
    std::optional<std::string> error_;
};

// A numbered sequence of files, written into a temporary folder and moved into place together.
class PendingSequence {
public:
    // `names` are the final paths, all in one folder. Fails when the folder is missing or not
    // writable, when one of them exists and `replace` is false, or is a symbolic link.
    static Result<PendingSequence> create(std::vector<std::string> names, bool replace);
    PendingSequence(PendingSequence&& other) noexcept;
    PendingSequence& operator=(PendingSequence&& other) = delete;
    PendingSequence(const PendingSequence&) = delete;
    ~PendingSequence();  // removes the temporary folder and what is in it unless committed

    // Writes file i's bytes into the temporary folder; safe to call from several threads at once
    // for different i.
    std::optional<std::string> write(size_t i, const std::string& bytes) const;
    // Syncs and renames every file into place.
    std::optional<std::string> commit();
    // As PendingFile::discard(): the temporary folder removed now, even while writers are busy.
    bool discard();

private:
    PendingSequence() = default;
    std::string temp_name(size_t i) const;

    std::vector<std::string> names_;
    std::string folder_;
    bool replace_ = false;
    bool committed_ = false;                   // under *lock_
    bool discarded_ = false;                   // under *lock_
    std::unique_ptr<std::mutex> lock_ = std::make_unique<std::mutex>();
};

// The destination's problem in plain words (missing folder, not writable, exists without replace,
// a symbolic link to nothing), or nothing: what the Pending* classes check before anything is written.
std::optional<std::string> check_destination(const std::string& path, bool replace);

}  // namespace convviz
