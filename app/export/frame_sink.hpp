// FrameSink: where an export's frames go — a GIF, a PNG sequence, an MP4 — and the settings every
// format shares. A sink writes to a temporary name and puts the result in place only in finish();
// destroyed unfinished (an error, a cancel), it leaves nothing under the final name. No GL here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace convviz {

// RGBA, straight (not premultiplied) alpha, top row first.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;
};

enum class ExportFormat { gif, png, mp4 };
const char* name(ExportFormat format);
// From the output's extension: .gif, .png (a numbered sequence), .mp4; none for anything else.
std::optional<ExportFormat> format_of(const std::string& path);

struct SinkParams {
    std::string path;
    int width = 0;
    int height = 0;
    int64_t frames = 0;           // how many add() will be given
    bool replace = false;         // an existing file may be replaced
    bool transparent = false;     // the page is see-through (GIF: one transparent colour; PNG: alpha)
    int loop = 0;                 // GIF: plays in all, 0 for ever
    uint32_t page = 0xFFFFFF;     // 0xRRGGBB behind the frame: H.264's padding, a GIF's matte
    std::vector<uint32_t> exact;  // 0xRRGGBB colours a GIF keeps exact: the theme's
};

class FrameSink {
public:
    virtual ~FrameSink() = default;
    // true: add() is called from one thread in frame order; false: from several threads at once,
    // each frame once, in any order.
    virtual bool ordered() const = 0;
    // Frame `index` of SinkParams::frames, on screen for `seconds`.
    virtual std::optional<std::string> add(int64_t index, const Image& image, double seconds) = 0;
    // After the last add(): completes the file and renames it into place.
    virtual std::optional<std::string> finish() = 0;
    // From another thread, while add() may be running: makes it return soon (an MP4's ffmpeg is
    // killed, so that a frame held for seconds is not piped to the end). The sink is then dropped.
    virtual void abort() {}
    // From another thread, for a process about to end (a signal), after abort(): removes the
    // temporary output now, without waiting for add(). True when finish() has already put the
    // file in place (then it stays).
    virtual bool discard() = 0;
};

// The names of a PNG sequence for `path` "dir/out.png": dir/out_0000.png, dir/out_0001.png, …
// (more digits when there are 10,000 frames or more).
std::vector<std::string> sequence_names(const std::string& path, int64_t frames);

// The sink for the format; an error when the destination cannot be written (or exists and may not
// be replaced), or when the format cannot do what is asked (an MP4 with transparency, no ffmpeg).
// `frame_rate`: an MP4's constant rate, frames held longer being repeated.
Result<std::unique_ptr<FrameSink>> make_sink(ExportFormat format, const SinkParams& params, double frame_rate);

}  // namespace convviz
