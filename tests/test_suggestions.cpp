// The rules of issue 20's exactness slice that are not about numbers PyTorch computes: a refusal's
// suggestion is always a valid value that clears it (a property over many random refusals of every
// op whose rules suggest, in both languages), a negative pooling kernel is named as such, and an
// upsample output side has one bound (2,048) by size and by scale_factor alike.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "core/op.hpp"
#include "core/ops/suggestion.hpp"
#include "tests/random_config.hpp"

namespace convviz {
namespace {

using testing::Draw;

int64_t& at(Pair& pair, int axis) { return axis == 0 ? pair.h : pair.w; }

// The configuration with `s` followed, taking `value` (s.value, or with up_to any of 0..s.value).
void follow(const Suggestion& s, int64_t value, OpParams& params, OpShapes& shapes) {
    const int axis = s.axis;
    if (s.name == "channels") {
        shapes.input[1] = value;
        return;
    }
    if (auto* p = std::get_if<Conv2dParams>(&params)) {
        if (s.name == "padding") {
            if (p->padding.kind != PaddingKind::pair) p->padding = {.kind = PaddingKind::pair, .size = {0, 0}};
            at(p->padding.size, axis) = value;
        } else if (s.name == "kernel_size") {
            spatial(*shapes.weight, axis) = value;
        } else if (s.name == "dilation") {
            at(p->dilation, axis) = value;
        } else {
            FAIL() << "conv2d suggests " << s.name;
        }
    } else if (auto* t = std::get_if<ConvTranspose2dParams>(&params)) {
        if (s.name == "padding") {
            at(t->padding, axis) = value;
        } else if (s.name == "output_padding") {
            at(t->output_padding, axis) = value;
        } else {
            FAIL() << "conv_transpose2d suggests " << s.name;
        }
    } else if (auto* m = std::get_if<MaxPool2dParams>(&params)) {
        if (s.name == "padding") at(m->padding, axis) = value;
        else if (s.name == "kernel_size") at(m->kernel_size, axis) = value;
        else if (s.name == "dilation") at(m->dilation, axis) = value;
        else FAIL() << "max_pool2d suggests " << s.name;
    } else if (auto* a = std::get_if<AvgPool2dParams>(&params)) {
        if (s.name == "padding") at(a->padding, axis) = value;
        else if (s.name == "kernel_size") at(a->kernel_size, axis) = value;
        else FAIL() << "avg_pool2d suggests " << s.name;
    } else if (auto* u = std::get_if<MaxUnpool2dParams>(&params)) {
        if (s.name == "padding") at(u->padding, axis) = value;
        else FAIL() << "max_unpool2d suggests " << s.name;
    } else if (auto* x = std::get_if<PixelShuffleParams>(&params)) {
        if (s.name == "upscale_factor") x->upscale_factor = value;
        else FAIL() << "pixel_shuffle suggests " << s.name;
    } else {
        FAIL() << op_name(params) << " suggests " << s.name;
    }
}

struct Config {
    OpParams params;
    OpShapes shapes;
};

// One axis drawn anywhere near the edge of what fits, the other comfortably valid, so that one
// suggestion (for the refusing axis) is enough.
Config random_config(Draw& draw, int kind) {
    const int bad = static_cast<int>(draw.between(0, 1));
    const auto side = [&](int64_t low, int64_t high, int64_t safe) {
        return Pair{bad == 0 ? draw.between(low, high) : safe, bad == 1 ? draw.between(low, high) : safe};
    };
    switch (kind) {
        case 0: {  // conv2d
            const Pair in = side(1, 8, 12);
            const Pair k = side(1, 7, 3);
            Conv2dParams p{.stride = side(1, 3, 1), .dilation = side(1, 4, 1)};
            p.padding = draw.between(0, 5) == 0 ? Conv2dPadding{.kind = PaddingKind::valid, .size = {0, 0}}
                                                : Conv2dPadding{.kind = PaddingKind::pair, .size = side(0, 3, 0)};
            p.padding_mode = static_cast<PaddingMode>(draw.between(0, 3));
            return {p, {{1, 1, in.h, in.w}, Shape{1, 1, k.h, k.w}, std::nullopt, std::nullopt}};
        }
        case 1: {  // conv_transpose2d
            const Pair in = side(1, 4, 4);
            const Pair k = side(1, 4, 3);
            ConvTranspose2dParams p{.stride = side(1, 3, 1), .dilation = side(1, 3, 1)};
            // One rule that suggests at a time: too much output_padding with no padding (the full
            // output is never cropped away), or padding that crops it away with a valid output_padding.
            if (draw.between(0, 1) == 1) {
                p.output_padding = side(0, 4, 0);
            } else {
                p.padding = side(0, 6, 0);
                at(p.output_padding, bad) = draw.between(0, std::max(p.stride[bad], p.dilation[bad]) - 1);
            }
            return {p, {{1, 1, in.h, in.w}, Shape{1, 1, k.h, k.w}, std::nullopt, std::nullopt}};
        }
        case 2: {  // max_pool2d
            MaxPool2dParams p{.kernel_size = side(1, 7, 2), .padding = side(0, 3, 0), .dilation = side(1, 4, 1),
                              .ceil_mode = draw.between(0, 1) == 1};
            if (draw.between(0, 1) == 1) p.stride = side(1, 4, 1);
            const Pair in = side(1, 8, 12);
            return {p, {{1, 1, in.h, in.w}, std::nullopt, std::nullopt, std::nullopt}};
        }
        case 3: {  // avg_pool2d
            AvgPool2dParams p{.kernel_size = side(1, 7, 2), .padding = side(0, 3, 0),
                              .ceil_mode = draw.between(0, 1) == 1};
            if (draw.between(0, 1) == 1) p.stride = side(1, 4, 1);
            const Pair in = side(1, 8, 12);
            return {p, {{1, 1, in.h, in.w}, std::nullopt, std::nullopt, std::nullopt}};
        }
        case 4: {  // max_unpool2d
            MaxUnpool2dParams p{.kernel_size = side(1, 4, 2), .padding = side(0, 6, 0)};
            if (draw.between(0, 1) == 1) p.stride = side(1, 3, 2);
            const Pair in = side(1, 4, 3);
            const Shape shape{1, 1, in.h, in.w};
            return {p, {shape, std::nullopt, std::nullopt, shape}};
        }
        default: {  // pixel_shuffle
            const PixelShuffleParams p{.upscale_factor = draw.between(1, 6)};
            return {p, {{1, draw.between(1, 64), draw.between(1, 4), draw.between(1, 4)}, std::nullopt,
                        std::nullopt, std::nullopt}};
        }
    }
}

TEST(Suggestions, EverySuggestedValueIsValidAndClearsTheRefusalInBothLanguages) {
    const uint32_t seed = testing::test_seed();
    SCOPED_TRACE(testing::seed_note(seed));
    Draw draw(seed);
    std::map<std::string, int> followed;  // per op, suggestions followed
    for (int i = 0; i < 6000; ++i) {
        const Config c = random_config(draw, i % 6);
        const auto en = refusal(c.params, c.shapes, Lang::en);
        if (!en || en->suggestions.empty()) continue;
        const auto zh = refusal(c.params, c.shapes, Lang::zh);
        ASSERT_TRUE(zh.has_value());
        SCOPED_TRACE(en->message);
        // The message says exactly what refusal() reports, in each language.
        EXPECT_EQ(zh->suggestions.size(), en->suggestions.size());
        EXPECT_NE(en->message.find(suggestion_text(en->suggestions, Lang::en)), std::string::npos);
        EXPECT_NE(zh->message.find(suggestion_text(zh->suggestions, Lang::zh)), std::string::npos) << zh->message;
        for (const Suggestion& s : en->suggestions) {
            std::vector<int64_t> values{s.value};
            if (s.up_to) values = {0, s.value / 2, s.value};
            for (int64_t value : values) {
                Config fixed = c;
                follow(s, value, fixed.params, fixed.shapes);
                const auto after = validate(fixed.params, fixed.shapes);
                EXPECT_FALSE(after.has_value()) << "following '" << s.name << " " << value << "' on axis " << s.axis
                                                << " still refused: " << after.value_or("");
            }
            ++followed[op_name(c.params)];
        }
    }
    for (const char* op : {"conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "max_unpool2d", "pixel_shuffle"}) {
        EXPECT_GE(followed[op], 50) << op << ": too few refusals with suggestions to say anything";
    }
}

// Only what is itself valid is offered: a channel count within ConvViz's bound, no padding beyond
// half a pooling kernel, no "0 or less".
TEST(Suggestions, OnlyValuesWithinTheRulesAreOffered) {
    // 63 channels, factor 8: the next multiple of 64 (64) fits; 64 channels and factor 3: the next
    // multiple of 9 (72) is over the bound of 64, so the one below (63) is offered instead.
    const auto up = refusal(PixelShuffleParams{.upscale_factor = 8}, {{1, 63, 2, 2}, std::nullopt, std::nullopt, std::nullopt});
    ASSERT_TRUE(up.has_value());
    EXPECT_NE(up->message.find("use 64 channels or upscale_factor 3"), std::string::npos) << up->message;
    const auto down = refusal(PixelShuffleParams{.upscale_factor = 3}, {{1, 64, 2, 2}, std::nullopt, std::nullopt, std::nullopt});
    ASSERT_TRUE(down.has_value());
    EXPECT_NE(down->message.find("use 63 channels or upscale_factor 2"), std::string::npos) << down->message;
    // Pooling padding already at half the kernel: no "more padding"; no smaller kernel either, as
    // padding 2 would be over half of it; dilation 1 is what is left.
    const auto pool = refusal(MaxPool2dParams{.kernel_size = {4, 2}, .padding = {2, 0}, .dilation = {2, 1}},
                              {{1, 1, 1, 4}, std::nullopt, std::nullopt, std::nullopt});
    ASSERT_TRUE(pool.has_value());
    EXPECT_EQ(pool->message, "the max_pool2d output height would be 0: the window spans 7 cells but the padded input "
                             "height is only 5 (1 + 2 × 2); use dilation 1");
    ASSERT_EQ(pool->suggestions.size(), 1u);
    // output_padding with stride and dilation 1: only 0 works, said as such (not "0 or less").
    const auto op = refusal(ConvTranspose2dParams{.output_padding = {1, 0}},
                            {{1, 1, 3, 3}, Shape{1, 1, 3, 3}, std::nullopt, std::nullopt});
    ASSERT_TRUE(op.has_value());
    EXPECT_EQ(op->message, "output_padding (1) must be smaller than stride (1) or dilation (1) on the height axis; "
                           "use output_padding 0");
    const auto op_zh = refusal(ConvTranspose2dParams{.output_padding = {1, 0}},
                               {{1, 1, 3, 3}, Shape{1, 1, 3, 3}, std::nullopt, std::nullopt}, Lang::zh);
    ASSERT_TRUE(op_zh.has_value());
    EXPECT_NE(op_zh->message.find("；请使用 output_padding 0"), std::string::npos) << op_zh->message;
    // Too much work for a one-channel layer: not "fewer channels"; the batch is 1 too.
    const OpShapes one_channel{{1, 1, 256, 256}, Shape{1, 1, 32, 32}, std::nullopt, std::nullopt};
    const Conv2dParams wide{.padding = {.kind = PaddingKind::pair, .size = {911, 911}}};
    EXPECT_EQ(validate(OpParams{wide}, one_channel),
              "this configuration needs 4290774016 multiply-adds, over ConvViz's limit of 1073741824; use a smaller "
              "input or a smaller kernel");
    EXPECT_EQ(validate(OpParams{wide}, one_channel, Lang::zh),
              "这个配置需要 4290774016 次乘加运算，超出了 ConvViz 的上限 1073741824；请使用更小的输入或使用更小的卷积核");
}

// [SECTION] A negative pooling kernel

TEST(PoolingKernel, NegativeKernelIsNamedNotThePadding) {
    for (const Lang lang : {Lang::en, Lang::zh}) {
        const auto max = validate(OpParams{MaxPool2dParams{.kernel_size = {-2, 2}}},
                                  {{1, 1, 6, 6}, std::nullopt, std::nullopt, std::nullopt}, lang);
        const auto avg = validate(OpParams{AvgPool2dParams{.kernel_size = {3, -2}}},
                                  {{1, 1, 6, 6}, std::nullopt, std::nullopt, std::nullopt}, lang);
        ASSERT_TRUE(max.has_value());
        ASSERT_TRUE(avg.has_value());
        if (lang == Lang::en) {
            EXPECT_EQ(*max, "max_pool2d kernel_size must be positive (at least 1), but it is -2 on the height axis");
            EXPECT_EQ(*avg, "avg_pool2d kernel_size must be positive (at least 1), but it is -2 on the width axis");
        } else {
            EXPECT_EQ(*max, "max_pool2d 的 kernel_size 必须为正数（至少为 1），但在高度方向上是 -2");
            EXPECT_NE(avg->find("-2"), std::string::npos) << *avg;
        }
        EXPECT_EQ(max->find("padding"), std::string::npos) << *max;
        EXPECT_EQ(avg->find("padding"), std::string::npos) << *avg;
    }
    // Even with padding that would break the half-kernel rule of a positive kernel.
    const auto both = validate(OpParams{MaxPool2dParams{.kernel_size = {-3, -3}, .padding = {1, 1}}},
                               {{1, 1, 6, 6}, std::nullopt, std::nullopt, std::nullopt});
    ASSERT_TRUE(both.has_value());
    EXPECT_NE(both->find("kernel_size must be positive"), std::string::npos) << *both;
    EXPECT_NE(both->find("-3"), std::string::npos) << *both;
}

// [SECTION] One bound for an upsample output side

TEST(UpsampleBound, SizeAndScaleFactorShareTheOutputSideBound) {
    const OpShapes one{{1, 1, 1, 1}, std::nullopt, std::nullopt, std::nullopt};
    EXPECT_EQ(validate(OpParams{UpsampleParams{.size = Pair{2048, 1}}}, one), std::nullopt);
    EXPECT_EQ(validate(OpParams{UpsampleParams{.size = Pair{1, 2048}}}, one), std::nullopt);
    EXPECT_EQ(validate(OpParams{UpsampleParams{.scale_factor = ScaleFactor{2048, 1}}}, one), std::nullopt);
    // One cell over: the same message whichever way the output was asked for.
    const auto by_size = validate(OpParams{UpsampleParams{.size = Pair{2049, 1}}}, one);
    const auto by_factor = validate(OpParams{UpsampleParams{.scale_factor = ScaleFactor{2049, 1}}}, one);
    ASSERT_TRUE(by_size.has_value());
    ASSERT_TRUE(by_factor.has_value());
    EXPECT_EQ(*by_size, "the output height would be 2049, over ConvViz's limit of 2048");
    EXPECT_EQ(*by_size, *by_factor);
    const auto zh = validate(OpParams{UpsampleParams{.size = Pair{1, 2049}}}, one, Lang::zh);
    ASSERT_TRUE(zh.has_value());
    EXPECT_NE(zh->find("2049"), std::string::npos) << *zh;
    EXPECT_NE(zh->find("2048"), std::string::npos) << *zh;
    // A size of 0 or less is an empty output, not a parameter beyond a limit.
    const auto empty = validate(OpParams{UpsampleParams{.size = Pair{0, 3}}}, one);
    ASSERT_TRUE(empty.has_value());
    EXPECT_EQ(*empty, "the output height must be at least 1, but it is 0; use a larger size or scale_factor");
}

}  // namespace
}  // namespace convviz
