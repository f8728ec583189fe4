// A scene and a moment as a short, versioned text for a URL's fragment (the part after '#'), and
// that text read back: what File → Copy link writes, what the web app's address and
// `convviz '#v1/…'` open. It neither touches a clipboard nor opens anything (app/gui/actions.hpp).
//
// The format, version 1: segments joined by '/', the version and the op first, then key=value
// segments in any order, each key at most once:
//
//   v1/conv_transpose2d/in=1,1,3,3/k=3/s=2/p=1/view=gather/t=2.5
//
//   in=N,C,H,W   the input's shape (before pooling, for max_unpool2d); always there
//   k=3, k=3x2   conv ops: the weight's kernel (kH x kW); pooling ops: their kernel_size
//   out=2        conv ops: out_channels, when not 1;   bias=1: conv ops with a bias
//   s p d g op pm ceil cip div os size sf mode ac r ...
//                the op's parameters (core/op_params' description: stride, padding, dilation,
//                groups, output_padding, padding_mode, ceil_mode, count_include_pad,
//                divisor_override, output_size, size, scale_factor, mode, align_corners,
//                upscale/downscale_factor; a parameter without a short key goes by its name),
//                written when PyTorch requires it or when it differs from the op's default.
//                A pair is `3` when both axes agree, else `3x2` (h x w); a boolean 1 or 0; a word
//                as PyTorch spells it; an optional parameter left unset `none`.
//   pool_d, pool_ceil   max_unpool2d: the MaxPool2d before it, when not the default
//   view=gather  always; values=0: numbers hidden; ck=ones: the compare view's kernel
//   id=, title=  percent-encoded UTF-8: the scene's id (a preset's), its title when it has its own
//   x=, w=, b=   the input's, weight's and bias' values, only when they differ from the default
//                values (below): base64url (no padding) of one format byte, then
//                - format k in 0..15: every value is m / 10^k exactly, bit for bit (integers: 0;
//                  PyTorch-style 2-decimal values: 2): a varint per run of zigzag(m)·2 + r, and
//                  when r is 1 a varint run − 2 after it (a run of equal values);
//                - format 255: raw IEEE doubles: a varint run − 1, then 8 little-endian bytes.
//   t=2.5        seconds into the animation, when not 0: the scene opens paused there
//
// The default values of a tensor: a built-in preset's own (when `id` names one and the shape is the
// preset's), else what reshape_scene() fills a new scene with (Fill::integers, seed 0).
#pragma once

#include <string>
#include <string_view>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

inline constexpr int kLinkVersion = 1;

// The fragment without '#': "v1/conv2d/in=1,1,5,5/k=3/view=conv". For a valid scene; `t` >= 0.
std::string scene_link(const Scene& scene, double t = 0.0);

struct LinkedScene {
    Scene scene;
    double t = 0.0;  // seconds into the animation; 0: from the start
};

// Reads a bare fragment ("v1/…"), one with its '#' ("#v1/…") or a whole address
// ("https://host/path/?x#v1/…"), surrounding white space ignored. The scene comes back valid and
// within the size limits, or the error says what is wrong with the link, in `lang`.
Result<LinkedScene> read_scene_link(std::string_view text, Lang lang = Lang::en);

}  // namespace convviz
