#include "source/docx_grid.hpp"

#include <algorithm>
#include <utility>

namespace govinfo::detail {
namespace {

using Starts = std::vector<std::pair<std::uint32_t, std::size_t>>;  // (column, cell), by column

std::size_t find_start(Starts const& starts, std::uint32_t column) noexcept {
    auto const it = std::lower_bound(starts.begin(), starts.end(), column,
                                     [](auto const& s, std::uint32_t c) { return s.first < c; });
    return it != starts.end() && it->first == column ? it->second : static_cast<std::size_t>(-1);
}

std::uint32_t clamped(std::uint32_t span) noexcept { return std::clamp<std::uint32_t>(span, 1, kMaxSpan); }

}  // namespace

Grid place_cells(std::vector<GridRow> const& rows) {
    constexpr auto none = static_cast<std::size_t>(-1);
    Grid grid;
    grid.rows = static_cast<std::uint32_t>(rows.size());
    grid.owner.resize(rows.size());
    Starts above, here;  // the cells that reach the previous row / this row, by first column
    for (std::uint32_t r = 0; r < grid.rows; ++r) {
        GridRow const& row = rows[r];
        here.clear();
        std::uint32_t column = std::min(row.before, kMaxSpan);
        std::size_t previous = none;  // the last cell placed in this row
        for (GridCell const& c : row.cells) {
            std::uint32_t const span = clamped(c.span);
            std::size_t owner = none;
            if ((c.horizontal == Merge::merged || column >= kMaxColumns) && previous != none) {
                owner = previous;  // widens the cell before it
                PlacedCell& p = grid.cells[owner];
                p.column_span = std::min(column + span, kMaxColumns) - p.column;
            } else if (c.vertical == Merge::merged && (owner = find_start(above, column)) != none) {
                PlacedCell& p = grid.cells[owner];
                p.row_span = r - p.row + 1;  // reaches down to this row
                here.emplace_back(column, owner);
            } else {
                owner = grid.cells.size();
                grid.cells.push_back({r, column, 1, std::min(span, kMaxColumns - column)});
                here.emplace_back(column, owner);
            }
            grid.owner[r].push_back(owner);
            previous = owner;
            column = std::min(column + span, kMaxColumns);
        }
        grid.columns = std::max(grid.columns, std::min(column + std::min(row.after, kMaxSpan), kMaxColumns));
        std::swap(above, here);
    }
    return grid;
}

}  // namespace govinfo::detail
