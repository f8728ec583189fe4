// An MP4 (H.264) through an ffmpeg process: raw RGBA frames piped to its standard input, each
// repeated to hold its time at a constant frame rate, the picture padded with the page colour to
// even dimensions (libx264 needs them). ffmpeg writes a temporary file that is renamed into place
// when it exits cleanly; its last words become the error when it does not. Needs ffmpeg on PATH:
// its absence is a plain message naming the Debian package. The process must ignore SIGPIPE (main
// does), so that a dying ffmpeg is an error returned rather than the end of the process.
#pragma once

#include "app/export/frame_sink.hpp"

namespace convviz {

// The full path of `program` on PATH, or none.
std::optional<std::string> find_on_path(const std::string& program);

Result<std::unique_ptr<FrameSink>> make_mp4_sink(const SinkParams& params, double frame_rate);

}  // namespace convviz
