// Frame: one picture of an animation as plain data, in frame units (origin top-left, y down):
// grids of cells, kernel outlines, lines and arrows, and text. Colours are roles, mapped to colours
// by a theme in the renderer. A Frame draws nothing and holds no text per cell: a cell keeps its
// number, and whoever draws it formats it with display_number().
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace convviz {

// What a cell or a mark is, for the theme to colour.
enum class Role : uint8_t {
    input,          // a value of the op's input
    output,         // a computed output value
    kernel,         // a weight
    padding,        // the padding ring around an input (its mode's values)
    inserted_zero,  // a zero the stride spread inserts between input cells
    cropped,        // a cell of the full transposed output that padding cuts away
    active,         // what the current step reads
    result,         // what the current step writes
    empty,          // a place not yet written, or a zero entry of a matrix
};
const char* name(Role role);

enum class BorderStyle : uint8_t { solid, dashed };

struct Rect {
    float x = 0.0f;
    float y = 0.0f;
    float w = 0.0f;
    float h = 0.0f;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool overlaps(const Rect& other) const;  // interiors intersect; touching edges do not count
    bool contains(const Rect& other, float slack = 0.0f) const;
};

// A tensor plane (or a matrix) laid out as rows × cols cells; its label sits above `box`.
struct FrameGrid {
    std::string label;    // "input 5×5", "kernel 3×3", "output[c=1] 3×3"
    Rect box;             // the cells' area; cells may move inside it but not out
    float cell = 0.0f;    // side of one cell
    int64_t rows = 0;
    int64_t cols = 0;
    Role role = Role::input;
};

struct FrameCell {
    float x = 0.0f;          // top-left corner; a tween may put it between two places
    float y = 0.0f;
    float size = 0.0f;
    double value = 0.0;
    int32_t grid = 0;        // index into Frame::grids
    int32_t row = 0;         // the cell's place in its grid
    int32_t col = 0;
    Role role = Role::input;
    BorderStyle border = BorderStyle::solid;
    bool show_value = true;
    bool highlight = false;  // emphasised by the step (a thicker border)
    float opacity = 1.0f;
    // 0: the role's colour. k > 0: the colour of kernel cell k − 1 (row-major in its kH × kW
    // plane), so that a weight, the matrix entries holding it and the cells it meets share a colour.
    uint16_t tint = 0;
};

// A rectangle drawn around cells: the kernel window, a stamp, a matrix row.
struct Outline {
    Rect box;
    Role role = Role::kernel;
    BorderStyle border = BorderStyle::solid;
    float opacity = 1.0f;
};

struct Line {
    float x0 = 0.0f;
    float y0 = 0.0f;
    float x1 = 0.0f;
    float y1 = 0.0f;
    Role role = Role::active;
    bool arrow = false;  // an arrowhead at (x1, y1)
    float opacity = 1.0f;
};

// A note is a short remark placed over cells (a block of zeros); a label never covers a grid.
enum class TextKind : uint8_t { title, label, formula, caption, note };
const char* name(TextKind kind);  // "title", "label", …: as frame JSON and tests spell it
enum class Anchor : uint8_t { left, centre };

struct FrameText {
    TextKind kind = TextKind::label;
    float x = 0.0f;       // left edge or centre (anchor) of the text's baseline box
    float y = 0.0f;       // top of the line
    float size = 16.0f;   // font height in frame units
    Anchor anchor = Anchor::left;
    std::string text;     // UTF-8
    size_t mark_begin = 0;  // bytes [mark_begin, mark_end) are the active term; empty: none
    size_t mark_end = 0;
    Role role = Role::input;
    float opacity = 1.0f;
};

struct Frame {
    float width = 1280.0f;
    float height = 720.0f;
    std::vector<FrameGrid> grids;
    std::vector<FrameCell> cells;
    std::vector<Outline> outlines;
    std::vector<Line> lines;
    std::vector<FrameText> texts;

    void clear();  // empties every list, keeps their storage
};

// No text is drawn smaller than this many pixels: frames are composed at the pixel size they are
// shown at (the canvas' own, an export's), so a frame unit is a pixel. Smaller text would not be
// read right from the back of a lecture hall, nor in a paper's column; what does not fit at this
// size wraps, makes room or (a cell's number) waits for the zoom.
inline constexpr float kMinTextSize = 12.0f;

// The width a line of `text` takes at `size`, as the layout estimates it (DejaVu Sans' average
// advance, a little generous); the renderer measures exactly.
float estimated_text_width(const std::string& text, float size);

// `text` cut into lines of at most `room` wide at `size` (as estimated_text_width() measures):
// byte ranges [begin, end), spaces at a break left out. Lines break after a space, or beside a
// wide (CJK) character; a word wider than `room` alone is cut where it must be.
struct TextLine {
    size_t begin = 0;
    size_t end = 0;
};
std::vector<TextLine> wrap_text(const std::string& text, float size, float room);

// The whole of one of a frame's band texts (its title, formula or caption) however many lines it
// was wrapped into: the first line with the others joined on as they were cut (a space between
// words, none beside a wide character), its mark carried over. Empty when the frame has none.
std::optional<FrameText> joined_text(const Frame& frame, TextKind kind);

}  // namespace convviz
