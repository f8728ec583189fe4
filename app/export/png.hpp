// PNG files from RGBA pixels (stb_image_write), written atomically: a temporary name, then a rename,
// so a failed write never leaves a half-written file under the final name. Encodes on the calling
// thread; nothing here touches GL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace convviz {

// RGBA, top row first. The error names the path; nothing on success.
std::optional<std::string> write_png(const std::string& path, int width, int height,
                                     const std::vector<uint8_t>& rgba);

}  // namespace convviz
