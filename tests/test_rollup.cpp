// Rollups (rollup.hpp): reports of one year and format summed cell by cell, and a published
// report compared with the sum. Inputs are the golden reports of seed 002, relabelled as
// departments of one year.
#include "govinfo/rollup.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/json.hpp"
#include "govinfo/labels.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

Report golden(int index) {
    std::string const path = std::string(GOVINFO_TEST_DATA) + "/golden/002_6174489a5f7162cb.r" +
                             std::to_string(index) + ".report.json";
    auto r = try_report_from_json(govinfo::test::read_file(path));
    REQUIRE(r.ok());
    return std::move(r).value();
}

// Golden report `index` as the report of department `agency` for `year`.
Report department(int index, std::string agency, int year) {
    Report r = golden(index);
    r.agency = std::move(agency);
    r.year = year;
    return r;
}

// Three 2021-format departments of 2023: seed 002 r1 (2023), r2 (2022) and r3 (2021).
std::vector<Report> three_departments() {
    return {department(1, "甲局", 2023), department(2, "乙局", 2023), department(3, "丙局", 2023)};
}

Cell const& app(Report const& r, ApplicationRow row, ApplicantColumn col) {
    return cell(*find_row(r.applications, row), col);
}
Cell& app(Report& r, ApplicationRow row, ApplicantColumn col) {
    return cell(*find_row(r.applications, row), col);
}

Article20v2021& a21(Report& r) { return std::get<Article20v2021>(r.article20); }
Article20v2019& a19(Report& r) { return std::get<Article20v2019>(r.article20); }

}  // namespace

TEST_SUITE("rollup") {

TEST_CASE("three reports sum cell by cell") {
    auto const parts = three_departments();
    auto const sum = try_rollup(parts, "聊城市各部门");
    REQUIRE(sum.ok());
    CHECK(sum->agency == "聊城市各部门");
    CHECK(sum->year == 2023);
    CHECK(sum->format() == FormatVersion::v2021);
    CHECK(sum->title.empty());
    CHECK(sum->diagnostics.empty());

    using R = ApplicationRow;
    using C = ApplicantColumn;
    CHECK(app(*sum, R::new_received, C::natural_person) == Cell::of(5));  // 3 + 1 + 1
    CHECK(app(*sum, R::new_received, C::legal_service_org) == Cell::of(1));  // 0 + 1 + 0
    CHECK(app(*sum, R::new_received, C::total) == Cell::of(6));            // 3 + 2 + 1
    CHECK(app(*sum, R::carried_forward, C::total) == Cell::of(1));         // 1 + 0 + 0
    auto const& a = std::get<Article20v2021>(sum->article20);
    CHECK(a.normative_documents.in_force == Cell::of(3));
    CHECK(a.normative_documents.issued == Cell::of(1));
    CHECK(a.fees.amount == MoneyCell::of(*Decimal::try_parse("0"), MoneyUnit::wan_yuan));
    CHECK(sum->review_litigation.review.total == Cell::of(0));

    // Every count cell is the sum of the three.
    std::size_t checked = 0;
    for_each_cell(*sum, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, Cell>) {
            std::int64_t expected = 0;
            for (auto const& p : parts)
                for_each_cell(p, [&](TableKind pt, std::string_view pr, std::string_view pc,
                                     auto const& pcell) {
                    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(pcell)>, Cell>)
                        if (pt == t && pr == row && pc == col) expected += pcell.value;
                });
            CHECK(c == Cell::of(expected));
            ++checked;
        }
    });
    CHECK(checked == 9 + 25 * 7 + 15);
}

TEST_CASE("two reports sum and the throwing twin gives the same") {
    std::vector<Report> const parts{department(1, "甲局", 2023), department(2, "乙局", 2023)};
    auto const sum = rollup(parts);
    CHECK(sum.agency.empty());
    CHECK(app(sum, ApplicationRow::outcome_total, ApplicantColumn::total) == Cell::of(4));  // 2 + 2
    CHECK(app(sum, ApplicationRow::disclosed, ApplicantColumn::natural_person) == Cell::of(3));
}

TEST_CASE("a blank input makes the sum blank") {
    // Seed 002 r5 (2019) leaves the organisation columns and （七）总计 blank.
    std::vector<Report> const parts{department(5, "甲局", 2019), department(4, "乙局", 2019)};
    auto const sum = try_rollup(parts);
    REQUIRE(sum.ok());
    using R = ApplicationRow;
    using C = ApplicantColumn;
    CHECK(app(*sum, R::new_received, C::natural_person) == Cell::of(4));  // 1 + 3
    CHECK(app(*sum, R::new_received, C::total) == Cell::of(4));
    CHECK(app(*sum, R::new_received, C::commercial_enterprise) == Cell::blank());
    CHECK(app(*sum, R::outcome_total, C::natural_person) == Cell::blank());  // blank + 3
    CHECK(app(*sum, R::outcome_total, C::total) == Cell::blank());
    CHECK(sum->diagnostics.empty());  // a blank addend needs no explaining
    // 采购总金额: "0" without a unit and 177.1万元; 0 is 0 in any unit.
    auto const& a = std::get<Article20v2019>(sum->article20);
    CHECK(a.procurement.projects == Cell::of(2));
    CHECK(a.procurement.amount == MoneyCell::of(*Decimal::try_parse("177.1"), MoneyUnit::wan_yuan));
}

TEST_CASE("not applicable in every input stays not applicable and in some makes the sum blank") {
    auto parts = three_departments();
    for (auto& p : parts)
        a21(p).regulations = {Cell::not_applicable(), Cell::not_applicable(),
                              Cell::not_applicable()};
    a21(parts[1]).penalty.decisions = Cell::not_applicable();
    app(parts[2], ApplicationRow::declined_duplicate, ApplicantColumn::other_org) =
        Cell::not_applicable();
    auto const sum = try_rollup(parts);
    REQUIRE(sum.ok());
    auto const& a = std::get<Article20v2021>(sum->article20);
    CHECK(a.regulations.issued == Cell::not_applicable());
    CHECK(a.regulations.in_force == Cell::not_applicable());
    CHECK(a.penalty.decisions == Cell::blank());
    CHECK(app(*sum, ApplicationRow::declined_duplicate, ApplicantColumn::other_org) ==
          Cell::blank());
    REQUIRE(sum->diagnostics.size() == 2);
    auto const& d = sum->diagnostics[0];
    CHECK(d.code == FindingCode::rollup_mismatch);
    CHECK(d.severity == Severity::info);
    CHECK_FALSE(d.evaluable);
    CHECK(d.table == TableKind::article20);
    CHECK(d.row == "penalty");
    CHECK(d.column == "decisions");
    CHECK(d.actual == "not_applicable: 1");
    CHECK(d.year == 2023);
    CHECK(d.message ==
          "行政处罚 本年处理决定数量：3 份报告中有 1 份填写“/”（不适用），其余为数字，合计无法确定，留空");
    CHECK(sum->diagnostics[1].table == TableKind::applications);
    CHECK(sum->diagnostics[1].row == "declined_duplicate");
    CHECK(sum->diagnostics[1].column == "other_org");
}

TEST_CASE("money sums exactly and converts 元 to 万元 exactly") {
    Report a = Report::blank(FormatVersion::v2021), b = a, c = a;
    for (auto* r : {&a, &b, &c}) r->year = 2023;
    a21(a).fees.amount = MoneyCell::of(*Decimal::try_parse("10524.26475"), MoneyUnit::wan_yuan);
    a21(b).fees.amount = MoneyCell::of(*Decimal::try_parse("0.00001"), MoneyUnit::wan_yuan);
    a21(c).fees.amount = MoneyCell::of(*Decimal::try_parse("0.5"), MoneyUnit::yuan);  // 0.00005 万元
    auto const sum = try_rollup({a, b, c});
    REQUIRE(sum.ok());
    auto const& fee = std::get<Article20v2021>(sum->article20).fees.amount;
    REQUIRE(fee.has_value());
    CHECK(fee.money.unit == MoneyUnit::wan_yuan);
    CHECK(fee.money.amount.to_string() == "10524.26481");

    Report p = Report::blank(FormatVersion::v2019), q = p, s = p;
    for (auto* r : {&p, &q, &s}) r->year = 2020;
    a19(p).procurement.amount = MoneyCell::of(*Decimal::try_parse("177.1"), MoneyUnit::wan_yuan);
    a19(q).procurement.amount = MoneyCell::of(*Decimal::try_parse("251000"), MoneyUnit::yuan);
    auto const mixed = try_rollup({p, q});
    REQUIRE(mixed.ok());
    CHECK(std::get<Article20v2019>(mixed->article20).procurement.amount ==
          MoneyCell::of(*Decimal::try_parse("202.2"), MoneyUnit::wan_yuan));

    a19(p).procurement.amount = MoneyCell::of(*Decimal::try_parse("5"), MoneyUnit::yuan);
    auto const yuan = try_rollup({p, q});
    REQUIRE(yuan.ok());
    CHECK(std::get<Article20v2019>(yuan->article20).procurement.amount ==
          MoneyCell::of(*Decimal::try_parse("251005"), MoneyUnit::yuan));
}

TEST_CASE("amounts of unknown unit are added only when nothing else is non-zero") {
    Report p = Report::blank(FormatVersion::v2019), q = p, s = p;
    for (auto* r : {&p, &q, &s}) r->year = 2020;
    a19(p).procurement.amount = MoneyCell::of(*Decimal::try_parse("251000"), MoneyUnit::unknown);
    a19(q).procurement.amount = MoneyCell::of(*Decimal::try_parse("0"), MoneyUnit::wan_yuan);
    a19(s).procurement.amount = MoneyCell::of(*Decimal::try_parse("0.00"), MoneyUnit::unknown);
    auto const one = try_rollup({p, q, s});
    REQUIRE(one.ok());
    CHECK(std::get<Article20v2019>(one->article20).procurement.amount ==
          MoneyCell::of(*Decimal::try_parse("251000.00"), MoneyUnit::unknown));
    CHECK(one->diagnostics.empty());

    a19(q).procurement.amount = MoneyCell::of(*Decimal::try_parse("3"), MoneyUnit::wan_yuan);
    auto const two = try_rollup({p, q, s});
    REQUIRE(two.ok());
    CHECK(std::get<Article20v2019>(two->article20).procurement.amount == MoneyCell::blank());
    REQUIRE(two->diagnostics.size() == 1);
    CHECK(two->diagnostics[0].row == "procurement");
    CHECK(two->diagnostics[0].column == "amount");
    CHECK(two->diagnostics[0].message ==
          "政府集中采购 采购总金额：2 个非零金额中有 1 个未注明单位，无法相加，合计留空");
}

TEST_CASE("mixed formats or years and empty input are refused naming the report") {
    auto const formats = try_rollup({department(1, "甲局", 2020), department(4, "乙局", 2020)});
    REQUIRE_FALSE(formats.ok());
    CHECK(formats.error().code == ErrorCode::rollup_mixed);
    CHECK(formats.error().message ==
          "report 2 (乙局, 002_6174489a5f7162cb.txt) is in the 2019 format but report 1 (甲局, "
          "002_6174489a5f7162cb.txt) is in the 2021 format; a rollup sums reports of one format");

    auto const years = try_rollup({golden(1), golden(2), golden(3)});
    REQUIRE_FALSE(years.ok());
    CHECK(years.error().code == ErrorCode::rollup_mixed);
    CHECK(years.error().message ==
          "report 2 (聊城市机关事务管理局, 002_6174489a5f7162cb.txt) is for 2022 but report 1 "
          "(聊城市机关事务管理局, 002_6174489a5f7162cb.txt) is for 2023; a rollup sums reports of "
          "one year");
    CHECK(years.error().to_string().starts_with("rollup_mixed: report 2 "));

    Report undated = Report::blank(FormatVersion::v2021);
    auto const no_year = try_rollup({department(1, "甲局", 2023), undated});
    REQUIRE_FALSE(no_year.ok());
    CHECK(no_year.error().message == "report 2 has no year; a rollup sums reports of one year");

    auto const none = try_rollup({});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::no_report);
    CHECK(none.error().message == "no reports to sum");
    CHECK_THROWS_AS(rollup({}), Exception);
}

TEST_CASE("a sum that does not fit is refused") {
    auto parts = three_departments();
    app(parts[0], ApplicationRow::new_received, ApplicantColumn::total) =
        Cell::of(std::numeric_limits<std::int64_t>::max());
    auto const sum = try_rollup(parts);
    REQUIRE_FALSE(sum.ok());
    CHECK(sum.error().code == ErrorCode::rollup_overflow);
    CHECK(sum.error().message == "the sum of applications/new_received/total does not fit in 64 bits");
}

TEST_CASE("compare_rollup lists exactly the changed cells") {
    auto const sum = rollup(three_departments(), "聊城市各部门");
    Report published = sum;
    published.agency = "聊城市人民政府";
    CHECK(compare_rollup(published, sum).empty());

    a21(published).fees.amount = MoneyCell::of(*Decimal::try_parse("1.5"), MoneyUnit::wan_yuan);
    app(published, ApplicationRow::new_received, ApplicantColumn::total) = Cell::of(7);
    app(published, ApplicationRow::disclosed, ApplicantColumn::natural_person) = Cell::blank();
    auto const found = compare_rollup(published, sum);
    REQUIRE(found.size() == 3);
    for (auto const& f : found) {
        CHECK(f.code == FindingCode::rollup_mismatch);
        CHECK(f.severity == Severity::warning);
        CHECK(f.evaluable);
        CHECK(f.year == 2023);
    }
    CHECK(found[0].table == TableKind::article20);
    CHECK(found[0].row == "fees");
    CHECK(found[0].column == "amount");
    CHECK(found[0].expected == "0万元");
    CHECK(found[0].actual == "1.5万元");
    CHECK(found[1].table == TableKind::applications);
    CHECK(found[1].row == "new_received");
    CHECK(found[1].column == "total");
    CHECK(found[1].expected == "6");
    CHECK(found[1].actual == "7");
    CHECK(found[1].message == "一、本年新收行总计列：各报告合计 6，但公布的报告为 7");
    CHECK(found[2].row == "disclosed");
    CHECK(found[2].column == "natural_person");
    CHECK(found[2].expected == "3");  // 2 + 1 + 0
    CHECK(found[2].actual == "blank");
    CHECK(found[2].message == "（一）予以公开行自然人列：各报告合计 3，但公布的报告为 空白");
}

TEST_CASE("compare_rollup: cells the rollup cannot state are not evaluable") {
    std::vector<Report> parts{department(5, "甲局", 2019), department(4, "乙局", 2019)};
    auto const sum = rollup(parts);
    Report published = sum;
    app(published, ApplicationRow::outcome_total, ApplicantColumn::total) = Cell::of(4);
    // 177.1 万元 published as 1771000 元: the same amount.
    a19(published).procurement.amount =
        MoneyCell::of(*Decimal::try_parse("1771000"), MoneyUnit::yuan);
    auto const found = compare_rollup(published, sum);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::info);
    CHECK_FALSE(found[0].evaluable);
    CHECK(found[0].row == "outcome_total");
    CHECK(found[0].column == "total");
    CHECK(found[0].expected == "blank");
    CHECK(found[0].actual == "4");

    a19(published).procurement.amount =
        MoneyCell::of(*Decimal::try_parse("1771000"), MoneyUnit::unknown);
    auto const unknown = compare_rollup(published, sum);
    REQUIRE(unknown.size() == 2);
    CHECK(unknown[0].row == "procurement");
    CHECK_FALSE(unknown[0].evaluable);
    CHECK(unknown[0].message ==
          "政府集中采购 采购总金额：各报告合计 177.1万元，公布的值 1771000，金额单位不明，无法核对");
}

TEST_CASE("compare_rollup does not compare reports of another format or year") {
    auto const sum = rollup(three_departments());
    auto const format = compare_rollup(golden(4), sum);
    REQUIRE(format.size() == 1);
    CHECK(format[0].table == TableKind::report);
    CHECK(format[0].row == "format");
    CHECK(format[0].expected == "2021");
    CHECK(format[0].actual == "2019");
    CHECK_FALSE(format[0].evaluable);
    auto const year = compare_rollup(golden(2), sum);
    REQUIRE(year.size() == 1);
    CHECK(year[0].row == "year");
    CHECK(year[0].expected == "2023");
    CHECK(year[0].actual == "2022");
}

}  // TEST_SUITE

TEST_SUITE("rollup") {
    TEST_CASE("a department printing the single （六）其他处理 row sums in line with the others") {
        // 甲局 printed （六） as one row (taxonomy.hpp): seven cells more than 乙局. The cells were
        // summed in step by position, so every cell after （五）5 took its neighbour's values.
        auto parts = three_departments();
        Report& a = parts[0];
        a.applications.other_handling = ApplicantRow{};
        a.applications.other_handling->natural_person = Cell::of(4);
        for (auto row : {ApplicationRow::other_no_correction, ApplicationRow::other_fee_unpaid,
                         ApplicationRow::other_other})
            *find_row(a.applications, row) = ApplicantRow{};  // not printed: blank
        auto const sum = try_rollup(parts, "合计");
        REQUIRE(sum.ok());
        using C = ApplicantColumn;
        using R = ApplicationRow;
        for (auto row : {R::outcome_total, R::carried_forward, R::new_received}) {
            std::int64_t expected = 0;
            for (auto const& p : parts) expected += app(p, row, C::natural_person).value;
            CHECK(app(*sum, row, C::natural_person) == Cell::of(expected));
        }
        REQUIRE(sum->applications.other_handling.has_value());
        // Not printed by two of the three: unknown, never 4.
        CHECK(sum->applications.other_handling->natural_person.state == CellState::blank);
        CHECK(app(*sum, R::other_other, C::natural_person).state == CellState::blank);
        // Compared with a published report without the row, the cells line up too.
        Report published = *sum;
        published.applications.other_handling.reset();
        for (auto const& f : compare_rollup(published, *sum)) CHECK(f.severity != Severity::error);
    }
}
