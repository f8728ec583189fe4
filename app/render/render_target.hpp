// RenderTarget: an offscreen framebuffer with one RGBA8 colour texture — what the canvas renders
// into before ImGui shows it. It draws
// nothing itself. Needs a current OpenGL context.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/render/gl_objects.hpp"
#include "core/result.hpp"

namespace convviz {

class RenderTarget {
public:
    static Result<RenderTarget> make(int width, int height);

    // Reallocates the texture when the size changes; keeps it otherwise.
    std::optional<std::string> resize(int width, int height);
    void bind() const;           // draws go here until unbind()
    static void unbind();        // back to the window's framebuffer
    int width() const { return width_; }
    int height() const { return height_; }
    uint32_t texture() const { return texture_.id(); }

private:
    RenderTarget() = default;
    gl::Framebuffer framebuffer_;
    gl::Texture texture_;
    int width_ = 0;
    int height_ = 0;
};

// Reads the bound framebuffer (e.g. the window's back buffer), RGBA, top row first.
std::vector<uint8_t> read_framebuffer(int width, int height);

// Clears the window's own framebuffer to `colour` before ImGui draws over it.
void clear_window(int width, int height, float r, float g, float b);

// glFinish: the time a frame takes includes the GPU's part.
void finish_gpu();

}  // namespace convviz
