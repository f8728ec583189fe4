// Every op on arbitrary parameters and shapes: validation either refuses the configuration with a
// message (the same verdict in both languages) or the op runs to an output of the shape the
// formula gives, and then its other forms and its trace agree with it (op_forms.cpp). Shapes and
// parameters reach past the size limits; only small configurations are run, so that each run
// stays in the milliseconds. Every configuration drawn is written and read back through the
// ops' description (core/op_params) first.
#include <algorithm>
#include <random>
#include <string>

#include "core/limits.hpp"
#include "core/json_io.hpp"
#include "core/op.hpp"
#include "core/op_params.hpp"
#include "tests/fuzz/byte_reader.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/op_forms.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/run_size.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {
namespace {

constexpr int64_t kLargestRun = 200'000;  // multiply-adds, roughly

Pair pair(ByteReader& r, int64_t low, int64_t high) {
    const int64_t h = r.usually(low, high, -3, limits.parameter + 2);
    return {h, r.flag() ? h : r.usually(low, high, -3, limits.parameter + 2)};
}

Shape image(ByteReader& r, int64_t channels_times) {
    return {r.usually(1, 2, 0, limits.batch + 1), channels_times * r.usually(1, 3, 0, limits.channels + 1),
            r.usually(1, 9, 0, limits.side + 1), r.usually(1, 9, 0, limits.side + 1)};
}

struct Drawn {
    OpParams params;
    OpShapes shapes;
};

// What both convolutions draw first: groups, an input whose channels they mostly divide, a kernel.
struct ConvStart {
    int64_t groups;
    int64_t g;  // groups, at least 1, for the channel counts
    Shape in;
    Pair k;
};

ConvStart conv_start(ByteReader& r) {
    const int64_t groups = r.usually(1, 2, -1, 5);
    const int64_t g = std::max<int64_t>(groups, 1);
    const Shape in = image(r, g);
    return {groups, g, in, pair(r, 1, 4)};
}

Drawn conv(ByteReader& r) {
    const auto [groups, g, in, k] = conv_start(r);
    Conv2dParams p;
    p.groups = groups;
    Shape w{g * r.usually(1, 2, 0, 40), std::max<int64_t>(in[1] / g, 1) + (r.usually(0, 0, -1, 1)), k.h, k.w};
    p.stride = pair(r, 1, 3);
    p.dilation = pair(r, 1, 2);
    p.padding.kind = static_cast<PaddingKind>(r.between(0, 2));
    p.padding.size = pair(r, 0, 3);
    p.padding_mode = static_cast<PaddingMode>(r.between(0, 3));
    OpShapes shapes{.input = in, .weight = w};
    if (r.flag()) shapes.bias = Shape{w[0] + r.usually(0, 0, -1, 1)};
    return {p, shapes};
}

Drawn conv_transpose(ByteReader& r) {
    const auto [groups, g, in, k] = conv_start(r);
    ConvTranspose2dParams p;
    p.groups = groups;
    const Shape w{in[1] + r.usually(0, 0, -1, 1), r.usually(1, 2, 0, 40), k.h, k.w};
    p.stride = pair(r, 1, 4);
    p.dilation = pair(r, 1, 3);
    p.padding = pair(r, 0, 3);
    p.output_padding = pair(r, 0, 3);
    OpShapes shapes{.input = in, .weight = w};
    if (r.flag()) shapes.bias = Shape{w[1] * g + r.usually(0, 0, -1, 1)};
    return {p, shapes};
}

std::optional<Pair> maybe_pair(ByteReader& r, int64_t low, int64_t high) {
    if (r.flag()) return std::nullopt;
    return pair(r, low, high);
}

Drawn draw(ByteReader& r) {
    switch (r.between(0, 8)) {
    case 0: return conv(r);
    case 1: return conv_transpose(r);
    case 2: {
        // Designated, and drawn in this order: the order of the byte reader's draws is the corpus'.
        MaxPool2dParams p;
        p.kernel_size = pair(r, 1, 4);
        p.stride = maybe_pair(r, 1, 3);
        p.padding = pair(r, 0, 2);
        p.dilation = pair(r, 1, 2);
        p.ceil_mode = r.flag();
        return {p, {.input = image(r, 1)}};
    }
    case 3: {
        AvgPool2dParams p;
        p.kernel_size = pair(r, 1, 4);
        p.stride = maybe_pair(r, 1, 3);
        p.padding = pair(r, 0, 2);
        p.ceil_mode = r.flag();
        p.count_include_pad = r.flag();
        if (r.flag()) p.divisor_override = r.usually(1, 9, -3, 1 << 20);
        return {p, {.input = image(r, 1)}};
    }
    case 4: {
        MaxUnpool2dParams p;
        p.kernel_size = pair(r, 1, 4);
        p.stride = maybe_pair(r, 1, 3);
        p.padding = pair(r, 0, 2);
        p.output_size = maybe_pair(r, 1, 20);
        const Shape in = image(r, 1);
        Shape indices = in;
        if (r.usually(0, 0, 0, 1) == 1) indices[3] += 1;
        return {p, {.input = in, .indices = indices}};
    }
    case 5: {
        UpsampleParams p;
        p.mode = static_cast<UpsampleMode>(r.between(0, 3));
        const int choice = static_cast<int>(r.between(0, 3));
        if (choice != 1) p.size = pair(r, 1, 20);
        if (choice != 0) {
            p.scale_factor = ScaleFactor{static_cast<double>(r.usually(1, 40, -5, 100000)) / 10.0,
                                         static_cast<double>(r.usually(1, 40, -5, 100000)) / 10.0};
        }
        if (r.flag()) p.align_corners = r.flag();
        return {p, {.input = image(r, 1)}};
    }
    case 6: {
        const PixelShuffleParams p{.upscale_factor = r.usually(1, 3, -1, 70)};
        return {p, {.input = image(r, std::max<int64_t>(p.upscale_factor * p.upscale_factor, 1))}};
    }
    case 7: {
        const PixelUnshuffleParams p{.downscale_factor = r.usually(1, 3, -1, 70)};
        Shape in = image(r, 1);
        in[2] *= std::max<int64_t>(p.downscale_factor, 1);
        in[3] *= std::max<int64_t>(p.downscale_factor, 1);
        return {p, {.input = in}};
    }
    default: {
        Drawn d = conv(r);
        d.shapes.bias.reset();
        return {Conv2dMatrixParams{.conv = std::get<Conv2dParams>(d.params)}, d.shapes};
    }
    }
}

// Small integers: every sum of products is exact in double, so forms that add in different
// orders still agree bit for bit.
Tensor integers(const Shape& shape, std::mt19937& engine) {
    Tensor t(shape, 0.0);
    std::uniform_int_distribution<int> value(-4, 4);
    for (double& v : t.data()) v = value(engine);
    return t;
}

}  // namespace

// Whatever was drawn, valid or not, the ops' description (core/op_params) writes and reads it
// back exactly: the scene file's params and each parameter's typed access agree.
void described_exactly(const OpParams& params) {
    const json_io::json written = json_io::to_json(params);
    OpParams read = *default_params(op_name(params));
    std::optional<std::string> refused;
    json_io::read_params(read, written, refused);
    FUZZ_REQUIRE(!refused && json_io::to_json(read) == written, "the description reads back other params: " + written.dump());
    for (const ParamSpec& spec : op_schema(params).params) {
        OpParams copy = *default_params(op_name(params));
        spec.set(copy, spec.get(params));
        FUZZ_REQUIRE(same_value(spec.get(copy), spec.get(params)), "set(get()) changes " + std::string(spec.name));
    }
}

void ops(const uint8_t* data, size_t size) {
    ByteReader r(data, size);
    const Drawn d = draw(r);
    described_exactly(d.params);
    const std::optional<std::string> en = validate(d.params, d.shapes, Lang::en);
    const std::optional<std::string> zh = validate(d.params, d.shapes, Lang::zh);
    FUZZ_REQUIRE(en.has_value() == zh.has_value(), "the languages disagree: " + en.value_or(zh.value_or("")));
    if (en) {
        require_plain_message(*en, "");
        require_plain_message(*zh, "");
        return;
    }
    if (rough_work(d.params, d.shapes) > kLargestRun) return;

    std::mt19937 engine(static_cast<uint32_t>(r.between(0, 0xFFFFFFFF)));
    OpInputs inputs{.input = integers(d.shapes.input, engine)};
    if (d.shapes.weight) inputs.weight = integers(*d.shapes.weight, engine);
    if (d.shapes.bias) inputs.bias = integers(*d.shapes.bias, engine);
    if (d.shapes.indices) {
        // Indices anywhere near the output plane, some out of it: run() must refuse those.
        const Shape out = output_shape(d.params, d.shapes);
        const int64_t plane = out[2] * out[3];
        const bool wild = r.flag();
        std::uniform_int_distribution<int64_t> index(wild ? -2 : 0, wild ? plane + 2 : plane - 1);
        IndexTensor indices(*d.shapes.indices, int64_t{0});
        for (int64_t& v : indices.data()) v = index(engine);
        inputs.indices = indices;
    }
    const Result<OpOutput> out = run(d.params, inputs);
    if (!out) {
        // Only max_unpool2d's index values are not the shapes' business, so only it may refuse here.
        FUZZ_REQUIRE(d.shapes.indices.has_value(), "validate() passed but run() refused: " + out.error());
        require_plain_message(out.error(), "");
        return;
    }
    FUZZ_REQUIRE(out.value().values.shape() == output_shape(d.params, d.shapes),
                 "output " + to_string(out.value().values.shape()) + ", formula " +
                     to_string(output_shape(d.params, d.shapes)));
    check_forms(d.params, inputs, out.value());
}

}  // namespace convviz::fuzz
