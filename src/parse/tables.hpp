#pragma once
// Internal: the line-based table readers. Every layout family (one cell per line, tab-separated
// rows, " | " rows packed left, Markdown pipe tables, pdftotext default and -layout output) is
// first turned into one stream of cells, each a label, a value, a blank or page furniture, with
// its source line. The readers then walk the stream: a row label opens a row, values fill it in
// statutory column order, and what is left over is placed by the table's own order and
// identities, or reported.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/report.hpp"
#include "parse/numbers.hpp"
#include "parse/table_read.hpp"

namespace govinfo::detail {

// A run of source lines [begin, end) (0-based indexes into `lines`) holding one table group.
struct Region {
    std::size_t begin = 0, end = 0;
};

// Each reader reads its table from the lines of `region` on top of `cells` (the table as it
// stands, of the report's format) and returns what it read (table_read.hpp): the cells, their
// provenance, its findings and the table's location; `found` is false when it found nothing at
// all. The caller merges the reading into the report.
Article20Read read_article20(std::vector<std::string_view> const& lines, Region region,
                             Article20 cells);
ApplicationsRead read_applications(std::vector<std::string_view> const& lines, Region region,
                                   FormatVersion format, ApplicationTable cells);
ReviewRead read_review_litigation(std::vector<std::string_view> const& lines, Region region,
                                  ReviewLitigationTable cells);

// Records in `provenance` (a reader's, or a report's) that the cell (table, row id, column id)
// was not read straight from its own position, and how it was decided (provenance.hpp).
void note_origin(std::vector<CellProvenance>& provenance, TableKind table, std::string_view row,
                 std::string_view column, CellOrigin how, std::string detail);
void note_origin(Report& report, TableKind table, std::string_view row, std::string_view column,
                 CellOrigin how, std::string detail);

// One cell of a source grid written into `report` as the line readers write theirs (a bad cell
// is left blank and reported in report.diagnostics, at line 1: the caller gives the finding the
// cell's own location).
void put_grid_cell(Report& report, ApplicationRow row, ApplicantColumn column,
                   std::string_view text, CellRead const& read);
void put_grid_cell(Report& report, ReviewGroup group, ReviewColumn column, std::string_view text,
                   CellRead const& read);
void put_grid_cell(Report& report, Article20Row row, Article20Column column, std::string_view text,
                   CellRead const& read, MoneyUnit fallback);

}  // namespace govinfo::detail
