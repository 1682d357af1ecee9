#pragma once
// An exact ratio of two integers, kept as the formula wrote it (2 of 3, not reduced), so a reader
// sees the counts behind a rate and no floating-point number decides a rounding. Shares of the
// indicators (indicators.hpp), relative changes and text similarities (compare.hpp) are Ratios.
#include "govinfo/detail/require_cxx20.hpp"

#include <boost/describe/class.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace govinfo {

struct Ratio {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;  // never 0 in a Ratio govinfo returns

    // The value as a percentage rounded half away from zero to `decimals` places (0..6),
    // computed exactly: Ratio{2, 3}.percent() == "66.7%", Ratio{-1, 8}.percent(2) == "-12.50%".
    // `sign` adds "+" to positive values (for changes: "+50.0%").
    std::string percent(int decimals = 1, bool sign = false) const;
    // The value as a decimal rounded half away from zero to `places` (0..12), exactly:
    // Ratio{2, 3}.decimal() == "0.666667".
    std::string decimal(int places = 6) const;
    // The nearest double, for plotting; never used for a decision inside govinfo.
    double to_double() const noexcept;

    // Value comparison across different numerators and denominators (1/2 == 2/4), exact.
    friend bool same_value(Ratio const& a, Ratio const& b) noexcept;
    // a >= b by value, exact (cross-multiplication in 128 bits).
    friend bool at_least(Ratio const& a, Ratio const& b) noexcept;

    // Written as is: Ratio{2, 4} == Ratio{1, 2} is false (use same_value).
    friend bool operator==(Ratio const&, Ratio const&) = default;
};
BOOST_DESCRIBE_STRUCT(Ratio, (), (numerator, denominator))

// numerator / denominator, or nullopt when the denominator is 0. A negative denominator is moved
// to the numerator's sign; nullopt when that does not fit (INT64_MIN).
std::optional<Ratio> make_ratio(std::int64_t numerator, std::int64_t denominator) noexcept;

}  // namespace govinfo
