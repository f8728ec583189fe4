// Move-only owners of OpenGL objects (program, buffer, vertex array, texture, framebuffer): created
// once and reused, deleted with their owner. Needs a current context for every call, including the
// destructor. Compiling a program reports the driver's log as an error value.
#pragma once

#include <string>
#include <utility>

#include "app/render/gl.hpp"
#include "core/result.hpp"

namespace convviz::gl {

// Owns one GL name; Deleter is the glDelete* call for its kind.
template <void (*Deleter)(GLuint)>
class Handle {
public:
    Handle() = default;
    explicit Handle(GLuint id) : id_(id) {}
    Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, 0)) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            id_ = std::exchange(other.id_, 0);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { reset(); }

    GLuint id() const { return id_; }
    explicit operator bool() const { return id_ != 0; }
    void reset() {
        if (id_ != 0) Deleter(id_);
        id_ = 0;
    }

private:
    GLuint id_ = 0;
};

void delete_program(GLuint id);
void delete_buffer(GLuint id);
void delete_vertex_array(GLuint id);
void delete_texture(GLuint id);
void delete_framebuffer(GLuint id);

using Program = Handle<delete_program>;
using Buffer = Handle<delete_buffer>;
using VertexArray = Handle<delete_vertex_array>;
using Texture = Handle<delete_texture>;
using Framebuffer = Handle<delete_framebuffer>;

Buffer make_buffer();
VertexArray make_vertex_array();
Texture make_texture();
Framebuffer make_framebuffer();

// Compiles and links shaders/<name>.vert and shaders/<name>.frag.
Result<Program> make_program(const std::string& name);
// The same from shaders/VERTEX.vert and shaders/FRAGMENT.frag: programs that share a vertex shader.
Result<Program> make_program(const std::string& vertex, const std::string& fragment);

}  // namespace convviz::gl
