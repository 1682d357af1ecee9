#pragma once
// Internal: what one table cell says. Real cells carry units (10524.26475万元, 1个), signs (+17),
// thousands separators (1,036), full-width digits and padding, say "not applicable" with
// "/", "-" or "—", or "none" with 无 or 零 (read as 0). A cell that is plainly meant as a count
// but is none (beyond 64 bits, "12a", "（69）", "约69", "NaN", "六十九") is `bad`, with the reason,
// so the reader can leave the cell blank and quote it instead of guessing or dropping it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "govinfo/cell.hpp"
#include "govinfo/decimal.hpp"
#include "govinfo/finding.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {

enum class CellKind : std::uint8_t {
    blank,           // nothing but padding
    not_applicable,  // "/", "-", "—", "－", "——"
    number,          // a number, possibly signed, with an optional unit; 无 reads as 0
    page_number,     // "-3-", "第3页": page furniture between table rows
    bad,             // number-like but unreadable (overflow, stray letters)
    text,            // anything else: a label, a header, narrative
};

// Why a `bad` cell holds no count. The parse_bad_cell finding that quotes the cell says it and
// takes its severity from it (docs/rules.md): error when the cell is legible and is plainly no
// count (the agency published that), warning when the reader could not make out a count.
enum class Unreadable : std::uint8_t {
    none,
    malformed,         // digits with stray letters or marks: "6x9", "（69）", "<69>", "\uFFFD517"
    too_large,         // more digits than any count has (beyond 64 bits here; see max_count)
    fraction,          // "2.5" where a count belongs (set by the table readers: money may be)
    approximate,       // a rough figure: "约69", "近69", "69余", "69左右", "若干"
    placeholder,       // a program's stand-in for a number: "NaN", "null", "#N/A", "#DIV/0!"
    chinese_numerals,  // a count in words: "六十九", "一百二十"
};

// Members ordered for size: the table readers hold one per cell.
struct CellRead {
    Decimal number;                    // when kind == number
    CellKind kind = CellKind::blank;
    Unreadable unreadable = Unreadable::none;  // when kind == bad
    bool signed_explicitly = false;    // "+17" or "-3"
    MoneyUnit unit = MoneyUnit::unknown;  // 万元 or 元 when the cell says so
};

CellRead read_cell(std::string_view cell);

// Longer cells are labels or narrative, never a count written another way.
inline constexpr std::size_t max_count_cell_bytes = 48;

// Whether a cell starting with `cp` may be a count in Chinese numerals (零, 六十九) or a rough
// figure (约69, 近69, 若干): its first character is a numeral or a word of approximation.
bool may_start_count_in_words(char32_t cp) noexcept;

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
    // those only 第 (E7 AC AC) may start page furniture (第3页), and only a short cell that starts
    // with a numeral or a word of approximation may be a count written another way (零, 六十九,
    // 约69); 无 (E6 97 A0) alone is a count: "none", written where others write 0.
    if (auto const b = static_cast<unsigned char>(cell[0]); b - 0xE4u < 6u && cell.size() >= 3) {
        auto const c1 = static_cast<unsigned char>(cell[1]);
        auto const c2 = static_cast<unsigned char>(cell[2]);
        bool const di = b == 0xE7 && c1 == 0xAC && c2 == 0xAC;  // 第
        if (cell.size() == 3 && b == 0xE6 && c1 == 0x97 && c2 == 0xA0) {
            r.kind = CellKind::number;
            r.number = Decimal{0, 0};
            return r;
        }
        std::size_t after_first = 0;
        if (is_common_hanzi_at(cell, 0) && !di &&
            (cell.size() > max_count_cell_bytes ||
             !may_start_count_in_words(next_code_point(cell, after_first)))) {
            r.kind = CellKind::text;
            return r;
        }
    }
    return read_other_cell(cell);
}

// How a parse_bad_cell finding says why: its severity (error when the cell is plainly no count
// as published, warning when the reader could not make one out) and the words after the quoted
// cell ("是约数，不是确切的数").
Severity severity_of(Unreadable why) noexcept;
std::string why_text(Unreadable why);

// The money unit a header cell names ("采购总金额(万元)", "（单位：元）"), if any.
MoneyUnit unit_in_header(std::string_view header) noexcept;

}  // namespace govinfo::detail
