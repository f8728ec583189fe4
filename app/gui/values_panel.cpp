#include "app/gui/values_panel.hpp"

#include <imgui.h>

#include <string>

#include "core/scene_edit.hpp"

namespace convviz {

namespace {

constexpr int64_t kMaxShownSide = 24;  // larger planes show their top-left corner for editing

Tensor* tensor_of(Scene& scene, int which) {
    if (which == 0) return &scene.tensors.input;
    if (which == 1 && scene.tensors.weight) return &*scene.tensors.weight;
    if (which == 2 && scene.tensors.bias) return &*scene.tensors.bias;
    return nullptr;
}

// Edits plane (n, c) of `tensor` in place; true when a number changed.
bool plane_table(Tensor& tensor, int64_t n, int64_t c) {
    const Shape& shape = tensor.shape();
    const int64_t rows = shape.size() == 4 ? shape[2] : 1;
    const int64_t cols = shape.size() == 4 ? shape[3] : shape[0];
    const int64_t shown_rows = std::min(rows, kMaxShownSide);
    const int64_t shown_cols = std::min(cols, kMaxShownSide);
    bool changed = false;
    const float cell = ImGui::GetFontSize() * 3.2f;
    for (int64_t y = 0; y < shown_rows; ++y) {
        for (int64_t x = 0; x < shown_cols; ++x) {
            if (x > 0) ImGui::SameLine(0.0f, 2.0f);
            ImGui::PushID(static_cast<int>(y * shown_cols + x));
            ImGui::SetNextItemWidth(cell);
            double& value = shape.size() == 4 ? tensor.at(n, c, y, x) : tensor.data()[static_cast<size_t>(x)];
            double edited = value;
            if (ImGui::InputDouble("##v", &edited, 0.0, 0.0, "%g", ImGuiInputTextFlags_EnterReturnsTrue) &&
                edited != value) {
                value = edited;
                changed = true;
            }
            ImGui::PopID();
        }
    }
    if (shown_rows < rows || shown_cols < cols) {
        ImGui::TextDisabled("(%lld×%lld shown of %lld×%lld)", static_cast<long long>(shown_rows),
                            static_cast<long long>(shown_cols), static_cast<long long>(rows),
                            static_cast<long long>(cols));
    }
    return changed;
}

}  // namespace

bool preset_menu_items(AppState& state, const std::vector<Scene>& presets) {
    bool opened = false;
    for (const Scene& preset : presets) {
        const std::string label = preset.id + "  —  " + preset.title;
        if (ImGui::MenuItem(label.c_str(), nullptr, state.scene().id == preset.id)) {
            opened = state.show(preset);
        }
    }
    return opened;
}

void ValuesPanel::draw(AppState& state, const std::vector<Scene>& presets) {
    if (!state.has_scene()) return;
    if (ImGui::Button("Presets...")) ImGui::OpenPopup("presets");
    if (ImGui::BeginPopup("presets")) {
        preset_menu_items(state, presets);
        ImGui::EndPopup();
    }
    Scene scene = state.scene();
    const char* names[] = {"input", "weight", "bias"};
    const int available = scene.tensors.bias ? 3 : scene.tensors.weight ? 2 : 1;
    if (tensor >= available) tensor = 0;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::Combo("tensor", &tensor, names, available);
    Tensor* target = tensor_of(scene, tensor);
    if (target == nullptr) return;

    ImGui::TextDisabled("fill %s with", names[tensor]);
    const Fill fills[] = {Fill::integers, Fill::normals, Fill::ones, Fill::arange};
    bool changed = false;
    for (Fill fill : fills) {
        ImGui::SameLine();
        if (ImGui::SmallButton(name(fill))) {
            fill_tensor(*target, fill, seed++);
            changed = true;
        }
    }
    ImGui::Separator();
    const Shape& shape = target->shape();
    ImGui::TextDisabled("%s %s — click a number, type, Enter", names[tensor], to_string(shape).c_str());
    ImGui::BeginChild("cells", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    if (shape.size() == 4) {
        for (int64_t n = 0; n < shape[0]; ++n) {
            for (int64_t c = 0; c < shape[1]; ++c) {
                ImGui::PushID(static_cast<int>(n * shape[1] + c));
                ImGui::Text("[%lld, %lld]", static_cast<long long>(n), static_cast<long long>(c));
                changed |= plane_table(*target, n, c);
                ImGui::PopID();
            }
        }
    } else {
        changed |= plane_table(*target, 0, 0);
    }
    ImGui::EndChild();
    if (changed) {
        if (!scene.id.empty()) {
            scene.title = "Your values (from " + scene.id + ")";
            scene.id.clear();
        }
        const double t = state.playback().t;
        if (state.show(std::move(scene))) state.seek(t);  // editing a number keeps the moment
    }
}

}  // namespace convviz
