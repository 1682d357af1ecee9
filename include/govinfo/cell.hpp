#pragma once
// One cell of a statutory table. A cell holds a number, or was left blank, or says it does not
// apply ("/", "-", "—"). These three are never folded into each other: a blank is not a zero.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstdint>
#include <optional>

#include "govinfo/decimal.hpp"

namespace govinfo {

enum class CellState {
    value,           // a number was written in the cell
    blank,           // nothing was written: unknown, not zero
    not_applicable,  // "/", "-" or "—": the agency says the item does not apply to it
};
BOOST_DESCRIBE_ENUM(CellState, value, blank, not_applicable)

// The largest count the parser reads from report text: twelve digits. No count a report prints
// comes near it (a year's applications to one agency are in the thousands), and sums of a few
// thousand such counts still fit in 64 bits. A cell beyond it (in either sign) is text the parser
// cannot take for a count (a run of cells glued together, a serial number): it stays blank and a
// parse_bad_cell finding quotes it. Cells set by a caller or read from JSON may hold any 64-bit
// value; every sum over them is checked (docs/model.md).
inline constexpr std::int64_t max_count = 999'999'999'999;

// A count cell (applications, documents, decisions, items). Counts are integers; the signed
// 2019 本年增/减 column uses the same type with negative values allowed.
struct Cell {
    CellState state = CellState::blank;
    std::int64_t value = 0;  // meaningful only when state == CellState::value

    static constexpr Cell of(std::int64_t v) noexcept { return {CellState::value, v}; }
    static constexpr Cell blank() noexcept { return {CellState::blank, 0}; }
    static constexpr Cell not_applicable() noexcept { return {CellState::not_applicable, 0}; }

    constexpr bool has_value() const noexcept { return state == CellState::value; }
    constexpr std::optional<std::int64_t> get() const noexcept {
        return has_value() ? std::optional<std::int64_t>(value) : std::nullopt;
    }

    // Two blank cells are equal whatever `value` holds.
    friend constexpr bool operator==(Cell const& a, Cell const& b) noexcept {
        return a.state == b.state && (a.state != CellState::value || a.value == b.value);
    }
};
BOOST_DESCRIBE_STRUCT(Cell, (), (state, value))

// The unit a money amount was written in. `unknown` when the report gave none: the 2019
// 采购总金额 has no official unit, and a bare "0" must not be assumed to be 万元.
enum class MoneyUnit { wan_yuan, yuan, unknown };
BOOST_DESCRIBE_ENUM(MoneyUnit, wan_yuan, yuan, unknown)

struct Money {
    Decimal amount;
    MoneyUnit unit = MoneyUnit::unknown;
    friend bool operator==(Money const&, Money const&) = default;
};
BOOST_DESCRIBE_STRUCT(Money, (), (amount, unit))

// A money cell: 2021 行政事业性收费 本年收费金额 (万元) and 2019 政府集中采购 采购总金额.
struct MoneyCell {
    CellState state = CellState::blank;
    Money money;  // meaningful only when state == CellState::value

    static MoneyCell of(Decimal amount, MoneyUnit unit) noexcept {
        return {CellState::value, Money{amount, unit}};
    }
    static MoneyCell blank() noexcept { return {}; }
    static MoneyCell not_applicable() noexcept { return {CellState::not_applicable, {}}; }
    bool has_value() const noexcept { return state == CellState::value; }

    friend bool operator==(MoneyCell const& a, MoneyCell const& b) noexcept {
        return a.state == b.state && (a.state != CellState::value || a.money == b.money);
    }
};
BOOST_DESCRIBE_STRUCT(MoneyCell, (), (state, money))

}  // namespace govinfo
