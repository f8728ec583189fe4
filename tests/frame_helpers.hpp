// Helpers the frame and link tests share: a preset in a chosen view, its Composer, and the first
// time a timeline shows a given phase and step.
#pragma once

#include <gtest/gtest.h>

#include <optional>

#include "core/frame/compose.hpp"
#include "core/presets.hpp"

namespace convviz {

inline Scene preset(const char* id, std::optional<ViewKind> view = std::nullopt) {
    std::optional<Scene> scene = find_preset(id);
    EXPECT_TRUE(scene.has_value()) << id;
    if (view) scene->view.kind = *view;
    return *scene;
}

inline Composer composer_of(const Scene& scene) {
    auto composer = Composer::make(scene);
    EXPECT_TRUE(composer.ok()) << scene.id << ": " << (composer.ok() ? "" : composer.error());
    return std::move(composer.value());
}

// The first time the timeline shows (phase, step) with at least `tween`, scanning in 1/200 s.
inline double time_of(const Timeline& timeline, Phase phase, int64_t step, double tween) {
    for (double t = 0.0; t < timeline.duration(); t += 0.005) {
        const TimePoint p = timeline.at(t);
        if (p.phase == phase && p.step == step && p.tween >= tween && !p.holding) return t;
    }
    ADD_FAILURE() << "no time shows phase " << name(phase) << " step " << step;
    return 0.0;
}

}  // namespace convviz
