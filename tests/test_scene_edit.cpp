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
              "use output_padding 1 or less");
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
