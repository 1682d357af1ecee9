#pragma once
// govinfo compare OLD NEW and govinfo indicators PATH...: a report beside last year's, and the
// measures evaluators use, one row per report (docs/compare.md, docs/indicators.md).
#include <string>

#include "options.hpp"

namespace govinfo::cli {

// Both return the exit status: 0 done, 1 a finding at or above --fail-on (compare only),
// 2 unreadable input, no report to compare, or a file the output could not be written to.
int run_compare(Options const& o);
int run_indicators(Options const& o);

std::string compare_help();
std::string indicators_help();

}  // namespace govinfo::cli
