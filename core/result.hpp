// Result<T>: a value or a plain-language error message, for every failure a user can cause.
// It does not throw and does not carry error codes; the message is meant to be shown as it is.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace convviz {

struct Error {
    std::string message;
};

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}            // NOLINT: implicit on purpose
    Result(Error error) : state_(std::move(error)) {}        // NOLINT: implicit on purpose

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(state_); }  // precondition: ok()
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const std::string& error() const { return std::get<Error>(state_).message; }  // precondition: !ok()

private:
    std::variant<T, Error> state_;
};

}  // namespace convviz
