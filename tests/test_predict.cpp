// Predict mode's judge: a right guess is right; a wrong one names the term of the formula whose
// omission gives the student's numbers.
#include <gtest/gtest.h>

#include "core/predict.hpp"
#include "core/presets.hpp"

namespace convviz {
namespace {

PredictionVerdict judge(const std::string& preset, Prediction guess, Lang lang = Lang::en) {
    Result<PredictionVerdict> v = check_prediction(*find_preset(preset), guess, lang);
    EXPECT_TRUE(v) << v.error();
    return v ? v.value() : PredictionVerdict{};
}

bool names(const PredictionVerdict& v, const std::string& words) {
    for (const std::string& m : v.missed) {
        if (m.find(words) != std::string::npos) return true;
    }
    return false;
}

TEST(Predict, ARightGuessIsRight) {
    const PredictionVerdict v = judge("padding_strides_odd_transposed", {.channels = 1, .height = 6, .width = 6});
    EXPECT_TRUE(v.shape_right);
    EXPECT_TRUE(v.missed.empty());
    EXPECT_NE(v.summary.find("1×6×6"), std::string::npos) << v.summary;
    EXPECT_FALSE(v.value_right.has_value());
}

TEST(Predict, LeavingOutOutputPaddingIsNamed) {
    const PredictionVerdict v = judge("padding_strides_odd_transposed", {.height = 5, .width = 5});
    EXPECT_FALSE(v.shape_right);
    ASSERT_EQ(v.missed.size(), 1u);
    EXPECT_TRUE(names(v, "output_padding"));
    EXPECT_NE(v.summary.find("you said 1×5×5"), std::string::npos) << v.summary;
}

TEST(Predict, EachTermOfTheFormulaIsNamedWhenItExplainsTheAnswer) {
    // 3×3 → 5×5 with stride 2, padding 1: the full output is 7.
    EXPECT_TRUE(names(judge("padding_strides_transposed", {.height = 7, .width = 7}), "crops"));
    // Stride 1: (3 − 1) + 3 − 2 = 3.
    EXPECT_TRUE(names(judge("padding_strides_transposed", {.height = 3, .width = 3}), "spread"));
    // The convolution's formula: (3 + 2 − 3)/2 + 1 = 2.
    EXPECT_TRUE(names(judge("padding_strides_transposed", {.height = 2, .width = 2}), "transposed convolution"));
    EXPECT_TRUE(names(judge("padding_strides_transposed", {.height = 4, .width = 4}), "+ 1"));
    // Conv2d, 5×5, 3×3, stride 2, padding 1 → 3; without padding 2, without stride 5.
    EXPECT_TRUE(names(judge("padding_strides", {.height = 2, .width = 2}), "padding"));
    EXPECT_TRUE(names(judge("padding_strides", {.height = 5, .width = 5}), "stride"));
    EXPECT_TRUE(names(judge("dilation", {.height = 5, .width = 5}), "dilation"));
    // An answer no single slip explains names nothing, and says what was expected.
    const PredictionVerdict lost = judge("padding_strides", {.height = 40, .width = 1});
    EXPECT_TRUE(lost.missed.empty());
    EXPECT_NE(lost.summary.find("The output is 1×3×3"), std::string::npos) << lost.summary;
}

TEST(Predict, ChannelsAndValuesAreJudged) {
    const PredictionVerdict shuffle = judge("pixel_shuffle", {.channels = 4, .height = 4, .width = 4});
    EXPECT_FALSE(shuffle.shape_right);
    EXPECT_TRUE(names(shuffle, "upscale_factor²"));
    const PredictionVerdict d2l = judge("d2l_tconv", {.channels = 1, .height = 3, .width = 3, .value = 0.0});
    EXPECT_TRUE(d2l.shape_right);
    ASSERT_TRUE(d2l.value_right.has_value());
    EXPECT_TRUE(*d2l.value_right);  // d2l.ai's Y[0, 0] = 0·0
    const PredictionVerdict off = judge("d2l_tconv", {.height = 3, .width = 3, .value = 1.0});
    EXPECT_FALSE(*off.value_right);
    EXPECT_EQ(off.expected_value, 0.0);
}

TEST(Predict, SpeaksChinese) {
    const PredictionVerdict v = judge("padding_strides_odd_transposed", {.height = 5, .width = 5}, Lang::zh);
    ASSERT_EQ(v.missed.size(), 1u);
    EXPECT_NE(v.missed[0].find("底部"), std::string::npos) << v.missed[0];
    EXPECT_NE(v.summary.find("你的答案"), std::string::npos) << v.summary;
}

}  // namespace
}  // namespace convviz
