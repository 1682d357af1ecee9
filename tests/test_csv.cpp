#include "govinfo/csv.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/json.hpp"
#include "govinfo/labels.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

using govinfo::test::read_file;

std::vector<Report> golden_reports() {
    std::vector<std::filesystem::path> files;
    for (auto const& e :
         std::filesystem::directory_iterator(std::string(GOVINFO_TEST_DATA) + "/golden")) {
        if (e.path().filename().string().ends_with(".report.json")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<Report> out;
    for (auto const& f : files) {
        auto r = try_report_from_json(read_file(f));
        REQUIRE_MESSAGE(r.ok(), f.string());
        out.push_back(std::move(r).value());
    }
    return out;
}

// Every cell with its table, row and column, as text that tells blank, n/a, value and unit apart.
std::vector<std::string> cells_of(Report const& r) {
    std::vector<std::string> out;
    for_each_cell(r, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        std::string s = std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col) +
                        "=" + std::string(id(c.state));
        if (c.state == CellState::value) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, MoneyCell>)
                s += ":" + c.money.amount.to_string() + ":" + std::string(id(c.money.unit));
            else
                s += ":" + std::to_string(c.value);
        }
        out.push_back(std::move(s));
    });
    return out;
}

std::string const header =
    "report,source,first_line,agency,year,format,table,row,column,value,state,unit\n";

Error error_of(std::string const& csv) {
    auto r = try_reports_from_csv(csv);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

// A one-report CSV of a blank 2021 report with `line` (1-based, header = 1) replaced.
std::string with_line(std::size_t line, std::string const& text) {
    std::string csv = to_csv({Report::blank(FormatVersion::v2021)});
    std::size_t begin = 0;
    for (std::size_t i = 1; i < line; ++i) begin = csv.find('\n', begin) + 1;
    auto const end = csv.find('\n', begin);
    return csv.replace(begin, end - begin, text);
}

}  // namespace

TEST_SUITE("csv") {
    TEST_CASE("write then read gives back every cell of every golden report") {
        auto const reports = golden_reports();
        REQUIRE(reports.size() >= 15);
        std::string const csv = to_csv(reports);
        auto back = try_reports_from_csv(csv);
        REQUIRE_MESSAGE(back.ok(), back.error().to_string());
        REQUIRE(back->size() == reports.size());
        for (std::size_t i = 0; i < reports.size(); ++i) {
            CAPTURE(i);
            auto const& a = reports[i];
            auto const& b = (*back)[i];
            CHECK(b.agency == a.agency);
            CHECK(b.source == a.source);
            CHECK(b.first_line == a.first_line);
            CHECK(b.year == a.year);
            CHECK(b.format() == a.format());
            CHECK(cells_of(b) == cells_of(a));
            // The application table keeps exactly its format's rows.
            CHECK(b.applications.other_handling.has_value() == a.applications.other_handling.has_value());
        }
        CHECK(to_csv(*back) == csv);
    }

    TEST_CASE("one line per cell in table order") {
        auto const r = Report::blank(FormatVersion::v2019);
        std::string const csv = to_csv({r});
        REQUIRE(csv.starts_with(header));
        std::size_t const lines = static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n'));
        CHECK(lines == 1 + cells_of(r).size());
        CHECK(csv.find("\n1,,0,,,2019,article20,regulations,new_made,,blank,\n") == header.size() - 1);
        CHECK(to_csv({r}, false) == csv.substr(header.size()));
    }

    TEST_CASE("values states and units are written as documented") {
        auto r = Report::blank(FormatVersion::v2021);
        r.agency = "沭阳县人民政府";
        r.year = 2025;
        r.source = "shuyang.html";
        r.first_line = 42;
        std::get<Article20v2021>(r.article20).fees.amount =
            MoneyCell::of(*Decimal::try_parse("4068.208"), MoneyUnit::wan_yuan);
        r.applications.disclosed.natural_person = Cell::of(58);
        r.applications.disclosed.other_org = Cell::not_applicable();
        std::string const csv = to_csv({r});
        CHECK(csv.find("1,shuyang.html,42,沭阳县人民政府,2025,2021,article20,fees,amount,4068.208,value,wan_yuan\n") !=
              std::string::npos);
        CHECK(csv.find("1,shuyang.html,42,沭阳县人民政府,2025,2021,applications,disclosed,natural_person,58,value,\n") !=
              std::string::npos);
        CHECK(csv.find("1,shuyang.html,42,沭阳县人民政府,2025,2021,applications,disclosed,other_org,,not_applicable,\n") !=
              std::string::npos);
        CHECK(csv.find("1,shuyang.html,42,沭阳县人民政府,2025,2021,review_litigation,review,upheld,,blank,\n") !=
              std::string::npos);
    }

    TEST_CASE("fields with commas quotes and line breaks are quoted") {
        auto r = Report::blank(FormatVersion::v2019);
        r.agency = "某局,\"办公室\"\n二处";
        std::string const csv = to_csv({r});
        CHECK(csv.find("\n1,,0,\"某局,\"\"办公室\"\"\n二处\",,2019,") != std::string::npos);
        auto back = try_reports_from_csv(csv);
        REQUIRE_MESSAGE(back.ok(), back.error().to_string());
        REQUIRE(back->size() == 1);
        CHECK((*back)[0].agency == r.agency);
        CHECK_FALSE((*back)[0].year);
        // CRLF line ends read too.
        std::string crlf;
        for (char c : to_csv({Report::blank(FormatVersion::v2021)})) {
            if (c == '\n') crlf += '\r';
            crlf += c;
        }
        auto again = try_reports_from_csv(crlf);
        REQUIRE(again.ok());
        CHECK(again->size() == 1);
    }

    TEST_CASE("an empty file and a header alone hold no reports") {
        REQUIRE(try_reports_from_csv("").ok());
        CHECK(try_reports_from_csv("")->empty());
        REQUIRE(try_reports_from_csv(header).ok());
        CHECK(try_reports_from_csv(header)->empty());
    }

    TEST_CASE("bad lines are reported with line and column") {
        auto const fields = error_of(with_line(3, "1,,0,,,2021,article20,regulations,repealed,,blank"));
        CHECK(fields.code == ErrorCode::csv_syntax);
        CHECK(fields.line == 3);
        CHECK(fields.column == 1);
        CHECK(fields.message == "expected 12 fields, got 11");

        auto const state = error_of(with_line(4, "1,,0,,,2021,article20,regulations,in_force,,empty,"));
        CHECK(state.code == ErrorCode::csv_bad_value);
        CHECK(state.line == 4);
        CHECK(state.column == 45);
        CHECK(state.message == "unknown state \"empty\"");
        CHECK(state.to_string() == "4:45: csv_bad_value: unknown state \"empty\"");

        auto const count = error_of(with_line(2, "1,,0,,,2021,article20,regulations,issued,1.5,value,"));
        CHECK(count.code == ErrorCode::csv_bad_value);
        CHECK(count.line == 2);
        CHECK(count.message == "\"1.5\" is not a 64-bit integer");

        auto const huge = error_of(with_line(2, "1,,0,,,2021,article20,regulations,issued,99999999999999999999,value,"));
        CHECK(huge.message == "\"99999999999999999999\" is not a 64-bit integer");

        auto const row = error_of(with_line(2, "1,,0,,,2021,article20,procurement,projects,,blank,"));
        CHECK(row.code == ErrorCode::csv_bad_value);
        CHECK(row.message == "the 2021 format has no cell article20/procurement/projects");

        auto const dup = error_of(with_line(3, "1,,0,,,2021,article20,regulations,issued,,blank,"));
        CHECK(dup.line == 3);
        CHECK(dup.message == "cell article20/regulations/issued appears twice in report 1");

        auto const unit = error_of(with_line(11, "1,,0,,,2021,article20,fees,amount,12.5,value,"));
        CHECK(unit.line == 11);
        CHECK(unit.message == "money needs a unit of wan_yuan, yuan or unknown, got \"\"");

        auto const quote = error_of(with_line(5, "1,\"a\"b,0,,,2021,article20,regulations,in_force,,blank,"));
        CHECK(quote.code == ErrorCode::csv_syntax);
        CHECK(quote.line == 5);
        CHECK(quote.column == 6);
        CHECK(quote.message == "unexpected character after a closing quote");

        auto const header_bad = error_of("report,agency,year\n");
        CHECK(header_bad.code == ErrorCode::csv_syntax);
        CHECK(header_bad.line == 1);
        // The message names the header the writer writes (both come from one description).
        CHECK(header_bad.message == "the header must read " + header.substr(0, header.size() - 1));
    }

    TEST_CASE("reports must be complete and numbered in order") {
        std::string csv = to_csv({Report::blank(FormatVersion::v2019)});
        auto const last = csv.rfind('\n', csv.size() - 2);
        auto const missing = error_of(csv.substr(0, last + 1));
        CHECK(missing.code == ErrorCode::csv_bad_value);
        CHECK(missing.line == 2);
        CHECK(missing.message == "report 1 lacks the cell review_litigation/litigation_after_review/total");

        auto const skipped = error_of(with_line(2, "2,,0,,,2021,article20,regulations,issued,,blank,"));
        CHECK(skipped.message == "report 2 where report 1 was expected; the lines of a report must "
                                 "be together and numbered from 1");

        auto const agency = error_of(with_line(3, "1,,0,x,,2021,article20,regulations,repealed,,blank,"));
        CHECK(agency.line == 3);
        CHECK(agency.column == 6);
        CHECK(agency.message == "agency differs from the first line of report 1");

        auto const source = error_of(with_line(3, "1,b.txt,0,,,2021,article20,regulations,repealed,,blank,"));
        CHECK(source.column == 3);
        CHECK(source.message == "source differs from the first line of report 1");

        auto const line = error_of(with_line(3, "1,,7,,,2021,article20,regulations,repealed,,blank,"));
        CHECK(line.column == 4);
        CHECK(line.message == "first_line differs from the first line of report 1");

        auto const not_a_line = error_of(with_line(2, "1,,x,,,2021,article20,regulations,issued,,blank,"));
        CHECK(not_a_line.column == 4);
        CHECK(not_a_line.message == "first_line \"x\" is not a line number");
    }

    TEST_CASE("source and first_line identify each report and survive the round trip") {
        auto a = Report::blank(FormatVersion::v2021);
        a.source = "reports/某市,2021.html";  // a comma: the field is quoted
        a.first_line = 12;
        auto b = Report::blank(FormatVersion::v2019);
        b.source = "reports/某市,2021.html";
        b.first_line = 240;
        std::string const csv = to_csv({a, b});
        CHECK(csv.find("\n1,\"reports/某市,2021.html\",12,,,2021,article20,") != std::string::npos);
        CHECK(csv.find("\n2,\"reports/某市,2021.html\",240,,,2019,article20,") != std::string::npos);
        auto back = try_reports_from_csv(csv);
        REQUIRE_MESSAGE(back.ok(), back.error().to_string());
        REQUIRE(back->size() == 2);
        CHECK((*back)[0].source == a.source);
        CHECK((*back)[0].first_line == 12);
        CHECK((*back)[1].first_line == 240);
        CHECK(*back == std::vector<Report>{a, b});  // nothing else was set, so all of it returns
    }

    TEST_CASE("files in the layout without source and first_line are still read") {
        auto r = Report::blank(FormatVersion::v2021);
        r.agency = "某局";
        r.applications.disclosed.total = Cell::of(4);
        std::string csv = to_csv({r});
        // Drop the two fields from every line, as files written before they existed are.
        std::string legacy;
        std::istringstream lines(csv);
        for (std::string line; std::getline(lines, line);) {
            auto const first = line.find(',');
            auto const third = line.find(',', line.find(',', first + 1) + 1);
            legacy += line.substr(0, first) + line.substr(third) + "\n";
        }
        REQUIRE(legacy.starts_with("report,agency,year,format,table,row,column,value,state,unit\n"));
        REQUIRE(legacy.find("\n1,某局,,2021,applications,disclosed,total,4,value,\n") != std::string::npos);
        for (std::string const& text : {legacy, legacy.substr(legacy.find('\n') + 1)}) {
            auto back = try_reports_from_csv(text);
            REQUIRE_MESSAGE(back.ok(), back.error().to_string());
            REQUIRE(back->size() == 1);
            CHECK((*back)[0] == r);
        }
        auto const short_line = error_of(legacy.substr(0, legacy.find('\n') + 1) +
                                         "1,某局,,2021,article20,regulations,issued,,blank\n");
        CHECK(short_line.message == "expected 10 fields, got 9");
    }
}
