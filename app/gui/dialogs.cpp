#include "app/gui/dialogs.hpp"

#include <imgui.h>

#include <cfloat>
#include <string>
#include <utility>

#include "app/gui/actions.hpp"
#include "app/gui/theme.hpp"
#include "app/gui/torch_paste.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

void unsaved_prompt(Workspace& ws) {
    const Lang lang = ws.state.lang();
    const std::string title = tr(lang, "prompt.title") + "###unsaved";
    if (ws.prompt.due) {
        ImGui::OpenPopup(title.c_str());
        ws.prompt.due = false;
    }
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const Loses changes = unsaved(ws, ws.prompt.loses);
    if (changes.scene) {
        ImGui::TextUnformatted(
            tr(lang, "prompt.scene", document_title(ws.doc, scene_title(ws.state.scene(), lang), false)).c_str());
    }
    if (changes.lesson) ImGui::TextUnformatted(tr(lang, "prompt.lesson", ws.lesson.lesson->title).c_str());
    ImGui::TextUnformatted(tr(lang, "prompt.question").c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr(lang, "prompt.save").c_str())) {
        ImGui::CloseCurrentPopup();
        // One document at a time: a Save As waits for its file, then the question comes back.
        const bool saved = changes.scene ? save_scene_file(ws) : save_lesson_file(ws);
        if (saved) {
            resume_prompt(ws);
        } else if (ws.files.is_open()) {
            ws.prompt.saving = true;
        } else {
            drop_prompt(ws);  // the save failed; its message says why
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "prompt.discard").c_str())) {
        ImGui::CloseCurrentPopup();
        if (ws.prompt.after) std::exchange(ws.prompt.after, nullptr)();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "prompt.cancel").c_str())) {
        ImGui::CloseCurrentPopup();
        drop_prompt(ws);
    }
    ImGui::EndPopup();
}

void failure_message(Workspace& ws) {
    const Lang lang = ws.state.lang();
    const std::string title = tr(lang, "message.title") + "###message";
    if (!ws.message.empty() && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(display.x * 0.6f, FLT_MAX));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(display.x * 0.55f);
    ImGui::TextUnformatted(ws.message.c_str());
    ImGui::TextDisabled("%s", tr(lang, "message.nothing_lost").c_str());
    ImGui::PopTextWrapPos();
    // Enter or Esc close it too, as a message's one button; not the key that made the message.
    const bool key_closes = !ImGui::IsWindowAppearing() &&
                            (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false));
    if (ImGui::Button(tr(lang, "message.ok").c_str()) || key_closes) {
        ws.message.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

int grow_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

// Edit → Paste PyTorch: a line (or two) of PyTorch; Show it sets the scene, or says what could not
// be read and changes nothing.
void paste_box(Workspace& ws) {
    const Lang lang = ws.state.lang();
    const std::string title = tr(lang, "paste.title") + "###paste";
    if (std::exchange(ws.paste.due, false)) {
        ws.paste.error.clear();
        ImGui::OpenPopup(title.c_str());
    }
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(display.x * 0.8f, ImGui::GetFontSize() * 40.0f), 0.0f));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr(lang, "paste.hint").c_str());
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ws.paste.text.reserve(256);
    // Enter shows it, as a dialog's default button; Ctrl+Enter starts a new line (a torch.randn above).
    const bool entered = ImGui::InputTextMultiline(
        "##torch", ws.paste.text.data(), ws.paste.text.capacity() + 1, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 4.0f),
        ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine,
        grow_string, &ws.paste.text);
    if (!ws.paste.error.empty()) ImGui::TextColored(warning_colour(), "%s", ws.paste.error.c_str());
    ImGui::PopTextWrapPos();
    if ((ImGui::Button(tr(lang, "paste.apply").c_str()) || entered) && paste_torch_line(ws, ws.paste.text)) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "paste.cancel").c_str()) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_dialogs(Workspace& ws) {
    if (std::optional<std::string> path = ws.files.draw(ws.state.lang())) file_chosen(ws, *path);
    if (ws.prompt.saving && !ws.files.is_open()) drop_prompt(ws);  // its Save As was cancelled
    unsaved_prompt(ws);
    paste_box(ws);
    failure_message(ws);
}

}  // namespace convviz
