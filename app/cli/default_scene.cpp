#include "app/cli/default_scene.hpp"

#include <iomanip>
#include <ostream>

#include "core/arith.hpp"
#include "core/ops/conv_transpose2d.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

void print_plane(std::ostream& out, const char* title, const Tensor& t) {
    out << title << " " << to_string(t.shape()) << "\n";
    for (int64_t y = 0; y < t.dim(2); ++y) {
        out << "   ";
        for (int64_t x = 0; x < t.dim(3); ++x) out << std::setw(6) << exact_number(t.at(0, 0, y, x));
        out << "\n";
    }
}

}  // namespace

int show_default_scene(std::ostream& out) {
    const Scene scene = *find_preset(kDefaultPreset);
    const Tensor& input = scene.tensors.input;
    const Tensor& kernel = *scene.tensors.weight;
    const auto& params = std::get<ConvTranspose2dParams>(scene.params);
    out << "ConvViz default scene (preset " << scene.id << "): " << scene.title << "\n\n";
    print_plane(out, "input", input);
    print_plane(out, "kernel", kernel);
    auto derivation = derive_shape(params, {input.shape(), kernel.shape(), std::nullopt, std::nullopt});
    out << "\n" << derivation.value().text() << "\n";
    auto scatter = conv_transpose2d_scatter(input, kernel, nullptr, params);
    auto gather = conv_transpose2d_gather(input, kernel, nullptr, params);
    print_plane(out, "output, scatter (each input cell stamps input·kernel)", scatter.value());
    print_plane(out, "output, gather (flipped kernel over the spread, padded input)", gather.value());
    out << "\nThe window is not built yet; `convviz --help` lists what the command line does.\n";
    return scatter.value().data() == gather.value().data() ? 0 : 1;
}

}  // namespace convviz
