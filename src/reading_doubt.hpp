#pragma once
// Internal: an error finding is a statement that the agency published something wrong. When its
// numbers rest on a cell the parser inferred (Report::provenance) or on a table where the parser
// could not place every value (parse_unplaced_line, parse_missing_cells), the inconsistency may
// be the reader's own: the finding becomes a reading_in_doubt warning that says why.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo::detail {

// Rewrites the error findings out[from …] of `report` as above; the others are left alone.
void doubt_inferred_readings(Report const& report, std::vector<Finding>& out, std::size_t from);

// Why the reading of one cell of `report` is in doubt, in words; empty when it is not. For
// checks across reports (series), whose findings name one cell of each.
std::string cell_in_doubt(Report const& report, TableKind table, std::string_view row,
                          std::string_view column);

// Makes the error `f` a reading_in_doubt warning whose message says `why`.
void mark_in_doubt(Finding& f, std::string_view why);

}  // namespace govinfo::detail
