#include "core/pytorch_code.hpp"

#include <cmath>
#include <vector>

#include "core/compare.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// [SECTION] Python literals

std::string python_number(double value) {
    if (std::isnan(value)) return "float('nan')";
    if (std::isinf(value)) return value > 0 ? "float('inf')" : "-float('inf')";
    if (value == 0.0 && std::signbit(value)) return "-0.0";  // "-0" would read as the integer 0
    return exact_number(value);
}

std::string python_bool(bool value) { return value ? "True" : "False"; }

std::string python_string(const char* text) { return cat("'", text, "'"); }

// One int when both axes agree, as PyTorch's own examples write it; else (h, w).
std::string per_axis(Pair value) {
    if (value.h == value.w) return std::to_string(value.h);
    return cat("(", value.h, ", ", value.w, ")");
}

std::string per_axis(ScaleFactor value) {
    if (value.h == value.w) return python_number(value.h);
    return cat("(", python_number(value.h), ", ", python_number(value.w), ")");
}

// Nested lists laid out as torch prints a tensor: the innermost dimension on one line, cells
// right-aligned to a common width, a blank line more between each outer level. `column` is where
// the outermost '[' stands, so that inner lines line up under it.
void append_list(std::string& out, const std::vector<std::string>& cells, const Shape& shape, size_t width,
                 size_t depth, size_t column, size_t& next_cell) {
    const size_t rank = shape.size();
    out += '[';
    for (int64_t i = 0; i < shape[depth]; ++i) {
        const bool innermost = depth + 1 == rank;
        if (i > 0) {
            out += ',';
            if (innermost) {
                out += ' ';
            } else {
                out += std::string(rank - depth - 1, '\n');
                out += std::string(column + depth + 1, ' ');
            }
        }
        if (innermost) {
            const std::string& cell = cells[next_cell++];
            out += std::string(width - std::min(width, cell.size()), ' ');
            out += cell;
        } else {
            append_list(out, cells, shape, width, depth + 1, column, next_cell);
        }
    }
    out += ']';
}

// `name = torch.tensor([...], dtype=torch.float64)`
std::string tensor_statement(const std::string& name, const Tensor& tensor) {
    const std::string opening = name + " = torch.tensor(";
    std::vector<std::string> cells;
    cells.reserve(static_cast<size_t>(tensor.size()));
    size_t width = 0;
    for (double value : tensor.data()) {
        cells.push_back(python_number(value));
        width = std::max(width, cells.back().size());
    }
    std::string literal;
    if (tensor.rank() == 0) {
        literal = cells.empty() ? "0" : cells.front();
    } else {
        size_t next_cell = 0;
        append_list(literal, cells, tensor.shape(), width, 0, opening.size(), next_cell);
    }
    return opening + literal + ", dtype=torch.float64)\n";
}

// A call's arguments: the required ones first, then `name=value` for each non-default one.
class Arguments {
public:
    Arguments& positional(const std::string& value) {
        add(value);
        return *this;
    }
    Arguments& keyword(const char* name, const std::string& value) {
        add(cat(name, "=", value));
        return *this;
    }
    Arguments& keyword_if(bool written, const char* name, const std::string& value) {
        if (written) keyword(name, value);
        return *this;
    }
    std::string call(const std::string& callee) const { return callee + "(" + text_ + ")"; }

private:
    void add(const std::string& part) {
        if (!text_.empty()) text_ += ", ";
        text_ += part;
    }
    std::string text_;
};

// A comment line: the title is one line, but a stray line break must not end the comment early.
std::string comment(const std::string& text) {
    std::string line = "# ";
    for (char c : text) line += (c == '\n' || c == '\r') ? ' ' : c;
    return line + "\n";
}

// [SECTION] Layers

constexpr Pair kOne{1, 1};
constexpr Pair kZero{0, 0};

int64_t in_channels(const Scene& scene) {
    return scene.tensors.input.rank() == 4 ? scene.tensors.input.dim(1) : 1;
}

Pair kernel_of(const Scene& scene) {
    const std::optional<Tensor>& weight = scene.tensors.weight;
    if (weight && weight->rank() == 4) return {weight->dim(2), weight->dim(3)};
    return {1, 1};
}

std::string conv2d_layer(const Scene& scene, const Conv2dParams& p, bool bias) {
    const std::optional<Tensor>& weight = scene.tensors.weight;
    const int64_t out_channels = weight && weight->rank() == 4 ? weight->dim(0) : 1;
    std::string padding;
    switch (p.padding.kind) {
        case PaddingKind::pair: padding = p.padding.size == kZero ? "" : per_axis(p.padding.size); break;
        case PaddingKind::same: padding = python_string("same"); break;
        case PaddingKind::valid: padding = python_string("valid"); break;
    }
    return Arguments{}
        .positional(std::to_string(in_channels(scene)))
        .positional(std::to_string(out_channels))
        .keyword("kernel_size", per_axis(kernel_of(scene)))
        .keyword_if(p.stride != kOne, "stride", per_axis(p.stride))
        .keyword_if(!padding.empty(), "padding", padding)
        .keyword_if(p.dilation != kOne, "dilation", per_axis(p.dilation))
        .keyword_if(p.groups != 1, "groups", std::to_string(p.groups))
        .keyword_if(!bias, "bias", python_bool(false))
        .keyword_if(p.padding_mode != PaddingMode::zeros, "padding_mode", python_string(name(p.padding_mode)))
        .call("nn.Conv2d");
}

std::string conv_transpose2d_layer(const Scene& scene, const ConvTranspose2dParams& p, bool bias) {
    const std::optional<Tensor>& weight = scene.tensors.weight;
    const int64_t out_channels = weight && weight->rank() == 4 ? weight->dim(1) * p.groups : 1;
    return Arguments{}
        .positional(std::to_string(in_channels(scene)))
        .positional(std::to_string(out_channels))
        .keyword("kernel_size", per_axis(kernel_of(scene)))
        .keyword_if(p.stride != kOne, "stride", per_axis(p.stride))
        .keyword_if(p.padding != kZero, "padding", per_axis(p.padding))
        .keyword_if(p.output_padding != kZero, "output_padding", per_axis(p.output_padding))
        .keyword_if(p.dilation != kOne, "dilation", per_axis(p.dilation))
        .keyword_if(p.groups != 1, "groups", std::to_string(p.groups))
        .keyword_if(!bias, "bias", python_bool(false))
        .call("nn.ConvTranspose2d");
}

std::string max_pool2d_layer(const MaxPool2dParams& p) {
    return Arguments{}
        .keyword("kernel_size", per_axis(p.kernel_size))
        .keyword_if(p.stride.has_value(), "stride", per_axis(p.stride.value_or(kOne)))
        .keyword_if(p.padding != kZero, "padding", per_axis(p.padding))
        .keyword_if(p.dilation != kOne, "dilation", per_axis(p.dilation))
        .keyword("return_indices", python_bool(true))
        .keyword_if(p.ceil_mode, "ceil_mode", python_bool(true))
        .call("nn.MaxPool2d");
}

std::string avg_pool2d_layer(const AvgPool2dParams& p) {
    return Arguments{}
        .keyword("kernel_size", per_axis(p.kernel_size))
        .keyword_if(p.stride.has_value(), "stride", per_axis(p.stride.value_or(kOne)))
        .keyword_if(p.padding != kZero, "padding", per_axis(p.padding))
        .keyword_if(p.ceil_mode, "ceil_mode", python_bool(true))
        .keyword_if(!p.count_include_pad, "count_include_pad", python_bool(false))
        .keyword_if(p.divisor_override.has_value(), "divisor_override",
                    std::to_string(p.divisor_override.value_or(0)))
        .call("nn.AvgPool2d");
}

std::string max_unpool2d_layer(const MaxUnpool2dParams& p) {
    return Arguments{}
        .keyword("kernel_size", per_axis(p.kernel_size))
        .keyword_if(p.stride.has_value(), "stride", per_axis(p.stride.value_or(kOne)))
        .keyword_if(p.padding != kZero, "padding", per_axis(p.padding))
        .call("nn.MaxUnpool2d");
}

std::string upsample_layer(const UpsampleParams& p) {
    return Arguments{}
        .keyword_if(p.size.has_value(), "size", per_axis(p.size.value_or(kOne)))
        .keyword_if(p.scale_factor.has_value(), "scale_factor", per_axis(p.scale_factor.value_or(ScaleFactor{})))
        .keyword_if(p.mode != UpsampleMode::nearest, "mode", python_string(name(p.mode)))
        .keyword_if(p.align_corners.has_value(), "align_corners", python_bool(p.align_corners.value_or(false)))
        .call("nn.Upsample");
}

// [SECTION] Statements per op

// C, the convolution as a matrix: column j is the layer's response to input cell j alone.
std::string matrix_statements(const char* rows, bool bias) {
    return cat("# C: the convolution as a matrix, one row per output cell and one column per input cell:\n",
               "# layer(X).flatten() == C @ X.flatten()", bias ? " + each output cell's bias" : "", "\n",
               "C = torch.autograd.functional.jacobian(layer, X).reshape(", rows, ", X.numel())\n",
               "print(C)\n");
}

// A ConvTranspose2d as a matrix is Cᵀ, C being the matrix of the Conv2d with its kernel, stride,
// padding, dilation and groups, which maps Y's shape back to X's: the snippet proves it.
std::string transposed_matrix_statements(const Scene& scene, const ConvTranspose2dParams& p) {
    const Tensor& w = *scene.tensors.weight;
    const std::string conv = Arguments{}
                                 .positional(std::to_string(w.dim(1) * p.groups))
                                 .positional(std::to_string(w.dim(0)))
                                 .keyword("kernel_size", per_axis(kernel_of(scene)))
                                 .keyword_if(p.stride != kOne, "stride", per_axis(p.stride))
                                 .keyword_if(p.padding != kZero, "padding", per_axis(p.padding))
                                 .keyword_if(p.dilation != kOne, "dilation", per_axis(p.dilation))
                                 .keyword_if(p.groups != 1, "groups", std::to_string(p.groups))
                                 .keyword("bias", python_bool(false))
                                 .call("nn.Conv2d");
    return cat("# The layer as a matrix (one row per output cell, one column per input cell) is Cᵀ,\n",
               "# where C is the matrix of the Conv2d with the same kernel that maps Y's shape back to X's:\n",
               "CT = torch.autograd.functional.jacobian(layer, X).reshape(Y.numel(), X.numel())\n",
               "conv = ", conv, "\n", "conv.weight.data = layer.weight.data\n",
               "C = torch.autograd.functional.jacobian(conv, Y.detach()).reshape(X.numel(), Y.numel())\n",
               "print(torch.equal(CT, C.T))  # True\n");
}

std::string conv_statements(const Scene& scene, const std::string& layer, bool bias) {
    std::string out = "layer = " + layer + "\n";
    if (scene.tensors.weight) out += tensor_statement("layer.weight.data", *scene.tensors.weight);
    if (bias && scene.tensors.bias) out += tensor_statement("layer.bias.data", *scene.tensors.bias);
    return out;
}

// The compare view's four ways back up from P, each printed.
std::string compare_statements(const Scene& scene, const std::string& unpool_call) {
    auto pooled = op_inputs(scene);
    if (!pooled) return comment(pooled.error());
    auto setup = compare_setup(scene, pooled.value().input.shape());
    if (!setup) return comment(setup.error());
    const CompareSetup& s = setup.value();
    const Tensor& w = s.convt_weight;
    const ConvTranspose2dParams& t = s.convt;
    const std::string convt = Arguments{}
                                  .positional(std::to_string(w.dim(0)))
                                  .positional(std::to_string(w.dim(0)))
                                  .keyword("kernel_size", per_axis(Pair{w.dim(2), w.dim(3)}))
                                  .keyword("stride", per_axis(t.stride))
                                  .keyword_if(t.padding != kZero, "padding", per_axis(t.padding))
                                  .keyword_if(t.output_padding != kZero, "output_padding", per_axis(t.output_padding))
                                  .keyword_if(t.groups != 1, "groups", std::to_string(t.groups))
                                  .keyword("bias", python_bool(false))
                                  .call("nn.ConvTranspose2d");
    const std::string size = cat("(", s.size.h, ", ", s.size.w, ")");
    return cat("convt = ", convt, "\n",
               comment(cat("a ", name(scene.view.compare_kernel), " kernel for every channel")),
               tensor_statement("convt.weight.data", w),
               "ways = {\n", "    'ConvTranspose2d': convt(P),\n", "    'MaxUnpool2d': ", unpool_call, ",\n",
               "    'nearest': nn.functional.interpolate(P, size=", size, ", mode='nearest'),\n",
               "    'bilinear': nn.functional.interpolate(P, size=", size,
               ", mode='bilinear', align_corners=False),\n", "}\n", "for name, Y in ways.items():\n",
               "    print(name, Y)\n");
}

std::string op_statements(const Scene& scene) {
    const bool bias = scene.tensors.bias.has_value();
    if (const auto* p = std::get_if<Conv2dParams>(&scene.params)) {
        std::string out = conv_statements(scene, conv2d_layer(scene, *p, bias), bias) + "Y = layer(X)\nprint(Y)\n";
        if (scene.view.kind == ViewKind::matrix) out += "\n" + matrix_statements("Y.numel()", bias);
        return out;
    }
    if (const auto* p = std::get_if<Conv2dMatrixParams>(&scene.params)) {
        // The matrix is the linear part only: ConvViz's conv2d_matrix has no bias.
        return conv_statements(scene, conv2d_layer(scene, p->conv, false), false) + matrix_statements("-1", false) +
               "print(C @ X.flatten())\n";
    }
    if (const auto* p = std::get_if<ConvTranspose2dParams>(&scene.params)) {
        std::string out = conv_statements(scene, conv_transpose2d_layer(scene, *p, bias), bias) + "Y = layer(X)\nprint(Y)\n";
        if (scene.view.kind == ViewKind::matrix) out += "\n" + transposed_matrix_statements(scene, *p);
        return out;
    }
    if (const auto* p = std::get_if<MaxPool2dParams>(&scene.params)) {
        return cat("layer = ", max_pool2d_layer(*p), "\n", "Y, indices = layer(X)\n", "print(Y)\n",
                   "print(indices)\n");
    }
    if (const auto* p = std::get_if<MaxUnpool2dParams>(&scene.params)) {
        // The scene's input is the tensor before pooling: pool it as the scene does, then unpool.
        std::string call = "unpool(P, indices)";
        if (p->output_size) {
            // A tuple even when square: MaxUnpool2d's output_size takes a sequence, not an int.
            call = cat("unpool(P, indices, output_size=(", p->output_size->h, ", ", p->output_size->w, "))");
        }
        const std::string pooled = cat("pool = ", max_pool2d_layer(pooling_before(*p, scene.pooling)), "\n", "unpool = ",
                                       max_unpool2d_layer(*p), "\n", "P, indices = pool(X)\n");
        if (scene.view.kind == ViewKind::compare) return pooled + compare_statements(scene, call);
        return cat(pooled, "Y = ", call, "\n", "print(P)\n", "print(indices)\n", "print(Y)\n");
    }
    std::string layer;
    if (const auto* p = std::get_if<AvgPool2dParams>(&scene.params)) layer = avg_pool2d_layer(*p);
    if (const auto* p = std::get_if<UpsampleParams>(&scene.params)) layer = upsample_layer(*p);
    if (const auto* p = std::get_if<PixelShuffleParams>(&scene.params)) {
        layer = cat("nn.PixelShuffle(upscale_factor=", p->upscale_factor, ")");
    }
    if (const auto* p = std::get_if<PixelUnshuffleParams>(&scene.params)) {
        layer = cat("nn.PixelUnshuffle(downscale_factor=", p->downscale_factor, ")");
    }
    return cat("layer = ", layer, "\n", "Y = layer(X)\n", "print(Y)\n");
}

}  // namespace

std::string pytorch_code(const Scene& scene) {
    std::string out;
    if (!scene.title.empty()) out += comment(scene.title);
    out += "import torch\n";
    out += "from torch import nn\n\n";
    // Before any layer exists, so that its weight is float64 like X: ConvViz computes in double.
    out += "torch.set_default_dtype(torch.float64)  # ConvViz computes in double precision\n\n";
    out += tensor_statement("X", scene.tensors.input);
    out += op_statements(scene);
    return out;
}

}  // namespace convviz
