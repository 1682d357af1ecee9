#pragma once
// What the narrative sections say (docs/rules.md, the section_* codes): whether the six sections
// are there and numbered in order, whether section 五 names problems, whether a 2021-format
// section 六 reports the information-processing fees, whether the years in the text are the
// report's, and, across years, whether a section was copied from last year's report or section
// 五 repeats last year's problems without saying how they were fixed.
//
// The sections are Report::sections as the parser found them. Only what the text states is
// judged: a report whose section headings could not be found at all gets one not-evaluable note
// instead of six missing sections.
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"
#include "govinfo/series.hpp"

namespace govinfo {

// The checks of one report: section_missing, section_out_of_order, section_problems_empty,
// section_fees_silent and section_year_mismatch. Also part of check() (batch.hpp).
std::vector<Finding> check_sections(Report const& report);

// The cross-year checks of a report against the previous year's report of the same agency:
// section_copied (一, 五, 六) and section_problems_repeated (五). Each finding carries
// `year` and `previous_year`. The caller decides that the two reports are consecutive years of
// one agency; compare() and check_series_sections() do.
std::vector<Finding> check_sections_across_years(Report const& previous, Report const& current);

// check_sections_across_years for every pair of consecutive years of a series (as
// validate_series pairs them: no check spans a missing year; a year with several reports whose
// sections differ is not compared, with a not-evaluable note).
std::vector<Finding> check_series_sections(Series const& series);

}  // namespace govinfo
