#include "app/model/document.hpp"

#include <filesystem>

#include "core/presets.hpp"

namespace convviz {

FileKind kind_of_file(const std::string& path) {
    const std::string_view ext = kLessonExtension;
    return path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0 ? FileKind::lesson
                                                                                                  : FileKind::scene;
}

void SceneDocument::reset(const Scene& scene, std::string file) {
    path = std::move(file);
    baseline = scene_fingerprint(scene);
    restorable.reset();
    if (scene_cells(scene) <= kMostRestoredCells) restorable = scene;
    checked_change_ = -1;
}

bool SceneDocument::dirty(const AppState& state) const {
    if (state.scene_changes() != checked_change_) {
        dirty_ = dirty(state.scene());
        checked_change_ = state.scene_changes();
    }
    return dirty_;
}

std::optional<std::string> SceneDocument::save(const Scene& scene, const std::string& to, Lang lang) {
    if (std::optional<std::string> error = save_scene(scene, to, lang)) return error;
    reset(scene, to);
    return std::nullopt;
}

void LessonDocument::reset(Lesson opened, std::string file, bool is_builtin) {
    baseline = lesson_json(opened);
    lesson = std::move(opened);
    path = std::move(file);
    at = 0;
    builtin = is_builtin;
}

std::optional<std::string> LessonDocument::save(const std::string& to, Lang lang) {
    if (!lesson) return std::nullopt;
    if (std::optional<std::string> error = save_lesson(*lesson, to, lang)) return error;
    baseline = lesson_json(*lesson);
    path = to;
    builtin = false;
    return std::nullopt;
}

bool add_to_lesson(LessonDocument& doc, const Scene& scene, Lang lang) {
    if (!doc.lesson || doc.lesson->scenes.size() >= kMaxLessonScenes) return false;
    doc.lesson->scenes.push_back({scene_title(scene, lang), {}, scene});
    doc.at = doc.lesson->scenes.size() - 1;
    return true;
}

std::string scene_to_restore(const SceneDocument& doc, const Scene& on_screen) {
    const Scene* restored = doc.baseline ? (doc.restorable ? &*doc.restorable : nullptr) : &on_screen;
    return restored && scene_cells(*restored) <= kMostRestoredCells ? scene_json(*restored) : std::string();
}

std::string document_title(const SceneDocument& doc, const std::string& scene_title, bool dirty) {
    std::string title = doc.path.empty() ? scene_title : std::filesystem::path(doc.path).filename().string();
    return dirty ? "• " + title : title;
}

}  // namespace convviz
