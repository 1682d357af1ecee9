#pragma once
// Internal: an error finding is a statement that the agency published something wrong. When its
// numbers rest on a cell the parser inferred (Report::provenance) or on a table where the parser
// could not place every value (parse_unplaced_line, parse_missing_cells), the inconsistency may
// be the reader's own: the finding becomes a reading_in_doubt warning that says why.
#include <cstddef>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo::detail {

// Rewrites the error findings out[from …] of `report` as above; the others are left alone.
void doubt_inferred_readings(Report const& report, std::vector<Finding>& out, std::size_t from);

}  // namespace govinfo::detail
