#include "govinfo/validate.hpp"

#include <doctest/doctest.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/json.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "golden_report.hpp"

using namespace govinfo;
using govinfo::test::golden_report;

namespace {

using R = ApplicationRow;
using C = ApplicantColumn;

// Every cell 0, the year and a statistics period inside it: a report no rule objects to.
Report consistent(FormatVersion f) {
    Report r = Report::blank(f);
    int const y = f == FormatVersion::v2019 ? 2020 : 2021;
    r.year = y;
    r.statistics_period = StatisticsPeriod{
        "自" + std::to_string(y) + "年1月1日起至" + std::to_string(y) + "年12月31日止",
        Date{y, 1, 1}, Date{y, 12, 31}};
    for_each_cell(r, [](TableKind, std::string_view, std::string_view, auto& c) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, Cell>)
            c = Cell::of(0);
        else
            c = MoneyCell::of(Decimal{0, 0}, MoneyUnit::wan_yuan);
    });
    return r;
}

Cell& app(Report& r, R row, C col) { return cell(*find_row(r.applications, row), col); }

// Sets one applicant column and the 总计 column of a row to v.
void set_both(Report& r, R row, std::int64_t v) {
    app(r, row, C::natural_person) = Cell::of(v);
    app(r, row, C::total) = Cell::of(v);
}

std::vector<Finding> with_code(std::vector<Finding> const& fs, FindingCode code) {
    std::vector<Finding> out;
    for (auto const& f : fs)
        if (f.code == code) out.push_back(f);
    return out;
}

// Errors and warnings: what counts as a failure.
std::vector<Finding> failures(std::vector<Finding> const& fs) {
    std::vector<Finding> out;
    for (auto const& f : fs)
        if (f.severity != Severity::info) out.push_back(f);
    return out;
}

std::set<std::string> located(std::vector<Finding> const& fs) {
    std::set<std::string> out;
    for (auto const& f : fs)
        out.insert(std::string(id(f.code)) + "@" + f.row + "/" + f.column);
    return out;
}

}  // namespace

TEST_SUITE("validate") {

TEST_CASE("a consistent report has no findings in either format") {
    for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
        CAPTURE(id(f));
        CHECK(validate(consistent(f)).empty());
    }
}

TEST_CASE("app_balance fires per column with the sums and labels") {
    Report r = consistent(FormatVersion::v2021);
    set_both(r, R::new_received, 3);
    set_both(r, R::disclosed, 2);
    set_both(r, R::outcome_total, 2);  // 3 + 0 != 2 + 0
    auto const fs = failures(validate(r));
    REQUIRE(located(fs) == std::set<std::string>{"app_balance@/natural_person",
                                                 "app_balance@/total"});
    auto const& f = fs[0];
    CHECK(f.code == FindingCode::app_balance);
    CHECK(f.severity == Severity::error);
    CHECK(f.evaluable);
    CHECK(f.table == TableKind::applications);
    CHECK(f.row == "");
    CHECK(f.column == "natural_person");
    CHECK(f.expected == "3");
    CHECK(f.actual == "2");
    CHECK(f.message == "自然人列：一、本年新收 3 + 二、上年结转 0 = 3，但（七）总计 2 + 四、结转下年度 0 = 2");
    CHECK(fs[1].message == "总计列：一、本年新收 3 + 二、上年结转 0 = 3，但（七）总计 2 + 四、结转下年度 0 = 2");
}

TEST_CASE("app_balance holds when applications are carried forward") {
    Report r = consistent(FormatVersion::v2019);
    // SH19 自然人: N 821 + P 18 = T 767 + F 72.
    set_both(r, R::new_received, 821);
    set_both(r, R::carried_over, 18);
    set_both(r, R::disclosed, 767);
    set_both(r, R::outcome_total, 767);
    set_both(r, R::carried_forward, 72);
    CHECK(validate(r).empty());
}

TEST_CASE("app_outcome_total compares （七）总计 with the outcome rows of the format") {
    SUBCASE("2021 counts the three （六） sub-rows") {
        Report r = consistent(FormatVersion::v2021);
        set_both(r, R::new_received, 5);
        set_both(r, R::disclosed, 3);
        set_both(r, R::other_fee_unpaid, 1);
        set_both(r, R::outcome_total, 5);  // 3 + 1 = 4 != 5, while N + P = T + F holds
        auto const fs = failures(validate(r));
        REQUIRE(located(fs) == std::set<std::string>{"app_outcome_total@/natural_person",
                                                     "app_outcome_total@/total"});
        auto const& f = fs[0];
        CHECK(f.severity == Severity::error);
        CHECK(f.table == TableKind::applications);
        CHECK(f.column == "natural_person");
        CHECK(f.expected == "4");
        CHECK(f.actual == "5");
        CHECK(f.message == "自然人列：（七）总计 5，但（一）至（六）各办理结果之和为 4");
    }
    SUBCASE("2019 counts its single （六）其他处理 row") {
        Report r = consistent(FormatVersion::v2019);
        set_both(r, R::new_received, 2);
        set_both(r, R::other_handling, 2);
        set_both(r, R::outcome_total, 2);
        CHECK(validate(r).empty());
        set_both(r, R::other_handling, 1);
        CHECK(located(failures(validate(r))) ==
              std::set<std::string>{"app_outcome_total@/natural_person",
                                    "app_outcome_total@/total"});
    }
}

TEST_CASE("app_row_total checks the 总计 column against the six applicant columns") {
    Report r = consistent(FormatVersion::v2021);
    // RPT-Longgang2024: 58 + 7 + 0 + 0 + 1 + 0 = 66.
    auto& row = *find_row(r.applications, R::disclosed);
    row.natural_person = Cell::of(58);
    row.commercial_enterprise = Cell::of(7);
    row.legal_service_org = Cell::of(1);
    row.total = Cell::of(65);
    auto const fs = with_code(validate(r), FindingCode::app_row_total);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::error);
    CHECK(fs[0].row == "disclosed");
    CHECK(fs[0].column == "");
    CHECK(fs[0].expected == "66");
    CHECK(fs[0].actual == "65");
    CHECK(fs[0].message ==
          "（一）予以公开行：总计 65，但自然人 58 + 商业企业 7 + 科研机构 0 + 社会公益组织 0 + "
          "法律服务机构 1 + 其他 0 = 66");
    row.total = Cell::of(66);
    CHECK(with_code(validate(r), FindingCode::app_row_total).empty());
}

TEST_CASE("sums beyond 64 bits are not evaluable and never print a wrapped value") {
    // Counts near 2^63 cannot come from report text (the parser stops at max_count) but can be
    // set by a caller or read from JSON. 2 * (2^63 - 1) wraps to -2, which a total of -2 would
    // have matched, and the messages printed "= -2".
    std::int64_t const huge = std::numeric_limits<std::int64_t>::max();
    Report r = consistent(FormatVersion::v2021);
    auto& row = *find_row(r.applications, R::disclosed);
    row.natural_person = Cell::of(huge);
    row.commercial_enterprise = Cell::of(huge);
    row.total = Cell::of(0);
    r.review_litigation.review.upheld = Cell::of(huge);
    r.review_litigation.review.corrected = Cell::of(huge);
    auto const fs = validate(r);
    for (auto const& f : fs) {
        CAPTURE(f.message);
        CHECK(f.message.find("-2") == std::string::npos);
        CHECK(f.expected != "-2");
    }
    auto const rows = with_code(fs, FindingCode::app_row_total);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].row == "disclosed");
    CHECK(rows[0].severity == Severity::info);
    CHECK_FALSE(rows[0].evaluable);
    CHECK(rows[0].expected == "overflow");
    CHECK(rows[0].actual == "0");
    CHECK(rows[0].message.ends_with("：各项之和超出 64 位整数范围，无法核对"));
    auto const groups = with_code(fs, FindingCode::rev_group_total);
    REQUIRE(groups.size() == 1);
    CHECK_FALSE(groups[0].evaluable);
    CHECK(groups[0].expected == "overflow");
    // The outcome sums of those two columns hold one huge count each: they fit, and differ
    // from （七）总计 0, which is a real error.
    CHECK(with_code(fs, FindingCode::app_outcome_total).size() == 2);
}

TEST_CASE("rev_group_total fires per group") {
    Report r = consistent(FormatVersion::v2019);
    // SH19 行政复议: 5 + 0 + 0 + 2 = 7, printed here as 6.
    r.review_litigation.review.upheld = Cell::of(5);
    r.review_litigation.review.pending = Cell::of(2);
    r.review_litigation.review.total = Cell::of(6);
    r.review_litigation.litigation_after_review.corrected = Cell::of(1);
    auto const fs = failures(validate(r));
    REQUIRE(located(fs) == std::set<std::string>{"rev_group_total@review/",
                                                 "rev_group_total@litigation_after_review/"});
    auto const& f = fs[0];
    CHECK(f.severity == Severity::error);
    CHECK(f.table == TableKind::review_litigation);
    CHECK(f.expected == "7");
    CHECK(f.actual == "6");
    CHECK(f.message == "行政复议：总计 6，但结果维持 5 + 结果纠正 0 + 其他结果 0 + 尚未审结 2 = 7");
    CHECK(fs[1].message ==
          "行政诉讼/复议后起诉：总计 0，但结果维持 0 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 1");
}

TEST_CASE("cell_negative everywhere but the 2019 本年增/减 column") {
    SUBCASE("2019 change may be negative") {
        Report r = consistent(FormatVersion::v2019);
        std::get<Article20v2019>(r.article20).licensing.change = Cell::of(-3);
        CHECK(validate(r).empty());
        std::get<Article20v2019>(r.article20).licensing.previous_items = Cell::of(-1);
        auto const fs = validate(r);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].code == FindingCode::cell_negative);
        CHECK(fs[0].severity == Severity::error);
        CHECK(fs[0].table == TableKind::article20);
        CHECK(fs[0].row == "licensing");
        CHECK(fs[0].column == "previous_items");
        CHECK(fs[0].expected == ">= 0");
        CHECK(fs[0].actual == "-1");
        CHECK(fs[0].message == "行政许可 上一年项目数量 为 -1，数量不能为负");
    }
    SUBCASE("an application count") {
        Report r = consistent(FormatVersion::v2021);
        app(r, R::declined_duplicate, C::other_org) = Cell::of(-1);
        auto const neg = with_code(validate(r), FindingCode::cell_negative);
        REQUIRE(neg.size() == 1);
        CHECK(neg[0].table == TableKind::applications);
        CHECK(neg[0].row == "declined_duplicate");
        CHECK(neg[0].column == "other_org");
        CHECK(neg[0].message == "（五）不予处理/2.重复申请行其他列 为 -1，数量不能为负");
    }
    SUBCASE("a money amount and a 2021 document count") {
        Report r = consistent(FormatVersion::v2021);
        auto& a = std::get<Article20v2021>(r.article20);
        a.fees.amount = MoneyCell::of(*Decimal::try_parse("-1.5"), MoneyUnit::wan_yuan);
        a.regulations.issued = Cell::of(-2);
        CHECK(located(validate(r)) == std::set<std::string>{"cell_negative@regulations/issued",
                                                            "cell_negative@fees/amount"});
    }
}

TEST_CASE("cell_not_applicable once per row with the columns and sums not evaluable") {
    Report r = consistent(FormatVersion::v2019);
    app(r, R::disclosed, C::legal_service_org) = Cell::not_applicable();
    app(r, R::disclosed, C::other_org) = Cell::not_applicable();
    auto const all = validate(r);
    auto const fs = failures(all);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == FindingCode::cell_not_applicable);
    CHECK(fs[0].severity == Severity::warning);
    CHECK(fs[0].table == TableKind::applications);
    CHECK(fs[0].row == "disclosed");
    CHECK(fs[0].actual == "not_applicable: legal_service_org,other_org");
    CHECK(fs[0].message ==
          "（一）予以公开行有 2 个单元格填写“/”（不适用），应填写件数（法律服务机构、其他）");
    auto const rows = with_code(all, FindingCode::app_row_total);
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows[0].evaluable);
    CHECK(rows[0].severity == Severity::info);
    CHECK(located(with_code(all, FindingCode::app_outcome_total)) ==
          std::set<std::string>{"app_outcome_total@/legal_service_org",
                                "app_outcome_total@/other_org"});
}

TEST_CASE("a20_published_exceeds_total in the 2019 format") {
    Report r = consistent(FormatVersion::v2019);
    auto& a = std::get<Article20v2019>(r.article20);
    a.regulations = {Cell::of(13), Cell::of(13), Cell::of(524)};  // SH19
    a.normative_documents = {Cell::of(60), Cell::of(61), Cell::of(60)};
    auto const fs = validate(r);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == FindingCode::a20_published_exceeds_total);
    CHECK(fs[0].severity == Severity::warning);
    CHECK(fs[0].table == TableKind::article20);
    CHECK(fs[0].row == "normative_documents");
    CHECK(fs[0].column == "new_published");
    CHECK(fs[0].expected == "<= 60");
    CHECK(fs[0].actual == "61");
    CHECK(fs[0].message ==
          "规范性文件：本年新公开数量 61，对外公开总数量 60，本年新公开数量不应超过对外公开总数量");
}

TEST_CASE("Article 20 blanks are info and not-applicable cells are accepted") {
    Report r = consistent(FormatVersion::v2019);
    auto& a = std::get<Article20v2019>(r.article20);
    a.regulations = {Cell::not_applicable(), Cell::not_applicable(), Cell::not_applicable()};
    a.procurement.amount = MoneyCell::blank();
    auto const fs = validate(r);
    CHECK(failures(fs).empty());
    auto const blanks = with_code(fs, FindingCode::a20_blank_cells);
    REQUIRE(blanks.size() == 1);
    CHECK(blanks[0].severity == Severity::info);
    CHECK(blanks[0].row == "procurement");
    CHECK(blanks[0].actual == "blank: amount");
    CHECK(blanks[0].message == "政府集中采购行有 1 个单元格空白（采购总金额）");
    auto const cmp = with_code(fs, FindingCode::a20_published_exceeds_total);
    REQUIRE(cmp.size() == 1);
    CHECK_FALSE(cmp[0].evaluable);
    CHECK(cmp[0].row == "regulations");
}

TEST_CASE("period_outside_year and period_unreadable") {
    Report r = consistent(FormatVersion::v2019);
    SUBCASE("an end date in the next year") {
        r.statistics_period =
            StatisticsPeriod{"2020年1月1日至2021年12月31日", Date{2020, 1, 1}, Date{2021, 12, 31}};
        auto const fs = validate(r);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].code == FindingCode::period_outside_year);
        CHECK(fs[0].severity == Severity::error);
        CHECK(fs[0].table == TableKind::report);
        CHECK(fs[0].row == "statistics_period");
        CHECK(fs[0].column == "end");
        CHECK(fs[0].expected == "2020");
        CHECK(fs[0].actual == "2021-12-31");
        CHECK(fs[0].message ==
              "统计期限“2020年1月1日至2021年12月31日”的结束日期 2021年12月31日 不在报告年度 2020 年内");
    }
    SUBCASE("a period without dates") {
        r.statistics_period = StatisticsPeriod{"本年度", std::nullopt, std::nullopt};
        auto const fs = validate(r);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].code == FindingCode::period_unreadable);
        CHECK(fs[0].severity == Severity::info);
        CHECK(fs[0].actual == "本年度");
        CHECK(fs[0].message == "统计期限“本年度”中读不出起止日期");
    }
    SUBCASE("no year to compare with") {
        r.year.reset();
        auto const fs = validate(r);
        REQUIRE(fs.size() == 2);
        for (auto const& f : fs) {
            CHECK(f.code == FindingCode::period_outside_year);
            CHECK(f.severity == Severity::info);
            CHECK_FALSE(f.evaluable);
        }
    }
    SUBCASE("no period at all is not a finding") {
        r.statistics_period.reset();
        CHECK(validate(r).empty());
    }
}

TEST_CASE("a blank （七）总计 beside outcome counts is app_total_blank and sums are not evaluable") {
    // 002.r5 in small: 自然人 and 总计 filled on 一, 二, （一） and 四; （七）总计 blank.
    Report r = consistent(FormatVersion::v2019);
    set_both(r, R::new_received, 1);
    set_both(r, R::disclosed, 1);
    app(r, R::outcome_total, C::natural_person) = Cell::blank();
    app(r, R::outcome_total, C::total) = Cell::blank();
    auto const fs = validate(r);

    auto const tb = with_code(fs, FindingCode::app_total_blank);
    REQUIRE(tb.size() == 2);
    CHECK(tb[0].severity == Severity::warning);
    CHECK(tb[0].evaluable);
    CHECK(tb[0].row == "outcome_total");
    CHECK(tb[0].column == "natural_person");
    CHECK(tb[0].expected == "1");
    CHECK(tb[0].actual == "blank");
    CHECK(tb[0].message == "自然人列：（七）总计 空白，但该列办理结果已有（一）予以公开 1，"
                           "一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度 无从核对");

    auto const bal = with_code(fs, FindingCode::app_balance);
    REQUIRE(bal.size() == 2);
    CHECK(bal[0].severity == Severity::info);
    CHECK_FALSE(bal[0].evaluable);
    CHECK(bal[0].expected == "1");
    CHECK(bal[0].actual == "blank");
    CHECK(bal[0].message == "自然人列：一、本年新收 1 + 二、上年结转 0 与 （七）总计 空白 + "
                            "四、结转下年度 0：含空白单元格，无法核对");
    for (auto const& f : with_code(fs, FindingCode::app_outcome_total)) {
        CHECK(f.severity == Severity::info);
        CHECK_FALSE(f.evaluable);
    }

    auto const cells = with_code(fs, FindingCode::app_blank_cells);
    REQUIRE(cells.size() == 1);  // one finding for the row, naming both columns
    CHECK(cells[0].severity == Severity::warning);
    CHECK(cells[0].row == "outcome_total");
    CHECK(cells[0].column == "");
    CHECK(cells[0].actual == "blank: natural_person,total");
    CHECK(cells[0].message == "（七）总计行有 2 个单元格空白，应填写件数（自然人、总计）");

    // Nothing else fails: the blank cells are not counted as 0.
    CHECK(failures(fs).size() == 3);
}

TEST_CASE("a blank （七）总计 with no outcome counts is only a blank cell") {
    Report r = consistent(FormatVersion::v2021);
    for (auto row : outcome_rows(FormatVersion::v2021))
        app(r, row, C::research_institution) = Cell::blank();
    app(r, R::outcome_total, C::research_institution) = Cell::blank();
    auto const fs = failures(validate(r));
    CHECK(with_code(fs, FindingCode::app_total_blank).empty());
    CHECK(with_code(fs, FindingCode::app_blank_cells).size() == outcome_rows(FormatVersion::v2021).size() + 1);
}

TEST_CASE("SH19 leaves the 总计 column blank on detail rows: blank cells but no app_total_blank") {
    Report r = consistent(FormatVersion::v2019);
    set_both(r, R::new_received, 2);
    set_both(r, R::disclosed, 1);
    set_both(r, R::declined_duplicate, 1);
    set_both(r, R::outcome_total, 2);
    for (auto row : outcome_rows(FormatVersion::v2019)) app(r, row, C::total) = Cell::blank();
    auto const fs = validate(r);
    CHECK(with_code(fs, FindingCode::app_total_blank).empty());
    auto const cells = with_code(fs, FindingCode::app_blank_cells);
    CHECK(cells.size() == outcome_rows(FormatVersion::v2019).size());
    for (auto const& f : cells) CHECK(f.actual == "blank: total");
    // The 自然人 column still balances; the 总计 column and the detail rows cannot be checked.
    CHECK(failures(fs).size() == cells.size());
    auto const ot = with_code(fs, FindingCode::app_outcome_total);
    REQUIRE(ot.size() == 1);
    CHECK(ot[0].column == "total");
    CHECK_FALSE(ot[0].evaluable);
    CHECK(with_code(fs, FindingCode::app_row_total).size() == cells.size());
}

TEST_CASE("review blanks: rev_total_blank rev_blank_cells and a not-evaluable group total") {
    Report r = consistent(FormatVersion::v2021);
    auto& g = r.review_litigation.litigation_direct;
    g.upheld = Cell::of(8);
    g.pending = Cell::of(1);
    g.total = Cell::blank();
    r.review_litigation.litigation_after_review = ReviewOutcomes{};  // SH19: all blank
    auto const fs = validate(r);
    auto const tb = with_code(fs, FindingCode::rev_total_blank);
    REQUIRE(tb.size() == 1);
    CHECK(tb[0].severity == Severity::warning);
    CHECK(tb[0].table == TableKind::review_litigation);
    CHECK(tb[0].row == "litigation_direct");
    CHECK(tb[0].column == "total");
    CHECK(tb[0].expected == "9");
    CHECK(tb[0].actual == "blank");
    CHECK(tb[0].message ==
          "行政诉讼/未经复议直接起诉：总计 空白，但结果维持 8 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 已填写");
    auto const cells = with_code(fs, FindingCode::rev_blank_cells);
    REQUIRE(cells.size() == 2);
    CHECK(cells[0].row == "litigation_direct");
    CHECK(cells[0].actual == "blank: total");
    CHECK(cells[1].row == "litigation_after_review");
    CHECK(cells[1].actual == "blank: upheld,corrected,other,pending,total");
    CHECK(cells[1].message ==
          "行政诉讼/复议后起诉有 5 个单元格空白，应填写件数（结果维持、结果纠正、其他结果、尚未审结、总计）");
    auto const totals = with_code(fs, FindingCode::rev_group_total);
    REQUIRE(totals.size() == 2);
    for (auto const& f : totals) {
        CHECK(f.severity == Severity::info);
        CHECK_FALSE(f.evaluable);
    }
    CHECK(failures(fs).size() == 3);
}

TEST_CASE("a blank report: every sum is not evaluable and nothing is an error") {
    for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
        CAPTURE(id(f));
        auto const fs = validate(Report::blank(f));
        for (auto const& x : fs) {
            CHECK(x.severity != Severity::error);
            if (!x.evaluable) CHECK(x.severity == Severity::info);
        }
        CHECK(with_code(fs, FindingCode::app_blank_cells).size() == application_rows(f).size());
        CHECK(with_code(fs, FindingCode::app_balance).size() == 7);
        CHECK(with_code(fs, FindingCode::rev_blank_cells).size() == 3);
        CHECK(with_code(fs, FindingCode::a20_blank_cells).size() == article20_rows(f).size());
    }
}

TEST_CASE("every code validate emits is in the catalogue with its severity") {
    Report r = consistent(FormatVersion::v2019);
    set_both(r, R::new_received, 3);
    app(r, R::outcome_total, C::natural_person) = Cell::blank();
    app(r, R::disclosed, C::other_org) = Cell::not_applicable();
    app(r, R::declined_duplicate, C::other_org) = Cell::of(-1);
    r.review_litigation.review.total = Cell::of(4);
    r.statistics_period = StatisticsPeriod{"2021年", Date{2021, 1, 1}, std::nullopt};
    for (auto const& f : validate(r)) {
        CAPTURE(id(f.code));
        auto const* rule = find_rule(f.code);
        REQUIRE(rule != nullptr);
        if (f.evaluable) CHECK(f.severity == rule->severity);
        CHECK_FALSE(f.message.empty());
    }
}

TEST_CASE("the catalogue lists every FindingCode once") {
    std::set<FindingCode> seen;
    for (auto const& r : rule_catalogue()) {
        CHECK(seen.insert(r.code).second);
        CHECK_FALSE(r.title.empty());
        CHECK_FALSE(r.formula.empty());
        CHECK(find_rule(r.code) == &r);
    }
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<FindingCode>>(
        [&](auto e) { CHECK_MESSAGE(seen.count(e.value) == 1, e.name); });
    CHECK(find_rule(FindingCode::app_balance)->formula.find("N + P") != std::string_view::npos);
}

}  // TEST_SUITE

// ---- the nine seed reports ----
//
// The golden report documents are read with golden_report.hpp's small Boost.JSON walk, not with
// report_from_json, so that this test checks the validator on the hand-checked values
// independently of the JSON reader.

namespace {

// "code@row/column" of each error and warning, counted.
std::map<std::string, int> failure_locations(std::vector<Finding> const& fs) {
    std::map<std::string, int> out;
    for (auto const& f : failures(fs)) ++out[std::string(id(f.code)) + "@" + f.row + "/" + f.column];
    return out;
}

std::string const seed002 = "002_6174489a5f7162cb";

}  // namespace

TEST_SUITE("validate") {

TEST_CASE("seed reports without model-level inconsistencies give no error or warning") {
    // README: 000 none; 001, 002 r1, r3, r4 only label typos, parsing quirks, narrative or
    // cross-year issues, which the model validator cannot see; 002 r2 none.
    for (std::string const& stem :
         {std::string("000_93777d88a2382c03"), std::string("001_6f73e57e54ca5cf9"), seed002 + ".r1",
          seed002 + ".r2", seed002 + ".r3", seed002 + ".r4"}) {
        CAPTURE(stem);
        auto const fs = validate(golden_report(stem));
        CHECK(failure_locations(fs) == std::map<std::string, int>{});
        for (auto const& f : fs) CHECK(f.evaluable);  // every cell is filled: all checks ran
    }
}

TEST_CASE("seed 003 states a statistics period that ends in the wrong year") {
    auto const fs = validate(golden_report("003_efe2eca494f81be5"));
    CHECK(failure_locations(fs) ==
          std::map<std::string, int>{{"period_outside_year@statistics_period/end", 1}});
    auto const f = with_code(fs, FindingCode::period_outside_year);
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].expected == "2020");
    CHECK(f[0].actual == "2021-12-31");
}

TEST_CASE("seed 002 r5 has a blank （七）总计 beside 予以公开 1 and blank cells on every row") {
    auto const fs = validate(golden_report(seed002 + ".r5"));
    std::map<std::string, int> expected{{"app_total_blank@outcome_total/natural_person", 1},
                                        {"app_total_blank@outcome_total/total", 1}};
    // README: the five organisation columns are blank on every row, and rows （二）–（六） and
    // （七）总计 are blank in all columns: so every row of the 2019 table has blank cells.
    for (auto row : application_rows(FormatVersion::v2019))
        expected["app_blank_cells@" + std::string(id(row)) + "/"] = 1;
    CHECK(failure_locations(fs) == expected);

    std::string const orgs = "commercial_enterprise,research_institution,public_interest_org,"
                             "legal_service_org,other_org";
    for (auto const& f : with_code(fs, FindingCode::app_blank_cells)) {
        CAPTURE(f.row);
        bool const filled_row = f.row == "new_received" || f.row == "carried_over" ||
                                f.row == "disclosed" || f.row == "carried_forward";
        CHECK(f.actual == (filled_row ? "blank: " + orgs
                                      : "blank: natural_person," + orgs + ",total"));
    }
    // N + P = T + F cannot be checked in any column: T is blank everywhere.
    auto const balance = with_code(fs, FindingCode::app_balance);
    CHECK(balance.size() == 7);
    for (auto const& f : balance) CHECK_FALSE(f.evaluable);
}

TEST_CASE("seed 004 leaves 70 cells blank in ten rows") {
    auto const fs = validate(golden_report("004_435f754e219edab5"));
    std::map<std::string, int> expected;
    std::size_t blank_cells = 0;
    for (auto row : {R::disclosed, R::partially_disclosed, R::withheld_state_secret,
                     R::withheld_prohibited_by_law, R::withheld_security_stability,
                     R::withheld_third_party_rights, R::withheld_internal_affairs,
                     R::withheld_process_info, R::withheld_enforcement_file,
                     R::withheld_administrative_query})
        expected["app_blank_cells@" + std::string(id(row)) + "/"] = 1;
    CHECK(failure_locations(fs) == expected);
    for (auto const& f : with_code(fs, FindingCode::app_blank_cells))
        blank_cells += static_cast<std::size_t>(std::count(f.actual.begin(), f.actual.end(), ',') + 1);
    CHECK(blank_cells == 70);
    // （七）总计 = 0 cannot be checked against the blank outcome rows.
    for (auto const& f : with_code(fs, FindingCode::app_outcome_total)) CHECK_FALSE(f.evaluable);
}

}  // TEST_SUITE

TEST_SUITE("validate") {

TEST_CASE("seed golden files read by report_from_json give the same findings") {
    for (std::string const& stem :
         {std::string("000_93777d88a2382c03"), std::string("001_6f73e57e54ca5cf9"),
          seed002 + ".r1", seed002 + ".r2", seed002 + ".r3", seed002 + ".r4", seed002 + ".r5",
          std::string("003_efe2eca494f81be5"), std::string("004_435f754e219edab5")}) {
        CAPTURE(stem);
        std::ifstream in(std::string(GOVINFO_TEST_DATA) + "/golden/" + stem + ".report.json",
                         std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto const report = try_report_from_json(text.str());
        if (!report.ok()) FAIL(report.error().to_string());
        auto const via_json = validate(*report);
        auto const via_walk = validate(golden_report(stem));
        CHECK(failure_locations(via_json) == failure_locations(via_walk));
        CHECK(via_json.size() == via_walk.size());
    }
}

}  // TEST_SUITE
