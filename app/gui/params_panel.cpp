#include "app/gui/params_panel.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/op.hpp"

namespace convviz {

namespace {

// Two numbers on one line, H then W, each with − / + buttons.
bool pair_field(const char* label, Pair& pair) {
    const int64_t one = 1;
    return ImGui::InputScalarN(label, ImGuiDataType_S64, &pair.h, 2, &one, nullptr, "%lld");
}

bool int_field(const char* label, int64_t& value) {
    const int64_t one = 1;
    return ImGui::InputScalar(label, ImGuiDataType_S64, &value, &one, nullptr, "%lld");
}

void tooltip(const char* text) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

// An optional pair: a checkbox "set" and the pair when set.
bool optional_pair(const char* label, const char* unset, std::optional<Pair>& value, Pair fallback) {
    bool changed = false;
    bool set = value.has_value();
    ImGui::PushID(label);
    if (ImGui::Checkbox("##set", &set)) {
        value = set ? std::optional<Pair>(fallback) : std::nullopt;
        changed = true;
    }
    ImGui::SameLine();
    if (value) {
        changed |= pair_field(label, *value);
    } else {
        ImGui::TextDisabled("%s: %s", label, unset);
    }
    ImGui::PopID();
    return changed;
}

constexpr const char* kOps[] = {"conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "max_unpool2d",
                                "upsample", "pixel_shuffle", "pixel_unshuffle"};

}  // namespace

void ParamsPanel::load(const Scene& scene) {
    params = scene.params;
    // The matrix view shows a conv2d; its parameters are the conv2d's.
    if (const auto* m = std::get_if<Conv2dMatrixParams>(&params)) params = m->conv;
    input = scene.tensors.input.shape();
    spec = tensors_spec(scene);
    pooling = scene.pooling;
}

void ParamsPanel::apply(AppState& state) {
    Scene current = state.scene();
    current.pooling = pooling;
    Result<Scene> edited = reshape_scene(current, params, input, spec);
    if (!edited) {
        state.reject(edited.error());
        return;
    }
    Scene scene = std::move(edited).value();
    if (!state.scene().id.empty()) {
        scene.id.clear();
        scene.title = "Your " + std::string(op_name(scene.params)) + " (from " + state.scene().id + ")";
    }
    const int64_t before = state.revision();
    state.show(std::move(scene));
    if (state.revision() != before) seen_revision = state.revision();
}

bool ParamsPanel::op_fields() {
    bool changed = false;
    if (auto* p = std::get_if<Conv2dParams>(&params)) {
        changed |= pair_field("stride", p->stride);
        tooltip("How far the kernel moves between placements: fewer, further-apart output cells.");
        const char* kinds[] = {"numbers", "'same'", "'valid'"};
        int kind = static_cast<int>(p->padding.kind);
        if (ImGui::Combo("padding kind", &kind, kinds, 3)) {
            p->padding.kind = static_cast<PaddingKind>(kind);
            changed = true;
        }
        if (p->padding.kind == PaddingKind::pair) {
            changed |= pair_field("padding", p->padding.size);
            tooltip("Cells added around the input (the dashed ring): +2·padding in the formula.");
        }
        changed |= pair_field("dilation", p->dilation);
        tooltip("Gaps between the kernel's taps: the kernel covers dilation·(k − 1) + 1 cells.");
        changed |= int_field("groups", p->groups);
        tooltip("Channels split into groups; each output channel reads only its group's input channels.");
        const char* modes[] = {"zeros", "reflect", "replicate", "circular"};
        int mode = static_cast<int>(p->padding_mode);
        if (ImGui::Combo("padding_mode", &mode, modes, 4)) {
            p->padding_mode = static_cast<PaddingMode>(mode);
            changed = true;
        }
    } else if (auto* t = std::get_if<ConvTranspose2dParams>(&params)) {
        changed |= pair_field("stride", t->stride);
        tooltip("stride − 1 zeros are inserted between input cells: the output grows by the stride.");
        changed |= pair_field("padding", t->padding);
        tooltip("Cut from each side of the full output: −2·padding in the formula.");
        changed |= pair_field("output_padding", t->output_padding);
        tooltip("Rows and columns given back at the bottom and right; must be < stride or < dilation.");
        changed |= pair_field("dilation", t->dilation);
        changed |= int_field("groups", t->groups);
    } else if (auto* m = std::get_if<MaxPool2dParams>(&params)) {
        changed |= pair_field("kernel_size", m->kernel_size);
        changed |= optional_pair("stride", "= kernel_size", m->stride, m->kernel_size);
        changed |= pair_field("padding", m->padding);
        changed |= pair_field("dilation", m->dilation);
        changed |= ImGui::Checkbox("ceil_mode", &m->ceil_mode);
    } else if (auto* a = std::get_if<AvgPool2dParams>(&params)) {
        changed |= pair_field("kernel_size", a->kernel_size);
        changed |= optional_pair("stride", "= kernel_size", a->stride, a->kernel_size);
        changed |= pair_field("padding", a->padding);
        changed |= ImGui::Checkbox("ceil_mode", &a->ceil_mode);
        changed |= ImGui::Checkbox("count_include_pad", &a->count_include_pad);
        bool set = a->divisor_override.has_value();
        if (ImGui::Checkbox("divisor_override", &set)) {
            a->divisor_override = set ? std::optional<int64_t>(1) : std::nullopt;
            changed = true;
        }
        if (a->divisor_override) changed |= int_field("divisor", *a->divisor_override);
    } else if (auto* u = std::get_if<MaxUnpool2dParams>(&params)) {
        changed |= pair_field("kernel_size", u->kernel_size);
        tooltip("The pooling window (MaxPool2d and MaxUnpool2d share it): one winner per window.");
        changed |= optional_pair("stride", "= kernel_size", u->stride, u->kernel_size);
        changed |= pair_field("padding", u->padding);
        ImGui::TextDisabled("MaxPool2d before it");
        changed |= pair_field("dilation", pooling.dilation);
        tooltip("Gaps inside the pooling window. MaxUnpool2d knows nothing of them: its default plane may be\n"
                "smaller than the input, too small for the indices; output_size puts them back in place.");
        changed |= ImGui::Checkbox("ceil_mode", &pooling.ceil_mode);
        tooltip("A last, partial window at the bottom and right: one more pooled row or column.");
        ImGui::TextDisabled("MaxUnpool2d");
        changed |= optional_pair("output_size", "default", u->output_size, Pair{input[2], input[3]});
        tooltip("The unpooled plane's size. An index is y·W + x of the pooled input: read in a plane of\n"
                "another width, it lands in another row and column.");
    } else if (auto* s = std::get_if<UpsampleParams>(&params)) {
        const char* modes[] = {"nearest", "nearest-exact", "bilinear", "bicubic"};
        int mode = static_cast<int>(s->mode);
        if (ImGui::Combo("mode", &mode, modes, 4)) {
            s->mode = static_cast<UpsampleMode>(mode);
            changed = true;
        }
        bool by_size = s->size.has_value();
        if (ImGui::RadioButton("scale_factor", !by_size)) {
            s->size.reset();
            s->scale_factor = ScaleFactor{};
            changed = true;
        }
        ImGui::SameLine();
        if (ImGui::RadioButton("size", by_size)) {
            s->scale_factor.reset();
            // The draft's H and W may be anything the user typed: double them within bounds.
            s->size = Pair{std::clamp<int64_t>(input[2], 1, 1024) * 2, std::clamp<int64_t>(input[3], 1, 1024) * 2};
            changed = true;
        }
        if (s->size) changed |= pair_field("size", *s->size);
        if (s->scale_factor) {
            changed |= ImGui::InputScalarN("scale_factor", ImGuiDataType_Double, &s->scale_factor->h, 2, nullptr,
                                           nullptr, "%g");
        }
        const char* corners[] = {"unset", "False", "True"};
        int corner = s->align_corners ? (*s->align_corners ? 2 : 1) : 0;
        if (ImGui::Combo("align_corners", &corner, corners, 3)) {
            s->align_corners = corner == 0 ? std::nullopt : std::optional<bool>(corner == 2);
            changed = true;
            // The new scene opens on its sampling phase: play it, so the grid is seen moving.
            replay_sampling = true;
        }
        tooltip("Bilinear and bicubic only. False: the cells' areas line up (points at output cell centres).\n"
                "True: the corner cells' centres line up. Changing it plays the sampling grid moving.");
    } else if (auto* ps = std::get_if<PixelShuffleParams>(&params)) {
        changed |= int_field("upscale_factor", ps->upscale_factor);
    } else if (auto* pu = std::get_if<PixelUnshuffleParams>(&params)) {
        changed |= int_field("downscale_factor", pu->downscale_factor);
    }
    return changed;
}

void ParamsPanel::draw(AppState& state) {
    if (!state.has_scene()) return;
    if (seen_revision != state.revision()) {
        load(state.scene());
        seen_revision = state.revision();
    }
    ImGui::PushItemWidth(ImGui::GetFontSize() * 10.5f);
    bool changed = false;

    const std::string op = op_name(params);
    if (ImGui::BeginCombo("op", op.c_str())) {
        for (const char* name : kOps) {
            if (ImGui::Selectable(name, op == name) && op != name) {
                const bool was_conv = has_weight(params);
                params = *default_params(name);
                if (auto* p = std::get_if<ConvTranspose2dParams>(&params); p && !was_conv) p->stride = {2, 2};
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::TextDisabled("input (N, C, H, W)");
    changed |= int_field("batch N", input[0]);
    changed |= int_field("channels C", input[1]);
    Pair size{input[2], input[3]};
    if (pair_field("height, width", size)) {
        input[2] = size.h;
        input[3] = size.w;
        changed = true;
    }
    tooltip("The input's H and W, set separately.");
    if (has_weight(params)) {
        ImGui::TextDisabled("layer");
        changed |= int_field("out_channels", spec.out_channels);
        changed |= pair_field("kernel_size", spec.kernel_size);
        tooltip("The kernel's height and width: the dark window on the input.");
        changed |= ImGui::Checkbox("bias", &spec.has_bias);
    } else {
        ImGui::TextDisabled("options");
    }
    changed |= op_fields();

    view_fields(state);
    ImGui::PopItemWidth();
    if (changed) {
        apply(state);
        if (replay_sampling) state.playback().playing = true;
    }
    replay_sampling = false;
}

void ParamsPanel::view_fields(AppState& state) {
    const std::vector<ViewKind> views = views_for(state.scene().params);
    const ViewKind current = state.scene().view.kind;
    ImGui::Separator();
    if (ImGui::BeginCombo("view", name(current))) {
        for (ViewKind view : views) {
            if (ImGui::Selectable(name(view), view == current) && view != current) {
                Scene scene = state.scene();
                scene.view.kind = view;
                state.show(std::move(scene), /*keep_time=*/true);  // scatter ↔ gather: one scene
            }
        }
        ImGui::EndCombo();
    }
    if (current != ViewKind::compare) return;
    const char* kernels[] = {"bilinear", "ones"};
    int kernel = static_cast<int>(state.scene().view.compare_kernel);
    if (ImGui::Combo("ConvT kernel", &kernel, kernels, 2)) {
        Scene scene = state.scene();
        scene.view.compare_kernel = static_cast<CompareKernel>(kernel);
        state.show(std::move(scene), /*keep_time=*/true);
    }
    tooltip("The compare view's ConvTranspose2d kernel: bilinear (a tent, 2·stride − stride mod 2 wide)\n"
            "or all ones (the pool's own size: for kernel = stride it copies, as nearest does).");
}

}  // namespace convviz
