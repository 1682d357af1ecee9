#pragma once
// An exact decimal number: money in the reports (10524.26475 万元) must round-trip digit for
// digit, so no double ever holds it. The value is units / 10^scale; the scale is kept as written
// ("1.50" stays "1.50"), which is why equality compares the representation, not the value.
#include "govinfo/detail/require_cxx20.hpp"  // first: a clear message before C++20 is used
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace govinfo {

struct Decimal {
    std::int64_t units = 0;  // the digits as an integer, sign included
    std::uint8_t scale = 0;  // number of digits after the decimal point (0..18)

    static constexpr std::uint8_t max_scale = 18;

    // Parses "-12", "10524.26475", "+3.0". Thousands separators and units are the parser's job,
    // not this function's: anything but an optional sign, digits and one '.' is rejected, as is a
    // number that does not fit in 64 bits.
    // try_parse gives nothing for such text; parse throws govinfo::Exception (bad_number) naming
    // it (the project's vocabulary: try_X returns, X throws).
    static std::optional<Decimal> try_parse(std::string_view text) noexcept;
    static Decimal parse(std::string_view text);

    // Canonical text: the digits as parsed ("1.50" -> "1.50", "-0.5" -> "-0.5").
    std::string to_string() const;

    // Numeric comparison across scales (1.5 and 1.50 compare equal here).
    friend std::strong_ordering compare_value(Decimal const& a, Decimal const& b) noexcept;

    // Exact sum; nullopt on overflow. The result has the larger of the two scales.
    friend std::optional<Decimal> add(Decimal const& a, Decimal const& b) noexcept;

    friend bool operator==(Decimal const&, Decimal const&) = default;
};

}  // namespace govinfo
