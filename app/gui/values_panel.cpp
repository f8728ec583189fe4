#include "app/gui/values_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "app/gui/panel_text.hpp"
#include "app/gui/panel_widgets.hpp"
#include "app/gui/preset_menu.hpp"
#include "core/i18n/strings.hpp"
#include "core/scene_edit.hpp"

namespace convviz {

namespace {

constexpr int64_t kMaxShownSide = 24;  // larger planes show their top-left corner for editing

// A typed number: the cell (flat index) and its new value.
struct CellEdit {
    int64_t index = 0;
    double value = 0.0;
};

// The chosen tensor of a scene, const or not as the scene is.
template <class AnyScene>
auto tensor_of(AnyScene& scene, int which) -> decltype(&scene.tensors.input) {
    if (which == 0) return &scene.tensors.input;
    if (which == 1 && scene.tensors.weight) return &*scene.tensors.weight;
    if (which == 2 && scene.tensors.bias) return &*scene.tensors.bias;
    return nullptr;
}

// Shows plane (n, c) of `tensor` as fields; the number the user typed, if any.
std::optional<CellEdit> plane_table(Lang lang, const Tensor& tensor, int64_t n, int64_t c, std::string* refused) {
    const Shape& shape = tensor.shape();
    const int64_t rows = shape.size() == 4 ? shape[2] : 1;
    const int64_t cols = shape.size() == 4 ? shape[3] : shape[0];
    const int64_t shown_rows = std::min(rows, kMaxShownSide);
    const int64_t shown_cols = std::min(cols, kMaxShownSide);
    std::optional<CellEdit> change;
    const float cell = ImGui::GetFontSize() * 3.2f;
    for (int64_t y = 0; y < shown_rows; ++y) {
        for (int64_t x = 0; x < shown_cols; ++x) {
            if (x > 0) ImGui::SameLine(0.0f, 2.0f);
            ImGui::PushID(static_cast<int>(y * shown_cols + x));
            ImGui::SetNextItemWidth(cell);
            const int64_t index = shape.size() == 4 ? tensor.offset(n, c, y, x) : x;
            const double value = tensor[index];
            double edited = value;
            if (ImGui::InputDouble("##v", &edited, 0.0, 0.0, "%g", ImGuiInputTextFlags_EnterReturnsTrue) &&
                edited != value) {
                // inf and NaN would not survive the scene file (JSON has no such numbers).
                if (std::isfinite(edited)) {
                    change = CellEdit{index, edited};
                } else {
                    *refused = not_finite_value(lang, edited);
                }
            }
            ImGui::PopID();
        }
    }
    if (shown_rows < rows || shown_cols < cols) {
        ImGui::TextDisabled("%s", plane_shown_of(lang, shown_rows, shown_cols, rows, cols).c_str());
    }
    return change;
}

}  // namespace

const Scene* preset_menu_items(const AppState& state, const std::vector<Scene>& presets) {
    return preset_family_menus(state, presets);  // grouped by family, as in the menu bar
}

const Scene* ValuesPanel::draw(AppState& state, const std::vector<Scene>& presets) {
    const Scene* preset = nullptr;
    if (!state.has_scene()) return preset;
    const Lang lang = state.lang();
    if (ImGui::Button(with_id(tr(lang, "panel.values.presets"), "Presets...").c_str())) ImGui::OpenPopup("presets");
    param_tip(lang, "values", "presets");
    if (ImGui::BeginPopup("presets")) {
        preset = preset_menu_items(state, presets);
        ImGui::EndPopup();
    }
    // The scene is copied only when the user changes it: its tensors may be large.
    const Scene& shown = state.scene();
    const std::string tensor_names[] = {tensor_label(lang, 0), tensor_label(lang, 1), tensor_label(lang, 2)};
    const char* names[] = {tensor_names[0].c_str(), tensor_names[1].c_str(), tensor_names[2].c_str()};
    const int available = shown.tensors.bias ? 3 : shown.tensors.weight ? 2 : 1;
    if (tensor >= available) tensor = 0;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    ImGui::Combo(with_id(tr(lang, "panel.values.tensor"), "tensor").c_str(), &tensor, names, available);
    param_tip(lang, "values", "tensor");
    const Tensor* target = tensor_of(shown, tensor);
    if (target == nullptr) return preset;

    ImGui::TextDisabled("%s", tr(lang, "panel.values.fill_with", names[tensor]).c_str());
    const Fill fills[] = {Fill::integers, Fill::normals, Fill::ones, Fill::arange};
    std::optional<Fill> chosen;
    for (Fill fill : fills) {
        ImGui::SameLine();
        if (ImGui::SmallButton(with_id(fill_label(lang, fill), name(fill)).c_str())) chosen = fill;
        param_tip(lang, "values", name(fill));
    }
    ImGui::Separator();
    const Shape& shape = target->shape();
    ImGui::TextDisabled("%s", tr(lang, "panel.values.click_to_edit", names[tensor], to_string(shape)).c_str());
    param_tip(lang, "values", "cells");
    std::string refused;
    if (shape.size() == 4) {
        // One plane at a time: a 64-channel weight would be millions of fields otherwise.
        plane[0] = std::clamp<int64_t>(plane[0], 0, shape[0] - 1);
        plane[1] = std::clamp<int64_t>(plane[1], 0, shape[1] - 1);
        if (shape[0] > 1 || shape[1] > 1) {
            const int64_t step = 1;
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
            if (ImGui::InputScalarN(with_id(tr(lang, "panel.values.plane"), "plane (n, c)").c_str(), ImGuiDataType_S64,
                                    plane, 2, &step, nullptr, "%lld")) {
                plane[0] = std::clamp<int64_t>(plane[0], 0, shape[0] - 1);
                plane[1] = std::clamp<int64_t>(plane[1], 0, shape[1] - 1);
            }
            param_tip(lang, "values", "plane");
        }
    }
    ImGui::BeginChild("cells", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    const std::optional<CellEdit> typed =
        plane_table(lang, *target, shape.size() == 4 ? plane[0] : 0, shape.size() == 4 ? plane[1] : 0, &refused);
    ImGui::EndChild();
    if (!refused.empty()) state.reject(refused);
    if (chosen || typed) {
        Scene scene = shown;
        Tensor& changed = *tensor_of(scene, tensor);
        if (chosen) fill_tensor(changed, *chosen, seed++);
        if (typed) changed[typed->index] = typed->value;
        if (!scene.id.empty()) {
            scene.title = edited_values_title(lang, scene.id);
            scene.id.clear();
        }
        state.show(std::move(scene), /*keep_time=*/true);  // editing a number keeps the moment
    }
    return preset;
}

}  // namespace convviz
