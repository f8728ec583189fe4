// The panels' words in both languages, without ImGui: the presets' titles and scene_title(), the
// hover tips' table against the tables and against the panels' sources, the names shown for core's
// identifiers, and the panels' sentences (app/model/panel_text.hpp) over every preset and view —
// in Chinese with Chinese words in them and no key or place left, in English as they were.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "app/model/panel_text.hpp"
#include "app/gui/param_tips.hpp"
#include "core/op_params.hpp"
#include "core/arith.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "core/timeline.hpp"

namespace convviz {
namespace {

// [SECTION] Helpers

bool has_key(Lang lang, std::string_view key) {
    for (const StringEntry& entry : string_table(lang)) {
        if (entry.key == key) return true;
    }
    return false;
}

// A character of the CJK blocks (U+4E00–U+9FFF, the ideographs) in UTF-8: E4..E9 lead bytes.
bool has_cjk(std::string_view text) {
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xE4 && lead <= 0xE9) return true;
    }
    return false;
}

// Text shown to a user: no key of either table in it, no place left unfilled.
void expect_finished(const std::string& text, const std::string& what) {
    static const std::regex place(R"(\{[0-9]\})");
    EXPECT_FALSE(std::regex_search(text, place)) << what << ": " << text;
    for (const StringEntry& entry : string_table(Lang::en)) {
        if (entry.key.find('.') == std::string_view::npos) continue;  // "lang.name" has a dot; all do
        EXPECT_EQ(text.find(entry.key), std::string::npos) << what << " contains the key " << entry.key << ": " << text;
    }
}

void expect_chinese(const std::string& text, const std::string& what) {
    expect_finished(text, what);
    EXPECT_TRUE(has_cjk(text)) << what << " has no Chinese: " << text;
}

std::string source(const std::string& relative) {
    std::ifstream in(std::filesystem::path(CONVVIZ_SOURCE_DIR) / relative);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

constexpr const char* kPanelSources[] = {
    "app/gui/params_panel.cpp", "app/gui/values_panel.cpp",   "app/gui/playback_panel.cpp",
    "app/gui/arithmetic_panel.cpp", "app/gui/shape_panel.cpp", "app/gui/code_panel.cpp",
    "app/gui/canvas_panel.cpp", "app/gui/export_panel.cpp",   "app/model/panel_text.cpp",
};

// [SECTION] Presets

TEST(PanelStrings, EveryPresetHasItsTitleInBothTables) {
    const std::vector<Scene> presets = builtin_presets();
    ASSERT_GT(presets.size(), 30u);
    for (const Scene& preset : presets) {
        const std::string key = "preset." + preset.id + ".title";
        ASSERT_TRUE(has_key(Lang::en, key)) << key;
        ASSERT_TRUE(has_key(Lang::zh, key)) << key;
        // The English entry is the preset's own title, so English stays exactly as it was.
        EXPECT_EQ(text(Lang::en, key), preset.title) << key;
        expect_chinese(std::string(text(Lang::zh, key)), key);
        EXPECT_EQ(scene_title(preset, Lang::en), preset.title);
        EXPECT_EQ(scene_title(preset, Lang::zh), text(Lang::zh, key));
    }
}

TEST(PanelStrings, SceneTitleTranslatesOnlyAnUnchangedPresetsTitle) {
    const Scene preset = *find_preset("padding_strides_transposed");
    const std::string zh(text(Lang::zh, "preset.padding_strides_transposed.title"));
    EXPECT_EQ(scene_title(preset, Lang::zh), zh);
    EXPECT_EQ(scene_title(preset, Lang::en), preset.title);

    // Saved and opened again: still the preset, still translated.
    const Result<Scene> reloaded = parse_scene(scene_json(preset), "test");
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(scene_title(reloaded.value(), Lang::zh), zh);

    // Edited (the panels clear the id and retitle it): the scene's own title.
    Scene edited = preset;
    edited.id.clear();
    edited.title = edited_title(Lang::zh, "conv_transpose2d", preset.id);
    EXPECT_EQ(scene_title(edited, Lang::zh), edited.title);
    EXPECT_EQ(scene_title(edited, Lang::en), edited.title);

    // Retitled by hand, the id kept: the user's title in either language.
    Scene retitled = preset;
    retitled.title = "My favourite";
    EXPECT_EQ(scene_title(retitled, Lang::zh), "My favourite");

    // An id no preset has (a scene file from elsewhere): its own title.
    Scene stranger = preset;
    stranger.id = "not_a_preset";
    EXPECT_EQ(scene_title(stranger, Lang::zh), preset.title);

    // The user's own scene with a preset's title but no id: not a preset.
    Scene own = preset;
    own.id.clear();
    EXPECT_EQ(scene_title(own, Lang::zh), preset.title);
}

TEST(PanelStrings, PresetMenuLabels) {
    for (const Scene& preset : builtin_presets()) {
        EXPECT_EQ(preset_menu_label(Lang::en, preset), preset.id + "  —  " + preset.title);
        const std::string zh = preset_menu_label(Lang::zh, preset);
        expect_chinese(zh, preset.id);
        EXPECT_EQ(zh.rfind(preset.id + "  —  ", 0), 0u) << zh;
    }
}

// [SECTION] Tips

TEST(PanelStrings, EveryTipIsInBothTables) {
    std::set<std::string_view> seen;
    for (const ParamTip& tip : kParamTips) {
        EXPECT_TRUE(seen.insert(tip.key).second) << "listed twice: " << tip.key;
        EXPECT_EQ(tip.key, "tip." + std::string(tip.context) + "." + std::string(tip.control));
        EXPECT_EQ(param_tip_key(tip.context, tip.control), tip.key);
        ASSERT_TRUE(has_key(Lang::en, tip.key)) << tip.key;
        ASSERT_TRUE(has_key(Lang::zh, tip.key)) << tip.key;
        expect_finished(std::string(text(Lang::en, tip.key)), std::string(tip.key));
        expect_chinese(std::string(text(Lang::zh, tip.key)), std::string(tip.key));
    }
    // And the tables hold no tip that no control shows.
    for (const StringEntry& entry : string_table(Lang::en)) {
        if (entry.key.rfind("tip.", 0) == 0) {
            EXPECT_TRUE(seen.count(entry.key)) << "no control shows " << entry.key;
        }
    }
    EXPECT_EQ(param_tip_key("conv2d", "no_such_parameter"), "");
}

// Every param_tip(lang, "context", "control") in the panels names a tip the table has; the few
// whose context or control is computed (the layer's fields and its Transpose button, one per Fill)
// are checked by value.
TEST(PanelStrings, EveryTipThePanelsAskForExists) {
    const std::regex use(R"re(param_tip\(\s*[A-Za-z_]+,\s*([^)]*)\);)re");
    const std::regex literal(R"re("([a-z0-9_]+)",\s*"([a-z0-9_]+)")re");
    const std::set<std::string> computed = {R"(context, "out_channels")", R"(context, "kernel_size")",
                                            R"(context, "bias")", R"(context, "transpose")",
                                            R"("values", name(fill))"};
    std::set<std::string_view> asked;
    for (const char* file : kPanelSources) {
        const std::string text = source(file);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), use); it != std::sregex_iterator(); ++it) {
            const std::string args = (*it)[1].str();
            std::smatch names;
            if (std::regex_match(args, names, literal)) {
                const std::string_view key = param_tip_key(names[1].str(), names[2].str());
                EXPECT_NE(key, "") << file << " asks for a tip the table lacks: " << args;
                asked.insert(key);
            } else {
                EXPECT_TRUE(computed.count(args)) << file << " asks for a tip this test cannot check: " << args;
            }
        }
    }
    for (const char* context : {"conv2d", "conv_transpose2d"}) {
        for (const char* control : {"out_channels", "kernel_size", "bias", "transpose"}) {
            EXPECT_NE(param_tip_key(context, control), "") << context << " / " << control;
            asked.insert(param_tip_key(context, control));
        }
    }
    for (Fill fill : {Fill::integers, Fill::normals, Fill::ones, Fill::arange}) {
        EXPECT_NE(param_tip_key("values", name(fill)), "") << name(fill);
        asked.insert(param_tip_key("values", name(fill)));
    }
    // The op's own parameters are drawn from their description, each with its words key as tip:
    // each is the table's (op, parameter) tip.
    for (const OpSchema& schema : op_schemas()) {
        for (const ParamSpec& spec : schema.params) {
            EXPECT_EQ(param_tip_key(schema.op, spec.name), spec.words) << schema.op << " / " << spec.name;
            asked.insert(param_tip_key(schema.op, spec.name));
        }
    }
    // And every tip of the table is shown by some control.
    for (const ParamTip& tip : kParamTips) EXPECT_TRUE(asked.count(tip.key)) << "no control shows " << tip.key;
}

// [SECTION] Names of core's identifiers

TEST(PanelStrings, IdentifiersKeepTheirNameInEnglishAndGainAMeaningInChinese) {
    const auto check = [](const std::string& en, const std::string& zh, const std::string& core_name) {
        EXPECT_EQ(en, core_name);
        expect_chinese(zh, core_name);
    };
    for (const char* op : {"conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "max_unpool2d", "upsample",
                           "pixel_shuffle", "pixel_unshuffle"}) {
        check(op_label(Lang::en, op), op_label(Lang::zh, op), op);
    }
    EXPECT_EQ(op_label(Lang::zh, "conv2d_matrix"), "conv2d_matrix");  // no entry: the name itself
    for (ViewKind view : {ViewKind::conv, ViewKind::scatter, ViewKind::gather, ViewKind::crop, ViewKind::matrix,
                          ViewKind::pool, ViewKind::unpool, ViewKind::upsample, ViewKind::shuffle, ViewKind::compare}) {
        check(view_label(Lang::en, view), view_label(Lang::zh, view), name(view));
    }
    for (Phase phase : {Phase::steps, Phase::spread, Phase::pad, Phase::flip, Phase::slide, Phase::full, Phase::crop,
                        Phase::give_back, Phase::rows, Phase::transpose, Phase::columns, Phase::pool, Phase::unpool,
                        Phase::sampling}) {
        check(phase_label(Lang::en, phase), phase_label(Lang::zh, phase), name(phase));
    }
    for (Fill fill : {Fill::integers, Fill::normals, Fill::ones, Fill::arange}) {
        check(fill_label(Lang::en, fill), fill_label(Lang::zh, fill), name(fill));
    }
    for (PaddingMode mode : {PaddingMode::zeros, PaddingMode::reflect, PaddingMode::replicate, PaddingMode::circular}) {
        check(padding_mode_label(Lang::en, mode), padding_mode_label(Lang::zh, mode), name(mode));
    }
    for (UpsampleMode mode : {UpsampleMode::nearest, UpsampleMode::nearest_exact, UpsampleMode::bilinear,
                              UpsampleMode::bicubic}) {
        check(upsample_mode_label(Lang::en, mode), upsample_mode_label(Lang::zh, mode), name(mode));
    }
    for (CompareKernel kernel : {CompareKernel::bilinear, CompareKernel::ones}) {
        check(compare_kernel_label(Lang::en, kernel), compare_kernel_label(Lang::zh, kernel), name(kernel));
    }
    const char* tensors[] = {"input", "weight", "bias"};
    for (int i = 0; i < 3; ++i) check(tensor_label(Lang::en, i), tensor_label(Lang::zh, i), tensors[i]);
}

// Every panel. key has Chinese words, apart from those that are formulas or symbols only.
TEST(PanelStrings, EveryPanelEntryIsChinese) {
    int count = 0;
    for (const StringEntry& entry : string_table(Lang::zh)) {
        if (entry.key.rfind("panel.", 0) != 0) continue;
        ++count;
        if (entry.key == "panel.params.unset") continue;  // "{0}：{1}"
        EXPECT_TRUE(has_cjk(entry.text)) << entry.key << ": " << entry.text;
    }
    EXPECT_GT(count, 100);
}

// [SECTION] The panels' sentences over every preset and view

// The playback slider's and the arithmetic panel's lines as the panels printed them before they
// had a language.
std::string old_slider_label(const Timeline& line, double t) {
    const double duration = line.duration();
    const double shown = std::min(t, duration - 1e-6);
    const TimePoint at = line.at(shown);
    const int64_t step = t >= duration - 1e-9 ? line.total_steps() : line.global_step(shown) + 1;
    char label[96];
    std::snprintf(label, sizeof label, "%s%sstep %lld of %lld   %.1f / %.1f s",
                  at.phase == Phase::steps ? "" : name(at.phase), at.phase == Phase::steps ? "" : ": ",
                  static_cast<long long>(std::min(step, line.total_steps())), static_cast<long long>(line.total_steps()),
                  t, duration);
    return label;
}

// The Arithmetic panel's line counts steps as the slider does, over all phases (issue 19: it
// once said "step 1 of 1" of the phase where the slider said "step 1 of 28").
std::string old_phase_line(const Timeline& line, double t) {
    const double duration = line.duration();
    const TimePoint at = line.at(std::min(t, duration - 1e-6));
    const int64_t step = t >= duration - 1e-9 ? line.total_steps() : line.global_step(std::min(t, duration - 1e-6)) + 1;
    char text[128];
    std::snprintf(text, sizeof text, "phase %s, step %lld of %lld", name(at.phase),
                  static_cast<long long>(std::min(step, line.total_steps())), static_cast<long long>(line.total_steps()));
    return text;
}

// The time slider's format prints its label, and has the time's place as its one conversion: what
// Ctrl+click edits. Found by the monkey test (seed 7): without a conversion, ImGui 1.86 edited the
// words cut to 31 bytes, in Chinese mid-character, read past the cut and asserted on Enter.
void expect_slider_format(Lang lang, const Timeline& line, double t, const std::string& where) {
    const std::string format = time_slider_format(lang, line, t);
    size_t conversions = 0;
    for (size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%') continue;
        if (format[i + 1] == '%') {
            ++i;
        } else {
            EXPECT_EQ(format.compare(i, 4, "%.1f"), 0) << where << ": " << format;
            ++conversions;
        }
    }
    EXPECT_EQ(conversions, 1u) << where << ": " << format;
    char printed[256];
    std::snprintf(printed, sizeof printed, format.c_str(), t);
    EXPECT_EQ(printed, time_slider_label(lang, line, t)) << where;
}

TEST(PanelStrings, PlaybackAndArithmeticLinesForEveryPresetAndView) {
    int checked = 0;
    for (Scene scene : builtin_presets()) {
        for (ViewKind view : views_for(scene.params)) {
            scene.view.kind = view;
            Result<std::vector<PhaseSpan>> phases = phases_for(scene);
            ASSERT_TRUE(phases.ok()) << scene.id << " " << name(view);
            const Timeline line(phases.value(), TimelineParams{});
            const double d = line.duration();
            for (double t : {0.0, 0.3, d * 0.25, d * 0.5, d * 0.9, d - 1e-3, d, d + 1.0}) {
                const std::string where = scene.id + " " + name(view) + " t=" + std::to_string(t);
                EXPECT_EQ(time_slider_label(Lang::en, line, t), old_slider_label(line, t)) << where;
                EXPECT_EQ(phase_step_line(Lang::en, line, t), old_phase_line(line, t)) << where;
                expect_chinese(time_slider_label(Lang::zh, line, t), where);
                for (Lang lang : kLanguages) expect_slider_format(lang, line, t, where);
                expect_chinese(phase_step_line(Lang::zh, line, t), where);
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 300);
}

// The Shape panel's lines: core's derivation (English until core speaks Chinese) with the
// panel's own lines around it.
TEST(PanelStrings, ShapeLinesForEveryPreset) {
    for (const Scene& scene : builtin_presets()) {
        std::vector<std::string> en_inverse, zh_inverse;
        const std::vector<std::string> en = shape_derivation(scene, Lang::en, en_inverse);
        const std::vector<std::string> zh = shape_derivation(scene, Lang::zh, zh_inverse);
        ASSERT_EQ(en.size(), zh.size()) << scene.id;
        ASSERT_EQ(en_inverse.size(), zh_inverse.size()) << scene.id;
        // English as before: core's derivation, then "output shape [...]".
        const Result<OpInputs> inputs = op_inputs(scene);
        ASSERT_TRUE(inputs.ok());
        const Result<ShapeDerivation> derivation = derive_shape(scene.params, shapes_of(inputs.value()));
        ASSERT_TRUE(derivation.ok()) << scene.id;
        std::vector<std::string> expected = derivation.value().lines;
        expected.push_back("output shape " + to_string(derivation.value().output));
        EXPECT_EQ(en, expected) << scene.id;
        expect_chinese(zh.back(), scene.id);
        for (const std::string& line : zh) expect_finished(line, scene.id);
        const bool conv = std::holds_alternative<Conv2dParams>(scene.params);
        const bool tconv = std::holds_alternative<ConvTranspose2dParams>(scene.params);
        EXPECT_EQ(!en_inverse.empty(), conv || tconv) << scene.id;
        if (en_inverse.empty()) continue;
        if (conv) {
            EXPECT_EQ(en_inverse[0], "A ConvTranspose2d with this kernel, stride, padding and dilation gives back the "
                                     "input's size with:");
        } else {
            const Shape out = output_shape(scene.params, shapes_of(inputs.value()));
            EXPECT_EQ(en_inverse[0], "This ConvTranspose2d inverts the shape of a Conv2d with the same kernel, stride, "
                                     "padding and dilation applied to a " +
                                         std::to_string(out[2]) + "×" + std::to_string(out[3]) + " input when:");
            const auto& p = std::get<ConvTranspose2dParams>(scene.params);
            const std::string that = "The scene's output_padding (" + std::to_string(p.output_padding.h) + ", " +
                                     std::to_string(p.output_padding.w) + ") is exactly that.";
            if (en_inverse.back() == that) expect_chinese(zh_inverse.back(), scene.id);
        }
        expect_chinese(zh_inverse[0], scene.id);
        for (const std::string& line : zh_inverse) expect_finished(line, scene.id);
    }
}

// The canvas title says what it shows after the Parameters panel changes the op (issue 19).
TEST(PanelStrings, AnEditedTitleFollowsTheOp) {
    Scene scene = *find_preset("no_padding_strides_transposed");
    // A preset: "Your <op> (from <id>)", whatever op it becomes.
    EXPECT_EQ(edited_title(Lang::en, scene, "conv2d"), "Your conv2d (from no_padding_strides_transposed)");
    // A title the panels wrote, in either language: the op follows, the preset stays.
    scene.id.clear();
    scene.title = edited_title(Lang::en, "conv_transpose2d", "no_padding_strides_transposed");
    EXPECT_EQ(edited_title(Lang::en, scene, "conv2d"), "Your conv2d (from no_padding_strides_transposed)");
    EXPECT_EQ(edited_title(Lang::zh, scene, "max_pool2d"), "你的 max_pool2d（基于 no_padding_strides_transposed）");
    scene.title = edited_values_title(Lang::zh, "no_padding_strides_transposed");
    EXPECT_EQ(edited_title(Lang::en, scene, "conv2d"), "Your conv2d (from no_padding_strides_transposed)");
    // The user's own title: kept while the op is, "Your <op>" once it is not.
    scene.title = "ConvTranspose2d that undoes no_padding_strides: 2×2 → 5×5";
    EXPECT_EQ(edited_title(Lang::en, scene, "conv_transpose2d"), scene.title);
    EXPECT_EQ(edited_title(Lang::en, scene, "conv2d"), "Your conv2d");
    EXPECT_EQ(edited_title(Lang::zh, scene, "conv2d"), "你的 conv2d");
    // A title that only looks like one: the op name does not match the scene's op.
    scene.title = "Your conv2d (from somewhere)";
    EXPECT_EQ(edited_title(Lang::en, scene, "max_pool2d"), "Your max_pool2d");
}

TEST(PanelStrings, ValuesCanvasAndExportSentences) {
    // English exactly as the panels wrote it.
    EXPECT_EQ(edited_title(Lang::en, "conv2d", "dilation"), "Your conv2d (from dilation)");
    EXPECT_EQ(edited_values_title(Lang::en, "d2l_tconv"), "Your values (from d2l_tconv)");
    EXPECT_EQ(plane_shown_of(Lang::en, 24, 24, 32, 127), "(24×24 shown of 32×127)");
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(not_finite_value(Lang::en, inf), "a value must be a finite number; inf is not");
    EXPECT_EQ(invalid_configuration(Lang::en, "stride must be positive"),
              "This configuration is not valid, so the canvas still shows the last valid scene, dimmed:\n"
              "stride must be positive");
    EXPECT_EQ(export_already_running(Lang::en), "an export is already running");
    EXPECT_EQ(export_cancelled(Lang::en, "/tmp/a.gif"), "Cancelled: nothing was written to /tmp/a.gif");
    EXPECT_EQ(export_written(Lang::en, "/tmp/app.gif", 36, 960, 540, 1.26),
              "Wrote /tmp/app.gif: 36 frames, 960×540, in 1.3 s");
    EXPECT_EQ(export_exporting(Lang::en, "/tmp/a.gif"), "Exporting /tmp/a.gif");
    EXPECT_EQ(export_frames_done(Lang::en, 7, 36), "7 / 36 frames");
    EXPECT_EQ(export_time_left(Lang::en, 12.4), "about 12 s left");
    EXPECT_EQ(export_plan(Lang::en, 36, 18.04), "36 frames, 18.0 s");
    EXPECT_EQ(tr(Lang::en, "panel.playback.speed", "%.2g"), "speed %.2g×");

    // Chinese: words, with every place filled.
    const std::string zh[] = {
        edited_title(Lang::zh, "conv2d", "dilation"),
        edited_values_title(Lang::zh, "d2l_tconv"),
        plane_shown_of(Lang::zh, 24, 24, 32, 127),
        not_finite_value(Lang::zh, inf),
        invalid_configuration(Lang::zh, "stride must be positive"),
        export_already_running(Lang::zh),
        export_cancelled(Lang::zh, "/tmp/a.gif"),
        export_written(Lang::zh, "/tmp/app.gif", 36, 960, 540, 1.26),
        export_exporting(Lang::zh, "/tmp/a.gif"),
        export_frames_done(Lang::zh, 7, 36),
        export_time_left(Lang::zh, 12.4),
        export_plan(Lang::zh, 36, 18.04),
        tr(Lang::zh, "panel.playback.speed", "%.2g"),
        tr(Lang::zh, "panel.values.fill_with", tensor_label(Lang::zh, 1)),
        tr(Lang::zh, "panel.values.click_to_edit", tensor_label(Lang::zh, 0), "[1, 1, 4, 4]"),
        tr(Lang::zh, "panel.params.unset", "stride", tr(Lang::zh, "panel.params.stride_unset")),
    };
    for (const std::string& text : zh) expect_chinese(text, "sentence");
    EXPECT_NE(zh[7].find("/tmp/app.gif"), std::string::npos);
    EXPECT_NE(zh[7].find("960×540"), std::string::npos);
    EXPECT_NE(zh[7].find("1.3"), std::string::npos);
    EXPECT_NE(zh[12].find("%.2g"), std::string::npos);  // the slider's printf place survives
}

// [SECTION] Line breaking inside Chinese words (the Arithmetic and Shape panels' wrapping)

TEST(PanelStrings, LinesBreakBetweenChineseCharactersOnly) {
    EXPECT_TRUE(line_breaks_within("H_out").empty());
    EXPECT_TRUE(line_breaks_within("⌊(5").empty());  // symbols are not Chinese
    EXPECT_TRUE(line_breaks_within("2·padding").empty());
    EXPECT_EQ(line_breaks_within("卷积核"), (std::vector<size_t>{3, 6}));
    EXPECT_EQ(line_breaks_within("输出，"), (std::vector<size_t>{3}));     // not before the comma
    EXPECT_EQ(line_breaks_within("（输出）"), (std::vector<size_t>{6}));   // not after "（", not before "）"
    EXPECT_EQ(line_breaks_within("输入x"), (std::vector<size_t>{3, 6}));   // between a character and a letter
    EXPECT_TRUE(line_breaks_within("").empty());
}

}  // namespace
}  // namespace convviz
