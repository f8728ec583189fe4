#include "app/model/history.hpp"

#include "core/scene_change.hpp"

namespace convviz {

namespace {

bool same_document(const SceneDocument& a, const SceneDocument& b) {
    return a.path == b.path && a.baseline == b.baseline;
}

}  // namespace

void History::reset(const AppState& state, const SceneDocument& doc) {
    steps_.clear();
    at_ = 0;
    committed_ = state.scene_ref();
    committed_doc_ = doc;
    seen_changes_ = state.scene_changes();
}

void History::watch(const AppState& state, const SceneDocument& doc, bool gesture) {
    if (state.scene_changes() == seen_changes_) {
        // Saving changes the document and not the scene: the next step starts from the saved one.
        committed_doc_ = doc;
        return;
    }
    if (gesture) return;
    seen_changes_ = state.scene_changes();
    const SceneRef now = state.scene_ref();
    if (committed_ == now || (committed_ && same_scene(*committed_, *now))) {
        committed_ = now;
        committed_doc_ = doc;
        return;
    }
    steps_.erase(steps_.begin() + static_cast<std::ptrdiff_t>(at_), steps_.end());
    steps_.push_back({.before = committed_,
                      .after = now,
                      .doc_before = committed_doc_,
                      .doc_after = doc,
                      .replaced_document = !same_document(committed_doc_, doc)});
    at_ = steps_.size();
    committed_ = now;
    committed_doc_ = doc;
    trim();
}

void History::trim() {
    int64_t cells = 0;
    for (const Step& step : steps_) cells += scene_cells(*step.after);
    while (steps_.size() > limits_.most_steps || (steps_.size() > limits_.steps && cells > limits_.most_cells)) {
        cells -= scene_cells(*steps_.front().after);
        steps_.pop_front();
        if (at_ > 0) --at_;
    }
}

std::string History::undo_name(Lang lang) const {
    if (!can_undo()) return {};
    const Step& step = steps_[at_ - 1];
    return describe_change(*step.before, *step.after, lang);
}

std::string History::redo_name(Lang lang) const {
    if (!can_redo()) return {};
    const Step& step = steps_[at_];
    return describe_change(*step.before, *step.after, lang);
}

std::optional<HistoryMove> History::undo() {
    if (!can_undo()) return std::nullopt;
    const Step& step = steps_[--at_];
    committed_ = step.before;
    if (step.replaced_document) committed_doc_ = step.doc_before;
    return HistoryMove{step.before, step.replaced_document ? std::optional(step.doc_before) : std::nullopt};
}

std::optional<HistoryMove> History::redo() {
    if (!can_redo()) return std::nullopt;
    const Step& step = steps_[at_++];
    committed_ = step.after;
    if (step.replaced_document) committed_doc_ = step.doc_after;
    return HistoryMove{step.after, step.replaced_document ? std::optional(step.doc_after) : std::nullopt};
}

}  // namespace convviz
