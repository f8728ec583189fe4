// The case reader: every malformed-input kind is an error naming the file, the case and the field.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/case_file.hpp"
#include "core/text.hpp"

namespace convviz {
namespace {

const char* kGood = R"({"name": "tiny", "op": "conv2d",
  "params": {"stride": [1, 1], "padding": [0, 0], "dilation": [1, 1], "groups": 1, "padding_mode": "zeros"},
  "input": {"shape": [1, 1, 2, 2], "data": [1, 2, 3, 4]},
  "weight": {"shape": [1, 1, 1, 1], "data": [2]}, "bias": null,
  "expected": {"shape": [1, 1, 2, 2], "data": [2, 4, 6, 8]}})";

std::string error_of(const std::string& text) {
    auto r = parse_cases(text, "cases.json");
    return r.ok() ? "" : r.error();
}

std::string with(const std::string& from, const std::string& to) {
    std::string s = kGood;
    const size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
}

TEST(CaseFile, ReadsOneCaseOrAnArray) {
    auto one = parse_cases(kGood, "cases.json");
    ASSERT_TRUE(one.ok()) << one.error();
    EXPECT_EQ(one.value().size(), 1u);
    auto many = parse_cases(std::string("[") + kGood + "," + kGood + "]", "cases.json");
    ASSERT_TRUE(many.ok()) << many.error();
    EXPECT_EQ(many.value().size(), 2u);
}

TEST(CaseFile, BadJsonNamesTheFile) {
    const std::string e = error_of("[{\"name\": ");
    EXPECT_EQ(e.rfind("cases.json: not valid JSON", 0), 0u) << e;
}

TEST(CaseFile, UnknownOpNamesTheCaseAndListsTheKnownOnes) {
    const std::string e = error_of(with("\"op\": \"conv2d\"", "\"op\": \"conv3d\""));
    EXPECT_NE(e.find("cases.json: case 0 \"tiny\": field \"op\""), std::string::npos) << e;
    EXPECT_NE(e.find("conv_transpose2d"), std::string::npos) << e;
}

TEST(CaseFile, MissingFieldIsNamed) {
    const std::string e = error_of(with("\"weight\": {\"shape\": [1, 1, 1, 1], \"data\": [2]}, ", ""));
    EXPECT_NE(e.find("field \"weight\" is missing"), std::string::npos) << e;
}

TEST(CaseFile, WrongShapeIsNamed) {
    EXPECT_NE(error_of(with("\"shape\": [1, 1, 2, 2], \"data\": [1, 2, 3, 4]", "\"shape\": [1, -1, 2, 2], \"data\": [1]"))
                  .find("field \"input.shape[1]\" must not be negative"),
              std::string::npos);
    EXPECT_NE(error_of(with("\"shape\": [1, 1, 2, 2], \"data\": [1, 2, 3, 4]", "\"shape\": \"2x2\", \"data\": [1]"))
                  .find("field \"input.shape\""),
              std::string::npos);
    EXPECT_NE(error_of(with("\"shape\": [1, 1, 2, 2], \"data\": [1, 2, 3, 4]",
                            "\"shape\": [100000, 100000, 1000, 1000], \"data\": []"))
                  .find("limit"),
              std::string::npos);
}

TEST(CaseFile, DataLengthMustMatchTheShape) {
    const std::string e = error_of(with("\"data\": [1, 2, 3, 4]", "\"data\": [1, 2, 3]"));
    EXPECT_NE(e.find("field \"input.data\" has 3 values, but the shape [1, 1, 2, 2] needs 4"), std::string::npos) << e;
}

TEST(CaseFile, NaNAndInfinityAndNonNumbersAreRefused) {
    EXPECT_NE(error_of(with("\"data\": [1, 2, 3, 4]", "\"data\": [1, 2, 3, NaN]")).find("not valid JSON"), std::string::npos);
    EXPECT_NE(error_of(with("\"data\": [1, 2, 3, 4]", "\"data\": [1, 2, 3, 1e999]")).find("the number '1e999' is out of range"),
              std::string::npos);
    EXPECT_NE(error_of(with("\"data\": [1, 2, 3, 4]", "\"data\": [1, 2, \"3\", 4]")).find("input.data[2]\" must be a number"),
              std::string::npos);
}

TEST(CaseFile, WrongParameterTypesAreNamed) {
    EXPECT_NE(error_of(with("\"stride\": [1, 1]", "\"stride\": [1, 1, 1]")).find("params.stride"), std::string::npos);
    EXPECT_NE(error_of(with("\"groups\": 1", "\"groups\": 1.5")).find("params.groups\" must be an integer"), std::string::npos);
    EXPECT_NE(error_of(with("\"groups\": 1", "\"groups\": 1e300")).find("params.groups"), std::string::npos);
    EXPECT_NE(error_of("[1, 2]").find("case 0"), std::string::npos);
}

TEST(CaseFile, ValuesPyTorchRefusesAreCaseErrorsNotFileErrors) {
    auto r = parse_cases(with("\"padding\": [0, 0]", "\"padding\": \"full\""), "cases.json");
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_TRUE(r.value()[0].param_error.has_value());
    EXPECT_NE(r.value()[0].param_error->find("'full'"), std::string::npos);
}

TEST(CaseFile, UnreadableFilesAreNamed) {
    auto missing = read_cases("/nonexistent/cases.json");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("/nonexistent/cases.json: cannot be read"), std::string::npos);
    auto dir = read_cases(std::filesystem::temp_directory_path().string());
    ASSERT_FALSE(dir.ok());
    EXPECT_NE(dir.error().find("is a folder, not a case file"), std::string::npos);
}

}  // namespace
// Found by the fuzzer: the parser's message quoted a byte that is not UTF-8, which the app's
// dialogs and JSON output cannot show. It is shown as \xNN now, and a long quote is cut.
TEST(CaseFile, ParserMessagesQuoteOnlyPrintableText) {
    const std::string broken = "{\"name\": \"x\xAC\", \"op\": \"conv2d\"}";
    const std::string e = parse_cases(broken, "cases.json").error();
    EXPECT_NE(e.find("line 1, column 12"), std::string::npos) << e;
    EXPECT_NE(e.find("\\xAC"), std::string::npos) << e;
    EXPECT_EQ(excerpt(std::string(500, 'a'), 10), "aaaaaaaaaa…");
    EXPECT_EQ(excerpt("αβγ", 5), "αβ…") << "cut at a character's edge";
    EXPECT_EQ(excerpt("ok\xFF", 60), "ok\\xFF");
}

}  // namespace convviz
