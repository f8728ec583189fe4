#include "app/gui/lesson_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string_view>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

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

// A text box's text and the file's limit for it (core/limits.hpp).
struct Limited {
    const std::string* text;
    size_t limit;
};

// A full box takes no more characters (typed or pasted), the way a field with a maximum length
// does; should several arrive in one frame past the limit, the box keeps its first `limit`
// characters. Whatever the box holds can then be saved and opened again.
int keep_within(ImGuiInputTextCallbackData* data) {
    const Limited& box = *static_cast<const Limited*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) return utf8_length(*box.text) >= box.limit ? 1 : 0;
    const std::string_view text(data->Buf, static_cast<size_t>(data->BufTextLen));
    if (utf8_length(text) > box.limit) {
        const int keep = static_cast<int>(utf8_offset(text, box.limit));
        data->DeleteChars(keep, data->BufTextLen - keep);
    }
    return 0;
}

constexpr ImGuiInputTextFlags kLimited = ImGuiInputTextFlags_CallbackCharFilter | ImGuiInputTextFlags_CallbackEdit;

bool limited_input(const char* id, const std::string& hint, std::string& text, size_t limit) {
    Limited box{&text, limit};
    return ImGui::InputTextWithHint(id, hint.c_str(), &text, kLimited, keep_within, &box);
}

}  // namespace

void LessonPanel::draw_note(const std::string& note) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = std::max(ImGui::GetContentRegionAvail().x - style.ScrollbarSize - style.WindowPadding.x, 1.0f);
    if (note != wrapped_note_ || width != wrapped_width_) {
        note_lines_ = wrap_lines(note, width, [](std::string_view piece) {
            return ImGui::CalcTextSize(piece.data(), piece.data() + piece.size()).x;
        });
        wrapped_note_ = note;
        wrapped_width_ = width;
    }
    const float line = ImGui::GetTextLineHeightWithSpacing();
    // At most twelve lines high; a longer note scrolls in its box.
    const float shown = std::min<float>(static_cast<float>(note_lines_.size()), 12.0f);
    ImGui::BeginChild("##note_text", ImVec2(0.0f, shown * line + style.ItemSpacing.y), false);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(note_lines_.size()), line);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const WrappedLine& at = note_lines_[static_cast<size_t>(i)];
            ImGui::TextUnformatted(note.data() + at.begin, note.data() + at.end);
        }
    }
    clipper.End();
    ImGui::EndChild();
}

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
    limited_input("##lesson_title", tr(lang, "lesson.title_hint"), lesson.title, text_limits.title);
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
    limited_input("##scene_title", tr(lang, "lesson.scene_title_hint"), entry.title, text_limits.title);
    // ImGui 1.86 does not wrap a multiline field: the note reads wrapped, and is edited on request.
    if (editing_note_) {
        Limited box{&entry.note, text_limits.note};
        ImGui::InputTextMultiline("##note", &entry.note, ImVec2(-1, ImGui::GetTextLineHeight() * 5.0f), kLimited,
                                  keep_within, &box);
    } else if (!entry.note.empty()) {
        draw_note(entry.note);
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
