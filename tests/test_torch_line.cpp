// "Paste a PyTorch line": every layer and F. form the issue names, positional and keyword
// arguments, ints, floats, tuples, True/False/None, strings; the input from torch.randn on the
// line before or after, from a comment, or from the scene; seed 000's example; a scene over the
// size limits cut with a note saying which part is shown; errors naming the argument, what it
// expected and what it got (in both languages); and the round trip: what pytorch_code writes for
// every preset (and hand-made scenes) reads back to the same op, parameters, tensors and values.
#include <gtest/gtest.h>

#include <cstring>

#include "core/json_io.hpp"
#include "core/limits.hpp"
#include "core/op_params.hpp"
#include "core/presets.hpp"
#include "core/python_call.hpp"
#include "core/pytorch_code.hpp"
#include "core/scene_edit.hpp"
#include "core/torch_line.hpp"

namespace convviz {
namespace {

Scene some_scene() { return find_preset(kDefaultPreset).value_or(Scene{}); }

TorchLine read_ok(std::string_view text, const Scene& current = some_scene()) {
    Result<TorchLine> read = read_torch_line(text, current);
    EXPECT_TRUE(read.ok()) << text << "\n" << (read.ok() ? "" : read.error());
    return read.ok() ? std::move(read).value() : TorchLine{};
}

std::string read_error(std::string_view text, Lang lang = Lang::en) {
    Result<TorchLine> read = read_torch_line(text, some_scene(), lang);
    EXPECT_FALSE(read.ok()) << text;
    return read.ok() ? "" : read.error();
}

std::string params_json(const OpParams& params) { return json_io::to_json(params).dump(); }

bool has_note(const TorchLine& line, std::string_view part) {
    for (const std::string& note : line.notes) {
        if (note.find(part) != std::string::npos) return true;
    }
    return false;
}

TEST(PythonCall, ReadsCallsWithEveryKindOfArgument) {
    const PyProgram p = read_python("y = f(1, -2.5, 'a', \"b\", (1, 2), [3], True, False, None, k=g(x), *z)");
    // The star is no statement of ours: the line is skipped, with where and why.
    ASSERT_EQ(p.statements.size(), 0u);
    ASSERT_EQ(p.skipped.size(), 1u);
    EXPECT_NE(p.skipped[0].why.find("column"), std::string::npos) << p.skipped[0].why;

    const PyProgram q = read_python("y = f(1, -2.5, 'a', \"b\", (1, 2), [3], (4,), True, False, None, k=g(x))  # c");
    ASSERT_EQ(q.statements.size(), 1u);
    const PyStatement& s = q.statements[0];
    EXPECT_EQ(s.targets, std::vector<std::string>{"y"});
    EXPECT_EQ(s.comment, "c");
    const PyValue& call = s.value;
    ASSERT_EQ(call.kind, PyValue::Kind::call);
    EXPECT_EQ(call.text, "f");
    ASSERT_EQ(call.items.size(), 10u);
    EXPECT_EQ(call.items[0].integer, 1);
    EXPECT_EQ(call.items[1].real, -2.5);
    EXPECT_EQ(call.items[2].text, "a");
    EXPECT_EQ(call.items[3].text, "b");
    EXPECT_EQ(call.items[4].kind, PyValue::Kind::tuple);
    EXPECT_EQ(call.items[5].kind, PyValue::Kind::list);
    EXPECT_EQ(call.items[6].items.size(), 1u);
    EXPECT_TRUE(call.items[7].boolean);
    EXPECT_EQ(call.items[8].kind, PyValue::Kind::boolean);
    EXPECT_EQ(call.items[9].kind, PyValue::Kind::none);
    ASSERT_EQ(call.keywords.size(), 1u);
    EXPECT_EQ(call.keywords[0].name, "k");
    EXPECT_EQ(call.keywords[0].value.source, "g(x)");
}

TEST(PythonCall, BracketsNestedTooDeepAreRefusedNotAStackOverflow) {
    const std::string deep = "y = f(" + std::string(100000, '[') + std::string(100000, ']') + ")";
    const PyProgram p = read_python(deep);
    ASSERT_EQ(p.skipped.size(), 1u);
    EXPECT_NE(p.skipped[0].why.find("64 deep"), std::string::npos) << p.skipped[0].why;
    std::string chain = "y = f";
    for (int i = 0; i < 100000; ++i) chain += "()";
    EXPECT_EQ(read_python(chain).skipped.size(), 1u);
    const std::string nested = "x = torch.tensor([[[[1, 2], [3, 4]]]])";
    EXPECT_EQ(read_python(nested).statements.size(), 1u);
}

TEST(PythonCall, JoinsACallOverLinesAndSkipsImportsAndQuotes) {
    const PyProgram p = read_python("> ```python\n> import torch\n> layer = nn.Conv2d(\n>     1, 2,\n>     3)\n> ```\n");
    ASSERT_EQ(p.statements.size(), 1u);
    EXPECT_EQ(p.statements[0].line, 3);
    EXPECT_EQ(p.statements[0].value.items.size(), 3u);
    EXPECT_TRUE(p.skipped.empty());
}

TEST(TorchLine, SeedExampleTransposedConvolution) {
    // Seed 000, pasted whole as it is quoted: the layer, then torch.randn on a later line.
    const std::string seed =
        ">```python\n"
        ">import torch.nn as nn\n"
        ">\n"
        "># 定义一个转换器，将 64 个输入通道转换为 32 个输出通道，内核大小为 2，步幅为 2，无填充。\n"
        ">conv_transpose = nn.ConvTranspose2d(64, 32, kernel_size=2, stride=2, padding=0)\n"
        ">\n"
        "># 定义一个随机的 4D 张量，大小为 [batch_size, 64, 16, 16]\n"
        ">input_tensor = torch.randn(4, 64, 16, 16)\n"
        ">\n"
        "># 将输入张量传递给转换器，得到一个大小为 [batch_size, 32, 32, 32] 的输出张量\n"
        ">output_tensor = conv_transpose(input_tensor)\n"
        ">print(output_tensor.size())\n"
        ">```\n";
    const TorchLine line = read_ok(seed);
    const Scene& s = line.scene;
    ASSERT_TRUE(std::holds_alternative<ConvTranspose2dParams>(s.params));
    const auto& p = std::get<ConvTranspose2dParams>(s.params);
    EXPECT_EQ(p.stride, (Pair{2, 2}));
    EXPECT_EQ(p.padding, (Pair{0, 0}));
    EXPECT_EQ(s.tensors.input.shape(), (Shape{4, 64, 16, 16}));
    ASSERT_TRUE(s.tensors.weight.has_value());
    EXPECT_EQ(s.tensors.weight->shape(), (Shape{64, 32, 2, 2}));
    EXPECT_TRUE(s.tensors.bias.has_value());  // nn.ConvTranspose2d's bias=True
    auto inputs = op_inputs(s);
    ASSERT_TRUE(inputs.ok());
    EXPECT_EQ(output_shape(s.params, shapes_of(inputs.value())), (Shape{4, 32, 32, 32}));
    EXPECT_TRUE(has_note(line, "input [4, 64, 16, 16] → output [4, 32, 32, 32]")) << line.notes.front();
    EXPECT_TRUE(has_note(line, "torch.randn(4, 64, 16, 16) (line 8)"));
    EXPECT_EQ(s.title, "nn.ConvTranspose2d(64, 32, kernel_size=2, stride=2, padding=0)");
    EXPECT_FALSE(validate(s).has_value());
}

TEST(TorchLine, TheIssuesOneLiner) {
    const TorchLine line = read_ok("nn.ConvTranspose2d(64, 32, kernel_size=2, stride=2)");
    // No input in the text: the scene's size, with the layer's 64 channels.
    const Scene scene = some_scene();
    const Shape before = scene.tensors.input.shape();
    EXPECT_EQ(line.scene.tensors.input.shape(), (Shape{before[0], 64, before[2], before[3]}));
    EXPECT_EQ(line.scene.tensors.weight->shape(), (Shape{64, 32, 2, 2}));
    EXPECT_TRUE(has_note(line, "the current scene's size"));
}

TEST(TorchLine, EveryLayerAndItsFunctionalForm) {
    const char* x = "x = torch.randn(1, 4, 8, 8)\n";
    struct Case {
        std::string line;
        std::string op;
        std::string params;  // as the scene file writes them
    };
    const Case cases[] = {
        {"nn.Conv2d(4, 2, 3, 2, 1, 1, 2, False, 'reflect')", "conv2d",
         R"({"dilation":[1,1],"groups":2,"padding":[1,1],"padding_mode":"reflect","stride":[2,2]})"},
        {"torch.nn.Conv2d(in_channels=4, out_channels=4, kernel_size=(3, 1), padding='same')", "conv2d",
         R"({"dilation":[1,1],"groups":1,"padding":"same","padding_mode":"zeros","stride":[1,1]})"},
        {"w = torch.randn(6, 2, 3, 3)\nF.conv2d(x, w, None, 1, 0, (1, 2), 2)", "conv2d",
         R"({"dilation":[1,2],"groups":2,"padding":[0,0],"padding_mode":"zeros","stride":[1,1]})"},
        {"nn.ConvTranspose2d(4, 4, 3, stride=2, padding=1, output_padding=1, dilation=1)", "conv_transpose2d",
         R"({"dilation":[1,1],"groups":1,"output_padding":[1,1],"padding":[1,1],"stride":[2,2]})"},
        {"F.conv_transpose2d(x, torch.randn(4, 3, 2, 2), stride=2)", "conv_transpose2d",
         R"({"dilation":[1,1],"groups":1,"output_padding":[0,0],"padding":[0,0],"stride":[2,2]})"},
        {"nn.MaxPool2d(3, stride=2, padding=1, return_indices=True, ceil_mode=True)", "max_pool2d",
         R"({"ceil_mode":true,"dilation":[1,1],"kernel_size":[3,3],"padding":[1,1],"stride":[2,2]})"},
        {"F.max_pool2d(x, 2)", "max_pool2d",
         R"({"ceil_mode":false,"dilation":[1,1],"kernel_size":[2,2],"padding":[0,0],"stride":null})"},
        {"nn.AvgPool2d(kernel_size=2, stride=None, count_include_pad=False, divisor_override=3)", "avg_pool2d",
         R"({"ceil_mode":false,"count_include_pad":false,"divisor_override":3,"kernel_size":[2,2],"padding":[0,0],"stride":null})"},
        {"F.avg_pool2d(x, (2, 4))", "avg_pool2d",
         R"({"ceil_mode":false,"count_include_pad":true,"divisor_override":null,"kernel_size":[2,4],"padding":[0,0],"stride":null})"},
        {"nn.Upsample(scale_factor=2, mode='nearest')", "upsample",
         R"({"align_corners":null,"mode":"nearest","scale_factor":[2.0,2.0],"size":null})"},
        {"nn.Upsample(size=(12, 10), mode=\"bicubic\", align_corners=False)", "upsample",
         R"({"align_corners":false,"mode":"bicubic","scale_factor":null,"size":[12,10]})"},
        {"F.interpolate(x, scale_factor=2, mode=\"bilinear\", align_corners=True)", "upsample",
         R"({"align_corners":true,"mode":"bilinear","scale_factor":[2.0,2.0],"size":null})"},
        {"nn.functional.interpolate(x, None, (1.5, 2.0), 'nearest-exact')", "upsample",
         R"({"align_corners":null,"mode":"nearest-exact","scale_factor":[1.5,2.0],"size":null})"},
        {"nn.PixelShuffle(2)", "pixel_shuffle", R"({"upscale_factor":2})"},
        {"F.pixel_shuffle(x, upscale_factor=2)", "pixel_shuffle", R"({"upscale_factor":2})"},
        {"nn.PixelUnshuffle(downscale_factor=2)", "pixel_unshuffle", R"({"downscale_factor":2})"},
        {"F.pixel_unshuffle(x, 4)", "pixel_unshuffle", R"({"downscale_factor":4})"},
        {"nn.MaxUnpool2d(2)", "max_unpool2d",
         R"({"kernel_size":[2,2],"output_size":null,"padding":[0,0],"stride":null})"},
        {"F.max_unpool2d(x, i, 2, 2, 0, (17, 17))", "max_unpool2d",
         R"({"kernel_size":[2,2],"output_size":[17,17],"padding":[0,0],"stride":[2,2]})"},
    };
    for (const Case& c : cases) {
        const TorchLine line = read_ok(x + c.line);
        EXPECT_EQ(op_name(line.scene.params), c.op) << c.line;
        EXPECT_EQ(params_json(line.scene.params), c.params) << c.line;
        EXPECT_FALSE(validate(line.scene).has_value()) << c.line;
    }
    // The F. forms take the tensor given: x's channels.
    EXPECT_EQ(read_ok(std::string(x) + "F.interpolate(x, scale_factor=2)").scene.tensors.input.shape(), (Shape{1, 4, 8, 8}));
    // F.max_unpool2d is given the pooled tensor: the scene holds the one before pooling.
    EXPECT_EQ(read_ok(std::string(x) + "F.max_unpool2d(x, i, 2)").scene.tensors.input.shape(), (Shape{1, 4, 16, 16}));
}

TEST(TorchLine, PoolThenUnpoolIsTheUnpoolScene) {
    const TorchLine line = read_ok(
        "X = torch.randn(1, 1, 6, 6)\n"
        "pool = nn.MaxPool2d(2, stride=2, dilation=1, ceil_mode=True, return_indices=True)\n"
        "unpool = nn.MaxUnpool2d(2, stride=2)\n"
        "P, indices = pool(X)\n"
        "Y = unpool(P, indices, output_size=(7, 7))\n");
    ASSERT_TRUE(std::holds_alternative<MaxUnpool2dParams>(line.scene.params));
    EXPECT_EQ(std::get<MaxUnpool2dParams>(line.scene.params).output_size, (Pair{7, 7}));
    EXPECT_TRUE(line.scene.pooling.ceil_mode);
    EXPECT_EQ(line.scene.tensors.input.shape(), (Shape{1, 1, 6, 6}));
    // The scene has one kernel for both layers: different ones are refused, naming the argument.
    const std::string e = read_error("pool = nn.MaxPool2d(3, return_indices=True)\nunpool = nn.MaxUnpool2d(2)\n");
    EXPECT_NE(e.find("kernel_size"), std::string::npos) << e;
}

TEST(TorchLine, InputFromTheLineBeforeOrAComment) {
    EXPECT_EQ(read_ok("x = torch.randn(2, 3, 10, 12)\nlayer = nn.Conv2d(3, 5, 3)").scene.tensors.input.shape(),
              (Shape{2, 3, 10, 12}));
    EXPECT_EQ(read_ok("nn.MaxPool2d(2)  # input [4, 2, 8, 6]").scene.tensors.input.shape(), (Shape{4, 2, 8, 6}));
    const TorchLine next_line = read_ok("nn.AvgPool2d(2)\n# x: (1, 3, 6, 6)");
    EXPECT_EQ(next_line.scene.tensors.input.shape(), (Shape{1, 3, 6, 6}));
    EXPECT_TRUE(has_note(next_line, "comment"));
    // torch.tensor gives the values too.
    const TorchLine values = read_ok("x = torch.tensor([[[[1, 2], [3, -4.5]]]])\ny = nn.Upsample(scale_factor=2)(x)");
    EXPECT_EQ(values.scene.tensors.input.data(), (std::vector<double>{1, 2, 3, -4.5}));
}

TEST(TorchLine, AScenePastTheLimitsShowsAPartAndSaysWhich) {
    const TorchLine line = read_ok("x = torch.randn(32, 128, 300, 300)\nconv = nn.Conv2d(128, 256, 3, padding=1)");
    const Shape& in = line.scene.tensors.input.shape();
    EXPECT_LE(in[0], limits.batch);
    EXPECT_LE(in[1], limits.channels);
    EXPECT_LE(in[2], limits.side);
    EXPECT_LE(line.scene.tensors.weight->dim(0), limits.channels);
    EXPECT_FALSE(validate(line.scene).has_value());
    EXPECT_TRUE(has_note(line, "part is shown")) << line.notes.back();
    EXPECT_TRUE(has_note(line, "of 32")) << line.notes.back();
    EXPECT_TRUE(has_note(line, "input channels 0–63 of 128")) << line.notes.back();
    EXPECT_TRUE(has_note(line, "output channels 0–63 of 256")) << line.notes.back();
    EXPECT_TRUE(has_note(line, "of 300×300")) << line.notes.back();
    // Within the limits, nothing is said to be cut.
    EXPECT_FALSE(has_note(read_ok("x = torch.randn(1, 1, 5, 5)\nnn.Conv2d(1, 1, 3)"), "part is shown"));
}

TEST(TorchLine, ErrorsNameTheArgumentWhatItExpectedAndWhatItGot) {
    struct Case {
        std::string line;
        std::vector<std::string> words;
    };
    const Case cases[] = {
        {"nn.Conv2d(1, 2, 3, stride='x')", {"stride", "an integer or a pair of integers", "'x'"}},
        {"nn.Conv2d(1, 2, 3, stride=(1, 2, 3))", {"stride", "(1, 2, 3)"}},
        {"nn.Conv2d(1, 2)", {"kernel_size", "required"}},
        {"nn.Conv2d(1, 2, 3, padding_mode='mirror')", {"padding_mode", "mirror"}},
        {"nn.Conv2d(1, 2, 3, padding='full')", {"padding", "full"}},
        {"nn.Conv2d(1, 2, 3, stride=0)", {"stride", "between 1 and", "0"}},
        {"nn.Conv2d(1, 2, 3, strides=2)", {"strides", "stride"}},
        {"nn.Conv2d(1, 2, 3, 1, 0, 1, 1, True, 'zeros', 5)", {"10", "at most 9"}},
        {"nn.Conv2d(1, 2, 3, stride=1, stride=2)", {"stride", "twice"}},
        {"nn.MaxPool2d(kernel_size=2.5)", {"kernel_size", "2.5"}},
        {"nn.MaxPool2d(2, ceil_mode=1)", {"ceil_mode", "True or False", "1"}},
        {"nn.Upsample(scale_factor=2, mode='linear')", {"mode", "linear"}},
        {"nn.Upsample(scale_factor='two')", {"scale_factor", "'two'"}},
        {"F.interpolate(x, scale_factor=2, antialias=True)", {"antialias"}},
        {"nn.PixelShuffle(None)", {"upscale_factor", "None"}},
        {"F.conv2d(x, w)", {"weight", "w"}},
        {"x = torch.randn(1, 3, 8, 8)\nnn.Conv2d(4, 2, 3)(x)", {"in_channels", "4", "3 channels"}},
        {"nn.Conv2d(1, 2, 3", {"')'", "line 1", "the end of the line"}},
        {"print('hello')", {"nn.Conv2d", "No PyTorch layer"}},
        {"nn.Conv2d(1, 1, 9)  # input [1, 1, 4, 4]", {"nn.Conv2d", "kernel"}},
    };
    for (const Case& c : cases) {
        const std::string e = read_error(c.line);
        for (const std::string& word : c.words) EXPECT_NE(e.find(word), std::string::npos) << c.line << "\n" << e;
        // The same refusal in Chinese, naming the same argument.
        const std::string zh = read_error(c.line, Lang::zh);
        EXPECT_NE(zh, e) << c.line;
        EXPECT_NE(zh.find(c.words.front()), std::string::npos) << c.line << "\n" << zh;
    }
}

// The Code panel's snippet reads back to the same scene. Compared: the op (conv2d_matrix reads
// back as the conv2d it shows), every parameter, the input's, weight's and bias's shapes and
// values bit for bit, and max_unpool2d's MaxPool2d. Not compared: id, title and view (a snippet
// has no view: the matrix and compare views read back as the op's default view).
void expect_round_trip(const Scene& original) {
    const std::string code = pytorch_code(original);
    Result<TorchLine> read = read_torch_line(code, Scene{});
    ASSERT_TRUE(read.ok()) << original.id << ": " << read.error() << "\n" << code;
    const Scene& back = read.value().scene;
    OpParams params = original.params;
    if (const auto* m = std::get_if<Conv2dMatrixParams>(&params)) params = m->conv;
    EXPECT_EQ(op_name(back.params), std::string(op_name(params))) << original.id;
    EXPECT_EQ(params_json(back.params), params_json(params)) << original.id;
    const auto same_bits = [](const Tensor& a, const Tensor& b) {
        return a.shape() == b.shape() && a.data().size() == b.data().size() &&
               std::memcmp(a.data().data(), b.data().data(), a.data().size() * sizeof(double)) == 0;
    };
    EXPECT_TRUE(same_bits(back.tensors.input, original.tensors.input)) << original.id;
    ASSERT_EQ(back.tensors.weight.has_value(), original.tensors.weight.has_value()) << original.id;
    if (original.tensors.weight) {
        EXPECT_TRUE(same_bits(*back.tensors.weight, *original.tensors.weight)) << original.id;
    }
    // conv2d_matrix's snippet has no bias: its matrix has none.
    if (!std::holds_alternative<Conv2dMatrixParams>(original.params)) {
        ASSERT_EQ(back.tensors.bias.has_value(), original.tensors.bias.has_value()) << original.id;
        if (original.tensors.bias) {
            EXPECT_TRUE(same_bits(*back.tensors.bias, *original.tensors.bias)) << original.id;
        }
    }
    if (std::holds_alternative<MaxUnpool2dParams>(original.params)) {
        EXPECT_EQ(back.pooling.dilation, original.pooling.dilation) << original.id;
        EXPECT_EQ(back.pooling.ceil_mode, original.pooling.ceil_mode) << original.id;
    }
}

TEST(TorchLine, WhatTheCodePanelWritesReadsBackForEveryPreset) {
    const std::vector<Scene> presets = builtin_presets();
    ASSERT_FALSE(presets.empty());
    for (const Scene& preset : presets) expect_round_trip(preset);
}

TEST(TorchLine, RoundTripOfArgumentsNoPresetSets) {
    const auto make = [](OpParams params, Shape input, SceneTensorsSpec spec) {
        spec.fill = Fill::normals;
        spec.seed = 7;
        Result<Scene> scene = reshape_scene(Scene{}, params, input, spec);
        EXPECT_TRUE(scene.ok()) << scene.error();
        if (scene) expect_round_trip(scene.value());
    };
    make(Conv2dParams{.stride = {.h = 2, .w = 1},
                      .padding = {.size = {.h = 1, .w = 2}},
                      .dilation = {.h = 1, .w = 2},
                      .groups = 2,
                      .padding_mode = PaddingMode::reflect},
         {2, 4, 5, 6}, {.out_channels = 6, .kernel_size = {.h = 3, .w = 2}, .has_bias = true});
    make(Conv2dParams{.padding = {.kind = PaddingKind::same}, .padding_mode = PaddingMode::circular}, {1, 1, 4, 4},
         {.out_channels = 1, .kernel_size = {.h = 3, .w = 3}});
    make(ConvTranspose2dParams{.stride = {.h = 3, .w = 2},
                               .padding = {.h = 1, .w = 0},
                               .output_padding = {.h = 2, .w = 1},
                               .groups = 2},
         {1, 2, 3, 3}, {.out_channels = 4, .kernel_size = {.h = 3, .w = 3}, .has_bias = true});
    make(AvgPool2dParams{.kernel_size = {.h = 2, .w = 2},
                         .stride = Pair{.h = 1, .w = 2},
                         .ceil_mode = true,
                         .count_include_pad = false,
                         .divisor_override = 3},
         {1, 2, 5, 5}, {});
    make(UpsampleParams{.mode = UpsampleMode::bicubic, .scale_factor = ScaleFactor{.h = 1.5, .w = 2.0}}, {1, 1, 2, 2},
         {});
    make(UpsampleParams{.mode = UpsampleMode::bilinear, .size = Pair{.h = 5, .w = 3}, .align_corners = true},
         {1, 1, 2, 2}, {});
    make(PixelUnshuffleParams{.downscale_factor = 2}, {1, 1, 4, 4}, {});
}

}  // namespace
}  // namespace convviz
