#pragma once
// Internal: what one table cell says. Real cells carry units (10524.26475万元, 1个), signs (+17),
// thousands separators (1,036), full-width digits and padding, say "not applicable" with
// "/", "-" or "—", or "none" with 无 (read as 0). A cell that looks like a number but cannot be
// one (beyond 64 bits, "12a") is `bad`, so the reader can leave the cell blank and say why
// instead of guessing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "govinfo/cell.hpp"
#include "govinfo/decimal.hpp"

namespace govinfo::detail {

enum class CellKind {
    blank,           // nothing but padding
    not_applicable,  // "/", "-", "—", "－", "——"
    number,          // a number, possibly signed, with an optional unit; 无 reads as 0
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

// read_cell() of a non-empty cell that is trim()'d already: the cases read_trimmed_cell()
// does not settle at a glance.
CellRead read_other_cell(std::string_view cell);

// read_cell() of a cell that is trim()'d already, as the table readers' cells are. Inline for
// the two kinds of cell a table is made of, which need no more than a glance at their bytes.
inline CellRead read_trimmed_cell(std::string_view cell) {
    CellRead r;
    if (cell.empty()) return r;
    // Plain ASCII digits, nearly every value cell: up to 18 of them always fit in 64 bits, so
    // this is Decimal::parse's result without its general checks.
    if (cell.size() <= 18) {
        std::int64_t units = 0;
        std::size_t k = 0;
        for (; k < cell.size(); ++k) {
            unsigned const digit = static_cast<unsigned char>(cell[k]) - unsigned{'0'};
            if (digit > 9) break;
            units = units * 10 + digit;
        }
        if (k == cell.size()) {
            r.kind = CellKind::number;
            r.number = Decimal{units, 0};
            return r;
        }
    }
    // Labels and narrative mostly start with a hanzi U+4000…U+9FFF (lead byte E4…E9), and of
    // those only 第 (E7 AC AC) may start anything but text (page furniture, 第3页), and 无
    // (E6 97 A0) alone is a count: "none", written where others write 0.
    if (auto const b = static_cast<unsigned char>(cell[0]); b - 0xE4u < 6u && cell.size() >= 3) {
        auto const c1 = static_cast<unsigned char>(cell[1]);
        auto const c2 = static_cast<unsigned char>(cell[2]);
        bool const di = b == 0xE7 && c1 == 0xAC && c2 == 0xAC;  // 第
        if (cell.size() == 3 && b == 0xE6 && c1 == 0x97 && c2 == 0xA0) {
            r.kind = CellKind::number;
            r.number = Decimal{0, 0};
            return r;
        }
        if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80 && !di) {
            r.kind = CellKind::text;
            return r;
        }
    }
    return read_other_cell(cell);
}

// The money unit a header cell names ("采购总金额(万元)", "（单位：元）"), if any.
MoneyUnit unit_in_header(std::string_view header) noexcept;

}  // namespace govinfo::detail
