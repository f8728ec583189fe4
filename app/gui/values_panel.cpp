#include "app/gui/values_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>

#include "app/model/panel_text.hpp"
#include "app/gui/panel_widgets.hpp"
#include "core/number_text.hpp"
#include "app/gui/preset_menu.hpp"
#include "core/i18n/strings.hpp"
#include "core/scene_edit.hpp"
#include "core/text.hpp"

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

// The number typed into a cell: a finite double spelled out in full, or nothing while the text is
// not one yet ("", "-", "1e"). `out_of_range` when it spells one beyond a double's range.
std::optional<double> typed_number(const char* text, bool* out_of_range) {
    const char* const end = text + std::strlen(text);
    const char* const first = *text == '+' ? text + 1 : text;  // from_chars takes no '+'
    const ReadDouble read = read_double(std::string_view(first, static_cast<size_t>(end - first)));
    if (read.out_of_range) *out_of_range = true;
    if (!read.value || !std::isfinite(*read.value)) return std::nullopt;
    return read.value;
}

// Cells as wide as the panel allows, so that a 7×7 plane of small integers fits a panel about
// 280 px wide, but never narrower than the widest number they show (display_number()'s, 4
// decimals as the canvas): a plane of such numbers scrolls sideways rather than cut them off.
float cell_width(int64_t cols, float spacing, float widest) {
    const float available = ImGui::GetContentRegionAvail().x;
    const float fitted = (available - spacing * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    const float font = ImGui::GetFontSize();
    const float needed = widest + 2.0f * ImGui::GetStyle().FramePadding.x + 1.0f;
    return std::max(std::clamp(fitted, font * 2.0f, font * 3.6f), needed);
}

// Shows plane (n, c) of `tensor` as fields; the number the user typed, if any. A typed number
// counts as soon as it reads as one, as the Parameters panel's fields do: Enter, Tab and a click
// elsewhere all keep it.
std::optional<CellEdit> plane_table(Lang lang, const std::string& name, const Tensor& tensor, int64_t n, int64_t c,
                                    std::string* refused) {
    const Shape& shape = tensor.shape();
    const int64_t rows = shape.size() == 4 ? shape[2] : 1;
    const int64_t cols = shape.size() == 4 ? shape[3] : shape[0];
    const int64_t shown_rows = std::min(rows, kMaxShownSide);
    const int64_t shown_cols = std::min(cols, kMaxShownSide);
    std::optional<CellEdit> change;
    const float spacing = 2.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3.0f, ImGui::GetStyle().FramePadding.y));
    float widest = 0.0f;
    for (int64_t y = 0; y < shown_rows; ++y) {
        for (int64_t x = 0; x < shown_cols; ++x) {
            char text[64];
            const size_t length = display_number(tensor[shape.size() == 4 ? tensor.offset(n, c, y, x) : x], text, sizeof text);
            widest = std::max(widest, ImGui::CalcTextSize(text, text + length).x);
        }
    }
    const float cell = cell_width(shown_cols, spacing, widest);
    for (int64_t y = 0; y < shown_rows; ++y) {
        for (int64_t x = 0; x < shown_cols; ++x) {
            if (x > 0) ImGui::SameLine(0.0f, spacing);
            ImGui::PushID(static_cast<int>(y * shown_cols + x));
            ImGui::SetNextItemWidth(cell);
            const int64_t index = shape.size() == 4 ? tensor.offset(n, c, y, x) : x;
            const double value = tensor[index];
            char text[64];
            display_number(value, text, sizeof text);
            if (ImGui::InputText("##v", text, sizeof text, ImGuiInputTextFlags_CharsScientific | ImGuiInputTextFlags_AutoSelectAll)) {
                bool out_of_range = false;
                const std::optional<double> typed = typed_number(text, &out_of_range);
                // inf and NaN would not survive the scene file (JSON has no such numbers).
                if (out_of_range) *refused = not_finite_value(lang, text[0] == '-' ? -HUGE_VAL : HUGE_VAL);
                if (typed && *typed != value) change = CellEdit{index, *typed};
            }
            if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) {
                // The cell shows 4 decimals; the tip the whole double, at the cell's index.
                const std::string at = shape.size() == 4 ? cat("[", n, ", ", c, ", ", y, ", ", x, "]") : cat("[", x, "]");
                ImGui::SetTooltip("%s%s = %s", name.c_str(), at.c_str(), exact_number(value).c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::PopStyleVar();
    if (shown_rows < rows || shown_cols < cols) {
        ImGui::TextDisabled("%s", plane_shown_of(lang, shown_rows, shown_cols, rows, cols).c_str());
    }
    return change;
}

// SameLine() when an item `width` wide still fits the line, so that a row of buttons wraps in a
// narrow panel instead of running off its edge.
void same_line_if_fits(float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right) ImGui::SameLine();
}

// Wrapped to the panel: its lines are sentences that a narrow panel would cut off.
void wrapped_disabled(const std::string& words) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", words.c_str());
    ImGui::PopStyleColor();
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
        const std::string label = fill_label(lang, fill);
        same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + 2.0f * ImGui::GetStyle().FramePadding.x);
        if (ImGui::SmallButton(with_id(label, name(fill)).c_str())) chosen = fill;
        param_tip(lang, "values", name(fill));
    }
    ImGui::Separator();
    const Shape& shape = target->shape();
    wrapped_disabled(tr(lang, "panel.values.click_to_edit", names[tensor], to_string(shape)));
    param_tip(lang, "values", "cells");
    std::string refused;
    if (shape.size() == 4) {
        // One plane at a time: a 64-channel weight would be millions of fields otherwise.
        plane[0] = std::clamp<int64_t>(plane[0], 0, shape[0] - 1);
        plane[1] = std::clamp<int64_t>(plane[1], 0, shape[1] - 1);
        if (shape[0] > 1 || shape[1] > 1) {
            const int64_t step = 1;
            // Each of the two numbers has its own − and + buttons: room for those and a few digits,
            // beside the label when the panel has it.
            const std::string label = tr(lang, "panel.values.plane");
            const ImGuiStyle& style = ImGui::GetStyle();
            const float beside = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(label.c_str()).x -
                                 style.ItemInnerSpacing.x;
            const float one = ImGui::CalcTextSize("999").x + 2.0f * style.FramePadding.x +
                              2.0f * (ImGui::GetFrameHeight() + style.ItemInnerSpacing.x);
            const float narrowest = 2.0f * one + style.ItemInnerSpacing.x;
            ImGui::SetNextItemWidth(std::clamp(beside, narrowest, std::max(narrowest, ImGui::GetFontSize() * 14.0f)));
            if (ImGui::InputScalarN(with_id(label, "plane (n, c)").c_str(), ImGuiDataType_S64, plane, 2, &step, nullptr,
                                    "%lld")) {
                plane[0] = std::clamp<int64_t>(plane[0], 0, shape[0] - 1);
                plane[1] = std::clamp<int64_t>(plane[1], 0, shape[1] - 1);
            }
            param_tip(lang, "values", "plane");
        }
    }
    ImGui::BeginChild("cells", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    const std::optional<CellEdit> typed = plane_table(lang, tensor_names[tensor], *target, shape.size() == 4 ? plane[0] : 0,
                                                      shape.size() == 4 ? plane[1] : 0, &refused);
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
