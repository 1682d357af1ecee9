#pragma once
// Internal: the HTML of comparisons, for to_html(Comparison) and for the report card's view of
// several years of one agency (report_card.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/compare.hpp"
#include "govinfo/report_card.hpp"

namespace govinfo::detail {

// The style rules both pages need (cells, sentences, the chart).
std::string_view comparison_style();

// For every agency (agency_key) with reports of two or more years among `reports`: the measures
// per year as a table and an inline-SVG chart, and for each pair of consecutive years the cells
// that changed and how much of each section was kept. Empty when no agency has two years.
std::string series_comparison_html(std::vector<CheckedReport> const& reports);

// &, <, >, " escaped.
std::string escape_html(std::string_view s);

}  // namespace govinfo::detail
