#include "source/docx_grid.hpp"

#include <algorithm>
#include <utility>

namespace govinfo::detail {
namespace {

constexpr auto kNone = static_cast<std::size_t>(-1);

using Starts = std::vector<std::pair<std::uint32_t, std::size_t>>;  // (column, cell), by column

std::size_t find_start(Starts const& starts, std::uint32_t column) noexcept {
    auto const it = std::lower_bound(starts.begin(), starts.end(), column,
                                     [](auto const& s, std::uint32_t c) { return s.first < c; });
    return it != starts.end() && it->first == column ? it->second : kNone;
}

// A row's cells once the legacy horizontal merges are joined: each w:tc merged into the one
// before it widens that one.
struct Logical {
    std::uint32_t span = 0;
    Merge vertical = Merge::none;
};

std::vector<Logical> join_horizontal(GridRow const& row, std::vector<std::size_t>& logical_of) {
    std::vector<Logical> out;
    for (GridCell const& c : row.cells) {
        std::uint32_t const span = std::clamp<std::uint32_t>(c.span, 1, kMaxSpan);
        if (c.horizontal == Merge::merged && !out.empty()) {
            out.back().span += span;
        } else {
            out.push_back({span, c.vertical});
        }
        logical_of.push_back(out.size() - 1);
    }
    return out;
}

}  // namespace

Grid place_cells(std::vector<GridRow> const& rows) {
    Grid grid;
    grid.rows = static_cast<std::uint32_t>(rows.size());
    grid.owner.resize(rows.size());
    Starts above, here;  // the cells that reach the previous row / this row, by first column
    std::vector<std::size_t> logical_of, placed;
    for (std::uint32_t r = 0; r < grid.rows; ++r) {
        logical_of.clear();
        placed.clear();
        here.clear();
        std::vector<Logical> const cells = join_horizontal(rows[r], logical_of);
        std::uint32_t column = std::min(rows[r].before, kMaxSpan);
        for (Logical const& c : cells) {
            std::uint32_t const end = std::min(column + c.span, kMaxColumns);
            std::size_t owner = kNone;
            if (column >= kMaxColumns) {
                owner = placed.empty() ? kNone : placed.back();  // its text joins the cell before
            } else if (c.vertical == Merge::merged) {
                // Joins the cell above when that cell covers the same columns, as Word draws it.
                owner = find_start(above, column);
                if (owner != kNone && grid.cells[owner].column_span == end - column) {
                    grid.cells[owner].row_span = r - grid.cells[owner].row + 1;
                    here.emplace_back(column, owner);
                } else {
                    owner = kNone;
                }
            }
            if (owner == kNone && column < kMaxColumns) {
                owner = grid.cells.size();
                grid.cells.push_back({r, column, 1, end - column});
                here.emplace_back(column, owner);
            }
            placed.push_back(owner);
            column = end;
        }
        for (std::size_t logical : logical_of) grid.owner[r].push_back(placed[logical]);
        grid.columns = std::max(grid.columns, std::min(column + std::min(rows[r].after, kMaxSpan), kMaxColumns));
        std::swap(above, here);
    }
    return grid;
}

}  // namespace govinfo::detail
