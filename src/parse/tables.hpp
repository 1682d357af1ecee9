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

namespace govinfo::detail {

// A run of source lines [begin, end) (0-based indexes into `lines`) holding one table group.
struct Region {
    std::size_t begin = 0, end = 0;
};

// Each reader fills its table of `report` (whose format is already set), appends a TableLocation
// and findings, and returns false when it found nothing at all.
bool read_article20(std::vector<std::string_view> const& lines, Region region, Report& report);
bool read_applications(std::vector<std::string_view> const& lines, Region region, Report& report);
bool read_review_litigation(std::vector<std::string_view> const& lines, Region region,
                            Report& report);

// Records in report.provenance that the cell (table, row id, column id) was not read straight
// from its own position, and how it was decided (provenance.hpp).
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
