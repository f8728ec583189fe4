#include "app/cli/op_options.hpp"

namespace convviz {

void add_op_options(CLI::App* cmd, OpRequest& op, const char* upsample_size) {
    cmd->add_option("--input", op.input, "Input shape N,C,H,W");
    cmd->add_option("--kernel", op.kernel, "Kernel (conv) or window (pooling) size: K or KH,KW");
    cmd->add_option("--out-channels", op.out_channels, "Conv output channels (empty: the input's)");
    cmd->add_option("--stride", op.stride, "S or SH,SW (empty: 1 for conv, the kernel for pooling)");
    cmd->add_option("--padding", op.padding, "P or PH,PW; conv2d also 'same' or 'valid'");
    cmd->add_option("--output-padding", op.output_padding, "conv_transpose2d: P or PH,PW");
    cmd->add_option("--dilation", op.dilation, "D or DH,DW");
    cmd->add_option("--groups", op.groups, "Conv groups");
    cmd->add_option("--padding-mode", op.padding_mode, "conv2d: zeros, reflect, replicate or circular");
    cmd->add_flag("--ceil-mode", op.ceil_mode, "Pooling: round the window count up (default: off)");
    cmd->add_option("--count-include-pad", op.count_include_pad, "avg_pool2d: true or false");
    cmd->add_option("--divisor-override", op.divisor_override, "avg_pool2d: divisor (empty: none)");
    cmd->add_option("--output-size", op.output_size, "max_unpool2d: H,W (empty: the default)");
    cmd->add_option("--mode", op.mode, "upsample: nearest, nearest-exact, bilinear or bicubic");
    cmd->add_option(upsample_size, op.size, "upsample: output H,W");
    cmd->add_option("--scale-factor", op.scale_factor, "upsample: F or FH,FW");
    cmd->add_option("--align-corners", op.align_corners, "upsample: true or false (empty: unset)");
    cmd->add_option("--factor", op.factor, "pixel_shuffle / pixel_unshuffle factor");
}

CLI::App* add_shape_command(CLI::App& app, OpRequest& request) {
    CLI::App* cmd = app.add_subcommand("shape", "Print an op's output shape and its derivation");
    cmd->add_option("op", request.op,
                    "conv2d, conv_transpose2d, max_pool2d, avg_pool2d, max_unpool2d, upsample, "
                    "pixel_shuffle, pixel_unshuffle, conv2d_matrix")
        ->required();
    add_op_options(cmd, request);
    cmd->get_option("--input")->required();
    return cmd;
}

}  // namespace convviz
