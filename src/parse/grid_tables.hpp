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
#include <optional>
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

// What the grid reader read, returned instead of written into the report: the tables it takes
// (a table not taken stays as the report holds it), and the provenance, findings and table
// locations it made for them, in the order it made them. merge() puts it into the report.
struct GridTablesRead {
    std::optional<Article20> article20;
    std::optional<ApplicationTable> applications;
    std::optional<ReviewLitigationTable> review_litigation;
    std::vector<CellProvenance> provenance;
    std::vector<Finding> diagnostics;  // findings that kept no location of their own
    std::vector<Finding> located;      // findings with the cell's line, or page and box
    std::vector<TableLocation> tables_found;
    GridTablesFound found;
};

// Reads the statutory tables held by `grids` (one report's grids, in document order), starting
// from the cells `report` holds; its format is set. TableLocations are in flattened-text line
// numbers (1-based), like the line readers'; `located` findings carry the location of the cell
// they are about (its line, or page and box).
// Grids made from plain text (columns_kept false) give a table only when one grid held it whole
// and without a doubt, and the table's text has no values outside the grids
// (`values_outside_grids`, found by the caller); else the text-layout readers read its lines.
GridTablesRead read_grid_tables(std::vector<GridRef> const& grids, Report const& report,
                                GridTablesFound const& values_outside_grids = {});

// Puts a grid reading into `report` (its tables, provenance, diagnostics and table locations)
// and its located findings into `located`; returns which tables it found.
GridTablesFound merge(Report& report, std::vector<Finding>& located, GridTablesRead&& read);

}  // namespace govinfo::detail
