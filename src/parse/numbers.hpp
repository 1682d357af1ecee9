#pragma once
// Internal: what one table cell says. Real cells carry units (10524.26475万元, 1个), signs (+17),
// thousands separators (1,036), full-width digits and padding, or say "not applicable" with
// "/", "-" or "—". A cell that looks like a number but cannot be one (beyond 64 bits, "12a") is
// `bad`, so the reader can leave the cell blank and say why instead of guessing.
#include <string_view>

#include "govinfo/cell.hpp"
#include "govinfo/decimal.hpp"

namespace govinfo::detail {

enum class CellKind {
    blank,           // nothing but padding
    not_applicable,  // "/", "-", "—", "－", "——"
    number,          // a number, possibly signed, with an optional unit
    page_number,     // "-3-", "第3页": page furniture between table rows
    bad,             // number-like but unreadable (overflow, stray letters)
    text,            // anything else: a label, a header, narrative
};

struct CellRead {
    CellKind kind = CellKind::blank;
    Decimal number;                    // when kind == number
    MoneyUnit unit = MoneyUnit::unknown;  // 万元 or 元 when the cell says so
    bool signed_explicitly = false;    // "+17" or "-3"
};

CellRead read_cell(std::string_view cell);
// read_cell() of a cell that is trim()'d already, as the table readers' cells are.
CellRead read_trimmed_cell(std::string_view cell);

// The money unit a header cell names ("采购总金额(万元)", "（单位：元）"), if any.
MoneyUnit unit_in_header(std::string_view header) noexcept;

}  // namespace govinfo::detail
