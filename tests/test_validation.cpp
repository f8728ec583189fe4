// Validation: what PyTorch refuses is refused in plain words with the user's numbers; what it
// accepts is accepted; ConvViz's size bounds are explicit messages, not crashes.
#include <gtest/gtest.h>

#include <cmath>

#include "core/case_check.hpp"
#include "core/limits.hpp"
#include "core/op.hpp"

namespace convviz {
namespace {

std::string refusal(const OpParams& params, const OpShapes& shapes) {
    return validate(params, shapes).value_or("");
}

OpShapes conv(Shape in, Shape weight) { return {std::move(in), std::move(weight), std::nullopt, std::nullopt}; }
OpShapes plain(Shape in) { return {std::move(in), std::nullopt, std::nullopt, std::nullopt}; }

TEST(Validation, OutputPaddingMessageNamesTheRuleTheNumbersAndTheAxis) {
    const ConvTranspose2dParams p{.stride = {2, 2}, .output_padding = {2, 0}};
    EXPECT_EQ(refusal(p, conv({1, 1, 3, 3}, {1, 1, 3, 3})),
              "output_padding (2) must be smaller than stride (2) or dilation (1) on the height axis; "
              "use output_padding from 0 to 1");
}

TEST(Validation, OutputPaddingBelowDilationButNotStrideIsAccepted) {
    const ConvTranspose2dParams p{.stride = {1, 1}, .output_padding = {1, 1}, .dilation = {2, 2}};
    EXPECT_EQ(refusal(p, conv({1, 1, 3, 3}, {1, 1, 3, 3})), "");
}

TEST(Validation, KernelLargerThanPaddedInputSaysHowMuchPaddingIsMissing) {
    const std::string e = refusal(Conv2dParams{}, conv({1, 1, 5, 5}, {1, 1, 6, 6}));
    EXPECT_NE(e.find("spans 6 cells"), std::string::npos) << e;
    EXPECT_NE(e.find("height is only 5"), std::string::npos) << e;
    EXPECT_NE(e.find("use padding 1 or kernel_size 5"), std::string::npos) << e;
}

TEST(Validation, SamePaddingNeedsStrideOne) {
    Conv2dParams p{.stride = {1, 2}, .padding = {.kind = PaddingKind::same}};
    EXPECT_NE(refusal(p, conv({1, 1, 6, 6}, {1, 1, 3, 3})).find("stride is 2 on the width axis"), std::string::npos);
}

TEST(Validation, PaddingModeLimitsFollowPyTorch) {
    Conv2dParams reflect{.padding = {.kind = PaddingKind::pair, .size = {4, 4}}, .padding_mode = PaddingMode::reflect};
    EXPECT_EQ(refusal(reflect, conv({1, 1, 5, 5}, {1, 1, 3, 3})), "") << "reflect padding of size − 1 is fine";
    reflect.padding.size = {5, 0};
    EXPECT_NE(refusal(reflect, conv({1, 1, 5, 5}, {1, 1, 3, 3})), "");
    Conv2dParams circular{.padding = {.kind = PaddingKind::pair, .size = {0, 3}}, .padding_mode = PaddingMode::circular};
    EXPECT_EQ(refusal(circular, conv({1, 1, 5, 3}, {1, 1, 3, 3})), "") << "circular padding up to the size is fine";
    circular.padding.size = {0, 4};
    EXPECT_NE(refusal(circular, conv({1, 1, 5, 3}, {1, 1, 3, 3})).find("wrap around"), std::string::npos);
}

TEST(Validation, OddConfigurationsPyTorchAcceptsAreAccepted) {
    // avg_pool2d with ceil_mode: a kernel larger than the padded input still gives one output.
    EXPECT_EQ(refusal(AvgPool2dParams{.kernel_size = {3, 3}, .stride = Pair{2, 2}, .ceil_mode = true},
                      plain({1, 1, 2, 2})),
              "");
    EXPECT_EQ(refusal(AvgPool2dParams{.divisor_override = -3}, plain({1, 1, 4, 4})), "");
    // A transposed convolution whose padding exceeds dilation·(k − 1): the gather border crops.
    EXPECT_EQ(refusal(ConvTranspose2dParams{.stride = {3, 3}, .padding = {2, 2}}, conv({1, 1, 3, 3}, {1, 1, 1, 1})), "");
    EXPECT_EQ(refusal(UpsampleParams{.mode = UpsampleMode::bilinear, .size = Pair{1, 1}, .align_corners = true},
                      plain({1, 1, 4, 3})),
              "");
}

TEST(Validation, SizeBoundsAreStatedNotCrashed) {
    EXPECT_NE(refusal(Conv2dParams{}, conv({1, 1, 300, 5}, {1, 1, 3, 3})).find("limit of 256"), std::string::npos);
    EXPECT_NE(refusal(Conv2dParams{}, conv({1, 65, 5, 5}, {1, 65, 3, 3})).find("limit of 64"), std::string::npos);
    EXPECT_NE(refusal(Conv2dParams{}, conv({1, 1, 40, 40}, {1, 1, 33, 3})).find("limit of 32"), std::string::npos);
    EXPECT_NE(refusal(ConvTranspose2dParams{.stride = {1000, 1000}}, conv({1, 1, 256, 256}, {1, 1, 3, 3}))
                  .find("limit of 2048"),
              std::string::npos);
    EXPECT_NE(refusal(ConvTranspose2dParams{.stride = {5000, 1}}, conv({1, 1, 4, 4}, {1, 1, 3, 3})).find("limit of 1024"),
              std::string::npos);
    EXPECT_NE(refusal(UpsampleParams{.scale_factor = ScaleFactor{1e300, 2}}, plain({1, 1, 4, 4})).find("limit"),
              std::string::npos);
    EXPECT_NE(refusal(UpsampleParams{.scale_factor = ScaleFactor{NAN, 2}}, plain({1, 1, 4, 4})).find("finite"),
              std::string::npos);
    // 64 × 64 channels, 256², a 32² kernel: fits in memory but not in a second of work.
    EXPECT_NE(refusal(Conv2dParams{}, conv({1, 64, 256, 256}, {64, 64, 32, 32})).find("multiply-adds"),
              std::string::npos);
}

TEST(Validation, EveryOpRefusesAMissingTensorInsteadOfCrashing) {
    EXPECT_NE(refusal(Conv2dParams{}, plain({1, 1, 4, 4})), "");
    EXPECT_NE(refusal(ConvTranspose2dParams{}, plain({1, 1, 4, 4})), "");
    EXPECT_NE(refusal(MaxUnpool2dParams{}, plain({1, 1, 4, 4})), "");
    EXPECT_NE(refusal(Conv2dParams{}, conv({1, 1, 4}, {1, 1, 3, 3})).find("4 dimensions"), std::string::npos);
}

TEST(Validation, UnwrittenOutputsAreNaNAndNaNNeverMatches) {
    const Tensor t = unwritten({1, 1, 2, 2});
    for (double v : t.data()) EXPECT_TRUE(std::isnan(v));
    EXPECT_FALSE(close_enough(NAN, 0.0));
    EXPECT_FALSE(close_enough(0.0, NAN));
    EXPECT_TRUE(close_enough(1.00005, 1.0));
    EXPECT_FALSE(close_enough(1.0003, 1.0));
}

TEST(Validation, LayerWeightShapeRefusesChannelsGroupsDoNotDivide) {
    auto w = layer_weight_shape(Conv2dParams{.groups = 2}, 3, 4, {3, 3});
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error(), "in_channels (3) must be divisible by groups (2)");
    auto t = layer_weight_shape(ConvTranspose2dParams{.groups = 2}, 4, 6, {3, 2});
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.value(), (Shape{4, 3, 3, 2}));
}

}  // namespace
}  // namespace convviz
