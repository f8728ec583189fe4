// Scene editing: fills are deterministic and what they say; reshaping keeps the user's values
// where old and new shapes overlap, sizes every op's tensors as PyTorch's layers do, switches ops
// and views, and refuses an invalid configuration with core's own message.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <set>

#include "core/presets.hpp"
#include "core/scene_edit.hpp"

namespace convviz {
namespace {

Scene preset(std::string_view id) {
    auto scene = find_preset(id);
    EXPECT_TRUE(scene.has_value()) << id;
    return scene.value_or(Scene{});
}

// The message of a refused reshape, or "" when it was accepted.
std::string refusal(const Scene& scene, const OpParams& params, const Shape& input, const SceneTensorsSpec& spec) {
    auto edited = reshape_scene(scene, params, input, spec);
    return edited ? "" : edited.error();
}

// [SECTION] Fills

TEST(Fill, SameSeedSameCellsOtherSeedOtherCells) {
    for (Fill fill : {Fill::integers, Fill::normals}) {
        SCOPED_TRACE(name(fill));
        const Tensor a = filled({2, 3, 4, 5}, fill, 7);
        EXPECT_EQ(a.data(), filled({2, 3, 4, 5}, fill, 7).data());
        EXPECT_NE(a.data(), filled({2, 3, 4, 5}, fill, 8).data());
    }
}

TEST(Fill, IntegersAreEveryIntegerFromMinusFourToFour) {
    const Tensor t = filled({1, 1, 100, 100}, Fill::integers, 1);
    std::set<double> seen;
    for (double v : t.data()) {
        ASSERT_EQ(v, std::round(v));
        ASSERT_GE(v, -4.0);
        ASSERT_LE(v, 4.0);
        seen.insert(v);
    }
    EXPECT_EQ(seen.size(), 9u);
}

TEST(Fill, NormalsAreStandardAndRoundedToTwoDecimals) {
    const Tensor t = filled({1, 1, 100, 100}, Fill::normals, 2);
    double sum = 0.0;
    double squares = 0.0;
    for (double v : t.data()) {
        const double hundredths = v * 100.0;
        ASSERT_NEAR(hundredths, std::round(hundredths), 1e-9) << v;
        ASSERT_FALSE(v == 0.0 && std::signbit(v)) << "a −0 cell";
        sum += v;
        squares += v * v;
    }
    const double n = static_cast<double>(t.size());
    const double mean = sum / n;
    EXPECT_NEAR(mean, 0.0, 0.05);
    EXPECT_NEAR(std::sqrt(squares / n - mean * mean), 1.0, 0.05);
}

TEST(Fill, OnesAndArange) {
    const Tensor ones = filled({1, 2, 2, 3}, Fill::ones, 5);
    for (double v : ones.data()) EXPECT_EQ(v, 1.0);
    const Tensor arange = filled({1, 2, 2, 3}, Fill::arange, 5);
    EXPECT_EQ(arange.at(0, 0, 0, 0), 0.0);
    EXPECT_EQ(arange.at(0, 0, 0, 2), 2.0);
    EXPECT_EQ(arange.at(0, 0, 1, 0), 3.0);
    EXPECT_EQ(arange.at(0, 1, 1, 2), 11.0);
}

TEST(Fill, FillTensorOverwritesEveryCell) {
    Tensor t = unwritten({1, 1, 3, 3});
    fill_tensor(t, Fill::integers, 3);
    for (double v : t.data()) EXPECT_FALSE(std::isnan(v));
    EXPECT_EQ(t.data(), filled({1, 1, 3, 3}, Fill::integers, 3).data());
}

// [SECTION] Reshaping keeps values

TEST(SceneEdit, TheSceneOwnSpecGivesTheSceneBackForEveryPreset) {
    for (const Scene& scene : builtin_presets()) {
        SCOPED_TRACE(scene.id);
        auto same = reshape_scene(scene, scene.params, scene.tensors.input.shape(), tensors_spec(scene));
        ASSERT_TRUE(same.ok()) << same.error();
        EXPECT_EQ(scene_json(same.value()), scene_json(scene));
    }
}

TEST(SceneEdit, GrowingKeepsOldCellsAndFillsNewOnesFromTheSeed) {
    const Scene scene = preset("no_padding_no_strides");  // conv2d, input 1×1×4×4, weight 1×1×3×3
    SceneTensorsSpec spec = tensors_spec(scene);
    spec.out_channels = 2;
    spec.seed = 11;
    auto grown = reshape_scene(scene, scene.params, {2, 2, 6, 5}, spec);
    ASSERT_TRUE(grown.ok()) << grown.error();
    const Tensor& old_input = scene.tensors.input;
    const Tensor& input = grown.value().tensors.input;
    const Tensor fresh = filled({2, 2, 6, 5}, Fill::integers, 11);  // the input draws stream 0
    ASSERT_EQ(input.shape(), (Shape{2, 2, 6, 5}));
    for (int64_t n = 0; n < 2; ++n) {
        for (int64_t c = 0; c < 2; ++c) {
            for (int64_t y = 0; y < 6; ++y) {
                for (int64_t x = 0; x < 5; ++x) {
                    const bool old_cell = n == 0 && c == 0 && y < 4 && x < 4;
                    EXPECT_EQ(input.at(n, c, y, x), old_cell ? old_input.at(0, 0, y, x) : fresh.at(n, c, y, x))
                        << n << c << y << x;
                }
            }
        }
    }
    const Tensor& weight = *grown.value().tensors.weight;
    ASSERT_EQ(weight.shape(), (Shape{2, 2, 3, 3}));  // [C_out, C_in / groups, kH, kW]
    for (int64_t y = 0; y < 3; ++y) {
        for (int64_t x = 0; x < 3; ++x) EXPECT_EQ(weight.at(0, 0, y, x), scene.tensors.weight->at(0, 0, y, x));
    }
}

TEST(SceneEdit, ShrinkingKeepsTheTopLeftCorner) {
    const Scene scene = preset("no_padding_no_strides");
    SceneTensorsSpec spec = tensors_spec(scene);
    spec.kernel_size = {2, 3};
    auto shrunk = reshape_scene(scene, scene.params, {1, 1, 3, 4}, spec);
    ASSERT_TRUE(shrunk.ok()) << shrunk.error();
    const Tensor& input = shrunk.value().tensors.input;
    const Tensor& weight = *shrunk.value().tensors.weight;
    ASSERT_EQ(input.shape(), (Shape{1, 1, 3, 4}));
    ASSERT_EQ(weight.shape(), (Shape{1, 1, 2, 3}));
    for (int64_t y = 0; y < 3; ++y) {
        for (int64_t x = 0; x < 4; ++x) EXPECT_EQ(input.at(0, 0, y, x), scene.tensors.input.at(0, 0, y, x));
    }
    for (int64_t y = 0; y < 2; ++y) {
        for (int64_t x = 0; x < 3; ++x) EXPECT_EQ(weight.at(0, 0, y, x), scene.tensors.weight->at(0, 0, y, x));
    }
}

TEST(SceneEdit, BiasIsAddedKeptGrownAndDropped) {
    const Scene scene = preset("d2l_tconv");  // no bias
    SceneTensorsSpec spec = tensors_spec(scene);
    spec.has_bias = true;
    spec.fill = Fill::ones;
    auto with_bias = reshape_scene(scene, scene.params, scene.tensors.input.shape(), spec);
    ASSERT_TRUE(with_bias.ok()) << with_bias.error();
    ASSERT_TRUE(with_bias.value().tensors.bias.has_value());
    EXPECT_EQ(with_bias.value().tensors.bias->data(), (std::vector<double>{1.0}));
    // The fill applies to new cells only: input and weight are the preset's.
    EXPECT_EQ(with_bias.value().tensors.input.data(), scene.tensors.input.data());
    EXPECT_EQ(with_bias.value().tensors.weight->data(), scene.tensors.weight->data());

    Scene edited = with_bias.value();
    edited.tensors.bias->data() = {5.0};
    spec.out_channels = 3;
    spec.fill = Fill::arange;
    auto grown = reshape_scene(edited, edited.params, edited.tensors.input.shape(), spec);
    ASSERT_TRUE(grown.ok()) << grown.error();
    EXPECT_EQ(grown.value().tensors.bias->data(), (std::vector<double>{5.0, 1.0, 2.0}));
    EXPECT_EQ(grown.value().tensors.weight->shape(), (Shape{1, 3, 2, 2}));  // [C_in, C_out / groups, kH, kW]

    spec.has_bias = false;
    auto dropped = reshape_scene(grown.value(), grown.value().params, {1, 1, 2, 2}, spec);
    ASSERT_TRUE(dropped.ok()) << dropped.error();
    EXPECT_FALSE(dropped.value().tensors.bias.has_value());
}

TEST(SceneEdit, InputWeightAndBiasDrawDifferentNumbers) {
    Scene scene;  // empty tensors: every cell is new
    const SceneTensorsSpec spec{.out_channels = 1, .kernel_size = {3, 3}, .has_bias = true, .seed = 4};
    auto made = reshape_scene(scene, Conv2dParams{}, {1, 1, 3, 3}, spec);
    ASSERT_TRUE(made.ok()) << made.error();
    EXPECT_NE(made.value().tensors.input.data(), made.value().tensors.weight->data());
    EXPECT_EQ(made.value().tensors.input.data(), filled({1, 1, 3, 3}, Fill::integers, 4).data());
}

// [SECTION] Every op's shapes

TEST(SceneEdit, EveryOpGetsTheTensorsItsLayerHolds) {
    const Scene start = preset("no_padding_no_strides");  // conv2d in the conv view
    const Shape input{1, 4, 6, 6};
    const SceneTensorsSpec spec{.out_channels = 2, .kernel_size = {3, 2}, .has_bias = true};
    for (const char* const* op = op_names(); *op; ++op) {
        SCOPED_TRACE(*op);
        const OpParams params = *default_params(*op);
        auto edited = reshape_scene(start, params, input, spec);
        ASSERT_TRUE(edited.ok()) << edited.error();
        const Scene& scene = edited.value();
        EXPECT_EQ(scene.params.index(), params.index());
        EXPECT_EQ(scene.tensors.input.shape(), input);  // for max_unpool2d: the tensor before pooling
        const std::string name = *op;
        if (name == "conv2d" || name == "conv2d_matrix") {
            EXPECT_EQ(scene.tensors.weight->shape(), (Shape{2, 4, 3, 2}));
        } else if (name == "conv_transpose2d") {
            EXPECT_EQ(scene.tensors.weight->shape(), (Shape{4, 2, 3, 2}));
        } else {
            EXPECT_FALSE(scene.tensors.weight.has_value());
        }
        EXPECT_EQ(scene.tensors.bias.has_value(), has_weight(params));
        if (scene.tensors.bias) {
            EXPECT_EQ(scene.tensors.bias->shape(), (Shape{2}));
        }
        EXPECT_EQ(validate(scene), std::nullopt);
        // conv2d keeps the conv view; every other op gets its own default.
        EXPECT_EQ(scene.view.kind, name == "conv2d" ? ViewKind::conv : views_for(params).front());
    }
}

TEST(SceneEdit, GroupsSizeTheWeightAsTheLayerDoes) {
    const Scene scene = preset("no_padding_no_strides");
    const SceneTensorsSpec spec{.out_channels = 6, .kernel_size = {3, 3}};
    auto conv = reshape_scene(scene, Conv2dParams{.groups = 2}, {1, 4, 5, 5}, spec);
    ASSERT_TRUE(conv.ok()) << conv.error();
    EXPECT_EQ(conv.value().tensors.weight->shape(), (Shape{6, 2, 3, 3}));
    auto transposed = reshape_scene(scene, ConvTranspose2dParams{.groups = 2}, {1, 4, 5, 5}, spec);
    ASSERT_TRUE(transposed.ok()) << transposed.error();
    EXPECT_EQ(transposed.value().tensors.weight->shape(), (Shape{4, 3, 3, 3}));
    const SceneChannels channels = scene_channels(transposed.value());
    EXPECT_EQ(channels.in_channels, 4);
    EXPECT_EQ(channels.out_channels, 6);
}

// [SECTION] Refusals

TEST(SceneEdit, OutputPaddingNotBelowStrideIsRefusedWithCoreMessage) {
    const Scene scene = preset("d2l_tconv");
    const std::string e = refusal(scene, ConvTranspose2dParams{.stride = {2, 2}, .output_padding = {2, 0}},
                                  {1, 1, 3, 3}, tensors_spec(scene));
    EXPECT_EQ(e,
              "output_padding (2) must be smaller than stride (2) or dilation (1) on the height axis; "
              "use output_padding from 0 to 1");
}

TEST(SceneEdit, RefusalsAreMessagesNeverClampsOrThrows) {
    const Scene scene = preset("no_padding_no_strides");
    SceneTensorsSpec spec = tensors_spec(scene);
    EXPECT_EQ(refusal(scene, Conv2dParams{.groups = 2}, {1, 3, 5, 5}, spec),
              "in_channels (3) must be divisible by groups (2)");
    spec.out_channels = 3;
    EXPECT_EQ(refusal(scene, Conv2dParams{.groups = 2}, {1, 2, 5, 5}, spec),
              "out_channels (3) must be divisible by groups (2)");
    spec.out_channels = 0;
    EXPECT_EQ(refusal(scene, scene.params, {1, 1, 4, 4}, spec), "out_channels must be at least 1, but it is 0");
    spec.out_channels = 1;
    spec.kernel_size = {0, 3};
    EXPECT_EQ(refusal(scene, scene.params, {1, 1, 4, 4}, spec), "the kernel height must be at least 1, but it is 0");
    spec.kernel_size = {3, 100};
    EXPECT_EQ(refusal(scene, scene.params, {1, 1, 4, 4}, spec), "the kernel width (100) is over ConvViz's limit of 32");
    spec.kernel_size = {5, 5};  // larger than the 4×4 input: conv2d's own rule
    EXPECT_NE(refusal(scene, scene.params, {1, 1, 4, 4}, spec).find("spans 5 cells"), std::string::npos);
    spec.kernel_size = {3, 3};
    EXPECT_EQ(refusal(scene, scene.params, {1, 1, 4}, spec),
              "the input must have 4 dimensions (N, C, H, W), but its shape is [1, 1, 4]");
    EXPECT_EQ(refusal(scene, scene.params, {1, 0, 4, 4}, spec),
              "the input channel count must be at least 1, but it is 0");
    // Far past the bounds: refused before anything is allocated.
    EXPECT_NE(refusal(scene, scene.params, {1, 1, 1'000'000, 1'000'000}, spec), "");
    EXPECT_NO_THROW((void)reshape_scene(scene, scene.params, {INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX}, spec));
    EXPECT_NE(refusal(scene, PixelShuffleParams{.upscale_factor = 2}, {1, 3, 2, 2}, spec), "");
    EXPECT_NE(refusal(scene, MaxUnpool2dParams{.kernel_size = {5, 5}}, {1, 1, 4, 4}, spec), "");
}

TEST(SceneEdit, TheMatrixViewRulesStillApply) {
    Scene scene = preset("d2l_conv2d");
    scene.view.kind = ViewKind::matrix;
    ASSERT_EQ(validate(scene), std::nullopt);
    // The matrix view takes batch 1 only; the view is allowed for conv2d, so its rule is reported.
    EXPECT_NE(refusal(scene, scene.params, {2, 1, 3, 3}, tensors_spec(scene)), "");
}

// [SECTION] Op switches and views

TEST(SceneEdit, Conv2dToConvTranspose2dKeepsValuesAndTakesTheGatherView) {
    const Scene scene = preset("d2l_conv2d");  // 3×3 input, 2×2 kernel, conv view
    auto switched = reshape_scene(scene, ConvTranspose2dParams{.stride = {2, 2}}, scene.tensors.input.shape(),
                                  tensors_spec(scene));
    ASSERT_TRUE(switched.ok()) << switched.error();
    EXPECT_TRUE(std::holds_alternative<ConvTranspose2dParams>(switched.value().params));
    EXPECT_EQ(switched.value().tensors.input.data(), scene.tensors.input.data());
    EXPECT_EQ(switched.value().tensors.weight->data(), scene.tensors.weight->data());
    EXPECT_EQ(switched.value().view.kind, ViewKind::gather);
    EXPECT_EQ(switched.value().view.show_values, scene.view.show_values);

    auto back = reshape_scene(switched.value(), Conv2dParams{}, scene.tensors.input.shape(), tensors_spec(scene));
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(back.value().view.kind, ViewKind::conv);
    EXPECT_EQ(scene_json(back.value()), scene_json(scene));
}

TEST(SceneEdit, ConvToPoolingDropsTheWeightAndPoolingToConvMakesOne) {
    const Scene scene = preset("d2l_tconv");
    auto unpool = reshape_scene(scene, MaxUnpool2dParams{}, {1, 1, 4, 4}, tensors_spec(scene));
    ASSERT_TRUE(unpool.ok()) << unpool.error();
    EXPECT_FALSE(unpool.value().tensors.weight.has_value());
    EXPECT_EQ(unpool.value().view.kind, ViewKind::unpool);

    auto conv = reshape_scene(unpool.value(), Conv2dParams{}, {1, 1, 4, 4},
                              {.out_channels = 1, .kernel_size = {2, 2}, .fill = Fill::ones});
    ASSERT_TRUE(conv.ok()) << conv.error();
    EXPECT_EQ(conv.value().tensors.weight->data(), std::vector<double>(4, 1.0));
    EXPECT_EQ(conv.value().view.kind, ViewKind::conv);
}

TEST(SceneEdit, AnAllowedViewIsKept) {
    Scene scene = preset("d2l_tconv_padding1");  // conv_transpose2d in the crop view
    ASSERT_EQ(scene.view.kind, ViewKind::crop);
    scene.view.show_values = false;
    auto edited = reshape_scene(scene, ConvTranspose2dParams{.stride = {2, 2}, .padding = {1, 1}}, {1, 1, 3, 3},
                                tensors_spec(scene));
    ASSERT_TRUE(edited.ok()) << edited.error();
    EXPECT_EQ(edited.value().view.kind, ViewKind::crop);
    EXPECT_FALSE(edited.value().view.show_values);

    Scene matrix = preset("d2l_conv2d");
    matrix.view.kind = ViewKind::matrix;
    auto strided = reshape_scene(matrix, Conv2dParams{.padding = {.size = {1, 1}}}, {1, 1, 3, 3}, tensors_spec(matrix));
    ASSERT_TRUE(strided.ok()) << strided.error();
    EXPECT_EQ(strided.value().view.kind, ViewKind::matrix);
}

// [SECTION] Switching the op keeps the parameters both ops have (issue 19)

TEST(SwitchOp, EveryParameterTheNewOpHasIsKept) {
    const LayerSettings conv{.params = Conv2dParams{.stride = {2, 3},
                                                    .padding = {.kind = PaddingKind::pair, .size = {1, 2}},
                                                    .dilation = {2, 1},
                                                    .groups = 2},
                             .kernel_size = {3, 4}};
    const auto tconv = switch_op(conv, "conv_transpose2d");
    ASSERT_TRUE(tconv.has_value());
    const auto& t = std::get<ConvTranspose2dParams>(tconv->params);
    EXPECT_EQ(t.stride, (Pair{2, 3}));
    EXPECT_EQ(t.padding, (Pair{1, 2}));
    EXPECT_EQ(t.dilation, (Pair{2, 1}));
    EXPECT_EQ(t.groups, 2);
    EXPECT_EQ(t.output_padding, (Pair{0, 0}));
    EXPECT_EQ(tconv->kernel_size, (Pair{3, 4}));

    // And back: the same Conv2d (padding_mode is Conv2d's own, so it is the default again).
    const auto back = switch_op(*tconv, "conv2d");
    ASSERT_TRUE(back.has_value());
    const auto& c = std::get<Conv2dParams>(back->params);
    EXPECT_EQ(c.stride, (Pair{2, 3}));
    EXPECT_EQ(c.padding.kind, PaddingKind::pair);
    EXPECT_EQ(c.padding.size, (Pair{1, 2}));
    EXPECT_EQ(c.dilation, (Pair{2, 1}));
    EXPECT_EQ(c.groups, 2);
    EXPECT_EQ(back->kernel_size, (Pair{3, 4}));

    const auto pool = switch_op(conv, "max_pool2d");
    ASSERT_TRUE(pool.has_value());
    const auto& m = std::get<MaxPool2dParams>(pool->params);
    EXPECT_EQ(m.kernel_size, (Pair{3, 4}));
    EXPECT_EQ(m.stride, (std::optional<Pair>{Pair{2, 3}}));
    EXPECT_EQ(m.padding, (Pair{1, 2}));
    EXPECT_EQ(m.dilation, (Pair{2, 1}));

    const auto avg = switch_op(*pool, "avg_pool2d");
    ASSERT_TRUE(avg.has_value());
    const auto& a = std::get<AvgPool2dParams>(avg->params);
    EXPECT_EQ(a.kernel_size, (Pair{3, 4}));
    EXPECT_EQ(a.stride, (std::optional<Pair>{Pair{2, 3}}));
    EXPECT_EQ(a.padding, (Pair{1, 2}));

    // max_unpool2d keeps the MaxPool2d's dilation and ceil_mode beside its own parameters.
    LayerSettings ceil = *pool;
    std::get<MaxPool2dParams>(ceil.params).ceil_mode = true;
    const auto unpool = switch_op(ceil, "max_unpool2d");
    ASSERT_TRUE(unpool.has_value());
    const auto& u = std::get<MaxUnpool2dParams>(unpool->params);
    EXPECT_EQ(u.kernel_size, (Pair{3, 4}));
    EXPECT_EQ(u.stride, (std::optional<Pair>{Pair{2, 3}}));
    EXPECT_EQ(u.padding, (Pair{1, 2}));
    EXPECT_EQ(unpool->pooling.dilation, (Pair{2, 1}));
    EXPECT_TRUE(unpool->pooling.ceil_mode);
    const auto pooled_again = switch_op(*unpool, "max_pool2d");
    ASSERT_TRUE(pooled_again.has_value());
    EXPECT_EQ(std::get<MaxPool2dParams>(pooled_again->params).dilation, (Pair{2, 1}));
    EXPECT_TRUE(std::get<MaxPool2dParams>(pooled_again->params).ceil_mode);

    // Ops with nothing in common take their defaults; an unknown op is nothing.
    const auto up = switch_op(conv, "upsample");
    ASSERT_TRUE(up.has_value());
    EXPECT_TRUE(std::holds_alternative<UpsampleParams>(up->params));
    EXPECT_FALSE(switch_op(conv, "conv3d").has_value());
}

TEST(SwitchOp, APoolingStrideEqualToTheKernelStaysUnsetAndConvsGetItExplicitly) {
    const LayerSettings pool{.params = MaxPool2dParams{.kernel_size = {2, 2}}};
    const auto conv = switch_op(pool, "conv2d");
    ASSERT_TRUE(conv.has_value());
    EXPECT_EQ(std::get<Conv2dParams>(conv->params).stride, (Pair{2, 2}));
    EXPECT_EQ(conv->kernel_size, (Pair{2, 2}));
    const auto again = switch_op(*conv, "avg_pool2d");
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(std::get<AvgPool2dParams>(again->params).stride, std::nullopt);
}

TEST(SwitchOp, Conv2dPaddingValidIsZeroAndSameKeepsTheDefault) {
    LayerSettings conv{.params = Conv2dParams{.padding = {.kind = PaddingKind::valid}}};
    const auto valid = switch_op(conv, "max_pool2d");
    ASSERT_TRUE(valid.has_value());
    EXPECT_EQ(std::get<MaxPool2dParams>(valid->params).padding, (Pair{0, 0}));
    std::get<Conv2dParams>(conv.params).padding.kind = PaddingKind::same;
    std::get<Conv2dParams>(conv.params).stride = {1, 1};
    const auto same = switch_op(conv, "conv_transpose2d");
    ASSERT_TRUE(same.has_value());
    EXPECT_EQ(std::get<ConvTranspose2dParams>(same->params).padding, (Pair{0, 0}));
}

// [SECTION] Transposing a layer (issue 19)

namespace {

double dot(const Tensor& a, const Tensor& b) {
    EXPECT_EQ(a.shape(), b.shape());
    double sum = 0.0;
    for (int64_t i = 0; i < std::min(a.size(), b.size()); ++i) sum += a[i] * b[i];
    return sum;
}

// The layer's op: the matrix preset's op writes the matrix C; its layer is the conv2d.
OpParams conv_params_of(const Scene& scene) {
    if (const auto* m = std::get_if<Conv2dMatrixParams>(&scene.params)) return m->conv;
    return scene.params;
}

Tensor linear_output(const Scene& scene) {
    OpInputs inputs = op_inputs(scene).value();
    inputs.bias.reset();
    auto out = run(conv_params_of(scene), inputs);
    EXPECT_TRUE(out.ok()) << out.error();
    return out ? out.value().values : Tensor{};
}

Shape output_shape_of(const Scene& scene) {
    return output_shape(conv_params_of(scene), shapes_of(op_inputs(scene).value()));
}

// Whether the layer has a transpose with the same kernel, stride, padding and dilation.
bool transposable(const Scene& scene) {
    const OpParams params = conv_params_of(scene);
    if (const auto* c = std::get_if<Conv2dParams>(&params)) {
        const Padding4 pad = resolved_padding(*c, scene.tensors.weight->shape());
        return c->padding_mode == PaddingMode::zeros && pad.top == pad.bottom && pad.left == pad.right;
    }
    const auto& t = std::get<ConvTranspose2dParams>(params);
    return t.output_padding.h < t.stride.h && t.output_padding.w < t.stride.w;
}

}  // namespace

TEST(TransposeLayer, EveryPresetsConvAndConvTransposeRoundTrips) {
    int transposed_count = 0;
    for (const Scene& scene : builtin_presets()) {
        if (!has_weight(scene.params)) continue;
        SCOPED_TRACE(scene.id);
        const Result<Scene> result = transposed_layer(scene);
        ASSERT_EQ(result.ok(), transposable(scene)) << (result ? "" : result.error());
        if (!result) {
            EXPECT_FALSE(result.error().empty());
            continue;
        }
        ++transposed_count;
        const Scene& t = result.value();
        EXPECT_EQ(validate(t), std::nullopt);
        EXPECT_TRUE(t.id.empty());
        EXPECT_FALSE(t.title.empty());
        const bool was_conv = std::holds_alternative<Conv2dParams>(conv_params_of(scene));
        EXPECT_EQ(std::holds_alternative<ConvTranspose2dParams>(t.params), was_conv);
        // Shapes: the new layer reads the old one's output and gives the old input's size back.
        EXPECT_EQ(t.tensors.input.shape(), output_shape_of(scene));
        EXPECT_EQ(output_shape_of(t), scene.tensors.input.shape());
        EXPECT_EQ(t.tensors.weight->data(), scene.tensors.weight->data());
        EXPECT_EQ(t.tensors.bias.has_value(), scene.tensors.bias.has_value());
        // It is the transpose: for y = C·x, ⟨y, y⟩ = ⟨C·x, y⟩ = ⟨x, Cᵀ·y⟩.
        const Tensor y = linear_output(scene);
        EXPECT_EQ(t.tensors.input.data(), y.data());
        const double yy = dot(y, y);
        EXPECT_NEAR(dot(scene.tensors.input, linear_output(t)), yy, 1e-9 * std::max(1.0, std::fabs(yy)));
        // And transposing again gives the layer back: the same parameters, shapes and view kind.
        const Result<Scene> again = transposed_layer(t);
        ASSERT_TRUE(again.ok()) << again.error();
        const OpParams original = conv_params_of(scene);
        if (const auto* c = std::get_if<Conv2dParams>(&original)) {
            const auto& back = std::get<Conv2dParams>(again.value().params);
            const Padding4 pad = resolved_padding(*c, scene.tensors.weight->shape());
            EXPECT_EQ(back.stride, c->stride);
            EXPECT_EQ(back.padding.size, (Pair{pad.top, pad.left}));
            EXPECT_EQ(back.dilation, c->dilation);
            EXPECT_EQ(back.groups, c->groups);
        } else {
            const auto& back = std::get<ConvTranspose2dParams>(again.value().params);
            const auto& t0 = std::get<ConvTranspose2dParams>(original);
            EXPECT_EQ(back.stride, t0.stride);
            EXPECT_EQ(back.padding, t0.padding);
            EXPECT_EQ(back.output_padding, t0.output_padding);
            EXPECT_EQ(back.dilation, t0.dilation);
            EXPECT_EQ(back.groups, t0.groups);
        }
        EXPECT_EQ(again.value().tensors.input.shape(), scene.tensors.input.shape());
        EXPECT_EQ(output_shape_of(again.value()), output_shape_of(scene));
    }
    EXPECT_GT(transposed_count, 10);
}

TEST(TransposeLayer, NoPaddingStridesAndItsTransposedPreset) {
    const Scene conv = preset("no_padding_strides");
    const Result<Scene> t = transposed_layer(conv);
    ASSERT_TRUE(t.ok()) << t.error();
    const auto& p = std::get<ConvTranspose2dParams>(t.value().params);
    EXPECT_EQ(p.stride, std::get<Conv2dParams>(conv.params).stride);
    EXPECT_EQ(p.output_padding, (Pair{0, 0}));  // (5 − 3) mod 2
    EXPECT_EQ(t.value().title, "ConvTranspose2d that undoes your Conv2d: 2×2 → 5×5");
    EXPECT_EQ(t.value().view.kind, ViewKind::gather);
    const Result<Scene> zh = transposed_layer(conv, Lang::zh);
    ASSERT_TRUE(zh.ok());
    EXPECT_EQ(zh.value().title, "还原你的 Conv2d 的 ConvTranspose2d：2×2 → 5×5");

    const Result<Scene> back = transposed_layer(preset("no_padding_strides_transposed"));
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_TRUE(std::holds_alternative<Conv2dParams>(back.value().params));
    EXPECT_EQ(back.value().tensors.input.shape(), (Shape{1, 1, 5, 5}));
    EXPECT_EQ(output_shape_of(back.value()), (Shape{1, 1, 2, 2}));
    EXPECT_EQ(back.value().title, "Conv2d that undoes your ConvTranspose2d: 5×5 → 2×2");
    EXPECT_EQ(back.value().view.kind, ViewKind::conv);
}

TEST(TransposeLayer, RefusalsSayWhyInPlainWords) {
    // A ConvTranspose2d whose output_padding is not below stride (allowed by dilation) has no Conv2d.
    Scene tconv = preset("no_padding_strides_transposed");
    tconv.params = ConvTranspose2dParams{.stride = {1, 1}, .output_padding = {1, 1}, .dilation = {2, 2}};
    ASSERT_EQ(validate(tconv), std::nullopt);
    const Result<Scene> none = transposed_layer(tconv);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error(),
              "no Conv2d with this kernel, stride, padding and dilation gives the 2×2 input back: output_padding (1, 1) "
              "is not smaller than stride (1, 1), so such a Conv2d's output would be 3×3; make output_padding smaller "
              "than stride first");
    EXPECT_NE(transposed_layer(tconv, Lang::zh).error().find("output_padding"), std::string::npos);

    Scene reflect = preset("padding_strides");
    std::get<Conv2dParams>(reflect.params).padding_mode = PaddingMode::reflect;
    ASSERT_EQ(validate(reflect), std::nullopt);
    EXPECT_EQ(transposed_layer(reflect).error(),
              "ConvTranspose2d pads with zeros only, so this Conv2d (padding_mode 'reflect') has no transposed layer: "
              "set padding_mode to zeros first");

    Scene uneven = preset("d2l_conv2d");  // 2×2 kernel: 'same' pads 0 before, 1 after
    std::get<Conv2dParams>(uneven.params).padding.kind = PaddingKind::same;
    ASSERT_EQ(validate(uneven), std::nullopt);
    EXPECT_FALSE(transposed_layer(uneven).ok());

    Scene invalid = preset("padding_strides");
    std::get<Conv2dParams>(invalid.params).stride = {0, 0};
    ASSERT_NE(validate(invalid), std::nullopt);
    EXPECT_EQ(transposed_layer(invalid).error(), *validate(invalid));

    EXPECT_EQ(transposed_layer(preset("numerical_max_pooling")).error(),
              "only a Conv2d or a ConvTranspose2d has a transposed layer, not max_pool2d");
}

// [SECTION] Channels for the panel

TEST(SceneEdit, ChannelsOfPresets) {
    const SceneChannels tconv = scene_channels(preset("d2l_tconv"));
    EXPECT_EQ(tconv.in_channels, 1);
    EXPECT_EQ(tconv.out_channels, 1);
    EXPECT_EQ(tconv.kernel_size, (Pair{2, 2}));
    EXPECT_FALSE(tconv.has_bias);
    EXPECT_TRUE(tconv.editable);

    const SceneChannels large = scene_channels(preset("large"));  // input 1×2×32×32, weight 2×2×3×3
    EXPECT_EQ(large.in_channels, 2);
    EXPECT_EQ(large.out_channels, 2);

    const SceneChannels shuffle = scene_channels(preset("pixel_shuffle"));  // 4 channels, r = 2
    EXPECT_EQ(shuffle.in_channels, 4);
    EXPECT_EQ(shuffle.out_channels, 1);
    EXPECT_FALSE(shuffle.editable);
    EXPECT_FALSE(shuffle.has_bias);

    const SceneChannels pool = scene_channels(preset("numerical_max_pooling"));
    EXPECT_EQ(pool.kernel_size, (Pair{3, 3}));
    EXPECT_EQ(pool.out_channels, 1);
}

}  // namespace
}  // namespace convviz
