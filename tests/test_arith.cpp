// Shape derivations: the text a student reads agrees with the shapes the ops compute.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/arith.hpp"
#include "core/text.hpp"
#include "tests/random_config.hpp"

namespace convviz::testing {
namespace {

bool has_line(const ShapeDerivation& d, const std::string& line) {
    return std::find(d.lines.begin(), d.lines.end(), line) != d.lines.end();
}

TEST(Arith, TransposedConvolutionDerivationWithTheUsersNumbers) {
    const ConvTranspose2dParams p{.stride = {2, 2}, .padding = {1, 1}, .output_padding = {1, 1}};
    auto d = derive_shape(p, {{1, 1, 3, 3}, Shape{1, 1, 3, 3}, std::nullopt, std::nullopt});
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_EQ(d.value().output, (Shape{1, 1, 6, 6}));
    EXPECT_TRUE(has_line(d.value(),
                         "H_out = (H_in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1"))
        << d.value().text();
    EXPECT_TRUE(has_line(d.value(), "      = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6")) << d.value().text();
}

TEST(Arith, ConvolutionDerivationAndSamePadding) {
    auto d = derive_shape(Conv2dParams{.stride = {2, 2}, .padding = {.kind = PaddingKind::pair, .size = {1, 1}}},
                          {{1, 1, 5, 5}, Shape{1, 1, 3, 3}, std::nullopt, std::nullopt});
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(has_line(d.value(), "      = ⌊(5 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3")) << d.value().text();
    auto same = derive_shape(Conv2dParams{.padding = {.kind = PaddingKind::same}},
                             {{1, 1, 5, 6}, Shape{1, 1, 2, 2}, std::nullopt, std::nullopt});
    ASSERT_TRUE(same.ok());
    EXPECT_TRUE(has_line(same.value(), "W_out = W_in = 6")) << same.value().text();
}

TEST(Arith, CeilModeExplainsADroppedWindow) {
    // 5 + 2·1 − 2 − 1 + 1 = 5 → ⌈4/2⌉ + 1 = 4 windows, but the 4th would start at 6 ≥ 5 + 1.
    auto d = derive_shape(MaxPool2dParams{.kernel_size = {2, 2}, .stride = Pair{2, 2}, .padding = {1, 1}, .ceil_mode = true},
                          {{1, 1, 5, 5}, std::nullopt, std::nullopt, std::nullopt});
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_EQ(d.value().output[2], 3);
    EXPECT_NE(d.value().text().find("ceil_mode drops it"), std::string::npos) << d.value().text();
}

TEST(Arith, InvalidConfigurationGivesTheValidationMessage) {
    auto d = derive_shape(PixelShuffleParams{.upscale_factor = 2}, {{1, 6, 2, 2}, std::nullopt, std::nullopt, std::nullopt});
    ASSERT_FALSE(d.ok());
    EXPECT_NE(d.error().find("(6) must be divisible by upscale_factor² (2² = 4)"), std::string::npos) << d.error();
}

// The last number of each "= … = value" line of an axis is that axis's output size.
TEST(Arith, DerivationsAgreeWithOutputShapesOnRandomConfigurations) {
    const uint32_t seed = test_seed() + 3;
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    int checked = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        const Shape in{1, 2, draw.between(1, 9), draw.between(1, 9)};
        const Pair kernel{draw.between(1, 4), draw.between(1, 4)};
        const Pair stride{draw.between(1, 3), draw.between(1, 3)};
        const Pair padding{draw.between(0, 2), draw.between(0, 2)};
        const Pair dilation{draw.between(1, 2), draw.between(1, 2)};
        const OpParams candidates[] = {
            Conv2dParams{.stride = stride, .padding = {.kind = PaddingKind::pair, .size = padding}, .dilation = dilation},
            ConvTranspose2dParams{.stride = stride, .padding = padding, .dilation = dilation},
            MaxPool2dParams{.kernel_size = kernel,
                            .stride = stride,
                            .padding = padding,
                            .dilation = dilation,
                            .ceil_mode = draw.between(0, 1) == 1},
            AvgPool2dParams{.kernel_size = kernel, .stride = stride, .padding = padding, .ceil_mode = draw.between(0, 1) == 1},
        };
        for (const OpParams& params : candidates) {
            const OpShapes shapes{in, Shape{2, 2, kernel.h, kernel.w}, std::nullopt, std::nullopt};
            auto d = derive_shape(params, shapes);
            if (!d.ok()) continue;
            ++checked;
            EXPECT_EQ(d.value().output, output_shape(params, shapes));
            for (int axis : kAxes) {
                const std::string prefix = axis == 0 ? "H_out = " : "W_out = ";
                auto it = std::find_if(d.value().lines.begin(), d.value().lines.end(),
                                       [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
                ASSERT_NE(it, d.value().lines.end());
                ++it;  // the numbers line: "      = … = value"
                std::string value = it->substr(it->rfind("= ") + 2);
                const auto next = it + 1;
                if (next != d.value().lines.end() && next->rfind("      − 1 = ", 0) == 0) {
                    // ceil_mode dropped a window: "      − 1 = value: why"
                    const std::string rest = next->substr(std::string("      − 1 = ").size());
                    value = rest.substr(0, rest.find(':'));
                }
                EXPECT_EQ(value, std::to_string(spatial(d.value().output, axis))) << d.value().text();
            }
        }
    }
    EXPECT_GE(checked, 2000);
}

TEST(Arith, RestoringOutputPaddingGivesTheInputBack) {
    const uint32_t seed = test_seed() + 4;
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    int checked = 0;
    for (int trial = 0; trial < 1000; ++trial) {
        const Shape in{1, 1, draw.between(1, 12), draw.between(1, 12)};
        const Shape w{1, 1, draw.between(1, 5), draw.between(1, 5)};
        const Conv2dParams conv{.stride = {draw.between(1, 4), draw.between(1, 4)},
                                .padding = {.kind = PaddingKind::pair, .size = {draw.between(0, 2), draw.between(0, 2)}},
                                .dilation = {draw.between(1, 2), draw.between(1, 2)}};
        auto restore = restoring_output_padding(conv, in, w);
        if (!restore.ok()) continue;
        ++checked;
        const ConvTranspose2dParams t{.stride = conv.stride, .padding = conv.padding.size,
                                      .output_padding = restore.value().output_padding, .dilation = conv.dilation};
        const Shape y = output_shape(conv, in, w);
        ASSERT_EQ(validate(t, y, w, nullptr), std::nullopt);
        EXPECT_EQ(output_shape(t, y, w), in);
    }
    EXPECT_GE(checked, 300);
    auto example = restoring_output_padding(Conv2dParams{.stride = {2, 2}, .padding = {.kind = PaddingKind::pair, .size = {1, 1}}},
                                            {1, 1, 6, 6}, {1, 1, 3, 3});
    ASSERT_TRUE(example.ok());
    EXPECT_EQ(example.value().output_padding, (Pair{1, 1}));
    EXPECT_EQ(example.value().lines[1], "      = (6 + 2·1 − 1·(3 − 1) − 1) mod 2 = 1");
}

}  // namespace
}  // namespace convviz::testing
