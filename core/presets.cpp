#include "core/presets.hpp"

#include <nlohmann/json.hpp>

#include "core/i18n/strings.hpp"

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

std::string scene_title(const Scene& scene, Lang lang) {
    if (scene.id.empty()) return scene.title;
    const std::string key = "preset." + scene.id + ".title";
    // The English table holds each preset's title exactly as presets_data.cpp has it
    // (tests/test_i18n_panels.cpp): a title that differs was changed, or is no preset's.
    const std::string_view english = text(Lang::en, key);
    if (english == key || english != scene.title) return scene.title;
    return std::string(text(lang, key));
}

}  // namespace convviz
