#pragma once
// Internal: the lines of one table, as a page prints them, turned into a grid of cells with
// their spans. No ruling lines are needed (poppler-cpp reports none); docs/pdf.md tells the
// whole story:
//
//   columns  the x-ranges that text of one cell never leaves. A run of text that overlaps two
//            separate runs of some other line (a header over several columns, 法人或其他组织)
//            spans columns; the others overlap into disjoint groups, one per column. A tight
//            header written as one run is split at its word gaps once it is known to span; a
//            narrow gap also parts cells between two numbers, before text that starts where
//            other lines' cells start, and where it is a river down several lines.
//   cells    lines of one column stacked closer than the table's row pitch, lined up with each
//            other, the lower one neither a number nor a new numbered label (1. / （二） / 三、),
//            are one wrapped cell (商业企 / 业; one character per line for vertical labels).
//   rows     cells that overlap vertically form a row; a cell that overlaps two separate cells
//            of another column spans rows. A label printed between two rows spans both.
//   spans    in the label columns (left of the first column with a number), a label reaches
//            over the rows around it its column leaves empty: to the span it is centred on,
//            then downwards (top-aligned labels); a group label cut by a page break is one cell.
//
// Lines of a table continued on the next page are stacked below the previous page's lines, so
// the columns of both pages are found together. Each cell keeps its own page and box.
#include <optional>
#include <string_view>
#include <vector>

#include "govinfo/document.hpp"
#include "source/page_lines.hpp"

namespace govinfo::detail {

// `lines` in reading order (page by page, top to bottom). Nothing when there are no lines or the
// grid would be too large to be a table (more than 4 Mi positions: the caller keeps the text).
std::optional<DocumentTable> grid_of(std::vector<TextLine const*> const& lines);

// A cell's text that is a number, a signed number, an amount with a unit (251000元, 12.5万元),
// a percentage or a not-applicable mark (/, -, —): what the statutory tables hold in value cells.
bool looks_numeric(std::string_view text);

// Text that starts with a label's numbering: 一、 （二） (3) 4. 5、 ６．
bool starts_numbered(std::string_view text) noexcept;

}  // namespace govinfo::detail
