// Refusals that say how to fix them: a value for one parameter, computed (never guessed) so that
// it is valid itself and clears the rule that refused. The rules that suggest fill a Suggestions
// list when given one; refusal() collects the message and that list for any op.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/op.hpp"

namespace convviz {

struct Suggestion {
    std::string name;     // the parameter as PyTorch spells it ("padding"), or "channels" (the input's C)
    int axis = -1;        // 0 height, 1 width, -1 a single number (groups, channels, factors)
    int64_t value = 0;    // the value to use, or with up_to the largest that works
    bool up_to = false;   // every value from 0 to `value` works
};
using Suggestions = std::vector<Suggestion>;

// "; use padding 2 or dilation 1" in `lang`, or "" when there is nothing to suggest.
std::string suggestion_text(const Suggestions& options, Lang lang);

struct Refusal {
    std::string message;      // what validate() says, suggestions included
    Suggestions suggestions;  // what it suggests, each alone enough for the rule that refused
};
// The first rule the configuration breaks, in `lang`, with its suggestions; nothing when valid.
std::optional<Refusal> refusal(const OpParams& params, const OpShapes& shapes, Lang lang = Lang::en);

// The checks of the ops whose rules suggest, filling `suggested` (when not null) as they refuse.
// Each op's public validate() is one of these with no list.
std::optional<std::string> validate(const Conv2dParams& params, const Shape& input, const Shape& weight,
                                    const Shape* bias, Lang lang, Suggestions* suggested);
std::optional<std::string> validate(const ConvTranspose2dParams& params, const Shape& input, const Shape& weight,
                                    const Shape* bias, Lang lang, Suggestions* suggested);
std::optional<std::string> validate(const MaxPool2dParams& params, const Shape& input, Lang lang,
                                    Suggestions* suggested);
std::optional<std::string> validate(const AvgPool2dParams& params, const Shape& input, Lang lang,
                                    Suggestions* suggested);
std::optional<std::string> validate(const MaxUnpool2dParams& params, const Shape& input, const Shape& indices,
                                    Lang lang, Suggestions* suggested);
std::optional<std::string> validate(const PixelShuffleParams& params, const Shape& input, Lang lang,
                                    Suggestions* suggested);

}  // namespace convviz
