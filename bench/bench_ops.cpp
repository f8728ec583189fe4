// Google Benchmark figures for README.md: the reference ops at sizes the app shows.
// Measured, never asserted: tests do not time anything. Repetitions come from the command line
// (scripts/bench.sh: --benchmark_repetitions), the same for every benchmark.
#include <benchmark/benchmark.h>

#include <random>

#include "core/frame/compose.hpp"
#include "core/matrix.hpp"
#include "core/ops/conv2d.hpp"
#include "core/ops/conv_transpose2d.hpp"
#include "core/ops/upsample.hpp"
#include "core/presets.hpp"
#include "core/trace/conv2d_trace.hpp"
#include "core/trace/conv_transpose2d_trace.hpp"

namespace {

using namespace convviz;

Tensor filled(Shape shape) {
    std::mt19937 engine(42);
    std::uniform_real_distribution<double> value(-1.0, 1.0);
    Tensor t(std::move(shape), 0.0);
    for (double& v : t.data()) v = value(engine);
    return t;
}

// conv2d, 3×3 kernel, stride 1, padding 1, C → C channels on an S×S input.
void BM_Conv2d(benchmark::State& state) {
    const int64_t side = state.range(0);
    const int64_t channels = state.range(1);
    const Tensor input = filled({1, channels, side, side});
    const Tensor weight = filled({channels, channels, 3, 3});
    const Conv2dParams params{.padding = {PaddingKind::pair, {1, 1}}};
    for (auto _ : state) benchmark::DoNotOptimize(conv2d(input, weight, nullptr, params));
}
BENCHMARK(BM_Conv2d)->Args({32, 1})->Args({64, 8})->Args({256, 1})->Unit(benchmark::kMicrosecond);

// conv_transpose2d, 3×3 kernel, stride 2, padding 1, output_padding 1: S×S → 2S×2S.
template <bool Gather>
void BM_ConvTranspose2d(benchmark::State& state) {
    const int64_t side = state.range(0);
    const int64_t channels = state.range(1);
    const Tensor input = filled({1, channels, side, side});
    const Tensor weight = filled({channels, channels, 3, 3});
    const ConvTranspose2dParams params{.stride = {2, 2}, .padding = {1, 1}, .output_padding = {1, 1}};
    for (auto _ : state) {
        if constexpr (Gather) {
            benchmark::DoNotOptimize(conv_transpose2d_gather(input, weight, nullptr, params));
        } else {
            benchmark::DoNotOptimize(conv_transpose2d_scatter(input, weight, nullptr, params));
        }
    }
}
BENCHMARK(BM_ConvTranspose2d<false>)->Name("BM_ConvTranspose2d_scatter")->Args({32, 1})->Args({64, 8})->Args({128, 1})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ConvTranspose2d<true>)->Name("BM_ConvTranspose2d_gather")->Args({32, 1})->Args({64, 8})->Args({128, 1})
    ->Unit(benchmark::kMicrosecond);

// The convolution matrix of a 3×3 conv on an S×S input, and its transpose.
void BM_ConvMatrixAndTranspose(benchmark::State& state) {
    const int64_t side = state.range(0);
    const Tensor weight = filled({1, 1, 3, 3});
    const Conv2dParams params{.padding = {PaddingKind::pair, {1, 1}}};
    for (auto _ : state) {
        auto c = conv_matrix(params, {1, 1, side, side}, weight);
        benchmark::DoNotOptimize(c.value().transposed());
    }
}
BENCHMARK(BM_ConvMatrixAndTranspose)->Arg(8)->Arg(32)->Unit(benchmark::kMicrosecond);

void BM_UpsampleBicubic(benchmark::State& state) {
    const Tensor input = filled({1, 4, state.range(0), state.range(0)});
    const UpsampleParams params{.mode = UpsampleMode::bicubic, .scale_factor = ScaleFactor{2, 2}};
    for (auto _ : state) benchmark::DoNotOptimize(upsample(input, params));
}
BENCHMARK(BM_UpsampleBicubic)->Arg(64)->Unit(benchmark::kMicrosecond);

// Every step(k) of a trace, in order; the figure reported per step is time / steps.
template <class Trace, class Step>
void walk(benchmark::State& state, const Trace& trace) {
    Step step;
    for (auto _ : state) {
        for (int64_t k = 0; k < trace.size(); ++k) {
            trace.step(k, step);
            benchmark::DoNotOptimize(step.taps.data());
        }
    }
    state.SetItemsProcessed(state.iterations() * trace.size());
}

void BM_TraceConv2dSteps_padding_strides(benchmark::State& state) {
    const Scene scene = *find_preset("padding_strides");
    auto trace = Conv2dTrace::make(scene.tensors.input, *scene.tensors.weight, nullptr,
                                   std::get<Conv2dParams>(scene.params));
    walk<Conv2dTrace, Conv2dStep>(state, trace.value());
}
BENCHMARK(BM_TraceConv2dSteps_padding_strides);

// The large scene: 32×32 → 127×127, 3×3 kernel, stride 4, 2 → 2 channels (32,258 output cells).
void BM_TraceGatherSteps_large(benchmark::State& state) {
    const Scene scene = *find_preset("large");
    auto trace = GatherTrace::make(scene.tensors.input, *scene.tensors.weight, nullptr,
                                   std::get<ConvTranspose2dParams>(scene.params));
    walk<GatherTrace, GatherStep>(state, trace.value());
}
BENCHMARK(BM_TraceGatherSteps_large)->Unit(benchmark::kMillisecond);

void BM_TraceScatterSteps_large(benchmark::State& state) {
    const Scene scene = *find_preset("large");
    auto trace = ScatterTrace::make(scene.tensors.input, *scene.tensors.weight, nullptr,
                                    std::get<ConvTranspose2dParams>(scene.params));
    walk<ScatterTrace, ScatterStep>(state, trace.value());
}
BENCHMARK(BM_TraceScatterSteps_large)->Unit(benchmark::kMillisecond);

void BM_TraceScatterPartialOutput_large(benchmark::State& state) {
    const Scene scene = *find_preset("large");
    auto trace = ScatterTrace::make(scene.tensors.input, *scene.tensors.weight, nullptr,
                                    std::get<ConvTranspose2dParams>(scene.params));
    int64_t k = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(trace.value().partial_output(k));
        k = (k + 997) % trace.value().size();  // random-looking access across the whole range
    }
}
BENCHMARK(BM_TraceScatterPartialOutput_large)->Unit(benchmark::kMicrosecond);

// compose(): one frame at a time point spread over the whole animation, into a reused Frame as
// the app and the exporter do. The composer (traces, layout) is built once, as on a parameter change.
void compose_preset(benchmark::State& state, const char* id, ViewKind view) {
    Scene scene = *find_preset(id);
    scene.view.kind = view;
    const Composer composer = Composer::make(scene).value();
    const double duration = composer.timeline().duration();
    Frame frame;
    int64_t i = 0;
    for (auto _ : state) {
        composer.compose(duration * static_cast<double>(i++ % 97) / 97.0, frame);
        benchmark::DoNotOptimize(frame.cells.data());
    }
    state.counters["cells"] = static_cast<double>(frame.cells.size());
}
#define CONVVIZ_COMPOSE(id, view)                                                                    \
    BENCHMARK_CAPTURE(compose_preset, id##_##view, #id, ViewKind::view)->Unit(benchmark::kMicrosecond)
CONVVIZ_COMPOSE(padding_strides, conv);
CONVVIZ_COMPOSE(arbitrary_padding_no_strides, conv);
CONVVIZ_COMPOSE(padding_strides_transposed, gather);
CONVVIZ_COMPOSE(padding_strides_odd_transposed, scatter);
CONVVIZ_COMPOSE(padding_strides_odd_transposed, crop);
CONVVIZ_COMPOSE(d2l_conv_matrix, matrix);
CONVVIZ_COMPOSE(numerical_max_pooling, pool);
CONVVIZ_COMPOSE(maxpool_unpool, unpool);
CONVVIZ_COMPOSE(upsample_bilinear, upsample);
CONVVIZ_COMPOSE(pixel_shuffle, shuffle);
CONVVIZ_COMPOSE(large, scatter);
CONVVIZ_COMPOSE(large, gather);
CONVVIZ_COMPOSE(large, crop);
CONVVIZ_COMPOSE(matrix_1024, matrix);  // C is 1,024 × 1,024 with 9,604 non-zeros: a heat map
CONVVIZ_COMPOSE(large, matrix);        // C is 2,048 × 32,258 (the transposed conv's own matrix)

// Building the composer: what a parameter change costs before the first frame.
void BM_ComposerMake_large(benchmark::State& state) {
    const Scene scene = *find_preset("large");
    for (auto _ : state) benchmark::DoNotOptimize(Composer::make(scene));
}
BENCHMARK(BM_ComposerMake_large)->Unit(benchmark::kMillisecond);

void BM_ComposerMake_matrix_1024(benchmark::State& state) {
    const Scene scene = *find_preset("matrix_1024");
    for (auto _ : state) benchmark::DoNotOptimize(Composer::make(scene));
}
BENCHMARK(BM_ComposerMake_matrix_1024)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
