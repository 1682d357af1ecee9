#pragma once
// The checks of govinfo::check() writing into one vector, so check() gathers the parser's
// diagnostics, the rules and the narrative cross-checks without copying any finding twice.
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo::detail {

// Appends what validate(report) returns.
void validate_into(Report const& report, std::vector<Finding>& out);
// Appends what check_narrative(report) returns.
void check_narrative_into(Report const& report, std::vector<Finding>& out);

}  // namespace govinfo::detail
