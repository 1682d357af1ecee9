#pragma once
// Internal: a report's title, agency, year and statistics period, read from its preamble, its
// sections and its closing signature.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/report.hpp"
#include "parse/segment.hpp"

namespace govinfo::detail {

// A date written "2020年1月1日", "2020 年 1 月 1 日" or, for a period end, "12月31日".
struct DateAt {
    Date date;
    bool has_year = false;
    std::size_t begin = 0, end = 0;  // byte range in the line
};
std::optional<DateAt> find_date(std::string_view line, std::size_t from, bool need_year);

// The statistics period stated in `line`, if the line states one.
std::optional<StatisticsPeriod> read_period(std::string_view line);

// Fills title, agency, year and statistics_period of `report` from lines[span].
void read_metadata(std::vector<std::string_view> const& lines, ReportSpan const& span,
                   Report& report);

}  // namespace govinfo::detail
