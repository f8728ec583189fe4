#include "app/gui/params_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/model/panel_text.hpp"
#include "app/gui/panel_widgets.hpp"
#include "core/i18n/strings.hpp"
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

// An optional pair: a checkbox "set" and the pair when set; `unset` says what it is otherwise.
bool optional_pair(Lang lang, const char* label, const std::string& unset, std::optional<Pair>& value, Pair fallback) {
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
        ImGui::TextDisabled("%s", tr(lang, "panel.params.unset", label, unset).c_str());
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
    Result<Scene> edited = reshape_scene(current, params, input, spec, state.lang());
    if (!edited) {
        state.reject(edited.error());
        return;
    }
    Scene scene = std::move(edited).value();
    scene.id.clear();
    scene.title = edited_title(state.lang(), state.scene(), op_name(scene.params));
    const int64_t before = state.revision();
    state.show(std::move(scene));
    if (state.revision() != before) seen_revision = state.revision();
}

bool ParamsPanel::op_fields(Lang lang) {
    bool changed = false;
    const std::string same_as_kernel = tr(lang, "panel.params.stride_unset");
    if (auto* p = std::get_if<Conv2dParams>(&params)) {
        changed |= pair_field("stride", p->stride);
        param_tip(lang, "conv2d", "stride");
        const std::string numbers = tr(lang, "panel.params.padding_numbers");
        const char* kinds[] = {numbers.c_str(), "'same'", "'valid'"};
        int kind = static_cast<int>(p->padding.kind);
        if (ImGui::Combo(with_id(tr(lang, "panel.params.padding_kind"), "padding kind").c_str(), &kind, kinds, 3)) {
            p->padding.kind = static_cast<PaddingKind>(kind);
            changed = true;
        }
        param_tip(lang, "conv2d", "padding_kind");
        if (p->padding.kind == PaddingKind::pair) {
            changed |= pair_field("padding", p->padding.size);
            param_tip(lang, "conv2d", "padding");
        }
        changed |= pair_field("dilation", p->dilation);
        param_tip(lang, "conv2d", "dilation");
        changed |= int_field("groups", p->groups);
        param_tip(lang, "conv2d", "groups");
        const PaddingMode all_modes[] = {PaddingMode::zeros, PaddingMode::reflect, PaddingMode::replicate,
                                         PaddingMode::circular};
        std::string mode_names[4];
        const char* modes[4];
        for (int i = 0; i < 4; ++i) {
            mode_names[i] = padding_mode_label(lang, all_modes[i]);
            modes[i] = mode_names[i].c_str();
        }
        int mode = static_cast<int>(p->padding_mode);
        if (ImGui::Combo("padding_mode", &mode, modes, 4)) {
            p->padding_mode = static_cast<PaddingMode>(mode);
            changed = true;
        }
        param_tip(lang, "conv2d", "padding_mode");
    } else if (auto* t = std::get_if<ConvTranspose2dParams>(&params)) {
        changed |= pair_field("stride", t->stride);
        param_tip(lang, "conv_transpose2d", "stride");
        changed |= pair_field("padding", t->padding);
        param_tip(lang, "conv_transpose2d", "padding");
        changed |= pair_field("output_padding", t->output_padding);
        param_tip(lang, "conv_transpose2d", "output_padding");
        changed |= pair_field("dilation", t->dilation);
        param_tip(lang, "conv_transpose2d", "dilation");
        changed |= int_field("groups", t->groups);
        param_tip(lang, "conv_transpose2d", "groups");
    } else if (auto* m = std::get_if<MaxPool2dParams>(&params)) {
        changed |= pair_field("kernel_size", m->kernel_size);
        param_tip(lang, "max_pool2d", "kernel_size");
        changed |= optional_pair(lang, "stride", same_as_kernel, m->stride, m->kernel_size);
        param_tip(lang, "max_pool2d", "stride");
        changed |= pair_field("padding", m->padding);
        param_tip(lang, "max_pool2d", "padding");
        changed |= pair_field("dilation", m->dilation);
        param_tip(lang, "max_pool2d", "dilation");
        changed |= ImGui::Checkbox("ceil_mode", &m->ceil_mode);
        param_tip(lang, "max_pool2d", "ceil_mode");
    } else if (auto* a = std::get_if<AvgPool2dParams>(&params)) {
        changed |= pair_field("kernel_size", a->kernel_size);
        param_tip(lang, "avg_pool2d", "kernel_size");
        changed |= optional_pair(lang, "stride", same_as_kernel, a->stride, a->kernel_size);
        param_tip(lang, "avg_pool2d", "stride");
        changed |= pair_field("padding", a->padding);
        param_tip(lang, "avg_pool2d", "padding");
        changed |= ImGui::Checkbox("ceil_mode", &a->ceil_mode);
        param_tip(lang, "avg_pool2d", "ceil_mode");
        changed |= ImGui::Checkbox("count_include_pad", &a->count_include_pad);
        param_tip(lang, "avg_pool2d", "count_include_pad");
        bool set = a->divisor_override.has_value();
        if (ImGui::Checkbox("divisor_override", &set)) {
            a->divisor_override = set ? std::optional<int64_t>(1) : std::nullopt;
            changed = true;
        }
        param_tip(lang, "avg_pool2d", "divisor_override");
        if (a->divisor_override) {
            changed |= int_field(with_id(tr(lang, "panel.params.divisor"), "divisor").c_str(), *a->divisor_override);
            param_tip(lang, "avg_pool2d", "divisor");
        }
    } else if (auto* u = std::get_if<MaxUnpool2dParams>(&params)) {
        changed |= pair_field("kernel_size", u->kernel_size);
        param_tip(lang, "max_unpool2d", "kernel_size");
        changed |= optional_pair(lang, "stride", same_as_kernel, u->stride, u->kernel_size);
        param_tip(lang, "max_unpool2d", "stride");
        changed |= pair_field("padding", u->padding);
        param_tip(lang, "max_unpool2d", "padding");
        ImGui::TextDisabled("%s", tr(lang, "panel.params.pool_before").c_str());
        changed |= pair_field("dilation", pooling.dilation);
        param_tip(lang, "max_unpool2d", "pool_dilation");
        changed |= ImGui::Checkbox("ceil_mode", &pooling.ceil_mode);
        param_tip(lang, "max_unpool2d", "pool_ceil_mode");
        ImGui::TextDisabled("MaxUnpool2d");
        changed |= optional_pair(lang, "output_size", tr(lang, "panel.params.output_size_unset"), u->output_size,
                                 Pair{input[2], input[3]});
        param_tip(lang, "max_unpool2d", "output_size");
    } else if (auto* s = std::get_if<UpsampleParams>(&params)) {
        const UpsampleMode all_modes[] = {UpsampleMode::nearest, UpsampleMode::nearest_exact, UpsampleMode::bilinear,
                                          UpsampleMode::bicubic};
        std::string mode_names[4];
        const char* modes[4];
        for (int i = 0; i < 4; ++i) {
            mode_names[i] = upsample_mode_label(lang, all_modes[i]);
            modes[i] = mode_names[i].c_str();
        }
        int mode = static_cast<int>(s->mode);
        if (ImGui::Combo("mode", &mode, modes, 4)) {
            s->mode = static_cast<UpsampleMode>(mode);
            changed = true;
        }
        param_tip(lang, "upsample", "mode");
        bool by_size = s->size.has_value();
        if (ImGui::RadioButton("scale_factor", !by_size)) {
            s->size.reset();
            s->scale_factor = ScaleFactor{};
            changed = true;
        }
        param_tip(lang, "upsample", "by_scale_factor");
        ImGui::SameLine();
        if (ImGui::RadioButton("size", by_size)) {
            s->scale_factor.reset();
            // The draft's H and W may be anything the user typed: double them within bounds.
            s->size = Pair{std::clamp<int64_t>(input[2], 1, 1024) * 2, std::clamp<int64_t>(input[3], 1, 1024) * 2};
            changed = true;
        }
        param_tip(lang, "upsample", "by_size");
        if (s->size) {
            changed |= pair_field("size", *s->size);
            param_tip(lang, "upsample", "size");
        }
        if (s->scale_factor) {
            changed |= ImGui::InputScalarN("scale_factor", ImGuiDataType_Double, &s->scale_factor->h, 2, nullptr,
                                           nullptr, "%g");
            param_tip(lang, "upsample", "scale_factor");
        }
        const std::string unset = tr(lang, "panel.params.align_corners_unset");
        const char* corners[] = {unset.c_str(), "False", "True"};
        int corner = s->align_corners ? (*s->align_corners ? 2 : 1) : 0;
        if (ImGui::Combo("align_corners", &corner, corners, 3)) {
            s->align_corners = corner == 0 ? std::nullopt : std::optional<bool>(corner == 2);
            changed = true;
            // The new scene opens on its sampling phase: play it, so the grid is seen moving.
            replay_sampling = true;
        }
        param_tip(lang, "upsample", "align_corners");
    } else if (auto* ps = std::get_if<PixelShuffleParams>(&params)) {
        changed |= int_field("upscale_factor", ps->upscale_factor);
        param_tip(lang, "pixel_shuffle", "upscale_factor");
    } else if (auto* pu = std::get_if<PixelUnshuffleParams>(&params)) {
        changed |= int_field("downscale_factor", pu->downscale_factor);
        param_tip(lang, "pixel_unshuffle", "downscale_factor");
    }
    return changed;
}

void ParamsPanel::draw(AppState& state) {
    if (!state.has_scene()) return;
    if (seen_revision != state.revision()) {
        load(state.scene());
        seen_revision = state.revision();
    }
    const Lang lang = state.lang();
    // The fields give way to the labels in a narrow panel: "output_padding", the longest name,
    // stays whole at the panel's default width.
    const float label_room = ImGui::CalcTextSize("output_padding").x + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::PushItemWidth(std::clamp(ImGui::GetContentRegionAvail().x - label_room, ImGui::GetFontSize() * 7.0f,
                                    ImGui::GetFontSize() * 10.5f));
    bool changed = false;

    const std::string op = op_name(params);
    // The op's name whole ("conv_transpose2d"): its label is short, its field takes the rest.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(tr(lang, "panel.params.op").c_str()).x -
                            ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::BeginCombo(with_id(tr(lang, "panel.params.op"), "op").c_str(), op_label(lang, op).c_str())) {
        for (const char* name : kOps) {
            if (ImGui::Selectable(with_id(op_label(lang, name), name).c_str(), op == name) && op != name) {
                // Every parameter the new op has keeps the user's number (issue 19).
                const LayerSettings from{.params = params, .kernel_size = spec.kernel_size, .pooling = pooling};
                if (std::optional<LayerSettings> to = switch_op(from, name)) {
                    params = to->params;
                    spec.kernel_size = to->kernel_size;
                    pooling = to->pooling;
                    changed = true;
                }
            }
        }
        ImGui::EndCombo();
    }
    param_tip(lang, "input", "op");
    transpose_button(state);
    ImGui::TextDisabled("%s", tr(lang, "panel.params.input_heading").c_str());
    changed |= int_field(with_id(tr(lang, "panel.params.batch"), "batch N").c_str(), input[0]);
    param_tip(lang, "input", "batch");
    changed |= int_field(with_id(tr(lang, "panel.params.channels"), "channels C").c_str(), input[1]);
    param_tip(lang, "input", "channels");
    Pair size{input[2], input[3]};
    if (pair_field(with_id(tr(lang, "panel.params.height_width"), "height, width").c_str(), size)) {
        input[2] = size.h;
        input[3] = size.w;
        changed = true;
    }
    param_tip(lang, "input", "size");
    if (has_weight(params)) {
        // The layer's tensors: what they do depends on the op (a Conv2d's kernel slides, a
        // ConvTranspose2d's stamps).
        const char* const context = std::holds_alternative<ConvTranspose2dParams>(params) ? "conv_transpose2d" : "conv2d";
        ImGui::TextDisabled("%s", tr(lang, "panel.params.layer_heading").c_str());
        changed |= int_field("out_channels", spec.out_channels);
        param_tip(lang, context, "out_channels");
        changed |= pair_field("kernel_size", spec.kernel_size);
        param_tip(lang, context, "kernel_size");
        changed |= ImGui::Checkbox("bias", &spec.has_bias);
        param_tip(lang, context, "bias");
    } else {
        ImGui::TextDisabled("%s", tr(lang, "panel.params.options_heading").c_str());
    }
    changed |= op_fields(lang);

    view_fields(state);
    ImGui::PopItemWidth();
    if (changed) {
        apply(state);
        if (replay_sampling) state.playback().playing = true;
    }
    replay_sampling = false;
}

void ParamsPanel::transpose_button(AppState& state) {
    if (!has_weight(params)) return;
    const Lang lang = state.lang();
    // Whether the scene on screen has a transpose: worked out once per scene, as it runs the op.
    if (transpose_checked != state.revision() || transpose_lang != lang) {
        Result<Scene> transposed = transposed_layer(state.scene(), lang);
        transpose_refusal = transposed ? std::string() : transposed.error();
        transpose_checked = state.revision();
        transpose_lang = lang;
    }
    // A rejected edit is not on screen: the button would transpose the scene behind it.
    const bool can = transpose_refusal.empty() && state.error().empty();
    const char* const context = std::holds_alternative<ConvTranspose2dParams>(params) ? "conv_transpose2d" : "conv2d";
    ImGui::BeginDisabled(!can);
    const bool pressed = ImGui::Button(with_id(tr(lang, "panel.params.transpose"), "transpose").c_str());
    ImGui::EndDisabled();
    param_tip(lang, context, "transpose");
    if (!transpose_refusal.empty() && state.error().empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", transpose_refusal.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!pressed || !can) return;
    Result<Scene> transposed = transposed_layer(state.scene(), lang);
    if (!transposed) {
        transpose_refusal = transposed.error();
        return;
    }
    state.show(std::move(transposed).value());
}

void ParamsPanel::view_fields(AppState& state) {
    const Lang lang = state.lang();
    const std::vector<ViewKind> views = views_for(state.scene().params);
    const ViewKind current = state.scene().view.kind;
    ImGui::Separator();
    if (ImGui::BeginCombo(with_id(tr(lang, "panel.params.view"), "view").c_str(), view_label(lang, current).c_str())) {
        for (ViewKind view : views) {
            if (ImGui::Selectable(with_id(view_label(lang, view), name(view)).c_str(), view == current) && view != current) {
                Scene scene = state.scene();
                scene.view.kind = view;
                state.show(std::move(scene), /*keep_time=*/true);  // scatter ↔ gather: one scene
            }
        }
        ImGui::EndCombo();
    }
    param_tip(lang, "view", "view");
    if (current != ViewKind::compare) return;
    const std::string kernel_names[] = {compare_kernel_label(lang, CompareKernel::bilinear),
                                        compare_kernel_label(lang, CompareKernel::ones)};
    const char* kernels[] = {kernel_names[0].c_str(), kernel_names[1].c_str()};
    int kernel = static_cast<int>(state.scene().view.compare_kernel);
    if (ImGui::Combo(with_id(tr(lang, "panel.params.compare_kernel"), "ConvT kernel").c_str(), &kernel, kernels, 2)) {
        Scene scene = state.scene();
        scene.view.compare_kernel = static_cast<CompareKernel>(kernel);
        state.show(std::move(scene), /*keep_time=*/true);
    }
    param_tip(lang, "view", "compare_kernel");
}

}  // namespace convviz
