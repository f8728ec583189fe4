// The Values, Parameters and Shape panels driven through Dear ImGui itself, with no window and no
// GL: a context with a built font atlas, the mouse and keys set by hand frame by frame, the panel
// drawn in a fixed-size window as the app's left panel holds it. Checks what a user does (type a
// number, press Tab, click elsewhere) and what fits a narrow panel (issue 19).
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "app/gui/lesson_panel.hpp"
#include "app/gui/params_panel.hpp"
#include "app/gui/shape_panel.hpp"
#include "app/gui/values_panel.hpp"
#include "core/limits.hpp"
#include "core/presets.hpp"
#include "core/scene_edit.hpp"
#include "core/text.hpp"

namespace convviz {
namespace {

constexpr int kTab = 1;  // our indices into io.KeysDown, as io.KeyMap maps them

// One ImGui context for one test; each frame() draws `panel` in a window `width` wide.
class Harness {
public:
    explicit Harness(float width) : width_(width) {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280.0f, 720.0f);
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
        io.KeyMap[ImGuiKey_Tab] = kTab;
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Harness() { ImGui::DestroyContext(context_); }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    void frame(const std::function<void()>& panel) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(ImVec2(width_, 700.0f));
        ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
        panel();
        ImGui::End();
        ImGui::Render();
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[kTab] = false;
    }
    // One frame; the text the panel drew in it, as ImGui's log captures it.
    std::string text(const std::function<void()>& panel) {
        std::string drawn;
        frame([&] {
            ImGui::LogToBuffer();
            panel();
            drawn = GImGui->LogBuffer.c_str();
            ImGui::LogFinish();
        });
        return drawn;
    }
    void frames(const std::function<void()>& panel, int count) {
        for (int i = 0; i < count; ++i) frame(panel);
    }

    void move(ImVec2 at) { ImGui::GetIO().MousePos = at; }
    void click(const std::function<void()>& panel, ImVec2 at) {
        move(at);
        frame(panel);
        ImGui::GetIO().MouseDown[0] = true;
        frame(panel);
        ImGui::GetIO().MouseDown[0] = false;
        frame(panel);
    }
    void type(const std::function<void()>& panel, std::string_view text) {
        for (char c : text) {
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned int>(c));
            frame(panel);
        }
    }
    void tab(const std::function<void()>& panel) {
        ImGui::GetIO().KeysDown[kTab] = true;
        frame(panel);
        frame(panel);
    }

    // The window whose name starts with "panel/<child>_": a child window of the panel.
    static ImGuiWindow* child(std::string_view name) {
        const std::string prefix = "panel/" + std::string(name) + "_";
        for (ImGuiWindow* window : GImGui->Windows) {
            if (std::string_view(window->Name).starts_with(prefix)) return window;
        }
        return nullptr;
    }
    static ImGuiWindow* panel_window() { return ImGui::FindWindowByName("panel"); }

    // The items the mouse finds going from `from` to `to` (a level or an upright line), in that
    // order: each one's centre on the line and its length along it.
    struct Found {
        ImVec2 centre;
        float length = 0.0f;
    };
    std::vector<Found> items_along(const std::function<void()>& panel, ImVec2 from, ImVec2 to) {
        std::vector<Found> found;
        ImGuiID last = 0;
        float start = 0.0f;
        const float length = std::max(std::abs(to.x - from.x), std::abs(to.y - from.y));
        const auto at = [&](float d) {
            const float f = length > 0.0f ? d / length : 0.0f;
            return ImVec2(from.x + f * (to.x - from.x), from.y + f * (to.y - from.y));
        };
        const auto close = [&](float end) {
            if (last != 0) found.push_back({at(0.5f * (start + end)), end - start + 1.0f});
        };
        for (float d = 0.0f; d <= length; d += 1.0f) {
            move(at(d));
            frame(panel);
            const ImGuiID hovered = GImGui->HoveredId;
            if (hovered != last) {
                close(d - 1.0f);
                start = d;
                last = hovered;
            }
        }
        close(length);
        return found;
    }

private:
    ImGuiContext* context_ = nullptr;
    float width_;
};

Scene with_input(std::string_view preset, Shape input) {
    const Scene scene = *find_preset(preset);
    Result<Scene> edited = reshape_scene(scene, scene.params, input, tensors_spec(scene, Fill::integers, 3));
    EXPECT_TRUE(edited.ok()) << edited.error();
    return std::move(edited).value();
}

// The first row of the cells table: where each cell is.
std::vector<ImVec2> first_row(Harness& h, const std::function<void()>& draw) {
    h.frames(draw, 3);
    ImGuiWindow* cells = Harness::child("cells");
    EXPECT_NE(cells, nullptr);
    if (cells == nullptr) return {};
    const float y = cells->Pos.y + 0.5f * ImGui::GetFrameHeight();
    std::vector<ImVec2> centres;
    for (const auto& cell : h.items_along(draw, ImVec2(cells->Pos.x, y), ImVec2(cells->Pos.x + cells->Size.x - 1.0f, y))) {
        centres.push_back(cell.centre);
    }
    return centres;
}

// Where the panel's item `id` is: the mouse goes down the panel at x until ImGui says it hovers it.
std::optional<ImVec2> find_item(Harness& h, const std::function<void()>& draw, const char* id, float x) {
    const ImGuiID wanted = Harness::panel_window()->GetID(id);
    for (float y = 0.0f; y < 700.0f; y += 2.0f) {
        h.move(ImVec2(x, y));
        h.frame(draw);
        if (GImGui->HoveredId == wanted) return ImVec2(x, y);
    }
    return std::nullopt;
}

// Issue 20: a note of 20,000 characters drawn whole overflowed ImGui's 16-bit vertex indices and
// aborted the app. The note is wrapped and only what shows is drawn: the longest note allowed
// costs no more vertices than a short one's box full of text.
TEST(LessonPanel, ALongNoteCostsWhatShowsNotItsLength) {
    AppState state;
    ASSERT_TRUE(state.show(*find_preset("d2l_tconv")));
    LessonDocument doc;
    Lesson lesson = builtin_lesson(Lang::en);
    const std::string sentence = "Each output cell is a sum of products. ";
    std::string note;
    while (utf8_length(note) + sentence.size() <= text_limits.note) note += sentence;
    lesson.scenes[0].note = note;
    doc.reset(lesson, "", false);
    LessonPanel panel;
    const auto draw = [&] { panel.draw(doc, state); };
    Harness h(280.0f);
    h.frames(draw, 3);
    const auto vertices = [] {
        size_t count = 0;
        for (ImGuiWindow* window : GImGui->Windows) {
            if (window->Active) count += static_cast<size_t>(window->DrawList->VtxBuffer.Size);
        }
        return count;
    };
    const size_t longest = vertices();
    doc.lesson->scenes[0].note = note.substr(0, sentence.size() * 12);  // about a box full
    h.frames(draw, 2);
    const size_t box_full = vertices();
    EXPECT_LT(longest, box_full + 2000) << "the note's hidden lines were drawn";
    EXPECT_LT(longest, size_t{20000});
}

// The text boxes stop at the files' limits: typing past them keeps the first 200 (a title) or
// 4,000 (a note) characters, so what the box holds can be saved and opened again.
TEST(LessonPanel, TextBoxesStopAtTheFilesLimits) {
    AppState state;
    ASSERT_TRUE(state.show(*find_preset("d2l_tconv")));
    LessonDocument doc;
    Lesson lesson = builtin_lesson(Lang::en);
    std::string title;
    while (utf8_length(title) < text_limits.title - 1) title += "卷";
    lesson.scenes[0].title = title;
    lesson.scenes[0].note = std::string(text_limits.note - 2, 'n');
    doc.reset(lesson, "", false);
    LessonPanel panel;
    const auto draw = [&] { panel.draw(doc, state); };
    Harness h(280.0f);
    h.frames(draw, 3);
    const std::optional<ImVec2> title_box = find_item(h, draw, "##scene_title", 100.0f);
    ASSERT_TRUE(title_box.has_value());
    h.click(draw, *title_box);
    h.type(draw, "xyz");
    EXPECT_EQ(utf8_length(doc.lesson->scenes[0].title), text_limits.title);
    // Where the click put the cursor, "x" went in; the box was then full: "y" and "z" did not.
    EXPECT_EQ(std::count(doc.lesson->scenes[0].title.begin(), doc.lesson->scenes[0].title.end(), 'x'), 1);
    EXPECT_EQ(doc.lesson->scenes[0].title.find_first_of("yz"), std::string::npos);

    const std::optional<ImVec2> edit = find_item(h, draw, "###note", 40.0f);
    ASSERT_TRUE(edit.has_value());
    h.click(draw, *edit);
    const std::optional<ImVec2> note_box = find_item(h, draw, "##note", 100.0f);
    ASSERT_TRUE(note_box.has_value());
    h.click(draw, *note_box);
    h.type(draw, "abcd");
    EXPECT_EQ(utf8_length(doc.lesson->scenes[0].note), text_limits.note);
    EXPECT_TRUE(parse_lesson(lesson_json(*doc.lesson), "typed").ok());
}

TEST(ValuesPanel, ATypedNumberIsKeptOnTabAndOnAClickElsewhere) {
    AppState state;
    ASSERT_TRUE(state.show(with_input("padding_strides", {1, 1, 5, 5})));
    ValuesPanel values;
    const std::vector<Scene> presets;
    const auto draw = [&] { values.draw(state, presets); };
    Harness h(300.0f);
    const std::vector<ImVec2> cells = first_row(h, draw);
    ASSERT_EQ(cells.size(), 5u);

    // Type into cell (0, 1), leave with Tab: the number stays.
    h.click(draw, cells[1]);
    h.type(draw, "2.5");
    h.tab(draw);
    h.frames(draw, 2);
    EXPECT_EQ(state.scene().tensors.input.at(0, 0, 0, 1), 2.5);

    // Type into cell (0, 3), then click on empty space below the table: the number stays.
    h.click(draw, cells[3]);
    h.type(draw, "-7.25");
    h.click(draw, ImVec2(150.0f, 690.0f));
    h.frames(draw, 2);
    EXPECT_EQ(state.scene().tensors.input.at(0, 0, 0, 3), -7.25);
    EXPECT_EQ(state.scene().tensors.input.at(0, 0, 0, 1), 2.5);
    EXPECT_TRUE(state.error().empty()) << state.error();
}

TEST(ValuesPanel, WhatIsNotANumberYetChangesNothing) {
    AppState state;
    ASSERT_TRUE(state.show(with_input("padding_strides", {1, 1, 5, 5})));
    const double before = state.scene().tensors.input.at(0, 0, 0, 0);
    ValuesPanel values;
    const std::vector<Scene> presets;
    const auto draw = [&] { values.draw(state, presets); };
    Harness h(300.0f);
    const std::vector<ImVec2> cells = first_row(h, draw);
    ASSERT_FALSE(cells.empty());
    h.click(draw, cells[0]);
    h.type(draw, "-");
    h.tab(draw);
    h.frames(draw, 2);
    EXPECT_EQ(state.scene().tensors.input.at(0, 0, 0, 0), before);
    // Each keystroke counts once the text reads as a number: 1, 1e9, 1e99; 1e999 is beyond a
    // double, refused in words, and the cell keeps the last number.
    h.click(draw, cells[0]);
    h.type(draw, "1e999");
    h.tab(draw);
    EXPECT_EQ(state.scene().tensors.input.at(0, 0, 0, 0), 1e99);
    EXPECT_EQ(state.error(), "a value must be a finite number; inf is not");
}

// Everything of the Values tab inside a 280 px panel, in both languages: a 7×7 tensor's every
// column with no sideways scrolling, the fill buttons, the plane fields with room for digits.
TEST(ValuesPanel, ASevenBySevenTensorFitsANarrowPanel) {
    for (Lang lang : kLanguages) {
        SCOPED_TRACE(static_cast<int>(lang));
        AppState state;
        state.set_lang(lang);
        ASSERT_TRUE(state.show(with_input("padding_strides", {2, 3, 7, 7})));
        ValuesPanel values;
        const std::vector<Scene> presets;
        const auto draw = [&] { values.draw(state, presets); };
        Harness h(280.0f);
        const std::vector<ImVec2> cells = first_row(h, draw);
        EXPECT_EQ(cells.size(), 7u);
        ImGuiWindow* table = Harness::child("cells");
        ASSERT_NE(table, nullptr);
        EXPECT_EQ(table->ScrollMax.x, 0.0f);
        ImGuiWindow* panel = Harness::panel_window();
        ASSERT_NE(panel, nullptr);
        // Nothing runs past the panel's right edge (the content would be wider than the window).
        EXPECT_LE(panel->ContentSize.x, panel->Size.x - 2.0f * ImGui::GetStyle().WindowPadding.x + 0.5f);
        // The plane (n, c) fields, the last items above the table, down the panel's left edge:
        // each number has room for a few digits beside its − and + buttons.
        const float left = ImGui::GetStyle().WindowPadding.x + 3.0f;
        const auto down = h.items_along(draw, ImVec2(left, 0.0f), ImVec2(left, table->Pos.y - 1.0f));
        ASSERT_FALSE(down.empty());
        const float y = down.back().centre.y;
        const auto fields = h.items_along(draw, ImVec2(0.0f, y), ImVec2(279.0f, y));
        ASSERT_EQ(fields.size(), 6u);  // n, −, +, c, −, +
        EXPECT_GE(fields[0].length, ImGui::CalcTextSize("99").x + 2.0f * ImGui::GetStyle().FramePadding.x);
        EXPECT_GE(fields[3].length, ImGui::CalcTextSize("99").x + 2.0f * ImGui::GetStyle().FramePadding.x);
        EXPECT_LE(fields.back().centre.x, 280.0f - ImGui::GetStyle().WindowPadding.x);
    }
}

TEST(ShapePanel, AnInvalidEditShowsTheRuleBrokenNotTheLastShape) {
    for (Lang lang : kLanguages) {
        SCOPED_TRACE(static_cast<int>(lang));
        AppState state;
        state.set_lang(lang);
        ASSERT_TRUE(state.show(*find_preset("padding_strides")));
        ShapePanel shape;
        Harness h(300.0f);
        const auto draw = [&] { shape.draw(state); };
        const std::string valid = h.text(draw);
        EXPECT_NE(valid.find("[1, 1, 3, 3]"), std::string::npos) << valid;  // the output shape

        // An edit core refuses: the canvas keeps the last scene, the Shape panel says why.
        Scene scene = state.scene();
        std::get<Conv2dParams>(scene.params).stride = {0, 0};
        ASSERT_FALSE(state.show(scene));
        const std::string rule = *validate(scene, lang);
        ASSERT_EQ(state.error(), rule);
        const std::string invalid = h.text(draw);
        EXPECT_NE(invalid.find(rule), std::string::npos) << invalid;
        EXPECT_EQ(invalid.find("[1, 1, 3, 3]"), std::string::npos) << invalid;

        // A valid scene again: its shape again.
        ASSERT_TRUE(state.show(*find_preset("padding_strides")));
        EXPECT_NE(h.text(draw).find("[1, 1, 3, 3]"), std::string::npos);
    }
}

// The button under the op: a Conv2d becomes its ConvTranspose2d; a layer with no transpose says why.
TEST(ParamsPanel, TransposeThisLayerAndWhyNot) {
    AppState state;
    ASSERT_TRUE(state.show(*find_preset("no_padding_strides")));
    ParamsPanel params;
    const auto draw = [&] { params.draw(state); };
    Harness h(300.0f);
    const std::string drawn = h.text(draw);
    EXPECT_NE(drawn.find("Transpose this layer"), std::string::npos) << drawn;
    // Down the panel's left edge: the op, then the button.
    std::vector<ImVec2> items;
    for (const auto& item : h.items_along(draw, ImVec2(20.0f, 0.0f), ImVec2(20.0f, 120.0f))) items.push_back(item.centre);
    ASSERT_GE(items.size(), 2u);
    h.click(draw, items[1]);
    ASSERT_TRUE(std::holds_alternative<ConvTranspose2dParams>(state.scene().params));
    EXPECT_EQ(state.scene().title, "ConvTranspose2d that undoes your Conv2d: 2×2 → 5×5");
    EXPECT_EQ(state.scene().tensors.input.shape(), (Shape{1, 1, 2, 2}));
    // And back.
    h.frames(draw, 2);
    h.click(draw, items[1]);
    ASSERT_TRUE(std::holds_alternative<Conv2dParams>(state.scene().params));
    EXPECT_EQ(state.scene().tensors.input.shape(), (Shape{1, 1, 5, 5}));

    Scene reflect = *find_preset("padding_strides");
    std::get<Conv2dParams>(reflect.params).padding_mode = PaddingMode::reflect;
    ASSERT_TRUE(state.show(reflect));
    const std::string why = h.text(draw);
    EXPECT_NE(why.find("ConvTranspose2d pads with zeros only"), std::string::npos) << why;
    h.click(draw, items[1]);  // disabled: nothing happens
    EXPECT_TRUE(std::holds_alternative<Conv2dParams>(state.scene().params));
}

}  // namespace
}  // namespace convviz
