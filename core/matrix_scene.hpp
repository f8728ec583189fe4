// What the matrix view draws for a scene: the zero-padded conv2d whose matrix C it shows, the x
// that C multiplies in the rows phase, the y that Cᵀ multiplies in the columns phase, and the
// ConvTranspose2d whose output Cᵀ·y is. A Conv2d scene is its own conv2d (y = C·x, bias left
// out: C is the linear part). A ConvTranspose2d scene is the transpose of the conv2d with its
// kernel, stride, padding, dilation and groups, run on an input of the layer's output size; y is
// the scene's input and x an example (C does not depend on it). Data only; nothing draws here.
#pragma once

#include <optional>
#include <string>

#include "core/matrix.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

struct MatrixSetup {
    Conv2dParams conv;
    Tensor x;       // [1, C_in, H, W]
    Tensor weight;  // conv2d layout [C_out, C_in / groups, kH, kW]
    Tensor y;       // [1, C_out, H_out, W_out]: what Cᵀ multiplies
    bool from_transpose = false;  // a ConvTranspose2d scene: y is its input, x an example
    bool has_bias = false;        // the scene's layer adds a bias that C leaves out
    // The ConvTranspose2d whose output is Cᵀ·y; none when the conv2d's padding is asymmetric.
    std::optional<ConvTranspose2dParams> transpose;
};

// The first rule the scene's configuration breaks for the matrix view, in plain words in `lang`.
std::optional<std::string> validate_matrix_scene(const Scene& scene, Lang lang = Lang::en);
// The same from the op and the tensors' shapes: no tensor needs to exist (or be filled) to ask.
std::optional<std::string> validate_matrix_scene(const OpParams& params, const Shape& input, const Shape& weight,
                                                 Lang lang = Lang::en);
Result<MatrixSetup> matrix_setup(const Scene& scene, Lang lang = Lang::en);

}  // namespace convviz
