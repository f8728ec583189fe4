// `convviz shape OP --input N,C,H,W ...`: the output shape of one op and its derivation, with the
// user's numbers; for conv2d also the output_padding a conv_transpose2d needs to undo it.
// Option values arrive as text (main.cpp parses the command line) and are read here.
#pragma once

#include <iosfwd>
#include <string>

namespace convviz {

struct ShapeRequest {
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

// Exit status 0 with the derivation on `out`; 2 with the reason on `err`.
int run_shape(const ShapeRequest& request, std::ostream& out, std::ostream& err);

}  // namespace convviz
