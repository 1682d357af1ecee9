#include "govinfo/decimal.hpp"

#include "govinfo/error.hpp"

#include <charconv>
#include <limits>

namespace govinfo {
namespace {

constexpr std::int64_t pow10(int n) noexcept {
    std::int64_t p = 1;
    while (n-- > 0) p *= 10;
    return p;
}

// a * 10^n, or nullopt on overflow.
std::optional<std::int64_t> scale_up(std::int64_t a, int n) noexcept {
    std::int64_t r = a;
    for (int i = 0; i < n; ++i) {
        if (__builtin_mul_overflow(r, 10, &r)) return std::nullopt;
    }
    return r;
}

}  // namespace

std::optional<Decimal> Decimal::try_parse(std::string_view text) noexcept {
    if (text.empty()) return std::nullopt;
    bool negative = false;
    if (text.front() == '+' || text.front() == '-') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    std::int64_t units = 0;
    int scale = 0, digits = 0;
    bool point = false;
    for (char c : text) {
        if (c == '.') {
            if (point) return std::nullopt;
            point = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        if (__builtin_mul_overflow(units, 10, &units) ||
            __builtin_add_overflow(units, negative ? -(c - '0') : (c - '0'), &units))
            return std::nullopt;
        ++digits;
        if (point && ++scale > max_scale) return std::nullopt;
    }
    if (digits == 0 || (point && scale == 0)) return std::nullopt;  // "", ".", "1."
    if (text.front() == '.') return std::nullopt;                   // ".5"
    return Decimal{units, static_cast<std::uint8_t>(scale)};
}

std::string Decimal::to_string() const {
    char buf[32];
    // Print the magnitude, then place the point; unsigned avoids overflow on INT64_MIN.
    std::uint64_t mag = units < 0 ? 0 - static_cast<std::uint64_t>(units)
                                  : static_cast<std::uint64_t>(units);
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, mag);
    (void)ec;
    std::string digits(buf, end);
    if (scale > 0) {
        if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
        digits.insert(digits.size() - scale, 1, '.');
    }
    if (units < 0) digits.insert(0, 1, '-');
    return digits;
}

std::strong_ordering compare_value(Decimal const& a, Decimal const& b) noexcept {
    int const s = a.scale > b.scale ? a.scale : b.scale;
    auto const x = scale_up(a.units, s - a.scale);
    auto const y = scale_up(b.units, s - b.scale);
    if (x && y) return *x <=> *y;
    // One side overflowed when scaled: compare as long double, which is exact enough to order
    // numbers this far apart.
    long double const fx = static_cast<long double>(a.units) / static_cast<long double>(pow10(a.scale));
    long double const fy = static_cast<long double>(b.units) / static_cast<long double>(pow10(b.scale));
    return fx < fy ? std::strong_ordering::less
                   : (fx > fy ? std::strong_ordering::greater : std::strong_ordering::equal);
}

std::optional<Decimal> add(Decimal const& a, Decimal const& b) noexcept {
    int const s = a.scale > b.scale ? a.scale : b.scale;
    auto const x = scale_up(a.units, s - a.scale);
    auto const y = scale_up(b.units, s - b.scale);
    if (!x || !y) return std::nullopt;
    std::int64_t r = 0;
    if (__builtin_add_overflow(*x, *y, &r)) return std::nullopt;
    return Decimal{r, static_cast<std::uint8_t>(s)};
}

Decimal Decimal::parse(std::string_view text) {
    if (auto d = try_parse(text)) return *d;
    Error e;
    e.code = ErrorCode::bad_number;
    e.message = "\"" + std::string(text) +
                "\" is no decimal number; expected an optional sign, digits and at most one '.', "
                "within 64 bits and 18 decimal places";
    throw Exception(std::move(e));
}

}  // namespace govinfo
