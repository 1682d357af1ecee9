#include "govinfo/json.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <boost/describe/enumerators.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

using govinfo::test::read_file;

std::string const golden_dir = std::string(GOVINFO_TEST_DATA) + "/golden";

std::vector<std::filesystem::path> golden_reports() {
    std::vector<std::filesystem::path> out;
    for (auto const& e : std::filesystem::directory_iterator(golden_dir)) {
        auto const name = e.path().filename().string();
        if (name.size() > 12 && name.ends_with(".report.json")) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

Report golden(std::string const& stem) {
    auto r = try_report_from_json(read_file(golden_dir + "/" + stem + ".report.json"));
    REQUIRE_MESSAGE(r.ok(), r.error().to_string());
    return std::move(r).value();
}

// Replaces the one occurrence of `from` in `text`; fails the test when there is not exactly one.
std::string replace_once(std::string text, std::string const& from, std::string const& to) {
    auto const at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, from);
    return text.replace(at, from.size(), to);
}

// The compact document of a blank report of the format, as a base for broken documents.
std::string blank_doc(FormatVersion f) { return to_json(Report::blank(f)); }

template <class E>
std::vector<std::string> ids_of() {
    std::vector<std::string> out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto e) { out.push_back(e.name); });
    return out;
}

std::vector<std::string> strings(boost::json::value const& v) {
    std::vector<std::string> out;
    for (auto const& x : v.as_array()) out.push_back(std::string(x.as_string()));
    return out;
}

std::vector<std::string> keys(boost::json::value const& v) {
    std::vector<std::string> out;
    for (auto const& kv : v.at("properties").as_object()) out.push_back(std::string(kv.key()));
    return out;
}

Error error_of(std::string const& doc) {
    auto r = try_report_from_json(doc);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

}  // namespace

TEST_SUITE("json") {
    TEST_CASE("every golden report parses and prints byte for byte") {
        auto const files = golden_reports();
        REQUIRE(files.size() >= 15);
        for (auto const& f : files) {
            CAPTURE(f.filename().string());
            std::string const text = read_file(f);
            auto r = try_report_from_json(text);
            REQUIRE_MESSAGE(r.ok(), r.error().to_string());
            CHECK(to_json(*r, {.pretty = true}) == text);
            // The compact form reads back to the same document too.
            auto again = try_report_from_json(to_json(*r));
            REQUIRE(again.ok());
            CHECK(to_json(*again, {.pretty = true}) == text);
        }
    }

    TEST_CASE("golden reports keep format agency year and period") {
        auto const r = golden("003_efe2eca494f81be5");
        CHECK(r.format() == FormatVersion::v2019);
        CHECK(r.agency == "贵阳市大数据发展管理局");
        CHECK(r.year == 2020);
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->text == "2020年1月1日至2021年12月31日");
        CHECK(r.statistics_period->start == Date{2020, 1, 1});
        CHECK(r.statistics_period->end == Date{2021, 12, 31});
        auto const c01 = golden("c01");
        CHECK(c01.format() == FormatVersion::v2021);
        CHECK(c01.agency == "沭阳县人民政府");
        CHECK_FALSE(c01.statistics_period);
        CHECK(c01.review_litigation.litigation_after_review.total == Cell::of(10));
    }

    TEST_CASE("money keeps every digit and its unit") {
        auto const seed = golden("000_93777d88a2382c03");
        auto const& p = std::get<Article20v2019>(seed.article20).procurement;
        REQUIRE(p.amount.has_value());
        CHECK(p.amount.money.amount == Decimal{1052426475, 5});
        CHECK(p.amount.money.amount.to_string() == "10524.26475");
        CHECK(p.amount.money.unit == MoneyUnit::wan_yuan);
        CHECK(p.projects == Cell::of(13));

        auto const c05 = golden("c05");
        auto const& fee = std::get<Article20v2021>(c05.article20).fees.amount;
        REQUIRE(fee.has_value());
        CHECK(fee.money.amount == Decimal{24252311082, 6});
        CHECK(fee.money.unit == MoneyUnit::wan_yuan);
        std::string const text = to_json(c05);
        CHECK(text.find(R"("fees":{"amount":{"amount":"24252.311082","unit":"wan_yuan"}})") !=
              std::string::npos);

        auto r = Report::blank(FormatVersion::v2019);
        std::get<Article20v2019>(r.article20).procurement.amount =
            MoneyCell::of(*Decimal::try_parse("0.50"), MoneyUnit::yuan);
        auto back = try_report_from_json(to_json(r));
        REQUIRE(back.ok());
        auto const& m = std::get<Article20v2019>(back->article20).procurement.amount;
        CHECK(m.money.amount.to_string() == "0.50");
        CHECK(m.money.unit == MoneyUnit::yuan);
    }

    TEST_CASE("blank stays null and not applicable stays distinct") {
        auto r = Report::blank(FormatVersion::v2021);
        r.applications.disclosed.total = Cell::of(0);
        r.applications.disclosed.other_org = Cell::not_applicable();
        std::get<Article20v2021>(r.article20).fees.amount = MoneyCell::not_applicable();
        std::string const text = to_json(r);
        CHECK(text.find(R"("disclosed":{"natural_person":null,)") != std::string::npos);
        CHECK(text.find(R"("other_org":"not_applicable","total":0})") != std::string::npos);
        CHECK(text.find(R"("fees":{"amount":"not_applicable"})") != std::string::npos);
        auto back = try_report_from_json(text);
        REQUIRE(back.ok());
        CHECK(back->applications.disclosed.natural_person.state == CellState::blank);
        CHECK(back->applications.disclosed.other_org.state == CellState::not_applicable);
        CHECK(back->applications.disclosed.total == Cell::of(0));
        CHECK(std::get<Article20v2021>(back->article20).fees.amount.state ==
              CellState::not_applicable);
        CHECK(back->applications.partially_disclosed.total.state == CellState::blank);
    }

    TEST_CASE("rows absent from the format are left out") {
        std::string const v2019 = blank_doc(FormatVersion::v2019);
        std::string const v2021 = blank_doc(FormatVersion::v2021);
        CHECK(v2019.find("\"other_handling\"") != std::string::npos);
        CHECK(v2019.find("\"other_no_correction\"") == std::string::npos);
        CHECK(v2021.find("\"other_handling\"") == std::string::npos);
        CHECK(v2021.find("\"other_fee_unpaid\"") != std::string::npos);
        CHECK(v2019.starts_with(R"({"format":"2019","agency":"","year":null,)"));
        auto r = try_report_from_json(v2021);
        REQUIRE(r.ok());
        CHECK(r->applications.other_other.has_value());
        CHECK_FALSE(r->applications.other_handling.has_value());
    }

    TEST_CASE("extreme counts and signed changes round trip") {
        auto r = Report::blank(FormatVersion::v2019);
        auto& a = std::get<Article20v2019>(r.article20);
        a.licensing.change = Cell::of(-8);
        r.applications.new_received.total = Cell::of(INT64_MAX);
        r.applications.carried_over.total = Cell::of(INT64_MIN);
        auto back = try_report_from_json(to_json(r));
        REQUIRE(back.ok());
        CHECK(std::get<Article20v2019>(back->article20).licensing.change == Cell::of(-8));
        CHECK(back->applications.new_received.total == Cell::of(INT64_MAX));
        CHECK(back->applications.carried_over.total == Cell::of(INT64_MIN));
    }

    TEST_CASE("metadata sections and diagnostics round trip") {
        auto r = Report::blank(FormatVersion::v2021);
        r.agency = "聊城市大数据局";
        r.year = 2021;
        r.title = "标题 \"引号\" \\ 与换行\n";
        r.statistics_period = StatisticsPeriod{"自2021年1月1日起至12月31日止", Date{2021, 1, 1},
                                               std::nullopt};
        r.first_line = 3;
        r.last_line = 4000000000u;
        r.tables_found.push_back({TableKind::applications, 10, 40});
        r.sections.push_back({2, "二、主动公开政府信息情况", "正文", 12});
        Finding f;
        f.code = FindingCode::parse_label_variant;
        f.severity = Severity::info;
        f.table = TableKind::article20;
        f.row = "normative_documents";
        f.message = "规范性文件";
        f.line = 284;
        r.diagnostics.push_back(f);
        std::string const text = to_json(r, {.pretty = true});
        auto back = try_report_from_json(text);
        REQUIRE_MESSAGE(back.ok(), back.error().to_string());
        CHECK(back->title == r.title);
        CHECK(back->last_line == 4000000000u);
        REQUIRE(back->statistics_period);
        CHECK(back->statistics_period->start == Date{2021, 1, 1});
        CHECK_FALSE(back->statistics_period->end);
        REQUIRE(back->tables_found.size() == 1);
        CHECK(back->tables_found[0].table == TableKind::applications);
        CHECK(back->tables_found[0].last_line == 40);
        REQUIRE(back->sections.size() == 1);
        CHECK(back->sections[0].heading == "二、主动公开政府信息情况");
        REQUIRE(back->diagnostics.size() == 1);
        CHECK(back->diagnostics[0].code == FindingCode::parse_label_variant);
        CHECK(back->diagnostics[0].line == 284);
        CHECK(to_json(*back, {.pretty = true}) == text);
    }

    TEST_CASE("pretty output uses two spaces and ends in a newline") {
        std::string const text = to_json(Report::blank(FormatVersion::v2021), {.pretty = true});
        CHECK(text.starts_with("{\n  \"format\": \"2021\",\n  \"agency\": \"\",\n  \"year\": null,\n"));
        CHECK(text.find("  \"tables_found\": [],\n") != std::string::npos);
        CHECK(text.find("\n  \"applications\": {\n    \"new_received\": {\n      "
                        "\"natural_person\": null,\n") != std::string::npos);
        CHECK(text.ends_with("\n  \"diagnostics\": []\n}\n"));
        CHECK(to_json(Report::blank(FormatVersion::v2021)).find('\n') == std::string::npos);
    }

    TEST_CASE("optional keys may be left out") {
        std::string doc = blank_doc(FormatVersion::v2021);
        doc = replace_once(doc, R"("year":null,"statistics_period":null,"title":"","source":"",)", "");
        doc = replace_once(doc, R"(,"sections":[],"diagnostics":[])", "");
        auto r = try_report_from_json(doc);
        REQUIRE_MESSAGE(r.ok(), r.error().to_string());
        CHECK_FALSE(r->year);
        CHECK(r->title.empty());
    }

    TEST_CASE("a value of the wrong type names its path") {
        auto const e = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                             R"("year":null)", R"("year":"2021")"));
        CHECK(e.code == ErrorCode::json_type);
        CHECK(e.path == "/year");
        CHECK(e.message == "expected an integer, got a string");
        CHECK(e.to_string() == "json_type: /year: expected an integer, got a string");

        auto const cell = error_of(replace_once(
            blank_doc(FormatVersion::v2021), R"("disclosed":{"natural_person":null)",
            R"("disclosed":{"natural_person":1.5)"));
        CHECK(cell.code == ErrorCode::json_type);
        CHECK(cell.path == "/applications/disclosed/natural_person");
        CHECK(cell.message ==
              "expected an integer, null or \"not_applicable\", got a number with a fraction or "
              "exponent");

        auto const money = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                                 R"("fees":{"amount":null})",
                                                 R"("fees":{"amount":{"amount":4068.208,"unit":"wan_yuan"}})"));
        CHECK(money.code == ErrorCode::json_type);
        CHECK(money.path == "/article20/fees/amount/amount");
        CHECK(money.message == "expected a decimal amount as a string, got a number with a "
                               "fraction or exponent");

        auto const root = error_of("[]");
        CHECK(root.code == ErrorCode::json_type);
        CHECK(root.path == "");
        CHECK(root.message == "expected an object, got an array");
    }

    TEST_CASE("a missing key names its path") {
        auto const e = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                             R"("disclosed":{"natural_person":null,"commercial_enterprise":null,"research_institution":null,"public_interest_org":null,"legal_service_org":null,"other_org":null,"total":null})",
                                             R"("disclosed":{"natural_person":null,"commercial_enterprise":null,"research_institution":null,"public_interest_org":null,"legal_service_org":null,"other_org":null})"));
        CHECK(e.code == ErrorCode::json_missing_key);
        CHECK(e.path == "/applications/disclosed/total");
        CHECK(e.message == "missing key \"total\"");

        auto const format = error_of(replace_once(blank_doc(FormatVersion::v2019),
                                                  R"("format":"2019",)", ""));
        CHECK(format.code == ErrorCode::json_missing_key);
        CHECK(format.path == "/format");

        auto const row = error_of(replace_once(
            blank_doc(FormatVersion::v2019),
            R"("other_handling":{"natural_person":null,"commercial_enterprise":null,"research_institution":null,"public_interest_org":null,"legal_service_org":null,"other_org":null,"total":null},)",
            ""));
        CHECK(row.code == ErrorCode::json_missing_key);
        CHECK(row.path == "/applications/other_handling");
    }

    TEST_CASE("an unknown key names its path") {
        auto const e = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                             R"("review":{"upheld":null,)",
                                             R"("review":{"up/held~":0,"upheld":null,)"));
        CHECK(e.code == ErrorCode::json_unknown_key);
        CHECK(e.path == "/review_litigation/review/up~1held~0");
        CHECK(e.message == "unknown key \"up/held~\"");
    }

    TEST_CASE("a bad id names its path") {
        auto const unit = error_of(replace_once(
            blank_doc(FormatVersion::v2021), R"("fees":{"amount":null})",
            R"("fees":{"amount":{"amount":"1.5","unit":"yuan_wan"}})"));
        CHECK(unit.code == ErrorCode::json_bad_value);
        CHECK(unit.path == "/article20/fees/amount/unit");
        CHECK(unit.message == "unknown id \"yuan_wan\"");

        auto const format = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                                  R"("format":"2021")", R"("format":"2020")"));
        CHECK(format.code == ErrorCode::json_bad_value);
        CHECK(format.path == "/format");
        CHECK(format.message == "unknown format \"2020\"; expected \"2019\" or \"2021\"");

        auto const na = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                              R"("licensing":{"decisions":null})",
                                              R"("licensing":{"decisions":"/"})"));
        CHECK(na.code == ErrorCode::json_bad_value);
        CHECK(na.path == "/article20/licensing/decisions");
        CHECK(na.message == "expected an integer, null or \"not_applicable\", got \"/\"");

        auto const amount = error_of(replace_once(
            blank_doc(FormatVersion::v2021), R"("fees":{"amount":null})",
            R"("fees":{"amount":{"amount":"1,5","unit":"wan_yuan"}})"));
        CHECK(amount.code == ErrorCode::json_bad_value);
        CHECK(amount.path == "/article20/fees/amount/amount");
        CHECK(amount.message == "not a decimal amount: \"1,5\"");
    }

    TEST_CASE("integers beyond 64 bits are rejected") {
        auto const huge = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                                R"("carried_forward":{"natural_person":null)",
                                                R"("carried_forward":{"natural_person":99999999999999999999)"));
        CHECK(huge.code == ErrorCode::json_bad_value);
        CHECK(huge.path == "/applications/carried_forward/natural_person");
        CHECK(huge.message == "integer out of range: 1E20");

        auto const unsigned_big = error_of(replace_once(
            blank_doc(FormatVersion::v2021), R"("carried_forward":{"natural_person":null)",
            R"("carried_forward":{"natural_person":9223372036854775808)"));
        CHECK(unsigned_big.code == ErrorCode::json_bad_value);
        CHECK(unsigned_big.message == "integer out of range: 9223372036854775808");

        auto const line = error_of(replace_once(blank_doc(FormatVersion::v2021),
                                                R"("first_line":0)", R"("first_line":-1)"));
        CHECK(line.code == ErrorCode::json_bad_value);
        CHECK(line.path == "/first_line");
        CHECK(line.message == "integer out of range: -1");
    }

    TEST_CASE("a 2021 table may hold the single （六）其他处理 row its report printed") {
        std::string const row =
            R"({"natural_person":2,"commercial_enterprise":null,"research_institution":null,"public_interest_org":null,"legal_service_org":null,"other_org":null,"total":2})";
        auto const r = try_report_from_json(replace_once(blank_doc(FormatVersion::v2021),
                                                     R"("outcome_total":{)",
                                                     R"("other_handling":)" + row +
                                                         R"(,"outcome_total":{)"));
        REQUIRE(r.ok());
        REQUIRE(r->applications.other_handling.has_value());
        CHECK(r->applications.other_handling->total == Cell::of(2));
        CHECK(r->applications.other_other.has_value());  // the sub-rows stay, blank
        // Written back in table order, just before the sub-rows, and read again the same.
        std::string const text = to_json(*r);
        CHECK(text.find("\"other_handling\"") < text.find("\"other_no_correction\""));
        auto const again = try_report_from_json(text);
        REQUIRE(again.ok());
        CHECK(*again == *r);
        // null means not printed.
        auto const none = try_report_from_json(replace_once(blank_doc(FormatVersion::v2021),
                                                        R"("outcome_total":{)",
                                                        R"("other_handling":null,"outcome_total":{)"));
        REQUIRE(none.ok());
        CHECK_FALSE(none->applications.other_handling.has_value());
    }

    TEST_CASE("a row of the other format is rejected") {
        auto const e = error_of(replace_once(
            blank_doc(FormatVersion::v2019), R"("outcome_total":{)",
            R"("other_other":{"natural_person":null,"commercial_enterprise":null,"research_institution":null,"public_interest_org":null,"legal_service_org":null,"other_org":null,"total":null},"outcome_total":{)"));
        CHECK(e.code == ErrorCode::json_unknown_key);
        CHECK(e.path == "/applications/other_other");
        CHECK(e.message == "row other_other does not belong to the 2019 format");

        // Article 20 of the 2019 format under a 2021 report: its rows are unknown keys.
        std::string const a20_2019 = blank_doc(FormatVersion::v2019);
        auto const b = a20_2019.find("\"article20\":");
        auto const end = a20_2019.find(",\"applications\":");
        std::string doc = blank_doc(FormatVersion::v2021);
        auto const b2 = doc.find("\"article20\":");
        auto const end2 = doc.find(",\"applications\":");
        doc.replace(b2, end2 - b2, a20_2019.substr(b, end - b));
        auto const a20 = error_of(doc);
        CHECK(a20.code == ErrorCode::json_unknown_key);
        CHECK(a20.path == "/article20/other_services");
    }

    TEST_CASE("a syntax error carries line and column") {
        std::string const doc = "{\n  \"format\": \"2021\",\n  \"agency\": 聊城 \n}";
        auto const e = error_of(doc);
        CHECK(e.code == ErrorCode::json_syntax);
        CHECK(e.line == 3);
        CHECK(e.column == 13);
        CHECK(e.offset == doc.find("聊"));
        CHECK(e.message == "not a JSON document: syntax error");
        CHECK(e.to_string() == "3:13: json_syntax: not a JSON document: syntax error");

        auto const truncated = error_of("{\"format\": \"2021\"");
        CHECK(truncated.code == ErrorCode::json_syntax);
        CHECK(truncated.line == 1);
        CHECK(truncated.column == 18);

        auto const trailing = error_of(blank_doc(FormatVersion::v2021) + " x");
        CHECK(trailing.code == ErrorCode::json_syntax);
        CHECK(trailing.message == "not a JSON document: extra data");
    }

    TEST_CASE("a key named twice in one object is refused with its path") {
        // Boost.JSON keeps the last of duplicate keys: {"year": 2021, "year": 2022} read as 2022.
        std::string const blank = blank_doc(FormatVersion::v2021);
        auto twice = [&](std::string const& once, std::string const& both) {
            std::string doc = blank;
            auto const at = doc.find(once);
            REQUIRE(at != std::string::npos);
            doc.replace(at, once.size(), both);
            return doc;
        };
        std::string const year = twice("\"year\":null", "\"year\":2021,\"year\":2022");
        auto const e = error_of(year);
        CHECK(e.code == ErrorCode::json_syntax);
        CHECK(e.path == "/year");
        CHECK(e.message == "duplicate key \"year\": an object names it twice");
        auto const second_key = year.find("\"year\":2022");  // the error points into it
        CHECK(e.offset > second_key);
        CHECK(e.offset <= second_key + std::string("\"year\"").size());
        CHECK(e.line == 1);

        auto const nested = error_of(twice("\"disclosed\":{\"natural_person\":null",
                                           "\"disclosed\":{\"natural_person\":1,"
                                           "\"natural_person\":null"));
        CHECK(nested.code == ErrorCode::json_syntax);
        CHECK(nested.path == "/applications/disclosed/natural_person");

        auto const format = error_of(twice("{\"format\":\"2021\"", "{\"format\":\"2021\",\"format\":\"2019\""));
        CHECK(format.path == "/format");

        // The same key in two objects is no duplicate; in an array element it is named by index.
        std::vector<Finding> fs(2);
        std::string findings = to_json(fs);
        REQUIRE(try_findings_from_json(findings).ok());
        auto const second = findings.rfind("\"line\":0");
        findings.replace(second, 8, "\"line\":0,\"line\":7");
        auto const f = try_findings_from_json(findings);
        REQUIRE_FALSE(f.ok());
        CHECK(f.error().code == ErrorCode::json_syntax);
        CHECK(f.error().path == "/1/line");
        auto const reports = try_reports_from_json("[" + blank + "," + year + "]");
        REQUIRE_FALSE(reports.ok());
        CHECK(reports.error().path == "/1/year");
    }

    TEST_CASE("the throwing twin throws the error") {
        CHECK_THROWS_WITH_AS(report_from_json("{}"), "json_missing_key: /format: missing key \"format\"",
                             Exception);
        CHECK(report_from_json(blank_doc(FormatVersion::v2019)).format() == FormatVersion::v2019);
    }

    TEST_CASE("arrays of reports round trip and name the element") {
        std::vector<Report> reports{golden("c03"), golden("002_6174489a5f7162cb.r1")};
        std::string const text = to_json(reports, {.pretty = true});
        CHECK(text.starts_with("[\n  {\n    \"format\": \"2019\",\n"));
        auto back = try_reports_from_json(text);
        REQUIRE(back.ok());
        REQUIRE(back->size() == 2);
        CHECK(to_json((*back)[0]) == to_json(reports[0]));
        CHECK(to_json((*back)[1]) == to_json(reports[1]));

        std::string bad = to_json(reports);
        auto const second = bad.find("{\"format\":\"2021\"");
        REQUIRE(second != std::string::npos);
        bad.replace(second, 16, "{\"format\":2021");
        auto const e = try_reports_from_json(bad);
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().path == "/1/format");
        CHECK(e.error().message == "expected a string, got an integer");
        CHECK(try_reports_from_json("{}").error().message == "expected an array of reports, got an object");
    }

    TEST_CASE("a finding's PDF page and box round trip and may be left out") {
        std::vector<Finding> fs(1);
        fs[0].code = FindingCode::app_row_total;
        fs[0].page = 3;
        fs[0].box = Box{72.5, 100, 300.25, 112};
        auto back = try_findings_from_json(to_json(fs));
        REQUIRE_MESSAGE(back.ok(), back.error().to_string());
        REQUIRE(back->size() == 1);
        CHECK((*back)[0].page == 3);
        REQUIRE((*back)[0].box.has_value());
        CHECK(*(*back)[0].box == Box{72.5, 100, 300.25, 112});
        // Written before PDF sources existed: no page, no box.
        auto old = try_findings_from_json(
            R"([{"code":"app_row_total","severity":"error","evaluable":true,"table":"report","row":"","column":"","expected":"","actual":"","message":"","line":4}])");
        REQUIRE_MESSAGE(old.ok(), old.error().to_string());
        CHECK((*old)[0].line == 4);
        CHECK((*old)[0].page == 0);
        CHECK_FALSE((*old)[0].box.has_value());
        auto bad = try_findings_from_json(
            R"([{"code":"app_row_total","severity":"error","evaluable":true,"table":"report","row":"","column":"","expected":"","actual":"","message":"","line":4,"box":{"left":"x","top":0,"right":1,"bottom":1}}])");
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().path == "/0/box/left");
    }

    TEST_CASE("findings round trip and are checked") {
        std::string const text = read_file(golden_dir + "/findings_example.json");
        auto findings = try_findings_from_json(text);
        REQUIRE_MESSAGE(findings.ok(), findings.error().to_string());
        REQUIRE(findings->size() >= 2);
        CHECK(to_json(*findings, {.pretty = true}) == text);
        CHECK((*findings)[0].code == FindingCode::app_balance);

        std::vector<Finding> fs(1);
        fs[0].code = FindingCode::series_carry_over;
        fs[0].severity = Severity::warning;
        fs[0].evaluable = false;
        fs[0].year = 2023;
        fs[0].previous_year = 2022;
        std::string const compact = to_json(fs);
        CHECK(compact ==
              R"([{"code":"series_carry_over","severity":"warning","evaluable":false,"table":"report","row":"","column":"","expected":"","actual":"","message":"","line":0,"page":0,"box":null,"year":2023,"previous_year":2022,"occurrences":1,"more_lines":[]}])");
        auto back = try_findings_from_json(compact);
        REQUIRE(back.ok());
        CHECK((*back)[0].previous_year == 2022);
        CHECK_FALSE((*back)[0].evaluable);

        // A folded finding keeps its count and lines; documents written before these two keys
        // existed still read, as one occurrence.
        fs[0].occurrences = 16000;
        fs[0].line = 2;
        fs[0].more_lines = {3, 4};
        auto folded = try_findings_from_json(to_json(fs));
        REQUIRE(folded.ok());
        CHECK((*folded)[0].occurrences == 16000);
        CHECK((*folded)[0].more_lines == std::vector<std::uint32_t>{3, 4});
        auto older = try_findings_from_json(
            R"([{"code":"app_balance","severity":"error","evaluable":true,"table":"report","row":"","column":"","expected":"","actual":"","message":"","line":5}])");
        REQUIRE(older.ok());
        CHECK((*older)[0].occurrences == 1);
        CHECK((*older)[0].more_lines.empty());

        auto const bad = try_findings_from_json(
            R"([{"code":"app_balance","severity":"fatal","evaluable":true,"table":"report","row":"","column":"","expected":"","actual":"","message":"","line":0}])");
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().code == ErrorCode::json_bad_value);
        CHECK(bad.error().path == "/0/severity");
        CHECK(bad.error().message == "unknown id \"fatal\"");
    }

    TEST_CASE("the schemas list exactly the ids of the model") {
        auto const schema =
            boost::json::parse(read_file(std::string(GOVINFO_SOURCE_DIR) + "/schemas/report.schema.json"));
        auto const& defs = schema.at("$defs");
        CHECK(strings(defs.at("money_unit").at("enum")) == ids_of<MoneyUnit>());
        CHECK(strings(defs.at("severity").at("enum")) == ids_of<Severity>());
        CHECK(strings(defs.at("table_kind").at("enum")) == ids_of<TableKind>());
        CHECK(strings(defs.at("finding_code").at("enum")) == ids_of<FindingCode>());
        CHECK(strings(defs.at("cell_origin").at("enum")) == ids_of<CellOrigin>());
        CHECK(keys(defs.at("cell_provenance")) == std::vector<std::string>{"table", "row", "column", "how", "detail"});
        CHECK(keys(defs.at("applicant_row")) == ids_of<ApplicantColumn>());
        CHECK(keys(defs.at("review_litigation")) == ids_of<ReviewGroup>());
        CHECK(keys(defs.at("review_outcomes")) == ids_of<ReviewColumn>());
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            std::string const fid(id(f));
            CAPTURE(fid);
            // Every row a table of the format may hold (2021: also the single （六）其他处理).
            ApplicationTable with_single_other;
            with_single_other.other_handling = ApplicantRow{};
            std::vector<std::string> rows;
            for (auto r : application_rows(f, with_single_other)) rows.emplace_back(id(r));
            CHECK(keys(defs.at("applications_" + fid)) == rows);
            auto const& a20 = defs.at("article20_" + fid);
            // Every row the tables may hold (2019: also the provincial other_documents, which
            // may be null).
            Article20 with_other_documents = Report::blank(f).article20;
            if (auto* a = std::get_if<Article20v2019>(&with_other_documents))
                a->other_documents = DocumentCounts2019{};
            std::vector<std::string> a20_rows;
            for (auto r : article20_rows(f, with_other_documents)) {
                a20_rows.emplace_back(id(r));
                std::vector<std::string> cols;
                for (auto c : article20_columns(f, r)) cols.emplace_back(id(c));
                auto const& row = a20.at("properties").at(id(r));
                if (r == Article20Row::other_documents) {
                    REQUIRE(row.at("oneOf").as_array().size() == 2);
                    CHECK(keys(row.at("oneOf").at(0)) == cols);
                } else {
                    CHECK(keys(row) == cols);
                }
            }
            CHECK(keys(a20) == a20_rows);
            // The report keys are the document's keys, in the order to_json writes them.
            std::vector<std::string> report_keys;
            auto const doc = boost::json::parse(to_json(Report::blank(f)));
            for (auto const& kv : doc.as_object()) report_keys.emplace_back(kv.key());
            report_keys.emplace_back("provenance");  // written only when not empty
            CHECK(keys(defs.at("report_" + fid)) == report_keys);
        }
        auto const findings =
            boost::json::parse(read_file(std::string(GOVINFO_SOURCE_DIR) + "/schemas/findings.schema.json"));
        CHECK(findings.at("$defs").at("finding") == defs.at("finding"));
        CHECK(strings(findings.at("$defs").at("finding_code").at("enum")) == ids_of<FindingCode>());
    }
}
