// Links to a scene (core/scene_link): every preset and every op, edited, read back to the same
// scene bit for bit; the issue's example reads as it says; the address forms; every kind of damage
// is a message in the user's language; and the links' lengths.
#include <gtest/gtest.h>

#include <cmath>
#include <iomanip>
#include <iostream>
#include <limits>
#include <set>

#include "core/op_params.hpp"
#include "core/presets.hpp"
#include "core/scene_edit.hpp"
#include "core/scene_link.hpp"

namespace convviz::testing {
namespace {

LinkedScene read_ok(const std::string& link) {
    Result<LinkedScene> read = read_scene_link(link);
    EXPECT_TRUE(read.ok()) << link << "\n" << (read.ok() ? "" : read.error());
    return read.ok() ? read.value() : LinkedScene{};
}

void expect_round_trip(const Scene& scene, double t = 0.0) {
    ASSERT_FALSE(validate(scene).has_value()) << validate(scene).value_or("");
    const std::string link = scene_link(scene, t);
    SCOPED_TRACE(link);
    Result<LinkedScene> read = read_scene_link(link);
    ASSERT_TRUE(read.ok()) << read.error();
    EXPECT_TRUE(same_scene(read.value().scene, scene)) << scene_json(read.value().scene).substr(0, 2000);
    EXPECT_EQ(read.value().t, t);
    EXPECT_EQ(scene_link(read.value().scene, read.value().t), link) << "a link is written one way";
}

std::string error_of(const std::string& link, Lang lang = Lang::en) {
    Result<LinkedScene> read = read_scene_link(link, lang);
    EXPECT_FALSE(read.ok()) << link << " was read";
    return read.ok() ? std::string() : read.error();
}

Scene edited(const Scene& base, const OpParams& params, const Shape& input, const SceneTensorsSpec& spec) {
    Result<Scene> scene = reshape_scene(base, params, input, spec);
    EXPECT_TRUE(scene.ok()) << (scene.ok() ? "" : scene.error());
    return scene.ok() ? scene.value() : Scene{};
}

constexpr std::string_view kIssueExample = "v1/conv_transpose2d/in=1,1,3,3/k=3/s=2/p=1/view=gather";

TEST(SceneLink, EveryPresetRoundTripsShortly) {
    std::cout << "link lengths of the presets:\n";
    for (const Scene& preset : builtin_presets()) {
        SCOPED_TRACE(preset.id);
        expect_round_trip(preset);
        expect_round_trip(preset, 2.5);
        const std::string link = scene_link(preset);
        std::cout << "  " << std::setw(4) << link.size() << "  " << link << "\n";
        // A preset's values are its own: the link names it and carries none.
        EXPECT_EQ(link.find("/x="), std::string::npos);
        EXPECT_EQ(link.find("/w="), std::string::npos);
        EXPECT_LE(link.size(), 120u);
    }
}

TEST(SceneLink, EveryOpEditedRoundTrips) {
    Scene base;
    base.title = "Mein Faltungs-Test: 卷积 #1 / 50% & more";
    int checked = 0;
    const auto check = [&](Scene scene, const char* what) {
        SCOPED_TRACE(what);
        expect_round_trip(scene, 0.0);
        expect_round_trip(scene, 3.0625);
        // The values edited by hand: a fraction that is no short decimal, −0, a tiny and a huge one,
        // and a long run.
        Tensor& x = scene.tensors.input;
        x[0] = 0.1 + 0.2;
        x[x.size() - 1] = -0.0;
        if (x.size() > 3) x[1] = 1e-300, x[2] = -1.5e300;
        expect_round_trip(scene, 1.0 / 3.0);
        if (scene.tensors.weight) {
            for (double& v : scene.tensors.weight->data()) v = 0.25;
            expect_round_trip(scene, 0.5);
        }
        scene.view.show_values = false;
        scene.id = "a user's id";
        expect_round_trip(scene);
        ++checked;
    };
    const SceneTensorsSpec normals{.out_channels = 4, .kernel_size = {.h = 3, .w = 2}, .has_bias = true,
                                   .fill = Fill::normals, .seed = 7};
    check(edited(base,
                 Conv2dParams{.stride = {.h = 2, .w = 1},
                              .padding = {.kind = PaddingKind::pair, .size = {.h = 1, .w = 2}},
                              .dilation = {.h = 2, .w = 1},
                              .groups = 2,
                              .padding_mode = PaddingMode::reflect},
                 {1, 2, 7, 6}, normals),
          "conv2d");
    check(edited(base, Conv2dParams{.padding = {.kind = PaddingKind::same, .size = {}}}, {2, 1, 5, 5},
                 {.kernel_size = {.h = 3, .w = 3}, .fill = Fill::arange}),
          "conv2d same");
    Scene matrix = edited(base, Conv2dMatrixParams{.conv = {.stride = {.h = 2, .w = 2}}}, {1, 1, 5, 5},
                          {.kernel_size = {.h = 3, .w = 3}, .fill = Fill::integers, .seed = 3});
    check(matrix, "conv2d_matrix");
    Scene transposed = edited(base,
                              ConvTranspose2dParams{.stride = {.h = 2, .w = 3},
                                                    .padding = {.h = 1, .w = 1},
                                                    .output_padding = {.h = 1, .w = 2},
                                                    .dilation = {.h = 1, .w = 1},
                                                    .groups = 1},
                              {1, 2, 3, 4}, {.out_channels = 3, .kernel_size = {.h = 3, .w = 3}, .has_bias = true, .fill = Fill::ones});
    transposed.view.kind = ViewKind::crop;
    check(transposed, "conv_transpose2d");
    check(edited(base, MaxPool2dParams{.kernel_size = {.h = 3, .w = 3}, .stride = Pair{.h = 2, .w = 2},
                                       .padding = {.h = 1, .w = 1}, .dilation = {.h = 1, .w = 2}, .ceil_mode = true},
                 {1, 2, 7, 8}, {.fill = Fill::normals, .seed = 2}),
          "max_pool2d");
    check(edited(base, AvgPool2dParams{.kernel_size = {.h = 3, .w = 2}, .padding = {.h = 1, .w = 1},
                                       .count_include_pad = false, .divisor_override = 5},
                 {1, 1, 6, 6}, {.fill = Fill::integers, .seed = 9}),
          "avg_pool2d");
    Scene unpool = base;
    unpool.pooling = {.dilation = {.h = 1, .w = 1}, .ceil_mode = true};
    check(edited(unpool, MaxUnpool2dParams{.kernel_size = {.h = 2, .w = 2}, .output_size = Pair{.h = 5, .w = 5}},
                 {1, 1, 5, 5}, {.fill = Fill::normals, .seed = 4}),
          "max_unpool2d");
    Scene compare = base;
    compare.view = {.kind = ViewKind::compare, .show_values = true, .compare_kernel = CompareKernel::ones};
    check(edited(compare, MaxUnpool2dParams{}, {1, 1, 4, 4}, {.fill = Fill::integers, .seed = 5}), "compare");
    check(edited(base, UpsampleParams{.mode = UpsampleMode::bilinear, .size = Pair{.h = 5, .w = 7},
                                      .scale_factor = std::nullopt, .align_corners = true},
                 {1, 1, 3, 4}, {.fill = Fill::normals, .seed = 1}),
          "upsample size");
    check(edited(base, UpsampleParams{.mode = UpsampleMode::bicubic, .scale_factor = ScaleFactor{.h = 1.5, .w = 2.25}},
                 {1, 1, 4, 4}, {.fill = Fill::integers, .seed = 1}),
          "upsample scale");
    check(edited(base, PixelShuffleParams{.upscale_factor = 3}, {1, 9, 2, 2}, {.fill = Fill::arange}), "pixel_shuffle");
    check(edited(base, PixelUnshuffleParams{.downscale_factor = 2}, {1, 1, 4, 6}, {.fill = Fill::ones}),
          "pixel_unshuffle");
    EXPECT_EQ(checked, 12);
}

TEST(SceneLink, TheIssuesExampleReadsAsItSays) {
    const LinkedScene linked = read_ok(std::string(kIssueExample));
    const Scene& s = linked.scene;
    const auto* p = std::get_if<ConvTranspose2dParams>(&s.params);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->stride, (Pair{.h = 2, .w = 2}));
    EXPECT_EQ(p->padding, (Pair{.h = 1, .w = 1}));
    EXPECT_EQ(p->output_padding, (Pair{.h = 0, .w = 0}));
    EXPECT_EQ(s.tensors.input.shape(), (Shape{1, 1, 3, 3}));
    ASSERT_TRUE(s.tensors.weight.has_value());
    EXPECT_EQ(s.tensors.weight->shape(), (Shape{1, 1, 3, 3}));
    EXPECT_FALSE(s.tensors.bias.has_value());
    EXPECT_EQ(s.view.kind, ViewKind::gather);
    EXPECT_EQ(linked.t, 0.0);
    EXPECT_TRUE(s.id.empty());
    EXPECT_TRUE(s.title.empty());
    // The values left out are those a new scene gets: Fill::integers, seed 0.
    const Scene fresh = edited(Scene{.view = {.kind = ViewKind::gather}}, s.params, {1, 1, 3, 3}, {});
    EXPECT_TRUE(same_scene(s, fresh));
    // And that scene is written exactly so.
    EXPECT_EQ(scene_link(s), kIssueExample);
    EXPECT_EQ(read_ok(std::string(kIssueExample) + "/t=2.5").t, 2.5);
}

TEST(SceneLink, AddressFormsReadTheSame) {
    const Scene expected = read_ok(std::string(kIssueExample)).scene;
    for (const std::string& form :
         {"#" + std::string(kIssueExample), "https://example.org/convviz/?lang=zh#" + std::string(kIssueExample),
          "http://127.0.0.1:8000/index.html#" + std::string(kIssueExample) + "/",
          "  \t#" + std::string(kIssueExample) + "\n"}) {
        SCOPED_TRACE(form);
        EXPECT_TRUE(same_scene(read_ok(form).scene, expected));
    }
}

TEST(SceneLink, DefaultsNeedNotBeWritten) {
    // The order of the parts does not matter, and the view, kernel and parameters have defaults.
    const Scene a = read_ok("v1/conv2d/in=1,1,5,5").scene;
    const Scene b = read_ok("v1/conv2d/view=conv/s=1/in=1,1,5,5/k=3").scene;
    EXPECT_TRUE(same_scene(a, b));
    EXPECT_EQ(a.tensors.weight->shape(), (Shape{1, 1, 3, 3}));
    EXPECT_EQ(scene_link(a), "v1/conv2d/in=1,1,5,5/k=3/view=conv");
}

TEST(SceneLink, ValuesAreCompact) {
    Scene scene = read_ok("v1/conv2d/in=1,1,16,16/k=3").scene;
    // 256 equal cells: one run.
    for (double& v : scene.tensors.input.data()) v = 1.0;
    std::string link = scene_link(scene);
    EXPECT_NE(link.find("/x=AAX-AQ"), std::string::npos) << link;  // format 0; 1, repeated: 256 − 2 more
    // 2-decimal values: one or two bytes each.
    scene.tensors.input = filled({1, 1, 16, 16}, Fill::normals, 11);
    link = scene_link(scene);
    EXPECT_LT(link.size(), 60 + 256 * 2 * 4 / 3) << link;
    expect_round_trip(scene);
}

TEST(SceneLink, ErrorsSayWhatIsWrongInTheUsersLanguage) {
    EXPECT_NE(error_of("v2/conv2d/in=1,1,5,5").find("version 2"), std::string::npos);
    EXPECT_NE(error_of("v2/anything/at=all").find("newer ConvViz"), std::string::npos);
    const std::string zh = error_of("#v2/conv2d", Lang::zh);
    EXPECT_NE(zh.find("版本 2"), std::string::npos) << zh;
    EXPECT_NE(error_of("").find("empty"), std::string::npos);
    EXPECT_NE(error_of("hello world").find("'hello world' is not a ConvViz link"), std::string::npos);
    EXPECT_NE(error_of("https://example.org/convviz/").find("carries no scene"), std::string::npos);
    EXPECT_NE(error_of("v1").find("names no op"), std::string::npos);
    EXPECT_NE(error_of("v1/conv3d/in=1,1,5,5").find("'conv3d' is not one of conv2d"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/zz=1").find("zz= is nothing conv2d takes"), std::string::npos);
    EXPECT_NE(error_of("v1/max_pool2d/in=1,1,4,4/k=2/w=AAA").find("w= is nothing max_pool2d takes"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/s").find("'s' is not key=value"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/s=1/s=2").find("s= twice"), std::string::npos);
    std::string many = "v1/conv2d/in=1,1,5,5";
    for (int i = 0; i < 100000; ++i) many += "/s=1";
    EXPECT_NE(error_of(many).find("The link has 100003 parts; a ConvViz link has at most 64."), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/s=two").find("s=two is not a whole number or a pair like 3x2"),
              std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5").find("in=1,1,5 is not four whole numbers"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/k=3").find("no input shape"), std::string::npos);
    EXPECT_NE(error_of("v1/upsample/in=1,1,4,4/sf=2x").find("sf=2x is not"), std::string::npos);
    EXPECT_NE(error_of("v1/upsample/in=1,1,4,4/sf=nan").find("sf=nan is not"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/t=-1").find("t=-1 is not a number of seconds"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/view=gather").find("view=gather is not one of conv, matrix"),
              std::string::npos);
    // An invalid configuration names the rule, with the user's numbers.
    const std::string stride0 = error_of("v1/conv2d/in=1,1,5,5/k=3/s=0");
    EXPECT_NE(stride0.find("cannot be shown"), std::string::npos) << stride0;
    EXPECT_NE(stride0.find("stride"), std::string::npos) << stride0;
    const std::string too_big = error_of("v1/conv2d/in=1,1,5,5/k=7");
    EXPECT_NE(too_big.find("kernel"), std::string::npos) << too_big;
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5000,5").find("limit"), std::string::npos);
    // Damaged values.
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/k=1/x=AA!A").find("values of the input (x=) are damaged: they hold characters"),
              std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/k=1/x=AAI").find("end before all 4 cells"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/k=1/x=AAX-AQ").find("more than 4 cells"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/k=1/x=IA").find("format 32"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/k=1/w=_w").find("values of the weight (w=)"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/k=1/b=AAA").find("bias=1"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/title=%ZZ").find("title=%ZZ is not percent-encoded"), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/title=" + std::string(201, 'a'))
                  .find("The link's title is 201 characters long; at most 200 are allowed"),
              std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,2,2/title=%FF").find("title=%FF is not percent-encoded UTF-8"), std::string::npos);
    // The same in Chinese, with the same places.
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/zz=1", Lang::zh).find("zz="), std::string::npos);
    EXPECT_NE(error_of("v1/conv2d/in=1,1,5,5/s=two", Lang::zh).find("一个整数"), std::string::npos);
}

// Every key a link of an op may carry, as the message about an unknown one lists them: each once,
// so no parameter's short key shadows another's or a scene key (the conv ops' k is the weight's
// kernel; the pooling ops' k their kernel_size), and each of the op's parameters has one.
TEST(SceneLink, KeysNeverCollide) {
    for (const OpSchema& schema : op_schemas()) {
        SCOPED_TRACE(schema.op);
        const std::string error = error_of("v1/" + std::string(schema.op) + "/in=1,1,4,4/zz=1");
        const size_t list = error.find("it takes ");
        ASSERT_NE(list, std::string::npos) << error;
        std::set<std::string> keys;
        size_t count = 0;
        std::string rest = error.substr(list + 9);
        for (size_t at = rest.find('='); at != std::string::npos; at = rest.find('=')) {
            keys.insert(rest.substr(0, at));
            ++count;
            rest = rest.substr(std::min(rest.size(), at + 3));  // "=, "
        }
        EXPECT_EQ(keys.size(), count) << "a key twice: " << error;
        const size_t scene_keys = has_weight(*default_params(schema.op)) ? 13 : 8;  // id in k out bias view values ck title x w b t
        const size_t pooling = schema.op == "max_unpool2d" ? 2 : 0;
        EXPECT_EQ(count, scene_keys + schema.params.size() + pooling) << error;
    }
}

}  // namespace
}  // namespace convviz::testing
