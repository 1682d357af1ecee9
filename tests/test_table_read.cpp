#include "parse/table_read.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "govinfo/cells.hpp"

using namespace govinfo;
using namespace govinfo::detail;

namespace {

Finding finding(FindingCode code, std::string message) {
    Finding f;
    f.code = code;
    f.message = std::move(message);
    return f;
}

}  // namespace

TEST_SUITE("table_read") {

TEST_CASE("merge puts the cells in and appends the findings provenance and location after the report's own") {
    Report report = Report::blank(FormatVersion::v2021);
    report.diagnostics.push_back(finding(FindingCode::parse_format_mismatch, "before"));
    report.tables_found.push_back({TableKind::article20, 3, 9});

    ApplicationsRead read{report.applications, {}, {}, {}, false};
    REQUIRE(find_row(read.cells, ApplicationRow::new_received));
    cell(*find_row(read.cells, ApplicationRow::new_received), ApplicantColumn::total) = Cell::of(7);
    read.findings.push_back(finding(FindingCode::parse_uncertain_cells, "first"));
    read.findings.push_back(finding(FindingCode::parse_unplaced_line, "second"));
    read.provenance.push_back({TableKind::applications, "new_received", "total",
                               CellOrigin::split_glued_digits, "7"});
    read.location = TableLocation{TableKind::applications, 10, 20};
    read.found = true;
    merge(report, std::move(read));

    ApplicantRow const* row = find_row(report.applications, ApplicationRow::new_received);
    REQUIRE(row);
    CHECK(row->total.get() == 7);
    REQUIRE(report.diagnostics.size() == 3);
    CHECK(report.diagnostics[0].message == "before");
    CHECK(report.diagnostics[1].message == "first");
    CHECK(report.diagnostics[2].message == "second");
    REQUIRE(report.provenance.size() == 1);
    CHECK(report.provenance[0].how == CellOrigin::split_glued_digits);
    REQUIRE(report.tables_found.size() == 2);
    CHECK(report.tables_found[1] == TableLocation{TableKind::applications, 10, 20});
}

TEST_CASE("merge of a reading without a location adds none and leaves the other tables alone") {
    Report report = Report::blank(FormatVersion::v2019);
    cell(report.review_litigation.review, ReviewColumn::total) = Cell::of(4);
    Article20Read read{report.article20, {}, {}, {}, false};
    merge(report, std::move(read));
    CHECK(report.tables_found.empty());
    CHECK(report.diagnostics.empty());
    CHECK(report.format() == FormatVersion::v2019);
    CHECK(report.review_litigation.review.total.get() == 4);
}

}  // TEST_SUITE
