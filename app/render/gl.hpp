// The OpenGL declarations app/render uses, and the GLSL version its shaders are compiled as. The
// desktop: the core-profile prototypes, no loader; Mesa's libOpenGL exports every core entry point,
// under GLFW and under EGL alike (DESIGN.md). The browser (emscripten): OpenGL ES 3.0, which is
// WebGL 2; every call app/render makes exists in both. Include this, never <GL/gl.h>, and only from
// app/render.
#pragma once

#include <string_view>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
namespace convviz {
// shaders/ are GLSL 3.30 core; GLSL ES 3.00 takes them as they are under this first line.
inline constexpr std::string_view kGlslVersionLine =
    "#version 300 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler2D;";
}  // namespace convviz
#else
#ifndef GL_GLEXT_PROTOTYPES
#define GL_GLEXT_PROTOTYPES
#endif
#include <GL/glcorearb.h>
namespace convviz {
inline constexpr std::string_view kGlslVersionLine = "#version 330 core";
}  // namespace convviz
#endif
