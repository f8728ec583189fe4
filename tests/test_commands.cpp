// The command layer driven in-process, with an ImGui 1.86 context and no window: the app's
// commands on a Workspace with a stand-in Host, the keyboard as the commands see it, undo and redo
// by key and menu words, the op switch through the Parameters panel undone, and the
// unsaved-changes prompt's chain. Milliseconds each.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>
#include <string>

#include "app/gui/actions.hpp"
#include "app/gui/app_commands.hpp"
#include "app/gui/menu_bar.hpp"
#include "app/gui/panel_widgets.hpp"
#include "app/gui/torch_paste.hpp"
#include "app/gui/workspace.hpp"
#include "core/i18n/strings.hpp"
#include "core/scene_link.hpp"

namespace convviz {
namespace {

// What the commands ask of the platform, recorded.
class FakeHost final : public Host {
public:
    void show_theme(ThemeKind theme) override { shown = theme; }
    void set_fullscreen(bool on) override { fullscreen = on; }
    float font_scale() const override { return scale; }
    void set_font_scale(float s) override { scale = s; }
    void request_close() override { close_requested = true; }
    void cancel_close() override { close_requested = false; }
    std::optional<std::string> use_lang(Lang) override { return std::nullopt; }
    std::vector<std::string> take_dropped() override { return {}; }

    ThemeKind shown = ThemeKind::light;
    bool fullscreen = false;
    float scale = 1.0f;
    bool close_requested = false;
};

class Commands_ : public ::testing::Test {
protected:
    Commands_() {
        context_ = ImGui::CreateContext();
        ImGui::GetIO().DisplaySize = ImVec2(1280.0f, 720.0f);
        ImGui::GetIO().IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        add_app_commands(ws, host);
        show_scene(ws, *find_preset(kDefaultPreset));
        ws.history.reset(ws.state, ws.doc);
    }
    ~Commands_() override { ImGui::DestroyContext(context_); }

    // One frame's end, as App::frame() has it: history watches the scene.
    void settle(bool gesture = false) { ws.history.watch(ws.state, ws.doc, gesture); }
    void set_stride(int64_t stride) {
        Scene scene = ws.state.scene();
        std::get<ConvTranspose2dParams>(scene.params).stride = {stride, stride};
        ASSERT_TRUE(ws.state.show(std::move(scene), true));
        settle();
    }
    // Keys as the window would report them this frame.
    std::vector<std::string> press(int key, bool ctrl = false, bool shift = false, bool text_field = false) {
        KeyPress keys;
        keys.pressed = [key](int k, bool) { return k == key; };
        keys.ctrl = ctrl;
        keys.shift = shift;
        keys.text_field = text_field;
        keys.widget = text_field;
        keys.presenting = ws.present.on;
        return ws.commands.run_shortcuts(keys);
    }
    // One ImGui frame drawing `ui`, with the mouse at `mouse` and its button as `down`.
    static void ui_frame(ImVec2 mouse, bool down, const std::function<void()>& ui) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = mouse;
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        ui();
        ImGui::Render();
    }
    void menu_frame(ImVec2 mouse, bool down) {
        ui_frame(mouse, down, [this] { draw_menu_bar(ws); });
    }
    // The menu bar's titles, left to right: where the mouse finds each.
    std::vector<ImVec2> menu_titles() {
        std::vector<ImVec2> titles;
        ImGuiID last = 0;
        for (float x = 1.0f; x < 400.0f; x += 2.0f) {
            menu_frame(ImVec2(x, 8.0f), false);
            const ImGuiID hovered = GImGui->HoveredId;
            if (hovered != 0 && hovered != last) titles.push_back(ImVec2(x + 6.0f, 8.0f));
            last = hovered;
        }
        return titles;
    }
    // One frame of the Parameters panel in a window as the app's left panel holds it; a view it
    // asks for is shown through its command, and history watches, as App::frame() does.
    void params_frame(ImVec2 mouse, bool down) {
        std::optional<ViewKind> view;
        ui_frame(mouse, down, [&] {
            ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
            ImGui::SetNextWindowSize(ImVec2(300.0f, 700.0f));
            ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
            view = ws.params.draw(ws.state);
            ImGui::End();
        });
        if (view) ws.commands.run(view_command(*view));
        settle(ImGui::IsAnyItemActive());
    }
    // Where the mouse, going down the window `in` at x, first finds the widget whose id is `id`'s.
    std::optional<ImVec2> find(const ImGuiWindow* in, const char* id, float x) {
        const ImGuiID want = ImHashStr(id, 0, in->IDStack.back());
        for (float y = in->Pos.y + 2.0f; y < in->Pos.y + in->Size.y; y += 2.0f) {
            params_frame(ImVec2(in->Pos.x + x, y), false);
            if (GImGui->HoveredId == want) return ImVec2(in->Pos.x + x, y + 2.0f);
        }
        return std::nullopt;
    }
    void click(ImVec2 at) {
        params_frame(at, false);
        params_frame(at, true);
        params_frame(at, false);
    }
    int64_t stride() const { return std::get<ConvTranspose2dParams>(ws.state.scene().params).stride.h; }

    ImGuiContext* context_ = nullptr;
    Workspace ws;
    FakeHost host;
};

TEST_F(Commands_, EveryCommandHasAUniqueIdAndWordsInBothLanguages) {
    std::set<std::string> ids;
    for (const Command& c : ws.commands.all()) {
        EXPECT_TRUE(ids.insert(c.id).second) << c.id;
        EXPECT_TRUE(c.run) << c.id;
        for (Lang lang : kLanguages) {
            const std::string name = ws.commands.name(c.id, lang);
            EXPECT_FALSE(name.empty()) << c.id;
            if (!c.words.empty()) {
                EXPECT_NE(name, c.words) << c.id << " has no words in " << code(lang);
            }
        }
    }
    EXPECT_GT(ids.size(), ws.presets.size() + 40);
    EXPECT_EQ(ws.commands.shortcut_text("file.save_as"), "Ctrl+Shift+S");
    EXPECT_EQ(ws.commands.shortcut_text("edit.redo"), "Ctrl+Shift+Z");
}

TEST_F(Commands_, NoTwoCommandsShareAKeyWhereBothApply) {
    std::set<std::string> seen;
    for (const Command& c : ws.commands.all()) {
        for (const Shortcut& s : c.shortcuts) {
            // Anywhere-keys take Ctrl and the canvas' keys none: one key, one command, per scope.
            const int scope = c.scope == KeyScope::presenting ? 1 : 0;
            const std::string key = cat(scope, ":", s.key, ":", s.ctrl, ":", s.shift, ":", static_cast<int>(s.character));
            EXPECT_TRUE(seen.insert(key).second) << c.id << " shares " << key;
        }
    }
}

TEST_F(Commands_, CtrlZUndoesAndCtrlShiftZAndCtrlYRedoWithTheStepsName) {
    EXPECT_FALSE(ws.commands.enabled("edit.undo"));
    set_stride(3);
    set_stride(4);
    EXPECT_EQ(tr(Lang::en, "menu.undo", ws.history.undo_name(Lang::en)), "Undo stride 3 → 4");
    EXPECT_EQ(press(GLFW_KEY_Z, true), std::vector<std::string>{"edit.undo"});
    settle();
    EXPECT_EQ(stride(), 3);
    EXPECT_EQ(ws.status, "Undid stride 3 → 4");
    press(GLFW_KEY_Z, true);
    settle();
    EXPECT_EQ(stride(), 2);
    EXPECT_FALSE(ws.commands.enabled("edit.undo"));
    EXPECT_EQ(press(GLFW_KEY_Z, true, true), std::vector<std::string>{"edit.redo"});
    settle();
    EXPECT_EQ(stride(), 3);
    EXPECT_EQ(press(GLFW_KEY_Y, true), std::vector<std::string>{"edit.redo"});
    settle();
    EXPECT_EQ(stride(), 4);
    EXPECT_TRUE(press(GLFW_KEY_Y, true).empty());  // nothing left to redo
}

TEST_F(Commands_, TheEditMenuNamesTheStepsItUndoesAndRedoes) {
    set_stride(3);
    set_stride(4);
    ws.commands.run("edit.undo");
    settle();
    const std::vector<ImVec2> titles = menu_titles();
    ASSERT_GE(titles.size(), 5u);  // File, Edit, Presets, Lesson, View
    menu_frame(titles[1], true);
    menu_frame(titles[1], false);
    ASSERT_EQ(GImGui->OpenPopupStack.Size, 1);
    // The open menu's items, as the mouse finds them going down it: each one's id is its label's.
    const ImGuiWindow* menu = GImGui->OpenPopupStack[0].Window;
    ASSERT_NE(menu, nullptr);
    std::set<ImGuiID> items;
    for (float y = menu->Pos.y + 2.0f; y < menu->Pos.y + menu->Size.y; y += 2.0f) {
        menu_frame(ImVec2(menu->Pos.x + 20.0f, y), false);
        items.insert(GImGui->HoveredId);
    }
    const auto item = [&](const char* label) { return ImHashStr(label, 0, menu->IDStack.back()); };
    EXPECT_TRUE(items.count(item("Undo stride 2 → 3")));
    EXPECT_TRUE(items.count(item("Redo stride 3 → 4")));
    EXPECT_FALSE(items.count(item("Undo")));
}

// The Parameters panel driven by the mouse: the op switched in its list keeps the parameters the
// new op has (kernel 3, stride 2, padding 1), and the switch is one step undone by Ctrl+Z; a view
// chosen in its list is shown through the view's command, a step named as such.
TEST_F(Commands_, SwitchingOpInTheParametersPanelKeepsParametersAndIsUndone) {
    params_frame(ImVec2(-1.0f, -1.0f), false);
    const ImGuiWindow* panel = ImGui::FindWindowByName("panel");
    ASSERT_NE(panel, nullptr);
    const std::optional<ImVec2> combo = find(panel, "###op", 100.0f);
    ASSERT_TRUE(combo);
    click(*combo);
    ASSERT_EQ(GImGui->OpenPopupStack.Size, 1);
    const ImGuiWindow* list = GImGui->OpenPopupStack[0].Window;
    const std::optional<ImVec2> pool = find(list, "###max_pool2d", 40.0f);
    ASSERT_TRUE(pool);
    click(*pool);
    const auto* pooled = std::get_if<MaxPool2dParams>(&ws.state.scene().params);
    ASSERT_NE(pooled, nullptr) << op_name(ws.state.scene().params);
    EXPECT_EQ(pooled->kernel_size.h, 3);
    ASSERT_TRUE(pooled->stride);
    EXPECT_EQ(pooled->stride->h, 2);
    EXPECT_EQ(pooled->padding.h, 1);
    EXPECT_EQ(ws.history.undo_name(Lang::en), "op conv_transpose2d → max_pool2d");
    EXPECT_EQ(press(GLFW_KEY_Z, true), std::vector<std::string>{"edit.undo"});
    settle();
    EXPECT_TRUE(same_scene(ws.state.scene(), *find_preset(kDefaultPreset)));
    // The view list asks for the view's command.
    const std::optional<ImVec2> views = find(panel, "###view", 60.0f);
    ASSERT_TRUE(views);
    click(*views);
    ASSERT_EQ(GImGui->OpenPopupStack.Size, 1);
    const std::optional<ImVec2> scatter = find(GImGui->OpenPopupStack[0].Window, "###scatter", 40.0f);
    ASSERT_TRUE(scatter);
    click(*scatter);
    EXPECT_EQ(ws.state.scene().view.kind, ViewKind::scatter);
    EXPECT_EQ(ws.history.undo_name(Lang::en), "view gather → scatter");
}

TEST_F(Commands_, ViewsPresetsAndThemesAreCommandsAndUndoable) {
    ASSERT_TRUE(ws.commands.run(view_command(ViewKind::scatter)));
    settle();
    EXPECT_EQ(ws.state.scene().view.kind, ViewKind::scatter);
    EXPECT_FALSE(ws.commands.enabled(view_command(ViewKind::pool)));  // not a view of this op
    ASSERT_TRUE(ws.commands.run(preset_command(*find_preset("d2l_tconv"))));
    ASSERT_TRUE(ws.prompt.after);  // the view changed the scene: asked first
    std::exchange(ws.prompt.after, nullptr)();
    settle();
    EXPECT_EQ(ws.state.scene().id, "d2l_tconv");
    EXPECT_EQ(ws.history.undo_name(Lang::en).rfind("preset", 0), 0u);
    ws.commands.run("edit.undo");
    settle();
    EXPECT_EQ(ws.state.scene().id, kDefaultPreset);
    EXPECT_EQ(ws.history.undo_name(Lang::en), "view gather → scatter");
    ws.commands.run(theme_command(ThemeKind::dark));
    EXPECT_EQ(shown_theme(ws), ThemeKind::dark);
    EXPECT_TRUE(ws.commands.checked(theme_command(ThemeKind::dark)));
}

TEST_F(Commands_, KeysApplyOnlyWhereTheyMeanSomething) {
    ws.state.playback().playing = false;
    const double t = ws.state.playback().t;
    EXPECT_TRUE(press(GLFW_KEY_SPACE, false, false, /*text_field=*/true).empty());  // typing a space
    EXPECT_FALSE(ws.state.playback().playing);
    EXPECT_TRUE(press(GLFW_KEY_F5, false, false, true).empty());
    EXPECT_EQ(press(GLFW_KEY_RIGHT), std::vector<std::string>{"step.next"});
    EXPECT_GT(ws.state.playback().t, t);
    EXPECT_EQ(press(GLFW_KEY_F5), std::vector<std::string>{"present.start"});
    EXPECT_TRUE(ws.present.on);
    EXPECT_TRUE(host.fullscreen);
    // Presenting, the arrows are the clicker's and Esc leaves.
    EXPECT_EQ(press(GLFW_KEY_RIGHT), std::vector<std::string>{"present.next"});
    EXPECT_EQ(press(GLFW_KEY_ESCAPE), std::vector<std::string>{"present.leave"});
    EXPECT_FALSE(ws.present.on);
    EXPECT_FALSE(host.fullscreen);
    EXPECT_EQ(press(GLFW_KEY_EQUAL, true), std::vector<std::string>{"view.larger"});
    EXPECT_FLOAT_EQ(host.scale, 1.0f + kFontScaleStep);
}

TEST_F(Commands_, TheUnsavedChangesPromptWaitsThenDiscardRunsTheAction) {
    set_stride(3);
    ASSERT_TRUE(ws.doc.dirty(ws.state));
    ws.commands.run(preset_command(*find_preset("d2l_tconv")));
    EXPECT_TRUE(ws.prompt.due);  // asked first: nothing changed yet
    EXPECT_EQ(stride(), 3);
    ASSERT_TRUE(ws.prompt.after);
    std::exchange(ws.prompt.after, nullptr)();  // Discard
    settle();
    EXPECT_EQ(ws.state.scene().id, "d2l_tconv");
    // The discarded edit is one undo away, unsaved as it was.
    ws.commands.run("edit.undo");
    settle();
    EXPECT_EQ(stride(), 3);
    EXPECT_TRUE(ws.doc.dirty(ws.state));
}

TEST_F(Commands_, QuittingWithUnsavedChangesAsksAndThenCloses) {
    set_stride(3);
    EXPECT_FALSE(close_confirmed(ws, host));
    ASSERT_TRUE(ws.prompt.after);
    std::exchange(ws.prompt.after, nullptr)();  // Discard: the app may close now
    EXPECT_TRUE(host.close_requested);
    EXPECT_TRUE(close_confirmed(ws, host));
}

TEST_F(Commands_, APastedPyTorchLineIsOneUndoableStepAndABadOneChangesNothing) {
    ASSERT_TRUE(ws.commands.run("edit.paste_torch"));
    EXPECT_TRUE(ws.paste.due);  // the text box opens on the next frame
    EXPECT_TRUE(paste_torch_line(ws, "x = torch.randn(4, 64, 16, 16)\nnn.ConvTranspose2d(64, 32, kernel_size=2, stride=2)"));
    settle();
    const Scene& pasted = ws.state.scene();
    EXPECT_EQ(to_string(pasted.tensors.input.shape()), "[4, 64, 16, 16]");
    EXPECT_EQ(to_string(pasted.tensors.weight->shape()), "[64, 32, 2, 2]");
    EXPECT_EQ(stride(), 2);
    EXPECT_NE(ws.status.find("[4, 32, 32, 32]"), std::string::npos) << ws.status;
    EXPECT_TRUE(ws.doc.dirty(ws.state));  // an edit of the document on screen
    const uint64_t before_bad = scene_fingerprint(ws.state.scene());
    EXPECT_FALSE(paste_torch_line(ws, "nn.Conv2d(1, 2, 3, strde=2)"));
    settle();
    EXPECT_NE(ws.paste.error.find("strde"), std::string::npos) << ws.paste.error;
    EXPECT_EQ(scene_fingerprint(ws.state.scene()), before_bad);
    EXPECT_EQ(ws.history.steps(), 1u);
    ws.commands.run("edit.undo");
    settle();
    EXPECT_TRUE(same_scene(ws.state.scene(), *find_preset(kDefaultPreset)));
    EXPECT_FALSE(ws.doc.dirty(ws.state));
}

TEST_F(Commands_, OpeningAFileStartsANewHistory) {
    set_stride(3);
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "convviz_commands_open.json";
    ASSERT_FALSE(save_scene(*find_preset("d2l_tconv"), file.string()));
    ws.doc.reset(ws.state.scene());  // nothing unsaved: no prompt
    open_path(ws, file.string());
    settle();
    EXPECT_EQ(ws.state.scene().id, "d2l_tconv");
    EXPECT_FALSE(ws.commands.enabled("edit.undo"));
    std::filesystem::remove(file);
}

// File → Copy link puts the site, '#' and the scene's link, with the moment on screen when paused,
// on ImGui's clipboard (the system's, through the window's backend); File → Open link reads it back
// as a new document, paused at that moment.
TEST_F(Commands_, CopyLinkPutsTheSceneOnTheClipboardAndOpenLinkReadsItBack) {
    set_stride(3);
    ws.state.playback().t = 4.25;
    ws.state.playback().playing = true;
    ws.commands.run("file.copy_link");
    EXPECT_EQ(std::string(ImGui::GetClipboardText()), "#" + scene_link(ws.state.scene())) << "playing: no moment";
    ws.state.playback().playing = false;
    ws.site_url = "https://example.org/convviz/";
    ASSERT_TRUE(ws.commands.enabled("file.copy_link"));
    ws.commands.run("file.copy_link");
    const std::string copied = ImGui::GetClipboardText();
    EXPECT_EQ(copied, "https://example.org/convviz/#" + scene_link(ws.state.scene(), 4.25));
    EXPECT_EQ(copied.rfind("https://example.org/convviz/#v1/conv_transpose2d/id=padding_strides_transposed/in=1,1,3,3/k=3/s=3/p=1/"
                           "view=gather/",
                           0),
              0u)
        << copied;
    EXPECT_NE(ws.status.find("Copied a link"), std::string::npos) << ws.status;
    const Scene linked = ws.state.scene();

    ws.site_url.clear();
    ws.commands.run("file.copy_link");
    EXPECT_EQ(std::string(ImGui::GetClipboardText()), "#" + scene_link(linked, 4.25));

    ws.doc.reset(ws.state.scene());  // nothing unsaved: no prompt
    ws.commands.run(preset_command(*find_preset("d2l_tconv")));
    settle();
    ASSERT_EQ(ws.state.scene().id, "d2l_tconv");
    ws.commands.run("file.open_link");
    settle();
    EXPECT_TRUE(same_scene(ws.state.scene(), linked));
    EXPECT_EQ(ws.state.playback().t, 4.25);
    EXPECT_FALSE(ws.state.playback().playing);
    EXPECT_FALSE(ws.commands.enabled("edit.undo")) << "a link is a new document";
    EXPECT_FALSE(ws.doc.dirty(ws.state));
    EXPECT_TRUE(ws.doc.path.empty());
    EXPECT_TRUE(ws.message.empty()) << ws.message;
}

TEST_F(Commands_, ADamagedLinkChangesNothingAndSaysWhy) {
    const Scene before = ws.state.scene();
    ImGui::SetClipboardText("#v1/conv2d/in=1,1,5,5/k=3/s=0");
    ws.commands.run("file.open_link");
    settle();
    EXPECT_TRUE(same_scene(ws.state.scene(), before));
    EXPECT_NE(ws.message.find("stride must be at least 1"), std::string::npos) << ws.message;
    ws.message.clear();
    EXPECT_FALSE(open_link(ws, "https://example.org/convviz/#v9/conv2d"));
    EXPECT_NE(ws.message.find("version 9"), std::string::npos) << ws.message;
    // A link opened over unsaved changes waits for the prompt, like a file.
    set_stride(3);
    EXPECT_TRUE(open_link(ws, "v1/conv2d/in=1,1,5,5/k=3"));
    EXPECT_TRUE(ws.prompt.due);
    EXPECT_FALSE(std::holds_alternative<Conv2dParams>(ws.state.scene().params));
}

}  // namespace
}  // namespace convviz
