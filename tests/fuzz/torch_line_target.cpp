// "Paste a PyTorch line": any text either is refused with a short, whole-character message (in
// both languages alike) or sets a scene that is valid, within the size limits, and whose PyTorch
// code (what the Code panel shows) reads back to the same op and parameters.
#include <string>

#include "core/json_io.hpp"
#include "core/pytorch_code.hpp"
#include "core/torch_line.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {

void torch_line(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const Scene current;
    const Result<TorchLine> en = read_torch_line(text, current, Lang::en);
    const Result<TorchLine> zh = read_torch_line(text, current, Lang::zh);
    if (refused_alike(text, en, zh)) return;
    const Scene& scene = en.value().scene;
    FUZZ_REQUIRE(!validate(scene).has_value(), "an invalid scene: " + validate(scene).value_or(""));
    FUZZ_REQUIRE(json_io::to_json(scene.params) == json_io::to_json(zh.value().scene.params), "the languages read differently");
    const Result<TorchLine> back = read_torch_line(pytorch_code(scene), current, Lang::en);
    FUZZ_REQUIRE(back.ok(), "its own code does not read back: " + (back.ok() ? "" : back.error()));
    OpParams params = scene.params;
    if (const auto* m = std::get_if<Conv2dMatrixParams>(&params)) params = m->conv;
    FUZZ_REQUIRE(json_io::to_json(back.value().scene.params) == json_io::to_json(params),
                 "its code reads back to other parameters: " + json_io::to_json(back.value().scene.params).dump());
    FUZZ_REQUIRE(back.value().scene.tensors.input.shape() == scene.tensors.input.shape(), "another input shape");
}

}  // namespace convviz::fuzz
