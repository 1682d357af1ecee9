// Money arithmetic shared by compare(), the indicators and rollup() (money_arithmetic.hpp).
#include "money_arithmetic.hpp"

namespace govinfo::detail {

std::optional<Decimal> yuan_to_wan(Decimal d) noexcept {
    int scale = d.scale + 4;
    int dropped = 0;
    while (scale > 0 && dropped < 4 && d.units % 10 == 0) {
        d.units /= 10;
        --scale;
        ++dropped;
    }
    if (scale > Decimal::max_scale) return std::nullopt;
    d.scale = static_cast<std::uint8_t>(scale);
    return d;
}

namespace {

// The units of d at a larger scale; nullopt on overflow.
std::optional<std::int64_t> at_scale(Decimal const& d, int scale) noexcept {
    std::int64_t units = d.units;
    for (int s = d.scale; s < scale; ++s)
        if (__builtin_mul_overflow(units, std::int64_t{10}, &units)) return std::nullopt;
    return units;
}

}  // namespace

std::optional<MoneyDifference> money_difference(Money const& old_amount, Money const& new_amount) {
    Decimal a = old_amount.amount, b = new_amount.amount;
    MoneyUnit unit = new_amount.unit;
    if (old_amount.unit != new_amount.unit) {
        // 0 is 0 in any unit: an amount of unknown unit that is 0 takes the other's unit (seed
        // 002 writes 采购总金额 0 without a unit in 2019 and 177.1万元 in 2020).
        if (old_amount.unit == MoneyUnit::unknown || new_amount.unit == MoneyUnit::unknown) {
            Money const& unknown = old_amount.unit == MoneyUnit::unknown ? old_amount : new_amount;
            Money const& known = old_amount.unit == MoneyUnit::unknown ? new_amount : old_amount;
            if (unknown.amount.units != 0) return std::nullopt;
            return money_difference(Money{old_amount.amount, known.unit},
                                    Money{new_amount.amount, known.unit});
        }
        auto const x = old_amount.unit == MoneyUnit::yuan ? yuan_to_wan(a) : std::optional<Decimal>(a);
        auto const y = new_amount.unit == MoneyUnit::yuan ? yuan_to_wan(b) : std::optional<Decimal>(b);
        if (!x || !y) return std::nullopt;
        a = *x, b = *y;
        unit = MoneyUnit::wan_yuan;
    }
    int const scale = a.scale > b.scale ? a.scale : b.scale;
    auto const ua = at_scale(a, scale), ub = at_scale(b, scale);
    if (!ua || !ub) return std::nullopt;
    std::int64_t diff = 0;
    if (__builtin_sub_overflow(*ub, *ua, &diff)) return std::nullopt;
    return MoneyDifference{Money{Decimal{diff, static_cast<std::uint8_t>(scale)}, unit}, *ua};
}

}  // namespace govinfo::detail
