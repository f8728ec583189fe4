#include "app/render/frame_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "core/text.hpp"

namespace convviz {

namespace {

// Software GL (llvmpipe) bins a whole draw before it rasterizes any of it: the large scene's
// matrix view (137,770 cells in one draw) peaked at 206-242 MB, 70 MB of it bins. In batches with
// a flush between, the bins are reused: 156-163 MB, at the same frame time.
constexpr size_t kCellsPerDraw = 4096;

constexpr float kTinyCellPixels = 7.0f;

// A frame composed at its pixel size puts its smallest text at exactly kMinTextSize; float
// rounding in the view's scale must not hide it.
constexpr float kSizeSlack = 0.01f;

void put(float* out, const Colour& c, float opacity = 1.0f) {
    out[0] = c.r;
    out[1] = c.g;
    out[2] = c.b;
    out[3] = c.a * opacity;
}

void put_rect(float* out, float x, float y, float w, float h) {
    out[0] = x;
    out[1] = y;
    out[2] = w;
    out[3] = h;
}

// Attribute `location` reads `components` floats at `offset` bytes of each instance.
void instance_attribute(GLuint location, GLint components, GLsizei stride, size_t offset) {
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, components, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offset));  // NOLINT: GL's offset convention
    glVertexAttribDivisor(location, 1);
}

void quad_attribute(GLuint quad) {
    glBindBuffer(GL_ARRAY_BUFFER, quad);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
}

void set_transform(GLuint program, const float* transform, int width, int height) {
    glUseProgram(program);
    glUniform2f(glGetUniformLocation(program, "frame_to_pixels_scale"), transform[0], transform[0]);
    glUniform2f(glGetUniformLocation(program, "frame_to_pixels_offset"), transform[1], transform[2]);
    glUniform2f(glGetUniformLocation(program, "target_size"), static_cast<float>(width),
                static_cast<float>(height));
}

template <class T>
void upload(GLuint buffer, const std::vector<T>& items) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(items.size() * sizeof(T)), items.data(), GL_STREAM_DRAW);
}

}  // namespace

Result<FrameRenderer> FrameRenderer::make(const std::string& font_path) {
    FrameRenderer r;
    for (auto [program, name] : {std::pair{&r.cells_program_, "cells"}, std::pair{&r.lines_program_, "lines"},
                                 std::pair{&r.text_program_, "text"}}) {
        Result<gl::Program> made = gl::make_program(name);
        if (!made) return Error{made.error()};
        *program = std::move(made).value();
    }
    Result<gl::Program> exact = gl::make_program("text", "text_exact");
    if (!exact) return Error{exact.error()};
    r.exact_text_program_ = std::move(exact).value();
    r.exact_texture_ = gl::make_texture();
    glBindTexture(GL_TEXTURE_2D, r.exact_texture_.id());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, r.exact_glyphs_.side(), r.exact_glyphs_.side(), 0, GL_RED, GL_UNSIGNED_BYTE,
                 r.exact_glyphs_.pixels().data());
    // One texel a pixel, never blended with a neighbour glyph's.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    static_cast<void>(r.exact_glyphs_.take_dirty_rows());
    r.quad_ = gl::make_buffer();
    r.cell_buffer_ = gl::make_buffer();
    r.line_buffer_ = gl::make_buffer();
    r.glyph_buffer_ = gl::make_buffer();
    r.cell_vao_ = gl::make_vertex_array();
    r.line_vao_ = gl::make_vertex_array();
    r.glyph_vao_ = gl::make_vertex_array();

    // Cells and glyphs use a unit quad; lines use (along, across) with across in −1..1.
    const float quad[] = {0, 0, 1, 0, 0, 1, 1, 1, 0, -1, 1, -1, 0, 1, 1, 1};
    glBindBuffer(GL_ARRAY_BUFFER, r.quad_.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof(quad), quad, GL_STATIC_DRAW);

    glBindVertexArray(r.cell_vao_.id());
    quad_attribute(r.quad_.id());
    glBindBuffer(GL_ARRAY_BUFFER, r.cell_buffer_.id());
    constexpr GLsizei cell_stride = sizeof(CellInstance);
    instance_attribute(1, 4, cell_stride, offsetof(CellInstance, rect));
    instance_attribute(2, 4, cell_stride, offsetof(CellInstance, fill));
    instance_attribute(3, 4, cell_stride, offsetof(CellInstance, border));
    instance_attribute(4, 4, cell_stride, offsetof(CellInstance, style));

    glBindVertexArray(r.line_vao_.id());
    glBindBuffer(GL_ARRAY_BUFFER, r.quad_.id());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float),
                          reinterpret_cast<const void*>(8 * sizeof(float)));  // NOLINT: GL's offset convention
    glBindBuffer(GL_ARRAY_BUFFER, r.line_buffer_.id());
    constexpr GLsizei line_stride = sizeof(LineInstance);
    instance_attribute(1, 4, line_stride, offsetof(LineInstance, segment));
    instance_attribute(2, 4, line_stride, offsetof(LineInstance, rgba));
    instance_attribute(3, 1, line_stride, offsetof(LineInstance, width));

    glBindVertexArray(r.glyph_vao_.id());
    quad_attribute(r.quad_.id());
    glBindBuffer(GL_ARRAY_BUFFER, r.glyph_buffer_.id());
    constexpr GLsizei glyph_stride = sizeof(GlyphInstance);
    instance_attribute(1, 4, glyph_stride, offsetof(GlyphInstance, quad));
    instance_attribute(2, 4, glyph_stride, offsetof(GlyphInstance, uv));
    instance_attribute(3, 4, glyph_stride, offsetof(GlyphInstance, rgba));
    glBindVertexArray(0);

    r.font_path_ = font_path;
    if (font_path.empty()) {
        r.text_error_ = "no canvas font found (install fonts-dejavu-core): the canvas shows no text";
    } else if (Result<GlyphAtlas> atlas = GlyphAtlas::bake(font_path); !atlas) {
        r.text_error_ = atlas.error() + ": the canvas shows no text";
    } else {
        r.upload_atlas(std::move(atlas).value());
    }
    return r;
}

void FrameRenderer::upload_atlas(GlyphAtlas atlas) {
    atlas_ = std::move(atlas);
    exact_glyphs_.clear();
    atlas_texture_ = gl::make_texture();
    glBindTexture(GL_TEXTURE_2D, atlas_texture_.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas_->width(), atlas_->height(), 0, GL_RED, GL_UNSIGNED_BYTE,
                 atlas_->pixels().data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
}

std::optional<std::string> FrameRenderer::use_lang(Lang lang) {
    if (lang == lang_) return std::nullopt;
    if (!atlas_) {  // no text at all (text_error() says why): nothing to bake
        lang_ = lang;
        return std::nullopt;
    }
    AtlasParams params;
    if (lang == Lang::zh) {
        params.fallback_font = find_cjk_font();
        if (params.fallback_font.empty()) return std::string("no Chinese font found: install fonts-wqy-microhei");
        params.extra = table_code_points(Lang::zh);
    }
    Result<GlyphAtlas> atlas = GlyphAtlas::bake(font_path_, params);
    if (!atlas) return atlas.error();
    upload_atlas(std::move(atlas).value());
    lang_ = lang;
    return std::nullopt;
}

void FrameRenderer::add_text(const std::string& text, float x, float baseline, float size, const Colour& colour,
                             size_t mark_begin, size_t mark_end, const Colour& mark) {
    if (!atlas_) return;
    const float pixels = size * view_.scale;
    float pen = x;
    for (size_t pos = 0; pos < text.size();) {
        const size_t at = pos;
        const char32_t code = next_code_point(text, pos);
        const Glyph& g = atlas_->glyph(code);
        float rgba[4];
        put(rgba, at >= mark_begin && at < mark_end ? mark.with_alpha(colour.a) : colour);
        if (g.u1 > g.u0 && !(pixels <= kExactTextPixels && add_exact_glyph(code, pen, baseline, pixels, rgba))) {
            GlyphInstance& q = glyphs_.emplace_back();
            put_rect(q.quad, pen + g.x0 * size, baseline + g.y0 * size, (g.x1 - g.x0) * size, (g.y1 - g.y0) * size);
            q.uv[0] = g.u0;
            q.uv[1] = g.v0;
            q.uv[2] = g.u1;
            q.uv[3] = g.v1;
            std::copy_n(rgba, 4, q.rgba);
        }
        pen += g.advance * size;
    }
}

bool FrameRenderer::add_exact_glyph(char32_t code, float pen, float baseline, float pixels, const float* rgba) {
    // The glyph sits on a whole-pixel baseline with its pen at one of kPhases places in a pixel,
    // so that its bitmap's pixels are the target's.
    const float pen_pixels = pen * view_.scale + view_.offset_x;
    const float whole = std::floor(pen_pixels);
    const int phase = std::min(static_cast<int>((pen_pixels - whole) * GlyphCache::kPhases + 0.5f), GlyphCache::kPhases);
    const float left = whole + (phase == GlyphCache::kPhases ? 1.0f : 0.0f);
    const GlyphCache::Entry* e = exact_glyphs_.find_or_add(*atlas_, code, pixels, phase % GlyphCache::kPhases);
    if (e == nullptr) return false;
    if (e->width == 0) return true;  // no ink
    const float line = std::round(baseline * view_.scale + view_.offset_y);
    GlyphInstance& q = exact_glyph_instances_.emplace_back();
    put_rect(q.quad, (left + static_cast<float>(e->x) - view_.offset_x) / view_.scale,
             (line + static_cast<float>(e->y) - view_.offset_y) / view_.scale, static_cast<float>(e->width) / view_.scale,
             static_cast<float>(e->height) / view_.scale);
    q.uv[0] = e->u0;
    q.uv[1] = e->v0;
    q.uv[2] = e->u1;
    q.uv[3] = e->v1;
    std::copy_n(rgba, 4, q.rgba);
    return true;
}

void FrameRenderer::upload_exact_glyphs() {
    const auto [first, last] = exact_glyphs_.take_dirty_rows();
    if (first == last) return;
    glBindTexture(GL_TEXTURE_2D, exact_texture_.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    const int side = exact_glyphs_.side();
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, first, side, last - first, GL_RED, GL_UNSIGNED_BYTE,
                    exact_glyphs_.pixels().data() + static_cast<size_t>(first) * static_cast<size_t>(side));
    glBindTexture(GL_TEXTURE_2D, 0);
}

void FrameRenderer::count_drawn(float size) {
    const float pixels = size * view_.scale;
    text_stats_.smallest = text_stats_.drawn == 0 ? pixels : std::min(text_stats_.smallest, pixels);
    ++text_stats_.drawn;
}

void FrameRenderer::add_cell_text(const FrameCell& cell, const Colour& colour) {
    char buffer[32];
    const size_t length = display_number(cell.value, buffer, sizeof buffer);
    const std::string text(buffer, length);
    float size = cell.size * 0.46f;
    const float width = atlas_->measure(text, size);
    const float room = cell.size * 0.86f;
    if (width > room) size *= room / width;
    // A number too small to read is worse than none: it comes back when the zoom makes room.
    if (size * view_.scale < min_text_pixels_ - kSizeSlack) {
        ++text_stats_.hidden_numbers;
        return;
    }
    const float x = cell.x + (cell.size - atlas_->measure(text, size)) * 0.5f;
    // Centre the digits' height (about 0.73 em in DejaVu Sans) on the cell's middle.
    const float baseline = cell.y + cell.size * 0.5f + size * 0.365f;
    count_drawn(size);
    add_text(text, x, baseline, size, colour, 0, 0, colour);
}

void FrameRenderer::collect(const Frame& frame, const CanvasView& view, const RenderOptions& options) {
    const Palette& p = palette(options.theme);
    const float pixel = 1.0f / view.scale;  // one pixel in frame units
    cells_.clear();
    lines_.clear();
    glyphs_.clear();
    exact_glyph_instances_.clear();
    view_ = view;
    text_stats_ = {};
    min_text_pixels_ = options.min_text_pixels;
    exact_glyphs_.begin_frame();

    const auto outline_width = [&](float box) { return std::max(2.5f * pixel, box * 0.004f); };
    for (const Outline& o : frame.outlines) {
        CellInstance& c = cells_.emplace_back();
        put_rect(c.rect, o.box.x, o.box.y, o.box.w, o.box.h);
        put(c.fill, o.role == Role::kernel ? p.window_fill : p.role(o.role).fill.with_alpha(0.15f), o.opacity);
        put(c.border, Colour{0, 0, 0, 0});
        c.style[0] = 0.0f;
        c.style[1] = std::min(o.box.w, o.box.h) * 0.06f;
    }
    window_fills_ = cells_.size();

    for (const FrameCell& cell : frame.cells) {
        if (cell.opacity <= 0.0f) continue;
        const RoleStyle& role = p.role(cell.role);
        const Colour& fill = cell.tint != 0 ? p.tint(cell.tint) : role.fill;
        const float inset = cell.size * 0.05f;
        const float side = cell.size - 2.0f * inset;
        CellInstance& c = cells_.emplace_back();
        put_rect(c.rect, cell.x + inset, cell.y + inset, side, side);
        if (side * view.scale < kTinyCellPixels && !cell.highlight) {
            // Too small for borders and dashes to read: a heat map of fills, unfilled cells faint.
            put(c.fill, fill.a > 0.0f ? fill : role.border.with_alpha(0.25f), cell.opacity);
            put(c.border, Colour{0, 0, 0, 0});
            continue;
        }
        put(c.fill, fill, cell.opacity);
        put(c.border, role.border, cell.opacity);
        const float thin = std::max(1.0f * pixel, side * 0.025f);
        c.style[0] = cell.highlight ? std::max(3.0f * pixel, side * 0.09f) : thin;
        c.style[1] = side * 0.12f;
        c.style[2] = cell.border == BorderStyle::dashed ? 1.0f : 0.0f;
        c.style[3] = side / 4.5f;
    }
    if (options.hovered && options.links != nullptr) {
        const auto ring = [&](const CellRef& ref, const Colour& colour, float weight) {
            if (ref.grid < 0 || static_cast<size_t>(ref.grid) >= frame.grids.size()) return;
            const FrameGrid& g = frame.grids[static_cast<size_t>(ref.grid)];
            // The cell's place in its grid; a moving cell keeps its grid place for links.
            const float x = g.box.x + static_cast<float>(ref.col) * g.cell;
            const float y = g.box.y + static_cast<float>(ref.row) * g.cell;
            CellInstance& c = cells_.emplace_back();
            put_rect(c.rect, x, y, g.cell, g.cell);
            put(c.fill, colour.with_alpha(0.18f));
            put(c.border, colour);
            c.style[0] = std::max(2.5f * pixel, g.cell * weight);
            c.style[1] = g.cell * 0.14f;
        };
        for (const CellRef& ref : options.links->sources) ring(ref, p.source_link, 0.08f);
        for (const CellRef& ref : options.links->dependents) ring(ref, p.dependent_link, 0.08f);
        ring(*options.hovered, p.mark, 0.12f);
    }
    cell_end_ = cells_.size();

    for (const Outline& o : frame.outlines) {
        CellInstance& c = cells_.emplace_back();
        put_rect(c.rect, o.box.x, o.box.y, o.box.w, o.box.h);
        put(c.fill, Colour{0, 0, 0, 0});
        put(c.border, p.role(o.role).border, o.opacity);
        c.style[0] = outline_width(std::min(o.box.w, o.box.h));
        c.style[1] = std::min(o.box.w, o.box.h) * 0.06f;
        c.style[2] = o.border == BorderStyle::dashed ? 1.0f : 0.0f;
        c.style[3] = std::min(o.box.w, o.box.h) / 8.0f;
    }
    border_end_ = cells_.size();
    if (options.dim > 0.0f) {
        CellInstance& veil = cells_.emplace_back();
        put_rect(veil.rect, -frame.width * 4.0f, -frame.height * 4.0f, frame.width * 9.0f, frame.height * 9.0f);
        put(veil.fill, p.page, std::clamp(options.dim, 0.0f, 1.0f));
        put(veil.border, Colour{0, 0, 0, 0});
    }

    const float line_width = 1.6f * pixel;
    for (const Line& l : frame.lines) {
        if (l.opacity <= 0.0f) continue;
        const Colour colour = p.role(l.role).border;
        lines_.push_back({{l.x0, l.y0, l.x1, l.y1}, {colour.r, colour.g, colour.b, colour.a * l.opacity}, line_width});
        if (!l.arrow) continue;
        const float dx = l.x1 - l.x0, dy = l.y1 - l.y0;
        const float length = std::sqrt(dx * dx + dy * dy);
        if (length <= 0.0f) continue;
        const float head = std::min(length * 0.35f, 12.0f * pixel + length * 0.05f);
        const float ux = dx / length, uy = dy / length;
        for (float side : {-1.0f, 1.0f}) {
            const float hx = l.x1 - head * (ux * 0.87f - side * uy * 0.5f);
            const float hy = l.y1 - head * (uy * 0.87f + side * ux * 0.5f);
            lines_.push_back({{l.x1, l.y1, hx, hy}, {colour.r, colour.g, colour.b, colour.a * l.opacity}, line_width * 1.3f});
        }
    }

    if (!atlas_) return;
    for (const FrameCell& cell : frame.cells) {
        if (!cell.show_value || cell.opacity <= 0.0f) continue;
        const Colour& number = cell.tint != 0 ? p.tint_number : p.role(cell.role).number;
        add_cell_text(cell, number.with_alpha(cell.opacity));
    }
    if (!options.labels) return;
    for (const FrameText& t : frame.texts) {
        if (t.opacity <= 0.0f || t.text.empty()) continue;
        if (t.size * view.scale < options.min_text_pixels - kSizeSlack) {  // zoomed out below reading size
            ++text_stats_.hidden_texts;
            continue;
        }
        count_drawn(t.size);
        Colour colour = t.kind == TextKind::title     ? p.title
                        : t.kind == TextKind::label   ? p.label
                        : t.kind == TextKind::note    ? p.label
                        : t.kind == TextKind::formula ? p.formula
                                                      : p.caption;
        colour.a *= t.opacity;
        const float x = t.anchor == Anchor::centre ? t.x - atlas_->measure(t.text, t.size) * 0.5f : t.x;
        add_text(t.text, x, t.y + atlas_->ascent() * t.size, t.size, colour, t.mark_begin, t.mark_end, p.mark);
    }
}

void FrameRenderer::draw_cells(size_t first, size_t count, const float* transform, int width, int height) {
    if (count == 0) return;
    set_transform(cells_program_.id(), transform, width, height);
    glUniform1f(glGetUniformLocation(cells_program_.id(), "pixels_per_unit"), transform[0]);
    glBindVertexArray(cell_vao_.id());
    glBindBuffer(GL_ARRAY_BUFFER, cell_buffer_.id());
    constexpr GLsizei stride = sizeof(CellInstance);
    for (size_t done = 0; done < count; done += kCellsPerDraw) {
        const size_t base = (first + done) * sizeof(CellInstance);
        instance_attribute(1, 4, stride, base + offsetof(CellInstance, rect));
        instance_attribute(2, 4, stride, base + offsetof(CellInstance, fill));
        instance_attribute(3, 4, stride, base + offsetof(CellInstance, border));
        instance_attribute(4, 4, stride, base + offsetof(CellInstance, style));
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(std::min(kCellsPerDraw, count - done)));
        if (count - done > kCellsPerDraw) glFlush();
    }
}

void FrameRenderer::draw(const Frame& frame, const CanvasView& view, int width, int height,
                                const RenderOptions& options) {
    collect(frame, view, options);
    const Palette& p = palette(options.theme);
    glViewport(0, 0, width, height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    if (options.transparent) {
        glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    } else {
        glClearColor(p.page.r, p.page.g, p.page.b, 1.0f);
    }
    glClear(GL_COLOR_BUFFER_BIT);

    const float transform[3] = {view.scale, view.offset_x, view.offset_y};
    upload(cell_buffer_.id(), cells_);
    draw_cells(0, window_fills_, transform, width, height);
    draw_cells(window_fills_, cell_end_ - window_fills_, transform, width, height);
    draw_cells(cell_end_, border_end_ - cell_end_, transform, width, height);

    if (!lines_.empty()) {
        upload(line_buffer_.id(), lines_);
        set_transform(lines_program_.id(), transform, width, height);
        glBindVertexArray(line_vao_.id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(lines_.size()));
    }
    if (!glyphs_.empty()) {
        upload(glyph_buffer_.id(), glyphs_);
        set_transform(text_program_.id(), transform, width, height);
        glUniform1i(glGetUniformLocation(text_program_.id(), "atlas"), 0);
        glUniform1f(glGetUniformLocation(text_program_.id(), "edge"), atlas_->edge());
        glUniform1f(glGetUniformLocation(text_program_.id(), "distance_per_texel"), atlas_->distance_per_texel());
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, atlas_texture_.id());
        glBindVertexArray(glyph_vao_.id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(glyphs_.size()));
    }
    if (!exact_glyph_instances_.empty()) {
        upload_exact_glyphs();
        upload(glyph_buffer_.id(), exact_glyph_instances_);
        set_transform(exact_text_program_.id(), transform, width, height);
        glUniform1i(glGetUniformLocation(exact_text_program_.id(), "atlas"), 0);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, exact_texture_.id());
        glBindVertexArray(glyph_vao_.id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(exact_glyph_instances_.size()));
    }
    draw_cells(border_end_, cells_.size() - border_end_, transform, width, height);
    glBindVertexArray(0);
    glUseProgram(0);
}

size_t FrameRenderer::missing_glyphs(Lang lang) const {
    if (!atlas_) return table_code_points(lang).size();
    size_t missing = 0;
    for (char32_t c : table_code_points(lang)) missing += atlas_->has_glyph(c) ? 0u : 1u;
    return missing;
}

}  // namespace convviz
