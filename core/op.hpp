// One name for "any op with its parameters": the variant the case reader, the CLI and (later) the
// scene hold, with dispatch to each op's validate / output_shape / run. No op logic lives here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/i18n/lang.hpp"
#include "core/ops/conv2d.hpp"
#include "core/ops/conv_transpose2d.hpp"
#include "core/ops/pixel_shuffle.hpp"
#include "core/ops/pooling.hpp"
#include "core/ops/upsample.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

// The dense convolution matrix C of a conv2d, as an op whose output is C itself.
struct Conv2dMatrixParams {
    Conv2dParams conv{};
};

using OpParams = std::variant<Conv2dParams, ConvTranspose2dParams, MaxPool2dParams, AvgPool2dParams,
                              MaxUnpool2dParams, UpsampleParams, PixelShuffleParams,
                              PixelUnshuffleParams, Conv2dMatrixParams>;

// PyTorch's functional names, as the test data spells them: "conv2d", "conv_transpose2d", ...
const char* op_name(const OpParams& params);
bool has_weight(const OpParams& params);  // the conv ops
std::optional<OpParams> default_params(std::string_view op_name);  // defaults of the named op
const char* const* op_names();  // null-terminated list of every name default_params accepts

// The tensors an op reads. weight and bias for the conv ops, indices for max_unpool2d.
struct OpInputs {
    Tensor input;
    std::optional<Tensor> weight;
    std::optional<Tensor> bias;
    std::optional<IndexTensor> indices;
};

struct OpShapes {
    Shape input;
    std::optional<Shape> weight;
    std::optional<Shape> bias;
    std::optional<Shape> indices;
};
OpShapes shapes_of(const OpInputs& inputs);

// The first rule the configuration breaks, in `lang`, or nothing.
std::optional<std::string> validate(const OpParams& params, const OpShapes& shapes, Lang lang = Lang::en);
Shape output_shape(const OpParams& params, const OpShapes& shapes);  // valid only
// About how many multiply-adds a run takes (valid only): what the size limits bound, and what
// tells the app whether to compute a scene while the window draws on.
int64_t op_work(const OpParams& params, const OpShapes& shapes);

struct OpOutput {
    Tensor values;
    std::optional<IndexTensor> indices;  // max_pool2d only
};

// The weight shape an nn.Conv2d / nn.ConvTranspose2d layer with these sizes holds:
// [out, in / groups, kH, kW] or [in, out / groups, kH, kW]. Refuses channel counts that groups
// does not divide, as the layers' constructors do. Only for the conv ops.
Result<Shape> layer_weight_shape(const OpParams& params, int64_t in_channels, int64_t out_channels,
                                 Pair kernel, Lang lang = Lang::en);

// Validates, then runs. conv_transpose2d runs in its scatter form.
Result<OpOutput> run(const OpParams& params, const OpInputs& inputs, Lang lang = Lang::en);

}  // namespace convviz
