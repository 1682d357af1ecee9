#pragma once
// Internal: the section checks of one report writing into check()'s vector, as checks.hpp does
// for the rules and the narrative cross-checks.
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo::detail {

// Appends what check_sections(report) returns (boilerplate.hpp).
void check_sections_into(Report const& report, std::vector<Finding>& out);

}  // namespace govinfo::detail
