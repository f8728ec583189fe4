// A PNG sequence: dir/out_0000.png, dir/out_0001.png, … (stb_image_write), each frame encoded on
// whichever worker thread gives it — the exporter runs one per core — into a temporary folder,
// and all moved into place at the end. With a transparent page the alpha channel is kept.
#pragma once

#include "app/export/frame_sink.hpp"

namespace convviz {

Result<std::unique_ptr<FrameSink>> make_png_sequence_sink(const SinkParams& params);

}  // namespace convviz
