// The string tables: both languages have every key, with the same places to fill; every key the
// code looks up is in them; tr() fills places in the language's own order.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "core/i18n/lang.hpp"
#include "core/i18n/strings.hpp"
#include "core/scene.hpp"

namespace convviz {
namespace {

std::set<std::string> keys(Lang lang) {
    std::set<std::string> out;
    for (const StringEntry& entry : string_table(lang)) out.emplace(entry.key);
    return out;
}

std::multiset<std::string> places(std::string_view text) {
    std::multiset<std::string> out;
    static const std::regex place(R"(\{[0-9]\})");
    const std::string s(text);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), place); it != std::sregex_iterator(); ++it) {
        out.insert(it->str());
    }
    return out;
}

TEST(Strings, BothLanguagesHaveEveryKey) {
    const std::set<std::string> en = keys(Lang::en);
    const std::set<std::string> zh = keys(Lang::zh);
    for (const std::string& key : en) EXPECT_TRUE(zh.count(key)) << "missing in 简体中文: " << key;
    for (const std::string& key : zh) EXPECT_TRUE(en.count(key)) << "missing in English: " << key;
}

TEST(Strings, TranslationsFillTheSamePlaces) {
    for (const StringEntry& entry : string_table(Lang::en)) {
        const std::string_view zh = text(Lang::zh, entry.key);
        std::set<std::string> en_places, zh_places;
        for (const std::string& p : places(entry.text)) en_places.insert(p);
        for (const std::string& p : places(zh)) zh_places.insert(p);
        EXPECT_EQ(en_places, zh_places) << entry.key << ": \"" << entry.text << "\" vs \"" << zh << "\"";
        EXPECT_FALSE(entry.text.empty()) << entry.key;
        EXPECT_FALSE(zh.empty()) << entry.key;
    }
}

// Every literal key the code passes to tr() or text() is in the English table (and so, by the
// test above, in both). Keys built at run time (a preset's id in it) have tests of their own.
TEST(Strings, EveryKeyTheCodeUsesIsInTheTables) {
    const std::set<std::string> en = keys(Lang::en);
    const std::regex use(R"(\b(?:tr|text)\(\s*[A-Za-z_.():]+,\s*\"([a-z0-9_]+\.[a-z0-9_.]+)\")");
    int found = 0;
    for (const char* folder : {"core", "app"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(CONVVIZ_SOURCE_DIR) / folder)) {
            if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
            if (entry.path().parent_path().filename() == "i18n") continue;  // the tables themselves
            std::ifstream in(entry.path());
            std::stringstream buffer;
            buffer << in.rdbuf();
            const std::string source = buffer.str();
            for (auto it = std::sregex_iterator(source.begin(), source.end(), use); it != std::sregex_iterator(); ++it) {
                ++found;
                EXPECT_TRUE(en.count((*it)[1].str())) << entry.path().filename() << " uses a key no table has: " << (*it)[1];
            }
        }
    }
    EXPECT_GT(found, 0);
}

// Keys made at run time: "What am I looking at?" for each view, the built-in lesson's steps.
TEST(Strings, EveryViewSaysWhatItShowsInBothLanguages) {
    for (ViewKind view : {ViewKind::conv, ViewKind::scatter, ViewKind::gather, ViewKind::crop, ViewKind::matrix,
                          ViewKind::pool, ViewKind::unpool, ViewKind::upsample, ViewKind::shuffle, ViewKind::compare}) {
        const std::string key = std::string("about.") + name(view);
        for (Lang lang : kLanguages) {
            const std::string_view about = text(lang, key);
            EXPECT_NE(about, key) << "missing: " << key;
            EXPECT_GE(std::count(about.begin(), about.end(), lang == Lang::zh ? '\xE3' : '.'), 2) << key;
        }
    }
    for (int step = 1; step <= 10; ++step) {
        for (const char* part : {".title", ".note"}) {
            const std::string key = "lesson.builtin." + std::to_string(step) + part;
            EXPECT_NE(text(Lang::zh, key), key);
        }
    }
}

TEST(Strings, PlacesAreFilledInTheLanguagesOwnOrder) {
    const std::string args[] = {"3", "4"};
    EXPECT_EQ(fill_in_places("{1} after {0}", args), "4 after 3");
    EXPECT_EQ(fill_in_places("{0}{0} {2} {x}", args), "33 {2} {x}");
    EXPECT_EQ(tr(Lang::en, "lang.name"), "English");
    EXPECT_EQ(tr(Lang::zh, "lang.name"), "简体中文");
    EXPECT_EQ(tr(Lang::zh, "no.such.key"), "no.such.key");
}

TEST(Strings, TheLocaleChoosesTheLanguage) {
    EXPECT_EQ(lang_from_locale(nullptr, nullptr, "zh_CN.UTF-8"), Lang::zh);
    EXPECT_EQ(lang_from_locale(nullptr, nullptr, "zh_TW.UTF-8"), Lang::zh);
    EXPECT_EQ(lang_from_locale("C", nullptr, "zh_CN.UTF-8"), Lang::en);  // LC_ALL wins
    EXPECT_EQ(lang_from_locale("", "zh_CN", "en_GB"), Lang::zh);
    EXPECT_EQ(lang_from_locale(nullptr, nullptr, nullptr), Lang::en);
    EXPECT_EQ(lang_from_locale(nullptr, nullptr, "fr_FR.UTF-8"), Lang::en);
    EXPECT_EQ(parse_lang("zh-CN"), Lang::zh);
    EXPECT_EQ(parse_lang("en"), Lang::en);
    EXPECT_EQ(parse_lang("de"), std::nullopt);
}

}  // namespace
}  // namespace convviz
