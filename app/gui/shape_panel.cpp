#include "app/gui/shape_panel.hpp"

#include <imgui.h>

#include "app/gui/arithmetic_panel.hpp"
#include "core/arith.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

std::string count_text(int64_t value) { return std::to_string(value); }

// For a conv2d: the conv_transpose2d that undoes it. For a conv_transpose2d: the conv2d with the
// same kernel, stride, padding and dilation that maps its output back, and the output_padding
// that this transposed convolution needs to invert it.
std::vector<std::string> inverse_padding(const Scene& scene, const OpShapes& shapes) {
    const auto* conv = std::get_if<Conv2dParams>(&scene.params);
    const auto* tconv = std::get_if<ConvTranspose2dParams>(&scene.params);
    if (conv == nullptr && tconv == nullptr) return {};
    std::vector<std::string> lines;
    if (conv != nullptr) {
        lines.push_back("A ConvTranspose2d with this kernel, stride, padding and dilation gives back the "
                        "input's size with:");
        Result<RestoringPadding> r = restoring_output_padding(*conv, shapes.input, *shapes.weight);
        if (!r) return {lines[0], r.error()};
        lines.insert(lines.end(), r.value().lines.begin(), r.value().lines.end());
        return lines;
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
    lines.push_back("This ConvTranspose2d inverts the shape of a Conv2d with the same kernel, stride, padding and "
                    "dilation applied to a " + count_text(out[2]) + "×" + count_text(out[3]) + " input when:");
    Result<RestoringPadding> r = restoring_output_padding(forward, out, forward_weight);
    if (!r) return {lines[0], r.error()};
    lines.insert(lines.end(), r.value().lines.begin(), r.value().lines.end());
    const Pair needed = r.value().output_padding;
    if (needed == tconv->output_padding) {
        lines.push_back("The scene's output_padding (" + count_text(needed.h) + ", " + count_text(needed.w) +
                        ") is exactly that.");
    }
    return lines;
}

std::vector<std::string> derivation_of(const Scene& scene, std::vector<std::string>& inverse) {
    inverse.clear();
    Result<OpInputs> inputs = op_inputs(scene);
    if (!inputs) return {inputs.error()};
    const OpShapes shapes = shapes_of(inputs.value());
    Result<ShapeDerivation> derivation = derive_shape(scene.params, shapes);
    if (!derivation) return {derivation.error()};
    std::vector<std::string> lines = derivation.value().lines;
    lines.push_back("output shape " + to_string(derivation.value().output));
    inverse = inverse_padding(scene, shapes);
    return lines;
}

}  // namespace

void ShapePanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    if (revision != state.revision()) {
        derivation = derivation_of(state.scene(), inverse);
        revision = state.revision();
    }
    for (const FrameText& text : state.frame().texts) {
        if (text.kind != TextKind::formula) continue;
        marked_text(text.text, text.mark_begin, text.mark_end, IM_COL32(203, 75, 22, 255));
    }
    ImGui::Separator();
    for (const std::string& line : derivation) ImGui::TextWrapped("%s", line.c_str());
    if (inverse.empty()) return;
    ImGui::Separator();
    for (const std::string& line : inverse) ImGui::TextWrapped("%s", line.c_str());
}

}  // namespace convviz
