#include "core/pytorch_code.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/compare.hpp"
#include "core/op_params.hpp"
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

constexpr Pair kZero{.h = 0, .w = 0};

int64_t in_channels(const Scene& scene) {
    return scene.tensors.input.rank() == 4 ? scene.tensors.input.dim(1) : 1;
}

Pair kernel_of(const Scene& scene) {
    const std::optional<Tensor>& weight = scene.tensors.weight;
    if (weight && weight->rank() == 4) return {weight->dim(2), weight->dim(3)};
    return {1, 1};
}

// What a conv layer's call says beyond its Params: its channel counts, its kernel and its bias.
struct ConvLayer {
    int64_t in_channels = 1;
    int64_t out_channels = 1;
    Pair kernel{.h = 1, .w = 1};
    bool bias = false;
};

// The layer's call from the op's description: the conv layers' sizes first, then each parameter
// PyTorch requires or the scene sets to other than PyTorch's default, in the description's order.
// The layer's own flag (bias=False, return_indices=True) comes before the op's flags and words,
// where both layers declare it.
std::string layer_call(const OpParams& params, const std::optional<ConvLayer>& conv, bool return_indices) {
    const OpSchema& schema = op_schema(params);
    Arguments args;
    std::string flag;
    if (conv) {
        args.positional(std::to_string(conv->in_channels))
            .positional(std::to_string(conv->out_channels))
            .keyword("kernel_size", python_value(conv->kernel));
        if (!conv->bias) flag = "bias=False";
    }
    if (return_indices) flag = "return_indices=True";
    for (const ParamSpec& spec : schema.params) {
        // output_size goes to MaxUnpool2d's call, not to the layer.
        if (std::find(schema.layer_order.begin(), schema.layer_order.end(), spec.name) == schema.layer_order.end()) {
            continue;
        }
        const bool word_or_flag = spec.kind == ParamKind::boolean || spec.kind == ParamKind::choice;
        if (word_or_flag && !flag.empty()) {
            args.positional(flag);
            flag.clear();
        }
        const ParamValue value = spec.get(params);
        args.keyword_if(spec.required || !same_value(value, spec.default_value), std::string(spec.name).c_str(),
                        python_value(value));
    }
    if (!flag.empty()) args.positional(flag);
    return args.call(cat("nn.", schema.layer));
}

ConvLayer conv_layer(const Scene& scene, bool bias) {
    const std::optional<Tensor>& weight = scene.tensors.weight;
    int64_t out_channels = 1;
    if (weight && weight->rank() == 4) {
        const auto* t = std::get_if<ConvTranspose2dParams>(&scene.params);
        out_channels = t ? weight->dim(1) * t->groups : weight->dim(0);
    }
    return {.in_channels = in_channels(scene), .out_channels = out_channels, .kernel = kernel_of(scene), .bias = bias};
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
    const Conv2dParams back{.stride = p.stride,
                            .padding = {.kind = PaddingKind::pair, .size = p.padding},
                            .dilation = p.dilation,
                            .groups = p.groups};
    const std::string conv = layer_call(
        back, ConvLayer{.in_channels = w.dim(1) * p.groups, .out_channels = w.dim(0), .kernel = kernel_of(scene)}, false);
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
                                  .keyword("kernel_size", python_value(Pair{.h = w.dim(2), .w = w.dim(3)}))
                                  .keyword("stride", python_value(t.stride))
                                  .keyword_if(t.padding != kZero, "padding", python_value(t.padding))
                                  .keyword_if(t.output_padding != kZero, "output_padding", python_value(t.output_padding))
                                  .keyword_if(t.groups != 1, "groups", std::to_string(t.groups))
                                  .keyword("bias", python_value(false))
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
        std::string out = conv_statements(scene, layer_call(*p, conv_layer(scene, bias), false), bias) + "Y = layer(X)\nprint(Y)\n";
        if (scene.view.kind == ViewKind::matrix) out += "\n" + matrix_statements("Y.numel()", bias);
        return out;
    }
    if (const auto* p = std::get_if<Conv2dMatrixParams>(&scene.params)) {
        // The matrix is the linear part only: ConvViz's conv2d_matrix has no bias.
        return conv_statements(scene, layer_call(p->conv, conv_layer(scene, false), false), false) + matrix_statements("-1", false) +
               "print(C @ X.flatten())\n";
    }
    if (const auto* p = std::get_if<ConvTranspose2dParams>(&scene.params)) {
        std::string out = conv_statements(scene, layer_call(*p, conv_layer(scene, bias), false), bias) + "Y = layer(X)\nprint(Y)\n";
        if (scene.view.kind == ViewKind::matrix) out += "\n" + transposed_matrix_statements(scene, *p);
        return out;
    }
    if (const auto* p = std::get_if<MaxPool2dParams>(&scene.params)) {
        return cat("layer = ", layer_call(*p, std::nullopt, true), "\n", "Y, indices = layer(X)\n", "print(Y)\n",
                   "print(indices)\n");
    }
    if (const auto* p = std::get_if<MaxUnpool2dParams>(&scene.params)) {
        // The scene's input is the tensor before pooling: pool it as the scene does, then unpool.
        std::string call = "unpool(P, indices)";
        if (p->output_size) {
            // A tuple even when square: MaxUnpool2d's output_size takes a sequence, not an int.
            call = cat("unpool(P, indices, output_size=(", p->output_size->h, ", ", p->output_size->w, "))");
        }
        const std::string pooled = cat("pool = ", layer_call(pooling_before(*p, scene.pooling), std::nullopt, true), "\n", "unpool = ",
                                       layer_call(*p, std::nullopt, false), "\n", "P, indices = pool(X)\n");
        if (scene.view.kind == ViewKind::compare) return pooled + compare_statements(scene, call);
        return cat(pooled, "Y = ", call, "\n", "print(P)\n", "print(indices)\n", "print(Y)\n");
    }
    const std::string layer = layer_call(scene.params, std::nullopt, false);
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
