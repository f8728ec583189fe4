#include "core/python_call.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

#include "core/i18n/strings.hpp"
#include "core/number_text.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// [SECTION] Tokens

struct Token {
    enum class Type { name, number, string, punct, end };
    Type type = Type::end;
    std::string text;  // a name, a number's spelling, a string's contents, the punctuation
    size_t column = 0;  // 0-based, in the logical line
};

struct ParseError {
    size_t column = 0;
    std::string why;
};

std::string trimmed(std::string_view text) {
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    const size_t last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last + 1 - first));
}

bool name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool name_char(char c) { return name_start(c) || std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The code of a logical line, its comment cut off: tokens, and the comment's text.
std::vector<Token> tokens(std::string_view line, std::string& comment, Lang lang) {
    std::vector<Token> out;
    size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\') {
            ++i;
        } else if (c == '#') {
            comment = trimmed(line.substr(i + 1));
            break;
        } else if (name_start(c) || static_cast<unsigned char>(c) >= 0x80) {
            const size_t start = i;
            while (i < line.size() && (name_char(line[i]) || static_cast<unsigned char>(line[i]) >= 0x80)) ++i;
            out.push_back({Token::Type::name, std::string(line.substr(start, i - start)), start});
        } else if (digit(c) || (c == '.' && i + 1 < line.size() && digit(line[i + 1]))) {
            const size_t start = i;
            while (i < line.size() && (name_char(line[i]) || line[i] == '.' ||
                                       ((line[i] == '+' || line[i] == '-') && (line[i - 1] == 'e' || line[i - 1] == 'E')))) {
                ++i;
            }
            out.push_back({Token::Type::number, std::string(line.substr(start, i - start)), start});
        } else if (c == '\'' || c == '"') {
            const size_t start = i++;
            std::string contents;
            while (i < line.size() && line[i] != c) {
                if (line[i] == '\\' && i + 1 < line.size()) ++i;
                contents += line[i++];
            }
            if (i >= line.size()) throw ParseError{start, tr(lang, "msg.python.unclosed_string")};
            ++i;
            out.push_back({Token::Type::string, contents, start});
        } else if (std::string_view("()[],=.-+:*").find(c) != std::string_view::npos) {
            // "==" is a comparison, not an assignment: such a line is no statement of ours.
            if (c == '=' && i + 1 < line.size() && line[i + 1] == '=') throw ParseError{i, tr(lang, "msg.python.unexpected", "==")};
            out.push_back({Token::Type::punct, std::string(1, c), i++});
        } else {
            throw ParseError{i, tr(lang, "msg.python.unexpected", std::string(1, c))};
        }
    }
    out.push_back({Token::Type::end, "", line.size()});
    return out;
}

// [SECTION] Expressions

class Parser {
public:
    Parser(std::string_view line, std::vector<Token> tokens, Lang lang)
        : line_(line), tokens_(std::move(tokens)), lang_(lang) {}

    PyStatement statement() {
        PyStatement s;
        PyValue first = expression_list();
        if (at("=")) {
            next();
            for (const PyValue& target : first.kind == PyValue::Kind::tuple ? first.items : std::vector<PyValue>{first}) {
                if (target.kind != PyValue::Kind::name) throw ParseError{0, tr(lang_, "msg.python.bad_target", target.source)};
                s.targets.push_back(target.text);
            }
            s.value = expression_list();
        } else {
            s.value = std::move(first);
        }
        if (peek().type != Token::Type::end) throw ParseError{peek().column, tr(lang_, "msg.python.unexpected", peek().text)};
        return s;
    }

private:
    const Token& peek() const { return tokens_[at_]; }
    const Token& next() { return tokens_[at_ < tokens_.size() - 1 ? at_++ : at_]; }
    bool at(std::string_view punct) const { return peek().type == Token::Type::punct && peek().text == punct; }
    void expect(std::string_view punct) {
        if (!at(punct)) {
            const std::string got = peek().type == Token::Type::end ? tr(lang_, "msg.python.end_of_line") : cat("'", peek().text, "'");
            throw ParseError{peek().column, tr(lang_, "msg.python.expected", punct, got)};
        }
        next();
    }
    std::string source_from(size_t column) const {
        const size_t end = at_ > 0 ? tokens_[at_ - 1].column + token_length(tokens_[at_ - 1]) : column;
        return trimmed(line_.substr(column, end > column ? end - column : 0));
    }
    size_t token_length(const Token& t) const {
        if (t.type != Token::Type::string) return t.text.size();
        // The string's quotes and escapes: find its closing quote in the line.
        const char quote = line_[t.column];
        size_t i = t.column + 1;
        while (i < line_.size() && line_[i] != quote) i += line_[i] == '\\' ? size_t{2} : size_t{1};
        return i + 1 - t.column;
    }

    // a, b, c (a tuple without brackets), or one expression
    PyValue expression_list() {
        const size_t start = peek().column;
        PyValue first = expression();
        if (!at(",")) return first;
        PyValue tuple{.kind = PyValue::Kind::tuple};
        tuple.items.push_back(std::move(first));
        while (at(",")) {
            next();
            if (peek().type == Token::Type::end || at("=")) break;
            tuple.items.push_back(expression());
        }
        tuple.source = source_from(start);
        return tuple;
    }

    PyValue expression() {
        const size_t start = peek().column;
        // Brackets nest a tensor's rank deep, not thousands: a text that does must not exhaust the stack.
        if (depth_ >= kDeepest) throw ParseError{start, tr(lang_, "msg.python.too_deep", kDeepest)};
        ++depth_;
        PyValue v = unnested_expression(start);
        --depth_;
        return v;
    }

    PyValue unnested_expression(size_t start) {
        if (at("-") || at("+")) {
            const bool negate = next().text == "-";
            PyValue v = expression();
            if (negate) {
                if (v.kind == PyValue::Kind::integer) v.integer = -v.integer;
                else if (v.kind == PyValue::Kind::real) v.real = -v.real;
                // -float('inf'): the caller decides what the negated call is.
                else if (v.kind == PyValue::Kind::call) v = PyValue{.kind = PyValue::Kind::call, .text = "-", .items = {v}};
                else throw ParseError{start, tr(lang_, "msg.python.not_a_number", v.source)};
            }
            v.source = source_from(start);
            return v;
        }
        PyValue v = atom();
        int chained = 0;
        for (;;) {
            if (at(".")) {
                next();
                if (peek().type != Token::Type::name) throw ParseError{peek().column, tr(lang_, "msg.python.expected", "name", peek().text)};
                const std::string member = next().text;
                if (v.kind == PyValue::Kind::name) {
                    v.text += "." + member;
                } else {
                    // A method of a value (torch.randn(2, 2).double()): only its name is kept.
                    v = PyValue{.kind = PyValue::Kind::name, .text = cat(v.source, ".", member)};
                }
            } else if (at("(")) {
                // f()()(): each call holds the one before; as deep as brackets may nest.
                if (++chained > kDeepest) throw ParseError{peek().column, tr(lang_, "msg.python.too_deep", kDeepest)};
                v = call(std::move(v));
            } else if (at("[")) {
                throw ParseError{peek().column, tr(lang_, "msg.python.unexpected", "[")};
            } else {
                break;
            }
            v.source = source_from(start);
        }
        return v;
    }

    PyValue call(PyValue callee) {
        expect("(");
        PyValue v{.kind = PyValue::Kind::call, .text = callee.kind == PyValue::Kind::name ? callee.text : callee.source};
        if (callee.kind == PyValue::Kind::call) v.callee.push_back(std::move(callee));
        while (!at(")")) {
            if (peek().type == Token::Type::end) throw ParseError{peek().column, tr(lang_, "msg.python.unclosed", "(")};
            if (peek().type == Token::Type::name && tokens_[at_ + 1].type == Token::Type::punct && tokens_[at_ + 1].text == "=") {
                std::string keyword = next().text;
                next();
                v.keywords.push_back(PyKeyword{.name = std::move(keyword), .value = expression()});
            } else {
                if (!v.keywords.empty()) throw ParseError{peek().column, tr(lang_, "msg.python.positional_after_keyword")};
                v.items.push_back(expression());
            }
            if (!at(",")) break;
            next();
        }
        expect(")");
        return v;
    }

    PyValue atom() {
        const Token& t = peek();
        const size_t start = t.column;
        switch (t.type) {
            case Token::Type::number: {
                next();
                return number(t);
            }
            case Token::Type::string: {
                next();
                PyValue v{.kind = PyValue::Kind::string, .text = t.text};
                v.source = source_from(start);
                return v;
            }
            case Token::Type::name: {
                next();
                if (t.text == "True" || t.text == "False") {
                    return PyValue{.kind = PyValue::Kind::boolean, .boolean = t.text == "True", .source = t.text};
                }
                if (t.text == "None") return PyValue{.kind = PyValue::Kind::none, .source = t.text};
                return PyValue{.kind = PyValue::Kind::name, .text = t.text, .source = t.text};
            }
            case Token::Type::punct:
                if (t.text == "(" || t.text == "[") return bracketed();
                break;
            case Token::Type::end:
                throw ParseError{t.column, tr(lang_, "msg.python.expected", tr(lang_, "msg.python.a_value"),
                                              tr(lang_, "msg.python.end_of_line"))};
        }
        throw ParseError{t.column, tr(lang_, "msg.python.unexpected", t.text)};
    }

    // (a, b), (a,), (a), [a, b]
    PyValue bracketed() {
        const size_t start = peek().column;
        const std::string open = next().text;
        const std::string close = open == "(" ? ")" : "]";
        PyValue v{.kind = open == "(" ? PyValue::Kind::tuple : PyValue::Kind::list};
        bool comma = false;
        while (!at(close)) {
            if (peek().type == Token::Type::end) throw ParseError{start, tr(lang_, "msg.python.unclosed", open)};
            v.items.push_back(expression());
            if (!at(",")) break;
            comma = true;
            next();
        }
        expect(close);
        if (open == "(" && v.items.size() == 1 && !comma) {
            PyValue inner = std::move(v.items.front());  // (a) is a, not a tuple
            inner.source = source_from(start);
            return inner;
        }
        v.source = source_from(start);
        return v;
    }

    PyValue number(const Token& t) {
        const std::string& s = t.text;
        PyValue v{.source = s};
        const bool real = s.find_first_of(".eE") != std::string::npos && s.rfind("0x", 0) != 0;
        if (!real) {
            std::string digits;
            for (char c : s) {
                if (c != '_') digits += c;
            }
            const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v.integer);
            if (ec == std::errc::result_out_of_range) throw ParseError{t.column, tr(lang_, "msg.python.too_large", s)};
            if (ec != std::errc{} || end != digits.data() + digits.size()) {
                throw ParseError{t.column, tr(lang_, "msg.python.not_a_number", s)};
            }
            v.kind = PyValue::Kind::integer;
            return v;
        }
        const ReadDouble read = read_double(s);
        v.real = read.value.value_or(0.0);
        if (!read.value || !std::isfinite(v.real)) {
            throw ParseError{t.column, tr(lang_, "msg.python.not_a_number", s)};
        }
        v.kind = PyValue::Kind::real;
        return v;
    }

    static constexpr int kDeepest = 64;

    std::string_view line_;
    std::vector<Token> tokens_;
    size_t at_ = 0;
    int depth_ = 0;
    Lang lang_;
};

// How far the brackets of `line` stay open at its end (strings and comments skipped).
int open_brackets(std::string_view line, int depth) {
    char quote = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote != 0) {
            if (c == '\\') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '#') {
            break;
        } else if (c == '(' || c == '[') {
            ++depth;
        } else if (c == ')' || c == ']') {
            --depth;
        }
    }
    return depth;
}

// A line as code: without a quoted block's leading '>' and the indentation.
std::string_view code_of(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && (line[i] == '>' || line[i] == ' ' || line[i] == '\t')) ++i;
    line.remove_prefix(i);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    return line;
}

bool skipped_quietly(std::string_view code) {
    return code.empty() || code.starts_with("```") || code.starts_with("import ") || code.starts_with("from ");
}

}  // namespace

PyProgram read_python(std::string_view text, Lang lang) {
    PyProgram program;
    std::string logical;
    int first_line = 0;
    int depth = 0;
    int line_number = 0;
    size_t begin = 0;
    while (begin <= text.size()) {
        const size_t end = std::min(text.find('\n', begin), text.size());
        const std::string_view code = code_of(text.substr(begin, end - begin));
        ++line_number;
        begin = end + 1;
        if (logical.empty()) {
            if (code.starts_with("#")) {
                program.comments.emplace_back(line_number, trimmed(code.substr(1)));
                continue;
            }
            if (skipped_quietly(code)) continue;
            first_line = line_number;
        }
        logical += std::string(code) + "\n";
        depth = open_brackets(code, depth);
        // An open bracket continues on the next line, unless the text ends first.
        if (depth > 0 && begin <= text.size()) continue;
        depth = 0;
        std::string comment;
        try {
            Parser parser(logical, tokens(logical, comment, lang), lang);
            PyStatement statement = parser.statement();
            statement.comment = comment;
            statement.line = first_line;
            program.statements.push_back(std::move(statement));
        } catch (const ParseError& e) {
            program.skipped.push_back({first_line, tr(lang, "msg.python.at_column", e.column + 1, e.why)});
            if (!comment.empty()) program.comments.emplace_back(first_line, comment);
        }
        logical.clear();
    }
    return program;
}

void each_call(const PyValue& value, std::vector<const PyValue*>& calls) {
    if (value.kind == PyValue::Kind::call) calls.push_back(&value);
    for (const PyValue& callee : value.callee) each_call(callee, calls);
    for (const PyValue& item : value.items) each_call(item, calls);
    for (const auto& [keyword, item] : value.keywords) each_call(item, calls);
}

}  // namespace convviz
