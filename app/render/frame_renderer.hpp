// FrameRenderer: draws a core Frame into the bound framebuffer with the shaders of shaders/ —
// every cell in one instanced draw call (rounded, dashed borders for padding and inserted zeros,
// highlight, opacity, the hover links as overlays), outlines, lines and arrows, and text: up to
// kExactTextPixels from the font's own rasterization at the drawn size (GlyphCache), larger from a
// signed-distance atlas, supersampled. It composes nothing and owns no window: give it a Frame, a
// CanvasView and a target size. Needs a current OpenGL 3.3 core context.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/render/canvas_view.hpp"
#include "app/render/gl_objects.hpp"
#include "app/render/glyph_atlas.hpp"
#include "app/render/glyph_cache.hpp"
#include "app/render/palette.hpp"
#include "core/frame/frame.hpp"
#include "core/frame/links.hpp"
#include "core/i18n/lang.hpp"
#include "core/result.hpp"

namespace convviz {

struct RenderOptions {
    ThemeKind theme = ThemeKind::light;
    bool labels = true;                 // titles, labels, formulas and captions
    float min_text_pixels = kMinTextSize;  // smaller text (at this zoom) is left out
    std::optional<CellRef> hovered;     // drawn with `links` around it
    const Links* links = nullptr;
    float dim = 0.0f;                   // 0..1: veil the frame (an error is shown over it)
    bool transparent = false;           // no page behind the frame: the pixels come out premultiplied
};

// Text up to this many pixels high is drawn from glyphs rasterized at their size; larger text from
// the distance field, which is exact enough there and needs no new bitmaps as the size changes.
inline constexpr float kExactTextPixels = 48.0f;

// What the last draw did with text, so that a test can hold it to kMinTextSize.
struct TextStats {
    size_t drawn = 0;                // texts and cell numbers drawn
    float smallest = 0.0f;           // the smallest drawn, pixels (0: none drawn)
    size_t hidden_numbers = 0;       // cell numbers left out: their cell is too small on screen
    size_t hidden_texts = 0;         // texts left out: smaller than kMinTextSize at this zoom
};

class FrameRenderer {
public:
    // font_path empty or unreadable: the canvas draws without text and text_error() says why.
    // The atlas holds the glyphs of English (Latin, Greek, the formulas' symbols).
    static Result<FrameRenderer> make(const std::string& font_path);

    void draw(const Frame& frame, const CanvasView& view, int width, int height,
                     const RenderOptions& options);
    const std::string& text_error() const { return text_error_; }

    // Re-bakes the atlas for `lang` when it is not the one in use: Chinese adds every character of
    // the Chinese table from a CJK font (find_cjk_font(); 600–900 characters take under a second
    // of one core, less on several), English drops them again.
    // With no CJK font: the message, and the atlas stays as it was (the caller falls back to English).
    std::optional<std::string> use_lang(Lang lang);
    Lang lang() const { return lang_; }
    // How many characters of `lang`'s string table the canvas atlas lacks (they would draw as '?').
    size_t missing_glyphs(Lang lang) const;
    const GlyphAtlas* atlas() const { return atlas_ ? &*atlas_ : nullptr; }  // none: no text
    const TextStats& text_stats() const { return text_stats_; }

private:
    struct CellInstance {
        float rect[4];
        float fill[4];
        float border[4];
        float style[4];  // border width, corner radius, dashed, dash length (frame units)
    };
    struct LineInstance {
        float segment[4];
        float rgba[4];
        float width;
    };
    struct GlyphInstance {
        float quad[4];
        float uv[4];
        float rgba[4];
    };

    FrameRenderer() = default;
    void upload_atlas(GlyphAtlas atlas);
    void collect(const Frame& frame, const CanvasView& view, const RenderOptions& options);
    void add_text(const std::string& text, float x, float baseline, float size, const Colour& colour,
                  size_t mark_begin, size_t mark_end, const Colour& mark);
    // One glyph from the exact-size cache, its pen at frame x `pen`; false when the cache is full.
    bool add_exact_glyph(char32_t code, float pen, float baseline, float pixels, const float* rgba);
    void upload_exact_glyphs();
    void add_cell_text(const FrameCell& cell, const Colour& colour);
    void count_drawn(float size);
    void draw_cells(size_t first, size_t count, const float* transform, int width, int height);

    gl::Program cells_program_;
    gl::Program lines_program_;
    gl::Program text_program_;
    gl::Program exact_text_program_;
    gl::Buffer quad_;
    gl::Buffer cell_buffer_;
    gl::Buffer line_buffer_;
    gl::Buffer glyph_buffer_;
    gl::VertexArray cell_vao_;
    gl::VertexArray line_vao_;
    gl::VertexArray glyph_vao_;
    gl::Texture atlas_texture_;
    gl::Texture exact_texture_;
    GlyphCache exact_glyphs_;
    CanvasView view_;  // the draw's, for text placed on whole pixels
    TextStats text_stats_;
    float min_text_pixels_ = kMinTextSize;
    std::optional<GlyphAtlas> atlas_;
    std::string text_error_;
    std::string font_path_;
    Lang lang_ = Lang::en;

    // Rebuilt each draw, storage kept.
    std::vector<CellInstance> cells_;
    std::vector<LineInstance> lines_;
    std::vector<GlyphInstance> glyphs_;
    std::vector<GlyphInstance> exact_glyph_instances_;
    size_t window_fills_ = 0;   // cells_[0, window_fills_): outline fills, under the cells
    size_t cell_end_ = 0;       // cells_[window_fills_, cell_end_): cells and hover overlays
    size_t border_end_ = 0;     // cells_[cell_end_, border_end_): outline borders; then the veil
};

}  // namespace convviz
