#include "core/presets.hpp"

#include <nlohmann/json.hpp>

namespace convviz {

std::vector<Scene> builtin_presets() {
    std::vector<Scene> scenes;
    const auto array = nlohmann::json::parse(preset_json());
    for (const auto& item : array) {
        // Every preset parses and validates (tests/test_scene.cpp); one that did not would be left
        // out rather than take the program down.
        auto scene = parse_scene(item.dump(), "built-in preset");
        if (scene) scenes.push_back(std::move(scene).value());
    }
    return scenes;
}

std::optional<Scene> find_preset(std::string_view id) {
    for (Scene& scene : builtin_presets()) {
        if (scene.id == id) return std::move(scene);
    }
    return std::nullopt;
}

}  // namespace convviz
