#include "app/export/png.hpp"

#include <stb/stb_image_write.h>

#include "core/atomic_file.hpp"

namespace convviz {

std::optional<std::string> write_png(const std::string& path, int width, int height,
                                     const std::vector<uint8_t>& rgba) {
    if (width <= 0 || height <= 0 || rgba.size() != static_cast<size_t>(width) * static_cast<size_t>(height) * 4) {
        return "cannot write " + path + ": the image has no pixels or the wrong number of them";
    }
    std::string encoded;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
    };
    if (stbi_write_png_to_func(append, &encoded, width, height, 4, rgba.data(), width * 4) == 0) {
        return "cannot encode the PNG for " + path;
    }
    return write_file_atomically(path, encoded);
}

}  // namespace convviz
