#include "govinfo/report.hpp"

#include <doctest/doctest.h>

#include <concepts>
#include <string>

#include "govinfo/json.hpp"
#include "govinfo/parse.hpp"

using namespace govinfo;

// Every model struct compares member by member; a member type without == would stop this.
static_assert(std::equality_comparable<Report>);
static_assert(std::equality_comparable<Article20>);
static_assert(std::equality_comparable<ApplicationTable>);
static_assert(std::equality_comparable<Finding>);

TEST_SUITE("report") {

TEST_CASE("blank reports of one format are equal and of two formats are not") {
    CHECK(Report::blank(FormatVersion::v2021) == Report::blank(FormatVersion::v2021));
    CHECK(Report::blank(FormatVersion::v2019) == Report::blank(FormatVersion::v2019));
    CHECK(Report::blank(FormatVersion::v2019) != Report::blank(FormatVersion::v2021));
}

TEST_CASE("one cell apart is unequal and blank cells ignore their unused value") {
    Report a = Report::blank(FormatVersion::v2021);
    Report b = a;
    b.applications.disclosed.natural_person = Cell::of(0);  // a written 0 is not a blank
    CHECK(a != b);
    b.applications.disclosed.natural_person = Cell{CellState::blank, 7};
    CHECK(a == b);
    b.review_litigation.litigation_after_review.pending = Cell::not_applicable();
    CHECK(a != b);
    b = a;
    std::get<Article20v2021>(b.article20).fees.amount =
        MoneyCell::of(*Decimal::try_parse("1.50"), MoneyUnit::wan_yuan);
    CHECK(a != b);
}

TEST_CASE("metadata optional rows and diagnostics take part") {
    Report const a = Report::blank(FormatVersion::v2019);
    Report b = a;
    b.source = "other.txt";
    CHECK(a != b);
    b = a;
    b.applications.other_handling.reset();
    CHECK(a != b);
    b = a;
    Finding unplaced;
    unplaced.code = FindingCode::parse_unplaced_line;
    unplaced.line = 3;
    b.diagnostics.push_back(unplaced);
    CHECK(a != b);
    b = a;
    b.year = 2020;
    CHECK(a != b);
}

TEST_CASE("a parsed report equals itself read back from its JSON") {
    auto parsed = try_parse_file(std::string(GOVINFO_TEST_DATA) + "/seeds/002_6174489a5f7162cb.txt");
    REQUIRE(parsed);
    REQUIRE_FALSE(parsed->reports.empty());
    for (Report const& r : parsed->reports) {
        auto back = try_report_from_json(to_json(r));
        REQUIRE(back);
        CHECK(*back == r);
    }
}

}  // TEST_SUITE
