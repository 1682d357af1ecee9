// Exact ratios: percentages rounded in integer arithmetic (ratio.hpp).
#include "govinfo/ratio.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace govinfo {
namespace {

// 128-bit intermediates: a 64-bit count times 10^8 or another 64-bit count does not overflow.
__extension__ typedef __int128 Wide;
__extension__ typedef unsigned __int128 UWide;

std::string digits(UWide v) {
    if (v == 0) return "0";
    std::string out;
    while (v) {
        out += static_cast<char>('0' + static_cast<int>(v % 10));
        v /= 10;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// numerator · factor / denominator rounded half away from zero to `decimals` places, written
// out; "" for a zero denominator.
std::string rounded(std::int64_t numerator, std::int64_t denominator, Wide factor, int decimals,
                    bool sign) {
    if (denominator == 0) return "";
    Wide scale = factor;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    Wide num = static_cast<Wide>(numerator) * scale;
    Wide den = denominator;
    if (den < 0) num = -num, den = -den;
    bool const negative = num < 0;
    UWide const n = static_cast<UWide>(negative ? -num : num);
    UWide const d = static_cast<UWide>(den);
    UWide q = n / d;
    if ((n % d) * 2 >= d) ++q;  // half away from zero
    std::string text = digits(q);
    if (decimals > 0) {
        auto const places = static_cast<std::size_t>(decimals);
        if (text.size() <= places) text.insert(0, places + 1 - text.size(), '0');
        text.insert(text.size() - places, ".");
    }
    std::string out;
    if (negative && q != 0) out = "-";
    else if (sign && q != 0) out = "+";
    return out + text;
}

}  // namespace

std::string Ratio::percent(int decimals, bool sign) const {
    std::string const text = rounded(numerator, denominator, 100, std::clamp(decimals, 0, 6), sign);
    return text.empty() ? text : text + "%";
}

std::string Ratio::decimal(int places) const {
    return rounded(numerator, denominator, 1, std::clamp(places, 0, 12), false);
}

double Ratio::to_double() const noexcept {
    if (denominator == 0) return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

bool same_value(Ratio const& a, Ratio const& b) noexcept {
    return static_cast<Wide>(a.numerator) * b.denominator ==
           static_cast<Wide>(b.numerator) * a.denominator;
}

bool at_least(Ratio const& a, Ratio const& b) noexcept {
    // Denominators of Ratios govinfo makes are positive (make_ratio), so the order is kept.
    Wide const l = static_cast<Wide>(a.numerator) * b.denominator;
    Wide const r = static_cast<Wide>(b.numerator) * a.denominator;
    bool const flip = (a.denominator < 0) != (b.denominator < 0);
    return flip ? l <= r : l >= r;
}

std::optional<Ratio> make_ratio(std::int64_t numerator, std::int64_t denominator) noexcept {
    if (denominator == 0) return std::nullopt;
    if (denominator < 0) {
        if (numerator == std::numeric_limits<std::int64_t>::min() ||
            denominator == std::numeric_limits<std::int64_t>::min())
            return std::nullopt;
        numerator = -numerator;
        denominator = -denominator;
    }
    return Ratio{numerator, denominator};
}

}  // namespace govinfo
