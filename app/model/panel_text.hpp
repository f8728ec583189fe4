// The panels' sentences, in the interface's language: the names shown for core's identifiers (an
// op, a view, a phase, …), the playback and arithmetic lines, the Shape panel's derivation, the
// titles of edited scenes, the export's outcome. Plain strings from core's data, no ImGui, so that
// tests can read them (tests/test_i18n_panels.cpp); the panels only place them.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/ops/conv2d.hpp"
#include "core/ops/upsample.hpp"
#include "core/scene.hpp"
#include "core/scene_edit.hpp"
#include "core/timeline.hpp"

namespace convviz {

// [SECTION] Names of core's identifiers: in English the identifier itself (it is also the command
// line's and the scene file's word); in Chinese with its meaning.
std::string op_label(Lang lang, std::string_view op);  // "conv2d", "conv2d（卷积）"; unknown ops as they are
std::string view_label(Lang lang, ViewKind view);
std::string phase_label(Lang lang, Phase phase);
std::string fill_label(Lang lang, Fill fill);
std::string padding_mode_label(Lang lang, PaddingMode mode);
std::string upsample_mode_label(Lang lang, UpsampleMode mode);
std::string compare_kernel_label(Lang lang, CompareKernel kernel);
std::string tensor_label(Lang lang, int tensor);  // 0 input, 1 weight, 2 bias

// [SECTION] Scenes
// The title of a preset's scene once the user changed its parameters, or its values.
std::string edited_title(Lang lang, std::string_view op, std::string_view preset_id);
// The title of the scene the Parameters panel makes from `before` with op `op`, so that the canvas
// says what it shows: a preset's becomes "Your <op> (from <id>)"; a title those two functions
// wrote (in either language) follows the op, keeping the preset it came from; any other title
// stays while the op does and becomes "Your <op>" when it changes.
std::string edited_title(Lang lang, const Scene& before, std::string_view op);
std::string edited_values_title(Lang lang, std::string_view preset_id);
// A Presets menu entry: "id  —  title", the title in `lang` (scene_title()).
std::string preset_menu_label(Lang lang, const Scene& preset);

// [SECTION] Playback, arithmetic, shape, canvas
// The time slider's text at t: "[phase: ]step k of n   t / duration s".
std::string time_slider_label(Lang lang, const Timeline& line, double t);
// The same as the slider's printf format: the time's place left to the slider ("%.1f"), every
// other '%' doubled. ImGui's Ctrl+click field then edits the number alone; with no conversion
// it would edit the words, cut to 31 bytes (mid-character in Chinese, which ImGui 1.86 reads past
// and then asserts on).
std::string time_slider_format(Lang lang, const Timeline& line, double t);
// The Arithmetic panel's first line: "phase p, step k of n" (the step within the phase).
std::string phase_step_line(Lang lang, const Timeline& line, double t);
// The Shape panel: the shape's derivation ending in the output shape, or the reason there is
// none; and into `inverse`, for the conv ops, the output_padding that inverts the shape.
std::vector<std::string> shape_derivation(const Scene& scene, Lang lang, std::vector<std::string>& inverse);
// The canvas' box over a rejected edit.
std::string invalid_configuration(Lang lang, std::string_view message);

// Where a line may break inside `word` (a run without spaces), as byte offsets: between Chinese
// characters, but not before closing punctuation （，。）… nor after opening punctuation （（「…）.
// None in an English word.
std::vector<size_t> line_breaks_within(std::string_view word);

// A long text (a lesson's note) as lines at most `width` wide by `measure` (the panel's font):
// broken at spaces, between Chinese characters (line_breaks_within), and, for a word wider than
// the line, between characters; '\n' starts a new line. Each line is a byte range of `text`
// without its breaking spaces; an empty paragraph is an empty line. A panel then draws only the
// lines in view, each its own short draw call.
struct WrappedLine {
    size_t begin = 0;
    size_t end = 0;
};
std::vector<WrappedLine> wrap_lines(std::string_view text, float width, const std::function<float(std::string_view)>& measure);

// [SECTION] Values
std::string plane_shown_of(Lang lang, int64_t shown_rows, int64_t shown_cols, int64_t rows, int64_t cols);
std::string not_finite_value(Lang lang, double value);  // a typed inf or NaN, refused

// [SECTION] Export
std::string export_already_running(Lang lang);
std::string export_cancelled(Lang lang, std::string_view path);
std::string export_written(Lang lang, std::string_view path, int64_t frames, int width, int height, double seconds);
std::string export_exporting(Lang lang, std::string_view path);
std::string export_frames_done(Lang lang, int64_t written, int64_t total);  // the progress bar's overlay
std::string export_time_left(Lang lang, double seconds);
std::string export_plan(Lang lang, size_t frames, double seconds);  // what the settings give

}  // namespace convviz
