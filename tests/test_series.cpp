// Series of one agency across years (series.hpp), on the five reports of seed 002 (聊城市机关事务管理局
// 2019–2023), read both from the golden report documents and by parsing the seed text.
#include "govinfo/series.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/json.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/parse.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

std::string const seed_002 = "002_6174489a5f7162cb";

Report golden(int index) {
    std::string const path = std::string(GOVINFO_TEST_DATA) + "/golden/" + seed_002 + ".r" +
                             std::to_string(index) + ".report.json";
    auto r = try_report_from_json(govinfo::test::read_file(path));
    REQUIRE(r.ok());
    return std::move(r).value();
}

// The five reports in file order: 2023, 2022, 2021, 2020, 2019.
std::vector<Report> golden_reports() {
    std::vector<Report> out;
    for (int i = 1; i <= 5; ++i) out.push_back(golden(i));
    return out;
}

std::vector<Report> parsed_reports() {
    auto parsed = parse_file(std::string(GOVINFO_TEST_DATA) + "/seeds/" + seed_002 + ".txt");
    REQUIRE(parsed.reports.size() == 5);
    return std::move(parsed.reports);
}

Report& of_year(Series& s, int year) {
    auto it = std::find_if(s.reports.begin(), s.reports.end(),
                           [&](Report const& r) { return r.year == year; });
    REQUIRE(it != s.reports.end());
    return *it;
}

std::vector<Finding> with(std::vector<Finding> const& findings, FindingCode code) {
    std::vector<Finding> out;
    for (auto const& f : findings)
        if (f.code == code) out.push_back(f);
    return out;
}

std::vector<Finding> failures(std::vector<Finding> const& findings) {
    std::vector<Finding> out;
    for (auto const& f : findings)
        if (f.severity != Severity::info) out.push_back(f);
    return out;
}

Cell& app(Report& r, ApplicationRow row, ApplicantColumn col) {
    return cell(*find_row(r.applications, row), col);
}

// What the clean series of seed 002 gives: nothing but the five carry-over checks 2019→2020
// that cannot be made, because the 2019 table leaves every organisation column blank.
void check_clean_series(std::vector<Finding> const& findings) {
    CHECK(failures(findings).empty());
    for (auto const& f : failures(findings)) MESSAGE(f.message);
    REQUIRE(findings.size() == 5);
    std::vector<std::string> columns;
    for (auto const& f : findings) {
        CHECK(f.code == FindingCode::series_carry_over);
        CHECK(f.severity == Severity::info);
        CHECK_FALSE(f.evaluable);
        CHECK(f.year == 2020);
        CHECK(f.previous_year == 2019);
        CHECK(f.row == "carried_over");
        CHECK(f.expected == "blank");
        CHECK(f.actual == "0");
        columns.push_back(f.column);
    }
    CHECK(columns == std::vector<std::string>{"commercial_enterprise", "research_institution",
                                              "public_interest_org", "legal_service_org",
                                              "other_org"});
}

}  // namespace

TEST_SUITE("series") {

TEST_CASE("agency_key removes spacing and punctuation and folds full width") {
    CHECK(agency_key("聊城市机关事务管理局") == "聊城市机关事务管理局");
    CHECK(agency_key(" 聊城市　机关事务\t管理局 ") == "聊城市机关事务管理局");
    CHECK(agency_key("聊城市机关事务管理局。") == "聊城市机关事务管理局");
    CHECK(agency_key("中共聊城市委·聊城市人民政府“办公室”") == "中共聊城市委聊城市人民政府办公室");
    CHECK(agency_key("（聊城市）大数据局") == "聊城市大数据局");
    CHECK(agency_key("ＸＹＺ区大数据局") == "xyz区大数据局");
    CHECK(agency_key("【西工区】政务服务和大数据管理局") == "西工区政务服务和大数据管理局");
    CHECK(agency_key("") == "");
    CHECK(agency_key("《》 ，") == "");
}

TEST_CASE("agency_key keeps different agencies apart") {
    CHECK(agency_key("市机关事务管理局") != agency_key("聊城市机关事务管理局"));
    CHECK(agency_key("聊城市大数据局") != agency_key("烟台市大数据局"));
    CHECK(agency_key("聊城市人民政府") != agency_key("聊城市人民政府办公室"));
    CHECK(agency_key("聊城市大数据局") != agency_key("聊城市大数据中心"));
    // An invalid byte is kept as it is, never dropped.
    CHECK(agency_key("局\xA0") == "局\xA0");
}

TEST_CASE("group_series groups by agency in input order and orders each series by year") {
    auto reports = golden_reports();  // 2023 … 2019
    Report other = reports[1];
    other.agency = "烟台市大数据局";
    reports.insert(reports.begin() + 2, other);
    Report spaced = reports[0];
    spaced.agency = "聊城市 机关事务管理局";
    spaced.year = 2018;
    reports.push_back(spaced);
    Report anonymous = reports[0];
    anonymous.agency = "";
    reports.push_back(anonymous);
    reports.push_back(anonymous);

    auto const series = group_series(reports);
    REQUIRE(series.size() == 4);
    CHECK(series[0].key == "聊城市机关事务管理局");
    REQUIRE(series[0].reports.size() == 6);
    std::vector<int> years;
    for (auto const& r : series[0].reports) years.push_back(r.year.value_or(0));
    CHECK(years == std::vector<int>{2018, 2019, 2020, 2021, 2022, 2023});
    CHECK(series[1].key == "烟台市大数据局");
    CHECK(series[1].reports.size() == 1);
    // Reports without an agency are never matched with one another.
    CHECK(series[2].key.empty());
    CHECK(series[2].reports.size() == 1);
    CHECK(series[3].key.empty());
    CHECK(series[3].reports.size() == 1);
}

TEST_CASE("group_series takes the caller's key") {
    auto reports = golden_reports();
    reports[0].agency = "市机关事务管理局";  // the 2023 report names the bureau without the city
    CHECK(group_series(reports).size() == 2);
    auto const series = group_series(reports, [](Report const& r) {
        std::string k = agency_key(r.agency);
        return k.starts_with("市") ? "聊城" + k : k;
    });
    REQUIRE(series.size() == 1);
    CHECK(series[0].key == "聊城市机关事务管理局");
    CHECK(series[0].reports.size() == 5);
}

TEST_CASE("make_series orders by year and undated reports come last") {
    auto reports = golden_reports();
    reports[2].year.reset();  // 2021
    auto const s = make_series(reports);
    CHECK(s.key == "聊城市机关事务管理局");
    REQUIRE(s.reports.size() == 5);
    CHECK(s.reports[0].year == 2019);
    CHECK(s.reports[3].year == 2023);
    CHECK_FALSE(s.reports[4].year.has_value());
    CHECK(make_series(reports, "bureau").key == "bureau");
}

TEST_CASE("seed 002 from the golden documents: the clean series gives no error") {
    check_clean_series(validate_series(make_series(golden_reports())));
}

TEST_CASE("seed 002 parsed from the seed text: the clean series gives no error") {
    auto const series = group_series(parsed_reports());
    REQUIRE(series.size() == 1);
    CHECK(series[0].key == "聊城市机关事务管理局");
    check_clean_series(validate_series(series[0]));
}

TEST_CASE("a broken carry-over is one error for exactly that pair of years") {
    for (bool parsed : {false, true}) {
        CAPTURE(parsed);
        auto s = make_series(parsed ? parsed_reports() : golden_reports());
        app(of_year(s, 2022), ApplicationRow::carried_forward, ApplicantColumn::total) = Cell::of(2);
        auto const findings = validate_series(s);
        auto const errors = failures(findings);
        REQUIRE(errors.size() == 1);
        auto const& f = errors[0];
        CHECK(f.code == FindingCode::series_carry_over);
        CHECK(f.severity == Severity::error);
        CHECK(f.evaluable);
        CHECK(f.year == 2023);
        CHECK(f.previous_year == 2022);
        CHECK(f.table == TableKind::applications);
        CHECK(f.row == "carried_over");
        CHECK(f.column == "total");
        CHECK(f.expected == "2");
        CHECK(f.actual == "0");
        CHECK(f.message ==
              "聊城市机关事务管理局 总计列：2022年四、结转下年度 2，但2023年二、上年结转 0，"
              "上年结转应等于上一年度的结转下年度");
    }
}

TEST_CASE("the carry-over rule runs across the 2020 to 2021 format change") {
    auto s = make_series(golden_reports());
    app(of_year(s, 2021), ApplicationRow::carried_over, ApplicantColumn::natural_person) =
        Cell::of(4);
    auto const errors = failures(validate_series(s));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == FindingCode::series_carry_over);
    CHECK(errors[0].year == 2021);
    CHECK(errors[0].previous_year == 2020);
    CHECK(errors[0].column == "natural_person");
    CHECK(errors[0].expected == "0");
    CHECK(errors[0].actual == "4");
}

TEST_CASE("in force rolls forward 2021 to 2023 and a break is one warning") {
    auto s = make_series(golden_reports());
    // 2021: 1; 2022: 1 + 0 − 0 = 1; 2023: 1 + 1 − 1 = 1.
    CHECK(with(validate_series(s), FindingCode::series_in_force).empty());

    std::get<Article20v2021>(of_year(s, 2023).article20).normative_documents.issued = Cell::of(2);
    auto const found = with(validate_series(s), FindingCode::series_in_force);
    REQUIRE(found.size() == 1);
    auto const& f = found[0];
    CHECK(f.severity == Severity::warning);
    CHECK(f.year == 2023);
    CHECK(f.previous_year == 2022);
    CHECK(f.table == TableKind::article20);
    CHECK(f.row == "normative_documents");
    CHECK(f.column == "in_force");
    CHECK(f.expected == "2");
    CHECK(f.actual == "1");
    CHECK(f.message == "聊城市机关事务管理局 行政规范性文件：2022年现行有效件数 1 + 2023年本年制发件数 2"
                       " − 2023年本年废止件数 1 = 2，但2023年现行有效件数 1");
}

TEST_CASE("a changed in force count shows in both pairs of years it belongs to") {
    auto s = make_series(golden_reports());
    std::get<Article20v2021>(of_year(s, 2022).article20).regulations.in_force = Cell::of(3);
    auto const found = with(validate_series(s), FindingCode::series_in_force);
    REQUIRE(found.size() == 2);
    CHECK(found[0].previous_year == 2021);
    CHECK(found[0].expected == "0");
    CHECK(found[0].actual == "3");
    CHECK(found[1].previous_year == 2022);
    CHECK(found[1].expected == "3");
    CHECK(found[1].actual == "0");
    CHECK(found[1].row == "regulations");
}

TEST_CASE("previous items roll forward 2019 to 2020 only") {
    auto s = make_series(golden_reports());
    CHECK(with(validate_series(s), FindingCode::series_previous_items).empty());
    auto& a = std::get<Article20v2019>(of_year(s, 2019).article20);
    a.licensing.change = Cell::of(-2);
    a.licensing.previous_items = Cell::of(5);  // 2020 should then hold 3 and holds 0
    auto const found = with(validate_series(s), FindingCode::series_previous_items);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].year == 2020);
    CHECK(found[0].previous_year == 2019);
    CHECK(found[0].row == "licensing");
    CHECK(found[0].column == "previous_items");
    CHECK(found[0].expected == "3");
    CHECK(found[0].actual == "0");
    CHECK(found[0].message == "聊城市机关事务管理局 行政许可：2019年上一年项目数量 5 + 2019年本年增/减 -2"
                              " = 3，但2020年上一年项目数量 0");
}

TEST_CASE("across the format change only the carry-over rule applies") {
    auto s = make_series(golden_reports());
    // Nonsense for any Article 20 roll-forward between 2020 (2019 format) and 2021 (2021 format).
    std::get<Article20v2019>(of_year(s, 2020).article20).normative_documents.total_published =
        Cell::of(40);
    std::get<Article20v2019>(of_year(s, 2020).article20).fees.change = Cell::of(7);
    std::get<Article20v2021>(of_year(s, 2021).article20).normative_documents.in_force =
        Cell::of(9);
    for (auto const& f : validate_series(s)) {
        if (f.previous_year != 2020) continue;
        CHECK(f.code == FindingCode::series_carry_over);
    }
    // in_force 9 in 2021 does break 2021→2022.
    auto const found = with(validate_series(s), FindingCode::series_in_force);
    REQUIRE(found.size() == 1);
    CHECK(found[0].previous_year == 2021);
}

TEST_CASE("a missing year is noted and no check spans the gap") {
    auto reports = golden_reports();
    reports.erase(reports.begin() + 2);  // 2021
    auto s = make_series(reports);
    app(of_year(s, 2022), ApplicationRow::carried_over, ApplicantColumn::total) = Cell::of(6);
    auto const findings = validate_series(s);
    auto const missing = with(findings, FindingCode::series_missing_year);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].severity == Severity::info);
    CHECK(missing[0].year == 2022);
    CHECK(missing[0].previous_year == 2020);
    CHECK(missing[0].expected == "2021");
    CHECK(missing[0].message ==
          "聊城市机关事务管理局 缺少 2021 年度报告（2020年与2022年之间），这两年之间的跨年度核对未做");
    CHECK(failures(findings).empty());
    for (auto const& f : findings)
        if (f.year == 2022) CHECK(f.code == FindingCode::series_missing_year);

    reports.erase(reports.begin() + 1, reports.begin() + 3);  // 2022 and 2020 as well
    auto const gap = with(validate_series(make_series(reports)), FindingCode::series_missing_year);
    REQUIRE(gap.size() == 1);
    CHECK(gap[0].expected == "2020,2021,2022");
    CHECK(gap[0].year == 2023);
    CHECK(gap[0].previous_year == 2019);
}

TEST_CASE("a blank input makes the cross-year check not evaluable") {
    auto s = make_series(golden_reports());
    app(of_year(s, 2023), ApplicationRow::carried_over, ApplicantColumn::natural_person) =
        Cell::blank();
    std::get<Article20v2021>(of_year(s, 2022).article20).normative_documents.repealed =
        Cell::not_applicable();
    auto const findings = validate_series(s);
    CHECK(failures(findings).empty());
    auto const carry = with(findings, FindingCode::series_carry_over);
    auto const it = std::find_if(carry.begin(), carry.end(),
                                 [](Finding const& f) { return f.year == 2023; });
    REQUIRE(it != carry.end());
    CHECK_FALSE(it->evaluable);
    CHECK(it->severity == Severity::info);
    CHECK(it->column == "natural_person");
    CHECK(it->expected == "0");
    CHECK(it->actual == "blank");
    CHECK(it->message == "聊城市机关事务管理局 自然人列：2022年四、结转下年度 0 与 "
                         "2023年二、上年结转 空白：含空白单元格，无法核对");
    auto const in_force = with(findings, FindingCode::series_in_force);
    REQUIRE(in_force.size() == 1);
    CHECK_FALSE(in_force[0].evaluable);
    CHECK(in_force[0].year == 2022);
    CHECK(in_force[0].row == "normative_documents");
    CHECK(in_force[0].message.ends_with("含空白或不适用（/）单元格，无法核对"));
}

TEST_CASE("a row that is not applicable in every cell a check reads gives no finding") {
    auto s = make_series(golden_reports());
    for (int y : {2021, 2022, 2023}) {
        auto& a = std::get<Article20v2021>(of_year(s, y).article20);
        a.regulations = {Cell::not_applicable(), Cell::not_applicable(), Cell::not_applicable()};
    }
    CHECK(with(validate_series(s), FindingCode::series_in_force).empty());
}

TEST_CASE("two reports of one year: identical ones count once and different ones are not checked") {
    auto reports = golden_reports();
    reports.push_back(reports[1]);  // 2022 twice, the same tables
    check_clean_series(validate_series(make_series(reports)));

    app(reports.back(), ApplicationRow::carried_over, ApplicantColumn::total) = Cell::of(9);
    app(reports.back(), ApplicationRow::carried_forward, ApplicantColumn::total) = Cell::of(9);
    auto const findings = validate_series(make_series(reports));
    CHECK(failures(findings).empty());
    std::vector<Finding> dup;
    for (auto const& f : findings)
        if (f.year == 2022 || f.previous_year == 2022) dup.push_back(f);
    REQUIRE(dup.size() == 4);  // carry-over and in force, 2021→2022 and 2022→2023
    CHECK(dup[0].code == FindingCode::series_carry_over);
    CHECK(dup[0].previous_year == 2021);
    CHECK_FALSE(dup[0].evaluable);
    CHECK(dup[0].message ==
          "聊城市机关事务管理局 2022年有 2 份表格数据不同的报告，无法确定用哪一份与2021年核对");
    CHECK(dup[1].code == FindingCode::series_in_force);
    CHECK(dup[2].code == FindingCode::series_carry_over);
    CHECK(dup[2].year == 2023);
    CHECK(dup[2].message ==
          "聊城市机关事务管理局 2022年有 2 份表格数据不同的报告，无法确定用哪一份与2023年核对");
    CHECK(dup[3].code == FindingCode::series_in_force);
}

TEST_CASE("a report without a year is left out with an info finding") {
    auto reports = golden_reports();
    reports[0].year.reset();
    reports[0].title = "聊城市机关事务管理局2023年政府信息公开工作年度报告";
    auto const findings = validate_series(make_series(reports));
    auto const undated = with(findings, FindingCode::report_year_missing);
    REQUIRE(undated.size() == 1);
    CHECK(undated[0].severity == Severity::info);
    CHECK_FALSE(undated[0].evaluable);
    CHECK_FALSE(undated[0].year.has_value());
    CHECK(undated[0].message ==
          "聊城市机关事务管理局 一份报告《聊城市机关事务管理局2023年政府信息公开工作年度报告》"
          "（002_6174489a5f7162cb.txt）年度不明，未纳入跨年度核对");
    for (auto const& f : findings) CHECK(f.year != 2023);
}

TEST_CASE("a series without a name speaks without one") {
    auto reports = golden_reports();
    for (auto& r : reports) r.agency.clear();
    reports.erase(reports.begin() + 2);  // 2021
    auto const s = make_series(reports);
    CHECK(s.key.empty());
    auto const missing = with(validate_series(s), FindingCode::series_missing_year);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].message ==
          "缺少 2021 年度报告（2020年与2022年之间），这两年之间的跨年度核对未做");
}

TEST_CASE("a series of one report or none has nothing to say") {
    CHECK(validate_series(Series{}).empty());
    CHECK(validate_series(make_series({golden(1)})).empty());
}

    TEST_CASE("neighbouring years pick among the splits of a glued row") {
        // c06 (2023): 行政规范性文件77132470 splits 21 ways. In force 525 the year before rolls
        // forward only to 77|132|470 (525 + 77 − 132 = 470).
        Report r2023 = parse_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c06.txt").reports.at(0);
        REQUIRE(r2023.year == 2023);
        REQUIRE(std::get<Article20v2021>(r2023.article20).normative_documents.in_force == Cell::blank());
        Report r2022 = Report::blank(FormatVersion::v2021);
        r2022.agency = r2023.agency;
        r2022.year = 2022;
        std::get<Article20v2021>(r2022.article20).normative_documents.in_force = Cell::of(525);
        Series s = make_series({r2022, r2023});
        CHECK(resolve_by_neighbouring_years(s) == 1);
        Report const& got = s.reports.at(1);
        auto const& docs = std::get<Article20v2021>(got.article20).normative_documents;
        CHECK(docs.issued == Cell::of(77));
        CHECK(docs.repealed == Cell::of(132));
        CHECK(docs.in_force == Cell::of(470));
        Finding const* f = nullptr;
        for (auto const& d : got.diagnostics)
            if (d.code == FindingCode::parse_uncertain_cells && d.row == "normative_documents") f = &d;
        REQUIRE(f != nullptr);
        CHECK(f->severity == Severity::info);
        CHECK(f->actual == "77|132|470");
        CHECK(f->message.find("2022年现行有效525件") != std::string::npos);
        // Each decided cell says how in the report's provenance.
        auto const by_evidence = std::count_if(
            got.provenance.begin(), got.provenance.end(), [](CellProvenance const& p) {
                return p.how == CellOrigin::chosen_by_evidence && p.row == "normative_documents";
            });
        CHECK(by_evidence == 3);
        // Deciding again changes nothing.
        CHECK(resolve_by_neighbouring_years(s) == 0);
    }

    TEST_CASE("a neighbour that fits no split or several decides nothing") {
        Report r2023 = parse_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c06.txt").reports.at(0);
        for (std::int64_t before : {100000, -1}) {
            CAPTURE(before);
            Report r2022 = Report::blank(FormatVersion::v2021);
            r2022.agency = r2023.agency;
            r2022.year = 2022;
            // 100000 fits no split; a blank cell is no evidence at all.
            if (before >= 0)
                std::get<Article20v2021>(r2022.article20).normative_documents.in_force = Cell::of(before);
            Series s = make_series({r2022, r2023});
            CHECK(resolve_by_neighbouring_years(s) == 0);
            CHECK(std::get<Article20v2021>(s.reports.at(1).article20).normative_documents.in_force ==
                  Cell::blank());
        }
    }

    TEST_CASE("reports read together are resolved by agency and stay in their order") {
        // c06 (2023) and the year before, with another agency's report between them and the
        // years in reverse order: the batch form groups by agency and sorts by year itself.
        Report r2023 = parse_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c06.txt").reports.at(0);
        Report r2022 = Report::blank(FormatVersion::v2021);
        r2022.agency = r2023.agency;
        r2022.year = 2022;
        std::get<Article20v2021>(r2022.article20).normative_documents.in_force = Cell::of(525);
        Report other = r2022;
        other.agency = "另一个局";
        std::vector<Report> reports{r2023, other, r2022};
        CHECK(resolve_by_neighbouring_years(reports) == 1);
        REQUIRE(reports.size() == 3);
        auto const& docs = std::get<Article20v2021>(reports[0].article20).normative_documents;
        CHECK(docs.in_force == Cell::of(470));
        CHECK(docs.issued == Cell::of(77));
        CHECK(reports[1] == other);
        CHECK(reports[2] == r2022);
        // The same reports under different agencies decide nothing: a key keeps them apart.
        std::vector<Report> apart{r2023, r2022};
        std::size_t calls = 0;
        CHECK(resolve_by_neighbouring_years(apart, [&](Report const& r) {
                  ++calls;
                  return std::to_string(r.year.value_or(0));
              }) == 0);
        CHECK(calls == 2);
        CHECK(apart[0] == r2023);
    }

    TEST_CASE("2019 item counts of the next year pick among the splits of a glued row") {
        // c04: 其他对外管理服务事项100153 splits as 10|0|153, 100|1|53, 100|15|3 or 1001|5|3
        // (上一年项目数量, 本年增/减, 处理决定数量). The next year's 上一年项目数量 101 is 100 + 1.
        Report r = parse_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c04.txt").reports.at(0);
        REQUIRE(r.year);
        Report next = Report::blank(FormatVersion::v2019);
        next.agency = r.agency;
        next.year = *r.year + 1;
        std::get<Article20v2019>(next.article20).other_services.previous_items = Cell::of(101);
        Series s = make_series({r, next});
        CHECK(resolve_by_neighbouring_years(s) == 1);
        auto const& row = std::get<Article20v2019>(s.reports.at(0).article20).other_services;
        CHECK(row.previous_items == Cell::of(100));
        CHECK(row.change == Cell::of(1));
        CHECK(row.decisions == Cell::of(53));
    }

}  // TEST_SUITE
