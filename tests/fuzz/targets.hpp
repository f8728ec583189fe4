// The fuzz targets: each takes any bytes and either finds them wrong with a message or works, and
// checks what must hold when it works. libFuzzer drives each one (libfuzzer_main.cpp, built by
// scripts/fuzz.sh with clang); tests/test_fuzz_corpus.cpp replays the committed corpus and every
// crash ever found through the same functions in the normal test suite.
#pragma once

#include <cstddef>
#include <cstdint>

namespace convviz::fuzz {

void case_file(const uint8_t* data, size_t size);  // `convviz compute`'s case reader, then the run
void scene(const uint8_t* data, size_t size);      // the scene loader, then compose and inspect
void lesson(const uint8_t* data, size_t size);     // the lesson loader
void settings(const uint8_t* data, size_t size);   // the settings loader
void ops(const uint8_t* data, size_t size);        // validate + run every op; forms and traces agree
void shape_args(const uint8_t* data, size_t size); // `convviz shape` arguments, one per line
void torch_line(const uint8_t* data, size_t size); // a pasted PyTorch line, and its code read back
void scene_link(const uint8_t* data, size_t size); // a link to a scene, and its own link read back

struct Target {
    const char* name;  // its folder under tests/fuzz/corpus/ and regressions/
    void (*run)(const uint8_t* data, size_t size);
};

inline constexpr Target kTargets[] = {
    {"case_file", case_file}, {"scene", scene}, {"lesson", lesson},
    {"settings", settings},   {"ops", ops},     {"shape_args", shape_args},
    {"torch_line", torch_line}, {"scene_link", scene_link},
};

}  // namespace convviz::fuzz
