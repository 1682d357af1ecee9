#pragma once
// govinfo compare OLD NEW and govinfo indicators PATH...: a report beside last year's, and the
// measures evaluators use, one row per report (docs/compare.md, docs/indicators.md).
#include <string>

#include "options.hpp"

namespace govinfo::cli {

// Both return the exit status: 0 done, 1 a finding at or above --fail-on (compare only),
// 2 unreadable input or no report to compare; a failed write throws WriteError (main says it
// and exits 2). `stdin_closed` and `stdout_closed`: the caller closed that standard stream.
int run_compare(Options const& o, bool stdin_closed, bool stdout_closed);
int run_indicators(Options const& o, bool stdin_closed, bool stdout_closed);

}  // namespace govinfo::cli
