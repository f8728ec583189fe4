// Seeded random configurations for property tests. The seed is fixed (CONVVIZ_SEED overrides it)
// and every test prints it, so a failure can be re-run exactly.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

#include "core/tensor.hpp"

namespace convviz::testing {

inline uint32_t test_seed() {
    const char* env = std::getenv("CONVVIZ_SEED");
    return env ? static_cast<uint32_t>(std::strtoul(env, nullptr, 10)) : 20261121u;
}

inline std::string seed_note(uint32_t seed) {
    return "seed " + std::to_string(seed) + " (re-run with CONVVIZ_SEED=" + std::to_string(seed) + ")";
}

class Draw {
public:
    explicit Draw(uint32_t seed) : engine_(seed) {}
    int64_t between(int64_t low, int64_t high) {  // inclusive
        return std::uniform_int_distribution<int64_t>(low, high)(engine_);
    }
    // Integers in [-4, 4]: every sum of products is exact in double, so forms compare with ==.
    Tensor integers(Shape shape) {
        Tensor t(std::move(shape), 0.0);
        for (double& v : t.data()) v = static_cast<double>(between(-4, 4));
        return t;
    }

private:
    std::mt19937 engine_;
};

}  // namespace convviz::testing
