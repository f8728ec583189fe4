#include "app/render/gl_objects.hpp"

#include <string>
#include <vector>

#include "app/render/shader_sources.hpp"

namespace convviz::gl {

void delete_program(GLuint id) { glDeleteProgram(id); }
void delete_buffer(GLuint id) { glDeleteBuffers(1, &id); }
void delete_vertex_array(GLuint id) { glDeleteVertexArrays(1, &id); }
void delete_texture(GLuint id) { glDeleteTextures(1, &id); }
void delete_framebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }

namespace {

// glGen* for one name of a kind, owned by its Handle.
template <class Owner>
Owner generate(void (*gen)(GLsizei, GLuint*)) {
    GLuint id = 0;
    gen(1, &id);
    return Owner(id);
}

}  // namespace

Buffer make_buffer() { return generate<Buffer>(glGenBuffers); }
VertexArray make_vertex_array() { return generate<VertexArray>(glGenVertexArrays); }
Texture make_texture() { return generate<Texture>(glGenTextures); }
Framebuffer make_framebuffer() { return generate<Framebuffer>(glGenFramebuffers); }

namespace {

std::string shader_log(GLuint shader) {
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<size_t>(length > 0 ? length : 1), '\0');
    glGetShaderInfoLog(shader, length, nullptr, log.data());
    return log.data();
}

Result<GLuint> compile(GLenum kind, const std::string& file) {
    const std::string_view embedded = shader_source(file);
    if (embedded.empty()) return Error{"no embedded shader named " + file};
    // The file's own first line, #version 330 core, becomes this GL's (gl.hpp).
    const size_t first_line = embedded.find('\n');
    if (!embedded.starts_with("#version") || first_line == std::string_view::npos) {
        return Error{"shader " + file + " does not begin with its #version line"};
    }
    std::string source(kGlslVersionLine);
    source += embedded.substr(first_line);
    const GLuint shader = glCreateShader(kind);
    const GLchar* text = source.data();
    const GLint length = static_cast<GLint>(source.size());
    glShaderSource(shader, 1, &text, &length);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok != GL_TRUE) {
        std::string log = shader_log(shader);
        glDeleteShader(shader);
        return Error{"shader " + file + " does not compile: " + log};
    }
    return shader;
}

}  // namespace

Result<Program> make_program(const std::string& name) { return make_program(name, name); }

Result<Program> make_program(const std::string& vertex_name, const std::string& fragment_name) {
    const std::string name = vertex_name == fragment_name ? vertex_name : vertex_name + "/" + fragment_name;
    Result<GLuint> vertex = compile(GL_VERTEX_SHADER, vertex_name + ".vert");
    if (!vertex) return Error{vertex.error()};
    Result<GLuint> fragment = compile(GL_FRAGMENT_SHADER, fragment_name + ".frag");
    if (!fragment) {
        glDeleteShader(vertex.value());
        return Error{fragment.error()};
    }
    Program program(glCreateProgram());
    glAttachShader(program.id(), vertex.value());
    glAttachShader(program.id(), fragment.value());
    glLinkProgram(program.id());
    glDeleteShader(vertex.value());
    glDeleteShader(fragment.value());
    GLint ok = GL_FALSE;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint length = 0;
        glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &length);
        std::vector<char> log(static_cast<size_t>(length > 0 ? length : 1), '\0');
        glGetProgramInfoLog(program.id(), length, nullptr, log.data());
        return Error{"shader program " + name + " does not link: " + std::string(log.data())};
    }
    return program;
}

}  // namespace convviz::gl
