#include "app/cli/frame.hpp"

#include <algorithm>
#include <ostream>

#include "core/frame/compose.hpp"
#include "core/frame/frame_json.hpp"
#include "core/i18n/lang.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

Result<Scene> requested_scene(const FrameRequest& request) {
    if (request.preset.empty() == request.scene_file.empty()) {
        return Error{"give either --preset ID or --scene FILE (convviz --list-presets lists the ids)"};
    }
    if (!request.scene_file.empty()) return load_scene(request.scene_file);
    if (auto preset = find_preset(request.preset)) return *preset;
    return Error{cat("no preset '", request.preset, "'; convviz --list-presets lists the ids")};
}

}  // namespace

int run_frame(const FrameRequest& request, std::ostream& out, std::ostream& err) {
    auto scene = requested_scene(request);
    if (!scene) {
        err << scene.error() << "\n";
        return 2;
    }
    if (!request.view.empty()) {
        const auto view = parse_view(request.view);
        if (!view) {
            err << "unknown view '" << request.view << "'; views: conv, scatter, gather, crop, matrix, pool, unpool, "
                << "upsample, shuffle\n";
            return 2;
        }
        scene.value().view.kind = *view;
    }
    if (!(request.t >= 0.0)) {
        err << "--t must be a time in seconds, 0 or more, not " << request.t << "\n";
        return 2;
    }
    const std::optional<Lang> lang = parse_lang(request.lang);
    if (!lang) {
        err << "--lang takes en or zh-CN, not '" << request.lang << "'\n";
        return 2;
    }
    ComposeParams params;
    params.width = request.width;
    params.height = request.height;
    params.lang = *lang;
    auto frame = compose(scene.value(), request.t, params);
    if (!frame) {
        err << frame.error() << "\n";
        return 2;
    }
    out << frame_json(frame.value(), request.pretty ? 1 : -1) << "\n";
    return 0;
}

int list_presets(std::ostream& out) {
    const std::vector<Scene> presets = builtin_presets();
    size_t widest = 0;
    for (const Scene& s : presets) widest = std::max(widest, s.id.size());
    for (const Scene& s : presets) {
        out << s.id << std::string(widest + 2 - s.id.size(), ' ') << s.title << "\n";
    }
    return 0;
}

}  // namespace convviz
