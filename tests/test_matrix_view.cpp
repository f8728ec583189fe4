// The matrix view without a display: row k of C lights exactly the input cells under placement k
// (in C, in the x vector and on the 2-D input), the transpose puts every entry at its mirror place
// and swaps the marks, Cᵀ·y equals conv_transpose2d(y) as core's scatter form computes it, groups
// show their zero blocks, a large C is a heat map, and ConvTranspose2d scenes have the view too.
#include <algorithm>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>

#include "core/frame/compose.hpp"
#include "core/matrix.hpp"
#include "core/matrix_scene.hpp"
#include "core/ops/conv_transpose2d.hpp"
#include "core/scene_edit.hpp"
#include "core/text.hpp"
#include "tests/frame_helpers.hpp"

namespace convviz {
namespace {

// A conv2d scene in the matrix view, values from the integers fill.
Scene conv_scene(const Conv2dParams& params, const Shape& input, const Shape& weight) {
    Scene scene = preset("d2l_conv_matrix");
    scene.id = "test";
    scene.params = params;
    scene.tensors.input = filled(input, Fill::integers, 7);
    scene.tensors.weight = filled(weight, Fill::integers, 8);
    scene.tensors.bias.reset();
    scene.view.kind = ViewKind::matrix;
    return scene;
}

struct Config {
    const char* name;
    Conv2dParams params;
    Shape input;
    Shape weight;
};

std::vector<Config> configs() {
    return {
        {"d2l", {}, {1, 1, 3, 3}, {1, 1, 2, 2}},
        {"stride 2", {.stride = {2, 2}}, {1, 1, 5, 5}, {1, 1, 3, 3}},
        {"padding 1 stride 2, output_padding 1", {.stride = {2, 2}, .padding = {.size = {1, 1}}}, {1, 1, 6, 6}, {1, 1, 3, 3}},
        {"dilation 2, padding (2, 1)", {.padding = {.size = {2, 1}}, .dilation = {2, 2}}, {1, 1, 5, 4}, {1, 1, 3, 2}},
        {"two channels in, three out", {.padding = {.size = {1, 0}}}, {1, 2, 3, 4}, {3, 2, 2, 2}},
        {"groups 2", {.stride = {1, 2}, .groups = 2}, {1, 4, 3, 4}, {2, 2, 2, 2}},
        {"same padding, even kernel", {.padding = {.kind = PaddingKind::same}}, {1, 1, 4, 4}, {1, 1, 2, 2}},
        {"stride 2 never reads the last row and column", {.stride = {2, 2}}, {1, 1, 6, 6}, {1, 1, 3, 3}},
    };
}

// Grid indices by the view's structure: x planes, kernel planes, y planes, x' planes, then C,
// the left vector and the right vector.
struct Grids {
    std::vector<int32_t> x, kernels, y, x_back;
    int32_t matrix = -1, left = -1, right = -1;
};

Grids grids_of(const Scene& scene, const Frame& f) {
    const MatrixSetup s = matrix_setup(scene).value();
    Grids g;
    int32_t at = 0;
    for (int64_t c = 0; c < s.x.dim(1); ++c) g.x.push_back(at++);
    for (int64_t k = 0; k < s.weight.dim(0) * s.weight.dim(1); ++k) g.kernels.push_back(at++);
    for (int64_t c = 0; c < s.y.dim(1); ++c) g.y.push_back(at++);
    for (int64_t c = 0; c < s.x.dim(1); ++c) g.x_back.push_back(at++);
    g.matrix = at++;
    g.left = at++;
    g.right = at++;
    EXPECT_EQ(static_cast<size_t>(at), f.grids.size());
    return g;
}

std::vector<const FrameCell*> cells_in(const Frame& f, int32_t grid) {
    std::vector<const FrameCell*> cells;
    for (const FrameCell& c : f.cells) {
        if (c.grid == grid && c.opacity > 0.0f) cells.push_back(&c);
    }
    return cells;
}

// The flat input cells conv2d reads for output cell `row` (row-major over [C_out, H_out, W_out]),
// from the op's own rules, not the matrix.
std::set<int64_t> under_placement(const Scene& scene, int64_t row) {
    const auto& p = std::get<Conv2dParams>(scene.params);
    const Shape& in = scene.tensors.input.shape();
    const Shape& w = scene.tensors.weight->shape();
    const Shape out = output_shape(p, in, w);
    const Padding4 pad = resolved_padding(p, w);
    const int64_t co = row / (out[2] * out[3]);
    const int64_t oy = row / out[3] % out[2];
    const int64_t ox = row % out[3];
    const int64_t group = co / (w[0] / p.groups);
    std::set<int64_t> cols;
    for (int64_t c = 0; c < w[1]; ++c) {
        const int64_t ci = group * w[1] + c;
        for (int64_t ky = 0; ky < w[2]; ++ky) {
            for (int64_t kx = 0; kx < w[3]; ++kx) {
                const int64_t iy = oy * p.stride.h - pad.top + ky * p.dilation.h;
                const int64_t ix = ox * p.stride.w - pad.left + kx * p.dilation.w;
                if (iy >= 0 && ix >= 0 && iy < in[2] && ix < in[3]) cols.insert((ci * in[2] + iy) * in[3] + ix);
            }
        }
    }
    return cols;
}

TEST(MatrixView, RowKLightsExactlyTheInputCellsUnderPlacementK) {
    for (const Config& config : configs()) {
        const Scene scene = conv_scene(config.params, config.input, config.weight);
        const Composer composer = composer_of(scene);
        const Shape& in = config.input;
        const Padding4 pad = resolved_padding(config.params, config.weight);
        const int64_t rows = composer.timeline().phases()[0].steps;
        for (int64_t k = 0; k < rows; ++k) {
            const Frame f = composer.compose(time_of(composer.timeline(), Phase::rows, k, 0.5));
            const Grids g = grids_of(scene, f);
            const std::set<int64_t> expected = under_placement(scene, k);
            std::set<int64_t> in_matrix, in_vector, on_input;
            for (const FrameCell* c : cells_in(f, g.matrix)) {
                if (c->opacity == 1.0f && c->role == Role::kernel) {
                    EXPECT_EQ(c->row, k) << config.name;
                    in_matrix.insert(c->col);
                }
            }
            for (const FrameCell* c : cells_in(f, g.left)) {
                if (c->role == Role::active) in_vector.insert(c->row);
            }
            for (size_t ch = 0; ch < g.x.size(); ++ch) {
                for (const FrameCell* c : cells_in(f, g.x[ch])) {
                    if (c->role != Role::active) continue;
                    on_input.insert((static_cast<int64_t>(ch) * in[2] + c->row - pad.top) * in[3] + c->col - pad.left);
                }
            }
            EXPECT_EQ(in_matrix, expected) << config.name << " row " << k;
            EXPECT_EQ(in_vector, expected) << config.name << " row " << k;
            EXPECT_EQ(on_input, expected) << config.name << " row " << k;
        }
    }
}

TEST(MatrixView, RowSumsInTheCaptionAreTheConvOutput) {
    const Scene scene = preset("d2l_conv_matrix");  // 3×3 arange, kernel [[1, 2], [3, 4]]
    const Composer composer = composer_of(scene);
    const char* expected[] = {"y[0] = row 0 of C · x = 1·0 + 2·1 + 3·3 + 4·4 = 27",
                              "y[1] = row 1 of C · x = 1·1 + 2·2 + 3·4 + 4·5 = 37",
                              "y[2] = row 2 of C · x = 1·3 + 2·4 + 3·6 + 4·7 = 57",
                              "y[3] = row 3 of C · x = 1·4 + 2·5 + 3·7 + 4·8 = 67"};
    for (int64_t k = 0; k < 4; ++k) {
        const Frame f = composer.compose(time_of(composer.timeline(), Phase::rows, k, 0.9));
        EXPECT_EQ(text_of(f, TextKind::caption)->text, expected[k]);
    }
}

// Each non-zero of C by (row, col) of C: its frame cell's top-left in cells of its grid.
std::map<std::pair<int, int>, std::pair<double, double>> entry_places(const Frame& f, int32_t grid, bool turned) {
    std::map<std::pair<int, int>, std::pair<double, double>> places;
    const FrameGrid& g = f.grids[static_cast<size_t>(grid)];
    for (const FrameCell* c : cells_in(f, grid)) {
        if (c->role != Role::kernel) continue;
        const std::pair<int, int> key = turned ? std::pair{c->col, c->row} : std::pair{c->row, c->col};
        const double centre_x = c->x + 0.5 * c->size;
        const double centre_y = c->y + 0.5 * c->size;
        places[key] = {(centre_y - g.box.y) / g.cell - 0.5, (centre_x - g.box.x) / g.cell - 0.5};
    }
    return places;
}

TEST(MatrixView, TransposeMovesEveryEntryToItsMirrorPlaceAndSwapsTheMarks) {
    for (const Config& config : configs()) {
        const Scene scene = conv_scene(config.params, config.input, config.weight);
        const Composer composer = composer_of(scene);
        const Timeline& timeline = composer.timeline();
        const Frame before = composer.compose(time_of(timeline, Phase::rows, timeline.phases()[0].steps - 1, 0.0));
        const Frame middle = composer.compose(time_of(timeline, Phase::transpose, 0, 0.5));
        const Frame after = composer.compose(time_of(timeline, Phase::columns, 0, 0.0));
        const Grids g = grids_of(scene, before);
        const auto start = entry_places(before, g.matrix, false);
        const auto mid = entry_places(middle, g.matrix, true);
        const auto end = entry_places(after, g.matrix, true);
        ASSERT_FALSE(start.empty()) << config.name;
        ASSERT_EQ(start.size(), end.size()) << config.name;
        for (const auto& [entry, place] : start) {
            EXPECT_NEAR(place.first, entry.first, 1e-3) << config.name;  // C[i, j] at row i, column j
            EXPECT_NEAR(place.second, entry.second, 1e-3) << config.name;
            ASSERT_TRUE(end.count(entry)) << config.name;
            EXPECT_NEAR(end.at(entry).first, entry.second, 1e-3) << config.name;  // then at row j, column i
            EXPECT_NEAR(end.at(entry).second, entry.first, 1e-3) << config.name;
            // On the way, on the straight line between: row + column stays i + j, and the entry is
            // nearer the diagonal than at either end.
            const auto& m = mid.at(entry);
            EXPECT_NEAR(m.first + m.second, entry.first + entry.second, 1e-3) << config.name;
            EXPECT_LE(std::abs(m.first - m.second), std::abs(entry.first - entry.second) * 0.1 + 1e-3) << config.name;
        }
        const FrameGrid& c = before.grids[static_cast<size_t>(g.matrix)];
        const FrameGrid& t = after.grids[static_cast<size_t>(g.matrix)];
        EXPECT_EQ(t.rows, c.cols);
        EXPECT_EQ(t.cols, c.rows);
        // The matrix's label says which it is, and is drawn (a text of the frame centred over it).
        const auto drawn = [](const Frame& f, const FrameGrid& grid) {
            return std::any_of(f.texts.begin(), f.texts.end(), [&](const FrameText& text) {
                return text.kind == TextKind::label && text.text == grid.label &&
                       std::abs(text.x - (grid.box.x + 0.5f * grid.box.w)) < 1e-3f;
            });
        };
        EXPECT_EQ(c.label, cat("C ", c.rows, "×", c.cols));
        EXPECT_EQ(t.label, cat("Cᵀ ", c.cols, "×", c.rows));
        EXPECT_TRUE(drawn(before, c)) << config.name;
        EXPECT_TRUE(drawn(after, t)) << config.name;
    }
    // The marks: y[1] names row 1 left of C, then column 1 above Cᵀ; x[5] the other way round.
    const Scene scene = preset("d2l_conv_matrix");
    const Composer composer = composer_of(scene);
    const Frame before = composer.compose(time_of(composer.timeline(), Phase::rows, 0, 0.0));
    const Frame after = composer.compose(time_of(composer.timeline(), Phase::columns, 0, 0.0));
    const auto mark = [](const Frame& f, const std::string& text) {
        for (const FrameText& t : f.texts) {
            if (t.text == text) return t;
        }
        ADD_FAILURE() << "no mark " << text;
        return FrameText{};
    };
    const Grids g = grids_of(scene, before);
    const FrameGrid& c = before.grids[static_cast<size_t>(g.matrix)];
    const FrameGrid& t = after.grids[static_cast<size_t>(g.matrix)];
    EXPECT_LT(mark(before, "y[1]").x, c.box.x);
    EXPECT_NEAR(mark(before, "y[1]").y + 0.5f * mark(before, "y[1]").size, c.box.y + 1.5f * c.cell, 0.01f);
    EXPECT_LT(mark(after, "y[1]").y, t.box.y);
    EXPECT_NEAR(mark(after, "y[1]").x, t.box.x + 1.5f * t.cell, 0.01f);
    EXPECT_LT(mark(before, "x[5]").y, c.box.y);
    EXPECT_LT(mark(after, "x[5]").x, t.box.x);
}

// x' in the 2-D planes of the last frame, as a tensor of the input's shape.
Tensor x_back(const Scene& scene) {
    const Composer composer = composer_of(scene);
    const Frame f = composer.compose(composer.timeline().duration() - 0.01);
    const Grids g = grids_of(scene, f);
    const MatrixSetup s = matrix_setup(scene).value();
    Tensor out(s.x.shape(), std::numeric_limits<double>::quiet_NaN());
    for (size_t ch = 0; ch < g.x_back.size(); ++ch) {
        for (const FrameCell* c : cells_in(f, g.x_back[ch])) out.at(0, static_cast<int64_t>(ch), c->row, c->col) = c->value;
    }
    return out;
}

TEST(MatrixView, CTransposeTimesYIsConvTranspose2dOfY) {
    for (const Config& config : configs()) {
        const Scene scene = conv_scene(config.params, config.input, config.weight);
        const MatrixSetup s = matrix_setup(scene).value();
        const Tensor back = x_back(scene);
        if (!s.transpose) {
            // Uneven padding: no ConvTranspose2d to compare with, but still Cᵀ·y.
            EXPECT_EQ(config.params.padding.kind, PaddingKind::same) << config.name;
            const ConvMatrix c = conv_matrix(s.conv, s.x.shape(), s.weight).value();
            const std::vector<double> expected = c.transposed().multiply(s.y.data());
            for (int64_t i = 0; i < back.size(); ++i) EXPECT_NEAR(back[i], expected[static_cast<size_t>(i)], 1e-9);
            continue;
        }
        auto expected = conv_transpose2d_scatter(s.y, s.weight, nullptr, *s.transpose);
        ASSERT_TRUE(expected.ok()) << config.name << ": " << expected.error();
        ASSERT_EQ(expected.value().shape(), back.shape()) << config.name;
        for (int64_t i = 0; i < back.size(); ++i) EXPECT_NEAR(back[i], expected.value()[i], 1e-9) << config.name;
        // The screen says which ConvTranspose2d, output_padding included.
        const Composer composer = composer_of(scene);
        const Frame f = composer.compose(time_of(composer.timeline(), Phase::columns, 0, 0.5));
        const std::string formula = text_of(f, TextKind::formula)->text;
        const Frame last = composer.compose(composer.timeline().duration() - 0.01);
        for (const FrameCell& c : last.cells) {
            const Role role = last.grids[static_cast<size_t>(c.grid)].role;
            if (role == Role::output) {
                EXPECT_NE(c.role, Role::empty) << config.name << ": an x' or y cell left blank";
            }
        }
        const std::string caption = text_of(last, TextKind::caption)->text;
        EXPECT_NE(caption.find("number for number"), std::string::npos) << caption;
        const Pair op = s.transpose->output_padding;
        EXPECT_NE(formula.find(op.h == op.w ? cat("output_padding ", op.h) : cat("output_padding (", op.h, ", ", op.w, ")")),
                  std::string::npos)
            << formula;
    }
    // The stride-2 cases need output_padding 1 to give the 6×6 back.
    EXPECT_EQ(matrix_setup(conv_scene(configs()[7].params, configs()[7].input, configs()[7].weight)).value().transpose->output_padding,
              (Pair{1, 1}));
    EXPECT_EQ(matrix_setup(conv_scene(configs()[2].params, configs()[2].input, configs()[2].weight)).value().transpose->output_padding,
              (Pair{1, 1}));
}

TEST(MatrixView, ConvTransposeScenesShowTheirOwnOutputAsCTransposeY) {
    for (const char* id : {"d2l_tconv", "d2l_tconv_stride2", "padding_strides_transposed", "padding_strides_odd_transposed",
                           "no_padding_no_strides_transposed"}) {
        Scene scene = preset(id, ViewKind::matrix);
        scene.tensors.bias.reset();  // C is the linear part
        auto out = conv_transpose2d_scatter(scene.tensors.input, *scene.tensors.weight, nullptr,
                                            std::get<ConvTranspose2dParams>(scene.params));
        ASSERT_TRUE(out.ok()) << id;
        const Tensor back = x_back(scene);
        ASSERT_EQ(back.shape(), out.value().shape()) << id;
        for (int64_t i = 0; i < back.size(); ++i) EXPECT_NEAR(back[i], out.value()[i], 1e-9) << id;
    }
    // Groups, dilation, uneven strides and output_padding, by hand.
    Scene scene = preset("d2l_tconv", ViewKind::matrix);
    const ConvTranspose2dParams params{.stride = {2, 1}, .padding = {1, 0}, .output_padding = {1, 0}, .dilation = {1, 2},
                                       .groups = 2};
    scene.params = params;
    scene.tensors.input = filled({1, 4, 2, 3}, Fill::integers, 3);
    scene.tensors.weight = filled({4, 1, 3, 2}, Fill::integers, 4);
    auto out = conv_transpose2d_scatter(scene.tensors.input, *scene.tensors.weight, nullptr, params);
    ASSERT_TRUE(out.ok()) << out.error();
    const Tensor back = x_back(scene);
    ASSERT_EQ(back.shape(), out.value().shape());
    for (int64_t i = 0; i < back.size(); ++i) EXPECT_NEAR(back[i], out.value()[i], 1e-9);
}

TEST(MatrixView, TheTransposeFormulaNamesEveryParameterThatIsNotTheDefault) {
    const Scene scene = conv_scene({.stride = {2, 1}, .padding = {.size = {1, 0}}, .dilation = {1, 2}, .groups = 2},
                                   {1, 2, 5, 5}, {2, 1, 3, 2});
    const Composer composer = composer_of(scene);
    const Frame f = composer.compose(time_of(composer.timeline(), Phase::columns, 0, 0.5));
    const std::string formula = text_of(f, TextKind::formula)->text;
    EXPECT_EQ(formula, "x' = Cᵀ·y = ConvTranspose2d(y): stride (2, 1), padding (1, 0), output_padding 0, "
                       "dilation (1, 2), groups 2");
}

TEST(MatrixView, ConfigurationsTheMatrixCannotHoldAreRefusedInPlainWords) {
    Scene tconv = preset("d2l_tconv", ViewKind::matrix);
    // PyTorch allows output_padding < dilation, but then the conv2d cannot map the output back.
    tconv.params = ConvTranspose2dParams{.output_padding = {1, 0}, .dilation = {2, 1}};
    EXPECT_EQ(validate(tconv).value_or(""),
              "the matrix view needs output_padding < stride so that the conv2d maps the 5×3 output back onto the "
              "2×2 input, but output_padding is 1 and stride 1 (height)");
    tconv = preset("d2l_tconv", ViewKind::matrix);
    tconv.tensors.input = Tensor({2, 1, 2, 2}, 1.0);
    EXPECT_EQ(validate(tconv).value_or(""), "the convolution matrix is drawn for one image, but the batch size is 2");
    Scene conv = preset("d2l_conv2d", ViewKind::matrix);
    conv.params = Conv2dParams{.padding = {.size = {1, 1}}, .padding_mode = PaddingMode::reflect};
    EXPECT_EQ(validate(conv).value_or(""), "the convolution matrix is drawn for zero padding only, but padding_mode is reflect");
}

TEST(MatrixView, ChannelBandsAreNamedAndEntriesDescribedInEitherOrientation) {
    const Config channels = configs()[4];  // 2 → 3 channels: C's rows in 3 bands, its columns in 2
    const Scene scene = conv_scene(channels.params, channels.input, channels.weight);
    const Frame f = compose(scene, 0.5).value();
    std::set<std::string> texts;
    for (const FrameText& t : f.texts) texts.insert(t.text);
    for (const char* band : {"y c0", "y c1", "y c2", "x c0", "x c1"}) EXPECT_TRUE(texts.count(band)) << band;
    // d2l: C[1, 5] holds kernel[1][1] = 4; after the transpose it is Cᵀ[5, 1].
    const Scene d2l = preset("d2l_conv_matrix");
    const Composer composer = composer_of(d2l);
    const Grids g = grids_of(d2l, composer.compose(0.0));
    const std::string rows = composer.describe(time_of(composer.timeline(), Phase::rows, 0, 0.5), cell_ref(g.matrix, 1, 5));
    EXPECT_EQ(rows.substr(0, rows.find('\n')), "C[1, 5] = 4, kernel[0][0][1][1]");
    const double columns = time_of(composer.timeline(), Phase::columns, 0, 0.5);
    const std::string turned = composer.describe(columns, cell_ref(g.matrix, 5, 1));
    EXPECT_EQ(turned.substr(0, turned.find('\n')), "Cᵀ[5, 1] = C[1, 5] = 4, kernel[0][0][1][1]");
    EXPECT_NE(composer.describe(columns, cell_ref(g.matrix, 0, 1)).find("= 0 (x[0] is not under placement 1)"),
              std::string::npos);
}

TEST(MatrixView, GroupsShowTheirZeroBlocks) {
    const Config grouped = configs()[5];  // 4 → 2 channels in 2 groups: 4 of the 8 blocks are zero
    const Scene scene = conv_scene(grouped.params, grouped.input, grouped.weight);
    const Composer composer = composer_of(scene);
    const Frame f = composer.compose(0.5);
    size_t zero_blocks = 0;
    for (const Outline& o : f.outlines) zero_blocks += o.role == Role::cropped ? 1 : 0;
    EXPECT_EQ(zero_blocks, 4u);  // output channel 0 reads inputs 0, 1 and channel 1 reads 2, 3: 2 × 2 blocks cut off
    size_t notes = 0;
    for (const FrameText& t : f.texts) notes += t.kind == TextKind::note && t.text == "0: groups" ? 1u : 0u;
    EXPECT_GT(notes, 0u);
    // A zero block's entry says why it is zero.
    const Grids g = grids_of(scene, f);
    const std::string why = composer.describe(0.5, cell_ref(g.matrix, 0, 3 * 4 * 3));
    EXPECT_NE(why.find("groups: input channel 3 never reaches output channel 0"), std::string::npos) << why;
}

TEST(MatrixView, ALargeMatrixIsAHeatMapOfItsNonZeros) {
    const Scene scene = preset("matrix_1024");  // 32×32 input, 3×3 kernel, padding 1
    const Composer composer = composer_of(scene);
    const Frame f = composer.compose(0.5);
    const Grids g = grids_of(scene, f);
    const FrameGrid& c = f.grids[static_cast<size_t>(g.matrix)];
    EXPECT_EQ(c.rows, 1024);
    EXPECT_EQ(c.cols, 1024);
    size_t entries = 0;
    for (const FrameCell* cell : cells_in(f, g.matrix)) {
        EXPECT_FALSE(cell->show_value);
        ++entries;
    }
    EXPECT_EQ(entries, 30u * 30u * 9u + 4u * 30u * 6u + 4u * 4u);  // inner, edge and corner rows
    // Hovering an entry names its row, column, kernel cell and value.
    const std::string text = composer.describe(0.5, cell_ref(g.matrix, 33, 34));
    EXPECT_EQ(text.substr(0, text.find('\n')), "C[33, 34] = 3, kernel[0][0][1][2]");
    EXPECT_NE(text.find("row 33 of C: y[1][1]; column 34: x[1][2]"), std::string::npos) << text;
    EXPECT_EQ(composer.describe(0.5, cell_ref(g.matrix, 33, 5)), "");  // a zero: not drawn in a heat map
}

}  // namespace
}  // namespace convviz
