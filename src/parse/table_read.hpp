#pragma once
// Internal: what a statutory table reader returns. A reader reads one table into a TableRead of
// its own (the cells, how the cells not read straight from their position were decided, what it
// noticed, where the table was) instead of writing into the Report from many places; merge() is
// the one place a reading enters the report.
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/provenance.hpp"
#include "govinfo/report.hpp"

namespace govinfo::detail {

template <class Table>
struct TableRead {
    Table cells;                             // the table as read, on top of the cells it started with
    std::vector<CellProvenance> provenance;  // cells not read straight from their own position
    std::vector<Finding> findings;           // what the reader noticed, in the order it noticed it
    std::optional<TableLocation> location;   // where the table's cells were read
    bool found = false;  // the table is there (false: the caller reports it missing)
};

using Article20Read = TableRead<Article20>;
using ApplicationsRead = TableRead<ApplicationTable>;
using ReviewRead = TableRead<ReviewLitigationTable>;

// Puts a reading into `report`: its cells replace the table's; its findings, provenance and
// location are appended after what the report holds.
template <class Table>
void merge(Report& report, TableRead<Table>&& read) {
    if constexpr (std::is_same_v<Table, Article20>)
        report.article20 = std::move(read.cells);
    else if constexpr (std::is_same_v<Table, ApplicationTable>)
        report.applications = std::move(read.cells);
    else {
        static_assert(std::is_same_v<Table, ReviewLitigationTable>, "a statutory table");
        report.review_litigation = std::move(read.cells);
    }
    for (auto& f : read.findings) report.diagnostics.push_back(std::move(f));
    for (auto& p : read.provenance) report.provenance.push_back(std::move(p));
    if (read.location) report.tables_found.push_back(*read.location);
}

}  // namespace govinfo::detail
