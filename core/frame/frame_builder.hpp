// Pieces every view composes a frame from: cells placed in a grid (at fractional places for
// tweens), easing, a tensor plane filled in, and the text of a step's arithmetic with its active
// term marked. No view logic: which cells and which words is each view's business.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/frame/frame.hpp"
#include "core/frame/layout.hpp"
#include "core/i18n/lang.hpp"
#include "core/i18n/strings.hpp"
#include "core/tensor.hpp"
#include "core/text.hpp"
#include "core/trace/cell.hpp"

namespace convviz {

inline float lerp(float a, float b, float t) { return a + (b - a) * t; }
float ease(double tween);  // smoothstep: starts and ends at rest

// The box of a cell at (row, col) of `grid`; fractional places lie between cells.
Rect cell_box(const FrameGrid& grid, double row, double col);
// The box around rows [row, row + rows) and columns [col, col + cols).
Rect span_box(const FrameGrid& grid, double row, double col, double rows, double cols);

// An arrow from the centre of `from` to the centre of `to`: where a value goes.
Line arrow_between(const Rect& from, const Rect& to);

FrameCell grid_cell(const Frame& frame, int32_t grid, int64_t row, int64_t col, double value, Role role);

// Every cell of plane (n, c) of `tensor` into `grid`, its (0, 0) at grid place (row0, col0).
// Returns the index of the first cell added; plane cells follow in row-major order.
size_t add_plane(Frame& frame, int32_t grid, const Tensor& tensor, int64_t n, int64_t c, Role role,
                 int64_t row0 = 0, int64_t col0 = 0);

// A tensor's name in `lang`: "input" → "输入" (the table's frame.tensor.* words: input, output,
// indices, pooled, unpooled). Any other name (a symbol such as "x'", or a name put in `lang`
// already) stays as it is.
std::string tensor_name(Lang lang, std::string_view tensor);

// "output[1][2]" for a tensor of one plane; "output[0][1][1][2]" when it has more. The name
// goes through tensor_name().
std::string cell_name(std::string_view tensor, const Cell& cell, const Shape& shape, Lang lang = Lang::en);
// "input 5×5" for one channel; "input[c=1] 5×5" for more. A batched tensor shows the batch
// element of the current step; the caption names it. The name goes through tensor_name().
std::string plane_label(std::string_view tensor, int64_t c, const Shape& shape, Lang lang = Lang::en);

// A line of text with at most one marked run.
struct MarkedText {
    std::string text;
    size_t mark_begin = 0;
    size_t mark_end = 0;
    void add(std::string_view part, bool marked = false);
    void append(const MarkedText& other);  // keeps other's mark, if it has one
};

// "a·b" with a negative factor in parentheses: "3·(-2)", "(-1)·4".
std::string product_text(double a, double b);

// Terms joined by `separator`, term `active` marked (kNoTerm: none). Long lists keep their first
// and last terms and the active one, eliding the rest with "…".
inline constexpr size_t kNoTerm = static_cast<size_t>(-1);
void add_terms(MarkedText& out, size_t count, const std::function<std::string(size_t)>& term, size_t active,
               std::string_view separator);

// "lhs = t0 + t1 + … + tn-1 = result" with term `active` marked (npos: none). Long sums keep their
// first and last terms and the active one, eliding the rest with "…".
MarkedText sum_text(std::string_view lhs, size_t count, const std::function<std::string(size_t)>& term,
                    size_t active, std::string_view result);

// A step's sum of products, "output[1][2] = 1·0 + … + 9·2 + 0.5 (bias) = 17.5", for any step
// with taps (value, weight), an optional bias and a result: conv2d's and the gather's.
template <class Step>
MarkedText tap_sum_text(const Step& step, const Shape& output_shape, size_t active, Lang lang = Lang::en) {
    const size_t taps = step.taps.size();
    auto term = [&](size_t i) {
        if (i == taps) return tr(lang, "frame.bias_term", display_number(*step.bias));
        return product_text(step.taps[i].value, step.taps[i].weight);
    };
    return sum_text(cell_name("output", step.output, output_shape, lang), taps + (step.bias ? 1 : 0), term, active,
                    display_number(step.result));
}

// Where a step of a sliding or stamping view is: the first kSweep of a step lights its terms one
// by one (sweep 0..1, active term), the rest glides the window to the next step (glide 0..1).
inline constexpr double kSweep = 0.7;
struct StepProgress {
    double sweep = 1.0;
    size_t active = kNoTerm;
    double glide = 0.0;
};
StepProgress step_progress(double tween, bool holding, size_t terms, bool has_next);

// One output cell as the steps reach it: `flat` < k written, = k being written (fading in with
// the sweep; written once holding), > k empty.
void fill_in(FrameCell& cell, int64_t flat, int64_t k, bool holding, double sweep);

// The output planes of batch element n filling in: flat cells before step k written, cell k
// being written (fading in with the sweep), the rest empty. Grids first_grid, first_grid + 1, ...
void add_filling_output(Frame& frame, int32_t first_grid, const Tensor& output, int64_t n, int64_t k,
                        bool holding, double sweep);

// The frame's title, formula and caption, placed in their bands.
void add_title(Frame& frame, const FrameStyle& style, const std::string& title);
void add_formula(Frame& frame, const FrameStyle& style, MarkedText formula);
void add_caption(Frame& frame, const FrameStyle& style, MarkedText caption);

}  // namespace convviz
