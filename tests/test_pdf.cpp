// The PDF reader: reports as agencies publish them (tests/data/office/, see its README), the
// Document they become, and PDF files that cannot be read. Without the GOVINFO_WITH_PDF build
// option every PDF is refused with unsupported_format, which the last case checks instead.
#include "govinfo/read_document.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "golden_report.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/validate.hpp"

using namespace govinfo;

namespace {

std::string const data_dir = GOVINFO_TEST_DATA;

std::string slurp(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string show(Cell const& c) {
    if (c.state == CellState::blank) return "blank";
    if (c.state == CellState::not_applicable) return "not_applicable";
    return std::to_string(c.value);
}
std::string show(MoneyCell const& c) {
    if (c.state == CellState::blank) return "blank";
    if (c.state == CellState::not_applicable) return "not_applicable";
    return c.money.amount.to_string() + " " + std::string(id(c.money.unit));
}

// Every cell of `got` against `want`, except those `skip` names ("applications/new_received/
// total"): each is checked to be blank instead. Returns the number of cells compared equal.
int compare_every_cell(Report const& got, Report const& want, std::set<std::string> const& skip = {}) {
    std::vector<std::pair<std::string, std::string>> seen;
    for_each_cell(got, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        seen.emplace_back(std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col), show(c));
    });
    int equal = 0;
    std::size_t k = 0;
    for_each_cell(want, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        std::string const key = std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col);
        REQUIRE(k < seen.size());
        auto const& [got_key, got_value] = seen[k++];
        REQUIRE(got_key == key);
        std::string const expected = skip.count(key) ? "blank" : show(c);
        CHECK_MESSAGE(got_value == expected, key << ": got " << got_value << ", expected " << expected);
        equal += got_value == expected;
    });
    return equal;
}

// Error findings (the agency published something wrong) of the report read from a PDF are those
// of the golden report: the reader adds none.
void check_no_error_caused_by_reader(Report const& got, Report const& want) {
    for (Finding const& f : got.diagnostics)
        CHECK_MESSAGE(f.severity != Severity::error, id(f.code) << ": " << f.message);
    std::multiset<std::string> expected, actual;
    for (Finding const& f : validate(want))
        if (f.severity == Severity::error) expected.insert(std::string(id(f.code)) + " " + f.row + " " + f.column);
    for (Finding const& f : validate(got))
        if (f.severity == Severity::error) actual.insert(std::string(id(f.code)) + " " + f.row + " " + f.column);
    CHECK(actual == expected);
}

Report only_report(ParseResult const& result) {
    REQUIRE(result.reports.size() == 1);
    return result.reports.front();
}

DocumentTable const* table_with(Document const& d, std::string_view text) {
    for (Block const& b : d.blocks)
        if (auto const* t = std::get_if<DocumentTable>(&b))
            for (DocumentCell const& c : t->cells)
                if (c.text == text) return t;
    return nullptr;
}

DocumentCell const* cell_with(DocumentTable const& t, std::string_view text) {
    for (DocumentCell const& c : t.cells)
        if (c.text == text) return &c;
    return nullptr;
}

}  // namespace

TEST_SUITE("pdf") {
    TEST_CASE("c02.pdf made by WPS: every cell equals its expected value") {
        if (!pdf_supported()) return;
        ParseResult const result = parse_file(data_dir + "/office/c02.pdf");
        CHECK(result.diagnostics.empty());
        Report const r = only_report(result);
        Report const want = test::golden_report("c02");
        CHECK(r.agency == "淮安市人民政府");
        CHECK(r.year == 2024);
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->start == Date{2024, 1, 1});
        CHECK(r.statistics_period->end == Date{2024, 12, 31});
        CHECK(r.sections.size() == 6);
        CHECK(compare_every_cell(r, want) == 200);
        check_no_error_caused_by_reader(r, want);
        for (Finding const& f : r.diagnostics) CHECK_MESSAGE(false, id(f.code) << ": " << f.message);
    }

    TEST_CASE("c03.chromium.pdf printed by a browser: every cell equals its expected value") {
        if (!pdf_supported()) return;
        ParseResult const result = parse_file(data_dir + "/office/c03.chromium.pdf");
        CHECK(result.diagnostics.empty());
        Report const r = only_report(result);
        Report const want = test::golden_report("c03");
        CHECK(r.agency == "上海市人民政府办公厅");
        CHECK(r.year == 2019);
        CHECK(r.sections.size() == 6);
        CHECK(compare_every_cell(r, want) > 0);
        check_no_error_caused_by_reader(r, want);
        for (Finding const& f : r.diagnostics) CHECK_MESSAGE(false, id(f.code) << ": " << f.message);
    }
}
