#pragma once
// Internal: splitting one glued Article 20 run ("3960181", "13575394432.52元", "+5-30") into the
// row's typed cells. There is no row total here, so this lists every split that is well formed:
// counts without leading zeros, the 2019 本年增/减 with an optional sign, money with an optional
// decimal part and unit. A sign starts a cell and a unit ends one; a space is only a hint and is
// ignored. A piece that is only "/", "-" or "—" is a not-applicable mark, valid for any cell.
// Which split is right is for the caller to decide from whatever evidence it has.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace govinfo::detail {

enum class PieceKind { count, signed_count, money };

struct CellSplits {
    std::vector<std::vector<std::string>> candidates;  // one printed piece per cell, spaces removed
    bool complete = true;  // false when the run was too long to enumerate
};

// True when `c` (an ASCII byte or the first byte of a UTF-8 sequence) can occur inside a glued
// Article 20 run: digits, '.', '+', '-', spaces, the not-applicable marks '/' and '—', and the
// units 元 万 件 个 项 条.
// Returns the byte length of the character at s[0] when it can, 0 otherwise.
std::size_t article20_run_char(std::string_view s) noexcept;

// "/", "-" or "—": the agency says the cell does not apply.
bool is_not_applicable(std::string_view piece) noexcept;

CellSplits split_typed(std::string_view printed, std::span<PieceKind const> kinds,
                       std::size_t max_chars = 48);

}  // namespace govinfo::detail
