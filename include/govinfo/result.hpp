#pragma once
// Result<T>: a value or an Error. Functions that can fail on input return one (named try_X); each
// has a throwing twin X beside it that returns T or throws govinfo::Exception. A Result is
// [[nodiscard]]: dropping one unread drops the error with it.
#include <utility>
#include <variant>

#include "govinfo/error.hpp"

namespace govinfo {

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & {
        if (!ok()) throw Exception(error());
        return std::get<0>(v_);
    }
    T const& value() const& {
        if (!ok()) throw Exception(error());
        return std::get<0>(v_);
    }
    T&& value() && {
        if (!ok()) throw Exception(error());
        return std::get<0>(std::move(v_));
    }
    Error const& error() const { return std::get<1>(v_); }

    T* operator->() { return &value(); }
    T const* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    T const& operator*() const& { return value(); }

private:
    std::variant<T, Error> v_;
};

}  // namespace govinfo
