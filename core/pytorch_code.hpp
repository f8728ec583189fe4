// The scene as a runnable PyTorch snippet, written the way course notes write it: the layer with
// only its non-default arguments, the scene's own values, the call and a print. Text only: it
// runs nothing and checks nothing (give it a valid scene; an invalid one still gives text).
//
//   import torch
//   from torch import nn
//
//   torch.set_default_dtype(torch.float64)  # ConvViz computes in double precision
//
//   X = torch.tensor([[[[0, 1],
//                       [2, 3]]]], dtype=torch.float64)
//   layer = nn.ConvTranspose2d(1, 1, kernel_size=2, bias=False)
//   layer.weight.data = torch.tensor(...)
//   Y = layer(X)
//   print(Y)
#pragma once

#include <string>

#include "core/scene.hpp"

namespace convviz {

// - Numbers are exact_number()'s shortest exact form, in float64 tensors (ConvViz computes in
//   double); NaN and ±inf as float('nan'), float('inf').
// - Per-axis arguments print as one int when both axes agree, else as a tuple (h, w).
// - conv ops: nn.Conv2d / nn.ConvTranspose2d(in, out, kernel_size=…, then the non-default ones
//   among stride, padding, output_padding, dilation, groups, bias, padding_mode), then the
//   weight and bias. conv2d_matrix, and conv2d in the matrix view, also build C with
//   torch.autograd.functional.jacobian.
// - max_pool2d: return_indices=True, printing the indices too. max_unpool2d: the MaxPool2d that
//   produces the pooled values and indices from X (the scene's input), then nn.MaxUnpool2d
//   (output_size passed to the call). avg_pool2d, upsample (nn.Upsample), pixel_shuffle and
//   pixel_unshuffle: one layer and its call.
std::string pytorch_code(const Scene& scene);

}  // namespace convviz
