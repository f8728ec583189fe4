#include "app/export/mp4_sink.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "app/export/pending_output.hpp"
#include "core/text.hpp"

extern char** environ;

namespace convviz {

namespace {

std::string hex_colour(uint32_t rgb) {
    char text[10];
    std::snprintf(text, sizeof text, "0x%06X", rgb & 0xFFFFFFu);
    return text;
}

// The last few lines ffmpeg wrote to its log, for an error message.
std::string tail(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) lines.push_back(line);
    }
    std::string out;
    for (size_t i = lines.size() > 3 ? lines.size() - 3 : 0; i < lines.size(); ++i) out += (out.empty() ? "" : " / ") + lines[i];
    return out.empty() ? "it said nothing" : out;
}

// How long ffmpeg may take neither a frame nor make any progress on the file before it is
// thought stuck (ffmpeg that waits for something else than its input, or hangs).
constexpr int kStallSeconds = 10;

class Mp4Sink final : public FrameSink {
public:
    Mp4Sink(PendingFile file, const SinkParams& params, double rate) : file_(std::move(file)), params_(params), rate_(rate) {}

    ~Mp4Sink() override {
        if (pipe_ >= 0) ::close(pipe_);
        if (const pid_t pid = pid_.exchange(-1); pid > 0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
        if (!log_.empty()) ::unlink(log_.c_str());
    }

    // The worker's write then fails with EPIPE. The child is reaped by the worker or the destructor.
    void abort() override {
        if (const pid_t pid = pid_.load(); pid > 0) ::kill(pid, SIGKILL);
    }

    bool discard() override {
        abort();
        if (!log_.empty()) ::unlink(log_.c_str());
        return file_.discard();
    }

    std::optional<std::string> start(const std::string& ffmpeg) {
        char log_name[] = "/tmp/convviz-ffmpeg-XXXXXX";
        const int log_fd = ::mkstemp(log_name);
        if (log_fd < 0) return cat("cannot start ffmpeg: no log file in /tmp: ", std::strerror(errno));
        log_ = log_name;
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            ::close(log_fd);
            return cat("cannot start ffmpeg: ", std::strerror(errno));
        }
        file_.close_for_others();
        const std::string size = cat(params_.width, "x", params_.height);
        char rate_text[32];
        std::snprintf(rate_text, sizeof rate_text, "%.6f", rate_);
        const std::string filter = cat("pad=ceil(iw/2)*2:ceil(ih/2)*2:0:0:color=", hex_colour(params_.page));
        std::vector<std::string> args = {ffmpeg, "-hide_banner", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgba",
                                         "-s", size, "-framerate", rate_text, "-i", "pipe:0", "-vf", filter,
                                         "-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p",
                                         "-movflags", "+faststart", "-f", "mp4", "-y", "file:" + file_.temp_path()};
        std::vector<char*> argv;
        for (std::string& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);

        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
        posix_spawn_file_actions_adddup2(&actions, log_fd, 1);
        posix_spawn_file_actions_adddup2(&actions, log_fd, 2);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        // ffmpeg gets ordinary signals whatever this process ignores or blocks (SIGPIPE, SIGINT).
        sigset_t none, defaults;
        sigemptyset(&none);
        sigemptyset(&defaults);
        sigaddset(&defaults, SIGPIPE);
        sigaddset(&defaults, SIGINT);
        sigaddset(&defaults, SIGTERM);
        posix_spawnattr_setsigmask(&attributes, &none);
        posix_spawnattr_setsigdefault(&attributes, &defaults);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        pid_t pid = -1;
        const int spawned = ::posix_spawn(&pid, ffmpeg.c_str(), &actions, &attributes, argv.data(), environ);
        pid_ = spawned == 0 ? pid : -1;
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        ::close(fds[0]);
        ::close(log_fd);
        if (spawned != 0) {
            ::close(fds[1]);
            return cat("cannot start ", ffmpeg, ": ", std::strerror(spawned));
        }
        pipe_ = fds[1];
        // Writes that would block wait in poll(), so that an ffmpeg that stops reading is noticed.
        ::fcntl(pipe_, F_SETFL, ::fcntl(pipe_, F_GETFL) | O_NONBLOCK);
        return std::nullopt;
    }

    bool ordered() const override { return true; }

    std::optional<std::string> add(int64_t, const Image& image, double seconds) override {
        // Constant frame rate: each frame is repeated until the video's clock reaches its end.
        elapsed_ += seconds;
        const int64_t until = std::max<int64_t>(std::llround(elapsed_ * rate_), sent_ + 1);
        for (; sent_ < until; ++sent_) {
            size_t done = 0;
            while (done < image.rgba.size()) {
                const ssize_t n = ::write(pipe_, image.rgba.data() + done, image.rgba.size() - done);
                if (n > 0) {
                    done += static_cast<size_t>(n);
                    continue;
                }
                if (n < 0 && errno == EINTR) continue;
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    pollfd room{pipe_, POLLOUT, 0};
                    const int ready = ::poll(&room, 1, kStallSeconds * 1000);
                    if (ready == 0) return stalled("took no frame data");
                    if (ready < 0 && errno != EINTR) return died();
                    continue;  // room, or a broken pipe that the next write reports
                }
                return died();
            }
        }
        return std::nullopt;
    }

    std::optional<std::string> finish() override {
        ::close(pipe_);
        pipe_ = -1;
        // ffmpeg encodes what it holds and writes the index: as long as its file or its log grows,
        // it is working; kStallSeconds without either, it is stuck.
        const auto activity = [&] { return file_size(file_.temp_path()) + file_size(log_); };
        int64_t seen = activity();
        auto last_change = std::chrono::steady_clock::now();
        int status = 0;
        while (true) {
            const pid_t pid = pid_.load();
            if (pid <= 0) break;
            const pid_t ended = ::waitpid(pid, &status, WNOHANG);
            if (ended == pid || (ended < 0 && errno != EINTR)) {
                pid_ = -1;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (const int64_t now = activity(); now != seen) {
                seen = now;
                last_change = std::chrono::steady_clock::now();
            } else if (std::chrono::steady_clock::now() - last_change > std::chrono::seconds(kStallSeconds)) {
                return stalled("did nothing after the last frame");
            }
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return stopped(status);
        // An ffmpeg that says it succeeded must have written an MP4: its first box is 'ftyp'.
        char head[8] = {};
        std::ifstream written(file_.temp_path(), std::ios::binary);
        written.read(head, sizeof head);
        if (written.gcount() < 8 || std::memcmp(head + 4, "ftyp", 4) != 0) {
            return cat("ffmpeg ended without an error but wrote ", written.gcount() == 0 ? "nothing" : "no MP4", " for ",
                       params_.path, " (", sent_, " frames sent): ", tail(log_));
        }
        return file_.commit();
    }

private:
    // The pipe broke: ffmpeg is gone. Its exit status and last words say why.
    std::string died() {
        ::close(pipe_);
        pipe_ = -1;
        return stopped(reap());
    }

    // ffmpeg's exit status, once it has ended.
    int reap() {
        int status = 0;
        if (const pid_t pid = pid_.load(); pid > 0) ::waitpid(pid, &status, 0);
        pid_ = -1;
        return status;
    }

    // ffmpeg went quiet: it is killed, and the message says how long it was given.
    std::string stalled(const char* what) {
        abort();
        if (pipe_ >= 0) ::close(pipe_);
        pipe_ = -1;
        reap();
        return cat("ffmpeg ", what, " for ", kStallSeconds, " s and was stopped, after ", sent_, " frames of ",
                   params_.path, ": ", tail(log_));
    }

    static int64_t file_size(const std::string& path) {
        struct stat info{};
        return ::stat(path.c_str(), &info) == 0 ? static_cast<int64_t>(info.st_size) : -1;
    }

    std::string stopped(int status) const {
        const std::string how = WIFEXITED(status) ? cat("exit status ", WEXITSTATUS(status))
                                                  : cat("signal ", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
        return cat("ffmpeg stopped (", how, ") after ", sent_, " frames of ", params_.path, ": ", tail(log_));
    }

    PendingFile file_;
    SinkParams params_;
    double rate_;
    std::atomic<pid_t> pid_{-1};  // abort() reads it from another thread
    int pipe_ = -1;
    std::string log_;
    double elapsed_ = 0.0;
    int64_t sent_ = 0;
};

}  // namespace

std::optional<std::string> find_on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path != nullptr ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        const std::string candidate = cat(dir.empty() ? "." : dir, "/", program);
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return std::nullopt;
}

Result<std::unique_ptr<FrameSink>> make_mp4_sink(const SinkParams& params, double frame_rate) {
    if (params.transparent) {
        return Error{"an MP4 (H.264) has no transparency: export a GIF or a PNG sequence for a transparent page"};
    }
    const std::optional<std::string> ffmpeg = find_on_path("ffmpeg");
    if (!ffmpeg) {
        return Error{"MP4 export runs ffmpeg, which is not on PATH: install the Debian package 'ffmpeg' "
                     "(sudo apt install ffmpeg), or export a GIF or a PNG sequence"};
    }
    Result<PendingFile> file = PendingFile::create(params.path, params.replace);
    if (!file) return Error{file.error()};
    auto sink = std::make_unique<Mp4Sink>(std::move(file).value(), params, frame_rate);
    if (std::optional<std::string> e = sink->start(*ffmpeg)) return Error{*e};
    return std::unique_ptr<FrameSink>(std::move(sink));
}

}  // namespace convviz
