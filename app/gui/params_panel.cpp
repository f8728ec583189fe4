#include "app/gui/params_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/model/panel_text.hpp"
#include "app/gui/panel_widgets.hpp"
#include "core/i18n/strings.hpp"
#include "core/op.hpp"
#include "core/op_params.hpp"

namespace convviz {

namespace {

// Two numbers on one line, H then W, each with − / + buttons.
bool pair_field(const char* label, Pair& pair) {
    // Each axis keeps room for a digit beside its buttons however narrow the panel (a phone, a
    // large text size): the label may run past the edge, the numbers may not vanish.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float axis = ImGui::CalcTextSize("0").x + 2.0f * style.FramePadding.x +
                       2.0f * (ImGui::GetFrameHeight() + style.ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(std::max(ImGui::CalcItemWidth(), 2.0f * axis + style.ItemInnerSpacing.x));
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

// A word of a choice as the panel shows it: the interface's words beside PyTorch's.
std::string choice_label(Lang lang, const ParamSpec& spec, std::string_view word) {
    if (spec.name == "padding_mode") return padding_mode_label(lang, parse_padding_mode(word).value_or(PaddingMode::zeros));
    if (spec.name == "mode") return upsample_mode_label(lang, parse_upsample_mode(word).value_or(UpsampleMode::nearest));
    return std::string(word);
}

// While the last item is hovered: the parameter's tip, by the description's words key.
void spec_tip(Lang lang, const ParamSpec& spec) {
    if (!ImGui::IsItemHovered() || spec.words.empty()) return;
    const std::string_view words = text(lang, spec.words);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(words.data(), words.data() + words.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

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

// One widget per parameter of the op's description, by its kind; the words and the tips come
// from the description too. Nothing is clamped: an invalid value is core's to refuse.
bool ParamsPanel::param_field(Lang lang, const ParamSpec& field) {
    const std::string name(field.name);
    ParamValue value = field.get(params);
    bool changed = false;
    if (!field.one_of_with.empty()) {
        // Upsample's size or scale_factor: drawn once, at the first of the two, as a choice.
        if (field.kind == ParamKind::scale) return false;
        return size_or_scale(lang, field);
    }
    switch (field.kind) {
        case ParamKind::integer:
            if (!field.optional) {
                changed = int_field(name.c_str(), std::get<int64_t>(value));
                spec_tip(lang, field);
            } else {
                // Set or not, then the number: avg_pool2d's divisor_override.
                bool set = !std::holds_alternative<std::monostate>(value);
                if (ImGui::Checkbox(name.c_str(), &set)) {
                    value = set ? ParamValue{int64_t{1}} : ParamValue{std::monostate{}};
                    changed = true;
                }
                spec_tip(lang, field);
                if (auto* number = std::get_if<int64_t>(&value)) {
                    changed |= int_field(with_id(tr(lang, "panel.params.divisor"), "divisor").c_str(), *number);
                    param_tip(lang, "avg_pool2d", "divisor");
                }
            }
            break;
        case ParamKind::pair:
            if (!field.optional) {
                changed = pair_field(name.c_str(), std::get<Pair>(value));
                spec_tip(lang, field);
            } else {
                std::optional<Pair> pair;
                if (const auto* p = std::get_if<Pair>(&value)) pair = *p;
                // Set, it starts from what None stood for: the kernel size, the default output size.
                const ParamSpec* kernel = find_param(op_schema(params), "kernel_size");
                const Pair fallback = field.name == "stride" && kernel ? std::get<Pair>(kernel->get(params))
                                                                      : Pair{.h = input[2], .w = input[3]};
                changed = optional_pair(lang, name.c_str(), tr(lang, field.none_words), pair, fallback);
                spec_tip(lang, field);
                value = pair ? ParamValue{*pair} : ParamValue{std::monostate{}};
            }
            break;
        case ParamKind::boolean:
            if (!field.optional) {
                changed = ImGui::Checkbox(name.c_str(), &std::get<bool>(value));
            } else {
                const std::string unset = tr(lang, field.none_words);
                const char* choices[] = {unset.c_str(), "False", "True"};
                int choice = std::holds_alternative<bool>(value) ? (std::get<bool>(value) ? 2 : 1) : 0;
                if (ImGui::Combo(name.c_str(), &choice, choices, 3)) {
                    value = choice == 0 ? ParamValue{std::monostate{}} : ParamValue{choice == 2};
                    changed = true;
                    // align_corners: the new scene opens on its sampling phase; play it, so the
                    // grid is seen moving.
                    replay_sampling = true;
                }
            }
            spec_tip(lang, field);
            break;
        case ParamKind::choice: {
            std::vector<std::string> labels;
            std::vector<const char*> items;
            int current = 0;
            for (std::string_view word : field.choices) {
                if (word == std::get<std::string_view>(value)) current = static_cast<int>(labels.size());
                labels.push_back(choice_label(lang, field, word));
            }
            for (const std::string& label : labels) items.push_back(label.c_str());
            if (ImGui::Combo(name.c_str(), &current, items.data(), static_cast<int>(items.size()))) {
                value = field.choices[static_cast<size_t>(current)];
                changed = true;
            }
            spec_tip(lang, field);
            break;
        }
        case ParamKind::padding: {
            // Numbers, 'same' or 'valid'; then the numbers when they apply.
            const std::string numbers = tr(lang, "panel.params.padding_numbers");
            const char* kinds[] = {numbers.c_str(), "'same'", "'valid'"};
            const auto* word = std::get_if<std::string_view>(&value);
            int kind = word == nullptr ? 0 : *word == field.choices[0] ? 1 : 2;
            if (ImGui::Combo(with_id(tr(lang, "panel.params.padding_kind"), "padding kind").c_str(), &kind, kinds, 3)) {
                value = kind == 0 ? ParamValue{Pair{.h = 0, .w = 0}} : ParamValue{field.choices[static_cast<size_t>(kind - 1)]};
                changed = true;
            }
            param_tip(lang, "conv2d", "padding_kind");
            if (auto* pair = std::get_if<Pair>(&value)) {
                changed |= pair_field(name.c_str(), *pair);
                spec_tip(lang, field);
            }
            break;
        }
        case ParamKind::scale: break;  // only in size_or_scale
    }
    if (changed) field.set(params, value);
    return changed;
}

// Upsample: by scale_factor or by size, exactly one; then that one's numbers.
bool ParamsPanel::size_or_scale(Lang lang, const ParamSpec& size_spec) {
    const OpSchema& schema = op_schema(params);
    const ParamSpec& scale_spec = *find_param(schema, size_spec.one_of_with);
    ParamValue size = size_spec.get(params);
    ParamValue scale = scale_spec.get(params);
    bool changed = false;
    const bool by_size = std::holds_alternative<Pair>(size);
    if (ImGui::RadioButton("scale_factor", !by_size)) {
        size = std::monostate{};
        scale = ScaleFactor{};
        changed = true;
    }
    param_tip(lang, "upsample", "by_scale_factor");
    ImGui::SameLine();
    if (ImGui::RadioButton("size", by_size)) {
        scale = std::monostate{};
        // The draft's H and W may be anything the user typed: double them within bounds.
        size = Pair{.h = std::clamp<int64_t>(input[2], 1, 1024) * 2, .w = std::clamp<int64_t>(input[3], 1, 1024) * 2};
        changed = true;
    }
    param_tip(lang, "upsample", "by_size");
    if (auto* pair = std::get_if<Pair>(&size)) {
        changed |= pair_field("size", *pair);
        spec_tip(lang, size_spec);
    }
    if (auto* factor = std::get_if<ScaleFactor>(&scale)) {
        changed |= ImGui::InputScalarN("scale_factor", ImGuiDataType_Double, &factor->h, 2, nullptr, nullptr, "%g");
        spec_tip(lang, scale_spec);
    }
    if (changed) {
        size_spec.set(params, size);
        scale_spec.set(params, scale);
    }
    return changed;
}

bool ParamsPanel::op_fields(Lang lang) {
    bool changed = false;
    const OpSchema& schema = op_schema(params);
    for (const ParamSpec& field : schema.params) {
        // MaxUnpool2d: the MaxPool2d before it has a dilation and ceil_mode of its own, shown
        // before the unpool's output_size.
        if (field.name == "output_size") {
            ImGui::TextDisabled("%s", tr(lang, "panel.params.pool_before").c_str());
            changed |= pair_field("dilation", pooling.dilation);
            param_tip(lang, "max_unpool2d", "pool_dilation");
            changed |= ImGui::Checkbox("ceil_mode", &pooling.ceil_mode);
            param_tip(lang, "max_unpool2d", "pool_ceil_mode");
            ImGui::TextDisabled("MaxUnpool2d");
        }
        changed |= param_field(lang, field);
    }
    return changed;
}

std::optional<ViewKind> ParamsPanel::draw(AppState& state) {
    if (!state.has_scene()) return std::nullopt;
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

    const std::optional<ViewKind> view = view_fields(state);
    ImGui::PopItemWidth();
    if (changed) {
        apply(state);
        if (replay_sampling) state.playback().playing = true;
    }
    replay_sampling = false;
    return view;
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

std::optional<ViewKind> ParamsPanel::view_fields(AppState& state) {
    const Lang lang = state.lang();
    const std::vector<ViewKind> views = views_for(state.scene().params);
    const ViewKind current = state.scene().view.kind;
    std::optional<ViewKind> chosen;
    ImGui::Separator();
    if (ImGui::BeginCombo(with_id(tr(lang, "panel.params.view"), "view").c_str(), view_label(lang, current).c_str())) {
        for (ViewKind view : views) {
            if (ImGui::Selectable(with_id(view_label(lang, view), name(view)).c_str(), view == current) && view != current) {
                chosen = view;
            }
        }
        ImGui::EndCombo();
    }
    param_tip(lang, "view", "view");
    if (current != ViewKind::compare) return chosen;
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
    return chosen;
}

}  // namespace convviz
