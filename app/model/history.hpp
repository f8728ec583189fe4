// Undo and redo of the scene on screen. History watches the scene rather than being told of each
// edit, so every change — a parameter, a value, a fill, the op, the view, a preset, the title, by
// any panel or command — is a step, and a slider drag or a run of typing, which changes the scene
// frame after frame, is one step once it ends. Scenes are shared, never copied. Opening a file
// starts a new history. The document's file and saved state are not undone, only the scene (but a
// step that replaced the document, a preset, takes its document back). No ImGui.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

#include "app/model/app_state.hpp"
#include "app/model/document.hpp"
#include "core/i18n/lang.hpp"

namespace convviz {

struct HistoryLimits {
    size_t steps = 100;  // kept at least, whatever the scenes' size below
    size_t most_steps = 500;
    // Numbers the kept scenes may hold in all (8 bytes each) before the oldest steps beyond
    // `steps` go: 100 steps of a scene at the size limits would be gigabytes.
    int64_t most_cells = int64_t{1} << 23;
};

// What undo or redo shows: the scene, and the document to go with it when the step replaced it.
struct HistoryMove {
    SceneRef scene;
    std::optional<SceneDocument> document;
};

class History {
public:
    explicit History(HistoryLimits limits = {}) : limits_(limits) {}

    // A new document (a file opened, the app started): no steps; `state`'s scene is the start.
    void reset(const AppState& state, const SceneDocument& doc);
    // Once a frame, after the panels. `gesture`: a drag or typing is under way, whose changes wait
    // until it ends to become one step.
    void watch(const AppState& state, const SceneDocument& doc, bool gesture);

    bool can_undo() const { return at_ > 0; }
    bool can_redo() const { return at_ < steps_.size(); }
    // The steps' names, "stride 2 → 3", in `lang`; empty when there is none.
    std::string undo_name(Lang lang) const;
    std::string redo_name(Lang lang) const;
    // The scene to show for undo or redo; the history has moved, and the scene shown next is not a
    // new step. None when there is nothing to undo or redo.
    std::optional<HistoryMove> undo();
    std::optional<HistoryMove> redo();
    size_t steps() const { return steps_.size(); }

private:
    struct Step {
        SceneRef before;
        SceneRef after;
        SceneDocument doc_before;  // the document then; given back only when the step replaced it
        SceneDocument doc_after;
        bool replaced_document = false;
    };
    void trim();

    HistoryLimits limits_;
    std::deque<Step> steps_;
    size_t at_ = 0;             // steps_[0, at_) are done; [at_, end) were undone and can be redone
    SceneRef committed_;        // the scene the last step ended at
    SceneDocument committed_doc_;
    int64_t seen_changes_ = -1;  // AppState::scene_changes() when last looked at
};

}  // namespace convviz
