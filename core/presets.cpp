#include "core/presets.hpp"

#include <algorithm>
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

const char* name(PresetFamily family) {
    switch (family) {
        case PresetFamily::conv_arithmetic: return "conv_arithmetic";
        case PresetFamily::d2l: return "d2l";
        case PresetFamily::pooling: return "pooling";
        case PresetFamily::upsampling: return "upsampling";
        case PresetFamily::shuffle: return "shuffle";
        case PresetFamily::large: return "large";
    }
    return "";
}

std::optional<PresetFamily> preset_family(std::string_view id) {
    if (std::find(kConvArithmeticPresets.begin(), kConvArithmeticPresets.end(), id) != kConvArithmeticPresets.end()) {
        return PresetFamily::conv_arithmetic;
    }
    if (id.starts_with("d2l_") || id.starts_with("tconv_identity_")) return PresetFamily::d2l;
    if (id.starts_with("maxpool_")) return PresetFamily::pooling;
    if (id.starts_with("upsample_") || id == "compare_upsampling") return PresetFamily::upsampling;
    if (id.starts_with("pixel_")) return PresetFamily::shuffle;
    if (id == "large" || id == "matrix_1024") return PresetFamily::large;
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
