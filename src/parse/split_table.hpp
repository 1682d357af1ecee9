#pragma once
// Internal: choosing, across the rows of the application table, the row splits that satisfy the
// column identities N + P = T + F and T = sum of the outcome rows (FORMAT.md §4.4). Each row
// brings the splits that satisfy its own total; the solver keeps, for each row, the splits that
// take part in at least one assignment of all rows satisfying every identity it can check.
// An identity that involves a row whose splits are unknown is not checked, and a search that
// runs out of budget checks none: rows then keep all their own splits. Nothing is ever excluded
// without proof.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace govinfo::detail {

struct RowSplits {
    bool known = false;  // false: label missing, run unreadable, or enumeration incomplete
    std::vector<std::vector<std::int64_t>> candidates;  // each has `columns` values
};

struct TableRoles {
    std::size_t n = 0, p = 0, t = 0, f = 0;  // row indices of N, P, T, F
    std::vector<std::size_t> outcomes;        // row indices summed into T
};

struct TableChoice {
    // For each row, the indices of its candidates that survive (all of them when the row took
    // part in no identity).
    std::vector<std::vector<std::size_t>> surviving;
    std::size_t solutions = 0;    // full assignments found (capped), 0 when none was checked
    bool identities_checked = false;  // at least one identity constrained the choice
    bool contradiction = false;   // the identities that could be checked have no solution
    bool budget_exhausted = false;
};

TableChoice choose_table_splits(std::vector<RowSplits> const& rows, TableRoles const& roles,
                                std::size_t columns, std::size_t max_nodes = 2'000'000);

}  // namespace govinfo::detail
