// The messages core/ writes, in 简体中文: every validation rule of the ops, the scene files'
// errors, the Shape panel's derivations, the export plan's checks and file errors. Each Chinese
// message is Chinese, carries the user's numbers, and has no key or {n} left in it; the English
// ones are exactly what they were.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/arith.hpp"
#include "core/atomic_file.hpp"
#include "core/compare.hpp"
#include "core/frame/frame_plan.hpp"
#include "core/i18n/strings.hpp"
#include "core/matrix_scene.hpp"
#include "core/op.hpp"
#include "core/presets.hpp"
#include "core/scene.hpp"
#include "core/scene_edit.hpp"
#include "core/timeline.hpp"

namespace convviz {
namespace {

// [SECTION] What a translated message must be

// A CJK ideograph (U+4E00 … U+9FFF) anywhere in the UTF-8 text.
bool has_cjk(std::string_view text) {
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if ((b0 & 0xF0) != 0xE0) continue;
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        const auto b2 = static_cast<unsigned char>(text[i + 2]);
        const unsigned code = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
        if (code >= 0x4E00 && code <= 0x9FFF) return true;
    }
    return false;
}

// Every run of digits, as a multiset: the same numbers in both languages means none was lost.
std::multiset<std::string> numbers(const std::string& text) {
    static const std::regex digits("[0-9]+");
    std::multiset<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), digits); it != std::sregex_iterator(); ++it) {
        out.insert(it->str());
    }
    return out;
}

// A key of either table left in the text, or an unfilled place.
std::string leftover(const std::string& text) {
    static const std::regex place(R"(\{[0-9]\})");
    if (std::regex_search(text, place)) return "an unfilled place";
    for (const StringEntry& entry : string_table(Lang::en)) {
        if (text.find(entry.key) != std::string::npos) return "the key " + std::string(entry.key);
    }
    return "";
}

// The Chinese message of a rule: Chinese words, no key or place left, the same numbers as English.
void expect_chinese(const std::string& en, const std::string& zh) {
    EXPECT_FALSE(zh.empty()) << en;
    EXPECT_TRUE(has_cjk(zh)) << zh;
    EXPECT_EQ(leftover(zh), "") << zh;
    EXPECT_EQ(numbers(en), numbers(zh)) << en << "\n" << zh;
    EXPECT_NE(en, zh);
}

// The English message of a rule, pinned, and its Chinese one.
void expect_message(const std::optional<std::string>& en, const std::optional<std::string>& zh,
                    const std::string& expected_en) {
    ASSERT_TRUE(en.has_value()) << "expected: " << expected_en;
    ASSERT_TRUE(zh.has_value()) << "expected: " << expected_en;
    EXPECT_EQ(*en, expected_en);
    expect_chinese(*en, *zh);
}

template <class T>
std::optional<std::string> error_of(const Result<T>& r) {
    return r.ok() ? std::nullopt : std::optional<std::string>(r.error());
}

OpShapes conv(Shape in, Shape weight) { return {std::move(in), std::move(weight), std::nullopt, std::nullopt}; }
OpShapes plain(Shape in) { return {std::move(in), std::nullopt, std::nullopt, std::nullopt}; }

void expect_refusal(const OpParams& params, const OpShapes& shapes, const std::string& expected_en) {
    SCOPED_TRACE(expected_en);
    expect_message(validate(params, shapes), validate(params, shapes, Lang::zh), expected_en);
}

// [SECTION] One rejected configuration per rule, the English pinned

TEST(MessagesInChinese, ConvolutionRules) {
    expect_refusal(ConvTranspose2dParams{.stride = {3, 3}, .output_padding = {1, 4}}, conv({1, 1, 3, 3}, {1, 1, 3, 3}),
                   "output_padding (4) must be smaller than stride (3) or dilation (1) on the width axis; "
                   "use output_padding from 0 to 2");
    expect_refusal(Conv2dParams{}, conv({1, 1, 5, 5}, {1, 1, 6, 6}),
                   "the kernel spans 6 cells (dilation 1 · (kernel 6 − 1) + 1) but the padded input height is only "
                   "5 (5 + 0 padding); use padding 1 or kernel_size 5");
    expect_refusal(Conv2dParams{.groups = 2}, conv({1, 4, 5, 5}, {3, 2, 3, 3}), "out_channels (3) must be divisible by groups (2)");
    expect_refusal(Conv2dParams{.groups = 2}, conv({1, 3, 5, 5}, {4, 1, 3, 3}),
                   "the input has 3 channels, but the weight [4, 1, 3, 3] with groups = 2 expects 1 × 2 = 2; "
                   "the weight's second dimension must be in_channels / groups");
    expect_refusal(ConvTranspose2dParams{.groups = 2}, conv({1, 3, 4, 4}, {3, 1, 3, 3}),
                   "in_channels (3) must be divisible by groups (2)");
    expect_refusal(ConvTranspose2dParams{}, conv({1, 2, 4, 4}, {3, 1, 3, 3}),
                   "the input has 2 channels, but the weight [3, 1, 3, 3] expects 3: a transposed convolution's "
                   "weight is [C_in, C_out / groups, kH, kW]");
    expect_refusal(Conv2dParams{.padding = {.kind = PaddingKind::pair, .size = {1, -2}}}, conv({1, 1, 5, 5}, {1, 1, 3, 3}),
                   "padding must not be negative, but it is -2 on the width axis");
    expect_refusal(Conv2dParams{.stride = {1, 0}}, conv({1, 1, 5, 5}, {1, 1, 3, 3}),
                   "stride must be at least 1, but it is 0 on the width axis");
    expect_refusal(Conv2dParams{.groups = 0}, conv({1, 1, 5, 5}, {1, 1, 3, 3}), "groups must be at least 1, but it is 0");
    expect_refusal(Conv2dParams{.stride = {1, 2}, .padding = {.kind = PaddingKind::same}}, conv({1, 1, 6, 6}, {1, 1, 3, 3}),
                   "padding = 'same' needs stride 1, but stride is 2 on the width axis; give the padding as numbers for "
                   "a strided convolution");
    expect_refusal(Conv2dParams{.padding = {.kind = PaddingKind::pair, .size = {5, 0}}, .padding_mode = PaddingMode::reflect},
                   conv({1, 1, 5, 5}, {1, 1, 3, 3}), "reflect padding (5) must be smaller than the input height (5)");
    expect_refusal(Conv2dParams{.padding = {.kind = PaddingKind::pair, .size = {0, 4}}, .padding_mode = PaddingMode::circular},
                   conv({1, 1, 5, 3}, {1, 1, 3, 3}),
                   "circular padding (4) must not exceed the input width (3): it would wrap around more than once");
    expect_refusal(ConvTranspose2dParams{.padding = {3, 0}}, conv({1, 1, 2, 2}, {1, 1, 3, 3}),
                   "the output height would be -2: padding (3) crops 2 × 3 cells from a full output of 4 "
                   "(+ output_padding 0); use padding from 0 to 1");
}

TEST(MessagesInChinese, TensorAndLimitRules) {
    expect_refusal(Conv2dParams{}, conv({1, 1, 4}, {1, 1, 3, 3}),
                   "the input must have 4 dimensions (N, C, H, W), but its shape is [1, 1, 4]");
    expect_refusal(Conv2dParams{}, conv({1, 1, 4, 4}, {1, 1, 3}),
                   "the weight must have 4 dimensions [C_out, C_in / groups, kH, kW], but its shape is [1, 1, 3]");
    expect_refusal(Conv2dParams{}, conv({0, 1, 4, 4}, {1, 1, 3, 3}), "the input batch size must be at least 1, but it is 0");
    expect_refusal(Conv2dParams{}, conv({1, 65, 5, 5}, {1, 65, 3, 3}), "the input channel count (65) is over ConvViz's limit of 64");
    expect_refusal(Conv2dParams{}, conv({1, 1, 40, 40}, {1, 1, 33, 3}), "the kernel height (33) is over ConvViz's limit of 32");
    expect_refusal(ConvTranspose2dParams{.stride = {5000, 1}}, conv({1, 1, 4, 4}, {1, 1, 3, 3}),
                   "stride (5000) is beyond ConvViz's limit of 1024 in magnitude");
    expect_refusal(ConvTranspose2dParams{.stride = {1000, 1000}}, conv({1, 1, 256, 256}, {1, 1, 3, 3}),
                   "the output height would be 255003, over ConvViz's limit of 2048");
    expect_refusal(Conv2dParams{}, conv({1, 64, 256, 256}, {64, 64, 32, 32}),
                   "this configuration needs 212336640000 multiply-adds, over ConvViz's limit of 1073741824; use fewer "
                   "channels, a smaller input or a smaller kernel");
    expect_refusal(Conv2dParams{}, OpShapes{{1, 1, 5, 5}, Shape{2, 1, 3, 3}, Shape{3}, std::nullopt},
                   "the bias must hold one value per output channel, shape [2], but its shape is [3]");
    expect_refusal(Conv2dParams{}, plain({1, 1, 4, 4}), "conv2d needs a weight");
    expect_refusal(MaxUnpool2dParams{}, plain({1, 1, 4, 4}), "max_unpool2d needs indices");
    expect_refusal(Conv2dMatrixParams{}, conv({2, 1, 3, 3}, {1, 1, 2, 2}),
                   "the convolution matrix is drawn for one image, but the batch size is 2");
    OpInputs unpool;
    unpool.input = Tensor(Shape{1, 1, 2, 2}, 1.0);
    unpool.indices = IndexTensor(Shape{1, 1, 2, 2}, int64_t{99});
    expect_message(error_of(run(MaxUnpool2dParams{}, unpool)), error_of(run(MaxUnpool2dParams{}, unpool, Lang::zh)),
                   "index 99 at input cell (0, 0, 0, 0) is outside the 4 × 4 output, whose positions run from 0 to 15; "
                   "the indices must come from a max_pool2d of a 4 × 4 input");
    auto weight_en = layer_weight_shape(Conv2dParams{.groups = 2}, 3, 4, {3, 3});
    auto weight_zh = layer_weight_shape(Conv2dParams{.groups = 2}, 3, 4, {3, 3}, Lang::zh);
    expect_message(error_of(weight_en), error_of(weight_zh), "in_channels (3) must be divisible by groups (2)");
}

TEST(MessagesInChinese, PoolingUpsamplingAndShuffleRules) {
    expect_refusal(MaxPool2dParams{.kernel_size = {3, 3}, .padding = {2, 0}}, plain({1, 1, 6, 6}),
                   "max_pool2d padding (2) must be at most half the kernel size (3 / 2 = 1) on the height axis, so "
                   "that no window lies mostly in padding");
    expect_refusal(MaxPool2dParams{.kernel_size = {2, 2}, .padding = {0, -1}}, plain({1, 1, 6, 6}),
                   "max_pool2d padding must not be negative, but it is -1 on the width axis");
    expect_refusal(AvgPool2dParams{.kernel_size = {5, 2}}, plain({1, 1, 3, 6}),
                   "the avg_pool2d output height would be 0: the window spans 5 cells but the padded input height is "
                   "only 3 (3 + 2 × 0); use padding 1 or kernel_size 3");
    expect_refusal(AvgPool2dParams{.divisor_override = 0}, plain({1, 1, 4, 4}),
                   "divisor_override must not be 0; leave it out to divide by the window's cell count");
    expect_refusal(MaxUnpool2dParams{.kernel_size = {2, 2}, .output_size = Pair{9, 8}},
                   OpShapes{{1, 1, 3, 4}, std::nullopt, std::nullopt, Shape{1, 1, 3, 4}},
                   "output_size height (9) must lie strictly between 4 and 8: the default 6 = (3 − 1)·2 − 2·0 + 2, "
                   "give or take less than the stride (2)");
    expect_refusal(UpsampleParams{.size = Pair{4, 4}, .scale_factor = ScaleFactor{2, 2}}, plain({1, 1, 2, 2}),
                   "give either size or scale_factor, not both");
    expect_refusal(UpsampleParams{}, plain({1, 1, 2, 2}), "give the output size or a scale_factor");
    expect_refusal(UpsampleParams{.mode = UpsampleMode::nearest, .scale_factor = ScaleFactor{2, 2}, .align_corners = true},
                   plain({1, 1, 2, 2}), "align_corners applies to bilinear and bicubic only; leave it unset for mode nearest");
    expect_refusal(UpsampleParams{.scale_factor = ScaleFactor{2, 0.25}}, plain({1, 1, 3, 3}),
                   "the output width must be at least 1, but it is 0 = ⌊3 × 0.25⌋; use a larger size or scale_factor");
    expect_refusal(PixelShuffleParams{.upscale_factor = 2}, plain({1, 6, 2, 2}),
                   "the input's channel count (6) must be divisible by upscale_factor² (2² = 4); use 8 channels or "
                   "upscale_factor 1");
    expect_refusal(PixelUnshuffleParams{.downscale_factor = 3}, plain({1, 1, 6, 4}),
                   "the input width (4) must be divisible by downscale_factor (3)");
    expect_refusal(PixelUnshuffleParams{.downscale_factor = 0}, plain({1, 1, 6, 4}),
                   "downscale_factor must be at least 1, but it is 0");
}

// [SECTION] Scene files

const char* const kGoodScene = R"({"version": 1, "op": "conv2d", "params": {"stride": 1},
  "input": {"shape": [1, 1, 3, 3], "data": [1, 2, 3, 4, 5, 6, 7, 8, 9]},
  "weight": {"shape": [1, 1, 2, 2], "data": [1, 0, 0, 1]}})";

std::string with(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

void expect_scene_error(const std::string& text, const std::string& expected_en) {
    SCOPED_TRACE(expected_en);
    expect_message(error_of(parse_scene(text, "lesson.json")), error_of(parse_scene(text, "lesson.json", Lang::zh)),
                   expected_en);
}

TEST(MessagesInChinese, SceneFiles) {
    ASSERT_TRUE(parse_scene(kGoodScene, "lesson.json", Lang::zh).ok());
    expect_scene_error(with(kGoodScene, "\"version\": 1", "\"version\": 7"),
                       "lesson.json: field \"version\" is 7: the file is from a newer ConvViz, which reads up to 1");
    expect_scene_error(with(kGoodScene, "\"stride\": 1", "\"stride\": \"two\""),
                       "lesson.json: field \"params.stride\" must be an integer or a pair [h, w], but it is \"two\"");
    expect_scene_error(with(kGoodScene, "\"version\": 1", "\"version\": 1, \"title\": 42"),
                       "lesson.json: field \"title\" must be a string");
    expect_scene_error(with(kGoodScene, "\"stride\": 1", "\"stride\": [1, 2, 3]"),
                       "lesson.json: field \"params.stride\" must be a pair [h, w], but it has 3 elements");
    expect_scene_error(with(kGoodScene, "\"stride\": 1", "\"padding\": \"full\""),
                       "lesson.json: field \"params\" padding must be numbers, 'same' or 'valid', not 'full'");
    expect_scene_error(with(kGoodScene, "\"data\": [1, 0, 0, 1]", "\"data\": [1, 0, 1]"),
                       "lesson.json: field \"weight.data\" has 3 values, but the shape [1, 1, 2, 2] needs 4");
    expect_scene_error(with(kGoodScene, "\"op\": \"conv2d\"", "\"op\": \"conv3d\""),
                       "lesson.json: field \"op\" names no known op: 'conv3d'");
    expect_scene_error(with(kGoodScene, "\"op\": \"conv2d\", ", ""), "lesson.json: field \"op\" is missing");
    expect_scene_error("[1, 2]", "lesson.json: field \"(scene)\" must be a JSON object");
    expect_scene_error(with(kGoodScene, "\"stride\": 1}", "\"stride\": 1}, \"view\": {\"kind\": \"pool\"}"),
                       "lesson.json: conv2d has no pool view; its views: conv, matrix");
    expect_scene_error(with(with(kGoodScene, "\"shape\": [1, 1, 2, 2]", "\"shape\": [1, 1, 4, 4]"), "[1, 0, 0, 1]",
                            "[1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1]"),
                       "lesson.json: the kernel spans 4 cells (dilation 1 · (kernel 4 − 1) + 1) but the padded input "
                       "height is only 3 (3 + 0 padding); use padding 1 or kernel_size 3");
}

// Text that is not JSON: both languages say where, with the parser's line and column, or which
// number is out of range.
TEST(MessagesInChinese, DamagedJson) {
    const std::string texts[] = {
        std::string(kGoodScene).substr(0, 80),  // truncated on its second line
        "{\"version\": 1,\n  \"op\": \"conv2d\",, }",
        "{\"version\": 1e400}",
    };
    for (const std::string& text : texts) {
        std::string parser;
        try {
            const nlohmann::json parsed = nlohmann::json::parse(text);
            ADD_FAILURE() << "parsed: " << parsed.dump();
        } catch (const nlohmann::json::exception& e) {
            parser = e.what();
        }
        ASSERT_NE(parser, "") << text;
        const auto en = error_of(parse_scene(text, "lesson.json"));
        const auto zh = error_of(parse_scene(text, "lesson.json", Lang::zh));
        ASSERT_TRUE(en && zh);
        EXPECT_EQ(en->rfind("lesson.json: not valid JSON: ", 0), 0u) << *en;
        EXPECT_EQ(en->find("json.exception"), std::string::npos) << "the parser's own prefix: " << *en;
        EXPECT_TRUE(has_cjk(*zh)) << *zh;
        EXPECT_EQ(leftover(*zh), "") << *zh;
        EXPECT_EQ(zh->rfind("lesson.json：", 0), 0u) << *zh;
        std::smatch where;
        if (std::regex_search(parser, where, std::regex(R"(at line ([0-9]+), column ([0-9]+))"))) {
            EXPECT_NE(en->find("line " + where[1].str() + ", column " + where[2].str()), std::string::npos) << *en;
            EXPECT_NE(zh->find("第 " + where[1].str() + " 行第 " + where[2].str() + " 列"), std::string::npos) << *zh;
        } else {
            EXPECT_NE(en->find("the number '1e400' is out of range"), std::string::npos) << *en;
            EXPECT_NE(zh->find("1e400"), std::string::npos) << *zh;
        }
    }
    EXPECT_NE(error_of(parse_scene(texts[0], "lesson.json", Lang::zh))->find("意外结束"), std::string::npos);
}

TEST(MessagesInChinese, FilesThatCannotBeReadOrWritten) {
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "convviz_i18n_messages";
    std::filesystem::create_directories(dir);
    const std::string folder = dir.string();
    expect_message(error_of(load_scene(folder)), error_of(load_scene(folder, Lang::zh)),
                   folder + ": is a directory, not a scene file");
    const std::string missing = (dir / "missing.convviz").string();
    expect_message(error_of(load_scene(missing)), error_of(load_scene(missing, Lang::zh)),
                   missing + ": cannot be read (missing, or no permission)");
    const Scene scene = parse_scene(kGoodScene, "lesson.json").value();
    const std::string nowhere = (dir / "no folder" / "scene.convviz").string();
    expect_message(save_scene(scene, nowhere), save_scene(scene, nowhere, Lang::zh),
                   "cannot write " + nowhere + ": No such file or directory");
    expect_message(write_file_atomically(folder, "x"), write_file_atomically(folder, "x", Lang::zh),
                   "cannot write " + folder + ": Is a directory");
    std::filesystem::remove_all(dir);
}

// [SECTION] Scenes: views, editing, the export plan

TEST(MessagesInChinese, ScenesEditsAndExportPlans) {
    Scene unpool = *find_preset("maxpool_unpool");
    auto& params = std::get<MaxUnpool2dParams>(unpool.params);
    params.output_size = Pair{9, 9};
    unpool.view.kind = ViewKind::unpool;
    expect_message(validate(unpool), validate(unpool, Lang::zh),
                   "output_size height (9) must lie strictly between 2 and 6: the default 4 = (2 − 1)·2 − 2·0 + 2, "
                   "give or take less than the stride (2)");
    const std::string dilated_pool =
        R"({"version": 1, "op": "max_unpool2d", "params": {"kernel_size": 2, "stride": 2}, "pooling": {"dilation": 2},
            "input": {"shape": [1, 1, 5, 5], "data": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                                                      19, 20, 21, 22, 23, 24, 25]}})";
    expect_scene_error(dilated_pool,
                       "lesson.json: MaxPool2d's index 24 (row 4, column 4 of the 5×5 input) is past the end of "
                       "MaxUnpool2d's 4×4 plane: the unpool's size formula ignores the pool's dilation and ceil_mode; "
                       "set output_size to 5×5 or change kernel_size, stride or padding");

    Scene matrix = *find_preset("no_padding_no_strides");
    matrix.view.kind = ViewKind::pool;
    expect_message(validate(matrix), validate(matrix, Lang::zh), "conv2d has no pool view; its views: conv, matrix");
    EXPECT_NE(validate(matrix, Lang::zh).value_or("").find("conv、matrix"), std::string::npos);

    const Scene conv = *find_preset("no_padding_no_strides");
    SceneTensorsSpec spec = tensors_spec(conv);
    spec.out_channels = 0;
    const Shape input = conv.tensors.input.shape();
    expect_message(error_of(reshape_scene(conv, conv.params, input, spec)),
                   error_of(reshape_scene(conv, conv.params, input, spec, Lang::zh)),
                   "out_channels must be at least 1, but it is 0");
    spec = tensors_spec(conv);
    spec.kernel_size = {3, 0};
    expect_message(error_of(reshape_scene(conv, conv.params, input, spec)),
                   error_of(reshape_scene(conv, conv.params, input, spec, Lang::zh)),
                   "the kernel width must be at least 1, but it is 0");

    auto phases = phases_for(conv);
    ASSERT_TRUE(phases.ok());
    const Timeline timeline(phases.value(), {.loop = false});
    const auto plan = [&](FramePlanParams p, Lang lang) { return error_of(plan_frames(timeline, p, lang)); };
    expect_message(plan({.tween = 101}, Lang::en), plan({.tween = 101}, Lang::zh),
                   "tween must be between 0 and 100 in-between frames, but it is 101");
    expect_message(plan({.fps = 200}, Lang::en), plan({.fps = 200}, Lang::zh),
                   "fps must be between 0.1 and 120 (or 0 for a frame per step), but it is 200");
    expect_message(plan({.from = 3, .to = 2}, Lang::en), plan({.from = 3, .to = 2}, Lang::zh),
                   "the range must run forward from 0 s or later, but it is from 3 s to 2 s");
    expect_message(plan({.from = 50, .to = 60}, Lang::en), plan({.from = 50, .to = 60}, Lang::zh),
                   "no frame falls in the range from 50 s to 60 s; the animation runs from 0 s to 5 s");
}

// [SECTION] Shape derivations

// The lines in both languages: the formulas the same, the words around them Chinese, the numbers
// the same line by line.
void expect_derivation(const std::vector<std::string>& en, const std::vector<std::string>& zh, int worded_lines) {
    ASSERT_EQ(en.size(), zh.size());
    int worded = 0;
    for (size_t i = 0; i < en.size(); ++i) {
        EXPECT_EQ(numbers(en[i]), numbers(zh[i])) << en[i] << "\n" << zh[i];
        EXPECT_EQ(leftover(zh[i]), "") << zh[i];
        if (en[i] == zh[i]) continue;  // a formula
        ++worded;
        EXPECT_TRUE(has_cjk(zh[i])) << zh[i];
        EXPECT_EQ(en[i].rfind("      ", 0) == 0, zh[i].rfind("      ", 0) == 0) << "continuation lines stay aligned";
    }
    EXPECT_EQ(worded, worded_lines);
}

std::vector<std::string> lines_of(const Result<ShapeDerivation>& d) {
    EXPECT_TRUE(d.ok()) << d.error();
    return d.ok() ? d.value().lines : std::vector<std::string>{};
}

TEST(MessagesInChinese, ShapeDerivations) {
    // A ConvTranspose2d is formulas only: the same text in both languages.
    const ConvTranspose2dParams convt{.stride = {2, 2}, .padding = {1, 1}, .output_padding = {1, 1}};
    const auto convt_en = lines_of(derive_shape(convt, conv({1, 1, 3, 3}, {1, 1, 3, 3})));
    EXPECT_EQ(convt_en, lines_of(derive_shape(convt, conv({1, 1, 3, 3}, {1, 1, 3, 3}), Lang::zh)));
    EXPECT_EQ(convt_en[3], "      = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6");

    const Conv2dParams same{.padding = {.kind = PaddingKind::same}};
    const auto same_en = lines_of(derive_shape(same, conv({1, 1, 5, 6}, {1, 1, 2, 3})));
    EXPECT_EQ(same_en[2], "padding = 'same': dilation·(kernel − 1) = 1·(2 − 1) = 1 cells in all, 0 at the top and 1 at the bottom");
    EXPECT_EQ(same_en[4], "padding = 'same': dilation·(kernel − 1) = 1·(3 − 1) = 2 cells in all, 1 on the left and 1 on the right");
    expect_derivation(same_en, lines_of(derive_shape(same, conv({1, 1, 5, 6}, {1, 1, 2, 3}), Lang::zh)), 2);

    const MaxPool2dParams ceil{.kernel_size = {2, 2}, .stride = Pair{2, 2}, .padding = {1, 1}, .ceil_mode = true};
    const auto ceil_en = lines_of(derive_shape(ceil, plain({1, 1, 5, 5})));
    EXPECT_EQ(ceil_en[3], "      − 1 = 3: the last window would start at 6, inside the padding (H_in + padding = 6), "
                          "so ceil_mode drops it");
    expect_derivation(ceil_en, lines_of(derive_shape(ceil, plain({1, 1, 5, 5}), Lang::zh)), 2);

    const Conv2dMatrixParams matrix{.conv = {.stride = {2, 2}}};
    const auto matrix_en = lines_of(derive_shape(matrix, conv({1, 1, 5, 5}, {1, 1, 3, 3})));
    EXPECT_EQ(matrix_en[6], "C has one row per output cell: C_out·H_out·W_out = 1·2·2 = 4");
    EXPECT_EQ(matrix_en[7], "and one column per input cell: C_in·H_in·W_in = 1·5·5 = 25");
    expect_derivation(matrix_en, lines_of(derive_shape(matrix, conv({1, 1, 5, 5}, {1, 1, 3, 3}), Lang::zh)), 2);

    const MaxUnpool2dParams unpool{.kernel_size = {2, 2}, .output_size = Pair{7, 6}};
    const OpShapes unpool_shapes{{1, 1, 3, 3}, std::nullopt, std::nullopt, Shape{1, 1, 3, 3}};
    const auto unpool_en = lines_of(derive_shape(unpool, unpool_shapes));
    EXPECT_EQ(unpool_en[3], "      output_size gives 7 (allowed: 5 to 7)");
    expect_derivation(unpool_en, lines_of(derive_shape(unpool, unpool_shapes, Lang::zh)), 2);

    const Conv2dParams strided{.stride = {2, 3}, .padding = {.kind = PaddingKind::pair, .size = {1, 0}}};
    auto restore_en = restoring_output_padding(strided, {1, 1, 6, 7}, {1, 1, 3, 3});
    auto restore_zh = restoring_output_padding(strided, {1, 1, 6, 7}, {1, 1, 3, 3}, Lang::zh);
    ASSERT_TRUE(restore_en.ok() && restore_zh.ok());
    EXPECT_EQ(restore_en.value().lines[0],
              "output_padding (height) = (H_in + 2·padding − dilation·(kernel − 1) − 1) mod stride");
    EXPECT_EQ(restore_en.value().lines[3], "      = (7 + 2·0 − 1·(3 − 1) − 1) mod 3 = 1");
    expect_derivation(restore_en.value().lines, restore_zh.value().lines, 2);

    const Conv2dParams uneven{.padding = {.kind = PaddingKind::same}};
    expect_message(error_of(restoring_output_padding(uneven, {1, 1, 5, 5}, {1, 1, 2, 2})),
                   error_of(restoring_output_padding(uneven, {1, 1, 5, 5}, {1, 1, 2, 2}, Lang::zh)),
                   "a conv_transpose2d pads both sides equally, so it cannot undo this conv2d's uneven 'same' "
                   "padding; use an odd kernel or explicit padding");
    // An invalid configuration's derivation is its validation message, in the language asked for.
    expect_message(error_of(derive_shape(PixelShuffleParams{.upscale_factor = 2}, plain({1, 6, 2, 2}))),
                   error_of(derive_shape(PixelShuffleParams{.upscale_factor = 2}, plain({1, 6, 2, 2}), Lang::zh)),
                   "the input's channel count (6) must be divisible by upscale_factor² (2² = 4); use 8 channels or "
                   "upscale_factor 1");
}

// [SECTION] Over many configurations: every refusal and derivation, both languages

TEST(MessagesInChinese, EveryRefusalOverAGridOfConfigurations) {
    std::set<std::pair<std::string, std::string>> refusals;
    int derivations = 0;
    const auto check = [&](const OpParams& params, const OpShapes& shapes) {
        const std::optional<std::string> en = validate(params, shapes);
        const std::optional<std::string> zh = validate(params, shapes, Lang::zh);
        ASSERT_EQ(en.has_value(), zh.has_value()) << en.value_or(*zh);
        if (en) {
            refusals.emplace(*en, *zh);
            return;
        }
        auto d_en = derive_shape(params, shapes);
        auto d_zh = derive_shape(params, shapes, Lang::zh);
        ASSERT_TRUE(d_en.ok() && d_zh.ok());
        ASSERT_EQ(d_en.value().lines.size(), d_zh.value().lines.size());
        for (size_t i = 0; i < d_en.value().lines.size(); ++i) {
            const std::string& a = d_en.value().lines[i];
            const std::string& b = d_zh.value().lines[i];
            ASSERT_EQ(numbers(a), numbers(b)) << a << "\n" << b;
            if (a != b) {
                ASSERT_TRUE(has_cjk(b)) << b;
            }
        }
        ++derivations;
    };
    for (int64_t h : {1, 3, 5}) {
        for (int64_t k : {1, 2, 3, 6}) {
            for (int64_t s : {0, 1, 2}) {
                for (int64_t p : {-1, 0, 1, 3}) {
                    for (int64_t g : {1, 2}) {
                        const OpShapes shapes = conv({1, 2, h, 4}, {2, 2 / g, k, 2});
                        for (int kind = 0; kind < 3; ++kind) {
                            for (int mode = 0; mode < 4; ++mode) {
                                check(Conv2dParams{.stride = {s, 1}, .padding = {.kind = static_cast<PaddingKind>(kind), .size = {p, 0}},
                                                   .groups = g, .padding_mode = static_cast<PaddingMode>(mode)},
                                      shapes);
                            }
                        }
                        for (int64_t op : {0, 1, 2}) {
                            check(ConvTranspose2dParams{.stride = {s, 2}, .padding = {p, 0}, .output_padding = {0, op},
                                                        .groups = g},
                                  shapes);
                        }
                        check(Conv2dMatrixParams{.conv = {.stride = {s, 1}, .padding = {.kind = PaddingKind::pair, .size = {p, 0}}}},
                              conv({1, 2, h, 4}, {2, 2, k, 2}));
                    }
                    for (bool ceil_mode : {false, true}) {
                        check(MaxPool2dParams{.kernel_size = {k, 2}, .stride = Pair{s, 1}, .padding = {p, 0},
                                              .ceil_mode = ceil_mode},
                              plain({1, 1, h, 4}));
                        check(AvgPool2dParams{.kernel_size = {k, 2}, .stride = Pair{s, 1}, .padding = {p, 0},
                                              .ceil_mode = ceil_mode},
                              plain({1, 1, h, 4}));
                    }
                    for (int64_t size : {0, 4, 7}) {
                        check(MaxUnpool2dParams{.kernel_size = {k, 2}, .stride = Pair{s, 2}, .padding = {p, 0},
                                                .output_size = size ? std::optional<Pair>(Pair{size, 8}) : std::nullopt},
                              OpShapes{{1, 1, h, 4}, std::nullopt, std::nullopt, Shape{1, 1, h, 4}});
                    }
                }
            }
            for (double f : {0.2, 1.5, 2.0}) {
                check(UpsampleParams{.mode = UpsampleMode::bilinear, .scale_factor = ScaleFactor{f, 2}}, plain({1, 1, h, 4}));
                check(UpsampleParams{.mode = UpsampleMode::nearest, .size = Pair{k, 3}, .align_corners = f > 1.9},
                      plain({1, 1, h, 4}));
            }
            check(PixelShuffleParams{.upscale_factor = k}, plain({1, 4, h, 4}));
            check(PixelUnshuffleParams{.downscale_factor = k}, plain({1, 1, h, 6}));
        }
    }
    EXPECT_GT(refusals.size(), 100u);
    EXPECT_GT(derivations, 1000);
    for (const auto& [en, zh] : refusals) expect_chinese(en, zh);
}

}  // namespace
}  // namespace convviz
