# The web build's dependencies (CONVVIZ_WEB), as targets named like the desktop's packages so that
# the targets in CMakeLists.txt link the same names on both sides:
#   - header-only libraries from the host's Debian packages (nlohmann-json, CLI11, glm, stb), each
#     folder linked alone into an include folder of the build, never /usr/include whole (its libc
#     headers are not emscripten's);
#   - Dear ImGui 1.86 and giflib compiled from Debian's source packages (third_party/web_sources.sh
#     unpacks them into CONVVIZ_WEB_DEPS), and stb's functions (Debian's libstb is a shared library);
#   - GLFW, OpenGL ES 3 (WebGL 2) and the rest from emscripten's own libraries, as link options.
enable_language(C)
set(CONVVIZ_WEB_DEPS "${CMAKE_SOURCE_DIR}/build-web/deps" CACHE PATH
    "Dear ImGui's and giflib's sources (third_party/web_sources.sh)")
file(GLOB imgui_dir LIST_DIRECTORIES true "${CONVVIZ_WEB_DEPS}/imgui-1.86*")
file(GLOB giflib_dir LIST_DIRECTORIES true "${CONVVIZ_WEB_DEPS}/giflib-5*")
if(NOT imgui_dir OR NOT giflib_dir)
  message(FATAL_ERROR "The web build needs Dear ImGui's and giflib's sources in ${CONVVIZ_WEB_DEPS}: "
                      "run scripts/web.sh (third_party/web_sources.sh fetches them)")
endif()

set(host_headers "${CMAKE_BINARY_DIR}/host_headers")
foreach(dir nlohmann CLI glm stb)
  file(MAKE_DIRECTORY "${host_headers}")
  if(NOT EXISTS "${host_headers}/${dir}")
    file(CREATE_LINK "/usr/include/${dir}" "${host_headers}/${dir}" SYMBOLIC)
  endif()
endforeach()

add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE "${host_headers}")
add_library(CLI11::CLI11 INTERFACE IMPORTED)
target_include_directories(CLI11::CLI11 SYSTEM INTERFACE "${host_headers}")
add_library(Threads::Threads INTERFACE IMPORTED)  # no threads in the browser (app/platform)

add_library(convviz_web_stb STATIC "${CMAKE_SOURCE_DIR}/cmake/web/stb_impl.c")
target_include_directories(convviz_web_stb SYSTEM PUBLIC "${host_headers}")
add_library(stb ALIAS convviz_web_stb)

add_library(glfw INTERFACE IMPORTED)
target_link_options(glfw INTERFACE -sUSE_GLFW=3)
add_library(OpenGL::OpenGL INTERFACE IMPORTED)
target_link_options(OpenGL::OpenGL INTERFACE -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)

add_library(convviz_web_imgui STATIC
  "${imgui_dir}/imgui.cpp" "${imgui_dir}/imgui_draw.cpp" "${imgui_dir}/imgui_tables.cpp"
  "${imgui_dir}/imgui_widgets.cpp" "${imgui_dir}/misc/cpp/imgui_stdlib.cpp"
  "${imgui_dir}/backends/imgui_impl_glfw.cpp" "${imgui_dir}/backends/imgui_impl_opengl3.cpp")
# <imgui.h> and <backends/imgui_impl_glfw.h>, as libimgui-dev's /usr/include/imgui gives them.
target_include_directories(convviz_web_imgui SYSTEM PUBLIC "${imgui_dir}" "${imgui_dir}/misc/cpp")
target_link_libraries(convviz_web_imgui PUBLIC glfw OpenGL::OpenGL)
add_library(PkgConfig::IMGUI ALIAS convviz_web_imgui)

add_library(convviz_web_gif STATIC
  "${giflib_dir}/dgif_lib.c" "${giflib_dir}/egif_lib.c" "${giflib_dir}/gifalloc.c" "${giflib_dir}/gif_err.c"
  "${giflib_dir}/gif_hash.c" "${giflib_dir}/openbsd-reallocarray.c" "${giflib_dir}/quantize.c")
target_include_directories(convviz_web_gif SYSTEM PUBLIC "${giflib_dir}")
add_library(GIF::GIF ALIAS convviz_web_gif)

# The code throws and catches (a bad file, a refused thread, memory): WebAssembly's own exceptions
# (every browser since 2022), not emscripten's JavaScript ones, which cost a call into JavaScript
# around every call that may throw.
add_compile_options(-fwasm-exceptions)
add_link_options(-fwasm-exceptions)
