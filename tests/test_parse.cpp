#include "govinfo/parse.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

using namespace govinfo;

namespace {

std::string const data_dir = GOVINFO_TEST_DATA;

std::string slurp(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

boost::json::object load_expected(std::string const& path) {
    return boost::json::parse(slurp(path)).as_object();
}

// An expected value: a JSON number, null (blank), or a string such as "+17", "246900元", "/".
struct Want {
    CellState state = CellState::blank;
    double number = 0;
};

Want want_of(boost::json::value const& v) {
    Want w;
    if (v.is_null()) return w;
    w.state = CellState::value;
    if (v.is_int64()) w.number = static_cast<double>(v.as_int64());
    else if (v.is_uint64()) w.number = static_cast<double>(v.as_uint64());
    else if (v.is_double()) w.number = v.as_double();
    else if (v.is_string()) {
        std::string s(v.as_string());
        if (s == "/" || s == "-" || s == "—") {
            w.state = CellState::not_applicable;
            return w;
        }
        std::string digits;
        for (char c : s)
            if ((c >= '0' && c <= '9') || c == '.' || c == '-') digits += c;
        w.number = std::stod(digits);
    }
    return w;
}

bool same(Cell const& c, Want const& w) {
    if (c.state != w.state) return false;
    return c.state != CellState::value || static_cast<double>(c.value) == w.number;
}
bool same(MoneyCell const& c, Want const& w) {
    if (c.state != w.state) return false;
    if (c.state != CellState::value) return true;
    double const got = std::stod(c.money.amount.to_string());
    return std::fabs(got - w.number) <= 1e-9 * std::max(1.0, std::fabs(w.number));
}

// Compares every cell of `r` with the expected-values file; returns {matching, total}.
std::pair<int, int> compare_cells(Report const& r, boost::json::object const& want) {
    int ok = 0, total = 0;
    for (auto const& [row_label, cols] : want.at("article20").as_object()) {
        auto row = from_label<Article20Row>(std::string_view(row_label));
        REQUIRE_MESSAGE(row, "unknown Article 20 row " << std::string_view(row_label));
        for (auto const& [col_label, v] : cols.as_object()) {
            auto col = from_label<Article20Column>(std::string_view(col_label));
            REQUIRE_MESSAGE(col, "unknown Article 20 column " << std::string_view(col_label));
            auto ref = article20_cell(r.article20, *row, *col);
            REQUIRE(ref);
            bool const good = std::visit([&](auto const* c) { return same(*c, want_of(v)); }, *ref);
            CHECK_MESSAGE(good, "article20 " << id(*row) << "." << id(*col));
            ok += good;
            ++total;
        }
    }
    for (auto const& [row_label, values] : want.at("applications").as_object()) {
        auto row_id = from_label<ApplicationRow>(std::string_view(row_label));
        REQUIRE_MESSAGE(row_id, "unknown application row " << std::string_view(row_label));
        ApplicantRow const* row = find_row(r.applications, *row_id);
        REQUIRE_MESSAGE(row, "row missing from the table: " << id(*row_id));
        auto const& arr = values.as_array();
        REQUIRE(arr.size() == 7);
        auto cols = all_applicant_columns();
        for (std::size_t c = 0; c < 7; ++c) {
            bool const good = same(cell(*row, cols[c]), want_of(arr[c]));
            CHECK_MESSAGE(good, "applications " << id(*row_id) << "." << id(cols[c]));
            ok += good;
            ++total;
        }
    }
    auto const& rev = want.at("review_litigation").as_array();
    REQUIRE(rev.size() == 15);
    for (std::size_t i = 0; i < 15; ++i) {
        auto g = review_groups()[i / 5];
        auto c = review_columns()[i % 5];
        bool const good = same(cell(group(r.review_litigation, g), c), want_of(rev[i]));
        CHECK_MESSAGE(good, "review_litigation " << id(g) << "." << id(c));
        ok += good;
        ++total;
    }
    return {ok, total};
}

void check_metadata(Report const& r, boost::json::object const& want) {
    CHECK(r.agency == std::string_view(want.at("agency").as_string()));
    REQUIRE(r.year);
    CHECK(*r.year == want.at("year").as_int64());
    CHECK(id(r.format()) == std::string_view(want.at("format").as_string()));
    auto const& p = want.at("statistics_period");
    if (p.is_null()) {
        CHECK_FALSE(r.statistics_period);
    } else {
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->text == std::string_view(p.as_string()));
        CHECK(r.statistics_period->start);
        CHECK(r.statistics_period->end);
    }
}

bool has_finding(Report const& r, FindingCode code, std::uint32_t line) {
    for (auto const& f : r.diagnostics)
        if (f.code == code && f.line == line) return true;
    return false;
}

std::size_t count_findings(Report const& r, FindingCode code) {
    std::size_t n = 0;
    for (auto const& f : r.diagnostics) n += f.code == code;
    return n;
}

ParseResult parse_seed(std::string const& name) {
    return parse_file(data_dir + "/seeds/" + name);
}

}  // namespace

TEST_SUITE("parse") {
    TEST_CASE("seed 000: one cell per line with tab prefixes and wrapped headers") {
        auto const result = parse_seed("000_93777d88a2382c03.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/000_93777d88a2382c03.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        // 10524.26475万元 keeps every digit and its unit.
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.procurement.amount.money.amount.to_string() == "10524.26475");
        CHECK(a.procurement.amount.money.unit == MoneyUnit::wan_yuan);
        CHECK(r.tables_found.size() == 3);
    }

    TEST_CASE("seed 001: tab rows with a table split over two pages") {
        auto const result = parse_seed("001_6f73e57e54ca5cf9.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/001_6f73e57e54ca5cf9.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        CHECK(has_finding(r, FindingCode::parse_extra_cells, 89));    // 16 values for 15 cells
        CHECK(has_finding(r, FindingCode::parse_label_variant, 28));  // 本年度止件数
    }

    TEST_CASE("seed 002: five reports after a guide in pipe rows packed left") {
        auto const result = parse_seed("002_6174489a5f7162cb.txt");
        REQUIRE(result.reports.size() == 5);
        for (int k = 0; k < 5; ++k) {
            CAPTURE(k);
            auto const& r = result.reports[static_cast<std::size_t>(k)];
            auto const want = load_expected(data_dir + "/seeds/expected/002_6174489a5f7162cb.r" +
                                            std::to_string(k + 1) + ".json");
            check_metadata(r, want);
            auto const [ok, total] = compare_cells(r, want);
            CHECK(ok == total);
            CHECK(r.sections.size() == 6);
        }
        auto const& r5 = result.reports[4];
        // "一、本年新收… | 1 | 1" → 自然人 and 总计, inferred from 总计 = row sum, and said so.
        CHECK(has_finding(r5, FindingCode::parse_missing_cells, 445));
        // 2021 report labelled with the 2019 row name.
        CHECK(has_finding(result.reports[2], FindingCode::parse_label_variant, 284));
    }

    TEST_CASE("seed 003: one cell per line ending in a pipe") {
        auto const result = parse_seed("003_efe2eca494f81be5.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/003_efe2eca494f81be5.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        // The period ends in the wrong year: the dates are read as printed.
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->end == Date{2021, 12, 31});
        // 采购总金额(万元): the unit comes from the header.
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.procurement.amount.money.unit == MoneyUnit::wan_yuan);
    }

    TEST_CASE("seed 004: tab rows with blank rows and label variants") {
        auto const result = parse_seed("004_435f754e219edab5.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/seeds/expected/004_435f754e219edab5.json");
        check_metadata(r, want);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
        CHECK(has_finding(r, FindingCode::parse_label_variant, 50));  // 其他法律法规禁止公开
    }

    TEST_CASE("corpus c01: Markdown tables scrambled by a converter") {
        auto const result = parse_file(data_dir + "/corpus/c01.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/corpus/c01.expected.json");
        // The OCR text itself says 沐阳 (for 沭阳); the parser reports what the text says.
        CHECK(r.agency == "沐阳县人民政府");
        CHECK(r.year == 2025);
        CHECK(r.format() == FormatVersion::v2021);
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
    }

    TEST_CASE("corpus c02: pdftotext default mode with detached labels and page breaks") {
        auto const result = parse_file(data_dir + "/corpus/c02.txt");
        REQUIRE(result.reports.size() == 1);
        auto const& r = result.reports[0];
        auto const want = load_expected(data_dir + "/corpus/c02.expected.json");
        CHECK(r.agency == "淮安市人民政府");
        CHECK(r.year == 2024);
        CHECK(r.format() == FormatVersion::v2021);
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->start == Date{2024, 1, 1});
        CHECK(r.statistics_period->end == Date{2024, 12, 31});
        auto const [ok, total] = compare_cells(r, want);
        CHECK(ok == total);
        CHECK(r.sections.size() == 6);
    }
}
