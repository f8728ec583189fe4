// The app's shell as a new user meets it (issue 19), without a window: the canvas' room and the
// side panels' widths, the Presets menu (grouped, and never chosen by the press that opens it),
// Esc closing menus and combos, predict mode's empty guess for each scene, and the light theme's
// checkboxes. ImGui runs in a context of its own here, fed the mouse frame by frame as a hand
// would move it; nothing is drawn to a screen.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "app/model/app_state.hpp"
#include "app/gui/escape.hpp"
#include "app/model/layout.hpp"
#include "app/gui/panel_edge.hpp"
#include "app/gui/predict_panel.hpp"
#include "app/gui/preset_menu.hpp"
#include "app/gui/theme.hpp"
#include "core/presets.hpp"

namespace convviz {
namespace {

// ---- The canvas' room ---------------------------------------------------------------------------

LayoutParams window_of(float width, float height) {
    return {.width = width, .height = height, .top = 23.0f, .bottom = 48.0f, .em = 16.0f};
}

TEST(Layout, TheDefaultLeavesTheCanvasMoreThanHalfTheWidth) {
    for (const auto& [w, h] : {std::pair{1280.0f, 720.0f}, std::pair{1440.0f, 860.0f}, std::pair{1920.0f, 1080.0f}}) {
        const PanelLayout layout = layout_panels(window_of(w, h));
        EXPECT_GE(layout.canvas.width, 0.55f * w) << w << "×" << h;
        EXPECT_FLOAT_EQ(layout.left.width + layout.canvas.width + layout.right.width, w);
        EXPECT_FLOAT_EQ(layout.canvas.x, layout.left.width);
        EXPECT_FLOAT_EQ(layout.right.x, layout.canvas.x + layout.canvas.width);
        EXPECT_FLOAT_EQ(layout.canvas.y, 23.0f);
        EXPECT_FLOAT_EQ(layout.canvas.height, h - 23.0f - 48.0f);
    }
    // What the Values tab is made to fit: 280 pixels at the 16-pixel font.
    EXPECT_FLOAT_EQ(layout_panels(window_of(1280, 720)).left.width, 280.0f);
}

TEST(Layout, HiddenPanelsGiveTheCanvasTheWholeWidth) {
    LayoutParams params = window_of(1280, 720);
    params.panels_shown = false;
    const PanelLayout layout = layout_panels(params);
    EXPECT_FLOAT_EQ(layout.canvas.x, 0.0f);
    EXPECT_FLOAT_EQ(layout.canvas.width, 1280.0f);
    EXPECT_FLOAT_EQ(layout.left.width, 0.0f);
    EXPECT_FLOAT_EQ(layout.right.width, 0.0f);
}

TEST(Layout, DraggingAnEdgeFollowsThePointerWithinLimits) {
    const float em = 16.0f, w = 1280.0f;
    // The left panel's edge 40 pixels right: 40 pixels wider; the right panel's: 40 narrower.
    EXPECT_FLOAT_EQ(panel_pixels(dragged_left_em(kDefaultLeftPanelEm, 40.0f, em, w), em, w), 320.0f);
    EXPECT_FLOAT_EQ(panel_pixels(dragged_right_em(kDefaultRightPanelEm, 40.0f, em, w), em, w), 240.0f);
    // Never narrower than 10 em nor wider than 30 % of the window, however far the drag goes; and
    // the stored width is what is drawn, so a drag back starts from the edge where it is.
    const float wide = dragged_left_em(kDefaultLeftPanelEm, 5000.0f, em, w);
    EXPECT_FLOAT_EQ(panel_pixels(wide, em, w), 0.3f * w);
    EXPECT_FLOAT_EQ(panel_pixels(dragged_left_em(wide, -10.0f, em, w), em, w), 0.3f * w - 10.0f);
    EXPECT_FLOAT_EQ(dragged_right_em(kDefaultRightPanelEm, 5000.0f, em, w), kMinPanelEm);
}

TEST(Layout, OpenSectionsShareTheHeightShortOnesFirst) {
    // About wants 80, Arithmetic 500, Code as much as there is (0): About gets its 80, the other
    // two split the rest evenly.
    const std::vector<float> given = share_height(600.0f, {80.0f, 500.0f, 0.0f});
    ASSERT_EQ(given.size(), 3u);
    EXPECT_FLOAT_EQ(given[0], 80.0f);
    EXPECT_FLOAT_EQ(given[1], 260.0f);
    EXPECT_FLOAT_EQ(given[2], 260.0f);
    // All short: each its own; all long: even shares; no room: nothing.
    EXPECT_EQ(share_height(600.0f, {100.0f, 50.0f}), (std::vector<float>{100.0f, 50.0f}));
    EXPECT_EQ(share_height(300.0f, {900.0f, 0.0f, 700.0f}), (std::vector<float>{100.0f, 100.0f, 100.0f}));
    EXPECT_EQ(share_height(-5.0f, {10.0f}), (std::vector<float>{0.0f}));
}

// ---- ImGui without a window -----------------------------------------------------------------------

// An ImGui context with a display of `width` × `height`, ImGui's own font, and a mouse the test
// moves. frame() runs one whole frame around `ui`.
class Hand {
public:
    Hand(float width, float height) {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Hand() { ImGui::DestroyContext(context_); }
    Hand(const Hand&) = delete;
    Hand& operator=(const Hand&) = delete;

    void frame(const std::function<void()>& ui) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = mouse_;
        io.MouseDown[0] = down_;
        ImGui::NewFrame();
        ui();
        ImGui::Render();
    }
    void frames(int n, const std::function<void()>& ui) {
        for (int i = 0; i < n; ++i) frame(ui);
    }
    void move(ImVec2 to, const std::function<void()>& ui) {
        mouse_ = to;
        frames(3, ui);
    }
    void press(const std::function<void()>& ui) {
        down_ = true;
        frame(ui);
    }
    void release(const std::function<void()>& ui) {
        down_ = false;
        frame(ui);
    }
    void click(ImVec2 at, const std::function<void()>& ui) {
        move(at, ui);
        press(ui);
        release(ui);
        frames(2, ui);
    }

private:
    ImGuiContext* context_ = nullptr;
    ImVec2 mouse_{-1.0f, -1.0f};
    bool down_ = false;
};

ImVec2 centre(const ImRect& r) { return r.GetCenter(); }

// The open popups' windows, the outermost first.
std::vector<const ImGuiWindow*> open_popups() {
    std::vector<const ImGuiWindow*> windows;
    for (const ImGuiPopupData& popup : ImGui::GetCurrentContext()->OpenPopupStack) windows.push_back(popup.Window);
    return windows;
}

// The rectangle of a popup's first item: one line below its top padding.
ImVec2 first_item_of(const ImGuiWindow* popup) {
    const float line = ImGui::GetTextLineHeight();
    return ImVec2(popup->Pos.x + popup->WindowPadding.x + 20.0f, popup->Pos.y + popup->WindowPadding.y + line * 0.5f);
}

// ---- Dragging a panel's edge ------------------------------------------------------------------------

// The canvas' window as the app draws it: the panels' edges first, then the canvas' own button
// over the whole of it (it pans on a drag). A drag that starts on an edge resizes the panel; one
// that starts on the canvas does not.
TEST(PanelEdge, DraggingTheEdgeResizesThePanelAndTheCanvasKeepsItsOwnDrags) {
    Hand hand(1280, 720);
    float left_em = kDefaultLeftPanelEm, right_em = kDefaultRightPanelEm;
    bool canvas_dragged = false;
    const auto ui = [&] {
        const PanelLayout layout = layout_panels({.width = 1280, .height = 720, .top = 20, .bottom = 40, .em = 16,
                                                  .left_em = left_em, .right_em = right_em});
        ImGui::SetNextWindowPos(ImVec2(layout.canvas.x, layout.canvas.y));
        ImGui::SetNextWindowSize(ImVec2(layout.canvas.width, layout.canvas.height));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
        ImGui::Begin("Canvas", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        panel_edge("##left_edge", left_em, layout.left, true, 16, 1280);
        panel_edge("##right_edge", right_em, layout.right, false, 16, 1280);
        ImGui::InvisibleButton("canvas", ImGui::GetContentRegionAvail());
        if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) canvas_dragged = true;
        ImGui::End();
        ImGui::PopStyleVar();
    };
    hand.frames(3, ui);
    // The left panel ends at 280: its edge is just right of it. Drag it 40 pixels right.
    hand.move(ImVec2(283, 300), ui);
    hand.press(ui);
    hand.move(ImVec2(303, 300), ui);
    hand.move(ImVec2(323, 300), ui);
    hand.release(ui);
    EXPECT_FLOAT_EQ(left_em * 16, 320.0f);
    EXPECT_FALSE(canvas_dragged) << "the canvas took the edge's drag";
    // The right panel starts at 1000: drag its edge 40 pixels left, the panel grows.
    hand.move(ImVec2(997, 300), ui);
    hand.press(ui);
    hand.move(ImVec2(977, 300), ui);
    hand.move(ImVec2(957, 300), ui);
    hand.release(ui);
    EXPECT_FLOAT_EQ(right_em * 16, 320.0f);
    EXPECT_FALSE(canvas_dragged);
    // A drag in the middle is the canvas' own.
    const float before = left_em;
    hand.move(ImVec2(640, 300), ui);
    hand.press(ui);
    hand.move(ImVec2(680, 300), ui);
    hand.release(ui);
    EXPECT_TRUE(canvas_dragged);
    EXPECT_EQ(left_em, before);
}

// ---- The Presets menu -----------------------------------------------------------------------------

struct MenuBarWithPresets {
    AppState state;
    std::vector<Scene> presets = builtin_presets();
    PresetMenu menu;
    const Scene* chosen = nullptr;
    ImRect header;   // the bar's "Presets" entry
    float bar_bottom = 0.0f;

    MenuBarWithPresets() { state.show(*find_preset("padding_strides")); }
    std::function<void()> ui() {
        return [this] {
            if (!ImGui::BeginMainMenuBar()) return;
            if (ImGui::BeginMenu("Presets")) {
                if (const Scene* c = menu.items(state, presets)) chosen = c;
                ImGui::EndMenu();
            } else {
                header = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            }
            bar_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
            ImGui::EndMainMenuBar();
        };
    }
};

TEST(PresetsMenu, OpensBelowTheBarGroupedAndTheOpeningClickChoosesNothing) {
    Hand hand(1280, 720);
    MenuBarWithPresets bar;
    const auto ui = bar.ui();
    hand.frames(3, ui);
    ASSERT_GT(bar.header.GetWidth(), 0.0f);
    hand.click(centre(bar.header), ui);
    EXPECT_EQ(bar.chosen, nullptr) << "the click that opened the menu chose " << bar.chosen->id;
    const std::vector<const ImGuiWindow*> open = open_popups();
    ASSERT_EQ(open.size(), 1u) << "the menu is open";
    ASSERT_NE(open[0], nullptr);
    EXPECT_GE(open[0]->Pos.y, bar.bar_bottom - 1.0f) << "the menu opens below the bar, not over it";
    EXPECT_LE(open[0]->Pos.y + open[0]->Size.y, 720.0f);
    // Its first entry is the conv_arithmetic family: hovering it opens the submenu, and a click on
    // the submenu's first item opens that figure.
    hand.move(first_item_of(open[0]), ui);
    const std::vector<const ImGuiWindow*> both = open_popups();
    ASSERT_EQ(both.size(), 2u) << "the family's submenu is open";
    EXPECT_LE(both[1]->Pos.y + both[1]->Size.y, 720.0f) << "the longest family fits the window";
    hand.click(first_item_of(both[1]), ui);
    ASSERT_NE(bar.chosen, nullptr);
    EXPECT_EQ(bar.chosen->id, kConvArithmeticPresets[0]);
}

TEST(PresetsMenu, ThePressThatOpenedItNeverSelectsEvenReleasedOnAPreset) {
    Hand hand(1280, 720);
    MenuBarWithPresets bar;
    const auto ui = bar.ui();
    hand.frames(3, ui);
    // Press on "Presets", keep the button down, slide into the first family and onto its first
    // preset, let go there: the menu stays open and nothing is chosen.
    hand.move(centre(bar.header), ui);
    hand.press(ui);
    hand.frames(2, ui);
    std::vector<const ImGuiWindow*> open = open_popups();
    ASSERT_EQ(open.size(), 1u);
    ASSERT_NE(open[0], nullptr);
    hand.move(first_item_of(open[0]), ui);
    open = open_popups();
    ASSERT_EQ(open.size(), 2u);
    ASSERT_NE(open[1], nullptr);
    hand.move(first_item_of(open[1]), ui);
    hand.release(ui);
    hand.frames(2, ui);
    EXPECT_EQ(bar.chosen, nullptr) << "the opening press chose " << bar.chosen->id;
    // ImGui closes the menu on that release; opened again by a click, its items are choices.
    if (open_popups().empty()) hand.click(centre(bar.header), ui);
    open = open_popups();
    ASSERT_GE(open.size(), 1u);
    hand.move(first_item_of(open[0]), ui);
    open = open_popups();
    ASSERT_EQ(open.size(), 2u);
    hand.click(first_item_of(open[1]), ui);
    ASSERT_NE(bar.chosen, nullptr);
    EXPECT_EQ(bar.chosen->id, kConvArithmeticPresets[0]);
}

// ---- Esc ------------------------------------------------------------------------------------------

TEST(Escape, ClosesAnOpenComboButNotTheModalItIsIn) {
    Hand hand(800, 600);
    int item = 0;
    bool modal = false;
    ImRect combo;
    const auto ui = [&] {
        ImGui::SetNextWindowPos(ImVec2(20, 20));
        ImGui::SetNextWindowSize(ImVec2(300, 200));
        ImGui::Begin("panel");
        const char* items[] = {"zeros", "reflect", "replicate", "circular"};
        if (!modal) {
            ImGui::Combo("mode", &item, items, 4);
            combo = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        }
        ImGui::End();
        if (modal) {
            if (!ImGui::IsPopupOpen("dialog")) ImGui::OpenPopup("dialog");
            ImGui::SetNextWindowPos(ImVec2(100, 100));
            if (ImGui::BeginPopupModal("dialog", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
                ImGui::Combo("mode", &item, items, 4);
                combo = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
                ImGui::EndPopup();
            }
        }
    };
    hand.frames(3, ui);
    hand.click(ImVec2(combo.Min.x + 10, combo.GetCenter().y), ui);
    ASSERT_EQ(open_popups().size(), 1u) << "the combo opened";
    bool closed = false;
    hand.frame([&] {
        closed = close_menus_on_escape();
        ui();
    });
    hand.frames(2, ui);
    EXPECT_TRUE(closed);
    EXPECT_TRUE(open_popups().empty());
    EXPECT_EQ(item, 0) << "Esc chose nothing";

    modal = true;
    hand.frames(3, ui);
    ASSERT_EQ(open_popups().size(), 1u) << "the dialog";
    hand.click(ImVec2(combo.Min.x + 10, combo.GetCenter().y), ui);
    ASSERT_EQ(open_popups().size(), 2u) << "the dialog and its combo";
    hand.frame([&] {
        close_menus_on_escape();
        ui();
    });
    hand.frames(2, ui);
    ASSERT_EQ(open_popups().size(), 1u);
    EXPECT_TRUE(open_popups()[0]->Flags & ImGuiWindowFlags_Modal) << "the dialog stays: its buttons answer it";
    hand.frame([&] {
        EXPECT_FALSE(close_menus_on_escape()) << "nothing above the dialog to close";
        ui();
    });
}

// ---- Predict mode ---------------------------------------------------------------------------------

TEST(Predict, EachSceneStartsWithAnEmptyGuess) {
    Hand hand(1280, 720);
    AppState state;
    ASSERT_TRUE(state.show(*find_preset("padding_strides")));
    PredictPanel predict;
    predict.enabled = true;
    const auto ui = [&] { predict.draw(state, ImVec2(300, 30), ImVec2(700, 600)); };
    hand.frames(2, ui);
    // As typed into the card's fields.
    predict.guess = {.channels = 1, .height = 3, .width = 3, .with_value = true, .value = 4.5};
    hand.frames(2, ui);
    EXPECT_EQ(predict.guess.height, 3) << "the same scene keeps what was typed";
    ASSERT_TRUE(state.show(*find_preset("no_padding_strides")));
    hand.frames(1, ui);
    EXPECT_EQ(predict.guess, PredictPanel::Guess{});
}

// ---- The light theme's checkboxes -------------------------------------------------------------------

double luminance(const ImVec4& c) {
    const auto linear = [](float v) {
        return v <= 0.04045f ? v / 12.92 : std::pow((static_cast<double>(v) + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}

ImVec4 over(const ImVec4& top, const ImVec4& below) {
    const float a = top.w;
    return {top.x * a + below.x * (1 - a), top.y * a + below.y * (1 - a), top.z * a + below.z * (1 - a), 1.0f};
}

double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// An unticked checkbox or radio button was white on the light panels' off-white: invisible. Its
// outline now stands out from the panel (WCAG's 3:1 for the parts of a control), and a tick from
// the box.
TEST(Theme, CheckboxesAndRadioButtonsShowInTheLightThemes) {
    Hand hand(640, 480);
    for (ThemeKind theme : {ThemeKind::light, ThemeKind::contrast}) {
        apply_imgui_theme(theme, 1.0f);
        const ImGuiStyle& style = ImGui::GetStyle();
        const ImVec4 panel = style.Colors[ImGuiCol_WindowBg];
        const ImVec4 box = over(style.Colors[ImGuiCol_FrameBg], panel);
        const ImVec4 tick = over(style.Colors[ImGuiCol_CheckMark], box);
        EXPECT_GE(contrast(tick, box), 3.0) << name(theme);
        EXPECT_GE(style.FrameBorderSize, 1.0f) << name(theme);
        EXPECT_GE(contrast(over(style.Colors[ImGuiCol_Border], panel), panel), 3.0) << name(theme);
        EXPECT_GE(contrast(box, panel), 1.1) << name(theme);
    }
}

}  // namespace
}  // namespace convviz
