#pragma once
// Internal: a small inline-SVG chart of one agency's measures per year for the report card. A
// missing measure draws nothing (a gap), never a 0.
#include <string>
#include <vector>

#include "govinfo/indicators.hpp"

namespace govinfo::detail {

// `years` holds one Indicators per year, in year order (each with its year set). Two charts side
// by side: applications received as bars, and the shares (disclosed, not held, carried forward,
// review corrected) as lines from 0 to 100%. Every bar and point carries data-measure,
// data-year and data-value (the exact value: a count, or the rate as a decimal).
std::string measures_chart_svg(std::vector<Indicators> const& years);

}  // namespace govinfo::detail
