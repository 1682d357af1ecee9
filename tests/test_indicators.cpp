// The measures evaluators use (indicators.hpp): seed 002's five years, corpus c02 against its
// hand-checked values, blank and "/" inputs, zero denominators, overflow, and the outputs.
#include "govinfo/indicators.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/taxonomy.hpp"

using namespace govinfo;

namespace {

std::vector<Report> reports_of(std::string const& relative) {
    return parse_file(std::string(GOVINFO_TEST_DATA) + "/" + relative).reports;
}

// Seed 002 in file order: 2023, 2022, 2021, 2020, 2019.
std::vector<Report> seed_002() {
    auto r = reports_of("seeds/002_6174489a5f7162cb.txt");
    REQUIRE(r.size() == 5);
    return r;
}

Indicators const& of_year(std::vector<Indicators> const& rows, int year) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](auto const& m) { return m.year == year; });
    REQUIRE(it != rows.end());
    return *it;
}

void check_rate(RateMeasure const& m, std::int64_t numerator, std::int64_t denominator) {
    CHECK(m.missing == MissingReason::none);
    CHECK(m.numerator == numerator);
    CHECK(m.denominator == denominator);
    REQUIRE(m.value().has_value());
    CHECK(*m.value() == Ratio{numerator, denominator});
}

Cell& app(Report& r, ApplicationRow row, ApplicantColumn col) {
    return cell(*find_row(r.applications, row), col);
}

}  // namespace

TEST_SUITE("indicators") {

TEST_CASE("seed 002: applications received and their change year on year") {
    auto const rows = indicators(seed_002());
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].year == 2023);  // input order is kept
    int const years[] = {2019, 2020, 2021, 2022, 2023};
    std::int64_t const received[] = {1, 3, 1, 2, 3};
    for (int i = 0; i < 5; ++i) CHECK(of_year(rows, years[i]).received.value == received[i]);

    auto const& first = of_year(rows, 2019);
    CHECK_FALSE(first.received_change.value.has_value());
    CHECK(first.received_change.missing == MissingReason::no_previous_year);
    CHECK(first.received_change_relative.missing == MissingReason::no_previous_year);

    CHECK(of_year(rows, 2020).received_change.value == 2);
    check_rate(of_year(rows, 2020).received_change_relative, 2, 1);
    CHECK(of_year(rows, 2021).received_change.value == -2);
    check_rate(of_year(rows, 2021).received_change_relative, -2, 3);
    check_rate(of_year(rows, 2023).received_change_relative, 1, 2);
}

TEST_CASE("seed 002: the shares of each year, and a blank total that leaves them missing") {
    auto const rows = indicators(seed_002());
    check_rate(of_year(rows, 2023).disclosed_share, 2, 2);
    check_rate(of_year(rows, 2022).disclosed_share, 1, 2);
    check_rate(of_year(rows, 2022).not_held_share, 1, 2);
    check_rate(of_year(rows, 2021).disclosed_share, 0, 1);
    check_rate(of_year(rows, 2023).carried_forward_share, 1, 3);
    check_rate(of_year(rows, 2023).withheld_share, 0, 2);

    // 2019 leaves （七）总计 and the rows （二）–（六） blank: every share of T is missing, not 0;
    // （四）1 alone is blank too, so not even a numerator is known there.
    auto const& y2019 = of_year(rows, 2019);
    CHECK_FALSE(y2019.handled.value.has_value());
    CHECK(y2019.handled.missing == MissingReason::blank);
    CHECK_FALSE(y2019.disclosed_share.numerator.has_value());
    CHECK_FALSE(y2019.disclosed_share.denominator.has_value());
    CHECK(y2019.disclosed_share.missing == MissingReason::blank);
    CHECK_FALSE(y2019.disclosed_share.value().has_value());
    check_rate(y2019.carried_forward_share, 0, 1);  // 四 = 0 of 一 + 二 = 1: known

    // No review case in any year: 0 of 0 is kept and has no value.
    for (auto const& m : rows) {
        CHECK(m.review_corrected_share.missing == MissingReason::zero_denominator);
        CHECK(m.review_corrected_share.numerator == 0);
        CHECK(m.review_corrected_share.denominator == 0);
        CHECK_FALSE(m.review_corrected_share.value().has_value());
    }
}

TEST_CASE("corpus c02: every share from the hand-checked table") {
    auto const reports = reports_of("corpus/c02.txt");
    REQUIRE(reports.size() == 1);
    auto const m = indicators(reports.front());
    CHECK(m.received.value == 3119);
    CHECK(m.carried_over.value == 34);
    CHECK(m.handled.value == 3050);
    CHECK(m.carried_forward.value == 103);
    check_rate(m.disclosed_share, 1362 + 454, 3050);
    check_rate(m.withheld_share, 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105, 3050);
    check_rate(m.withheld_administrative_query_share, 105, 3050);
    check_rate(m.withheld_state_secret_share, 2, 3050);
    check_rate(m.not_held_share, 769, 3050);
    check_rate(m.carried_forward_share, 103, 3119 + 34);
    check_rate(m.review_corrected_share, 64, 72 + 64 + 178);
    check_rate(m.litigation_corrected_share, 4 + 1, 13 + 4 + 8 + 12 + 1 + 1);
    CHECK(m.review_corrected_share.value()->percent() == "20.4%");
}

TEST_CASE("a total left blank by the SH19 convention is the sum of its six columns when all are filled") {
    Report r = Report::blank(FormatVersion::v2021);
    for (auto col : applicant_columns()) app(r, ApplicationRow::disclosed, col) = Cell::of(1);
    app(r, ApplicationRow::partially_disclosed, ApplicantColumn::total) = Cell::of(0);
    app(r, ApplicationRow::outcome_total, ApplicantColumn::total) = Cell::of(12);
    check_rate(indicators(r).disclosed_share, 6, 12);
    // One of the six blank as well: the row's count is unknown.
    app(r, ApplicationRow::disclosed, ApplicantColumn::other_org) = Cell::blank();
    CHECK(indicators(r).disclosed_share.missing == MissingReason::blank);
}

TEST_CASE("a blank addend or a slash makes a share missing with its reason") {
    Report r = Report::blank(FormatVersion::v2021);
    app(r, ApplicationRow::outcome_total, ApplicantColumn::total) = Cell::of(4);
    app(r, ApplicationRow::disclosed, ApplicantColumn::total) = Cell::of(1);
    auto m = indicators(r);
    CHECK(m.disclosed_share.missing == MissingReason::blank);  // （二） is blank
    CHECK_FALSE(m.disclosed_share.numerator.has_value());
    CHECK(m.disclosed_share.denominator == 4);

    app(r, ApplicationRow::partially_disclosed, ApplicantColumn::total) = Cell::not_applicable();
    m = indicators(r);
    CHECK(m.disclosed_share.missing == MissingReason::not_applicable);

    app(r, ApplicationRow::partially_disclosed, ApplicantColumn::total) = Cell::of(0);
    check_rate(indicators(r).disclosed_share, 1, 4);
}

TEST_CASE("sums that do not fit in 64 bits give overflow, never a wrapped number") {
    Report r = Report::blank(FormatVersion::v2021);
    app(r, ApplicationRow::new_received, ApplicantColumn::total) =
        Cell::of(std::numeric_limits<std::int64_t>::max());
    app(r, ApplicationRow::carried_over, ApplicantColumn::total) = Cell::of(1);
    app(r, ApplicationRow::carried_forward, ApplicantColumn::total) = Cell::of(0);
    auto const m = indicators(r);
    CHECK(m.carried_forward_share.missing == MissingReason::overflow);
    CHECK_FALSE(m.carried_forward_share.denominator.has_value());
    CHECK_FALSE(m.carried_forward_share.value().has_value());
}

TEST_CASE("two different reports for the year before make the change ambiguous") {
    auto reports = seed_002();
    Report twin = reports[1];  // 2022
    app(twin, ApplicationRow::new_received, ApplicantColumn::total) = Cell::of(9);
    reports.push_back(twin);
    auto const rows = indicators(reports);
    auto const& y2023 = of_year(rows, 2023);
    CHECK(y2023.received_change.missing == MissingReason::ambiguous_previous_year);
    CHECK(y2023.received_change_relative.missing == MissingReason::ambiguous_previous_year);
    // An identical copy of the year before is no ambiguity.
    reports.back() = reports[1];
    CHECK(of_year(indicators(reports), 2023).received_change.value == 1);
}

TEST_CASE("the Article 20 counts follow each report's format") {
    auto const reports = seed_002();
    auto const m2023 = indicators(reports[0]);
    CHECK(m2023.article20.size() == 9);  // 10 cells of the 2021 tables, less the fee amount
    auto const found = std::find_if(m2023.article20.begin(), m2023.article20.end(), [](auto const& c) {
        return c.row == Article20Row::normative_documents && c.column == Article20Column::in_force;
    });
    REQUIRE(found != m2023.article20.end());
    CHECK(found->cell == Cell::of(1));
    CHECK(indicators(reports[3]).article20.size() == 21);  // 22 of 2019, less the procurement amount

    auto const columns = article20_count_columns();
    CHECK(columns.size() == 27);
    CHECK(columns.front() == std::pair{Article20Row::regulations, Article20Column::issued});
    CHECK(std::find(columns.begin(), columns.end(),
                    std::pair{Article20Row::fees, Article20Column::amount}) == columns.end());
}

TEST_CASE("CSV: one line per report, rates with their counts, empty where missing") {
    auto const rows = indicators(seed_002());
    std::istringstream lines(indicators_csv(rows));
    std::vector<std::vector<std::string>> table;
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> fields;
        std::istringstream in(line);
        for (std::string f; std::getline(in, f, ',');) fields.push_back(f);
        if (line.ends_with(",")) fields.emplace_back();
        table.push_back(std::move(fields));
    }
    REQUIRE(table.size() == 6);
    auto const& header = table[0];
    CHECK(header.size() == 4 + 5 + 15 * 3 + 27);
    for (auto const& row : table) CHECK(row.size() == header.size());
    auto field = [&](std::size_t row, std::string const& name) {
        auto const at = std::find(header.begin(), header.end(), name);
        REQUIRE_MESSAGE(at != header.end(), name);
        return table[row][static_cast<std::size_t>(at - header.begin())];
    };
    CHECK(field(1, "year") == "2023");
    CHECK(field(1, "received") == "3");
    CHECK(field(1, "disclosed_share") == "1.000000");
    CHECK(field(1, "carried_forward_share") == "0.333333");
    CHECK(field(1, "carried_forward_share_numerator") == "1");
    CHECK(field(1, "carried_forward_share_denominator") == "3");
    CHECK(field(1, "review_corrected_share").empty());  // 0 of 0
    CHECK(field(1, "review_corrected_share_denominator") == "0");
    CHECK(field(1, "a20_normative_documents_in_force") == "1");
    CHECK(field(1, "a20_normative_documents_total_published").empty());  // not in its format
    CHECK(field(5, "year") == "2019");
    CHECK(field(5, "handled").empty());
    CHECK(field(5, "disclosed_share").empty());
    CHECK(field(5, "carried_forward_share") == "0.000000");
    CHECK(field(5, "a20_procurement_projects") == "0");
}

TEST_CASE("JSON: every measure with its reason") {
    auto const rows = indicators(seed_002());
    auto const doc = boost::json::parse(to_json(rows));
    REQUIRE(doc.is_array());
    REQUIRE(doc.as_array().size() == 5);
    auto const& y2019 = doc.as_array()[4].as_object();
    CHECK(y2019.at("year").as_int64() == 2019);
    CHECK(y2019.at("handled").at("value").is_null());
    CHECK(y2019.at("handled").at("missing").as_string() == "blank");
    auto const& y2023 = doc.as_array()[0].as_object();
    CHECK(y2023.at("disclosed_share").at("percent").as_string() == "100.0%");
    CHECK(y2023.at("disclosed_share").at("value").as_string() == "1.000000");
    CHECK(y2023.at("review_corrected_share").at("missing").as_string() == "zero_denominator");
    CHECK(boost::json::parse(to_json(rows, {.pretty = true})) == doc);
}

}  // TEST_SUITE
