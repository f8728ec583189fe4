// Undo and redo's model (app/model/history.hpp) and the names of its steps (core/scene_change.hpp):
// every change to the scene is a step, a gesture is one, at least 100 are kept, undoing back to
// the saved scene leaves nothing unsaved, and a step that replaced the document gives it back.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/model/document.hpp"
#include "app/model/history.hpp"
#include "core/presets.hpp"
#include "core/scene_change.hpp"

namespace convviz {
namespace {

Scene default_scene() { return *find_preset(kDefaultPreset); }

Scene with_stride(Scene scene, int64_t stride) {
    std::get<ConvTranspose2dParams>(scene.params).stride = {stride, stride};
    return scene;
}

// The app's frame, as far as history sees it: a change shown, then watched with no gesture.
struct Session {
    AppState state;
    SceneDocument doc;
    History history;
    explicit Session(HistoryLimits limits = {}) : history(limits) {
        state.show(default_scene());
        doc.reset(state.scene());
        history.reset(state, doc);
    }
    void edit(const Scene& scene, bool gesture = false) {
        ASSERT_TRUE(state.show(scene, true)) << state.error();
        history.watch(state, doc, gesture);
    }
    void undo() { go(history.undo()); }
    void redo() { go(history.redo()); }
    // As the Edit menu's actions show a step's scene.
    void go(const std::optional<HistoryMove>& move) {
        ASSERT_TRUE(move);
        state.show(move->scene, true);
        if (move->document) doc = *move->document;
        history.watch(state, doc, false);
    }
};

TEST(SceneChange, NamesTheOneParameterWithItsValues) {
    const Scene a = default_scene();
    EXPECT_EQ(describe_change(a, with_stride(a, 3)), "stride 2 → 3");
    Scene b = a;
    std::get<ConvTranspose2dParams>(b.params).padding = {1, 2};
    EXPECT_EQ(describe_change(a, b), "padding 1 → (1, 2)");
    Scene c = a;
    c.view.kind = ViewKind::scatter;
    EXPECT_EQ(describe_change(a, c), "view gather → scatter");
    Scene d = a;
    d.tensors.input.data()[0] += 1.0;
    EXPECT_EQ(describe_change(a, d), "input values");
    Scene e = a;
    e.title = "mine";
    EXPECT_EQ(describe_change(a, e), "title");
    EXPECT_EQ(describe_change(a, *find_preset("d2l_tconv")).rfind("preset", 0), 0u);
    EXPECT_EQ(describe_change(a, with_stride(a, 3), Lang::zh), "stride 2 → 3");
}

TEST(History, EachEditIsAStepUndoneAndRedoneByName) {
    Session s;
    EXPECT_FALSE(s.history.can_undo());
    s.edit(with_stride(default_scene(), 3));
    ASSERT_TRUE(s.history.can_undo());
    EXPECT_EQ(s.history.undo_name(Lang::en), "stride 2 → 3");
    s.undo();
    EXPECT_TRUE(same_scene(s.state.scene(), default_scene()));
    EXPECT_FALSE(s.history.can_undo());
    ASSERT_TRUE(s.history.can_redo());
    EXPECT_EQ(s.history.redo_name(Lang::en), "stride 2 → 3");
    s.redo();
    EXPECT_TRUE(same_scene(s.state.scene(), with_stride(default_scene(), 3)));
    EXPECT_EQ(s.history.steps(), 1u);  // showing the undone scene again was not a new step
}

TEST(History, AGestureIsOneStepOnceItEnds) {
    Session s;
    for (int64_t stride = 3; stride <= 6; ++stride) s.edit(with_stride(default_scene(), stride), /*gesture=*/true);
    EXPECT_FALSE(s.history.can_undo());
    s.history.watch(s.state, s.doc, false);
    ASSERT_EQ(s.history.steps(), 1u);
    EXPECT_EQ(s.history.undo_name(Lang::en), "stride 2 → 6");
}

TEST(History, ANewEditDropsTheStepsUndone) {
    Session s;
    s.edit(with_stride(default_scene(), 3));
    s.edit(with_stride(default_scene(), 4));
    s.undo();
    s.edit(with_stride(default_scene(), 5));
    EXPECT_FALSE(s.history.can_redo());
    EXPECT_EQ(s.history.undo_name(Lang::en), "stride 3 → 5");
}

TEST(History, KeepsAtLeastAHundredSteps) {
    Session s;
    Scene scene = default_scene();
    for (int i = 0; i < 150; ++i) {
        scene.tensors.input.data()[0] = i + 10;
        s.edit(scene);
    }
    int undone = 0;
    while (s.history.can_undo()) {
        s.undo();
        ++undone;
    }
    EXPECT_GE(undone, 100);
    EXPECT_EQ(undone, 150);  // small scenes: all of them
    EXPECT_TRUE(same_scene(s.state.scene(), default_scene()));
}

TEST(History, BeyondTheStepsKeptTheScenesMemoryBoundsIt) {
    // The default scene holds 3·3 + 3·3 = 18 numbers: 10 steps hold 180, over a bound of 100.
    Session s(HistoryLimits{.steps = 4, .most_steps = 50, .most_cells = 100});
    Scene scene = default_scene();
    for (int i = 0; i < 10; ++i) {
        scene.tensors.input.data()[0] = i + 10;
        s.edit(scene);
    }
    EXPECT_EQ(s.history.steps(), 5u);  // 5 · 18 = 90 ≤ 100
    Session few(HistoryLimits{.steps = 4, .most_steps = 50, .most_cells = 10});
    for (int i = 0; i < 10; ++i) {
        scene.tensors.input.data()[0] = i + 30;
        few.edit(scene);
    }
    EXPECT_EQ(few.history.steps(), 4u);  // never fewer than `steps`
    EXPECT_EQ(History().steps(), 0u);
    EXPECT_GE(HistoryLimits{}.steps, 100u);
}

TEST(History, UndoingBackToTheSavedSceneLeavesNothingUnsaved) {
    Session s;
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "convviz_history_saved.json";
    s.edit(with_stride(default_scene(), 3));
    ASSERT_FALSE(s.doc.save(s.state.scene(), file.string()));
    s.history.watch(s.state, s.doc, false);
    EXPECT_FALSE(s.doc.dirty(s.state.scene()));
    s.edit(with_stride(default_scene(), 4));
    EXPECT_TRUE(s.doc.dirty(s.state.scene()));
    s.undo();
    EXPECT_FALSE(s.doc.dirty(s.state.scene()));
    EXPECT_EQ(s.doc.path, file.string());  // undoing an edit keeps the file it was saved to
    s.undo();  // before the save: unsaved again, and still that file's
    EXPECT_TRUE(s.doc.dirty(s.state.scene()));
    EXPECT_EQ(s.doc.path, file.string());
    std::filesystem::remove(file);
}

TEST(History, UndoingAPresetGivesBackTheDocumentItReplaced) {
    Session s;
    s.doc.reset(s.state.scene(), "/tmp/mine.json");
    s.history.watch(s.state, s.doc, false);
    s.edit(with_stride(default_scene(), 3));  // unsaved changes to mine.json
    ASSERT_TRUE(s.state.show(*find_preset("d2l_tconv")));
    s.doc.reset(s.state.scene());  // as opening a preset does
    s.history.watch(s.state, s.doc, false);
    EXPECT_TRUE(s.doc.path.empty());
    s.undo();
    EXPECT_EQ(s.doc.path, "/tmp/mine.json");
    EXPECT_TRUE(s.doc.dirty(s.state.scene()));  // the edit to mine.json is still unsaved
    s.redo();
    EXPECT_TRUE(s.doc.path.empty());
    EXPECT_FALSE(s.doc.dirty(s.state.scene()));
}

TEST(History, ResetStartsANewHistory) {
    Session s;
    s.edit(with_stride(default_scene(), 3));
    s.history.reset(s.state, s.doc);
    EXPECT_FALSE(s.history.can_undo());
    EXPECT_FALSE(s.history.can_redo());
}

}  // namespace
}  // namespace convviz
