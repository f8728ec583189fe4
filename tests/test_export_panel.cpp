// The Export dialog's logic without a window (headless GL, no ImGui frame): what its Cancel does
// before and after every frame is written, and that what it then says is what is on disk.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "app/gui/export_panel.hpp"
#include "app/render/glyph_atlas.hpp"
#include "app/render/headless_gl.hpp"
#include "core/presets.hpp"

namespace convviz {
namespace {

class ExportPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto gl = HeadlessGl::make();
        ASSERT_TRUE(gl) << gl.error();
        gl_ = std::move(gl).value();
        auto renderer = FrameRenderer::make(find_canvas_font());
        ASSERT_TRUE(renderer) << renderer.error();
        renderer_.emplace(std::move(renderer).value());
        ASSERT_TRUE(state_.show(*find_preset("no_padding_no_strides")));
        dir_ = std::filesystem::temp_directory_path() / ("convviz_export_panel_" + std::to_string(getpid()));
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    // The dialog opened, a small export of the scene to `name` under way.
    void start(ExportPanel& panel, const std::string& name) {
        panel.open(state_, RenderOptions{}, 320, 240);
        panel.set_path((dir_ / name).string());
        panel.settings.width = 160;
        panel.settings.height = 120;
        const std::optional<std::string> error = panel.start(state_, *renderer_);
        ASSERT_FALSE(error) << *error;
    }

    std::unique_ptr<HeadlessGl> gl_;
    std::optional<FrameRenderer> renderer_;
    AppState state_;
    std::filesystem::path dir_;
};

TEST_F(ExportPanelTest, CancelBeforeTheLastFrameLeavesNothing) {
    ExportPanel panel;
    start(panel, "early.gif");
    panel.step();
    ASSERT_TRUE(panel.can_cancel());
    panel.cancel();
    EXPECT_FALSE(panel.running());
    EXPECT_FALSE(panel.succeeded());
    EXPECT_EQ(panel.result().rfind("Cancelled: nothing was written", 0), 0u) << panel.result();
    EXPECT_EQ(panel.cancels(), 1);
    EXPECT_TRUE(std::filesystem::is_empty(dir_));
}

// Found by the monkey test (seed 2): a Cancel pressed while an MP4's ffmpeg finished the file said
// "Cancelled: nothing was written" — and the file was there.
TEST_F(ExportPanelTest, CancelWhileTheFileIsPutInPlaceComesTooLateAndSaysSo) {
    if (std::system("command -v ffmpeg >/dev/null 2>&1") != 0) GTEST_SKIP() << "ffmpeg is not installed";
    for (const char* name : {"late.mp4", "late.gif"}) {
        SCOPED_TRACE(name);
        ExportPanel panel;
        start(panel, name);
        while (panel.can_cancel()) panel.step();  // until every frame is written
        // The file is in place before the dialog has looked (it looks once a frame).
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!std::filesystem::exists(dir_ / name) && std::chrono::steady_clock::now() < until) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        ASSERT_TRUE(std::filesystem::exists(dir_ / name));
        panel.cancel();  // as --export-cancel-after or closing the app would
        EXPECT_FALSE(panel.running());
        EXPECT_TRUE(panel.succeeded()) << panel.result();
        EXPECT_EQ(panel.result().rfind("Wrote " + (dir_ / name).string(), 0), 0u) << panel.result();
        EXPECT_EQ(panel.cancels(), 0);
    }
}

}  // namespace
}  // namespace convviz
