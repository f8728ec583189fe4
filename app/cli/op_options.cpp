#include "app/cli/op_options.hpp"

namespace convviz {

std::vector<std::string> add_op_options(CLI::App* cmd, OpRequest& op, const char* upsample_size) {
    std::vector<std::string> names;
    const auto added = [&](CLI::Option* option) { names.push_back(option->get_name()); };
    added(cmd->add_option("--input", op.input, "Input shape N,C,H,W"));
    added(cmd->add_option("--kernel", op.kernel, "Kernel (conv) or window (pooling) size: K or KH,KW"));
    added(cmd->add_option("--out-channels", op.out_channels, "Conv output channels (empty: the input's)"));
    added(cmd->add_option("--stride", op.stride, "S or SH,SW (empty: 1 for conv, the kernel for pooling)"));
    added(cmd->add_option("--padding", op.padding, "P or PH,PW; conv2d also 'same' or 'valid'"));
    added(cmd->add_option("--output-padding", op.output_padding, "conv_transpose2d: P or PH,PW"));
    added(cmd->add_option("--dilation", op.dilation, "D or DH,DW"));
    added(cmd->add_option("--groups", op.groups, "Conv groups"));
    added(cmd->add_option("--padding-mode", op.padding_mode, "conv2d: zeros, reflect, replicate or circular"));
    added(cmd->add_flag("--ceil-mode", op.ceil_mode, "Pooling: round the window count up (default: off)"));
    added(cmd->add_option("--count-include-pad", op.count_include_pad, "avg_pool2d: true or false"));
    added(cmd->add_option("--divisor-override", op.divisor_override, "avg_pool2d: divisor (empty: none)"));
    added(cmd->add_option("--output-size", op.output_size, "max_unpool2d: H,W (empty: the default)"));
    added(cmd->add_option("--mode", op.mode, "upsample: nearest, nearest-exact, bilinear or bicubic"));
    added(cmd->add_option(upsample_size, op.size, "upsample: output H,W"));
    added(cmd->add_option("--scale-factor", op.scale_factor, "upsample: F or FH,FW"));
    added(cmd->add_option("--align-corners", op.align_corners, "upsample: true or false (empty: unset)"));
    added(cmd->add_option("--factor", op.factor, "pixel_shuffle / pixel_unshuffle factor"));
    return names;
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
