#include "app/cli/torch_scene.hpp"

#include <ostream>

#include "core/presets.hpp"

namespace convviz {

Result<TorchLine> torch_scene(std::string_view line, Lang lang) {
    // Where the line gives no input, its size is that of the scene the app opens on.
    const Scene current = find_preset(kDefaultPreset).value_or(Scene{});
    return read_torch_line(line, current, lang);
}

void print_notes(const TorchLine& line, std::ostream& out, std::string_view prefix) {
    for (const std::string& note : line.notes) out << prefix << note << "\n";
}

}  // namespace convviz
