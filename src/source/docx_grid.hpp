#pragma once
// Internal: where the cells of a Word table sit in its grid. Word writes a table row by row,
// each w:tc with the number of grid columns it spans (w:gridSpan), rows that skip grid columns
// before or after their cells (w:gridBefore, w:gridAfter), and merges as flags on the cells they
// swallow: w:vMerge (restart, then continue in the rows below) and the legacy w:hMerge. This
// turns those flags into cells with a top-left position and row and column spans, the shape
// DocumentTable holds, and says for every w:tc which placed cell it belongs to.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace govinfo::detail {

enum class Merge { none, restart, merged };

struct GridCell {
    std::uint32_t span = 1;  // w:gridSpan
    Merge vertical = Merge::none;    // w:vMerge: restart, or merged into the cell above
    Merge horizontal = Merge::none;  // w:hMerge: restart, or merged into the cell before
};

struct GridRow {
    std::uint32_t before = 0, after = 0;  // w:gridBefore, w:gridAfter
    std::vector<GridCell> cells;
};

struct PlacedCell {
    std::uint32_t row = 0, column = 0, row_span = 1, column_span = 1;
};

struct Grid {
    std::uint32_t rows = 0, columns = 0;
    std::vector<PlacedCell> cells;  // ordered by row, then column
    // owner[r][k]: the index in `cells` of the cell that w:tc k of row r starts or is merged into.
    std::vector<std::vector<std::size_t>> owner;
};

// Spans are clamped to kMaxSpan and the grid to kMaxColumns columns: a statutory table has ten,
// and flattening a table writes every position of every row. A cell beyond the last column is
// merged into the cell before it, so its text is kept.
inline constexpr std::uint32_t kMaxSpan = 64;
inline constexpr std::uint32_t kMaxColumns = 1024;

// Legacy horizontal merges are joined first, within the row. A vertical merge joins the cell
// above only when that cell covers the same grid columns; a merge flag with nothing to merge
// into (a first cell marked "continue", a cell above that starts elsewhere or is wider) starts a
// cell of its own, so no two cells ever cover one position. Every w:tc has an owner.
Grid place_cells(std::vector<GridRow> const& rows);

}  // namespace govinfo::detail
