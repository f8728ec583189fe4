// The matrix view: y = C·x with row r of C lit as the kernel's r-th placement over the 2-D input,
// then C turning into Cᵀ (each entry crossing the diagonal to its mirror place, the row and
// column marks trading sides), then x' = Cᵀ·y with column r of Cᵀ lit as the stamp of y[r] on
// the 2-D x'. A non-zero of C takes the colour of the kernel cell it holds, as do the kernel
// grid and the input cells a placement multiplies. Above 64 × 64 entries C draws its non-zeros
// only, as a heat map without numbers.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

#include "core/frame/frame_builder.hpp"
#include "core/frame/matrix_layout.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/matrix_scene.hpp"
#include "core/ops/extent.hpp"
#include "core/text.hpp"
#include "core/trace/matrix_trace.hpp"

namespace convviz {

namespace {

constexpr int64_t kMostValueEntries = 64 * 64;  // a larger C draws as a heat map of its non-zeros
constexpr int64_t kMostEntryMarks = 40;         // more rows or columns: no y[i] / x[j] marks
constexpr float kDimmed = 0.4f;                 // what the step does not use

// The 2-D blocks, in layout order.
enum Block : size_t { kX = 0, kKernels = 1, kY = 2, kXBack = 3 };

uint16_t tint_of(const KernelCell& k, int64_t kernel_w) {
    // By place in the kernel plane, whatever the channels; folded to stay within a uint16_t (the
    // renderer cycles its few hues anyway).
    return static_cast<uint16_t>((k.y * kernel_w + k.x) % 60000 + 1);
}

std::string pair_text(const Pair& p) { return p.h == p.w ? cat(p.h) : cat("(", p.h, ", ", p.w, ")"); }

// Where a value at (row, col) of C stands when C has turned `turn` of the way into Cᵀ: on the
// straight line to (col, row), as if the sheet were flipped over its diagonal.
struct Place {
    double row = 0.0;
    double col = 0.0;
};
Place turned(double row, double col, double turn) { return {row + turn * (col - row), col + turn * (row - col)}; }

// Where a frame is in the story.
struct Moment {
    Phase phase = Phase::rows;
    double turn = 0.0;       // 0: C (rows phase) … 1: Cᵀ (columns phase)
    bool stepping = false;   // a row or column is lit
    bool holding = false;
    int64_t r = 0;           // the row of C, column of Cᵀ
    MatrixRowStep row;
    StepProgress progress;
    bool reads_transpose() const { return turn >= 0.5; }  // the equation reads Cᵀ · y = x'
};

class MatrixView final : public ViewComposer {
public:
    MatrixView(const Scene& scene, MatrixSetup setup, MatrixTrace trace, const FrameStyle& style)
        : setup_(std::move(setup)), trace_(std::move(trace)) {
        const Shape& in = setup_.x.shape();
        const Shape& w = setup_.weight.shape();
        const Shape& out = trace_.output_shape();
        const ConvMatrix& m = trace_.matrix();
        pad_ = resolved_padding(setup_.conv, w);
        for (int64_t r = 0; r < m.rows; ++r) y_rows_.push_back(trace_.row(r).dot);
        y_cols_.assign(setup_.y.data().begin(), setup_.y.data().end());

        const Lang lang = style.lang;
        std::vector<BlockSpec> blocks(4);
        const std::string x_name = setup_.from_transpose ? tr(lang, "matrix.x_example") : tr(lang, "matrix.x_input");
        for (int64_t c = 0; c < in[1]; ++c) {
            blocks[kX].grids.push_back({plane_label(x_name, c, in), in[2] + pad_.top + pad_.bottom,
                                        in[3] + pad_.left + pad_.right, Role::input});
        }
        for (int64_t o = 0; o < w[0]; ++o) {
            for (int64_t i = 0; i < w[1]; ++i) {
                const std::string label = w[0] * w[1] == 1 ? tr(lang, "frame.kernel", w[2], w[3])
                                                           : tr(lang, "matrix.kernel_oi", o, i, w[2], w[3]);
                blocks[kKernels].grids.push_back({label, w[2], w[3], Role::kernel});
            }
        }
        const std::string y_name = setup_.has_bias && !setup_.from_transpose ? tr(lang, "matrix.y_no_bias") : "y = C·x";
        const std::string y_yours = tr(lang, "matrix.y_yours");
        for (int64_t c = 0; c < out[1]; ++c) {
            y_labels_[0].push_back(plane_label(y_name, c, out));
            y_labels_[1].push_back(setup_.from_transpose ? plane_label(y_yours, c, out) : y_labels_[0].back());
            // Laid out with the longer label, so that neither runs into a neighbour.
            const std::string& longer =
                estimated_text_width(y_labels_[1].back(), 1.0f) > estimated_text_width(y_labels_[0].back(), 1.0f)
                    ? y_labels_[1].back()
                    : y_labels_[0].back();
            blocks[kY].grids.push_back({longer, out[2], out[3], Role::output});
        }
        for (int64_t c = 0; c < in[1]; ++c) {
            blocks[kXBack].grids.push_back({plane_label("x' = Cᵀ·y", c, in), in[2], in[3], Role::output});
        }

        EquationSpec eq{m.rows, m.cols, {}, {}};
        if (in[1] == 1 && out[1] == 1) {
            if (std::max(m.rows, m.cols) <= kMostEntryMarks) {
                for (int64_t r = 0; r < m.rows; ++r) eq.row_marks.push_back({cat("y[", r, "]"), r, 1});
                for (int64_t j = 0; j < m.cols; ++j) eq.col_marks.push_back({cat("x[", j, "]"), j, 1});
                entry_marks_ = true;
            }
        } else {
            // One mark per channel band: a block of C is (output channel, input channel).
            for (int64_t c = 0; c < out[1]; ++c) eq.row_marks.push_back({cat("y c", c), c * out[2] * out[3], out[2] * out[3]});
            for (int64_t c = 0; c < in[1]; ++c) eq.col_marks.push_back({cat("x c", c), c * in[2] * in[3], in[2] * in[3]});
        }
        layout_ = lay_out_matrix(blocks, eq, style);
        row_marks_ = std::move(eq.row_marks);
        col_marks_ = std::move(eq.col_marks);

        stage_ = Stage(layout_.planes, style, scene.title);
        matrix_grid_ = add_equation_grid(layout_.matrix);
        left_grid_ = add_equation_grid(layout_.left_vector);
        right_grid_ = add_equation_grid(layout_.right_vector);
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const Moment m = moment(at);
        place_equation(frame, m);
        const std::vector<double>& y = current_y(m);
        add_inputs(frame, m);
        add_kernels(frame, m);
        add_outputs(frame, m, y);
        const Partial back = partial_x_back(m);
        add_x_back(frame, m, back);
        add_matrix(frame, m);
        add_vectors(frame, m, y, back);
        add_marks(frame, m);
        set_labels(frame, m);
        add_formula(frame, stage_.style, formula(m));
        add_caption(frame, stage_.style, caption(m, y));
    }

    // Rows phase: x_j and C_rj give y_r (in the 2-D grids and in the vectors); columns phase: y_r
    // and Cᵀ_jr give x'_j. A kernel cell gives every entry of C that holds it.
    // The matrix draws its entries only, unless it is small enough to draw its zeros too; the
    // vectors beside it are drawn twice while one turns into the other.
    int64_t cells() const override {
        const ConvMatrix& c = trace_.matrix();
        const bool dense = c.rows * c.cols <= kMostValueEntries;
        return stage_.cells() - c.rows * c.cols + (dense ? c.rows * c.cols : static_cast<int64_t>(c.entries.size())) +
               c.rows + c.cols;
    }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Moment m = moment(at);
        const int64_t cin_g = setup_.weight.dim(1);
        for (const MatrixEntry& e : trace_.matrix().entries) {
            const CellRef c = matrix_ref(m, e.row, e.col);
            sink.edge(cell_ref(stage_.grid(kKernels, static_cast<size_t>(e.kernel.out_channel * cin_g + e.kernel.in_channel)),
                               e.kernel.y, e.kernel.x),
                      c);
            const Cell in = trace_.input_cell(e.col);
            const CellRef y2 = y_ref(e.row);
            if (!m.reads_transpose()) {
                const CellRef x2 = cell_ref(stage_.grid(kX, static_cast<size_t>(in.c)), in.y + pad_.top, in.x + pad_.left);
                sink.edge(x2, y2);
                sink.edge(c, y2);
                sink.edge(cell_ref(left_grid_, e.col, 0), cell_ref(right_grid_, e.row, 0));
                sink.edge(c, cell_ref(right_grid_, e.row, 0));
            } else {
                const CellRef back = cell_ref(stage_.grid(kXBack, static_cast<size_t>(in.c)), in.y, in.x);
                sink.edge(y2, back);
                sink.edge(c, back);
                sink.edge(cell_ref(left_grid_, e.row, 0), cell_ref(right_grid_, e.col, 0));
                sink.edge(c, cell_ref(right_grid_, e.col, 0));
            }
        }
    }

    std::string describe(const TimePoint& at, const CellRef& cell) const override {
        if (cell.grid != matrix_grid_) return {};
        const Moment m = moment(at);
        const bool t = m.reads_transpose();
        const int64_t i = t ? cell.col : cell.row;  // C's row and column
        const int64_t j = t ? cell.row : cell.col;
        const ConvMatrix& c = trace_.matrix();
        if (i < 0 || j < 0 || i >= c.rows || j >= c.cols) return {};
        const Lang lang = stage_.style.lang;
        const std::string entry = t ? cat("Cᵀ[", j, ", ", i, "] = C[", i, ", ", j, "]") : cat("C[", i, ", ", j, "]");
        const Shape& out = trace_.output_shape();
        const std::string where = tr(lang, "matrix.entry_where", i, cell_name("y", trace_.row(i).output, out), j,
                                     cell_name("x", trace_.input_cell(j), setup_.x.shape()));
        const auto found = std::lower_bound(c.entries.begin(), c.entries.end(), std::pair{i, j},
                                            [](const MatrixEntry& e, const std::pair<int64_t, int64_t>& key) {
                                                return std::pair{e.row, e.col} < key;
                                            });
        if (found == c.entries.end() || found->row != i || found->col != j) {
            const Cell o = trace_.row(i).output;
            const Cell x = trace_.input_cell(j);
            const int64_t group_out = out[1] / setup_.conv.groups;
            const int64_t group_in = setup_.x.dim(1) / setup_.conv.groups;
            const std::string why = o.c / group_out != x.c / group_in
                                        ? tr(lang, "matrix.zero_groups", x.c, o.c)
                                        : tr(lang, "matrix.zero_not_under", j, i);
            return cat(tr(lang, "matrix.entry_zero", entry, why), "\n", where);
        }
        const KernelCell& k = found->kernel;
        return cat(tr(lang, "matrix.entry_kernel", entry, exact_number(found->value),
                      cat("[", k.out_channel, "][", k.in_channel, "][", k.y, "][", k.x, "]")),
                   "\n", where);
    }

private:
    struct Partial {
        std::vector<double> sum;       // x' so far
        std::vector<uint8_t> touched;  // written by a column already added, or by the current one
    };

    int32_t add_equation_grid(const FrameGrid& grid) {
        stage_.grids.push_back(grid);
        FrameText label;
        label.kind = TextKind::label;
        label.size = stage_.style.label_size();
        label.anchor = Anchor::centre;
        label.x = grid.box.x + 0.5f * grid.box.w;
        label.y = layout_.equation_label_y;
        label.role = grid.role;
        // One line: the equation's labels are short ("x", "Cᵀ 9×4") and their band is its own.
        stage_.label_lines.push_back({stage_.labels.size(), 1, stage_.style.width});
        stage_.labels.push_back(label);
        return static_cast<int32_t>(stage_.grids.size() - 1);
    }

    Moment moment(const TimePoint& at) const {
        Moment m;
        m.phase = at.phase;
        m.turn = at.phase == Phase::rows ? 0.0 : at.phase == Phase::transpose ? ease(at.tween) : 1.0;
        m.holding = at.holding;
        m.stepping = (at.phase == Phase::rows || at.phase == Phase::columns) && !at.holding;
        m.r = std::clamp<int64_t>(at.step, 0, trace_.size() - 1);
        m.row = trace_.row(m.r);
        if (m.stepping) m.progress = step_progress(at.tween, false, m.row.entries.size(), m.r + 1 < trace_.size());
        return m;
    }

    // The matrix's box follows C's shape as it turns (every entry stays inside: its place is the
    // same blend of (i, j) and (j, i)), the equation stays centred, the vectors keep beside it.
    void place_equation(Frame& frame, const Moment& m) const {
        const ConvMatrix& c = trace_.matrix();
        const FrameGrid& square = layout_.matrix;
        const double t = m.turn;
        const float rows = static_cast<float>(static_cast<double>(c.rows) + t * static_cast<double>(c.cols - c.rows));
        const float cols = static_cast<float>(static_cast<double>(c.cols) + t * static_cast<double>(c.rows - c.cols));
        const float shift = 0.5f * (square.box.w - cols * square.cell);
        FrameGrid& g = frame.grids[static_cast<size_t>(matrix_grid_)];
        g.box = {square.box.x + shift, square.box.y, cols * square.cell, rows * square.cell};
        if (m.reads_transpose()) std::swap(g.rows, g.cols);
        const float gap = layout_.left_vector.box.x - square.box.right();
        FrameGrid& left = frame.grids[static_cast<size_t>(left_grid_)];
        FrameGrid& right = frame.grids[static_cast<size_t>(right_grid_)];
        left.box.x = g.box.right() + gap;
        right.box.x = left.box.right() + gap;
        left.rows = m.reads_transpose() ? c.rows : c.cols;
        right.rows = m.reads_transpose() ? c.cols : c.rows;
        for (int32_t grid : {matrix_grid_, left_grid_, right_grid_}) stage_.centre_label(frame, grid);
    }

    float equation_shift(const Frame& frame) const {
        return frame.grids[static_cast<size_t>(matrix_grid_)].box.x - layout_.matrix.box.x;
    }

    const std::vector<double>& current_y(const Moment& m) const { return m.reads_transpose() ? y_cols_ : y_rows_; }

    CellRef matrix_ref(const Moment& m, int64_t row, int64_t col) const {
        return m.reads_transpose() ? cell_ref(matrix_grid_, col, row) : cell_ref(matrix_grid_, row, col);
    }

    CellRef y_ref(int64_t flat) const {
        const Cell o = trace_.row(flat).output;
        return cell_ref(stage_.grid(kY, static_cast<size_t>(o.c)), o.y, o.x);
    }

    // The input channels an output channel reads.
    std::pair<int64_t, int64_t> channels_of(int64_t out_channel) const {
        const int64_t group_out = trace_.output_shape()[1] / setup_.conv.groups;
        const int64_t cin_g = setup_.weight.dim(1);
        const int64_t first = out_channel / group_out * cin_g;
        return {first, first + cin_g};
    }

    // The 2-D input with its padding ring; the placement of row r lit in the rows phase.
    void add_inputs(Frame& frame, const Moment& m) const {
        const Tensor& x = setup_.x;
        std::vector<size_t> first(static_cast<size_t>(x.dim(1)));
        for (int64_t c = 0; c < x.dim(1); ++c) {
            const int32_t grid = stage_.grid(kX, static_cast<size_t>(c));
            const FrameGrid& g = frame.grids[static_cast<size_t>(grid)];
            first[static_cast<size_t>(c)] = frame.cells.size();
            for (int64_t py = 0; py < g.rows; ++py) {
                for (int64_t px = 0; px < g.cols; ++px) {
                    const int64_t iy = py - pad_.top;
                    const int64_t ix = px - pad_.left;
                    const bool inside = iy >= 0 && ix >= 0 && iy < x.dim(2) && ix < x.dim(3);
                    FrameCell cell = grid_cell(frame, grid, py, px, inside ? x.at(0, c, iy, ix) : 0.0,
                                               inside ? Role::input : Role::padding);
                    if (!inside) cell.border = BorderStyle::dashed;
                    if (m.reads_transpose()) cell.opacity = kDimmed;
                    frame.cells.push_back(cell);
                }
            }
        }
        if (!m.stepping || m.phase != Phase::rows) return;
        const Cell o = m.row.output;
        const auto [begin, end] = channels_of(o.c);
        const Shape& w = setup_.weight.shape();
        for (int64_t c = begin; c < end; ++c) {
            const FrameGrid& g = frame.grids[static_cast<size_t>(stage_.grid(kX, static_cast<size_t>(c)))];
            frame.outlines.push_back({span_box(g, static_cast<double>(o.y * setup_.conv.stride.h),
                                               static_cast<double>(o.x * setup_.conv.stride.w),
                                               static_cast<double>(dilated_extent(w[2], setup_.conv.dilation.h)),
                                               static_cast<double>(dilated_extent(w[3], setup_.conv.dilation.w))),
                                      Role::kernel, BorderStyle::solid, 1.0f});
        }
        for (size_t i = 0; i < m.row.entries.size(); ++i) {
            const MatrixEntry& e = m.row.entries[i];
            const Cell in = trace_.input_cell(e.col);
            const FrameGrid& g = frame.grids[static_cast<size_t>(stage_.grid(kX, static_cast<size_t>(in.c)))];
            FrameCell& cell = frame.cells[first[static_cast<size_t>(in.c)] +
                                          static_cast<size_t>((in.y + pad_.top) * g.cols + in.x + pad_.left)];
            cell.role = Role::active;
            cell.tint = tint_of(e.kernel, w[3]);
            cell.highlight = i == m.progress.active;
        }
    }

    // Every kernel plane, each cell in its own colour; the step's kernel cell emphasised.
    void add_kernels(Frame& frame, const Moment& m) const {
        const Tensor& w = setup_.weight;
        const MatrixEntry* active = m.stepping && m.progress.active < m.row.entries.size()
                                        ? &m.row.entries[m.progress.active]
                                        : nullptr;
        for (int64_t o = 0; o < w.dim(0); ++o) {
            for (int64_t i = 0; i < w.dim(1); ++i) {
                const int32_t grid = stage_.grid(kKernels, static_cast<size_t>(o * w.dim(1) + i));
                for (int64_t ky = 0; ky < w.dim(2); ++ky) {
                    for (int64_t kx = 0; kx < w.dim(3); ++kx) {
                        FrameCell cell = grid_cell(frame, grid, ky, kx, w.at(o, i, ky, kx), Role::kernel);
                        cell.tint = tint_of({o, i, ky, kx}, w.dim(3));
                        if (m.stepping && o != m.row.output.c) cell.opacity = kDimmed;
                        cell.highlight = active && active->kernel.out_channel == o && active->kernel.in_channel == i &&
                                         active->kernel.y == ky && active->kernel.x == kx;
                        frame.cells.push_back(cell);
                    }
                }
            }
        }
    }

    // y in 2-D: filling in during the rows phase, then read column by column.
    void add_outputs(Frame& frame, const Moment& m, const std::vector<double>& y) const {
        for (int64_t flat = 0; flat < static_cast<int64_t>(y.size()); ++flat) {
            const CellRef ref = y_ref(flat);
            FrameCell cell = grid_cell(frame, ref.grid, ref.row, ref.col, y[static_cast<size_t>(flat)], Role::output);
            style_y_cell(cell, m, flat);
            frame.cells.push_back(cell);
        }
    }

    void style_y_cell(FrameCell& cell, const Moment& m, int64_t flat) const {
        if (m.phase == Phase::rows) {
            if (flat == m.r) {
                cell.role = Role::result;
                cell.highlight = true;
                cell.opacity = static_cast<float>(0.35 + 0.65 * m.progress.sweep);
            } else if (flat > m.r) {
                cell.role = Role::empty;
                cell.show_value = false;
            }
        } else if (m.stepping && flat == m.r) {
            cell.role = Role::active;
            cell.highlight = true;
        }
    }

    // x' = Cᵀ·y column by column: the columns before r added, column r's terms as the sweep reaches them.
    Partial partial_x_back(const Moment& m) const {
        const ConvMatrix& c = trace_.matrix();
        Partial p{std::vector<double>(static_cast<size_t>(c.cols), 0.0), std::vector<uint8_t>(static_cast<size_t>(c.cols), 0)};
        if (m.phase != Phase::columns) return p;
        // Complete, every cell is written: one no placement reads (a row output_padding gives
        // back, say) is a 0 of the ConvTranspose2d's output too.
        if (m.holding) std::fill(p.touched.begin(), p.touched.end(), uint8_t{1});
        const int64_t last = m.holding ? c.rows : m.r;
        for (const MatrixEntry& e : c.entries) {
            if (e.row >= last) break;
            p.sum[static_cast<size_t>(e.col)] += e.value * y_cols_[static_cast<size_t>(e.row)];
            p.touched[static_cast<size_t>(e.col)] = 1;
        }
        if (!m.stepping) return p;
        for (size_t i = 0; i < m.row.entries.size(); ++i) {
            const MatrixEntry& e = m.row.entries[i];
            if (i <= m.progress.active) p.sum[static_cast<size_t>(e.col)] += e.value * y_cols_[static_cast<size_t>(e.row)];
            p.touched[static_cast<size_t>(e.col)] = 1;
        }
        return p;
    }

    // A cell of x' (2-D or in the vector): empty until written; the current column's terms lit.
    static void style_x_back_cell(FrameCell& cell, const Partial& p, int64_t j) {
        cell.value = p.sum[static_cast<size_t>(j)];
        if (!p.touched[static_cast<size_t>(j)]) {
            cell.role = Role::empty;
            cell.show_value = false;
        }
    }

    // Cells [first, first + cols) are x' in column order.
    void light_column_terms(Frame& frame, size_t first, const Moment& m) const {
        if (!m.stepping || m.phase != Phase::columns) return;
        for (size_t i = 0; i < m.row.entries.size(); ++i) {
            const MatrixEntry& e = m.row.entries[i];
            FrameCell& cell = frame.cells[first + static_cast<size_t>(e.col)];
            cell.role = Role::result;
            cell.show_value = true;
            cell.tint = tint_of(e.kernel, setup_.weight.dim(3));
            cell.highlight = i == m.progress.active;
        }
    }

    void add_x_back(Frame& frame, const Moment& m, const Partial& p) const {
        const ConvMatrix& c = trace_.matrix();
        const size_t first = frame.cells.size();
        for (int64_t j = 0; j < c.cols; ++j) {
            const Cell in = trace_.input_cell(j);
            FrameCell cell = grid_cell(frame, stage_.grid(kXBack, static_cast<size_t>(in.c)), in.y, in.x, 0.0, Role::output);
            style_x_back_cell(cell, p, j);
            frame.cells.push_back(cell);
        }
        light_column_terms(frame, first, m);
        if (!m.stepping || m.phase != Phase::columns) return;
        // The stamp of y[r]: the kernel's placement r, cut to the grid (what falls on padding is cropped).
        const Cell o = m.row.output;
        const auto [begin, end] = channels_of(o.c);
        const Shape& w = setup_.weight.shape();
        const Shape& in = setup_.x.shape();
        const int64_t top = o.y * setup_.conv.stride.h - pad_.top;
        const int64_t left = o.x * setup_.conv.stride.w - pad_.left;
        const int64_t bottom = std::min(in[2], top + dilated_extent(w[2], setup_.conv.dilation.h));
        const int64_t right = std::min(in[3], left + dilated_extent(w[3], setup_.conv.dilation.w));
        const int64_t y0 = std::max<int64_t>(0, top);
        const int64_t x0 = std::max<int64_t>(0, left);
        if (y0 >= bottom || x0 >= right) return;
        for (int64_t ch = begin; ch < end; ++ch) {
            const FrameGrid& g = frame.grids[static_cast<size_t>(stage_.grid(kXBack, static_cast<size_t>(ch)))];
            frame.outlines.push_back({span_box(g, static_cast<double>(y0), static_cast<double>(x0),
                                               static_cast<double>(bottom - y0), static_cast<double>(right - x0)),
                                      Role::kernel, BorderStyle::solid, 1.0f});
        }
    }

    // C, turning into Cᵀ: zeros faint (while C is small enough to show them), non-zeros in their
    // kernel cell's colour, the current row (column of Cᵀ) lit and the rest dimmed.
    void add_matrix(Frame& frame, const Moment& m) const {
        const ConvMatrix& c = trace_.matrix();
        const FrameGrid& g = frame.grids[static_cast<size_t>(matrix_grid_)];
        const bool dense = c.rows * c.cols <= kMostValueEntries;
        const float shrink = static_cast<float>(1.0 - 0.35 * std::sin(std::numbers::pi * m.turn));
        const auto place = [&](int64_t i, int64_t j, double value, Role role) {
            const Place at = turned(static_cast<double>(i), static_cast<double>(j), m.turn);
            FrameCell cell = grid_cell(frame, matrix_grid_, i, j, value, role);
            const Rect box = cell_box(g, at.row, at.col);
            cell.size = g.cell * shrink;
            cell.x = box.x + 0.5f * (g.cell - cell.size);
            cell.y = box.y + 0.5f * (g.cell - cell.size);
            const CellRef ref = matrix_ref(m, i, j);
            cell.row = ref.row;
            cell.col = ref.col;
            return cell;
        };
        const auto box_of = [&](double row, double col, double rows, double cols) {
            const Place a = turned(row, col, m.turn);
            return span_box(g, a.row, a.col, rows + m.turn * (cols - rows), cols + m.turn * (rows - cols));
        };
        if (!dense) frame.outlines.push_back({box_of(0, 0, static_cast<double>(c.rows), static_cast<double>(c.cols)),
                                              Role::empty, BorderStyle::solid, 1.0f});
        add_group_zeros(frame, m, box_of);
        add_block_lines(frame, m);
        if (m.phase == Phase::transpose) {
            // The mirror the entries cross.
            const float side = std::min(g.box.w, g.box.h) + 0.5f * std::fabs(g.box.w - g.box.h);
            frame.lines.push_back({g.box.x, g.box.y, g.box.x + side, g.box.y + side, Role::kernel, false,
                                   static_cast<float>(0.7 * std::sin(std::numbers::pi * m.turn))});
        }
        const size_t first = frame.cells.size();
        if (dense) {
            for (int64_t i = 0; i < c.rows; ++i) {
                for (int64_t j = 0; j < c.cols; ++j) frame.cells.push_back(place(i, j, 0.0, Role::empty));
            }
        }
        const int64_t kernel_w = setup_.weight.dim(3);
        for (size_t n = 0; n < c.entries.size(); ++n) {
            const MatrixEntry& e = c.entries[n];
            FrameCell* cell = nullptr;
            if (dense) {
                cell = &frame.cells[first + static_cast<size_t>(e.row * c.cols + e.col)];
                cell->value = e.value;
                cell->role = Role::kernel;
            } else {
                cell = &frame.cells.emplace_back(place(e.row, e.col, e.value, Role::kernel));
                cell->show_value = false;
            }
            cell->tint = tint_of(e.kernel, kernel_w);
            if (m.stepping && e.row != m.r) cell->opacity = kDimmed;
        }
        if (!m.stepping) return;
        const size_t row_first = static_cast<size_t>(m.row.entries.data() - c.entries.data());
        for (size_t i = 0; i < m.row.entries.size(); ++i) {
            const MatrixEntry& e = m.row.entries[i];
            frame.cells[first + (dense ? static_cast<size_t>(e.row * c.cols + e.col) : row_first + i)].highlight =
                i == m.progress.active;
        }
        frame.outlines.push_back({box_of(static_cast<double>(m.r), 0, 1, static_cast<double>(c.cols)), Role::active,
                                  BorderStyle::solid, 1.0f});
    }

    // With groups, the blocks of C that join an input channel to an output channel outside its
    // group are zero by construction: outlined, and said so where there is room.
    template <class BoxOf>
    void add_group_zeros(Frame& frame, const Moment& m, const BoxOf& box_of) const {
        if (setup_.conv.groups == 1) return;
        const Shape& out = trace_.output_shape();
        const Shape& in = setup_.x.shape();
        const double rows = static_cast<double>(out[2] * out[3]);
        const double cols = static_cast<double>(in[2] * in[3]);
        const FrameStyle& style = stage_.style;
        for (int64_t o = 0; o < out[1]; ++o) {
            const auto [begin, end] = channels_of(o);
            for (int64_t c = 0; c < in[1]; ++c) {
                if (c >= begin && c < end) continue;
                const Rect box = box_of(static_cast<double>(o) * rows, static_cast<double>(c) * cols, rows, cols);
                frame.outlines.push_back({box, Role::cropped, BorderStyle::dashed, 1.0f});
                const std::string text = tr(style.lang, "matrix.zero_block");
                const float size = std::min(style.label_size(), 0.8f * box.w / estimated_text_width(text, 1.0f));
                if (size < kMinTextSize || box.h < 1.2f * size || m.phase == Phase::transpose) continue;
                FrameText note;
                note.kind = TextKind::note;
                note.size = size;
                note.anchor = Anchor::centre;
                note.x = box.x + 0.5f * box.w;
                note.y = box.y + 0.5f * (box.h - size);
                note.text = text;
                note.role = Role::cropped;
                frame.texts.push_back(std::move(note));
            }
        }
    }

    // Thin lines between the channel blocks of C, crossing the diagonal with the entries.
    void add_block_lines(Frame& frame, const Moment& m) const {
        const FrameGrid& g = frame.grids[static_cast<size_t>(matrix_grid_)];
        const ConvMatrix& c = trace_.matrix();
        const auto line = [&](double r0, double c0, double r1, double c1) {
            const Place a = turned(r0, c0, m.turn);
            const Place b = turned(r1, c1, m.turn);
            frame.lines.push_back({g.box.x + static_cast<float>(a.col) * g.cell, g.box.y + static_cast<float>(a.row) * g.cell,
                                   g.box.x + static_cast<float>(b.col) * g.cell, g.box.y + static_cast<float>(b.row) * g.cell,
                                   Role::kernel, false, 0.5f});
        };
        const Shape& out = trace_.output_shape();
        const Shape& in = setup_.x.shape();
        for (int64_t o = 1; o < out[1]; ++o) {
            const double at = static_cast<double>(o * out[2] * out[3]);
            line(at, 0.0, at, static_cast<double>(c.cols));
        }
        for (int64_t ch = 1; ch < in[1]; ++ch) {
            const double at = static_cast<double>(ch * in[2] * in[3]);
            line(0.0, at, static_cast<double>(c.rows), at);
        }
    }

    // The column vectors: C · x = y, then Cᵀ · y = x'. In the transpose x fades out of the left
    // one as y fades in, and y out of the right one as x' comes.
    void add_vectors(Frame& frame, const Moment& m, const std::vector<double>& y, const Partial& p) const {
        const ConvMatrix& c = trace_.matrix();
        // What leaves fades out in the first half of the transpose, what comes fades in in the second.
        const auto fade = [&](double appear) {
            return static_cast<float>(m.phase == Phase::transpose ? std::clamp(2.0 * appear - 1.0, 0.0, 1.0) : 1.0);
        };
        const FrameGrid& left = frame.grids[static_cast<size_t>(left_grid_)];
        const FrameGrid& right = frame.grids[static_cast<size_t>(right_grid_)];
        if (m.turn < 1.0) {  // x · and y =
            const size_t first = frame.cells.size();
            for (int64_t j = 0; j < c.cols; ++j) {
                FrameCell cell = grid_cell(frame, left_grid_, j, 0, setup_.x[j], Role::input);
                cell.opacity = fade(1.0 - m.turn);
                frame.cells.push_back(cell);
            }
            if (m.stepping) {
                for (size_t i = 0; i < m.row.entries.size(); ++i) {
                    FrameCell& cell = frame.cells[first + static_cast<size_t>(m.row.entries[i].col)];
                    cell.role = Role::active;
                    cell.tint = tint_of(m.row.entries[i].kernel, setup_.weight.dim(3));
                    cell.highlight = i == m.progress.active;
                }
            }
            for (int64_t i = 0; i < c.rows; ++i) {
                FrameCell cell = grid_cell(frame, right_grid_, i, 0, y_rows_[static_cast<size_t>(i)], Role::output);
                style_y_cell(cell, m, i);
                cell.opacity *= fade(1.0 - m.turn);
                frame.cells.push_back(cell);
            }
        }
        if (m.turn > 0.0) {  // y · and x' =
            for (int64_t i = 0; i < c.rows; ++i) {
                FrameCell cell = grid_cell(frame, left_grid_, i, 0, y[static_cast<size_t>(i)], Role::output);
                style_y_cell(cell, m, i);
                cell.opacity *= fade(m.turn);
                frame.cells.push_back(cell);
            }
            const size_t first = frame.cells.size();
            for (int64_t j = 0; j < c.cols; ++j) {
                FrameCell cell = grid_cell(frame, right_grid_, j, 0, 0.0, Role::output);
                style_x_back_cell(cell, p, j);
                cell.opacity = fade(m.turn);
                frame.cells.push_back(cell);
            }
            light_column_terms(frame, first, m);
        }
        // Brackets around the vectors, as tall as what they hold.
        const double left_rows = static_cast<double>(m.reads_transpose() ? c.rows : c.cols);
        const double right_rows = static_cast<double>(m.reads_transpose() ? c.cols : c.rows);
        frame.outlines.push_back({span_box(left, 0.0, 0.0, left_rows, 1.0), Role::empty, BorderStyle::solid, 1.0f});
        frame.outlines.push_back({span_box(right, 0.0, 0.0, right_rows, 1.0), Role::empty, BorderStyle::solid, 1.0f});
    }

    // The marks naming C's rows and columns trade sides with the transpose: each flies straight
    // across, over the cells, like the entries (a note while it crosses, a label at rest).
    void add_marks(Frame& frame, const Moment& m) const {
        if (layout_.mark_size <= 0.0f) return;
        const FrameGrid& g = frame.grids[static_cast<size_t>(matrix_grid_)];
        const float size = layout_.mark_size;
        const float side_x = layout_.mark_x + equation_shift(frame);  // centre of a mark left of the matrix
        const float top_y = layout_.mark_y;                          // top of a mark above it
        const auto side_y = [&](const IndexMark& k) {
            return g.box.y + (static_cast<float>(k.first) + 0.5f * static_cast<float>(k.count)) * g.cell - 0.5f * size;
        };
        const auto top_x = [&](const IndexMark& k) {
            return g.box.x + (static_cast<float>(k.first) + 0.5f * static_cast<float>(k.count)) * g.cell;
        };
        const float turn = static_cast<float>(m.turn);
        const auto add = [&](const IndexMark& k, float x, float y, bool marked) {
            FrameText t;
            t.kind = m.phase == Phase::transpose ? TextKind::note : TextKind::label;
            t.size = size;
            t.anchor = Anchor::centre;
            t.x = x;
            t.y = y;
            t.text = k.text;
            if (marked) t.mark_end = t.text.size();
            t.role = Role::input;
            frame.texts.push_back(std::move(t));
        };
        const MatrixEntry* active = m.stepping && m.progress.active < m.row.entries.size()
                                        ? &m.row.entries[m.progress.active]
                                        : nullptr;
        for (const IndexMark& k : row_marks_) {  // left of row i → above column i
            add(k, lerp(side_x, top_x(k), turn), lerp(side_y(k), top_y, turn), entry_marks_ && m.stepping && k.first == m.r);
        }
        for (const IndexMark& k : col_marks_) {  // above column j → left of row j
            add(k, lerp(top_x(k), side_x, turn), lerp(top_y, side_y(k), turn),
                entry_marks_ && active && active->col == k.first);
        }
    }

    void set_labels(Frame& frame, const Moment& m) const {
        const ConvMatrix& c = trace_.matrix();
        const auto label = [&](int32_t grid, const std::string& text) { stage_.set_label(frame, grid, text); };
        label(matrix_grid_, m.turn <= 0.0   ? cat("C ", c.rows, "×", c.cols)
                            : m.turn >= 1.0 ? cat("Cᵀ ", c.cols, "×", c.rows)
                                            : std::string("C → Cᵀ"));
        label(left_grid_, m.reads_transpose() ? "y" : "x");
        label(right_grid_, m.reads_transpose() ? "x'" : "y");
        const auto& y_labels = y_labels_[m.reads_transpose() ? 1 : 0];
        for (size_t ch = 0; ch < y_labels.size(); ++ch) label(stage_.grid(kY, ch), y_labels[ch]);
        const FrameGrid& left = frame.grids[static_cast<size_t>(left_grid_)];
        const float gap = layout_.left_vector.box.x - layout_.matrix.box.right();
        for (const auto& [x, text, scale] : {std::tuple{left.box.x - 0.5f * gap, "·", 1.6f},
                                             std::tuple{left.box.right() + 0.5f * gap, "=", 1.0f}}) {
            FrameText t;
            t.kind = TextKind::note;
            t.size = layout_.symbol_size * scale;
            t.anchor = Anchor::centre;
            t.x = x;
            const int64_t shorter = std::min(c.rows, c.cols);
            t.y = layout_.matrix.box.y + 0.5f * static_cast<float>(shorter) * layout_.matrix.cell - 0.5f * t.size;
            t.text = text;
            frame.texts.push_back(std::move(t));
        }
    }

    // What Cᵀ·y is (the tests check it against conv_transpose2d itself): the formula line of the
    // columns phase, and the caption once x' is complete.
    std::string transpose_formula() const {
        const Lang lang = stage_.style.lang;
        if (setup_.from_transpose) return tr(lang, "matrix.formula_yours");
        if (!setup_.transpose) return tr(lang, "matrix.formula_no_layer");
        const ConvTranspose2dParams& t = *setup_.transpose;
        // The layer's parameters as PyTorch names them, the optional ones only when not 1.
        std::string more;
        if (t.dilation != Pair{1, 1}) more += tr(lang, "matrix.formula_dilation", pair_text(t.dilation));
        if (t.groups != 1) more += tr(lang, "matrix.formula_groups", t.groups);
        return tr(lang, "matrix.formula_layer", pair_text(t.stride), pair_text(t.padding), pair_text(t.output_padding),
                  more);
    }

    std::string transpose_outcome() const {
        const Lang lang = stage_.style.lang;
        const Shape& in = setup_.x.shape();
        const std::string size = cat(in[2], "×", in[3]);
        if (setup_.from_transpose) {
            return setup_.has_bias ? tr(lang, "matrix.outcome_yours_bias", size) : tr(lang, "matrix.outcome_yours", size);
        }
        if (!setup_.transpose) return tr(lang, "matrix.outcome_no_layer", pad_.top, pad_.bottom, pad_.left, pad_.right);
        const Pair given = setup_.transpose->output_padding;
        return given.h != 0 || given.w != 0 ? tr(lang, "matrix.outcome_given_back", size, pair_text(given))
                                            : tr(lang, "matrix.outcome", size);
    }

    MarkedText formula(const Moment& m) const {
        const Lang lang = stage_.style.lang;
        if (m.phase == Phase::transpose) return {tr(lang, "matrix.formula_transpose")};
        if (m.phase == Phase::columns) return {transpose_formula()};
        // y[r] = C[r, j]·x[j] + …, or for a longer row the columns j it sums over; the term being added marked.
        MarkedText text;
        text.add(cat("y[", m.r, "] = "));
        const auto& entries = m.row.entries;
        if (entries.empty()) {
            text.add("0");
        } else if (entries.size() <= 4) {
            add_terms(text, entries.size(), [&](size_t i) { return cat("C[", m.r, ", ", entries[i].col, "]·x[", entries[i].col, "]"); },
                      m.progress.active, " + ");
        } else {
            text.add(tr(lang, "matrix.formula_sum_over", m.r));
            add_terms(text, entries.size(), [&](size_t i) { return cat(entries[i].col); }, m.progress.active, ", ");
        }
        return text;
    }

    MarkedText caption(const Moment& m, const std::vector<double>& y) const {
        const Lang lang = stage_.style.lang;
        if (m.phase == Phase::transpose) {
            return {setup_.from_transpose ? tr(lang, "matrix.caption_transpose_yours") : tr(lang, "matrix.caption_transpose")};
        }
        if (m.holding) return {transpose_outcome()};
        if (m.phase == Phase::rows) {
            if (m.row.entries.empty()) return {tr(lang, "matrix.caption_zero_row", m.r)};
            const auto term = [&](size_t i) {
                return product_text(m.row.entries[i].value, setup_.x[m.row.entries[i].col]);
            };
            return sum_text(tr(lang, "matrix.caption_row", m.r), m.row.entries.size(), term, m.progress.active,
                            display_number(m.row.dot));
        }
        const double value = y[static_cast<size_t>(m.r)];
        MarkedText text;
        text.add(tr(lang, "matrix.caption_column", m.r, display_number(value)));
        add_terms(text, m.row.entries.size(), [&](size_t i) { return product_text(m.row.entries[i].value, value); },
                  m.progress.active, ", ");
        if (m.row.entries.empty()) text.add(tr(lang, "matrix.caption_zero_column"));
        return text;
    }

    MatrixSetup setup_;
    MatrixTrace trace_;
    Padding4 pad_;
    std::vector<double> y_rows_;  // C·x
    std::vector<double> y_cols_;  // what Cᵀ multiplies
    std::vector<std::string> y_labels_[2];  // the y planes' labels: rows phase, columns phase
    MatrixLayout layout_;
    std::vector<IndexMark> row_marks_;
    std::vector<IndexMark> col_marks_;
    bool entry_marks_ = false;  // a mark per row and column, not per channel band
    Stage stage_;
    int32_t matrix_grid_ = 0;
    int32_t left_grid_ = 0;
    int32_t right_grid_ = 0;
};

}  // namespace

Result<ViewPtr> make_matrix_view(const Scene& scene, const OpInputs& /*inputs*/, const FrameStyle& style) {
    auto setup = matrix_setup(scene);
    if (!setup) return Error{setup.error()};
    auto trace = MatrixTrace::make(setup.value().x, setup.value().weight, setup.value().conv);
    if (!trace) return Error{trace.error()};
    return ViewPtr(std::make_unique<MatrixView>(scene, std::move(setup).value(), std::move(trace).value(), style));
}

}  // namespace convviz
