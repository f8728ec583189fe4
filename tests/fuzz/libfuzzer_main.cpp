// libFuzzer's entry point for one target, chosen when the target is built
// (-DCONVVIZ_FUZZ_TARGET=ops): tests/fuzz/CMakeLists.txt builds one executable per target.
#include "tests/fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    convviz::fuzz::CONVVIZ_FUZZ_TARGET(data, size);
    return 0;
}
