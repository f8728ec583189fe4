// `convviz export`: a scene's animation written as a GIF, a numbered PNG sequence or an MP4 with no
// window and no display (EGL surfaceless; a hidden GLFW window when EGL cannot be had), or every
// preset's into one folder. Everything is checked — settings, scenes, every destination — before
// the first frame is drawn. A progress bar on a terminal, silence otherwise; Ctrl-C or a kill stops
// it within a moment, even in the middle of a slow frame: the file being written is removed (with
// --all-presets, the ones already finished stay). An option given where it would do nothing (a
// --format without --all-presets, a --seed without --op) is refused, not ignored.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/op_request.hpp"

namespace convviz {

struct ExportRequest {
    std::string preset;             // one of: a preset,
    std::string scene_file;         // a scene file,
    OpRequest op;                   // an op from flags (op.op set),
    std::string all_presets;        // or every preset, into this folder
    std::string presets;            // with all_presets: "conv_arithmetic" or ids with commas; empty: all
    std::string format = "gif";     // with all_presets: gif, png or mp4
    std::string fill = "integers";  // an op's tensors: integers, normals, ones or arange
    std::string seed = "0";         // an op's fill: a whole number from 0 to 2^64 − 1
    std::string view;               // empty: the scene's own
    std::string output;             // -o: .gif, .png or .mp4
    std::string size = "960x540";
    double fps = 0.0;               // 0: one frame per step (and tweens)
    double seconds_per_step = 1.0;
    int tween = 0;
    std::optional<double> from;
    std::optional<double> to;
    std::string theme = "light";
    std::string lang = "en";        // the frames' words: en or zh-CN (not the locale's: scripts stay reproducible)
    bool transparent = false;
    bool no_labels = false;
    int loop = 0;
    bool force = false;
    bool verbose = false;
    bool progress = true;           // a bar when stderr is a terminal
    // The options named on the command line ("--format", "--seed", ...), so that one given where it
    // does nothing is refused rather than ignored; `op_options` are the op's flags (for --op only).
    std::vector<std::string> given;
    std::vector<std::string> op_options;
};

// 0 when every file was written; 2 with the reason on `err` (nothing left under a final name);
// 128 + the signal when interrupted (130 for Ctrl-C, 143 for a kill).
int run_export(const ExportRequest& request, std::ostream& out, std::ostream& err);

}  // namespace convviz
