// Shape arithmetic as a student reads it: each op's output-size formula, then the same formula
// with the user's numbers in it, then the result, e.g.
//   H_out = (H_in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1
//         = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6
// Also the output_padding that makes a conv_transpose2d restore a conv2d's input size.
// Text only: the ops themselves compute shapes with output_shape(); tests keep the two equal.
#pragma once

#include <string>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/op.hpp"
#include "core/result.hpp"

namespace convviz {

struct ShapeDerivation {
    Shape output;
    std::vector<std::string> lines;  // one formula per line; continuation lines start with spaces
    std::string text() const;        // the lines joined by newlines
};

// Validates first: an invalid configuration gives the validation message. The words around the
// formulas, and the message, are in `lang`; the formulas themselves are the same in every language.
Result<ShapeDerivation> derive_shape(const OpParams& params, const OpShapes& shapes, Lang lang = Lang::en);

// tconv(conv(X)).shape == X.shape: the output_padding per axis that makes a conv_transpose2d with
// the conv2d's kernel, stride, padding and dilation give back the conv2d's input size.
struct RestoringPadding {
    Pair output_padding;
    std::vector<std::string> lines;
};
Result<RestoringPadding> restoring_output_padding(const Conv2dParams& params, const Shape& input,
                                                  const Shape& weight, Lang lang = Lang::en);

}  // namespace convviz
