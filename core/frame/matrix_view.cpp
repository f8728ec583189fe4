// The matrix view: y = C·x with row r of C lit as the kernel's r-th placement over x, then C
// turning into Cᵀ, then x' = Cᵀ·y with column j of Cᵀ lit as the stamp of y_j. Zero entries are
// drawn while the matrix is small enough to read; a large matrix shows its non-zeros only.
#include <algorithm>

#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/text.hpp"
#include "core/trace/matrix_trace.hpp"

namespace convviz {

namespace {

constexpr int64_t kMostDenseCells = 16384;

class MatrixView final : public ViewComposer {
public:
    MatrixView(const Scene& scene, MatrixTrace trace, const FrameStyle& style)
        : trace_(std::move(trace)), input_(scene.tensors.input) {
        const ConvMatrix& m = trace_.matrix();
        const Shape& out = trace_.output_shape();
        for (int64_t r = 0; r < m.rows; ++r) y_.push_back(trace_.row(r).dot);
        std::vector<BlockSpec> blocks(4);
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            blocks[0].grids.push_back({"x = " + plane_label("input", c, input_.shape()), input_.dim(2), input_.dim(3),
                                       Role::input});
        }
        const int64_t side = std::max(m.rows, m.cols);
        blocks[1].grids.push_back({cat("C ", m.rows, "×", m.cols), side, side, Role::kernel});
        for (int64_t c = 0; c < out[1]; ++c) {
            blocks[2].grids.push_back({plane_label("y = C·x", c, out), out[2], out[3], Role::output});
        }
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            blocks[3].grids.push_back({plane_label("x' = Cᵀ·y", c, input_.shape()), input_.dim(2), input_.dim(3),
                                       Role::output});
        }
        stage_ = Stage(blocks, style, scene.title);
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const ConvMatrix& m = trace_.matrix();
        const bool rows_phase = at.phase == Phase::rows;
        const bool columns_phase = at.phase == Phase::columns;
        const double turn = turn_of(at);
        const int64_t r = std::clamp<int64_t>(at.step, 0, m.rows - 1);
        const MatrixRowStep row = trace_.row(r);  // row r of C, column r of Cᵀ
        const bool stepping = rows_phase || columns_phase;
        const StepProgress progress = stepping ? step_progress(at.tween, at.holding, row.entries.size(), r + 1 < m.rows)
                                               : StepProgress{};

        // x, with row r's placement lit.
        const size_t x_first = frame.cells.size();
        for (int64_t c = 0; c < input_.dim(1); ++c) add_plane(frame, stage_.grid(0, static_cast<size_t>(c)), input_, 0, c, Role::input);
        if (rows_phase) {
            for (size_t i = 0; i < row.entries.size(); ++i) {
                FrameCell& cell = frame.cells[x_first + static_cast<size_t>(row.entries[i].col)];
                cell.role = Role::active;
                cell.highlight = i == progress.active;
            }
        }
        add_matrix(frame, row, turn, rows_phase || columns_phase, progress.active);
        if (turn >= 1.0) {
            frame.grids[static_cast<size_t>(stage_.grid(1))].rows = m.cols;
            frame.grids[static_cast<size_t>(stage_.grid(1))].cols = m.rows;
            frame.texts[static_cast<size_t>(stage_.grid(1))].text = cat("Cᵀ ", m.cols, "×", m.rows);
        }
        add_y(frame, r, rows_phase, columns_phase, at.holding, progress);
        add_x_back(frame, row, columns_phase, at.holding, progress.active);

        MarkedText formula;
        formula.add(cat("C: ", m.rows, "×", m.cols, " (output cells × input cells)"));
        if (!rows_phase) formula.add(cat(";   Cᵀ: ", m.cols, "×", m.rows, ", the transposed convolution"));
        add_formula(frame, stage_.style, formula);
        add_caption(frame, stage_.style, caption(at, row, progress.active));
    }

    // Each non-zero C_rj (at (j, r) once C has turned into Cᵀ) ties x_j and C_rj to y_r = Σ C_rj·x_j,
    // and y_r and C_rj to x'_j = Σ Cᵀ_jr·y_r. The zeros of a dense C feed nothing.
    void links(const TimePoint& at, LinkSink& sink) const override {
        const bool turned = turn_of(at) >= 1.0;
        const Shape& out = trace_.output_shape();
        const int64_t plane = out[2] * out[3];
        for (const MatrixEntry& e : trace_.matrix().entries) {
            const CellRef c = turned ? cell_ref(stage_.grid(1), e.col, e.row) : cell_ref(stage_.grid(1), e.row, e.col);
            const Cell in = trace_.input_cell(e.col);
            const CellRef x = cell_ref(stage_.grid(0, static_cast<size_t>(in.c)), in.y, in.x);
            const CellRef x_back = cell_ref(stage_.grid(3, static_cast<size_t>(in.c)), in.y, in.x);
            const int64_t i = e.row % plane;
            const CellRef y = cell_ref(stage_.grid(2, static_cast<size_t>(e.row / plane)), i / out[3], i % out[3]);
            sink.edge(x, y);
            sink.edge(c, y);
            sink.edge(y, x_back);
            sink.edge(c, x_back);
        }
    }

private:
    // How far C has turned into Cᵀ: 0 in the rows phase, 1 from the columns phase on.
    static double turn_of(const TimePoint& at) {
        return at.phase == Phase::rows ? 0.0 : at.phase == Phase::transpose ? ease(at.tween) : 1.0;
    }

    // C, or Cᵀ, or C on its way to Cᵀ (each entry (i, j) travels to (j, i)).
    void add_matrix(Frame& frame, const MatrixRowStep& row, double turn, bool stepping, size_t active) const {
        const ConvMatrix& m = trace_.matrix();
        const int32_t grid = stage_.grid(1);
        const FrameGrid& g = frame.grids[static_cast<size_t>(grid)];
        auto place = [&](int64_t i, int64_t j, double value, Role role) {
            FrameCell cell = grid_cell(frame, grid, i, j, value, role);
            const Rect box = cell_box(g, static_cast<double>(i) + turn * static_cast<double>(j - i),
                                      static_cast<double>(j) + turn * static_cast<double>(i - j));
            cell.x = box.x;
            cell.y = box.y;
            if (turn >= 1.0) {
                cell.row = static_cast<int32_t>(j);
                cell.col = static_cast<int32_t>(i);
            }
            return cell;
        };
        const size_t first = frame.cells.size();
        if (m.rows * m.cols <= kMostDenseCells) {
            for (int64_t i = 0; i < m.rows; ++i) {
                for (int64_t j = 0; j < m.cols; ++j) frame.cells.push_back(place(i, j, 0.0, Role::empty));
            }
            for (const MatrixEntry& e : m.entries) {
                FrameCell& cell = frame.cells[first + static_cast<size_t>(e.row * m.cols + e.col)];
                cell.value = e.value;
                cell.role = Role::kernel;
            }
        } else {
            for (const MatrixEntry& e : m.entries) frame.cells.push_back(place(e.row, e.col, e.value, Role::kernel));
        }
        if (!stepping) return;
        // Row r of C (column r of Cᵀ) lit, its current entry emphasised.
        const bool dense = m.rows * m.cols <= kMostDenseCells;
        for (size_t i = 0; i < row.entries.size(); ++i) {
            const MatrixEntry& e = row.entries[i];
            const size_t index = dense ? static_cast<size_t>(e.row * m.cols + e.col)
                                       : static_cast<size_t>(&e - m.entries.data());
            FrameCell& cell = frame.cells[first + index];
            cell.role = Role::active;
            cell.highlight = i == active;
        }
        const Rect box = turn >= 1.0 ? span_box(g, 0.0, static_cast<double>(row.row), static_cast<double>(m.cols), 1.0)
                                     : span_box(g, static_cast<double>(row.row), 0.0, 1.0, static_cast<double>(m.cols));
        frame.outlines.push_back({box, Role::active, BorderStyle::solid, 1.0f});
    }

    void add_y(Frame& frame, int64_t r, bool rows_phase, bool columns_phase, bool holding,
               const StepProgress& progress) const {
        const Shape& out = trace_.output_shape();
        const int64_t plane = out[2] * out[3];
        for (int64_t c = 0; c < out[1]; ++c) {
            for (int64_t i = 0; i < plane; ++i) {
                const int64_t flat = c * plane + i;
                FrameCell cell = grid_cell(frame, stage_.grid(2, static_cast<size_t>(c)), i / out[3], i % out[3],
                                           y_[static_cast<size_t>(flat)], Role::output);
                if (rows_phase && flat == r && !holding) {
                    cell.role = Role::result;
                    cell.highlight = true;
                    cell.opacity = static_cast<float>(0.35 + 0.65 * progress.sweep);
                } else if (rows_phase && flat > r) {
                    cell.role = Role::empty;
                    cell.show_value = false;
                } else if (columns_phase && flat == r && !holding) {
                    cell.role = Role::active;
                    cell.highlight = true;
                }
                frame.cells.push_back(cell);
            }
        }
    }

    // x' = Cᵀ·y, column by column: the columns before r added, column r's terms as the sweep reaches them.
    void add_x_back(Frame& frame, const MatrixRowStep& row, bool columns_phase, bool holding, size_t active) const {
        const ConvMatrix& m = trace_.matrix();
        std::vector<double> partial(static_cast<size_t>(m.cols), 0.0);
        std::vector<uint8_t> touched(static_cast<size_t>(m.cols), 0);
        if (columns_phase) {
            const int64_t last = holding ? m.rows : row.row;
            for (const MatrixEntry& e : m.entries) {
                if (e.row >= last) break;
                partial[static_cast<size_t>(e.col)] += e.value * y_[static_cast<size_t>(e.row)];
                touched[static_cast<size_t>(e.col)] = 1;
            }
            if (!holding) {
                for (size_t i = 0; i < row.entries.size() && i <= active; ++i) {
                    const MatrixEntry& e = row.entries[i];
                    partial[static_cast<size_t>(e.col)] += e.value * y_[static_cast<size_t>(e.row)];
                }
            }
        }
        const size_t first = frame.cells.size();
        for (int64_t j = 0; j < m.cols; ++j) {
            const Cell in = trace_.input_cell(j);
            FrameCell cell = grid_cell(frame, stage_.grid(3, static_cast<size_t>(in.c)), in.y, in.x,
                                       partial[static_cast<size_t>(j)], Role::output);
            if (!columns_phase || !touched[static_cast<size_t>(j)]) {
                cell.role = Role::empty;
                cell.show_value = false;
            }
            frame.cells.push_back(cell);
        }
        if (!columns_phase || holding) return;
        for (size_t i = 0; i < row.entries.size(); ++i) {
            FrameCell& cell = frame.cells[first + static_cast<size_t>(row.entries[i].col)];
            cell.role = Role::result;
            cell.show_value = true;
            cell.highlight = i == active;
        }
    }

    MarkedText caption(const TimePoint& at, const MatrixRowStep& row, size_t active) const {
        const Shape& out = trace_.output_shape();
        if (at.phase == Phase::transpose) {
            return {cat("transpose: entry (i, j) of C moves to (j, i); row r of C becomes column r of Cᵀ")};
        }
        if (at.holding && at.phase == Phase::columns) {
            return {cat("x' = Cᵀ·y: every input cell gets back the sum of the outputs its kernel placements fed")};
        }
        if (at.phase == Phase::rows) {
            auto term = [&](size_t i) {
                const MatrixEntry& e = row.entries[i];
                return product_text(e.value, input_[e.col]);
            };
            return sum_text(cat(cell_name("y", row.output, out), " = row ", row.row, " of C · x"), row.entries.size(),
                            term, active, display_number(row.dot));
        }
        MarkedText text;
        const double y = y_[static_cast<size_t>(row.row)];
        text.add(cat("column ", row.row, " of Cᵀ stamps ", cell_name("y", row.output, out), " = ", display_number(y),
                     " into x': "));
        add_terms(text, row.entries.size(), [&](size_t i) { return product_text(row.entries[i].value, y); }, active, ", ");
        return text;
    }

    MatrixTrace trace_;
    Tensor input_;
    std::vector<double> y_;
    Stage stage_;
};

}  // namespace

Result<ViewPtr> make_matrix_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const Conv2dParams* conv = std::get_if<Conv2dParams>(&scene.params);
    if (!conv) conv = &std::get<Conv2dMatrixParams>(scene.params).conv;
    auto trace = MatrixTrace::make(inputs.input, *inputs.weight, *conv);
    if (!trace) return Error{trace.error()};
    return ViewPtr(std::make_unique<MatrixView>(scene, std::move(trace.value()), style));
}

}  // namespace convviz
