// An op and its parameters as the command line gives them (`convviz shape OP --input N,C,H,W
// --stride 2 …`, `convviz export --op OP …`): text turned into the op's Params and tensor shapes.
// Validating the configuration is the op's job, not this one's.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/op.hpp"
#include "core/result.hpp"

namespace convviz {

struct OpRequest {
    std::string op;
    // --torch "nn.Conv2d(3, 8, 3)": the op, its parameters and its input from one line of PyTorch
    // instead of `op` and the flags (core/torch_line).
    std::string torch;
    std::string input;              // "N,C,H,W"
    std::string kernel = "3";       // "K" or "KH,KW": a conv layer's kernel, a pooling window
    std::string out_channels;       // conv ops; empty: as many as the input has
    // Each other parameter of every op (core/op_params) by its option's key (option_key()): the
    // text given, or the default add_op_options() shows; absent or empty: the op's default.
    std::map<std::string, std::string, std::less<>> params;
    std::map<std::string, bool, std::less<>> flags;  // booleans whose default is false: --ceil-mode
    std::vector<std::string> given;  // the op options named on the command line (add_shape_command)
};

// The CLI's key for a parameter: its PyTorch name with '-' for '_' ("output-padding"), except
// kernel_size ("kernel", shared with the conv layers' kernel) and both shuffles' "factor".
std::string option_key(std::string_view param);

struct BuiltOp {
    OpParams params;
    OpShapes shapes;    // the input's, the weight's (conv ops), the indices' (max_unpool2d)
    Pair kernel{3, 3};  // conv ops: the weight's kH, kW
    int64_t out_channels = 1;
};

// The error names the option and what it takes, e.g. "--stride takes K or KH,KW, but got 'x'".
Result<BuiltOp> build_op(const OpRequest& request);

}  // namespace convviz
