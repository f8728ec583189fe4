// The PyTorch snippet: the constructor lines are PyTorch's, with only non-default arguments; the
// numbers are exact; and every preset's snippet is valid Python whose tensor literals hold the
// scene's values (checked with python3's ast when it is installed; torch itself is not needed).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "core/compare.hpp"
#include "core/presets.hpp"
#include "core/pytorch_code.hpp"
#include "core/scene_edit.hpp"
#include "tests/test_platform.hpp"

namespace convviz {
namespace {

Scene preset(std::string_view id) {
    auto scene = find_preset(id);
    EXPECT_TRUE(scene.has_value()) << id;
    return scene.value_or(Scene{});
}

bool has_line(const std::string& code, const std::string& line) {
    std::istringstream lines(code);
    for (std::string l; std::getline(lines, l);) {
        if (l == line) return true;
    }
    return false;
}

// Scenes beyond the presets, for arguments no preset sets. Each is valid.
std::vector<Scene> hand_made_scenes() {
    std::vector<Scene> scenes;
    auto make = [&](OpParams params, Shape input, SceneTensorsSpec spec) {
        spec.fill = Fill::normals;
        auto scene = reshape_scene(Scene{}, params, input, spec);
        EXPECT_TRUE(scene.ok()) << scene.error();
        if (scene) scenes.push_back(std::move(scene).value());
    };
    make(Conv2dParams{.stride = {2, 1},
                      .padding = {.size = {1, 2}},
                      .dilation = {1, 2},
                      .groups = 2,
                      .padding_mode = PaddingMode::reflect},
         {2, 4, 5, 6}, {.out_channels = 6, .kernel_size = {3, 2}, .has_bias = true});
    make(Conv2dParams{.padding = {.kind = PaddingKind::same}, .padding_mode = PaddingMode::circular}, {1, 1, 4, 4},
         {.out_channels = 1, .kernel_size = {3, 3}});
    make(Conv2dParams{.padding = {.kind = PaddingKind::valid}}, {1, 1, 4, 4}, {.kernel_size = {2, 2}});
    make(ConvTranspose2dParams{.stride = {3, 2}, .padding = {1, 0}, .output_padding = {2, 1}, .groups = 2},
         {1, 2, 3, 3}, {.out_channels = 4, .kernel_size = {3, 3}, .has_bias = true});
    make(MaxPool2dParams{.kernel_size = {3, 2}, .padding = {1, 1}, .dilation = {1, 2}, .ceil_mode = true},
         {1, 1, 5, 5}, {});
    make(AvgPool2dParams{.kernel_size = {2, 2},
                         .stride = Pair{1, 2},
                         .padding = {1, 1},
                         .ceil_mode = true,
                         .count_include_pad = false,
                         .divisor_override = 3},
         {1, 1, 4, 4}, {});
    make(MaxUnpool2dParams{.kernel_size = {2, 2}, .output_size = Pair{5, 5}}, {1, 1, 5, 5}, {});
    make(UpsampleParams{.mode = UpsampleMode::nearest_exact, .size = Pair{3, 5}}, {1, 1, 2, 2}, {});
    make(UpsampleParams{.mode = UpsampleMode::bicubic, .scale_factor = ScaleFactor{1.5, 2.0}}, {1, 1, 2, 2}, {});
    make(PixelUnshuffleParams{.downscale_factor = 2}, {1, 1, 4, 4}, {});
    make(Conv2dMatrixParams{.conv = {.stride = {2, 2}}}, {1, 1, 5, 5}, {.kernel_size = {3, 3}});
    return scenes;
}

// [SECTION] Constructor lines

TEST(PytorchCode, TheD2lPresetInFull) {
    EXPECT_EQ(pytorch_code(preset("d2l_tconv")),
              "# d2l.ai: X = K = [[0,1],[2,3]], transposed convolution\n"
              "import torch\n"
              "from torch import nn\n"
              "\n"
              "torch.set_default_dtype(torch.float64)  # ConvViz computes in double precision\n"
              "\n"
              "X = torch.tensor([[[[0, 1],\n"
              "                    [2, 3]]]], dtype=torch.float64)\n"
              "layer = nn.ConvTranspose2d(1, 1, kernel_size=2, bias=False)\n"
              "layer.weight.data = torch.tensor([[[[0, 1],\n"
              "                                    [2, 3]]]], dtype=torch.float64)\n"
              "Y = layer(X)\n"
              "print(Y)\n");
}

TEST(PytorchCode, PresetConstructorLines) {
    const std::map<std::string, std::vector<std::string>> expected = {
        {"padding_strides_odd_transposed",
         {"layer = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, output_padding=1, bias=False)"}},
        {"dilation", {"layer = nn.Conv2d(1, 1, kernel_size=3, dilation=2, bias=False)"}},
        {"tconv_identity_stride2_padding1_dilation2",
         {"layer = nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1, dilation=2, bias=False)"}},
        {"numerical_average_pooling", {"layer = nn.AvgPool2d(kernel_size=3, stride=1)"}},
        {"numerical_max_pooling",
         {"layer = nn.MaxPool2d(kernel_size=3, stride=1, return_indices=True)", "Y, indices = layer(X)"}},
        {"maxpool_unpool",
         {"pool = nn.MaxPool2d(kernel_size=2, stride=2, return_indices=True)",
          "unpool = nn.MaxUnpool2d(kernel_size=2, stride=2)", "P, indices = pool(X)", "Y = unpool(P, indices)"}},
        {"upsample_nearest", {"layer = nn.Upsample(scale_factor=2)"}},
        {"upsample_bilinear", {"layer = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=False)"}},
        {"upsample_bilinear_align_corners",
         {"layer = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)"}},
        {"pixel_shuffle", {"layer = nn.PixelShuffle(upscale_factor=2)"}},
        {"d2l_conv_matrix",
         {"layer = nn.Conv2d(1, 1, kernel_size=2, bias=False)",
          "C = torch.autograd.functional.jacobian(layer, X).reshape(-1, X.numel())"}},
        {"large", {"layer = nn.ConvTranspose2d(2, 2, kernel_size=3, stride=4, bias=False)"}},
    };
    for (const auto& [id, lines] : expected) {
        const std::string code = pytorch_code(preset(id));
        for (const std::string& line : lines) {
            EXPECT_TRUE(has_line(code, line)) << id << ": no line\n" << line << "\nin\n" << code;
        }
    }
}

TEST(PytorchCode, HandMadeConstructorLines) {
    const std::vector<Scene> scenes = hand_made_scenes();
    ASSERT_EQ(scenes.size(), 11u);
    const std::vector<std::string> expected = {
        "layer = nn.Conv2d(4, 6, kernel_size=(3, 2), stride=(2, 1), padding=(1, 2), dilation=(1, 2), groups=2, "
        "padding_mode='reflect')",
        "layer = nn.Conv2d(1, 1, kernel_size=3, padding='same', bias=False, padding_mode='circular')",
        "layer = nn.Conv2d(1, 1, kernel_size=2, padding='valid', bias=False)",
        "layer = nn.ConvTranspose2d(2, 4, kernel_size=3, stride=(3, 2), padding=(1, 0), output_padding=(2, 1), "
        "groups=2)",
        "layer = nn.MaxPool2d(kernel_size=(3, 2), padding=1, dilation=(1, 2), return_indices=True, ceil_mode=True)",
        "layer = nn.AvgPool2d(kernel_size=2, stride=(1, 2), padding=1, ceil_mode=True, count_include_pad=False, "
        "divisor_override=3)",
        "unpool = nn.MaxUnpool2d(kernel_size=2)",
        "layer = nn.Upsample(size=(3, 5), mode='nearest-exact')",
        "layer = nn.Upsample(scale_factor=(1.5, 2), mode='bicubic')",
        "layer = nn.PixelUnshuffle(downscale_factor=2)",
        "layer = nn.Conv2d(1, 1, kernel_size=3, stride=2, bias=False)",
    };
    for (size_t i = 0; i < scenes.size(); ++i) {
        const std::string code = pytorch_code(scenes[i]);
        EXPECT_TRUE(has_line(code, expected[i])) << "no line\n" << expected[i] << "\nin\n" << code;
    }
    // The values themselves are checked through Python below.
    EXPECT_NE(pytorch_code(scenes[0]).find("\nlayer.bias.data = torch.tensor(["), std::string::npos);
    EXPECT_TRUE(has_line(pytorch_code(scenes[6]), "pool = nn.MaxPool2d(kernel_size=2, return_indices=True)"));
    EXPECT_TRUE(has_line(pytorch_code(scenes[6]), "Y = unpool(P, indices, output_size=(5, 5))"));
}

TEST(PytorchCode, Conv2dInTheMatrixViewAlsoBuildsTheMatrix) {
    Scene scene = preset("d2l_conv2d");
    EXPECT_EQ(pytorch_code(scene).find("jacobian"), std::string::npos);
    scene.view.kind = ViewKind::matrix;
    EXPECT_TRUE(has_line(pytorch_code(scene),
                         "C = torch.autograd.functional.jacobian(layer, X).reshape(Y.numel(), X.numel())"));
}

TEST(PytorchCode, ConvTranspose2dInTheMatrixViewShowsItIsTheTransposeOfAConv2dMatrix) {
    Scene scene = preset("padding_strides_transposed");  // 3×3 → 5×5, stride 2, padding 1
    EXPECT_EQ(pytorch_code(scene).find("jacobian"), std::string::npos);
    scene.view.kind = ViewKind::matrix;
    const std::string code = pytorch_code(scene);
    EXPECT_TRUE(has_line(code, "CT = torch.autograd.functional.jacobian(layer, X).reshape(Y.numel(), X.numel())")) << code;
    EXPECT_TRUE(has_line(code, "conv = nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1, bias=False)")) << code;
    EXPECT_TRUE(has_line(code, "print(torch.equal(CT, C.T))  # True")) << code;
}

// [SECTION] Numbers

TEST(PytorchCode, NumbersAreExactAndSpecialValuesArePython) {
    Scene scene = preset("upsample_nearest");
    scene.tensors.input = Tensor({1, 1, 2, 3}, std::vector<double>{0.1, 1e-7, -0.0, 1.0 / 3.0,
                                                                    std::numeric_limits<double>::quiet_NaN(),
                                                                    -std::numeric_limits<double>::infinity()});
    const std::string code = pytorch_code(scene);
    // Right-aligned to the widest cell, 0.3333333333333333 (18 characters).
    EXPECT_TRUE(has_line(code, "X = torch.tensor([[[[               0.1,              1e-07,               -0.0],"))
        << code;
    EXPECT_TRUE(has_line(code, "                    [0.3333333333333333,       float('nan'),      -float('inf')]]]], "
                               "dtype=torch.float64)"))
        << code;
    EXPECT_NE(code.find("float('nan')"), std::string::npos);
    EXPECT_NE(code.find("-float('inf')"), std::string::npos);
}

TEST(PytorchCode, ChannelsAndBatchesAreSeparatedByBlankLines) {
    Scene scene = preset("upsample_nearest");
    scene.tensors.input = filled({2, 2, 1, 2}, Fill::arange, 0);
    EXPECT_NE(pytorch_code(scene).find("X = torch.tensor([[[[0, 1]],\n"
                                       "\n"
                                       "                   [[2, 3]]],\n"
                                       "\n"
                                       "\n"
                                       "                  [[[4, 5]],\n"
                                       "\n"
                                       "                   [[6, 7]]]], dtype=torch.float64)\n"),
              std::string::npos)
        << pytorch_code(scene);
}

// [SECTION] Valid Python

// Brackets balance outside comments and strings.
bool brackets_balance(const std::string& code, std::string& why) {
    std::string open;
    char quote = 0;
    bool in_comment = false;
    for (char c : code) {
        if (in_comment) {
            in_comment = c != '\n';
            continue;
        }
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '#') in_comment = true;
        if (c == '\'' || c == '"') quote = c;
        if (c == '(' || c == '[' || c == '{') open += c;
        if (c == ')' || c == ']' || c == '}') {
            const char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (open.empty() || open.back() != want) {
                why = std::string("unmatched ") + c;
                return false;
            }
            open.pop_back();
        }
    }
    if (!open.empty() || quote) why = "unclosed " + open;
    return open.empty() && !quote;
}

TEST(PytorchCode, BracketsBalanceForEveryPresetAndHandMadeScene) {
    std::vector<Scene> scenes = builtin_presets();
    for (Scene& s : hand_made_scenes()) scenes.push_back(std::move(s));
    for (const Scene& scene : scenes) {
        std::string why;
        EXPECT_TRUE(brackets_balance(pytorch_code(scene), why)) << scene.id << ": " << why;
    }
}

// Parses each snippet named on the command line with Python's ast and prints "== <file>", then
// for each `name = torch.tensor(<list>, ...)` the name, the nested list's shape and its values
// (repr of each as a float), one line each. One python3 run for all the snippets.
constexpr const char* kTensorLister = R"py(
import ast, sys
def shape(x):
    return [len(x)] + (shape(x[0]) if x else []) if isinstance(x, list) else []
def flat(x):
    return [v for y in x for v in flat(y)] if isinstance(x, list) else [float(x)]
for path in sys.argv[1:]:
    print('==', path)
    tree = ast.parse(open(path, encoding='utf-8').read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and ast.unparse(node.value.func) == 'torch.tensor':
            literal = ast.literal_eval(node.value.args[0])
            print(ast.unparse(node.targets[0]), 'x'.join(map(str, shape(literal))) or '-',
                  *map(repr, flat(literal)))
)py";

bool have_python() { return std::system("python3 -c 'import ast' >/dev/null 2>&1") == 0; }

std::string run_capture(const std::string& command) {
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return output;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
    if (pclose(pipe) != 0) output += "\n(python3 failed)";
    return output;
}

std::string shape_text(const Shape& shape) {
    std::string text;
    for (int64_t d : shape) text += (text.empty() ? "" : "x") + std::to_string(d);
    return text;
}

TEST(PytorchCode, EveryPresetParsesAsPythonAndItsTensorsHoldTheSceneValues) {
    if (!testing::can_start_processes()) GTEST_SKIP() << testing::kNoProcesses;
    if (!have_python()) GTEST_SKIP() << "python3 is not installed";
    const auto dir = std::filesystem::temp_directory_path() / ("convviz_pytorch_code_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const auto lister = dir / "list_tensors.py";
    std::ofstream(lister) << kTensorLister;

    std::vector<Scene> scenes = builtin_presets();
    for (Scene& s : hand_made_scenes()) scenes.push_back(std::move(s));
    std::string command = "python3 " + lister.string();
    for (size_t i = 0; i < scenes.size(); ++i) {
        const auto snippet = dir / ("snippet_" + std::to_string(i) + ".py");
        std::ofstream(snippet) << pytorch_code(scenes[i]);
        command += " " + snippet.string();
    }
    std::istringstream lines(run_capture(command + " 2>&1"));
    std::filesystem::remove_all(dir);

    for (size_t i = 0; i < scenes.size(); ++i) {
        const Scene& scene = scenes[i];
        SCOPED_TRACE(scene.id.empty() ? "hand-made scene " + std::to_string(i) : scene.id);
        std::map<std::string, const Tensor*> expected = {{"X", &scene.tensors.input}};
        if (scene.tensors.weight) expected["layer.weight.data"] = &*scene.tensors.weight;
        // conv2d_matrix's C has no bias, so its snippet sets none.
        const bool matrix_op = std::holds_alternative<Conv2dMatrixParams>(scene.params);
        if (scene.tensors.bias && !matrix_op) expected["layer.bias.data"] = &*scene.tensors.bias;
        // The compare view's ConvTranspose2d has a fixed kernel of its own.
        std::optional<CompareSetup> compare;
        if (scene.view.kind == ViewKind::compare) {
            compare = compare_setup(scene, op_inputs(scene).value().input.shape()).value();
            expected["convt.weight.data"] = &compare->convt_weight;
        }

        std::string line;
        ASSERT_TRUE(std::getline(lines, line));
        ASSERT_EQ(line.rfind("== ", 0), 0u) << "python3 did not parse the snippet: " << line << "\n"
                                             << pytorch_code(scene);
        for (size_t t = 0; t < expected.size(); ++t) {
            ASSERT_TRUE(std::getline(lines, line));
            std::istringstream words(line);
            std::string name, shape;
            words >> name >> shape;
            ASSERT_TRUE(expected.count(name)) << "unexpected output: " << line.substr(0, 200);
            const Tensor& tensor = *expected.at(name);
            EXPECT_EQ(shape, shape_text(tensor.shape())) << name;
            std::vector<double> values;
            for (std::string word; words >> word;) values.push_back(std::strtod(word.c_str(), nullptr));
            EXPECT_EQ(values, tensor.data()) << name;
        }
    }
    std::string rest;
    EXPECT_FALSE(std::getline(lines, rest)) << "unexpected output: " << rest.substr(0, 200);
}

}  // namespace
}  // namespace convviz
