#pragma once
// Internal: the statutory tables read from grids (DocumentTable: an HTML <table>, a Word w:tbl, a
// PDF table recovered from geometry), cell by cell. Which statutory table a grid holds is read
// from its labels; its columns from its header rows (multi-row headers and spans: 申请人情况 /
// 法人或其他组织 / 商业企业, 行政诉讼 / 复议后起诉 / 结果维持); its rows from the label cells at
// the left (a group label spanning rows is context, the row label is the rightmost cell that
// names a row); every value from its own cell. A grid may hold one statutory table, several (the
// Article 20 sub-tables), or a part of one (a table split across pages or grids, its header rows
// repeated or not): the header in force carries over to the next grid of the same width.
//
// What cannot be placed (a value under no known column, values on a row that names no row, two
// values for one column) is reported with the cell's own location, never dropped or guessed.
#include <cstddef>
#include <vector>

#include "govinfo/document.hpp"
#include "govinfo/report.hpp"

namespace govinfo::detail {

struct GridRef {
    DocumentTable const* table = nullptr;
    // The 0-based line of each row in the flattened text (FlatText::TableLines::rows).
    std::vector<std::size_t> const* row_lines = nullptr;
    // Whether a header cell stands over the columns of the values below it. An HTML, Word or
    // PDF grid keeps each cell's column; text rows (text_grid.hpp) only keep the order of their
    // fields, and a copy may leave out the positions a spanning header covers, so their values
    // are placed by position (a row of exactly its table's cells), and a header that places them
    // otherwise makes the row unplaced, never read shifted.
    bool columns_kept = true;
    std::size_t first_line = 0, end_line = 0;  // the flattened lines [first, end) it was written to
};

struct GridTablesFound {
    bool article20 = false, applications = false, review_litigation = false;
};

// Reads the statutory tables held by `grids` (one report's grids, in document order) into
// `report`, whose format is set. TableLocations are appended to report.tables_found in
// flattened-text line numbers (1-based), like the line readers'; findings go to `located` with
// the location of the cell they are about (its line, or page and box).
// Grids made from plain text (columns_kept false) give a table only when one grid held it whole
// and without a doubt, and the table's text has no values outside the grids
// (`values_outside_grids`, found by the caller); else the text-layout readers read its lines.
GridTablesFound read_grid_tables(std::vector<GridRef> const& grids, Report& report,
                                 std::vector<Finding>& located,
                                 GridTablesFound const& values_outside_grids = {});

}  // namespace govinfo::detail
