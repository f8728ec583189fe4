// The interface's words: one table per language (strings_en.cpp, strings_zh.cpp), looked up by
// key, with numbered places ({0}, {1}, …) filled in, so a language can put them in its own order.
// The tables are constant data sorted at compile time; nothing here holds state.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/i18n/lang.hpp"
#include "core/text.hpp"

namespace convviz {

struct StringEntry {
    std::string_view key;
    std::string_view text;
};

std::span<const StringEntry> string_table(Lang lang);  // sorted by key, each key once

// The key's text in `lang`; English when `lang` lacks it; the key itself when no table has it
// (tests/test_strings.cpp makes sure neither happens).
std::string_view text(Lang lang, std::string_view key);

// `pattern` with each {i} replaced by args[i]; other braces are kept.
std::string fill_in_places(std::string_view pattern, std::span<const std::string> args);

// tr(lang, "shape.result", 3, 4.5): the key's text with its places filled (numbers as cat()
// writes them).
template <class... Args>
std::string tr(Lang lang, std::string_view key, const Args&... args) {
    if constexpr (sizeof...(Args) == 0) {
        return std::string(text(lang, key));
    } else {
        const std::array<std::string, sizeof...(Args)> parts{cat(args)...};
        return fill_in_places(text(lang, key), parts);
    }
}

// For the tables: sorts at compile time, so a table is written in whatever order reads best.
template <std::size_t N>
constexpr std::array<StringEntry, N> sorted_table(const StringEntry (&entries)[N]) {
    std::array<StringEntry, N> table{};
    std::copy(std::begin(entries), std::end(entries), table.begin());
    std::sort(table.begin(), table.end(), [](const StringEntry& a, const StringEntry& b) { return a.key < b.key; });
    return table;
}

template <std::size_t N>
constexpr bool keys_unique(const std::array<StringEntry, N>& table) {
    return std::adjacent_find(table.begin(), table.end(), [](const StringEntry& a, const StringEntry& b) {
               return a.key == b.key;
           }) == table.end();
}

}  // namespace convviz
