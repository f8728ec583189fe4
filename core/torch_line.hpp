// "Paste a PyTorch line": one layer as PyTorch writes it — nn.Conv2d, nn.ConvTranspose2d,
// nn.MaxPool2d, nn.AvgPool2d, nn.MaxUnpool2d, nn.Upsample, nn.PixelShuffle / PixelUnshuffle or
// their F. forms (F.interpolate, ...) — read into a Scene. The keywords, the positional order
// and each argument's kind come from the ops' description (core/op_params), not from a table of
// its own. What the Code panel writes (pytorch_code) reads back to the same scene.
//
// The input's shape comes from, in order: the tensor the call is given (F.interpolate(x, ...), or
// layer(x) on a later line) when the text makes it (x = torch.randn(4, 64, 16, 16), torch.tensor
// ([...]) with its values); else the text's only or nearest such tensor; else a comment on the
// layer's line or the line after it ("# input [1, 3, 8, 8]"); else the current scene's, with the
// layer's channels. A scene over ConvViz's size limits is cut to a part that fits (fewer images,
// channels, rows and columns) and a note says which part is shown.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

struct TorchLine {
    Scene scene;
    // In the language asked for, one sentence each: the layer's shapes ("input [4, 64, 16, 16] →
    // output [4, 32, 32, 32]"), where the input came from, which part is shown when cut.
    std::vector<std::string> notes;
};

// Anything it cannot read is an error naming the argument, what it expected and what it got;
// `current` is only read (for the input's size when the text gives none and for the view).
Result<TorchLine> read_torch_line(std::string_view text, const Scene& current, Lang lang = Lang::en);

}  // namespace convviz
