// A link to a scene (what `convviz '#v1/…'` and the web app's address open): any text either is
// refused with a short, whole-character message (in both languages alike) or reads to a scene that
// is valid, within the size limits, and whose own link reads back to the same scene and moment.
#include <string>

#include "core/limits.hpp"
#include "core/scene_link.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {

void scene_link(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const Result<LinkedScene> en = read_scene_link(text, Lang::en);
    const Result<LinkedScene> zh = read_scene_link(text, Lang::zh);
    if (refused_alike(text, en, zh)) return;
    const Scene& scene = en.value().scene;
    FUZZ_REQUIRE(!validate(scene).has_value(), "an invalid scene: " + validate(scene).value_or(""));
    FUZZ_REQUIRE(scene_cells(scene) <= 3 * limits.elements, "past the size limits");
    FUZZ_REQUIRE(same_scene(scene, zh.value().scene), "the languages read differently");
    const std::string link = convviz::scene_link(scene, en.value().t);
    const Result<LinkedScene> back = read_scene_link(link, Lang::en);
    FUZZ_REQUIRE(back.ok(), "its own link does not read back: " + (back.ok() ? "" : back.error()) + "\n  " + link);
    FUZZ_REQUIRE(same_scene(back.value().scene, scene), "its own link reads to another scene: " + link);
    FUZZ_REQUIRE(back.value().t == en.value().t, "its own link reads to another moment: " + link);
}

}  // namespace convviz::fuzz
