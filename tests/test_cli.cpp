// The real `convviz` binary, run as a user runs it: outputs, exit codes and every error path.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/presets.hpp"

#include "tests/run_convviz.hpp"
#include "tests/torch_data.hpp"

namespace convviz::testing {
namespace {

std::string temp_file(const std::string& name, const std::string& contents) {
    const auto path = std::filesystem::temp_directory_path() / ("convviz_test_" + std::to_string(getpid()) + "_" + name);
    std::ofstream(path) << contents;
    return path.string();
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

TEST(Cli, ComputeCheckPassesEveryTorchCase) {
    std::string files;
    size_t total = 0;
    for (const char* op : {"conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "max_unpool2d", "upsample",
                           "pixel_shuffle", "pixel_unshuffle", "conv2d_matrix"}) {
        for (const std::string& f : torch_files(op)) {
            files += " " + quoted(f);
            total += read_cases(f).value().size();
        }
    }
    const Ran result = convviz("compute --check" + files);
    EXPECT_EQ(result.status, 0) << result.output;
    EXPECT_EQ(result.output, std::to_string(total) + " passed, 0 failed\n");
}

TEST(Cli, ComputePrintsJsonResultsErrorsAndIndices) {
    const std::string file = temp_file("cases.json", R"([
      {"name": "pool", "op": "max_pool2d", "params": {"kernel_size": [2, 2], "stride": [2, 2]},
       "input": {"shape": [1, 1, 2, 2], "data": [1, 5, 3, 2]}},
      {"name": "bad", "op": "pixel_shuffle", "params": {"upscale_factor": 2},
       "input": {"shape": [1, 6, 1, 1], "data": [1, 2, 3, 4, 5, 6]}}])");
    const Ran result = convviz("compute " + quoted(file));
    ASSERT_EQ(result.status, 0) << result.output;
    const auto results = nlohmann::json::parse(result.output);
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0]["name"], "pool");
    EXPECT_EQ(results[0]["shape"], nlohmann::json::parse("[1, 1, 1, 1]"));
    EXPECT_EQ(results[0]["data"], nlohmann::json::parse("[5.0]"));
    EXPECT_EQ(results[0]["indices"], nlohmann::json::parse("[1]"));
    EXPECT_EQ(results[1]["name"], "bad");
    EXPECT_NE(results[1]["error"].get<std::string>().find("divisible by upscale_factor²"), std::string::npos);
}

TEST(Cli, ComputeCheckReportsTheFirstDifferingElement) {
    const std::string file = temp_file("wrong.json", R"({"name": "off_by_one", "op": "pixel_unshuffle",
      "params": {"downscale_factor": 1}, "input": {"shape": [1, 1, 1, 2], "data": [1, 2]},
      "expected": {"shape": [1, 1, 1, 2], "data": [1, 3]}})");
    const Ran result = convviz("compute --check " + quoted(file));
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.output.find("off_by_one: element [0, 0, 0, 1] is 2, expected 3"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("0 passed, 1 failed\n"), std::string::npos) << result.output;
}

// A malformed case fails alone (exit 1), a file that is not JSON at all is refused whole (exit 2);
// either way the message names the file, the case and the field.
TEST(Cli, ComputeMalformedCasesFailNamingFileCaseAndField) {
    const struct {
        const char* name;
        const char* contents;
        const char* says;
    } kinds[] = {
        {"badjson.json", "{\"name\": ", "not valid JSON"},
        {"unknownop.json", R"({"name": "x", "op": "conv9d", "input": {"shape": [1], "data": [1]}})", "field \"op\""},
        {"missing.json", R"({"name": "x", "op": "conv2d", "input": {"shape": [1,1,1,1], "data": [1]}})",
         "case 0 \"x\": field \"weight\" is missing"},
        {"shape.json", R"({"name": "x", "op": "upsample", "input": {"shape": [1, "a"], "data": [1]}})",
         "field \"input.shape[1]\""},
        {"length.json", R"({"name": "x", "op": "upsample", "input": {"shape": [1,1,2,2], "data": [1]}})",
         "field \"input.data\" has 1 values"},
        {"overflow.json", R"({"name": "x", "op": "upsample", "input": {"shape": [1,1,1,1], "data": [-1e999]}})",
         "the number '-1e999' is out of range"},
        {"string.json", R"({"name": "x", "op": "upsample", "input": {"shape": [1,1,1,1], "data": ["NaN"]}})",
         "field \"input.data[0]\" must be a number"},
    };
    for (const auto& kind : kinds) {
        const std::string file = temp_file(kind.name, kind.contents);
        const Ran result = convviz("compute " + quoted(file));
        // A number out of range is the JSON parser's refusal: the file is not JSON.
        const bool not_json = std::string(kind.name) == "badjson.json" || std::string(kind.name) == "overflow.json";
        EXPECT_EQ(result.status, not_json ? 2 : 1) << kind.name << ": " << result.output;
        EXPECT_NE(result.output.find(file), std::string::npos) << result.output;
        EXPECT_NE(result.output.find(kind.says), std::string::npos) << kind.name << ": " << result.output;
    }
    const Ran unreadable = convviz("compute /nonexistent/x.json");
    EXPECT_EQ(unreadable.status, 2);
    EXPECT_NE(unreadable.output.find("/nonexistent/x.json: cannot be read"), std::string::npos);
}

TEST(Cli, ShapePrintsTheDerivation) {
    const Ran result = convviz("shape conv_transpose2d --input 1,1,3,3 --kernel 3 --stride 2 --padding 1 --output-padding 1");
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_NE(result.output.find("-> output [1, 1, 6, 6]"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("= (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6"), std::string::npos) << result.output;
}

TEST(Cli, ShapeOfAConvolutionSaysHowToUndoIt) {
    const Ran result = convviz("shape conv2d --input 1,3,6,6 --out-channels 8 --kernel 3 --stride 2 --padding 1");
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_NE(result.output.find("weight [8, 3, 3, 3] -> output [1, 8, 3, 3]"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("mod 2 = 1"), std::string::npos) << result.output;
}

TEST(Cli, ShapeErrorsExitTwoWithThePlainMessage) {
    const Ran invalid = convviz("shape conv_transpose2d --input 1,1,3,3 --kernel 3 --stride 2 --output-padding 2");
    EXPECT_EQ(invalid.status, 2);
    EXPECT_NE(invalid.output.find("output_padding (2) must be smaller than stride (2) or dilation (1) on the height axis"),
              std::string::npos)
        << invalid.output;
    const Ran bad_number = convviz("shape conv2d --input 1,1,5,5 --stride two");
    EXPECT_EQ(bad_number.status, 2);
    EXPECT_NE(bad_number.output.find("--stride takes integers"), std::string::npos) << bad_number.output;
    const Ran bad_input = convviz("shape conv2d --input 1,1,5");
    EXPECT_EQ(bad_input.status, 2);
    EXPECT_NE(bad_input.output.find("N,C,H,W"), std::string::npos) << bad_input.output;
    const Ran unknown = convviz("shape conv3d --input 1,1,5,5");
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.output.find("unknown op 'conv3d'"), std::string::npos) << unknown.output;
    const Ran groups = convviz("shape conv2d --input 1,3,5,5 --groups 2");
    EXPECT_EQ(groups.status, 2);
    EXPECT_NE(groups.output.find("in_channels (3) must be divisible by groups (2)"), std::string::npos) << groups.output;
    const Ran huge = convviz("shape upsample --input 1,1,4,4 --scale-factor 1e308");
    EXPECT_EQ(huge.status, 2);
    EXPECT_NE(huge.output.find("limit"), std::string::npos) << huge.output;
    const Ran missing = convviz("shape conv2d");
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.output.find("--input"), std::string::npos) << missing.output;
}

// `shape --torch LINE`: one line of PyTorch instead of the op and its flags (issue 21).
TEST(Cli, ShapeReadsAPyTorchLine) {
    // Seed 000's layer, its input from the comment.
    const Ran seed = convviz(R"x(shape --torch "nn.ConvTranspose2d(64, 32, kernel_size=2, stride=2)  # input [4, 64, 16, 16]")x");
    ASSERT_EQ(seed.status, 0) << seed.output;
    EXPECT_NE(seed.output.find("input [4, 64, 16, 16] → output [4, 32, 32, 32]"), std::string::npos) << seed.output;
    EXPECT_NE(seed.output.find("conv_transpose2d: input [4, 64, 16, 16], weight [64, 32, 2, 2] -> output [4, 32, 32, 32]"),
              std::string::npos)
        << seed.output;
    // The same derivation as the flags give.
    const Ran flags = convviz("shape conv_transpose2d --input 4,64,16,16 --out-channels 32 --kernel 2 --stride 2");
    ASSERT_EQ(flags.status, 0) << flags.output;
    EXPECT_NE(seed.output.find(flags.output), std::string::npos) << seed.output << "\n" << flags.output;
    // The F. form, with the input from torch.randn on the same line.
    const Ran f = convviz(R"x(shape --torch "F.interpolate(torch.randn(1, 3, 5, 7), scale_factor=2, mode='bilinear', align_corners=True)")x");
    ASSERT_EQ(f.status, 0) << f.output;
    EXPECT_NE(f.output.find("upsample: input [1, 3, 5, 7] -> output [1, 3, 10, 14]"), std::string::npos) << f.output;
    // What it cannot read: the argument, what it expected, what it got; nothing on stdout.
    const Ran bad = convviz(R"x(shape --torch "nn.MaxPool2d(kernel_size='big')")x");
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.output.find("convviz shape: nn.MaxPool2d: kernel_size expects an integer or a pair of integers (h, w), "
                              "but got 'big'"),
              std::string::npos)
        << bad.output;
    // The op, or a flag, beside --torch would do nothing: refused.
    const Ran both = convviz(R"x(shape conv2d --torch "nn.Conv2d(1, 1, 3)")x");
    EXPECT_EQ(both.status, 2);
    EXPECT_NE(both.output.find("takes no op"), std::string::npos) << both.output;
    const Ran flag = convviz(R"x(shape --torch "nn.Conv2d(1, 1, 3)" --stride 2)x");
    EXPECT_EQ(flag.status, 2);
    EXPECT_NE(flag.output.find("takes no --stride"), std::string::npos) << flag.output;
    const Ran neither = convviz("shape --input 1,1,4,4");
    EXPECT_EQ(neither.status, 2);
    EXPECT_NE(neither.output.find("--torch LINE"), std::string::npos) << neither.output;
}

TEST(Cli, HelpListsEveryOptionWithItsDefault) {
    const Ran top = convviz("--help");
    EXPECT_EQ(top.status, 0);
    EXPECT_NE(top.output.find("compute"), std::string::npos);
    EXPECT_NE(top.output.find("shape"), std::string::npos);
    const Ran shape = convviz("shape --help");
    EXPECT_EQ(shape.status, 0);
    for (const char* option : {"--input", "--kernel", "--stride", "--padding", "--output-padding", "--dilation",
                               "--groups", "--padding-mode", "--ceil-mode", "--count-include-pad",
                               "--divisor-override", "--output-size", "--mode", "--size", "--scale-factor",
                               "--align-corners", "--factor", "--out-channels", "--torch"}) {
        EXPECT_NE(shape.output.find(option), std::string::npos) << option;
    }
    EXPECT_TRUE(std::regex_search(shape.output, std::regex(R"(--padding-mode TEXT=zeros)"))) << shape.output;
    EXPECT_TRUE(std::regex_search(shape.output, std::regex(R"(--kernel TEXT=3)"))) << shape.output;
    const Ran compute = convviz("compute --help");
    EXPECT_EQ(compute.status, 0);
    EXPECT_NE(compute.output.find("--check"), std::string::npos);
}

TEST(Cli, FramePrintsTheFrameAsJson) {
    const Ran ran = convviz("frame --preset no_padding_strides --t 2.3");
    ASSERT_EQ(ran.status, 0) << ran.output;
    const nlohmann::json frame = nlohmann::json::parse(ran.output);
    EXPECT_EQ(frame["grids"].size(), 3u);
    EXPECT_EQ(frame["grids"][2]["label"], "output 2×2");
    std::string caption;
    for (const auto& t : frame["texts"]) {
        if (t["kind"] == "caption" && caption.empty()) caption = t["text"];  // its first line
    }
    EXPECT_EQ(caption.rfind("output[1][0] = ", 0), 0u) << caption;
    // Another view of a scene file, at another size.
    const std::string scene = temp_file("scene.json", R"({"version": 1, "op": "conv_transpose2d",
        "params": {"stride": [2, 2]}, "input": {"shape": [1, 1, 2, 2], "data": [1, 2, 3, 4]},
        "weight": {"shape": [1, 1, 2, 2], "data": [1, 0, 0, 1]}, "view": {"kind": "scatter"}})");
    const Ran gather = convviz("frame --scene " + quoted(scene) + " --view gather --t 0 --width 640 --height 640");
    ASSERT_EQ(gather.status, 0) << gather.output;
    EXPECT_EQ(nlohmann::json::parse(gather.output)["width"], 640.0);
}

// The matrix view through the command line: at 1.5 s the d2l example lights row 1 of its 4×9 C,
// whose non-zeros sit at the input cells 1, 2, 4, 5 under the kernel's second placement; a
// ConvTranspose2d scene has the view too, its x' being the layer's output.
TEST(Cli, FrameDrawsTheMatrixViewOfConvAndConvTransposeScenes) {
    const Ran ran = convviz("frame --preset d2l_conv2d --view matrix --t 1.5");
    ASSERT_EQ(ran.status, 0) << ran.output;
    const nlohmann::json frame = nlohmann::json::parse(ran.output);
    int matrix = -1;
    for (size_t g = 0; g < frame["grids"].size(); ++g) {
        if (frame["grids"][g]["label"] == "C 4×9") matrix = static_cast<int>(g);
    }
    ASSERT_GE(matrix, 0) << ran.output;
    std::set<int> lit;
    for (const auto& c : frame["cells"]) {
        if (c["grid"] == matrix && c["role"] == "kernel" && c["opacity"] == 1.0) {
            EXPECT_EQ(c["row"], 1);
            lit.insert(c["col"].get<int>());
        }
    }
    EXPECT_EQ(lit, (std::set<int>{1, 2, 4, 5}));
    const Ran tconv = convviz("frame --preset d2l_tconv --view matrix --t 10.4");  // in the hold at the end
    ASSERT_EQ(tconv.status, 0) << tconv.output;
    std::vector<double> x_back;
    const nlohmann::json t = nlohmann::json::parse(tconv.output);
    for (const auto& c : t["cells"]) {
        if (t["grids"][c["grid"].get<size_t>()]["label"] == "x' = Cᵀ·y 3×3") x_back.push_back(c["value"]);
    }
    EXPECT_EQ(x_back, (std::vector<double>{0, 0, 1, 0, 4, 6, 4, 12, 9}));  // d2l.ai's transposed convolution
}

TEST(Cli, FrameErrorsExitTwoWithAMessage) {
    const Ran unknown = convviz("frame --preset nope --t 0");
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.output.find("no preset 'nope'"), std::string::npos) << unknown.output;
    const Ran both = convviz("frame --t 0");
    EXPECT_EQ(both.status, 2);
    EXPECT_NE(both.output.find("either --preset ID or --scene FILE"), std::string::npos) << both.output;
    const Ran view = convviz("frame --preset d2l_tconv --view pool --t 0");
    EXPECT_EQ(view.status, 2);
    EXPECT_NE(view.output.find("has no pool view"), std::string::npos) << view.output;
    const Ran bad = convviz("frame --scene " + quoted(temp_file("bad.json", "{\"version\": 1")) + " --t 0");
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.output.find("not valid JSON"), std::string::npos) << bad.output;
    const Ran no_time = convviz("frame --preset d2l_tconv");
    EXPECT_EQ(no_time.status, 2);
}

TEST(Cli, ListPresetsGivesEachIdWithItsTitle) {
    const Ran ran = convviz("--list-presets");
    ASSERT_EQ(ran.status, 0) << ran.output;
    const std::regex line(R"(([a-z0-9_]+) +(\S.*))");
    size_t lines = 0;
    std::istringstream in(ran.output);
    for (std::string l; std::getline(in, l); ++lines) EXPECT_TRUE(std::regex_match(l, line)) << l;
    EXPECT_EQ(lines, builtin_presets().size());
    EXPECT_NE(ran.output.find("padding_strides_odd_transposed "), std::string::npos);
}


// A word after `convviz` is a link only if it has a '/' (v1/…): a mistyped subcommand is refused
// on the command line, before any window opens.
TEST(Cli, AMistypedSubcommandIsRefusedNotTakenForALink) {
    const Ran result = convviz("exprt --op conv2d");
    EXPECT_EQ(result.status, 2) << result.output;
    EXPECT_NE(result.output.find("'exprt' is neither a subcommand (compute, shape, export, frame) nor a link to a scene"),
              std::string::npos)
        << result.output;
}

}  // namespace
}  // namespace convviz::testing
