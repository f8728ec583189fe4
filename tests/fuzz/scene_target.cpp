// Scene files: any text is refused with a short message or read into a scene that writes back to
// the same file, composes at any time, and answers a hover on any cell it shows.
#include <cmath>
#include <string>

#include "core/frame/compose.hpp"
#include "core/scene.hpp"
#include "tests/fuzz/byte_reader.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {
namespace {

// Scenes whose frames hold more cells than this are read and written but not composed: the
// composer's cost grows with the cells, and a run must stay fast (the limits are tested elsewhere).
constexpr int64_t kComposedCells = 20'000;

bool small_enough(const Scene& scene) {
    Result<OpInputs> inputs = op_inputs(scene);
    if (!inputs) return false;
    const OpShapes shapes = shapes_of(inputs.value());
    const int64_t cells = element_count(shapes.input) + element_count(output_shape(scene.params, shapes)) +
                          (shapes.weight ? element_count(*shapes.weight) : 0);
    return cells <= kComposedCells;
}

void compose_and_inspect(const Scene& scene, ByteReader& choices) {
    const ComposeParams params{.width = static_cast<float>(choices.between(64, 2560)),
                               .height = static_cast<float>(choices.between(64, 1600)),
                               .lang = choices.flag() ? Lang::zh : Lang::en};
    Result<Composer> composer = Composer::make(scene, params);
    FUZZ_REQUIRE(composer.ok(), "a valid scene does not compose: " + composer.error());
    const double duration = composer.value().timeline().duration();
    FUZZ_REQUIRE(std::isfinite(duration) && duration > 0.0, "duration " + std::to_string(duration));
    Frame frame;
    for (double t : {0.0, duration * static_cast<double>(choices.byte()) / 255.0, duration}) {
        composer.value().compose(t, frame);
        for (const FrameCell& cell : frame.cells) {
            FUZZ_REQUIRE(cell.grid >= 0 && static_cast<size_t>(cell.grid) < frame.grids.size(),
                         "a cell in grid " + std::to_string(cell.grid));
            FUZZ_REQUIRE(std::isfinite(cell.x) && std::isfinite(cell.y) && std::isfinite(cell.size),
                         "a cell at a non-finite place");
        }
        if (frame.cells.empty()) continue;
        const FrameCell& hovered = frame.cells[choices.index(frame.cells.size())];
        composer.value().inspect(t, {hovered.grid, hovered.row, hovered.col});
    }
}

}  // namespace

void scene(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Lang lang = size % 2 == 1 ? Lang::zh : Lang::en;  // both languages' messages, any text
    Result<Scene> read = parse_scene(text, "fuzz.convviz", lang);
    if (!read) {
        require_plain_message(read.error(), "fuzz.convviz");
        return;
    }
    const std::string written = scene_json(read.value());
    Result<Scene> again = parse_scene(written, "written", lang);
    FUZZ_REQUIRE(again.ok(), "a scene it wrote does not read back: " + again.error());
    FUZZ_REQUIRE(scene_json(again.value()) == written, "a scene changes when written twice");
    if (!small_enough(read.value())) return;
    ByteReader layout(data, size);  // the same bytes choose the frame size, the times and a hover
    compose_and_inspect(read.value(), layout);
}

}  // namespace convviz::fuzz
