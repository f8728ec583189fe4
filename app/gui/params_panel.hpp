// Parameters: the op and every PyTorch parameter it has, per axis where PyTorch has one (input
// N, C, H, W; out_channels; kernel, stride, padding, output_padding, dilation; groups; bias;
// padding_mode; the pooling, upsampling and shuffle options), and the view. Each edit is applied
// through core's reshape_scene(): a valid one replaces the scene, an invalid one shows core's
// message over the dimmed animation. Nothing is clamped, nothing computed here. The op's fields
// are drawn from its description (core/op_params), one widget per kind. Each control has a hover
// tip (the description's words key, param_tips.hpp for the rest); the words are in the
// interface's language, the parameters keep their PyTorch names.
#pragma once

#include <optional>
#include <string>

#include "app/model/app_state.hpp"
#include "core/op_params.hpp"
#include "core/scene_edit.hpp"

namespace convviz {

struct ParamsPanel {
    // The edit in progress, which may be invalid; reloaded when a new scene arrives from elsewhere.
    OpParams params = ConvTranspose2dParams{};
    Shape input{1, 1, 3, 3};
    SceneTensorsSpec spec;
    PoolingBefore pooling;  // max_unpool2d: the MaxPool2d's dilation and ceil_mode
    int64_t seen_revision = -1;
    bool replay_sampling = false;  // align_corners changed this frame
    // Why the scene on screen has no transposed layer ("" when it has), for the revision and
    // language it was worked out in.
    std::string transpose_refusal;
    int64_t transpose_checked = -1;
    Lang transpose_lang = Lang::en;

    // The view chosen in the view list, if one was: the App shows it through its command, an
    // undoable step like any other.
    std::optional<ViewKind> draw(AppState& state);

private:
    void load(const Scene& scene);
    void apply(AppState& state);
    bool op_fields(Lang lang);
    bool param_field(Lang lang, const ParamSpec& field);
    bool size_or_scale(Lang lang, const ParamSpec& size_spec);  // Upsample: exactly one of the two
    std::optional<ViewKind> view_fields(AppState& state);
    void transpose_button(AppState& state);  // "Transpose this layer", for the conv ops
};

}  // namespace convviz
