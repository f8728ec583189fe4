#include "app/model/panel_text.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

#include "core/arith.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// The table's "<prefix><name>" ('-' read as '_'), or `name` itself when the table has no such key.
std::string named(Lang lang, std::string_view prefix, std::string_view name) {
    std::string key(prefix);
    for (char c : name) key += c == '-' ? '_' : c;
    const std::string_view found = text(lang, key);
    return found == key ? std::string(name) : std::string(found);
}

// printf's "%.<digits>f", as the panels printed these numbers before they had a language.
std::string fixed(double value, int digits) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    return buffer;
}

// For a conv2d: the conv_transpose2d that undoes it. For a conv_transpose2d: the conv2d with the
// same kernel, stride, padding and dilation that maps its output back, and the output_padding
// that this transposed convolution needs to invert it.
std::vector<std::string> inverse_padding(const Scene& scene, const OpShapes& shapes, Lang lang) {
    const auto* conv = std::get_if<Conv2dParams>(&scene.params);
    const auto* tconv = std::get_if<ConvTranspose2dParams>(&scene.params);
    if (conv == nullptr && tconv == nullptr) return {};
    std::vector<std::string> lines;
    if (conv != nullptr) {
        lines.push_back(tr(lang, "panel.shape.undo_conv"));
        Result<RestoringPadding> r = restoring_output_padding(*conv, shapes.input, *shapes.weight, lang);
        if (!r) return {lines[0], r.error()};
        lines.insert(lines.end(), r.value().lines.begin(), r.value().lines.end());
        return lines;
    }
    Conv2dParams forward;
    forward.stride = tconv->stride;
    forward.padding.size = tconv->padding;
    forward.dilation = tconv->dilation;
    forward.groups = tconv->groups;
    const Shape out = output_shape(scene.params, shapes);
    // The conv2d reads the transposed output and writes the transposed input: its weight is
    // [C_in, C_out / groups, kH, kW], the same tensor read the other way round.
    const Shape& w = *shapes.weight;
    const Shape forward_weight{w[0], out[1] / tconv->groups, w[2], w[3]};
    lines.push_back(tr(lang, "panel.shape.inverts_conv", out[2], out[3]));
    Result<RestoringPadding> r = restoring_output_padding(forward, out, forward_weight, lang);
    if (!r) return {lines[0], r.error()};
    lines.insert(lines.end(), r.value().lines.begin(), r.value().lines.end());
    const Pair needed = r.value().output_padding;
    if (needed == tconv->output_padding) {
        lines.push_back(tr(lang, "panel.shape.output_padding_is_that", needed.h, needed.w));
    }
    return lines;
}

}  // namespace

// [SECTION] Names of core's identifiers

std::string op_label(Lang lang, std::string_view op) { return named(lang, "panel.op.", op); }
std::string view_label(Lang lang, ViewKind view) { return named(lang, "panel.view.", name(view)); }
std::string phase_label(Lang lang, Phase phase) { return named(lang, "panel.phase.", name(phase)); }
std::string fill_label(Lang lang, Fill fill) { return named(lang, "panel.fill.", name(fill)); }
std::string padding_mode_label(Lang lang, PaddingMode mode) { return named(lang, "panel.padding_mode.", name(mode)); }
std::string upsample_mode_label(Lang lang, UpsampleMode mode) { return named(lang, "panel.upsample_mode.", name(mode)); }
std::string compare_kernel_label(Lang lang, CompareKernel kernel) {
    return named(lang, "panel.compare_kernel.", name(kernel));
}

std::string tensor_label(Lang lang, int tensor) {
    if (tensor == 1) return tr(lang, "panel.values.weight");
    if (tensor == 2) return tr(lang, "panel.values.bias");
    return tr(lang, "panel.values.input");
}

// [SECTION] Scenes

std::string edited_title(Lang lang, std::string_view op, std::string_view preset_id) {
    return tr(lang, "panel.params.edited_title", op, preset_id);
}

std::string edited_values_title(Lang lang, std::string_view preset_id) {
    return tr(lang, "panel.values.edited_title", preset_id);
}

namespace {

// The preset id in `title` when it is `key`'s text with `op` in place {0} (if it has one) and the
// id in place {1} (or {0} when {1} is absent); nothing otherwise.
std::optional<std::string> preset_in_title(Lang lang, std::string_view key, std::string_view op, std::string_view title) {
    const std::string_view words = text(lang, key);
    const bool has_op = words.find("{1}") != std::string_view::npos;
    const std::string_view place = has_op ? "{1}" : "{0}";
    const size_t at = words.find(place);
    if (at == std::string_view::npos) return std::nullopt;
    std::string before(words.substr(0, at));
    const std::string after(words.substr(at + place.size()));
    if (has_op) {
        const size_t op_at = before.find("{0}");
        if (op_at == std::string::npos) return std::nullopt;
        before.replace(op_at, 3, op);
    }
    if (title.size() <= before.size() + after.size() || !title.starts_with(before) || !title.ends_with(after)) {
        return std::nullopt;
    }
    return std::string(title.substr(before.size(), title.size() - before.size() - after.size()));
}

}  // namespace

std::string edited_title(Lang lang, const Scene& before, std::string_view op) {
    if (!before.id.empty()) return edited_title(lang, op, before.id);
    const std::string_view old_op = op_name(before.params);
    for (Lang written : {Lang::en, Lang::zh}) {
        for (std::string_view key : {"panel.params.edited_title", "panel.values.edited_title"}) {
            if (auto preset = preset_in_title(written, key, old_op, before.title)) return edited_title(lang, op, *preset);
        }
    }
    if (old_op == op) return before.title;
    return tr(lang, "panel.params.your_op", op);
}

std::string preset_menu_label(Lang lang, const Scene& preset) {
    return preset.id + "  —  " + scene_title(preset, lang);
}

// [SECTION] Playback, arithmetic, shape, canvas

namespace {

// The time slider's words at t, with `time` in the time's place.
std::string slider_words(Lang lang, const Timeline& line, double t, const std::string& time) {
    const StepCount count = line.step_count(t);
    if (count.phase == Phase::steps) {
        return tr(lang, "panel.playback.step", count.step, count.steps, time, fixed(line.duration(), 1));
    }
    return tr(lang, "panel.playback.phase_step", phase_label(lang, count.phase), count.step, count.steps, time,
              fixed(line.duration(), 1));
}

}  // namespace

std::string time_slider_label(Lang lang, const Timeline& line, double t) {
    return slider_words(lang, line, t, fixed(t, 1));
}

std::string time_slider_format(Lang lang, const Timeline& line, double t) {
    const char place = '\x1f';  // no table's text has it
    std::string format;
    for (char c : slider_words(lang, line, t, std::string(1, place))) {
        format += c == place ? "%.1f" : c == '%' ? "%%" : std::string(1, c);
    }
    return format;
}

std::string phase_step_line(Lang lang, const Timeline& line, double t) {
    const StepCount count = line.step_count(t);
    return tr(lang, "panel.arithmetic.phase_step", phase_label(lang, count.phase), count.step, count.steps);
}

std::vector<std::string> shape_derivation(const Scene& scene, Lang lang, std::vector<std::string>& inverse) {
    inverse.clear();
    Result<OpInputs> inputs = op_inputs(scene, lang);
    if (!inputs) return {inputs.error()};
    const OpShapes shapes = shapes_of(inputs.value());
    Result<ShapeDerivation> derivation = derive_shape(scene.params, shapes, lang);
    if (!derivation) return {derivation.error()};
    std::vector<std::string> lines = derivation.value().lines;
    lines.push_back(tr(lang, "panel.shape.output_shape", to_string(derivation.value().output)));
    inverse = inverse_padding(scene, shapes, lang);
    return lines;
}

std::string invalid_configuration(Lang lang, std::string_view message) {
    return tr(lang, "panel.canvas.invalid", message);
}

namespace {

// The code point of the UTF-8 sequence at `at` and its length; a stray byte reads as itself.
std::pair<char32_t, size_t> code_point(std::string_view s, size_t at) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(at);
    const size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
    if (at + length > s.size()) return {lead, 1};
    if (length == 1) return {lead, 1};
    char32_t value = lead & (0xFF >> (length + 1));
    for (size_t i = 1; i < length; ++i) value = (value << 6) | (byte(at + i) & 0x3F);
    return {value, length};
}

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

bool is_closing(char32_t c) {
    return std::u32string_view(U"，。、；：！？）」』》〉】”’…").find(c) != std::u32string_view::npos;
}

bool is_opening(char32_t c) { return std::u32string_view(U"（「『《〈【“‘").find(c) != std::u32string_view::npos; }

}  // namespace

std::vector<size_t> line_breaks_within(std::string_view word) {
    std::vector<size_t> breaks;
    char32_t before = 0;
    for (size_t at = 0; at < word.size();) {
        const auto [c, length] = code_point(word, at);
        if (at > 0 && (is_cjk(c) || is_cjk(before)) && !is_closing(c) && !is_opening(before)) breaks.push_back(at);
        before = c;
        at += length;
    }
    return breaks;
}

std::vector<WrappedLine> wrap_lines(std::string_view text, float width, const std::function<float(std::string_view)>& measure) {
    // The places a line may end: a unit runs from one such place to the next; the spaces
    // between units are dropped at a line's edge.
    struct Unit {
        size_t begin;
        size_t end;
    };
    std::vector<WrappedLine> lines;
    size_t paragraph = 0;
    while (paragraph <= text.size()) {
        size_t paragraph_end = text.find('\n', paragraph);
        if (paragraph_end == std::string_view::npos) paragraph_end = text.size();
        std::vector<Unit> units;
        for (size_t at = paragraph; at < paragraph_end;) {
            if (text[at] == ' ') {
                ++at;
                continue;
            }
            size_t word_end = text.find(' ', at);
            if (word_end == std::string_view::npos || word_end > paragraph_end) word_end = paragraph_end;
            size_t from = at;
            for (size_t cut : line_breaks_within(text.substr(at, word_end - at))) {
                units.push_back({from, at + cut});
                from = at + cut;
            }
            units.push_back({from, word_end});
            at = word_end;
        }
        if (units.empty()) lines.push_back({paragraph, paragraph});
        size_t line_begin = units.empty() ? 0 : units.front().begin;
        size_t line_end = line_begin;
        for (const Unit& unit : units) {
            if (line_end > line_begin && measure(text.substr(line_begin, unit.end - line_begin)) > width) {
                lines.push_back({line_begin, line_end});
                line_begin = unit.begin;
            }
            line_end = unit.end;
            // A unit wider than a whole line: cut between characters, each line at least one.
            while (measure(text.substr(line_begin, line_end - line_begin)) > width) {
                size_t fits = line_begin + utf8_offset(text.substr(line_begin, line_end - line_begin), 1);
                for (size_t next = fits; next < line_end;) {
                    next += utf8_offset(text.substr(next, line_end - next), 1);
                    if (measure(text.substr(line_begin, next - line_begin)) > width) break;
                    fits = next;
                }
                if (fits >= line_end) break;
                lines.push_back({line_begin, fits});
                line_begin = fits;
            }
        }
        if (!units.empty()) lines.push_back({line_begin, line_end});
        paragraph = paragraph_end + 1;
    }
    return lines;
}

// [SECTION] Values

std::string plane_shown_of(Lang lang, int64_t shown_rows, int64_t shown_cols, int64_t rows, int64_t cols) {
    return tr(lang, "panel.values.shown_of", shown_rows, shown_cols, rows, cols);
}

std::string not_finite_value(Lang lang, double value) {
    return tr(lang, "panel.values.not_finite", std::to_string(value));
}

// [SECTION] Export

std::string export_already_running(Lang lang) { return tr(lang, "panel.export.already_running"); }

std::string export_cancelled(Lang lang, std::string_view path) { return tr(lang, "panel.export.cancelled", path); }

std::string export_written(Lang lang, std::string_view path, int64_t frames, int width, int height, double seconds) {
    return tr(lang, frames == 1 ? "panel.export.written_one" : "panel.export.written", path, frames, width, height,
              fixed(seconds, 1));
}

std::string export_exporting(Lang lang, std::string_view path) { return tr(lang, "panel.export.exporting", path); }

std::string export_frames_done(Lang lang, int64_t written, int64_t total) {
    return tr(lang, "panel.export.frames_done", written, total);
}

std::string export_time_left(Lang lang, double seconds) { return tr(lang, "panel.export.time_left", fixed(seconds, 0)); }

std::string export_plan(Lang lang, size_t frames, double seconds) {
    return tr(lang, frames == 1 ? "panel.export.plan_one" : "panel.export.plan", frames, fixed(seconds, 1));
}

}  // namespace convviz
