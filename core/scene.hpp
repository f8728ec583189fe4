// Scene: what the user set — the op, its parameters, its tensors with their values, and the view
// with its display options — and its JSON file format (with a "version" field). Loading returns
// a new Scene or an error naming the file, the field and why; it never touches a scene in use.
// It computes nothing: traces and frames are built from a Scene elsewhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/op.hpp"
#include "core/result.hpp"

namespace convviz {

// What the canvas animates. Which views an op has: views_for().
enum class ViewKind {
    conv,      // Conv2d: the kernel placed over the padded input, step by step
    scatter,   // ConvTranspose2d: each input cell stamps the kernel into the output
    gather,    // ConvTranspose2d: the flipped kernel slides over the spread, padded input
    crop,      // ConvTranspose2d: the full output, cropped by padding, output_padding given back
    matrix,    // y = C·x, the transpose, x' = Cᵀ·y
    pool,      // MaxPool2d / AvgPool2d windows
    unpool,    // MaxPool2d → MaxUnpool2d
    upsample,  // Upsample: source coordinates, neighbours and weights
    shuffle,   // PixelShuffle / PixelUnshuffle: channels to space and back
    compare,   // MaxPool2d → four ways back up (ConvTranspose2d, MaxUnpool2d, nearest, bilinear)
};

const char* name(ViewKind view);
std::optional<ViewKind> parse_view(std::string_view text);
std::vector<ViewKind> views_for(const OpParams& params);  // the first is the op's default

// The compare view's ConvTranspose2d kernel: a bilinear interpolation kernel, or all ones.
enum class CompareKernel { bilinear, ones };
const char* name(CompareKernel kernel);
std::optional<CompareKernel> parse_compare_kernel(std::string_view text);

struct View {
    ViewKind kind = ViewKind::conv;
    bool show_values = true;  // numbers in the cells
    CompareKernel compare_kernel = CompareKernel::bilinear;
};

// For max_unpool2d: what the MaxPool2d before it has beyond the unpool's kernel, stride and
// padding, which it shares.
struct PoolingBefore {
    Pair dilation{.h = 1, .w = 1};
    bool ceil_mode = false;
};

inline constexpr int kSceneVersion = 1;

struct Scene {
    std::string id;     // a preset's stable id; empty for the user's own scene
    std::string title;  // one line
    OpParams params = Conv2dParams{};
    // input, and weight / bias for the conv ops. For max_unpool2d, `input` is the tensor before
    // pooling: the scene pools it (kernel, stride, padding of the unpool) to get values and indices.
    OpInputs tensors;
    PoolingBefore pooling;  // max_unpool2d only
    View view;
};

// The op's configuration and the view, checked; the message says what is wrong, in `lang`.
std::optional<std::string> validate(const Scene& scene, Lang lang = Lang::en);

// The tensors the op itself reads: for max_unpool2d the pooled values and their indices.
Result<OpInputs> op_inputs(const Scene& scene, Lang lang = Lang::en);
MaxPool2dParams pooling_before(const MaxUnpool2dParams& unpool, const PoolingBefore& pooling);

// Errors name `source` (or `path`) and are in `lang`.
Result<Scene> parse_scene(std::string_view text, const std::string& source, Lang lang = Lang::en);
Result<Scene> load_scene(const std::string& path, Lang lang = Lang::en);
std::string scene_json(const Scene& scene);
// The same scene as scene_json() would write it (values compared bit for bit), without writing it.
bool same_scene(const Scene& a, const Scene& b);
// A 64-bit fingerprint of what same_scene() compares: equal scenes have equal ones, and two that
// differ almost never do (FNV-1a). For "unsaved changes" without a second copy of a large scene.
uint64_t scene_fingerprint(const Scene& scene);
int64_t scene_cells(const Scene& scene);  // the numbers its tensors hold
std::optional<std::string> save_scene(const Scene& scene, const std::string& path, Lang lang = Lang::en);  // atomic

}  // namespace convviz
