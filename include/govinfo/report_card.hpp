#pragma once
// The HTML report card: one self-contained page for a batch of checked reports. A summary per
// report at the top, then each report's tables laid out as in the official format, with blank
// and not-applicable cells visibly different from 0 and every cell a finding points at
// highlighted, the finding next to it.
#include <string>
#include <vector>

#include "govinfo/error.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo {

struct CheckedReport {
    std::string source;              // file name shown in the card
    Report report;
    std::vector<Finding> findings;   // what to show and highlight (already filtered)
};

struct UnreadableFile {
    std::string source;
    Error error;
};

// Cells the card highlights carry data-table, data-row and data-column attributes with the ids
// of docs/model.md and the class "flagged", so tests (and users' scripts) can find them. Cells
// the parser inferred (Report::provenance) carry the class "inferred", are marked ≈ and say in
// their title how they were decided.
std::string report_card_html(std::vector<CheckedReport> const& reports,
                             std::vector<UnreadableFile> const& unreadable = {},
                             std::string const& title = "govinfo report card");

}  // namespace govinfo
