#pragma once
// The HTML report card: a self-contained page (or a few) for a batch of checked reports. At the
// top a table of contents, one row per report with its counts, and a severity filter (all /
// warnings and errors / errors only: it hides the findings below that severity and the reports
// that have none at it; pure CSS, no script). Then one <section> per report: its findings grouped
// by code (the checks that could not be evaluated because their cells are blank in one block,
// collapsed), and its tables laid out as in the official format, with blank and not-applicable
// cells visibly different from 0, every cell or row a finding points at highlighted and the
// finding's sentence beside its row. An agency with several years also gets the measures per
// year and what changed (compare.hpp) before the reports. docs/report_card.md describes it.
#include <cstddef>
#include <functional>
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

// Every table carries data-table (the table id of docs/model.md); every highlighted cell or row
// label has the class "flagged" and data-row and data-column ids (data-column empty for a whole
// row), so tests and users' scripts can find them. A cell the parser inferred
// (Report::provenance) has the class "inferred", is marked ≈, carries the same ids and says in
// its title how it was decided.
std::string report_card_html(std::vector<CheckedReport> const& reports,
                             std::vector<UnreadableFile> const& unreadable = {},
                             std::string const& title = "govinfo report card");

// The card split into pages of at most `max_page_bytes` bytes each. A report is never split, so
// a page holds at least one whatever its size. Every page has the whole table of contents and
// links to the other pages; `page_name(k)` is how page k (from 0) is linked, e.g. "card.html",
// "card-2.html". The files that could not be read and the several-years view are on the first
// page.
std::vector<std::string> report_card_pages(
    std::vector<CheckedReport> const& reports, std::vector<UnreadableFile> const& unreadable,
    std::string const& title, std::size_t max_page_bytes,
    std::function<std::string(std::size_t)> const& page_name);

// What `govinfo html` gives a page at most (200 reports of the bundled examples make two pages).
inline constexpr std::size_t report_card_page_bytes = 2'000'000;

}  // namespace govinfo
