// HeadlessGl: an OpenGL 3.3 (or later) core context with no window, current on the calling thread,
// for exports and GL tests. EGL's surfaceless platform first (Mesa: no display, no X), then a
// hidden GLFW window when EGL cannot be had (that needs a display). It draws nothing itself.
#pragma once

#include <memory>
#include <string>

#include "core/result.hpp"

namespace convviz {

class HeadlessGl {
public:
    // The error names why each way failed.
    static Result<std::unique_ptr<HeadlessGl>> make();
    ~HeadlessGl();
    HeadlessGl(const HeadlessGl&) = delete;
    HeadlessGl& operator=(const HeadlessGl&) = delete;

    // Which way it went and what the driver is, e.g. "EGL surfaceless: OpenGL 4.5 (Core Profile)
    // Mesa 22.3.6, llvmpipe (LLVM 15.0.6, 256 bits)".
    const std::string& description() const { return description_; }

    struct Egl;  // the EGL display and context (headless_gl.cpp)

private:
    HeadlessGl() = default;
    std::unique_ptr<Egl> egl_;
    void* glfw_window_ = nullptr;  // GLFWwindow*, when EGL failed
    std::string description_;
};

}  // namespace convviz
