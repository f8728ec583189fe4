// The desktop app itself, run under a display (ctest runs inside xvfb-run with Mesa's software
// OpenGL): a screenshot of every preset in every view of its op — the requested size, not blank,
// different at two times — the dependency highlight, the themes, the default scene, the
// frame-time report, and every bad option refused with exit status 2.
#include <gtest/gtest.h>
#include <stb/stb_image.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "core/frame/compose.hpp"
#include "core/lesson.hpp"
#include "core/limits.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "tests/run_convviz.hpp"

namespace convviz::testing {
namespace {

// GL programs leak inside Mesa as far as LeakSanitizer can tell (DESIGN.md): leaks off for the app.
const std::string kEnv = "ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0 ";

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;
    uint32_t at(int x, int y) const {
        const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 4;
        return (uint32_t{rgba[i]} << 16) | (uint32_t{rgba[i + 1]} << 8) | rgba[i + 2];
    }
};

std::optional<Image> read_png(const std::string& path) {
    int w = 0, h = 0, channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (data == nullptr) return std::nullopt;
    Image image{w, h, std::vector<uint8_t>(data, data + static_cast<size_t>(w) * static_cast<size_t>(h) * 4)};
    stbi_image_free(data);
    return image;
}

std::string temp_png(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("convviz_gui_" + std::to_string(getpid()) + "_" + name + ".png"))
        .string();
}

// The canvas sits between the side panels: the middle of the window.
struct Region {
    int x0, y0, x1, y1;
};
Region canvas_of(const Image& image) {
    return {image.width * 3 / 10, image.height / 10, image.width * 7 / 10, image.height * 85 / 100};
}

size_t distinct_colours(const Image& image, const Region& r) {
    std::set<uint32_t> colours;
    for (int y = r.y0; y < r.y1; y += 2) {
        for (int x = r.x0; x < r.x1; x += 2) colours.insert(image.at(x, y));
    }
    return colours.size();
}

size_t differing_pixels(const Image& a, const Image& b, const Region& r) {
    size_t count = 0;
    for (int y = r.y0; y < r.y1; ++y) {
        for (int x = r.x0; x < r.x1; ++x) count += a.at(x, y) != b.at(x, y) ? 1u : 0u;
    }
    return count;
}

Image screenshot(const std::string& args, const std::string& name) {
    const std::string path = temp_png(name);
    const Ran ran = convviz(args + " --screenshot " + path, kEnv);
    EXPECT_EQ(ran.status, 0) << args << "\n" << ran.output;
    std::optional<Image> image = read_png(path);
    std::filesystem::remove(path);
    EXPECT_TRUE(image.has_value()) << args;
    return image.value_or(Image{});
}

struct ViewCase {
    std::string preset;
    ViewKind view;
};

std::vector<ViewCase> every_preset_and_view() {
    std::vector<ViewCase> cases;
    for (const Scene& scene : builtin_presets()) {
        for (ViewKind view : views_for(scene.params)) cases.push_back({scene.id, view});
    }
    return cases;
}

class Screenshot : public ::testing::TestWithParam<ViewCase> {};

TEST_P(Screenshot, HasTheSizeIsNotBlankAndMoves) {
    const ViewCase& c = GetParam();
    Scene scene = *find_preset(c.preset);
    scene.view.kind = c.view;
    const Result<Composer> composer = Composer::make(scene);
    ASSERT_TRUE(composer.ok()) << composer.error();
    const double duration = composer.value().timeline().duration();
    const std::string args = "--preset " + c.preset + " --view " + name(c.view) + " --size 960x600";
    const double early = 0.3;
    const double late = duration * 0.7;
    const Image a = screenshot(args + " --at " + std::to_string(early), c.preset + "_a");
    const Image b = screenshot(args + " --at " + std::to_string(late), c.preset + "_b");
    ASSERT_EQ(a.width, 960);
    ASSERT_EQ(a.height, 600);
    ASSERT_EQ(b.width, 960);
    ASSERT_EQ(b.height, 600);
    const Region canvas = canvas_of(a);
    // Not blank: cells in several colours, numbers, labels.
    EXPECT_GE(distinct_colours(a, canvas), 12u) << c.preset;
    // Moves: the step at 70 % of the timeline is not the first one.
    EXPECT_GT(differing_pixels(a, b, canvas), 100u) << c.preset << " at " << early << " s and " << late << " s";
}

INSTANTIATE_TEST_SUITE_P(EveryPreset, Screenshot, ::testing::ValuesIn(every_preset_and_view()),
                         [](const ::testing::TestParamInfo<ViewCase>& param_info) {
                             return param_info.param.preset + "_" + name(param_info.param.view);
                         });

size_t pixels_of(const Image& image, const Region& r, uint32_t rgb) {
    size_t n = 0;
    for (int y = r.y0; y < r.y1; ++y) {
        for (int x = r.x0; x < r.x1; ++x) n += image.at(x, y) == rgb ? 1u : 0u;
    }
    return n;
}

// The matrix view's three phases for the d2l example (C is 4×9) and no_padding_strides (4×25):
// each phase its own picture, and row 1 of C (column 1 of Cᵀ) lit in the colours of the kernel
// cells it holds: the first two kernel cells' tints #E8710A and #7B5EA7 at full strength.
class MatrixPhases : public ::testing::TestWithParam<std::string> {};

TEST_P(MatrixPhases, RowsTransposeAndColumnsEachShowTheirStep) {
    Scene scene = *find_preset(GetParam());
    scene.view.kind = ViewKind::matrix;
    const Result<Composer> composer = Composer::make(scene);
    ASSERT_TRUE(composer.ok()) << composer.error();
    const Timeline& timeline = composer.value().timeline();
    const int64_t rows = timeline.phases()[0].steps;
    const std::string args = "--preset " + GetParam() + " --view matrix --size 1280x720";
    const double times[] = {timeline.step_start(1) + 0.5, timeline.step_start(rows) + 0.75,
                            timeline.step_start(rows + 2) + 0.5};
    std::vector<Image> shots;
    for (double t : times) shots.push_back(screenshot(args + " --at " + std::to_string(t), GetParam() + "_phase"));
    const Region canvas = canvas_of(shots[0]);
    for (size_t i = 0; i < shots.size(); ++i) {
        ASSERT_EQ(shots[i].width, 1280);
        EXPECT_GE(distinct_colours(shots[i], canvas), 12u) << GetParam() << " phase " << i;
        for (size_t j = i + 1; j < shots.size(); ++j) {
            EXPECT_GT(differing_pixels(shots[i], shots[j], canvas), 2000u) << GetParam() << " phases " << i << ", " << j;
        }
    }
    for (const size_t lit : {size_t{0}, size_t{2}}) {
        EXPECT_GT(pixels_of(shots[lit], canvas, 0xE8710A), 40u) << GetParam() << " phase " << lit;
        EXPECT_GT(pixels_of(shots[lit], canvas, 0x7B5EA7), 40u) << GetParam() << " phase " << lit;
    }
}

INSTANTIATE_TEST_SUITE_P(D2lAndNoPaddingStrides, MatrixPhases,
                         ::testing::Values(std::string("d2l_conv_matrix"), std::string("no_padding_strides")));

// The upsampling views in the app: Upsample's neighbours and weights share the kernel tints, the
// sampling grid moves while align_corners' convention changes, PixelShuffle colours each channel
// and the compare view's four results fill in step.
TEST(Gui, UpsamplingViewsShowTheirColoursAndTheSamplingGridMoves) {
    constexpr uint32_t kFirstTint = 0xE8710A;
    constexpr uint32_t kSecondTint = 0x7B5EA7;
    const std::string size = " --size 1280x720";
    {
        // Step 2 of upsample_bilinear reads input (0, 0.75): weights 0.25 and 0.75, both lit.
        const Image shot = screenshot("--preset upsample_bilinear" + size + " --at 3.8", "upsample_step");
        const Region canvas = canvas_of(shot);
        EXPECT_GT(pixels_of(shot, canvas, kFirstTint), 200u);
        EXPECT_GT(pixels_of(shot, canvas, kSecondTint), 200u);
        const Image early = screenshot("--preset upsample_bilinear_align_corners" + size + " --at 0.05", "sampling_a");
        const Image late = screenshot("--preset upsample_bilinear_align_corners" + size + " --at 1.45", "sampling_b");
        EXPECT_GT(differing_pixels(early, late, canvas), 300u) << "the sampling grid moves";
    }
    {
        const Image shot = screenshot("--preset pixel_shuffle" + size + " --at 6.5", "shuffle");
        const Region canvas = canvas_of(shot);
        EXPECT_GT(pixels_of(shot, canvas, kFirstTint), 400u) << "channel 0";
        EXPECT_GT(pixels_of(shot, canvas, kSecondTint), 400u) << "channel 1";
    }
    {
        const Image start = screenshot("--preset compare_upsampling" + size + " --at 0.5", "compare_a");
        const Image end = screenshot("--preset compare_upsampling" + size + " --at 16.5", "compare_b");
        const Region canvas = canvas_of(start);
        EXPECT_GE(distinct_colours(end, canvas), 12u);
        EXPECT_GT(differing_pixels(start, end, canvas), 5000u) << "four outputs filled in";
    }
}

TEST(Gui, NoArgumentsOpensTheDefaultScene) {
    const Image plain = screenshot("--size 800x500 --at 7", "default");
    const Image preset = screenshot("--preset " + std::string(kDefaultPreset) + " --size 800x500 --at 7", "preset");
    ASSERT_EQ(plain.rgba.size(), preset.rgba.size());
    EXPECT_TRUE(plain.rgba == preset.rgba);
}

TEST(Gui, HoverHighlightsTheSourcesOfACell) {
    // no_padding_strides: grid 2 is the output; its cell (0, 1) reads a 3×3 window and the kernel.
    const std::string args = "--preset no_padding_strides --size 960x600 --at 0.2";
    const Image plain = screenshot(args, "plain");
    const Image hovered = screenshot(args + " --hover 2,0,1", "hover");
    EXPECT_GT(differing_pixels(plain, hovered, canvas_of(plain)), 500u);
    // The sources' ring colour (#D33682 in the light theme) appears only with the hover.
    const Region whole{0, 0, plain.width, plain.height};
    EXPECT_EQ(pixels_of(plain, whole, 0xD33682), 0u);
    EXPECT_GT(pixels_of(hovered, whole, 0xD33682), 50u);
}

TEST(Gui, DarkThemeHasADarkPage) {
    const Image light = screenshot("--preset padding_strides --size 800x500", "light");
    const Image dark = screenshot("--preset padding_strides --theme dark --size 800x500", "dark");
    const auto brightness = [](uint32_t rgb) { return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF); };
    // A corner of the canvas is the page.
    const Region canvas = canvas_of(light);
    EXPECT_GT(brightness(light.at(canvas.x0 + 4, canvas.y1 - 4)), 600u);
    EXPECT_LT(brightness(dark.at(canvas.x0 + 4, canvas.y1 - 4)), 150u);
}

TEST(Gui, BenchFramesPrintsFrameTimesLast) {
    const Ran ran = convviz("--preset padding_strides_transposed --bench-frames 20 --size 640x400", kEnv);
    ASSERT_EQ(ran.status, 0) << ran.output;
    std::string last;
    std::istringstream lines(ran.output);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) last = line;
    }
    EXPECT_TRUE(std::regex_match(last, std::regex(R"(frame_ms median=[0-9.]+ p95=[0-9.]+ max=[0-9.]+)"))) << last;
    EXPECT_NE(ran.output.find("startup_ms="), std::string::npos);
}

TEST(Gui, BenchReportEveryPrintsEachWindowAndMemory) {
    const Ran ran = convviz("--preset padding_strides_transposed --bench-frames 20 --bench-report-every 8 --size 640x400", kEnv);
    ASSERT_EQ(ran.status, 0) << ran.output;
    const std::regex report(R"(report frames=([0-9]+)-([0-9]+) frame_ms median=[0-9.]+ p95=[0-9.]+ rss_mb=[0-9.]+ elapsed_s=[0-9.]+)");
    std::vector<std::string> spans;
    for (std::sregex_iterator m(ran.output.begin(), ran.output.end(), report), end; m != end; ++m) {
        spans.push_back((*m)[1].str() + "-" + (*m)[2].str());
    }
    // 20 frames in windows of 8: the last 4 frames make no window of their own.
    EXPECT_EQ(spans, (std::vector<std::string>{"1-8", "9-16"})) << ran.output;
    std::smatch memory;
    ASSERT_TRUE(std::regex_search(ran.output, memory, std::regex(R"(rss_mb peak=([0-9.]+) current=([0-9.]+))"))) << ran.output;
    EXPECT_GT(std::stod(memory[1].str()), 10.0);
    EXPECT_GE(std::stod(memory[1].str()), std::stod(memory[2].str()));
}

// ---- The classroom: presentation mode, its keys, lessons, predict mode -------------------------

// The line --screenshot prints starting with `start`; the whole output when there is none.
std::string screenshot_line(const std::string& args, const std::string& start) {
    const std::string path = temp_png("state");
    const Ran ran = convviz(args + " --screenshot " + path, kEnv);
    EXPECT_EQ(ran.status, 0) << args << "\n" << ran.output;
    std::filesystem::remove(path);
    const size_t at = ran.output.find(start);
    return at == std::string::npos ? ran.output : ran.output.substr(at, ran.output.find('\n', at) - at);
}

// The line --screenshot prints about the app's state after the keys.
std::string state_line(const std::string& args) {
    const std::string line = screenshot_line(args, "presenting=");
    return line.substr(0, line.find(" lang="));
}

TEST(Gui, PresentationModeShowsTheCanvasAloneWithAProgressStrip) {
    const std::string args = "--lesson builtin --present --size 1280x720 --at 2";
    const Image shown = screenshot(args, "present");
    ASSERT_EQ(shown.width, 1280);
    // No menu bar, no panels: the high-contrast theme's white page reaches the corners.
    EXPECT_EQ(shown.at(4, 4), 0xFFFFFFu);
    EXPECT_EQ(shown.at(1275, 4), 0xFFFFFFu);
    EXPECT_EQ(shown.at(1275, 600), 0xFFFFFFu);
    // The strip: a dark band along the bottom, its progress bar in the output's teal.
    const auto dark = [](uint32_t rgb) { return ((rgb >> 16) & 0xFF) < 140 && ((rgb >> 8) & 0xFF) < 140 && (rgb & 0xFF) < 140; };
    EXPECT_TRUE(dark(shown.at(1200, 712))) << std::hex << shown.at(1200, 712);
    EXPECT_GT(pixels_of(shown, Region{0, 690, 1280, 720}, 0x2AA198), 100u);
    // The frame's text is larger than in the window: the title's ink reaches lower.
    const Image strip_off = screenshot(args + " --keys P", "present_no_strip");
    EXPECT_EQ(strip_off.at(1200, 712), 0xFFFFFFu);
    const Image blank = screenshot(args + " --keys B", "present_blank");
    EXPECT_EQ(blank.at(640, 360), 0x000000u);
    EXPECT_EQ(blank.at(4, 4), 0x000000u);
}

// Outside presentation mode the arrows and a clicker's PageDown/PageUp step too, each press one
// settled state on (the gather: spread, pad, flip finished, then the slide's steps).
TEST(Gui, StepKeysLandOnTheNextStepOutsidePresenting) {
    const std::string gather = "--preset no_padding_strides_transposed --view gather --size 960x600";
    EXPECT_EQ(state_line(gather), "presenting=0 blank=0 strip=1 step=1/28 lesson_scene=0");
    EXPECT_EQ(state_line(gather + " --keys Right,Right"), "presenting=0 blank=0 strip=1 step=2/28 lesson_scene=0");
    EXPECT_EQ(state_line(gather + " --keys PageDown,PageDown,PageDown,PageDown"),
              "presenting=0 blank=0 strip=1 step=4/28 lesson_scene=0");
    EXPECT_EQ(state_line(gather + " --keys End,Left,PageUp"), "presenting=0 blank=0 strip=1 step=26/28 lesson_scene=0");
    EXPECT_EQ(state_line(gather + " --keys End,Home,Right"), "presenting=0 blank=0 strip=1 step=1/28 lesson_scene=0");
}

// The line --screenshot prints about the scene: its view, the undo and redo steps' names and
// whether it is unsaved.
std::string scene_line(const std::string& args) {
    const std::string line = screenshot_line(args, "view=");
    return line.substr(0, line.find(" message="));
}

// A message's box (here a damaged link's) closes with Esc or Enter as with its OK button.
TEST(Gui, AMessageClosesWithEscOrEnter) {
    const std::string damaged = "--link v1/conv9d --size 960x600";
    const auto message_shown = [](const std::string& args) {
        const std::string line = screenshot_line(args, "view=");
        return line.substr(line.find(" message=") + 1);
    };
    EXPECT_EQ(message_shown(damaged), "message=1");
    EXPECT_EQ(message_shown(damaged + " --keys Escape"), "message=0");
    EXPECT_EQ(message_shown(damaged + " --keys Enter"), "message=0");
}

// Undo and redo in the real app: the menus' commands change the view, Ctrl+Z undoes each by name,
// Ctrl+Shift+Z and Ctrl+Y redo, and back at the scene as opened nothing is unsaved.
TEST(Gui, CtrlZUndoesTheCommandsAndCtrlYRedoesThem) {
    const std::string edited = "--preset padding_strides_transposed --size 960x600 --run show.scatter,show.crop";
    EXPECT_EQ(scene_line(edited),
              "view=crop undo=\"view scatter → crop\" redo=\"\" dirty=1");
    EXPECT_EQ(scene_line(edited + " --keys Ctrl+Z"),
              "view=scatter undo=\"view gather → scatter\" redo=\"view scatter → crop\" dirty=1");
    EXPECT_EQ(scene_line(edited + " --keys Ctrl+Z,Ctrl+Z"),
              "view=gather undo=\"\" redo=\"view gather → scatter\" dirty=0");
    EXPECT_EQ(scene_line(edited + " --keys Ctrl+Z,Ctrl+Z,Ctrl+Y").substr(0, 12), "view=scatter");
    EXPECT_EQ(scene_line(edited + " --keys Ctrl+Z,Ctrl+Z,Ctrl+Shift+Z,Ctrl+Shift+Z"),
              "view=crop undo=\"view scatter → crop\" redo=\"\" dirty=1");
    // Through the Edit menu's commands themselves, as its items run them.
    EXPECT_EQ(scene_line(edited + ",edit.undo,edit.undo,edit.redo").substr(0, 12), "view=scatter");
    const Ran unknown = convviz("--run no.such --screenshot " + temp_png("unknown_command"), kEnv);
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.output.find("there is no command 'no.such'"), std::string::npos) << unknown.output;
}

// Edit → Paste PyTorch in the real app: the text box typed into and Enter, or the line given at
// start with --torch; a line it cannot read changes nothing and says why.
TEST(Gui, APyTorchLineSetsTheSceneFromTheMenuOrTheCommandLine) {
    const std::string paste = "--size 960x600 --run edit.paste_torch --keys Enter --type ";
    EXPECT_EQ(screenshot_line(paste + "'nn.Conv2d(1, 2, 3, stride=2)'", "op="), "op=conv2d input=[1, 1, 3, 3]");
    EXPECT_EQ(scene_line(paste + "'nn.Conv2d(1, 2, 3, stride=2)'"),
              "view=conv undo=\"op conv_transpose2d → conv2d\" redo=\"\" dirty=1");
    EXPECT_EQ(screenshot_line(paste + "'nn.Conv2d(1, 2, 3, strde=2)'", "op="), "op=conv_transpose2d input=[1, 1, 3, 3]");
    const std::string line = "'x = torch.randn(4, 64, 16, 16)\nnn.ConvTranspose2d(64, 32, kernel_size=2, stride=2)'";
    EXPECT_EQ(screenshot_line("--size 960x600 --torch \"$(printf " + line + ")\"", "op="),
              "op=conv_transpose2d input=[4, 64, 16, 16]");
    const Ran bad = convviz("--torch 'nn.Conv2d(1, 2, 3, strde=2)' --screenshot " + temp_png("bad_torch"), kEnv);
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.output.find("--torch: nn.Conv2d has no argument 'strde'"), std::string::npos) << bad.output;
}

// A link on the command line opens its scene as a new document, in any of its forms; a damaged or
// newer one opens the default scene and says why, never stopping the app.
TEST(Gui, ALinkOnTheCommandLineOpensItsSceneAndADamagedOneTheDefault) {
    const std::string link = "v1/conv2d/in=1,2,6,6/k=3/out=2/s=2/view=matrix";
    for (const std::string& form : {"'" + link + "'", "'#" + link + "'", "'https://example.org/convviz/?x=1#" + link + "'",
                                    "--link '" + link + "'"}) {
        SCOPED_TRACE(form);
        EXPECT_EQ(screenshot_line("--size 960x600 " + form, "op="), "op=conv2d input=[1, 2, 6, 6]");
        EXPECT_EQ(scene_line("--size 960x600 " + form), "view=matrix undo=\"\" redo=\"\" dirty=0");
    }
    for (const auto& [damaged, why] : std::vector<std::pair<std::string, std::string>>{
             {"'#v2/conv2d/in=1,1,5,5'", "The link is version 2, made by a newer ConvViz"},
             {"'v1/conv2d/in=1,1,5,5/k=3/s=0'", "The link's scene cannot be shown: stride must be at least 1"},
             {"'https://example.org/convviz/'", "The address https://example.org/convviz/ carries no scene"}}) {
        SCOPED_TRACE(damaged);
        const Ran ran = convviz("--size 960x600 " + damaged + " --screenshot " + temp_png("damaged_link"), kEnv);
        EXPECT_EQ(ran.status, 0) << ran.output;
        EXPECT_NE(ran.output.find("convviz: " + why), std::string::npos) << ran.output;
        EXPECT_NE(ran.output.find("op=conv_transpose2d input=[1, 1, 3, 3]"), std::string::npos) << ran.output;
        std::filesystem::remove(temp_png("damaged_link"));
    }
}

TEST(Gui, ClickerKeysStepThroughALessonAndLeave) {
    const std::string lesson = "--lesson builtin --present --size 960x600";
    EXPECT_EQ(state_line(lesson), "presenting=1 blank=0 strip=1 step=1/4 lesson_scene=1");
    EXPECT_EQ(state_line(lesson + " --keys PageDown,Right"), "presenting=1 blank=0 strip=1 step=3/4 lesson_scene=1");
    // At the end of a scene, PageDown opens the next one at its start; PageUp at a start goes back
    // to the previous scene's end.
    EXPECT_EQ(state_line(lesson + " --keys End,PageDown"), "presenting=1 blank=0 strip=1 step=1/4 lesson_scene=2");
    EXPECT_EQ(state_line(lesson + " --keys End,PageDown,PageUp"), "presenting=1 blank=0 strip=1 step=4/4 lesson_scene=1");
    // B blanks; the next key only brings the picture back.
    EXPECT_EQ(state_line(lesson + " --keys B"), "presenting=1 blank=1 strip=1 step=1/4 lesson_scene=1");
    EXPECT_EQ(state_line(lesson + " --keys B,PageDown"), "presenting=1 blank=0 strip=1 step=1/4 lesson_scene=1");
    EXPECT_EQ(state_line(lesson + " --keys Escape"), "presenting=0 blank=0 strip=1 step=1/4 lesson_scene=1");
    EXPECT_EQ(state_line(lesson + " --keys F5"), "presenting=0 blank=0 strip=1 step=1/4 lesson_scene=1");
    EXPECT_EQ(state_line(lesson + " --keys F5,F5"), "presenting=1 blank=0 strip=1 step=1/4 lesson_scene=1");
    EXPECT_EQ(state_line("--preset padding_strides --size 960x600 --keys F5"), "presenting=1 blank=0 strip=1 step=1/9 lesson_scene=0");
}

// The canvas' room (issue 19): at 1280×720 the default layout gives the canvas more than half the
// width, and F9 hides the side panels for the whole width.
TEST(Gui, TheCanvasGetsTheRoomAndF9HidesTheSidePanels) {
    const auto canvas_line = [](const std::string& args) {
        const std::string path = temp_png("room");
        const Ran ran = convviz(args + " --screenshot " + path, kEnv);
        EXPECT_EQ(ran.status, 0) << args << "\n" << ran.output;
        std::filesystem::remove(path);
        std::smatch m;
        EXPECT_TRUE(std::regex_search(ran.output, m, std::regex(R"(canvas ([0-9]+),([0-9]+) ([0-9]+)x([0-9]+))"))) << ran.output;
        return m.size() == 5 ? std::array<int, 4>{std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4])}
                             : std::array<int, 4>{};
    };
    const std::array<int, 4> shown = canvas_line("--preset padding_strides --size 1280x720");
    EXPECT_GE(shown[2], 0.55 * 1280) << "the canvas is " << shown[2] << " of 1280 pixels";
    EXPECT_GT(shown[0], 0);
    const std::array<int, 4> hidden = canvas_line("--preset padding_strides --size 1280x720 --keys F9");
    EXPECT_EQ(hidden[0], 0);
    EXPECT_EQ(hidden[2], 1280);
    EXPECT_EQ(canvas_line("--preset padding_strides --size 1280x720 --keys F9,F9"), shown);
}

// --keys outside presentation mode reaches the window's own keys (they once went to presentation
// mode's alone): the arrows step, End goes to the last step.
TEST(Gui, KeysWorkOutsidePresentationMode) {
    EXPECT_EQ(state_line("--preset padding_strides --size 960x600 --keys Right,Right"),
              "presenting=0 blank=0 strip=1 step=3/9 lesson_scene=0");
    EXPECT_EQ(state_line("--preset padding_strides --size 960x600 --keys Right,Right,Left"),
              "presenting=0 blank=0 strip=1 step=2/9 lesson_scene=0");
    EXPECT_EQ(state_line("--preset padding_strides --size 960x600 --keys End"),
              "presenting=0 blank=0 strip=1 step=9/9 lesson_scene=0");
}

// Both languages draw every word of their table, and the language menu's names (简体中文 was
// "????" in English): no character falls back to '?' (a box), in the UI font or in the canvas'
// atlas.
TEST(Gui, TheChineseInterfaceHasAGlyphForEveryCharacter) {
    for (const char* lang : {"en", "zh-CN"}) {
        const std::string path = temp_png(std::string("glyphs_") + lang);
        const Ran ran = convviz(std::string("--preset padding_strides_transposed --size 960x600 --lang ") + lang +
                                    " --screenshot " + path, kEnv);
        ASSERT_EQ(ran.status, 0) << ran.output;
        EXPECT_NE(ran.output.find(std::string("lang=") + lang + " missing_glyphs=0/0"), std::string::npos) << ran.output;
        std::filesystem::remove(path);
    }
    // The Chinese screenshot differs from the English one in the panels and on the canvas.
    const Image en = screenshot("--preset padding_strides_transposed --size 1280x720 --at 9 --lang en", "en");
    const Image zh = screenshot("--preset padding_strides_transposed --size 1280x720 --at 9 --lang zh-CN", "zh");
    EXPECT_GT(differing_pixels(en, zh, Region{0, 0, 330, 720}), 2'000u);     // the Parameters tab
    EXPECT_GT(differing_pixels(en, zh, canvas_of(en)), 2'000u);             // the frame's words
    EXPECT_GT(differing_pixels(en, zh, Region{900, 24, 1280, 200}), 2'000u); // "What am I looking at?"
}

TEST(Gui, PredictModeCoversTheCanvasUntilTheGuess) {
    const std::string args = "--preset padding_strides_odd_transposed --size 1280x720";
    const Image plain = screenshot(args, "no_predict");
    const Image predict = screenshot(args + " --predict", "predict");
    const Region canvas = canvas_of(plain);
    EXPECT_GT(differing_pixels(plain, predict, canvas), 50'000u);
    // No cell of the animation is drawn: the input's blue is nowhere on the canvas.
    EXPECT_GT(pixels_of(plain, canvas, 0x268BD2), 500u);
    EXPECT_EQ(pixels_of(predict, canvas, 0x268BD2), 0u);
}

TEST(Gui, ALessonFileOpensAtItsFirstSceneAndADamagedOneIsRefused) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("convviz_gui_lesson_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string good = (dir / "good.convviz-lesson").string();
    Lesson lesson = builtin_lesson(Lang::en);
    lesson.scenes.erase(lesson.scenes.begin(), lesson.scenes.begin() + 5);
    ASSERT_FALSE(save_lesson(lesson, good));
    EXPECT_EQ(state_line("--lesson " + good + " --size 960x600"), "presenting=0 blank=0 strip=1 step=1/4 lesson_scene=1");
    const std::string cut = (dir / "cut.convviz-lesson").string();
    std::ofstream(cut) << lesson_json(lesson).substr(0, 200);
    const Ran ran = convviz("--lesson " + cut + " --screenshot /tmp/x.png", kEnv);
    EXPECT_EQ(ran.status, 2);
    EXPECT_NE(ran.output.find("cut.convviz-lesson: the file is damaged (not valid JSON)"), std::string::npos) << ran.output;
    std::filesystem::remove_all(dir);
}

// Issue 20: a lesson note of 20,000 characters aborted the app (ImGui's 16-bit indices, the whole
// note in one draw call). The longest note allowed now opens, in both languages, wrapped and
// drawn only where it shows; one character more is refused with the field, its length and the limit.
TEST(Gui, TheLongestLessonNoteShowsAndALongerOneIsRefused) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("convviz_gui_note_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    Lesson lesson = builtin_lesson(Lang::en);
    lesson.scenes.resize(2);
    lesson.scenes[0].note.clear();
    const std::string plain = (dir / "plain.convviz-lesson").string();
    ASSERT_FALSE(save_lesson(lesson, plain));
    const Image without = screenshot("--lesson " + plain + " --size 1280x720", "note_none");
    const std::string words = "The kernel slides over the padded input; each output cell is a sum of products. ";
    std::string english;
    while (utf8_length(english) + utf8_length(words) <= text_limits.note) english += words;
    english += std::string(text_limits.note - utf8_length(english), 'x');
    const std::string sentence = "卷积核在填充后的输入上滑动，每个输出格是乘积之和。";
    std::string chinese;
    while (utf8_length(chinese) + utf8_length(sentence) <= text_limits.note) chinese += sentence;
    while (utf8_length(chinese) < text_limits.note) chinese += "积";
    for (const auto& [note, lang] : {std::pair{english, std::string("en")}, std::pair{chinese, std::string("zh-CN")}}) {
        ASSERT_EQ(utf8_length(note), text_limits.note);
        lesson.scenes[0].note = note;
        const std::string path = (dir / ("longest_" + lang + ".convviz-lesson")).string();
        ASSERT_FALSE(save_lesson(lesson, path));
        const Image shown = screenshot("--lesson " + path + " --lang " + lang + " --size 1280x720", "note_" + lang);
        ASSERT_EQ(shown.width, 1280);
        const Region lesson_tab{0, 0, shown.width / 4, shown.height};
        if (lang == "en") {
            EXPECT_GT(differing_pixels(shown, without, lesson_tab), 2000u) << "the note is not on screen";
        }
    }
    lesson.scenes[0].note = english + "x";
    const std::string longer = (dir / "longer.convviz-lesson").string();
    ASSERT_FALSE(save_lesson(lesson, longer));
    const Ran ran = convviz("--lesson " + longer + " --screenshot " + temp_png("note_longer"), kEnv);
    EXPECT_EQ(ran.status, 2) << ran.output;
    EXPECT_NE(ran.output.find("longer.convviz-lesson, scene 1: the field \"note\" is 4001 characters long; at most 4000 are allowed"),
              std::string::npos)
        << ran.output;
    std::filesystem::remove_all(dir);
}

// ---- File → Export… in the app ----------------------------------------------------------------

std::string temp_dir(const std::string& name) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("convviz_gui_" + std::to_string(getpid()) + "_" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(GuiExport, TheDialogShowsTheSettingsAndTheFrameCount) {
    const Image plain = screenshot("--preset padding_strides_transposed --size 1280x720", "no_dialog");
    const Image dialog = screenshot("--preset padding_strides_transposed --size 1280x720 --export-dialog", "dialog");
    // Centred over the canvas, and it is a window of its own: many pixels change there.
    const Region centre{400, 200, 880, 520};
    EXPECT_GT(differing_pixels(plain, dialog, centre), 50'000u);
}

TEST(GuiExport, WritesWhatTheHeadlessExportWritesWhileTheWindowDraws) {
    const std::string dir = temp_dir("export_same");
    const std::string shot = dir + "/during.png";
    const Ran app = convviz("--preset padding_strides_odd_transposed --size 1280x720 --export-to " + dir +
                                "/app.gif --screenshot " + shot, kEnv);
    ASSERT_EQ(app.status, 0) << app.output;
    EXPECT_NE(app.output.find("Wrote " + dir + "/app.gif: 36 frames, 960×540"), std::string::npos) << app.output;
    // The window kept drawing: several frames went by while the export ran.
    std::smatch m;
    ASSERT_TRUE(std::regex_search(app.output, m, std::regex(R"(ui_frames=([0-9]+) frame_ms median=([0-9.]+) max=([0-9.]+))")))
        << app.output;
    EXPECT_GE(std::stoi(m[1]), 3);
    const Ran cli = convviz("export --preset padding_strides_odd_transposed -o " + dir + "/cli.gif", "env -u DISPLAY " + kEnv);
    ASSERT_EQ(cli.status, 0) << cli.output;
    EXPECT_EQ(file_bytes(dir + "/app.gif"), file_bytes(dir + "/cli.gif"));
    // Taken while the export ran: the dialog shows its progress bar (ImGui's histogram colour).
    const std::optional<Image> during = read_png(shot);
    ASSERT_TRUE(during.has_value());
    const Image plain = screenshot("--preset padding_strides_odd_transposed --size 1280x720", "export_plain");
    EXPECT_GT(differing_pixels(plain, *during, Region{400, 250, 880, 470}), 10'000u);
    std::filesystem::remove_all(dir);
}

TEST(GuiExport, FramesAreTheCanvasPixelForPixel) {
    const std::string dir = temp_dir("export_canvas");
    // The canvas at 1.7 s: step 1 with its terms lit, the export's frame 1.
    const Ran shot = convviz("--preset no_padding_no_strides --size 1280x720 --at 1.7 --screenshot " + dir + "/shot.png", kEnv);
    ASSERT_EQ(shot.status, 0) << shot.output;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(shot.output, m, std::regex(R"(canvas ([0-9]+),([0-9]+) ([0-9]+)x([0-9]+))"))) << shot.output;
    const int x0 = std::stoi(m[1]), y0 = std::stoi(m[2]), w = std::stoi(m[3]), h = std::stoi(m[4]);
    const Ran exported = convviz("--preset no_padding_no_strides --size 1280x720 --export-size canvas --export-to " + dir +
                                     "/frame.png", kEnv);
    ASSERT_EQ(exported.status, 0) << exported.output;
    const std::optional<Image> window = read_png(dir + "/shot.png");
    const std::optional<Image> frame = read_png(dir + "/frame_0001.png");
    const std::optional<Image> next = read_png(dir + "/frame_0002.png");
    ASSERT_TRUE(window && frame && next);
    ASSERT_EQ(frame->width, w);
    ASSERT_EQ(frame->height, h);
    // Inside the panel's border line, every pixel; and not the next step's.
    size_t differ = 0, differ_next = 0;
    for (int y = 2; y < h - 2; ++y) {
        for (int x = 2; x < w - 2; ++x) {
            differ += window->at(x0 + x, y0 + y) != frame->at(x, y) ? 1u : 0u;
            differ_next += window->at(x0 + x, y0 + y) != next->at(x, y) ? 1u : 0u;
        }
    }
    EXPECT_EQ(differ, 0u);
    EXPECT_GT(differ_next, 1000u);
    std::filesystem::remove_all(dir);
}

TEST(GuiExport, CancelLeavesNothing) {
    const std::string dir = temp_dir("export_cancel");
    const Ran ran = convviz("--preset large --size 1280x720 --export-cancel-after 5 --export-to " + dir + "/large.gif", kEnv);
    EXPECT_EQ(ran.status, 0) << ran.output;
    EXPECT_NE(ran.output.find("Cancelled: nothing was written to " + dir + "/large.gif"), std::string::npos) << ran.output;
    EXPECT_TRUE(std::filesystem::is_empty(dir));
    // An MP4's ffmpeg is stopped with it.
    const Ran mp4 = convviz("--preset large --size 1280x720 --export-cancel-after 3 --export-to " + dir + "/large.mp4", kEnv);
    EXPECT_EQ(mp4.status, 0) << mp4.output;
    EXPECT_NE(mp4.output.find("Cancelled"), std::string::npos) << mp4.output;
    EXPECT_TRUE(std::filesystem::is_empty(dir));
    // A refused destination is said in plain words and nothing is written.
    std::ofstream(dir + "/taken.gif") << "mine";
    const Ran taken = convviz("--preset d2l_tconv --size 1280x720 --export-to " + dir + "/taken.gif", kEnv);
    EXPECT_EQ(taken.status, 2);
    EXPECT_NE(taken.output.find("taken.gif already exists"), std::string::npos) << taken.output;
    EXPECT_EQ(file_bytes(dir + "/taken.gif"), "mine");
    std::filesystem::remove_all(dir);
}

// ---- The monkey test (scripts/monkey.sh runs it for a minute) --------------------------------

TEST(Gui, TheMonkeyPrintsItsSeedThenWhatItDidAndWritesOnlyWhereItRuns) {
    const std::string dir = temp_dir("monkey");
    const Ran ran = convviz("--monkey 7 --monkey-frames 240 --monkey-seconds 300 --size 960x600",
                            "cd " + dir + " && HOME=" + dir + " XDG_CONFIG_HOME=" + dir + " " + kEnv);
    EXPECT_EQ(ran.status, 0) << ran.output;
    EXPECT_NE(ran.output.find("monkey: seed 7 (re-run: convviz --monkey 7 --monkey-seconds 300 --monkey-frames 240 "
                              "--size 960x600)"),
              std::string::npos)
        << ran.output;
    EXPECT_NE(ran.output.find("monkey: frames=240 clicks="), std::string::npos) << ran.output;
    EXPECT_TRUE(std::filesystem::exists(dir + "/convviz-monkey-settings.json"));
    std::filesystem::remove_all(dir);
}

// Without a Chinese font (CONVVIZ_CJK_FONT naming no file stands in for a machine without one),
// --lang zh-CN opens the app in English with one message, as README says, instead of exiting.
TEST(Gui, WithoutTheChineseFontTheAppStaysInEnglishWithOneMessage) {
    const std::string path = temp_png("no_cjk");
    const Ran ran = convviz("--preset padding_strides_transposed --size 960x600 --at 9 --lang zh-CN --lesson builtin --screenshot " + path,
                            kEnv + "CONVVIZ_CJK_FONT=/nonexistent/font.ttc ");
    ASSERT_EQ(ran.status, 0) << ran.output;
    const std::string message = "convviz: no Chinese font found: install fonts-wqy-microhei; staying in English\n";
    const size_t at = ran.output.find(message);
    EXPECT_NE(at, std::string::npos) << ran.output;
    EXPECT_EQ(ran.output.find("Chinese font", at + message.size()), std::string::npos) << ran.output;  // once
    EXPECT_EQ(ran.output.find("no Chinese font"), at + 9) << ran.output;
    EXPECT_NE(ran.output.find("lang=en "), std::string::npos) << ran.output;
    const std::optional<Image> shot = read_png(path);
    ASSERT_TRUE(shot.has_value());
    // The panels as an English start's (the status bar's line, saying why, leaves the canvas a
    // little less height).
    const Image en = screenshot("--preset padding_strides_transposed --size 960x600 --at 9 --lang en --lesson builtin", "cjk_en");
    EXPECT_EQ(differing_pixels(*shot, en, Region{0, 24, 280, 400}), 0u);     // the lesson, in English
    EXPECT_EQ(differing_pixels(*shot, en, Region{684, 24, 960, 150}), 0u);   // "What am I looking at?"
    std::filesystem::remove(path);
}

TEST(Gui, BadOptionsAreRefusedWithAMessage) {
    const struct {
        const char* args;
        const char* says;
    } cases[] = {
        {"--preset no_such_preset --screenshot /tmp/x.png", "no preset named 'no_such_preset'"},
        {"--preset padding_strides --view scatter --screenshot /tmp/x.png", "not one of this scene's views (conv, matrix)"},
        {"--size 10x10 --screenshot /tmp/x.png", "--size must be between"},
        {"--size wide --screenshot /tmp/x.png", "--size must be WIDTHxHEIGHT"},
        {"--at -3 --screenshot /tmp/x.png", "--at must be a time"},
        {"--theme purple --screenshot /tmp/x.png", "--theme must be light, dark or contrast"},
        {"--hover 1,2 --screenshot /tmp/x.png", "--hover must be GRID,ROW,COL"},
        {"--preset padding_strides --hover 99,0,0 --screenshot /tmp/x.png", "is not a cell of this view"},
        {"--hover 0,99999999999,0 --screenshot /tmp/x.png", "--hover must be GRID,ROW,COL"},
        {"--bench-frames 99999999999", "--bench-frames must be between"},
        {"--monkey 5 --monkey-seconds 0", "--monkey takes a seed from 0 to 4294967295"},
        {"--monkey -1", "not in range 0 to 4294967295"},
        {"--scene /no/such/scene.json --screenshot /tmp/x.png", "/no/such/scene.json"},
        {"--screenshot /no/such/folder/shot.png --size 640x400", "/no/such/folder/shot.png"},
        // Issue 20: nothing replaced or ignored in silence.
        {"--size 0x0 --screenshot /tmp/x.png", "--size must be between 320×240 and 8192×8192 pixels, but it is 0×0"},
        {"--export-size 0x0 --export-to /tmp/x.gif", "--export-size must be between 16×16 and 8192×8192 pixels, but it is 0×0"},
        {"--size 800x600", "--size applies only with --screenshot, --bench-frames, --monkey or --export-to"},
        {"--at 3", "--at applies only with --screenshot"},
        {"--keys Right", "--keys applies only with --screenshot"},
        {"--hover 0,0,0", "--hover applies only with --screenshot"},
        {"--bench-report-every 5", "--bench-report-every applies only with --bench-frames"},
        {"--export-size 320x240", "--export-size applies only with --export-to"},
        {"--export-cancel-after 3", "--export-cancel-after applies only with --export-to"},
        {"--monkey-frames 3", "--monkey-frames applies only with --monkey"},
        {"--monkey-seconds 3", "--monkey-seconds applies only with --monkey"},
    };
    for (const auto& c : cases) {
        const Ran ran = convviz(c.args, kEnv);
        EXPECT_EQ(ran.status, 2) << c.args << "\n" << ran.output;
        EXPECT_NE(ran.output.find(c.says), std::string::npos) << c.args << "\n" << ran.output;
    }
    EXPECT_FALSE(std::filesystem::exists("/no/such/folder/shot.png"));
}

}  // namespace
}  // namespace convviz::testing
