#pragma once
// The tidy long CSV format: one row per cell (docs/csv.md).
//
//   report,source,first_line,agency,year,format,table,row,column,value,state,unit
//
// `report` numbers the reports of one file from 1; `source` and `first_line` (Report::source and
// Report::first_line) are the stable key that joins the CSV with the JSON, the findings and the
// pandas frames. `value` is the number as text (money with its digits as written), empty unless
// state is `value`; `state` is value, blank or not_applicable; `unit` is wan_yuan, yuan or
// unknown for money cells and empty otherwise. RFC 4180 quoting, UTF-8, "\n" line ends, a
// header line first.
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/report.hpp"
#include "govinfo/result.hpp"

namespace govinfo {

// `first_report` is the `report` number of reports[0]; a caller writing a batch in pieces passes
// the count written so far plus one, so numbers stay unique across the whole output.
[[nodiscard]] std::string to_csv(std::vector<Report> const& reports, bool header = true,
                   std::size_t first_report = 1);

// Reads the tidy format back. Only what the format carries comes back: source, first_line,
// agency, year, format and every cell; metadata such as the statistics period and the narrative
// is not in the CSV. Files of the older layout without source and first_line are read too.
[[nodiscard]] Result<std::vector<Report>> try_reports_from_csv(std::string_view csv);
// Throwing twin: the reports, or govinfo::Exception carrying the Error.
[[nodiscard]] std::vector<Report> reports_from_csv(std::string_view csv);

}  // namespace govinfo
