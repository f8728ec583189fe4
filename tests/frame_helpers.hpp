// Helpers the frame and link tests share: a preset in a chosen view, its Composer, and the first
// time a timeline shows a given phase and step.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/frame/compose.hpp"
#include "core/op.hpp"
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

// The frame's text of that kind; a wrapped title, formula or caption whole, its lines joined.
inline std::optional<FrameText> text_of(const Frame& frame, TextKind kind) {
    if (kind == TextKind::title || kind == TextKind::formula || kind == TextKind::caption) return joined_text(frame, kind);
    for (const FrameText& t : frame.texts) {
        if (t.kind == kind) return t;
    }
    return std::nullopt;
}

// The number after the caption's last " = ".
inline std::string caption_result(const Frame& frame) {
    const std::string caption = text_of(frame, TextKind::caption)->text;
    return caption.substr(caption.rfind(" = ") + 3);
}

inline Tensor op_output(const Scene& scene) {
    auto out = run(scene.params, op_inputs(scene).value());
    EXPECT_TRUE(out.ok());
    return out.value().values;
}

// What every frame keeps to: grids inside the frame and apart, texts inside it, labels off the
// grids, every cell inside its grid's box.
inline void expect_clean_layout(const Frame& f, const std::string& where) {
    const Rect frame_box{0.0f, 0.0f, f.width, f.height};
    for (size_t a = 0; a < f.grids.size(); ++a) {
        EXPECT_TRUE(frame_box.contains(f.grids[a].box)) << where;
        EXPECT_GT(f.grids[a].cell, 0.0f) << where;
        for (size_t b = a + 1; b < f.grids.size(); ++b) {
            EXPECT_FALSE(f.grids[a].box.overlaps(f.grids[b].box)) << where << " grids " << a << ", " << b;
        }
    }
    for (const FrameText& text : f.texts) {
        const float w = estimated_text_width(text.text, text.size);
        const Rect box{text.anchor == Anchor::centre ? text.x - 0.5f * w : text.x, text.y, w, text.size};
        EXPECT_TRUE(frame_box.contains(box, 0.5f)) << where << " text '" << text.text << "'";
        if (text.kind != TextKind::label) continue;
        for (const FrameGrid& g : f.grids) EXPECT_FALSE(box.overlaps(g.box)) << where << " " << text.text;
    }
    for (const FrameCell& c : f.cells) {
        const FrameGrid& g = f.grids[static_cast<size_t>(c.grid)];
        ASSERT_TRUE(g.box.contains({c.x, c.y, c.size, c.size}, 0.01f * c.size))
            << where << " cell " << c.row << "," << c.col << " of " << g.label;
    }
}

}  // namespace convviz
