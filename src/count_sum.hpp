#pragma once
// Internal: sums of counts that never wrap. A count comes from report text (bounded by
// max_count when the parser reads it), from JSON or from a caller (any 64-bit value), and a sum
// of two counts near 2^63 wrapped to a negative number, printed in findings and used to place
// cells. Every sum over counts in the library (validation, narrative checks, the parser's
// placement by totals, digit splitting, series, rollups) goes through checked_add, so an
// overflow is seen and said, never used.
#include <cstdint>
#include <optional>

namespace govinfo::detail {

// a + b, or nullopt when it does not fit in 64 bits.
[[nodiscard]] constexpr std::optional<std::int64_t> checked_add(std::int64_t a,
                                                               std::int64_t b) noexcept {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
    return r;
}

// a - b, or nullopt when it does not fit in 64 bits.
[[nodiscard]] constexpr std::optional<std::int64_t> checked_sub(std::int64_t a,
                                                               std::int64_t b) noexcept {
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
    return r;
}

// A running sum that remembers an overflow: once a term did not fit, value() is nullopt for
// good, whatever is added after.
class CheckedSum {
public:
    constexpr CheckedSum& add(std::int64_t v) noexcept {
        if (ok_) {
            auto const r = checked_add(sum_, v);
            ok_ = r.has_value();
            sum_ = r.value_or(0);
        }
        return *this;
    }
    constexpr CheckedSum& subtract(std::int64_t v) noexcept {
        if (ok_) {
            auto const r = checked_sub(sum_, v);
            ok_ = r.has_value();
            sum_ = r.value_or(0);
        }
        return *this;
    }
    [[nodiscard]] constexpr bool overflowed() const noexcept { return !ok_; }
    [[nodiscard]] constexpr std::optional<std::int64_t> value() const noexcept {
        return ok_ ? std::optional<std::int64_t>(sum_) : std::nullopt;
    }

private:
    std::int64_t sum_ = 0;
    bool ok_ = true;
};

}  // namespace govinfo::detail
