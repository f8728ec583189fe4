// Scenes and presets: the presets are PyTorch's own cases, scene files round-trip, and a
// malformed scene file is an error naming the file, the field and why.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/case_check.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "tests/torch_data.hpp"

namespace convviz::testing {
namespace {

std::map<std::string, Case> all_torch_cases() {
    std::map<std::string, Case> by_name;
    for (const char* op : {"conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "max_unpool2d", "upsample",
                           "pixel_shuffle", "conv2d_matrix"}) {
        for (Case& c : torch_cases(op)) by_name.emplace(c.name, std::move(c));
    }
    return by_name;
}

Tensor run_scene(const Scene& scene) {
    auto inputs = op_inputs(scene);
    EXPECT_TRUE(inputs.ok());
    auto out = run(scene.params, inputs.value());
    EXPECT_TRUE(out.ok()) << out.error();
    return out.value().values;
}

TEST(Presets, AllParseWithUniqueIdsAndTheNineteenFigures) {
    const std::vector<Scene> all = builtin_presets();
    EXPECT_EQ(all.size(), 39u);
    std::set<std::string> ids;
    for (const Scene& s : all) {
        EXPECT_TRUE(ids.insert(s.id).second) << "duplicate id " << s.id;
        EXPECT_FALSE(s.title.empty()) << s.id;
        EXPECT_EQ(validate(s), std::nullopt) << s.id;
    }
    for (const char* figure :
         {"no_padding_no_strides", "arbitrary_padding_no_strides", "same_padding_no_strides", "full_padding_no_strides",
          "no_padding_strides", "padding_strides", "padding_strides_odd"}) {
        EXPECT_TRUE(ids.count(figure)) << figure;
        EXPECT_TRUE(ids.count(std::string(figure) + "_transposed")) << figure;
    }
    for (const char* figure : {"dilation", "numerical_no_padding_no_strides", "numerical_padding_strides",
                               "numerical_average_pooling", "numerical_max_pooling"}) {
        EXPECT_TRUE(ids.count(figure)) << figure;
    }
    // What `convviz` opens: a ConvTranspose2d whose stride 2 spreads and whose padding 1 crops.
    const std::optional<Scene> first = find_preset(kDefaultPreset);
    ASSERT_TRUE(first.has_value());
    const auto* tconv = std::get_if<ConvTranspose2dParams>(&first->params);
    ASSERT_NE(tconv, nullptr);
    EXPECT_EQ(tconv->stride, (Pair{2, 2}));
    EXPECT_EQ(tconv->padding, (Pair{1, 1}));
    EXPECT_FALSE(find_preset("no_such_preset").has_value());
}

// The presets menu opens one submenu per family (issue 19: one list of all 39 was taller than a
// 720-pixel window and opened over the menu bar): every preset is in one, none is empty, and the
// longest fits below the bar.
TEST(Presets, EachBelongsToAFamilyAndEveryFamilyHasSome) {
    std::map<PresetFamily, std::vector<std::string>> members;
    for (const Scene& s : builtin_presets()) {
        const std::optional<PresetFamily> family = preset_family(s.id);
        ASSERT_TRUE(family.has_value()) << s.id << " is in no family of the presets menu";
        members[*family].push_back(s.id);
    }
    EXPECT_EQ(members[PresetFamily::conv_arithmetic].size(), kConvArithmeticPresets.size());
    EXPECT_EQ(members[PresetFamily::d2l],
              (std::vector<std::string>{"tconv_identity_ones", "tconv_identity_stride2_padding1_dilation2", "d2l_tconv",
                                        "d2l_tconv_padding1", "d2l_tconv_stride2", "d2l_conv2d", "d2l_conv_matrix"}));
    EXPECT_EQ(members[PresetFamily::pooling], (std::vector<std::string>{"maxpool_unpool", "maxpool_unpool_output_size"}));
    EXPECT_EQ(members[PresetFamily::upsampling].size(), 7u);
    EXPECT_EQ(members[PresetFamily::shuffle], (std::vector<std::string>{"pixel_shuffle", "pixel_unshuffle"}));
    EXPECT_EQ(members[PresetFamily::large], (std::vector<std::string>{"large", "matrix_1024"}));
    for (PresetFamily family : kPresetFamilies) {
        EXPECT_FALSE(members[family].empty()) << name(family);
        EXPECT_LE(members[family].size(), 20u) << name(family) << ": a submenu taller than a small window";
        EXPECT_NE(text(Lang::en, cat("menu.family_", name(family))), cat("menu.family_", name(family)));
    }
    EXPECT_EQ(preset_family("no_such_preset"), std::nullopt);
}

TEST(Presets, ValuesAndResultsAreThoseOfPyTorch) {
    const auto cases = all_torch_cases();
    const std::map<std::string, std::string> source = {
        {"tconv_identity_ones", "seed_conv_transpose2d_eye3_ones2x2_s1"},
        {"tconv_identity_stride2_padding1_dilation2", "seed_conv_transpose2d_eye3_1234_s2_p1_d2"},
        {"d2l_tconv", "seed_conv_transpose2d_d2l_p0"},
        {"d2l_tconv_padding1", "seed_conv_transpose2d_d2l_p1"},
        {"d2l_tconv_stride2", "seed_conv_transpose2d_d2l_s2"},
        {"d2l_conv2d", "seed_conv2d_d2l_arange3x3_k1234"},
        {"d2l_conv_matrix", "seed_conv2d_matrix_d2l_kernel2matrix_3x3_k1234"},
        {"maxpool_unpool", "docs_max_unpool2d_arange1to16_k2_s2"},
        {"maxpool_unpool_output_size", "docs_max_unpool2d_arange1to16_k2_s2_output_size5x5"},
        {"upsample_nearest", "seed_upsample_nearest_arange4_scale2"},
        {"upsample_nearest_exact", "upsample_nearest_exact_ac_null_in1x1x4x4_size9x9_randn"},
        {"upsample_bicubic", "docs_upsample_bicubic_ac_false_arange1to4_scale2"},
        {"upsample_bicubic_align_corners", "upsample_bicubic_ac_true_in1x1x3x3_scale2x2_int"},
        {"upsample_bilinear", "seed_upsample_bilinear_ac_false_arange4_scale2"},
        {"upsample_bilinear_align_corners", "seed_upsample_bilinear_ac_true_arange4_scale2"},
        {"pixel_shuffle", "pixel_shuffle_in1x4x2x2_r2_int"},
        {"numerical_average_pooling", "conv_arith_numerical_average_pooling"},
        {"numerical_max_pooling", "conv_arith_numerical_max_pooling"},
    };
    int checked = 0;
    for (const Scene& scene : builtin_presets()) {
        SCOPED_TRACE(scene.id);
        std::string name = source.count(scene.id) ? source.at(scene.id) : "conv_arith_" + scene.id;
        if (!cases.count(name)) continue;
        const Case& c = cases.at(name);
        if (!std::holds_alternative<MaxUnpool2dParams>(scene.params)) {  // an unpool scene holds the pool's input
            EXPECT_EQ(scene.tensors.input.data(), c.inputs.input.data());
        }
        if (c.inputs.weight) {
            EXPECT_EQ(scene.tensors.weight->data(), c.inputs.weight->data());
        }
        const CheckOutcome verdict = compare_tensors(run_scene(scene), *c.expected);
        EXPECT_TRUE(verdict.passed) << verdict.failure;
        ++checked;
    }
    EXPECT_EQ(checked, 18 + 15);  // the examples above, and 15 conv_arith figures with PyTorch cases
}

TEST(Presets, NumericalFiguresPrintTheFiguresNumbers) {
    const Tensor plain = run_scene(*find_preset("numerical_no_padding_no_strides"));
    EXPECT_EQ(plain.data(), (std::vector<double>{12, 12, 17, 10, 17, 19, 9, 6, 14}));
    const Tensor strided = run_scene(*find_preset("numerical_padding_strides"));
    EXPECT_EQ(strided.data(), (std::vector<double>{6, 17, 3, 8, 17, 13, 6, 4, 4}));
}

TEST(Presets, TransposedFiguresGiveTheDirectConvolutionsInputSize) {
    for (const Scene& scene : builtin_presets()) {
        const std::string suffix = "_transposed";
        if (scene.id.size() < suffix.size() || scene.id.substr(scene.id.size() - suffix.size()) != suffix) continue;
        const Scene direct = *find_preset(scene.id.substr(0, scene.id.size() - suffix.size()));
        EXPECT_TRUE(std::holds_alternative<ConvTranspose2dParams>(scene.params)) << scene.id;
        EXPECT_EQ(run_scene(scene).shape(), direct.tensors.input.shape()) << scene.id;
    }
}

TEST(Presets, MaxPoolThenUnpoolKeepsTheWinnerAtItsIndex) {
    const Scene scene = *find_preset("maxpool_unpool");
    auto inputs = op_inputs(scene);
    ASSERT_TRUE(inputs.ok());
    EXPECT_EQ(inputs.value().input.data(), (std::vector<double>{6, 8, 14, 16}));
    EXPECT_EQ(inputs.value().indices->data(), (std::vector<int64_t>{5, 7, 13, 15}));
    EXPECT_EQ(run_scene(scene).data(), (std::vector<double>{0, 0, 0, 0, 0, 6, 0, 8, 0, 0, 0, 0, 0, 14, 0, 16}));
}

TEST(Presets, PixelUnshuffleUndoesPixelShuffle) {
    const Scene shuffle = *find_preset("pixel_shuffle");
    const Scene unshuffle = *find_preset("pixel_unshuffle");
    EXPECT_EQ(unshuffle.tensors.input.data(), run_scene(shuffle).data());
    EXPECT_EQ(run_scene(unshuffle).data(), shuffle.tensors.input.data());
    EXPECT_EQ(run_scene(unshuffle).shape(), shuffle.tensors.input.shape());
}

TEST(SceneFile, PoolingBeforeAnUnpoolAndTheCompareKernelRoundTrip) {
    Scene scene = *find_preset("compare_upsampling");
    EXPECT_EQ(scene.view.kind, ViewKind::compare);
    scene.view.compare_kernel = CompareKernel::ones;
    scene.pooling = {.dilation = {1, 2}, .ceil_mode = true};
    auto again = parse_scene(scene_json(scene), "round-trip");
    ASSERT_TRUE(again.ok()) << again.error();
    EXPECT_EQ(again.value().view.compare_kernel, CompareKernel::ones);
    EXPECT_EQ(again.value().pooling.dilation, (Pair{1, 2}));
    EXPECT_TRUE(again.value().pooling.ceil_mode);
    // Pooling fields on another op, or a kernel no one knows, are refused by name.
    std::string text = scene_json(*find_preset("upsample_nearest"));
    text.replace(text.find("\"view\""), 0, "\"pooling\": {\"ceil_mode\": true},\n");
    auto refused = parse_scene(text, "mine.json");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("pooling"), std::string::npos) << refused.error();
    std::string kernel = scene_json(scene);
    kernel.replace(kernel.find("\"ones\""), 6, "\"tent\"");
    auto unknown = parse_scene(kernel, "mine.json");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().find("compare_kernel"), std::string::npos) << unknown.error();
}

TEST(SceneFile, EveryPresetRoundTrips) {
    for (const Scene& scene : builtin_presets()) {
        const std::string text = scene_json(scene);
        auto again = parse_scene(text, "round-trip");
        ASSERT_TRUE(again.ok()) << scene.id << ": " << again.error();
        EXPECT_EQ(scene_json(again.value()), text) << scene.id;
    }
}

std::string error_of(const std::string& text) {
    auto r = parse_scene(text, "my.convviz");
    return r.ok() ? "" : r.error();
}

TEST(SceneFile, MalformedFilesAreClearErrors) {
    const std::string good = scene_json(*find_preset("d2l_tconv"));
    auto with = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        const size_t at = s.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        return s.replace(at, from.size(), to);
    };
    EXPECT_EQ(error_of(good), "");
    EXPECT_NE(error_of("{").find("my.convviz: not valid JSON"), std::string::npos);
    EXPECT_NE(error_of(with("\"version\": 1", "\"version\": 7")).find("field \"version\" is 7: the file is from a newer ConvViz"),
              std::string::npos);
    EXPECT_NE(error_of(with("\"version\": 1,", "")).find("field \"version\" is missing"), std::string::npos);
    EXPECT_NE(error_of(with("\"kind\": \"scatter\"", "\"kind\": \"spiral\"")).find("field \"view.kind\" names no view"),
              std::string::npos);
    EXPECT_NE(error_of(with("\"kind\": \"scatter\"", "\"kind\": \"pool\"")).find("conv_transpose2d has no pool view"),
              std::string::npos);
    EXPECT_NE(error_of(with("\"output_padding\": [\n   0,\n   0\n  ]", "\"output_padding\": [\n   3,\n   0\n  ]"))
                  .find("my.convviz: output_padding (3) must be smaller than stride (1) or dilation (1)"),
              std::string::npos)
        << error_of(with("\"output_padding\": [\n   0,\n   0\n  ]", "\"output_padding\": [\n   3,\n   0\n  ]"));
    EXPECT_NE(error_of(with("\"data\": [\n   0.0", "\"data\": [\n   \"x\"")).find("field \"input.data[0]\" must be a number"),
              std::string::npos);
}

TEST(SceneFile, SavesAtomicallyAndReportsUnwritablePaths) {
    const auto dir = std::filesystem::temp_directory_path() / ("convviz_scene_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "scene.convviz").string();
    std::ofstream(path) << "old contents";
    const Scene scene = *find_preset("padding_strides_odd_transposed");
    ASSERT_EQ(save_scene(scene, path), std::nullopt);
    auto loaded = load_scene(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(scene_json(loaded.value()), scene_json(scene));
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        EXPECT_EQ(entry.path().filename(), "scene.convviz") << "no temporary file is left behind";
    }
    const auto error = save_scene(scene, "/nonexistent/dir/scene.convviz");
    ASSERT_TRUE(error.has_value());
    EXPECT_NE(error->find("cannot write /nonexistent/dir/scene.convviz"), std::string::npos) << *error;
    auto missing = load_scene((dir / "missing.convviz").string());
    EXPECT_FALSE(missing.ok());
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace convviz::testing
