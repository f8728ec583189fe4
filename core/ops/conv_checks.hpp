// The checks conv2d and conv_transpose2d share, each returning a plain message in `lang` or nothing.
// Internal to core/ops: the public rules are each op's validate().
#pragma once

#include <optional>
#include <string>

#include "core/i18n/lang.hpp"
#include "core/ops/pair.hpp"
#include "core/tensor.hpp"

namespace convviz {

// Rank 4, every dimension ≥ 1, kernel sides within ConvViz's bound. `layout` names the four
// dimensions in messages, e.g. "[C_out, C_in / groups, kH, kW]".
std::optional<std::string> check_conv_weight(const Shape& weight, const char* layout, Lang lang);

// `name` is at least `least` on both axes ("stride must be at least 1, but it is 0 on the height axis").
std::optional<std::string> check_at_least(const char* name, Pair value, int64_t least, Lang lang);

// `name` is within ConvViz's parameter bound on both axes.
std::optional<std::string> check_bounded(const char* name, Pair value, Lang lang);

// The work bound for a conv op, with what can be made smaller here (never "fewer channels" to a
// one-channel layer): `channels` is whether either channel count is above 1.
std::optional<std::string> check_conv_work(int64_t multiply_adds, const Shape& input, const Shape& weight,
                                           bool channels, Lang lang);

// The bias, when given, holds one value per output channel.
std::optional<std::string> check_bias(const Shape* bias, int64_t out_channels, Lang lang);

}  // namespace convviz
