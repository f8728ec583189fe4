// File → Export…: the export's settings — format, file, size, frames (one per step, tweens or a
// fixed rate), pace, range, theme, labels, transparency, loop — then its progress with Cancel while
// the app goes on drawing and playing. The frames are the canvas' own: the same scene and view,
// composed at the chosen size and drawn by the canvas' renderer offscreen. The panel holds the
// dialog's state and the running Exporter; the drawing is the Exporter's.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "app/export/exporter.hpp"
#include "app/model/app_state.hpp"
#include "app/render/frame_renderer.hpp"

namespace convviz {

class ExportPanel {
public:
    // Opens the dialog for the scene on screen, with the canvas' theme and labels and its size.
    void open(const AppState& state, const RenderOptions& canvas, int canvas_width, int canvas_height);
    // The dialog, when open, and a slice of the running export (a few milliseconds a frame).
    void draw(const AppState& state, FrameRenderer& renderer);
    // What the Export button does: starts with the dialog's settings; the reason when it cannot.
    std::optional<std::string> start(const AppState& state, FrameRenderer& renderer);
    // Stops; nothing is left under the file's name. Once every frame is written and the file is
    // being put in place, too late: waits for that and says what was written.
    void cancel();
    // A slice of the running export (draw() takes one every frame); completes it once every frame
    // is written.
    void step();

    bool visible() const { return visible_; }
    bool running() const { return exporter_ != nullptr; }
    // Whether the Export button was enabled when the dialog was last drawn (the monkey test
    // presses it only then, as a hand could).
    bool can_start() const { return visible_ && !running() && ready_; }
    bool can_cancel() const { return running() && !exporter_->finishing(); }  // the Cancel button is enabled
    std::optional<ExportProgress> progress() const;
    // The last export's outcome in a line: what was written, or why not. Empty before any.
    const std::string& result() const { return result_; }
    bool succeeded() const { return succeeded_; }
    int64_t starts() const { return starts_; }    // exports started since the app opened
    int64_t cancels() const { return cancels_; }  // of which cancelled

    ExportSettings settings;  // public: the app's --export-to presets it
    void set_path(const std::string& path);
    void use_canvas_size() { settings.width = canvas_width_; settings.height = canvas_height_; }

private:
    ExportSettings chosen() const;  // the settings as the dialog's toggles have them
    void draw_settings(const AppState& state, FrameRenderer& renderer);
    void draw_progress();
    void complete(const std::optional<std::string>& error);  // the export ended, written or failed

    bool visible_ = false;
    bool focus_ = false;
    char path_[1024] = {};
    int format_ = 0;           // ExportFormat as an int, for the radio buttons
    bool by_rate_ = false;     // frames at a fixed rate rather than one per step
    bool ranged_ = false;      // only part of the animation
    int canvas_width_ = 960;
    int canvas_height_ = 540;
    bool existing_ = false;  // a file the export would write exists
    std::pair<std::string, size_t> existing_for_;  // the path and frame count existing_ was found for
    std::unique_ptr<Exporter> exporter_;
    std::chrono::steady_clock::time_point started_;
    std::string result_;
    bool succeeded_ = false;
    int64_t starts_ = 0;
    int64_t cancels_ = 0;
    bool ready_ = false;     // the settings plan and nothing would be replaced unasked
    Lang lang_ = Lang::en;  // the app's language at the last open(), start() or draw(): result()'s words
};

}  // namespace convviz
