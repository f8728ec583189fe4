// A PNG sequence: dir/out_0000.png, dir/out_0001.png, … (stb_image_write), each frame encoded on
// whichever worker thread gives it — the exporter runs one per core — into a temporary folder,
// and all moved into place at the end. With a transparent page the alpha channel is kept.
#pragma once

#include "app/export/frame_sink.hpp"

namespace convviz {

// Replacing a sequence replaces all of it: the frames of an earlier, longer sequence of the same
// name (any file named as some sequence for the path names its frames: see sequence_files) are
// removed once the new frames are all in place, and without `replace` any of them is refused.
Result<std::unique_ptr<FrameSink>> make_png_sequence_sink(const SinkParams& params);

// The files in `path`'s folder that a PNG sequence for `path` "dir/out.png" would name, whatever its
// length: "dir/out_" then four digits or more then ".png", exactly; sorted.
std::vector<std::string> sequence_files(const std::string& path);

// The first problem a sequence of `frames` for `path` meets (an existing frame, of this sequence or
// an earlier one, without `replace`; a frame name that is a link; an unwritable folder), or none.
std::optional<std::string> check_sequence_destination(const std::string& path, int64_t frames, bool replace);

}  // namespace convviz
