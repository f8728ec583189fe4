// The hover tips of the panels' controls, as data: for each (context, control) the string-table key
// ("tip.<context>.<control>") of two or three sentences on what the control does to the picture
// and to the shape formula. The panels look tips up here; tests/test_i18n_panels.cpp walks
// this table and the panels' sources. No ImGui and no text here: the words are in the tables.
#pragma once

#include <string_view>

namespace convviz {

struct ParamTip {
    std::string_view context;  // an op's name ("conv2d", …), or "input", "view", "values", "playback"
    std::string_view control;  // the parameter's PyTorch name, or the control's own name
    std::string_view key;
};

inline constexpr ParamTip kParamTips[] = {
    // The input and the layer's tensors, whatever the op.
    {"input", "op", "tip.input.op"},
    {"input", "batch", "tip.input.batch"},
    {"input", "channels", "tip.input.channels"},
    {"input", "size", "tip.input.size"},
    // Conv2d.
    {"conv2d", "out_channels", "tip.conv2d.out_channels"},
    {"conv2d", "kernel_size", "tip.conv2d.kernel_size"},
    {"conv2d", "bias", "tip.conv2d.bias"},
    {"conv2d", "stride", "tip.conv2d.stride"},
    {"conv2d", "padding_kind", "tip.conv2d.padding_kind"},
    {"conv2d", "padding", "tip.conv2d.padding"},
    {"conv2d", "dilation", "tip.conv2d.dilation"},
    {"conv2d", "groups", "tip.conv2d.groups"},
    {"conv2d", "padding_mode", "tip.conv2d.padding_mode"},
    {"conv2d", "transpose", "tip.conv2d.transpose"},
    // ConvTranspose2d.
    {"conv_transpose2d", "out_channels", "tip.conv_transpose2d.out_channels"},
    {"conv_transpose2d", "kernel_size", "tip.conv_transpose2d.kernel_size"},
    {"conv_transpose2d", "bias", "tip.conv_transpose2d.bias"},
    {"conv_transpose2d", "stride", "tip.conv_transpose2d.stride"},
    {"conv_transpose2d", "padding", "tip.conv_transpose2d.padding"},
    {"conv_transpose2d", "output_padding", "tip.conv_transpose2d.output_padding"},
    {"conv_transpose2d", "dilation", "tip.conv_transpose2d.dilation"},
    {"conv_transpose2d", "transpose", "tip.conv_transpose2d.transpose"},
    {"conv_transpose2d", "groups", "tip.conv_transpose2d.groups"},
    // MaxPool2d and AvgPool2d.
    {"max_pool2d", "kernel_size", "tip.max_pool2d.kernel_size"},
    {"max_pool2d", "stride", "tip.max_pool2d.stride"},
    {"max_pool2d", "padding", "tip.max_pool2d.padding"},
    {"max_pool2d", "dilation", "tip.max_pool2d.dilation"},
    {"max_pool2d", "ceil_mode", "tip.max_pool2d.ceil_mode"},
    {"avg_pool2d", "kernel_size", "tip.avg_pool2d.kernel_size"},
    {"avg_pool2d", "stride", "tip.avg_pool2d.stride"},
    {"avg_pool2d", "padding", "tip.avg_pool2d.padding"},
    {"avg_pool2d", "ceil_mode", "tip.avg_pool2d.ceil_mode"},
    {"avg_pool2d", "count_include_pad", "tip.avg_pool2d.count_include_pad"},
    {"avg_pool2d", "divisor_override", "tip.avg_pool2d.divisor_override"},
    {"avg_pool2d", "divisor", "tip.avg_pool2d.divisor"},
    // MaxUnpool2d, and the MaxPool2d before it (pool_*).
    {"max_unpool2d", "kernel_size", "tip.max_unpool2d.kernel_size"},
    {"max_unpool2d", "stride", "tip.max_unpool2d.stride"},
    {"max_unpool2d", "padding", "tip.max_unpool2d.padding"},
    {"max_unpool2d", "pool_dilation", "tip.max_unpool2d.pool_dilation"},
    {"max_unpool2d", "pool_ceil_mode", "tip.max_unpool2d.pool_ceil_mode"},
    {"max_unpool2d", "output_size", "tip.max_unpool2d.output_size"},
    // Upsample.
    {"upsample", "mode", "tip.upsample.mode"},
    {"upsample", "by_scale_factor", "tip.upsample.by_scale_factor"},
    {"upsample", "by_size", "tip.upsample.by_size"},
    {"upsample", "size", "tip.upsample.size"},
    {"upsample", "scale_factor", "tip.upsample.scale_factor"},
    {"upsample", "align_corners", "tip.upsample.align_corners"},
    // PixelShuffle and PixelUnshuffle.
    {"pixel_shuffle", "upscale_factor", "tip.pixel_shuffle.upscale_factor"},
    {"pixel_unshuffle", "downscale_factor", "tip.pixel_unshuffle.downscale_factor"},
    // The view chooser and the compare view's kernel.
    {"view", "view", "tip.view.view"},
    {"view", "compare_kernel", "tip.view.compare_kernel"},
    // The Values panel.
    {"values", "presets", "tip.values.presets"},
    {"values", "tensor", "tip.values.tensor"},
    {"values", "integers", "tip.values.integers"},
    {"values", "normals", "tip.values.normals"},
    {"values", "ones", "tip.values.ones"},
    {"values", "arange", "tip.values.arange"},
    {"values", "plane", "tip.values.plane"},
    {"values", "cells", "tip.values.cells"},
    // The playback controls.
    {"playback", "start", "tip.playback.start"},
    {"playback", "back", "tip.playback.back"},
    {"playback", "play", "tip.playback.play"},
    {"playback", "forward", "tip.playback.forward"},
    {"playback", "end", "tip.playback.end"},
    {"playback", "time", "tip.playback.time"},
    {"playback", "speed", "tip.playback.speed"},
    {"playback", "loop", "tip.playback.loop"},
};

// The key of (context, control)'s tip; empty when it has none.
constexpr std::string_view param_tip_key(std::string_view context, std::string_view control) {
    for (const ParamTip& tip : kParamTips) {
        if (tip.context == context && tip.control == control) return tip.key;
    }
    return {};
}

}  // namespace convviz
