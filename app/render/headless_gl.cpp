#include "app/render/headless_gl.hpp"

#include <EGL/egl.h>
#include <EGL/eglext.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdio>
#include <string_view>

#include "app/render/gl.hpp"
#include "core/text.hpp"

namespace convviz {

struct HeadlessGl::Egl {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;

    ~Egl() {
        if (display == EGL_NO_DISPLAY) return;
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
        eglTerminate(display);
    }
};

namespace {

std::string egl_error(const char* what) {
    char code[16];
    std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(eglGetError()));
    return cat(what, " failed (EGL error ", code, ")");
}

// Mesa's surfaceless platform: a context with no surface and no config, drawing only into
// framebuffer objects.
Result<std::unique_ptr<HeadlessGl::Egl>> make_egl() {
    const char* extensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    if (extensions == nullptr || std::string_view(extensions).find("EGL_MESA_platform_surfaceless") == std::string_view::npos) {
        return Error{"this EGL has no surfaceless platform (EGL_MESA_platform_surfaceless)"};
    }
    auto get_display = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(  // NOLINT: EGL's loader
        eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (get_display == nullptr) return Error{"EGL has no eglGetPlatformDisplayEXT"};
    auto egl = std::make_unique<HeadlessGl::Egl>();
    egl->display = get_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (egl->display == EGL_NO_DISPLAY) return Error{egl_error("eglGetPlatformDisplayEXT")};
    EGLint major = 0, minor = 0;
    if (eglInitialize(egl->display, &major, &minor) != EGL_TRUE) {
        egl->display = EGL_NO_DISPLAY;
        return Error{egl_error("eglInitialize")};
    }
    if (eglBindAPI(EGL_OPENGL_API) != EGL_TRUE) return Error{egl_error("eglBindAPI(OpenGL)")};
    const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                 EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    egl->context = eglCreateContext(egl->display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
    if (egl->context == EGL_NO_CONTEXT) return Error{egl_error("eglCreateContext(OpenGL 3.3 core)")};
    if (eglMakeCurrent(egl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, egl->context) != EGL_TRUE) {
        return Error{egl_error("eglMakeCurrent")};
    }
    return egl;
}

Result<GLFWwindow*> make_hidden_window() {
    if (glfwInit() == GLFW_FALSE) return Error{"GLFW could not start (no display)"};
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(16, 16, "ConvViz export", nullptr, nullptr);
    if (window == nullptr) {
        glfwTerminate();
        return Error{"GLFW could not make an OpenGL 3.3 core context"};
    }
    glfwMakeContextCurrent(window);
    return window;
}

std::string driver() {
    const auto text = [](GLenum name) {
        const auto* s = reinterpret_cast<const char*>(glGetString(name));  // NOLINT: GL returns bytes
        return std::string(s != nullptr ? s : "?");
    };
    return cat("OpenGL ", text(GL_VERSION), ", ", text(GL_RENDERER));
}

}  // namespace

Result<std::unique_ptr<HeadlessGl>> HeadlessGl::make() {
    std::unique_ptr<HeadlessGl> gl(new HeadlessGl());
    Result<std::unique_ptr<Egl>> egl = make_egl();
    if (egl) {
        gl->egl_ = std::move(egl).value();
        gl->description_ = cat("EGL surfaceless: ", driver());
        return gl;
    }
    Result<GLFWwindow*> window = make_hidden_window();
    if (!window) {
        return Error{cat("cannot create an OpenGL context: EGL: ", egl.error(), "; a hidden GLFW window: ",
                         window.error())};
    }
    gl->glfw_window_ = window.value();
    gl->description_ = cat("a hidden GLFW window (EGL: ", egl.error(), "): ", driver());
    return gl;
}

HeadlessGl::~HeadlessGl() {
    egl_.reset();
    if (glfw_window_ != nullptr) {
        glfwDestroyWindow(static_cast<GLFWwindow*>(glfw_window_));
        glfwTerminate();
    }
}

}  // namespace convviz
