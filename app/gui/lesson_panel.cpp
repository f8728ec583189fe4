#include "app/gui/lesson_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

bool button(Lang lang, const char* key, const char* id) {
    return ImGui::Button((tr(lang, key) + "###" + id).c_str());
}

void tooltip(Lang lang, const char* key) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(tr(lang, key).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

LessonRequest LessonPanel::draw(LessonDocument& doc, const AppState& state) {
    const Lang lang = state.lang();
    LessonRequest request;
    const auto ask = [&](LessonRequest::Kind kind, size_t index = 0) { request = {kind, index}; };

    if (button(lang, "lesson.new", "new")) ask(LessonRequest::Kind::create);
    ImGui::SameLine();
    if (button(lang, "lesson.open", "open")) ask(LessonRequest::Kind::open);
    ImGui::SameLine();
    if (button(lang, "lesson.builtin", "builtin")) ask(LessonRequest::Kind::builtin);
    tooltip(lang, "lesson.builtin_tip");
    if (!doc.lesson) {
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr(lang, "lesson.none").c_str());
        ImGui::PopTextWrapPos();
        return request;
    }
    Lesson& lesson = *doc.lesson;
    ImGui::Separator();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##lesson_title", tr(lang, "lesson.title_hint").c_str(), &lesson.title);
    if (button(lang, "lesson.save", "save")) ask(LessonRequest::Kind::save);
    ImGui::SameLine();
    if (button(lang, "lesson.save_as", "save_as")) ask(LessonRequest::Kind::save_as);
    ImGui::SameLine();
    if (doc.dirty()) ImGui::TextDisabled("%s", tr(lang, "lesson.unsaved").c_str());

    const bool full = lesson.scenes.size() >= kMaxLessonScenes;
    if (full) ImGui::BeginDisabled();
    if (button(lang, "lesson.add", "add") && add_to_lesson(doc, state.scene(), lang)) ask(LessonRequest::Kind::stored);
    if (full) ImGui::EndDisabled();
    tooltip(lang, full ? "lesson.full_tip" : "lesson.add_tip");

    const float list_height = ImGui::GetTextLineHeightWithSpacing() * std::min<float>(10.0f, static_cast<float>(lesson.scenes.size()) + 0.5f);
    if (ImGui::BeginChild("scenes", ImVec2(0, list_height), true)) {
        for (size_t i = 0; i < lesson.scenes.size(); ++i) {
            const std::string label = cat(i + 1, ". ", lesson.scenes[i].title, "###scene", i);
            if (ImGui::Selectable(label.c_str(), i == doc.at)) ask(LessonRequest::Kind::show, i);
        }
    }
    ImGui::EndChild();
    if (lesson.scenes.empty()) {
        ImGui::TextDisabled("%s", tr(lang, "lesson.empty").c_str());
        return request;
    }
    doc.at = std::min(doc.at, lesson.scenes.size() - 1);
    LessonScene& entry = lesson.scenes[doc.at];
    ImGui::Text("%s", tr(lang, "lesson.scene_n", doc.at + 1, lesson.scenes.size()).c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##scene_title", tr(lang, "lesson.scene_title_hint").c_str(), &entry.title);
    // ImGui 1.86 does not wrap a multiline field: the note reads wrapped, and is edited on request.
    if (editing_note_) {
        ImGui::InputTextMultiline("##note", &entry.note, ImVec2(-1, ImGui::GetTextLineHeight() * 5.0f));
    } else if (!entry.note.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(entry.note.c_str());
        ImGui::PopTextWrapPos();
    }
    if (button(lang, editing_note_ ? "lesson.note_done" : "lesson.note_edit", "note")) editing_note_ = !editing_note_;
    tooltip(lang, "lesson.note_tip");
    ImGui::SameLine();
    if (button(lang, "lesson.up", "up") && move_scene(lesson, doc.at, -1)) --doc.at;
    ImGui::SameLine();
    if (button(lang, "lesson.down", "down") && move_scene(lesson, doc.at, 1)) ++doc.at;
    if (button(lang, "lesson.replace", "replace")) {
        entry.scene = state.scene();
        ask(LessonRequest::Kind::stored);
    }
    tooltip(lang, "lesson.replace_tip");
    ImGui::SameLine();
    if (button(lang, "lesson.remove", "remove")) {
        remove_scene(lesson, doc.at);
        if (doc.at > 0 && doc.at >= lesson.scenes.size()) --doc.at;
        // The scene that takes its place is the one on screen, so stepping on goes on from there.
        if (!lesson.scenes.empty()) ask(LessonRequest::Kind::show, doc.at);
        return request;
    }
    if (button(lang, "lesson.present", "present")) ask(LessonRequest::Kind::present, doc.at);
    tooltip(lang, "lesson.present_tip");
    return request;
}

}  // namespace convviz
