// A small reader of Python as course notes write PyTorch: statements `[target =] expression`,
// where an expression is a number, a string, True / False / None, a tuple or list, a (dotted)
// name, a call with positional and keyword arguments, or one of these negated. Nothing is run or
// looked up: the caller decides what a call means. A line may end in a comment; a call may run
// over several lines; lines that are not such statements (import, print(a == b), ```) are skipped
// and remembered, so that a caller finding nothing can say why.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/i18n/lang.hpp"

namespace convviz {

struct PyKeyword;

struct PyValue {
    enum class Kind { none, boolean, integer, real, string, tuple, list, name, call };
    Kind kind = Kind::none;
    bool boolean = false;
    int64_t integer = 0;
    double real = 0.0;
    std::string text;            // a string's contents, a name ("torch.randn"), a call's callee
    std::vector<PyValue> items;  // a tuple's or list's items, a call's positional arguments
    std::vector<PyKeyword> keywords;  // a call's keyword arguments, in order
    std::vector<PyValue> callee;  // a call's callee when it is a call itself: nn.Conv2d(1, 2, 3)(x)
    std::string source;          // the text it was read from, for messages

    bool is_number() const { return kind == Kind::integer || kind == Kind::real; }
    double number() const { return kind == Kind::integer ? static_cast<double>(integer) : real; }
};

// A keyword argument: a struct of its own rather than a std::pair, which would need PyValue
// complete inside PyValue (clang's library checks; GCC's did not).
struct PyKeyword {
    std::string name;
    PyValue value;
};

struct PyStatement {
    std::vector<std::string> targets;  // "y" in y = ..., "P", "indices" in P, indices = ...
    PyValue value;
    std::string comment;  // after '#' on its last line, trimmed
    int line = 0;         // 1-based line of its first line
};

struct PySkipped {
    int line = 0;
    std::string why;  // in the reader's language: "column 12: expected ')'"
};

struct PyProgram {
    std::vector<PyStatement> statements;
    std::vector<PySkipped> skipped;  // lines with code that is not a statement of this form
    std::vector<std::pair<int, std::string>> comments;  // comment-only lines: line, text after '#'
};

// Never fails: what it cannot read is in `skipped`. A leading '>' (a quoted block) is ignored.
PyProgram read_python(std::string_view text, Lang lang = Lang::en);

// Every call in the value, itself first, then its callee's and its arguments', depth first.
void each_call(const PyValue& value, std::vector<const PyValue*>& calls);

}  // namespace convviz
