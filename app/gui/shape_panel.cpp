#include "app/gui/shape_panel.hpp"

#include <imgui.h>

#include "app/gui/arithmetic_panel.hpp"
#include "core/arith.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

void lines_of(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) ImGui::TextWrapped("%s", line.c_str());
}

// For a conv2d: the conv_transpose2d that undoes it. For a conv_transpose2d: the conv2d with the
// same kernel, stride, padding and dilation that maps its output back, and the output_padding
// that this transposed convolution needs to invert it.
void inverse_padding(const Scene& scene, const OpShapes& shapes) {
    const auto* conv = std::get_if<Conv2dParams>(&scene.params);
    const auto* tconv = std::get_if<ConvTranspose2dParams>(&scene.params);
    if (conv == nullptr && tconv == nullptr) return;
    ImGui::Separator();
    if (conv != nullptr) {
        ImGui::TextWrapped("A ConvTranspose2d with this kernel, stride, padding and dilation gives back the "
                           "input's size with:");
        Result<RestoringPadding> r = restoring_output_padding(*conv, shapes.input, *shapes.weight);
        if (!r) {
            ImGui::TextWrapped("%s", r.error().c_str());
            return;
        }
        lines_of(r.value().lines);
        return;
    }
    Conv2dParams forward;
    forward.stride = tconv->stride;
    forward.padding.size = tconv->padding;
    forward.dilation = tconv->dilation;
    forward.groups = tconv->groups;
    const Shape out = output_shape(scene.params, shapes);
    // The conv2d reads the transposed output and writes the transposed input: its weight is
    // [C_in, C_out / groups, kH, kW], the same tensor read the other way round.
    const Shape& w = *shapes.weight;
    const Shape forward_weight{w[0], out[1] / tconv->groups, w[2], w[3]};
    ImGui::TextWrapped("This ConvTranspose2d inverts the shape of a Conv2d with the same kernel, stride, "
                       "padding and dilation applied to a %lld×%lld input when:",
                       static_cast<long long>(out[2]), static_cast<long long>(out[3]));
    Result<RestoringPadding> r = restoring_output_padding(forward, out, forward_weight);
    if (!r) {
        ImGui::TextWrapped("%s", r.error().c_str());
        return;
    }
    lines_of(r.value().lines);
    const Pair needed = r.value().output_padding;
    if (needed == tconv->output_padding) {
        ImGui::TextWrapped("The scene's output_padding (%lld, %lld) is exactly that.", static_cast<long long>(needed.h),
                           static_cast<long long>(needed.w));
    }
}

}  // namespace

void ShapePanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    for (const FrameText& text : state.frame().texts) {
        if (text.kind != TextKind::formula) continue;
        marked_text(text.text, text.mark_begin, text.mark_end, IM_COL32(203, 75, 22, 255));
    }
    ImGui::Separator();
    const Scene& scene = state.scene();
    Result<OpInputs> inputs = op_inputs(scene);
    if (!inputs) {
        ImGui::TextWrapped("%s", inputs.error().c_str());
        return;
    }
    const OpShapes shapes = shapes_of(inputs.value());
    Result<ShapeDerivation> derivation = derive_shape(scene.params, shapes);
    if (!derivation) {
        ImGui::TextWrapped("%s", derivation.error().c_str());
        return;
    }
    lines_of(derivation.value().lines);
    ImGui::Text("output shape %s", to_string(derivation.value().output).c_str());
    inverse_padding(scene, shapes);
}

}  // namespace convviz
