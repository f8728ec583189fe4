// No text on the canvas below kMinTextSize, for every preset in every view, in both languages, at
// the canvas size the app itself gives at 1280×720 and at 1920×1080. The app is run once per window
// size to learn its canvas (it prints it with --screenshot); then each frame is composed at that
// size at the start, the middle and the end of its animation and drawn by the real renderer (EGL,
// no display), and checked from the frame's own data and what the renderer says it drew: every
// text at least 12 px, none of them left out at the canvas' own scale, and every line of text
// within the frame's width. CONVVIZ_TEXT_SIZES_PNG=DIR keeps each picture, to look at.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "app/export/png.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/render_target.hpp"
#include "core/frame/compose.hpp"
#include "core/presets.hpp"
#include "tests/headless_gl_test.hpp"
#include "tests/run_convviz.hpp"

namespace convviz::testing {
namespace {

struct CanvasSize {
    int width = 0;
    int height = 0;
};

// The canvas the app lays out in a window of `window` ("1280x720"), with default settings.
CanvasSize app_canvas(const std::string& window) {
    const std::filesystem::path home =
        std::filesystem::temp_directory_path() / ("convviz_text_sizes_" + std::to_string(getpid()));
    std::filesystem::create_directories(home);
    const std::string png = (home / "window.png").string();
    const Ran ran = convviz("--screenshot " + png + " --size " + window,
                            "HOME=" + home.string() + " XDG_CONFIG_HOME=" + home.string() +
                                " ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0 ");
    std::filesystem::remove_all(home);
    EXPECT_EQ(ran.status, 0) << ran.output;
    std::smatch m;
    if (!std::regex_search(ran.output, m, std::regex(R"(canvas -?\d+,-?\d+ (\d+)x(\d+))"))) {
        ADD_FAILURE() << "the app did not say where its canvas is:\n" << ran.output;
        return {};
    }
    return {std::stoi(m[1]), std::stoi(m[2])};
}

// One window size and one language a test, so that each stays within ctest's time limit under
// the sanitizers.
struct SizeCase {
    const char* window;
    Lang lang;
};

class TextSizes : public HeadlessGlTest, public ::testing::WithParamInterface<SizeCase> {};

TEST_P(TextSizes, NoTextOnTheCanvasIsSmallerThanTwelvePixels) {
    const char* window = GetParam().window;
    const Lang lang = GetParam().lang;
    Result<FrameRenderer> made = FrameRenderer::make(find_canvas_font());
    ASSERT_TRUE(made.ok()) << made.error();
    FrameRenderer& renderer = made.value();
    ASSERT_NE(renderer.atlas(), nullptr) << renderer.text_error();
    if (renderer.use_lang(lang)) GTEST_SKIP() << "no Chinese font (AChineseFontIsInstalled fails)";
    const char* keep = std::getenv("CONVVIZ_TEXT_SIZES_PNG");

    size_t frames = 0, texts = 0, numbers = 0;
    float smallest = 1e9f;
    const CanvasSize canvas = app_canvas(window);
    ASSERT_GT(canvas.width, 100) << window;
    ASSERT_GT(canvas.height, 100) << window;
    std::printf("window %s: canvas %dx%d\n", window, canvas.width, canvas.height);
    Result<RenderTarget> target = RenderTarget::make(canvas.width, canvas.height);
    ASSERT_TRUE(target.ok()) << target.error();
    for (const Scene& preset : builtin_presets()) {
        for (ViewKind view : views_for(preset.params)) {
            Scene scene = preset;
            scene.view.kind = view;
            const ComposeParams params{.width = static_cast<float>(canvas.width),
                                       .height = static_cast<float>(canvas.height),
                                       .timeline = {.loop = false},
                                       .lang = lang};
            Result<Composer> composer = Composer::make(scene, params);
            ASSERT_TRUE(composer.ok()) << preset.id << " " << name(view) << ": " << composer.error();
            const double duration = composer.value().timeline().duration();
            for (double share : {0.0, 0.5, 0.999}) {
                const std::string what = preset.id + " " + name(view) + " " + code(lang) + " " + window +
                                         " at " + std::to_string(share * duration) + " s";
                const Frame frame = composer.value().compose(share * duration);
                for (const FrameText& t : frame.texts) {
                    if (t.opacity <= 0.0f || t.text.empty()) continue;
                    EXPECT_GE(t.size, kMinTextSize) << what << ": \"" << t.text << "\"";
                    const float width = renderer.atlas()->measure(t.text, t.size);
                    const float left = t.anchor == Anchor::centre ? t.x - 0.5f * width : t.x;
                    EXPECT_GE(left, -0.5f) << what << ": \"" << t.text << "\" runs off the left edge";
                    EXPECT_LE(left + width, frame.width + 0.5f)
                        << what << ": \"" << t.text << "\" runs off the right edge";
                }
                target.value().bind();
                renderer.draw(frame, fit_view(frame.width, frame.height, frame.width, frame.height),
                              canvas.width, canvas.height, RenderOptions{});
                if (keep != nullptr && share == 0.5) {
                    std::string file = std::string(keep) + "/" + preset.id + "_" + name(view) + "_" +
                                       code(lang) + "_" + window + ".png";
                    EXPECT_EQ(write_png(file, canvas.width, canvas.height, read_framebuffer(canvas.width, canvas.height)),
                              std::nullopt);
                }
                RenderTarget::unbind();
                const TextStats& stats = renderer.text_stats();
                EXPECT_EQ(stats.hidden_texts, 0u) << what << ": texts too small to draw";
                if (stats.drawn > 0) {
                    EXPECT_GE(stats.smallest, kMinTextSize - 0.01f) << what;
                    smallest = std::min(smallest, stats.smallest);
                }
                ++frames;
                texts += stats.drawn;
                numbers += stats.hidden_numbers;
            }
        }
    }
    std::printf("%zu frames, %zu texts and numbers drawn, the smallest %.2f px; %zu numbers hidden in cells too small "
                "for 12 px\n",
                frames, texts, static_cast<double>(smallest), numbers);
}

INSTANTIATE_TEST_SUITE_P(AppWindows, TextSizes,
                         ::testing::Values(SizeCase{"1280x720", Lang::en}, SizeCase{"1280x720", Lang::zh},
                                           SizeCase{"1920x1080", Lang::en}, SizeCase{"1920x1080", Lang::zh}),
                         [](const ::testing::TestParamInfo<SizeCase>& param_info) {
                             return std::string(param_info.param.window) + "_" + (param_info.param.lang == Lang::en ? "en" : "zh");
                         });

TEST(TextWrap, ALongCaptionWrapsInsteadOfShrinking) {
    // A caption of a narrow export: two lines at the band's size, not one tiny line.
    const std::string caption = "stride 2 puts 1 zero between neighbouring input cells: 2×2 → 3×3";
    const std::vector<TextLine> lines = wrap_text(caption, 14.0f, 320.0f);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(caption.substr(lines[0].begin, lines[0].end - lines[0].begin), "stride 2 puts 1 zero between");
    EXPECT_EQ(caption.substr(lines[1].begin, lines[1].end - lines[1].begin), "neighbouring input cells: 2×2 → 3×3");
    for (const TextLine& line : lines) {
        EXPECT_LE(estimated_text_width(caption.substr(line.begin, line.end - line.begin), 14.0f), 320.0f);
    }
    // Chinese breaks between characters; a word longer than the room is cut where it must be.
    const std::string chinese = "步幅二在相邻输入格之间插入一个零";
    for (const TextLine& line : wrap_text(chinese, 20.0f, 100.0f)) EXPECT_LE(line.end - line.begin, 15u);  // 5 characters
    EXPECT_EQ(wrap_text("abcdefghij", 10.0f, 20.0f).size(), 4u);
    EXPECT_TRUE(wrap_text("", 10.0f, 20.0f).empty());
}

}  // namespace
}  // namespace convviz::testing
