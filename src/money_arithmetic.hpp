#pragma once
// Internal: money arithmetic shared by compare(), the indicators and rollup(): 元 → 万元 by
// moving the decimal point, and the exact difference of two amounts.
#include <cstdint>
#include <optional>

#include "govinfo/cell.hpp"

namespace govinfo::detail {

struct MoneyDifference {
    Money difference;         // new − old, at the larger scale, in the unit both share
    std::int64_t old_units;   // the old amount at that same scale (the base of a relative change)
};

// 元 → 万元, exactly: the decimal point moves four places left. Trailing zeros this introduces are
// dropped again (251000 元 → 25.1 万元). nullopt when the scale would exceed Decimal::max_scale.
std::optional<Decimal> yuan_to_wan(Decimal d) noexcept;

// new − old. Amounts in 元 and 万元 are compared in 万元 (1 万元 = 10000 元, exactly); an amount of
// unknown unit that is 0 takes the other's unit. nullopt when one unit is known and the other
// not (and that amount is not 0), or when a number does not fit in 64 bits at the common scale.
std::optional<MoneyDifference> money_difference(Money const& old_amount, Money const& new_amount);

}  // namespace govinfo::detail
