// Turns a fuzzer's bytes into the choices a target makes: small integers in a range, flags, picks
// from a list. Bytes run out gracefully (zeros after the end), so every input means something and
// a short input is a simple configuration. It knows nothing of ConvViz.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace convviz::fuzz {

class ByteReader {
public:
    ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}

    uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
    bool flag() { return (byte() & 1) != 0; }

    // An integer in [low, high], from as many bytes as the range needs.
    int64_t between(int64_t low, int64_t high) {
        const uint64_t span = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
        uint64_t value = 0;
        for (uint64_t left = span; left != 0; left >>= 8) value = (value << 8) | byte();
        return low + static_cast<int64_t>(span == UINT64_MAX ? value : value % (span + 1));
    }

    // A place in a list of `count` (at least 1) things.
    size_t index(size_t count) { return static_cast<size_t>(between(0, static_cast<int64_t>(count) - 1)); }

    // Mostly a value in [low, high]; one time in eight anything in [wide_low, wide_high], so that
    // the bounds and PyTorch's rules are reached without drowning the runs in rejections.
    int64_t usually(int64_t low, int64_t high, int64_t wide_low, int64_t wide_high) {
        return (byte() & 7) == 0 ? between(wide_low, wide_high) : between(low, high);
    }

    // What is left, as text (the JSON and argument targets read all of it).
    std::string_view rest() {
        const std::string_view text(reinterpret_cast<const char*>(data_) + at_, size_ - at_);
        at_ = size_;
        return text;
    }

private:
    const uint8_t* data_;
    size_t size_;
    size_t at_ = 0;
};

}  // namespace convviz::fuzz
