// An op and its parameters as the command line gives them (`convviz shape OP --input N,C,H,W
// --stride 2 …`, `convviz export --op OP …`): text turned into the op's Params and tensor shapes.
// Validating the configuration is the op's job, not this one's.
#pragma once

#include <optional>
#include <string>

#include "core/op.hpp"
#include "core/result.hpp"

namespace convviz {

struct OpRequest {
    std::string op;
    std::string input;              // "N,C,H,W"
    std::string kernel = "3";       // "K" or "KH,KW"
    std::string out_channels;       // conv ops; empty: as many as the input has
    std::string stride;             // empty: 1 for the conv ops, the kernel size for pooling
    std::string padding = "0";      // "P", "PH,PW", "same" or "valid" (conv2d)
    std::string output_padding = "0";
    std::string dilation = "1";
    std::string groups = "1";
    std::string padding_mode = "zeros";
    bool ceil_mode = false;
    std::string count_include_pad = "true";
    std::string divisor_override;   // empty: none
    std::string output_size;        // max_unpool2d; empty: the default
    std::string mode = "nearest";   // upsample
    std::string size;               // upsample: "H,W" (or "S")
    std::string scale_factor;       // upsample: "F" or "FH,FW"
    std::string align_corners;      // upsample: "true", "false" or empty (unset)
    std::string factor = "2";       // pixel_shuffle / pixel_unshuffle
};

struct BuiltOp {
    OpParams params;
    OpShapes shapes;    // the input's, the weight's (conv ops), the indices' (max_unpool2d)
    Pair kernel{3, 3};  // conv ops: the weight's kH, kW
    int64_t out_channels = 1;
};

// The error names the option and what it takes, e.g. "--stride takes K or KH,KW, but got 'x'".
Result<BuiltOp> build_op(const OpRequest& request);

}  // namespace convviz
