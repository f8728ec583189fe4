// The OpenGL declarations app/render uses: the core-profile prototypes, no loader. Mesa's libOpenGL
// exports every core entry point, under GLFW and under EGL alike (DESIGN.md). Include this, never
// <GL/gl.h>, and only from app/render.
#pragma once

#ifndef GL_GLEXT_PROTOTYPES
#define GL_GLEXT_PROTOTYPES
#endif
#include <GL/glcorearb.h>
