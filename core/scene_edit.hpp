// Editing a Scene the way the parameter panel does: new parameters, a new input shape, new channel
// counts, with the tensors resized to fit and the user's values kept where the shapes overlap.
// It neither draws nor clamps: a configuration the op refuses comes back as core's message.
//
// Usage:
//   SceneTensorsSpec spec = tensors_spec(scene);          // what the scene has now
//   spec.out_channels = 2;                                // the user's edit
//   Result<Scene> edited = reshape_scene(scene, scene.params, scene.tensors.input.shape(), spec);
//   if (edited) scene = std::move(edited).value(); else show(edited.error());
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/ops/pair.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"
#include "core/tensor.hpp"

namespace convviz {

// How cells get their values. Every fill is a pure function of (shape, fill, seed).
enum class Fill {
    integers,  // uniform in −4..4, as PyTorch's reference cases and the presets: sums stay exact
    normals,   // standard normal, rounded to 2 decimals so that a cell stays legible
    ones,      // 1 everywhere (the "identity" examples)
    arange,    // 0, 1, 2, … in row-major order, as torch.arange(n).reshape(shape)
};

const char* name(Fill fill);  // "integers", "normals", "ones", "arange"

// Overwrites every cell of `tensor`. The generator is std::mt19937_64 seeded with `seed`; the
// integers and normals are derived from its raw output by hand (not by <random>'s distributions,
// whose results differ between standard libraries), so a seed gives the same cells everywhere.
void fill_tensor(Tensor& tensor, Fill fill, uint64_t seed);
Tensor filled(const Shape& shape, Fill fill, uint64_t seed);

// What a scene's tensors need beyond the op's Params and the input shape.
struct SceneTensorsSpec {
    int64_t out_channels = 1;     // conv ops: the layer's out_channels
    Pair kernel_size{.h = 3, .w = 3};       // conv ops: kH, kW of the weight
    bool has_bias = false;        // conv ops (conv2d_matrix keeps one but its matrix ignores it)
    Fill fill = Fill::integers;   // for cells the old tensors did not have
    uint64_t seed = 0;            // for those cells; input, weight and bias draw different streams
};

// The scene's tensors as sized for `params`, with the spec's fill for new cells:
// - input: `input_shape` (N, C, H, W). For max_unpool2d that is the tensor BEFORE pooling, as
//   the Scene holds it; the scene pools it itself.
// - weight (conv ops only): layer_weight_shape(params, C, out_channels, kernel_size), i.e.
//   [C_out, C / groups, kH, kW] for conv2d, [C, C_out / groups, kH, kW] for conv_transpose2d.
// - bias (conv ops, when has_bias): [C_out].
// A cell keeps its old value when the old tensor (same role, same rank) has the same index
// (n, c, y, x); the old weight is not transposed when the op switches between conv2d and
// conv_transpose2d. The view stays when views_for(params) allows it, else becomes the op's
// default. id and title are copied unchanged: whether the scene is still the preset, and what to
// call it, is the caller's decision.
// Returns the first rule the result breaks (validate(Scene), shape bounds first, so nothing huge
// is allocated) as the error, in `lang`; never throws, never adjusts a number.
Result<Scene> reshape_scene(const Scene& scene, const OpParams& params, const Shape& input_shape,
                            const SceneTensorsSpec& spec, Lang lang = Lang::en);

// The channel counts and kernel the parameter panel shows and edits.
struct SceneChannels {
    int64_t in_channels = 1;   // the input's C (before pooling, for max_unpool2d)
    int64_t out_channels = 1;  // conv ops: the layer's; other ops: the output's C (in_channels if invalid)
    Pair kernel_size{.h = 3, .w = 3};    // conv ops: the weight's kH, kW; pooling: its window; else 3×3
    bool has_bias = false;     // conv ops with a bias tensor
    bool editable = false;     // out_channels, kernel_size and has_bias are the user's (conv ops)
};
SceneChannels scene_channels(const Scene& scene);

// The spec that reproduces the scene's own tensors: reshape_scene(scene, scene.params,
// scene.tensors.input.shape(), tensors_spec(scene)) returns the scene unchanged.
SceneTensorsSpec tensors_spec(const Scene& scene, Fill fill = Fill::integers, uint64_t seed = 0);

// [SECTION] Switching the op, transposing a layer

// What the parameter panel edits besides the input: the op's parameters, the conv ops' kernel (the
// weight's kH, kW; the pooling ops keep theirs in `params`) and max_unpool2d's MaxPool2d.
struct LayerSettings {
    OpParams params = Conv2dParams{};
    Pair kernel_size{.h = 3, .w = 3};
    PoolingBefore pooling;
};

// The settings of op `to` (op_name()'s words) for a user who had `from`: the op's defaults, with
// every parameter both ops have carried over — kernel size, stride, padding, dilation, groups,
// ceil_mode (a Conv2d's padding 'valid' as 0; 'same' has no number before the input is known, so
// the default stays). A pooling stride equal to its kernel stays unset, as PyTorch's default.
// Nothing is checked: the result may be a configuration the op refuses, shown as such. Nothing for
// an unknown op.
std::optional<LayerSettings> switch_op(const LayerSettings& from, std::string_view to);

// "Transpose this layer". A Conv2d becomes the ConvTranspose2d with the same kernel (the same
// weight tensor: [C_out, C_in / groups, kH, kW] is the transposed layer's [C_in, C_out / groups,
// kH, kW]), stride, padding, dilation and groups, and the output_padding that gives the Conv2d's
// input size back. A ConvTranspose2d becomes the Conv2d with the same kernel, stride, padding,
// dilation and groups, whose output size is the transposed layer's input size; it exists when
// output_padding is smaller than stride on both axes. Either way:
// - the new input holds the old layer's output values, so the new layer maps them back to the
//   old input's shape (for y = C·x the new layer computes Cᵀ·y);
// - a bias, if there was one, becomes zeros of the new out_channels (the transpose of the linear
//   map has none; the layer keeps bias=True);
// - the view stays when the new op has it (matrix), else becomes the op's default;
// - id cleared, the title says what it is, in `lang`.
// Any other op, an invalid scene, a Conv2d whose padding_mode is not zeros (ConvTranspose2d pads
// with zeros only) or whose 'same' padding is uneven, or a result the op refuses: the reason as
// the error, in plain words. Never throws.
Result<Scene> transposed_layer(const Scene& scene, Lang lang = Lang::en);

}  // namespace convviz
