// One export in progress: the scene's planned frames (core's frame plan) composed at the export
// size, drawn by the canvas' own FrameRenderer into an offscreen target, read back and handed to
// the format's sink on worker threads (one per core for a PNG sequence, one for the ordered GIF and
// MP4; with no threads to be had, as in a browser page, by the caller itself). The caller drives the drawing on its GL thread in slices (advance), so that the app's
// window keeps drawing between them. Dropping an unfinished Exporter stops it and removes whatever
// it wrote.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/export/frame_sink.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/render_target.hpp"
#include "core/frame/compose.hpp"
#include "core/frame/frame_plan.hpp"
#include "core/i18n/lang.hpp"
#include "core/scene.hpp"

namespace convviz {

inline constexpr int kMinExportSide = 16;
inline constexpr int kMaxExportSide = 8192;
inline constexpr double kMaxGifFps = 50.0;

struct ExportSettings {
    std::string path;               // .gif, .png (a numbered sequence) or .mp4
    int width = 960;
    int height = 540;
    double seconds_per_step = 1.0;  // a transition takes 1.5 steps; the final state stays one step
    FramePlanParams plan;
    ThemeKind theme = ThemeKind::light;
    bool labels = true;             // titles, labels, formulas and captions
    bool transparent = false;       // no page behind the frame (GIF, PNG)
    int loop = 0;                   // GIF: plays in all, 0 for ever
    bool replace = false;           // an existing file may be replaced
    Lang lang = Lang::en;           // the frames' words; the renderer's font is switched to it
};

// What is wrong with the settings themselves, before a scene is looked at: the size, the format
// (from the path's extension), the pace, a GIF's frame rate, a loop count outside a GIF.
std::optional<std::string> check_settings(const ExportSettings& settings);

// The frames an export of `scene` shows, with their times: what start() will draw.
Result<std::vector<PlannedFrame>> planned_frames(const Scene& scene, const ExportSettings& settings);

struct ExportProgress {
    int64_t total = 0;
    int64_t rendered = 0;
    int64_t written = 0;
};

class Exporter {
public:
    // Needs the renderer's GL context current. Fails, in plain words, on bad settings, an invalid
    // scene, an unwritable or existing destination, a missing ffmpeg, a missing Chinese font.
    // Leaves the renderer in settings.lang (FrameRenderer::use_lang; nothing to do when it is the app's).
    static Result<std::unique_ptr<Exporter>> start(const Scene& scene, const ExportSettings& settings,
                                                   FrameRenderer& renderer);
    ~Exporter();
    Exporter(const Exporter&) = delete;
    Exporter& operator=(const Exporter&) = delete;

    // Draws frames for about `budget` (at least one when the workers have room), waiting for them
    // only as long as the budget allows.
    void advance(std::chrono::steady_clock::duration budget);
    bool rendered_all() const { return next_ >= static_cast<int64_t>(plan_.size()); }
    ExportProgress progress() const;
    std::optional<std::string> error() const;  // a worker's failure, as soon as there is one
    // After rendered_all(): waits for the workers and puts the file in place.
    std::optional<std::string> finish();
    // The same on a thread of its own, so that a window is not held up by ffmpeg's last seconds or
    // a sync; finished() is empty until it is done, then holds finish()'s outcome (once).
    void finish_in_background();
    std::optional<std::optional<std::string>> finished();
    // finish_in_background() has begun: the file is being put in place, too late to cancel.
    bool finishing() const { return finishing_; }
    const std::vector<PlannedFrame>& plan() const { return plan_; }
    // From another thread, for a process about to end on a signal: stops the writers' output and
    // removes the temporary file or folder now, whatever the drawing and the encoders are doing
    // (the caller ends the process instead of waiting for them). True when the file was already
    // in place, whole.
    bool discard_now();

private:
    struct Job {
        int64_t index = 0;
        Image image;
        double seconds = 0.0;
    };

    Exporter(Composer composer, std::vector<PlannedFrame> plan, RenderTarget target, FrameRenderer& renderer,
             const ExportSettings& settings);
    Image render(int64_t index);
    void work();
    void write(const Job& job);  // hands the frame to the sink (a worker, or advance() when there are none)
    void stop_workers();

    Composer composer_;
    std::vector<PlannedFrame> plan_;
    RenderTarget target_;
    FrameRenderer& renderer_;
    ExportSettings settings_;
    Frame frame_;
    int64_t next_ = 0;

    std::unique_ptr<FrameSink> sink_;
    mutable std::mutex mutex_;
    std::condition_variable has_job_;
    std::condition_variable has_room_;
    std::deque<Job> queue_;
    size_t capacity_ = 2;
    bool closing_ = false;
    std::optional<std::string> error_;
    std::atomic<int64_t> written_{0};
    std::vector<std::thread> workers_;
    std::thread finisher_;
    bool finishing_ = false;
    bool finished_ = false;                 // under mutex_
    std::optional<std::string> outcome_;    // under mutex_

};

}  // namespace convviz
