#include "core/i18n/strings.hpp"

namespace convviz {

std::span<const StringEntry> english_strings();
std::span<const StringEntry> chinese_strings();

std::span<const StringEntry> string_table(Lang lang) {
    return lang == Lang::zh ? chinese_strings() : english_strings();
}

namespace {

const StringEntry* find(std::span<const StringEntry> table, std::string_view key) {
    const auto at = std::lower_bound(table.begin(), table.end(), key,
                                     [](const StringEntry& entry, std::string_view k) { return entry.key < k; });
    return at != table.end() && at->key == key ? &*at : nullptr;
}

}  // namespace

std::string_view text(Lang lang, std::string_view key) {
    if (const StringEntry* entry = find(string_table(lang), key)) return entry->text;
    if (const StringEntry* entry = find(string_table(Lang::en), key)) return entry->text;
    return key;
}

std::string fill_in_places(std::string_view pattern, std::span<const std::string> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const size_t index = static_cast<size_t>(pattern[i + 1] - '0');
            if (index < args.size()) {
                out += args[index];
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace convviz
