// An animated GIF through giflib: a frame per add(), each with its own delay (whole hundredths of
// a second, rounded so that the total keeps the animation's pace), a loop count, a colour table
// per frame (GifPalette: the theme's colours exact), and only what changed re-encoded — the
// rectangle around the changed pixels, with the unchanged ones inside it left transparent so that
// the previous frame shows through. A frame equal to the one before lengthens it instead. With a
// transparent page every frame is whole (the page must clear where cells move away).
#pragma once

#include "app/export/frame_sink.hpp"

namespace convviz {

Result<std::unique_ptr<FrameSink>> make_gif_sink(const SinkParams& params);

}  // namespace convviz
