#include "parse/glued.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include "govinfo/cell_address.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "parse/split_cells.hpp"
#include "parse/split_digits.hpp"
#include "parse/split_table.hpp"
#include "test_files.hpp"

using namespace govinfo;
using namespace govinfo::detail;

namespace {

using govinfo::test::read_file;

std::vector<Finding> uncertain_findings(Report const& r) {
    std::vector<Finding> out;
    for (auto const& f : r.diagnostics)
        if (f.code == FindingCode::parse_uncertain_cells) out.push_back(f);
    return out;
}

Finding const* finding_for(Report const& r, TableKind t, std::string_view row) {
    for (auto const& f : r.diagnostics)
        if (f.code == FindingCode::parse_uncertain_cells && f.table == t && f.row == row) return &f;
    return nullptr;
}

using Cells = std::vector<std::int64_t>;

}  // namespace

TEST_SUITE("glued") {

// ---- the digit splitter -------------------------------------------------------------------

TEST_CASE("an application row with one split that adds up") {
    auto const s = split_groups("640020470", 1, 6);
    CHECK(s.complete);
    REQUIRE(s.candidates.size() == 1);
    CHECK(s.candidates[0] == Cells{64, 0, 0, 2, 0, 4, 70});
}

TEST_CASE("an application row whose own total leaves two splits") {
    auto const s = split_groups("220000325", 1, 6);
    CHECK(s.complete);
    REQUIRE(s.candidates.size() == 2);
    std::set<Cells> const got(s.candidates.begin(), s.candidates.end());
    CHECK(got.count(Cells{22, 0, 0, 0, 0, 3, 25}) == 1);
    CHECK(got.count(Cells{2, 20, 0, 0, 0, 3, 25}) == 1);
}

TEST_CASE("numbers never have leading zeros") {
    // "0000000" can only be seven zeros; "1000001" only 1|0|0|0|0|0|1.
    auto const zeros = split_groups("0000000", 1, 6);
    REQUIRE(zeros.candidates.size() == 1);
    CHECK(zeros.candidates[0] == Cells(7, 0));
    auto const one = split_groups("1000001", 1, 6);
    REQUIRE(one.candidates.size() == 1);
    CHECK(one.candidates[0] == Cells{1, 0, 0, 0, 0, 0, 1});
}

TEST_CASE("the review row splits only where each group adds up") {
    auto const s = split_groups("10203120001200000", 3, 4);
    CHECK(s.complete);
    REQUIRE(s.candidates.size() == 1);
    CHECK(s.candidates[0] == Cells{1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0});
}

TEST_CASE("digits that add up in no split give no candidate") {
    CHECK(split_groups("1111111", 1, 6).candidates.empty());
    CHECK(split_groups("12", 1, 6).candidates.empty());
    CHECK(split_groups("12a4567", 1, 6).candidates.empty());
}

TEST_CASE("a thousand-digit run is rejected at once") {
    // "At once": before any search step. With a budget of one node the search would stop and
    // say it is incomplete; a run too long for its cells is refused before that, completely.
    std::string const run(1000, '1');
    SplitLimits one_node;
    one_node.max_nodes = 1;
    auto const s = split_groups(run, 1, 6, one_node);
    auto const s2 = split_groups(run, 3, 4, one_node);
    CHECK(s.candidates.empty());
    CHECK(s.complete);
    CHECK(s2.candidates.empty());
    CHECK(s2.complete);
}

TEST_CASE("the node budget stops a search and says it is incomplete") {
    SplitLimits limits;
    limits.max_nodes = 50;
    auto const s = split_groups("111111111111111111111111111111111111111111", 1, 6, limits);
    CHECK_FALSE(s.complete);
}

TEST_CASE("a 26-digit application row of six-digit counts has its one split") {
    // The blind enumeration of six cuts ran out of its budget on runs like this one and left
    // the row blank; the row's own total leaves a single split.
    auto const s = split_groups("98996839162515651491241611", 1, 6);
    CHECK(s.complete);
    REQUIRE(s.candidates.size() == 1);
    CHECK(s.candidates[0] == Cells{989968, 39, 16, 251565, 14, 9, 1241611});

    auto const t = split_groups("882512941190811773530154425038931764910224354", 1, 6);
    CHECK(t.complete);
    REQUIRE(t.candidates.size() == 1);
    CHECK(t.candidates[0] == Cells{8825129, 411908, 117735, 301544, 250389, 317649, 10224354});
}

TEST_CASE("rows of counts up to ten million are split completely") {
    // Every split found adds up, the printed cells are among them, and the search finished:
    // the candidate set is the whole set, so a unique split is proven unique.
    std::mt19937 rng(20240611);
    auto count = [&] {
        switch (rng() % 4) {
            case 0: return std::int64_t{0};
            case 1: return static_cast<std::int64_t>(rng() % 100);
            case 2: return static_cast<std::int64_t>(rng() % 1'000'000);
            default: return static_cast<std::int64_t>(rng() % 10'000'000);
        }
    };
    for (int iteration = 0; iteration < 300; ++iteration) {
        std::size_t const groups = iteration % 3 == 0 ? 3 : 1, addends = groups == 3 ? 4 : 6;
        Cells printed;
        std::string digits;
        for (std::size_t g = 0; g < groups; ++g) {
            std::int64_t sum = 0;
            for (std::size_t a = 0; a < addends; ++a) {
                printed.push_back(groups == 3 ? count() / 100 : count());
                sum += printed.back();
                digits += std::to_string(printed.back());
            }
            printed.push_back(sum);
            digits += std::to_string(sum);
        }
        auto const s = split_groups(digits, groups, addends);
        INFO(digits);
        CHECK(s.complete);
        CHECK(std::find(s.candidates.begin(), s.candidates.end(), printed) != s.candidates.end());
        for (auto const& c : s.candidates) {
            std::string joined;
            for (auto v : c) joined += std::to_string(v);
            CHECK(joined == digits);
            for (std::size_t g = 0; g < groups; ++g) {
                std::int64_t sum = 0;
                for (std::size_t a = 0; a < addends; ++a) sum += c[g * (addends + 1) + a];
                CHECK(sum == c[g * (addends + 1) + addends]);
            }
        }
    }
}

TEST_CASE("adversarial digit runs finish within the search budget") {
    // Runs as long as the cells can hold (12 digits each) of one repeated digit or of
    // pseudo-random digits: the search is bounded by the shapes of the addends, not by how
    // many ways the digits can be cut, so it completes without reaching its node budget.
    std::mt19937 rng(7);
    for (std::size_t length : {7u, 30u, 60u, 84u, 120u, 180u}) {
        for (int kind = 0; kind < 6; ++kind) {
            std::string digits;
            for (std::size_t i = 0; i < length; ++i) {
                auto const random_digit = static_cast<char>('0' + rng() % (kind == 4 ? 2 : 10));
                digits += kind < 4 ? "0159"[kind] : random_digit;
            }
            INFO(digits);
            if (length <= 84) CHECK(split_groups(digits, 1, 6).complete);
            CHECK(split_groups(digits, 3, 4).complete);
        }
    }
    // A megabyte of digits cannot be 7 or 15 cells of at most 12 digits: no split, no search.
    std::string const megabyte(1 << 20, '9');
    auto const app = split_groups(megabyte, 1, 6);
    CHECK(app.complete);
    CHECK(app.candidates.empty());
    auto const review = split_groups(megabyte, 3, 4);
    CHECK(review.complete);
    CHECK(review.candidates.empty());
}

TEST_CASE("typed Article 20 pieces keep signs decimals and units") {
    std::array const kinds{PieceKind::count, PieceKind::money};
    auto const s = split_typed("13575394432.52元", kinds);
    CHECK(s.complete);
    std::set<std::vector<std::string>> const got(s.candidates.begin(), s.candidates.end());
    CHECK(got.count({"135", "75394432.52元"}) == 1);
    CHECK(got.count({"1", "3575394432.52元"}) == 1);
    CHECK(got.size() == 10);  // the amount may start after any of the first 10 digits

    std::array const signed_kinds{PieceKind::count, PieceKind::signed_count, PieceKind::count};
    auto const signed_split = split_typed("12-3 40", signed_kinds);
    std::set<std::vector<std::string>> const sg(signed_split.candidates.begin(),
                                                signed_split.candidates.end());
    // The sign starts the middle cell, or the "-" is a not-applicable mark; the space is only a
    // hint.
    CHECK(sg == std::set<std::vector<std::string>>{
                    {"12", "-3", "40"}, {"12", "-34", "0"}, {"12", "-", "340"}});
}

TEST_CASE("the column identities choose between row splits") {
    // N, P, one outcome row O, T, F: O is ambiguous on its own (22|0|…|3|25 or 2|20|…|3|25),
    // and only the first agrees with T in the 商业企业 column.
    std::vector<RowSplits> rows(5);
    auto one = [](Cells c) { return RowSplits{true, {std::move(c)}}; };
    rows[0] = one({22, 0, 0, 0, 0, 3, 25});          // N
    rows[1] = one({0, 0, 0, 0, 0, 0, 0});            // P
    rows[2] = RowSplits{true, {{22, 0, 0, 0, 0, 3, 25}, {2, 20, 0, 0, 0, 3, 25}}};  // O
    rows[3] = one({22, 0, 0, 0, 0, 3, 25});          // T
    rows[4] = one({0, 0, 0, 0, 0, 0, 0});            // F
    TableRoles roles{0, 1, 3, 4, {2}};
    auto const c = choose_table_splits(rows, roles, 7);
    CHECK(c.identities_checked);
    CHECK_FALSE(c.contradiction);
    CHECK(c.solutions == 1);
    CHECK(c.surviving[2] == std::vector<std::size_t>{0});

    // Make T disagree with every choice: a contradiction, and every row keeps its own splits.
    rows[3] = one({23, 0, 0, 0, 0, 3, 26});
    auto const bad = choose_table_splits(rows, roles, 7);
    CHECK(bad.contradiction);
    CHECK(bad.surviving[2].size() == 2);
}

// ---- read_glued_tables on small texts -----------------------------------------------------

TEST_CASE("an ambiguous Article 20 row stays blank with a finding that names the line") {
    auto report = Report::blank(FormatVersion::v2021);
    std::string const text =
        "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数"
        "规章000行政规范性文件898989第二十条第（五）项信息内容本年处理决定数量行政许可2293 "
        "第二十条第（六）项信息内容本年处理决定数量行政处罚1282行政强制42第二十条第（八）项"
        "信息内容本年收费金额（单位：万元）行政事业性收费24252.311082三、收到和处理";
    REQUIRE(read_glued_tables(text, 17, report));
    auto const& a = std::get<Article20v2021>(report.article20);
    CHECK(a.regulations.issued == Cell::of(0));
    CHECK(a.regulations.in_force == Cell::of(0));
    CHECK(a.licensing.decisions == Cell::of(2293));
    CHECK(a.penalty.decisions == Cell::of(1282));
    CHECK(a.coercion.decisions == Cell::of(42));
    REQUIRE(a.fees.amount.has_value());
    CHECK(a.fees.amount.money.amount.to_string() == "24252.311082");
    CHECK(a.fees.amount.money.unit == MoneyUnit::wan_yuan);

    CHECK(a.normative_documents.issued == Cell::blank());
    CHECK(a.normative_documents.repealed == Cell::blank());
    CHECK(a.normative_documents.in_force == Cell::blank());
    auto const* f = finding_for(report, TableKind::article20, "normative_documents");
    REQUIRE(f != nullptr);
    CHECK(f->line == 17);
    CHECK(f->actual == "898989");
    CHECK(f->severity == Severity::warning);
    CHECK(f->column == "issued,repealed,in_force");
    CHECK(f->message.find("行政规范性文件") != std::string::npos);
    CHECK(uncertain_findings(report).size() == 1);
    REQUIRE(report.tables_found.size() == 1);
    CHECK(report.tables_found[0].table == TableKind::article20);
    CHECK(report.tables_found[0].first_line == 17);
}

TEST_CASE("when blank cells left no trace a row split only by its own total stays blank") {
    // SH19-style rows with blank cells, glued: （一）予以公开 printed "77" (自然人 7, 总计 7, the rest
    // blank) fits no seven-cell split, which shows that cells vanished. 8.属于行政查询事项 was
    // 7, blank, blank, 4, blank, 1876, 1887: "7418761887" has one split satisfying its own total,
    // 7|41|8|7|6|18|87, and it is wrong. With （一） unknown, T = sum of outcomes cannot confirm it.
    auto report = Report::blank(FormatVersion::v2019);
    std::string const text =
        "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加"
        "第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
        "一、本年新收政府信息公开申请数量14004018761894二、上年结转政府信息公开申请数量0000000"
        "三、本年度办理结果（一）予以公开77（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        "0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全"
        "一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息"
        "00000007.属于行政执法案卷00000008.属于行政查询事项7418761887（四）无法提供1.本机关不掌握相关"
        "政府信息00000002.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000（五）不予处理"
        "1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复"
        "申请00000005.要求行政机关确认或重新出具已获取信息0000000（六）其他处理0000000（七）总计"
        "14004018761894四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况";
    REQUIRE(read_glued_tables(text, 5, report));
    auto const& q = report.applications.withheld_administrative_query;
    for (auto c : all_applicant_columns()) CHECK(cell(q, c) == Cell::blank());
    auto const* f = finding_for(report, TableKind::applications, "withheld_administrative_query");
    REQUIRE(f != nullptr);
    CHECK(f->actual == "7418761887");
    CHECK(f->expected == "7|41|8|7|6|18|87");
    CHECK(f->message.find("未经列勾稽关系核对") != std::string::npos);
    CHECK(finding_for(report, TableKind::applications, "disclosed") != nullptr);
    // Seven zeros are seven cells whatever vanished elsewhere: kept.
    CHECK(report.applications.partially_disclosed.natural_person == Cell::of(0));
    CHECK(report.applications.declined_duplicate.total == Cell::of(0));
    CHECK(finding_for(report, TableKind::applications, "declined_duplicate") == nullptr);
    // N + P = T + F is checked across the complete rows: they are confirmed and kept.
    CHECK(report.applications.new_received.natural_person == Cell::of(14));
    CHECK(report.applications.new_received.total == Cell::of(1894));
    CHECK(report.applications.outcome_total.other_org == Cell::of(1876));
}

TEST_CASE("row labels with counts in the narrative before the tables are not rows") {
    // 总体情况 cites 第二十条 and counts after row labels; the rows are read from the table header.
    auto report = Report::blank(FormatVersion::v2021);
    std::string const text =
        "一、总体情况依据《条例》第二十条规定，全年办理行政许可2300件、行政处罚95件，公开规章3件，"
        "制发规范性文件798件。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数"
        "本年废止件数现行有效件数规章000行政规范性文件000第二十条第（五）项信息内容本年处理决定数量"
        "行政许可2293第二十条第（六）项信息内容本年处理决定数量行政处罚1282行政强制42"
        "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理";
    REQUIRE(read_glued_tables(text, 1, report));
    auto const& a = std::get<Article20v2021>(report.article20);
    CHECK(a.regulations.issued == Cell::of(0));
    CHECK(a.normative_documents.issued == Cell::of(0));
    CHECK(a.normative_documents.in_force == Cell::of(0));
    CHECK(a.licensing.decisions == Cell::of(2293));
    CHECK(a.penalty.decisions == Cell::of(1282));
    CHECK(a.coercion.decisions == Cell::of(42));
    CHECK(uncertain_findings(report).empty());
}

TEST_CASE("digits between two Article 20 rows that no row claims are reported, not dropped") {
    // A row the reader has no label for (a provincial addition, say) between 行政许可 and 行政处罚:
    // its digits belong to no known row, and a finding quotes them.
    std::string const table =
        "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数"
        "规章000行政规范性文件000第二十条第（五）项信息内容本年处理决定数量行政许可2293"
        "某省增设事项77第二十条第（六）项信息内容本年处理决定数量行政处罚1282行政强制42"
        "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0三、收到和处理";
    auto report = Report::blank(FormatVersion::v2021);
    REQUIRE(read_glued_tables(table, 1, report));
    auto const& a = std::get<Article20v2021>(report.article20);
    CHECK(a.licensing.decisions == Cell::of(2293));
    CHECK(a.penalty.decisions == Cell::of(1282));
    std::vector<Finding> stray;
    for (auto const& f : report.diagnostics)
        if (f.code == FindingCode::parse_unplaced_line && f.table == TableKind::article20)
            stray.push_back(f);
    REQUIRE(stray.size() == 1);
    CHECK(stray[0].actual == "77");
    CHECK(stray[0].severity == Severity::warning);
    CHECK(stray[0].message.find("77") != std::string::npos);

    // Without the stray row: headers between the rows hold no digits, and nothing is reported.
    std::string clean = table;
    clean.erase(clean.find("某省增设事项77"), std::string("某省增设事项77").size());
    auto plain = Report::blank(FormatVersion::v2021);
    REQUIRE(read_glued_tables(clean, 1, plain));
    for (auto const& f : plain.diagnostics) CHECK(f.code != FindingCode::parse_unplaced_line);
}

TEST_CASE("2019 new publications never exceed the published total") {
    // 1210 as three cells: 1|2|10, 1|21|0 or 12|1|0; only the first keeps 新公开 <= 总数量.
    auto report = Report::blank(FormatVersion::v2019);
    REQUIRE(read_glued_tables("第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量"
                              "规章000规范性文件1210第二十条",
                              3, report));
    auto const& a = std::get<Article20v2019>(report.article20);
    CHECK(a.normative_documents.new_made == Cell::of(1));
    CHECK(a.normative_documents.new_published == Cell::of(2));
    CHECK(a.normative_documents.total_published == Cell::of(10));
    CHECK(finding_for(report, TableKind::article20, "normative_documents") == nullptr);
}

TEST_CASE("not-applicable marks and signs are cell boundaries in Article 20 runs") {
    // 2019 (五): a sign can only start 本年增/减, so 10+20 is 10|+2|0 and nothing else.
    auto report = Report::blank(FormatVersion::v2019);
    REQUIRE(read_glued_tables("第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量"
                              "规章///规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减"
                              "处理决定数量行政许可10+20其他对外管理服务事项3-10第二十条",
                              1, report));
    auto const& a = std::get<Article20v2019>(report.article20);
    CHECK(a.regulations.new_made == Cell::not_applicable());
    CHECK(a.regulations.total_published == Cell::not_applicable());
    CHECK(a.normative_documents.total_published == Cell::of(0));
    CHECK(a.licensing.previous_items == Cell::of(10));
    CHECK(a.licensing.change == Cell::of(2));
    CHECK(a.licensing.decisions == Cell::of(0));
    for (auto row : {"regulations", "normative_documents", "licensing"})
        CHECK(finding_for(report, TableKind::article20, row) == nullptr);
    // 3-10 is 3|-1|0 or, with "-" as a not-applicable mark, 3|-|10: the cell all splits agree
    // on is kept, the other two stay blank.
    CHECK(a.other_services.previous_items == Cell::of(3));
    CHECK(a.other_services.change == Cell::blank());
    CHECK(a.other_services.decisions == Cell::blank());
    auto const* f = finding_for(report, TableKind::article20, "other_services");
    REQUIRE(f != nullptr);
    CHECK(f->column == "change,decisions");
    CHECK(f->expected == "3|-|10 or 3|-1|0");  // in the order the run is read
    // The rows of (六), (八) and (九) are absent: each is named in a finding.
    CHECK(finding_for(report, TableKind::article20, "penalty") != nullptr);
    CHECK(finding_for(report, TableKind::article20, "procurement") != nullptr);
}

TEST_CASE("a review run that adds up in no way is reported and left blank") {
    auto report = Report::blank(FormatVersion::v2021);
    std::string const text =
        "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
        "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未"
        "审结总计123456789012345五、存在的主要问题";
    REQUIRE(read_glued_tables(text, 40, report));
    CHECK(report.review_litigation.review.total == Cell::blank());
    CHECK(report.review_litigation.litigation_after_review.upheld == Cell::blank());
    auto const* f = finding_for(report, TableKind::review_litigation, "");
    REQUIRE(f != nullptr);
    CHECK(f->line == 40);
    CHECK(f->actual == "123456789012345");
    CHECK(f->expected.empty());
    // The 15 cells left blank span the three groups: listed as "group.column".
    CHECK(f->column.starts_with("review.upheld,review.corrected,review.other,"));
    CHECK(f->column.ends_with(",litigation_after_review.total"));
    auto const cells = cells_of(*f);
    REQUIRE(cells.size() == 15);
    CHECK(cells.front() == CellAddress(ReviewGroup::review, ReviewColumn::upheld));
    CHECK(cells.back() ==
          CellAddress(ReviewGroup::litigation_after_review, ReviewColumn::total));
    CHECK(address_of(*f) == CellAddress(TableKind::review_litigation));
}

TEST_CASE("huge digit runs are reported uncertain and leave the other rows readable") {
    // How long such runs take is bounded by the split search (see "a thousand-digit run is
    // rejected at once"); timing is for govinfo_bench, not tests.
    auto report = Report::blank(FormatVersion::v2021);
    std::string const digits(1000, '7');
    std::string const text = "第二十条第（一）项规章" + digits + "行政规范性文件000一、本年新收政府信息公开申请数量" +
                             digits + "二、上年结转政府信息公开申请数量0000000四、政府信息公开行政复议、行政诉讼情况"
                             "行政复议行政诉讼结果维持总计未经复议直接起诉复议后起诉总计" + digits;
    REQUIRE(read_glued_tables(text, 5, report));
    auto const& a = std::get<Article20v2021>(report.article20);
    CHECK(a.regulations.issued == Cell::blank());
    CHECK(a.normative_documents.issued == Cell::of(0));
    CHECK(report.applications.new_received.total == Cell::blank());
    CHECK(report.applications.carried_over.total == Cell::of(0));
    CHECK(finding_for(report, TableKind::article20, "regulations") != nullptr);
    CHECK(finding_for(report, TableKind::applications, "new_received") != nullptr);
    CHECK(finding_for(report, TableKind::review_litigation, "") != nullptr);
}

TEST_CASE("a megabyte digit run in a crawler dump is reported and the other rows still read") {
    auto report = Report::blank(FormatVersion::v2021);
    std::string const text =
        "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量"
        "882512941190811773530154425038931764910224354二、上年结转政府信息公开申请数量"
        "98996839162515651491241611四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持"
        "结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结"
        "总计结果维持结果纠正其他结果尚未审结总计" +
        std::string(1 << 20, '8') + "五、存在的主要问题";
    REQUIRE(read_glued_tables(text, 3, report));
    CHECK(report.applications.new_received.natural_person == Cell::of(8825129));
    CHECK(report.applications.new_received.total == Cell::of(10224354));
    CHECK(report.applications.carried_over.natural_person == Cell::of(989968));
    CHECK(report.applications.carried_over.total == Cell::of(1241611));
    CHECK(report.review_litigation.review.upheld == Cell::blank());
    CHECK(report.review_litigation.litigation_after_review.total == Cell::blank());
    auto const* f = finding_for(report, TableKind::review_litigation, "");
    REQUIRE(f != nullptr);
    CHECK(f->line == 3);
    CHECK(f->expected.empty());
    CHECK(f->message.find("数字无法拆分为满足本表勾稽关系的 15 个单元格") != std::string::npos);
}

TEST_CASE("looks_glued tells glued rows from separated ones") {
    CHECK(looks_glued("一、本年新收政府信息公开申请数量230 000023二、上年结转"));
    CHECK(looks_glued("规章000规范性文件898989"));
    CHECK(looks_glued("结果维持结果纠正其他结果尚未审结总计10203120001200000五、"));
    CHECK_FALSE(looks_glued("一、本年新收政府信息公开申请数量 23 0 0 0 0 0 23"));
    CHECK_FALSE(looks_glued("规章 0 0 0"));
    CHECK_FALSE(looks_glued("本年新收政府信息公开申请数量"));
    // A count in a sentence is no glued row, whatever its length.
    CHECK_FALSE(looks_glued("主动公开规章12件、行政规范性文件2986件。"));
    CHECK_FALSE(looks_glued("清理规范性文件300余件，废止规章120项"));
    CHECK_FALSE(looks_glued("公开规章123、规范性文件4567。"));
    // Tabs separate cells as spaces do.
    CHECK_FALSE(looks_glued("规章 123\t0\t5"));
    CHECK_FALSE(looks_glued(""));
}

}  // TEST_SUITE

// ---- the crawler dumps of the development corpus ------------------------------------------

namespace {

namespace json = boost::json;

struct Tally {
    int right = 0, uncertain = 0, wrong = 0;
    std::set<std::pair<TableKind, std::string>> uncertain_rows;
};

// The article: the longest line of the dump, with its 1-based line number.
std::pair<std::string, std::uint32_t> article_line(std::string const& text) {
    std::string best;
    std::uint32_t best_line = 0, line = 0;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) {
        ++line;
        if (l.size() > best.size()) {
            best = l;
            best_line = line;
        }
    }
    return {best, best_line};
}

// A blank cell counts as uncertain only if a finding for its row names the article's line.
void tally_blank(Report const& r, TableKind t, std::string const& row, std::uint32_t line,
                 Tally& tally) {
    auto const* f = finding_for(r, t, row);
    CHECK_MESSAGE(f != nullptr, "blank cell without a finding: ", row);
    if (f) CHECK(f->line == line);
    ++tally.uncertain;
    tally.uncertain_rows.insert({t, row});
}

void check_count(Report const& r, TableKind t, std::string const& row, Cell const& c,
                 json::value const& expected, std::uint32_t line, Tally& tally) {
    if (c.state == CellState::blank && !expected.is_null()) {
        tally_blank(r, t, row, line, tally);
        return;
    }
    std::optional<std::int64_t> want;
    if (expected.is_int64()) want = expected.as_int64();
    if (expected.is_string()) {  // "+17", "1个": the number as printed
        std::string s(expected.as_string());
        want = std::stoll(s);
    }
    bool const ok = (expected.is_null() && c.state == CellState::blank) ||
                    (want && c.get() == want);
    CHECK_MESSAGE(ok, row, " expected ", json::serialize(expected), " got ",
                  c.has_value() ? std::to_string(c.value) : "blank");
    ok ? ++tally.right : ++tally.wrong;
}

void check_money(Report const& r, std::string const& row, MoneyCell const& c,
                 json::value const& expected, std::uint32_t line, Tally& tally) {
    if (c.state == CellState::blank && !expected.is_null()) {
        tally_blank(r, TableKind::article20, row, line, tally);
        return;
    }
    bool ok = false;
    if (c.has_value() && expected.is_double()) {
        double const got = std::stod(c.money.amount.to_string());
        ok = std::abs(got - expected.as_double()) < 1e-9 * std::max(1.0, std::abs(got));
    } else if (c.has_value() && expected.is_string()) {
        ok = c.money.amount.to_string() + std::string(label(c.money.unit)) ==
             std::string(expected.as_string());
    } else if (c.has_value() && expected.is_int64()) {
        ok = c.money.amount.to_string() == std::to_string(expected.as_int64());
    }
    CHECK_MESSAGE(ok, row, " expected ", json::serialize(expected), " got ",
                  c.has_value() ? c.money.amount.to_string() : "blank");
    ok ? ++tally.right : ++tally.wrong;
}

Tally check_corpus_file(std::string const& name,
                        std::string const& dir = GOVINFO_TEST_DATA "/corpus/") {
    auto const expected = json::parse(read_file(dir + name + ".expected.json")).as_object();
    auto const format = try_from_id<FormatVersion>(std::string(expected.at("format").as_string()));
    REQUIRE(format);
    auto const [article, line] = article_line(read_file(dir + name + ".txt"));
    REQUIRE(looks_glued(article));

    auto report = Report::blank(*format);
    REQUIRE(read_glued_tables(article, line, report));
    Tally tally;

    for (auto const& [row_label, cols] : expected.at("article20").as_object()) {
        auto const row = try_from_label<Article20Row>(row_label);
        REQUIRE_MESSAGE(row, std::string(row_label));
        std::string const row_id(id(*row));
        for (auto const& [col_label, value] : cols.as_object()) {
            auto const col = try_from_label<Article20Column>(col_label);
            REQUIRE_MESSAGE(col, std::string(col_label));
            auto const ref = article20_cell(std::as_const(report).article20, *row, *col);
            REQUIRE(ref);
            if (auto const* c = std::get_if<Cell const*>(&*ref))
                check_count(report, TableKind::article20, row_id, **c, value, line, tally);
            else
                check_money(report, row_id, *std::get<MoneyCell const*>(*ref), value, line, tally);
        }
    }
    auto const columns = all_applicant_columns();
    for (auto const& [row_label, values] : expected.at("applications").as_object()) {
        auto const row = try_from_label<ApplicationRow>(row_label);
        REQUIRE_MESSAGE(row, std::string(row_label));
        auto const* r = find_row(report.applications, *row);
        REQUIRE(r != nullptr);
        auto const& arr = values.as_array();
        REQUIRE(arr.size() == 7);
        for (std::size_t c = 0; c < 7; ++c)
            check_count(report, TableKind::applications, std::string(id(*row)),
                        cell(*r, columns[c]), arr[c], line, tally);
    }
    auto const& review = expected.at("review_litigation").as_array();
    REQUIRE(review.size() == 15);
    for (std::size_t g = 0; g < 3; ++g)
        for (std::size_t c = 0; c < 5; ++c)
            check_count(report, TableKind::review_litigation, "",
                        cell(group(report.review_litigation, review_groups()[g]),
                             review_columns()[c]),
                        review[g * 5 + c], line, tally);

    // Every table was located on the article's line.
    CHECK(report.tables_found.size() == 3);
    for (auto const& t : report.tables_found) CHECK(t.first_line == line);
    // No finding about a row whose cells all came out right.
    for (auto const& f : uncertain_findings(report))
        CHECK_MESSAGE(tally.uncertain_rows.count({f.table, f.row}) == 1, "finding for ", f.row);
    MESSAGE(name, ": ", tally.right, " right, ", tally.uncertain, " uncertain, ", tally.wrong,
            " wrong");
    CHECK(tally.wrong == 0);
    return tally;
}

using RowSet = std::set<std::pair<TableKind, std::string>>;

}  // namespace

TEST_SUITE("glued") {

TEST_CASE("c04 2019 crawler dump: every cell right or reported uncertain") {
    auto const t = check_corpus_file("c04");
    // Only Article 20 rows stay undecided: they have no total, and the one sound 2019 check
    // (新公开 <= 总数量) does not single out 89|89|89 from 898989, nor any split of 3960181 etc.
    CHECK(t.uncertain_rows == RowSet{{TableKind::article20, "normative_documents"},
                                     {TableKind::article20, "licensing"},
                                     {TableKind::article20, "other_services"},
                                     {TableKind::article20, "penalty"},
                                     {TableKind::article20, "coercion"},
                                     {TableKind::article20, "fees"},
                                     {TableKind::article20, "procurement"}});
}

TEST_CASE("c05 2021 crawler dump: every cell right or reported uncertain") {
    auto const t = check_corpus_file("c05");
    // 693665 has no identity to split it; the review run 10203120001200000 is decided.
    CHECK(t.uncertain_rows == RowSet{{TableKind::article20, "normative_documents"}});
}

TEST_CASE("c06 2021 crawler dump: every cell right or reported uncertain") {
    // The narrative says 制发规范性文件77件 (five of the 21 splits of 77132470 start with 77) and
    // 现行有效行政规范性文件393件, which is no split at all (the table has 470): nothing decides.
    auto const t = check_corpus_file("c06");
    CHECK(t.uncertain_rows == RowSet{{TableKind::article20, "normative_documents"}});
}

namespace {

// c04 (2019) with `sentence` put into its narrative, read the way check_corpus_file reads it.
Report c04_saying(std::string_view sentence) {
    std::string text = read_file(GOVINFO_TEST_DATA "/corpus/c04.txt");
    auto const at = text.find("信息内容本年新制作数量");
    REQUIRE(at != std::string::npos);
    text.insert(at, sentence);
    auto const [article, line] = article_line(text);
    auto report = Report::blank(FormatVersion::v2019);
    REQUIRE(read_glued_tables(article, line, report));
    return report;
}

Finding const* uncertain(Report const& r, std::string_view row) {
    for (auto const& f : r.diagnostics)
        if (f.code == FindingCode::parse_uncertain_cells && f.row == row) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("a count the narrative states picks among the splits of glued digits") {
    // 898989 splits six ways (8|9|8989 … 89|89|89 … 8989|8|9). 新制作 89 leaves two; 新公开 89 too
    // leaves one: 89|89|89, recorded as decided by the narrative.
    Report const r = c04_saying("本年新制作规范性文件89件，新公开规范性文件89件。");
    auto const& a = std::get<Article20v2019>(r.article20);
    CHECK(a.normative_documents.new_made == Cell::of(89));
    CHECK(a.normative_documents.new_published == Cell::of(89));
    CHECK(a.normative_documents.total_published == Cell::of(89));
    Finding const* f = uncertain(r, "normative_documents");
    REQUIRE(f != nullptr);
    CHECK(f->severity == Severity::info);
    CHECK(f->actual == "89|89|89");
    CHECK(f->expected.find("8|9|8989") != std::string::npos);
    CHECK(f->message.find("“新公开规范性文件89件”") != std::string::npos);
    CHECK(f->message.find("报告文字") != std::string::npos);
    // The three cells say in the report's provenance that evidence chose them.
    std::size_t by_evidence = 0;
    for (auto const& p : r.provenance)
        if (p.row == "normative_documents") {
            CHECK(p.how == CellOrigin::chosen_by_evidence);
            ++by_evidence;
        }
    CHECK(by_evidence == 3);
}

TEST_CASE("narrative counts that leave several splits or none decide nothing") {
    for (std::string_view sentence : {
             "本年新制作规范性文件89件。",                   // 89|8|989 and 89|89|89
             "本年新制作规范性文件7件。",                    // no split starts with 7
             "本年新制作规范性文件8件，新公开规范性文件89件。",  // each picks a different split
             "主动公开规范性文件89件。",                     // not a count of one cell
         }) {
        CAPTURE(sentence);
        Report const r = c04_saying(sentence);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.normative_documents.new_made == Cell::blank());
        Finding const* f = uncertain(r, "normative_documents");
        REQUIRE(f != nullptr);
        CHECK(f->severity == Severity::warning);
    }
}

TEST_CASE("a crawler dump cell that holds no number is quoted and the rest still reads") {
    // c05 with 行政处罚 "约1282" (a rough figure), 行政强制 "零" (zero) and the 部分公开 row "NaN".
    std::string text = read_file(GOVINFO_TEST_DATA "/corpus/c05.txt");
    auto swap = [&](std::string_view from, std::string_view to) {
        auto const at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    swap("行政处罚1282行政强制42", "行政处罚约1282行政强制零");
    swap("不计其他情形）500000 5（三）", "不计其他情形）NaN（三）");
    auto const [article, line] = article_line(text);
    REQUIRE(looks_glued(article));
    auto report = Report::blank(FormatVersion::v2021);
    REQUIRE(read_glued_tables(article, line, report));
    auto const& a = std::get<Article20v2021>(report.article20);
    CHECK(a.penalty.decisions == Cell::blank());
    CHECK(a.coercion.decisions == Cell::of(0));
    CHECK(a.licensing.decisions.has_value());
    Finding const* bad = nullptr;
    for (auto const& f : report.diagnostics)
        if (f.code == FindingCode::parse_bad_cell) bad = &f;
    REQUIRE(bad != nullptr);
    CHECK(bad->row == "penalty");
    CHECK(bad->column == "decisions");
    CHECK(bad->severity == Severity::error);
    CHECK(bad->message.find("“约1282”") != std::string::npos);
    CHECK(bad->line == line);
    Finding const* row = finding_for(report, TableKind::applications, "partially_disclosed");
    REQUIRE(row != nullptr);
    CAPTURE(row->message);
    CHECK(row->message.find("“NaN”") != std::string::npos);
    CHECK(report.applications.disclosed.total.has_value());
}

TEST_CASE("c05 with large counts: six-digit cells are split by the table's identities") {
    // c05's layout with application rows of up to 45 digits and a review run of 54: every
    // application and review cell is decided, as in c05 itself.
    auto const t = check_corpus_file("c05_large_counts", GOVINFO_TEST_DATA "/variants/");
    CHECK(t.uncertain_rows == RowSet{{TableKind::article20, "normative_documents"}});
}

}  // TEST_SUITE

// ---- random consistent tables, glued the crawler's way ------------------------------------

namespace {

struct Truth {
    std::vector<std::vector<std::int64_t>> app;  // per format row, 7 cells
    std::vector<std::int64_t> review;            // 15 cells
    std::vector<std::int64_t> docs;              // Article 20 (一): regulations then documents
};

class Glue {
public:
    explicit Glue(unsigned seed) : rng_(seed) {}

    std::int64_t count() {  // mostly 0, often small, sometimes large
        int const k = pick(0, 99);
        if (k < 55) return 0;
        if (k < 85) return pick(1, 9);
        if (k < 97) return pick(10, 99);
        return pick(100, 3000);
    }
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

    // The digits of the cells, with a stray space (from &nbsp;) now and then.
    std::string run(std::vector<std::int64_t> const& cells) {
        std::string out;
        for (auto v : cells) {
            out += std::to_string(v);
            if (pick(0, 19) == 0) out += ' ';
        }
        return out;
    }

    std::pair<std::string, Truth> report(FormatVersion f) {
        Truth t;
        auto const rows = application_rows(f);
        auto const outcomes = outcome_rows(f);
        t.app.assign(rows.size(), std::vector<std::int64_t>(7, 0));
        std::vector<std::int64_t> total(7, 0);
        std::size_t ti = 0, ni = 0, pi = 0, fi = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            bool const outcome =
                std::find(outcomes.begin(), outcomes.end(), rows[i]) != outcomes.end();
            if (rows[i] == ApplicationRow::outcome_total) ti = i;
            if (rows[i] == ApplicationRow::new_received) ni = i;
            if (rows[i] == ApplicationRow::carried_over) pi = i;
            if (rows[i] == ApplicationRow::carried_forward) fi = i;
            if (!outcome) continue;
            for (std::size_t c = 0; c < 6; ++c) {
                t.app[i][c] = c == 0 ? count() : (pick(0, 3) == 0 ? count() : 0);
                t.app[i][6] += t.app[i][c];
            }
            for (std::size_t c = 0; c < 7; ++c) total[c] += t.app[i][c];
        }
        t.app[ti] = total;
        for (std::size_t c = 0; c < 6; ++c) {
            t.app[fi][c] = pick(0, 4) == 0 ? count() : 0;
            std::int64_t const in = total[c] + t.app[fi][c];
            t.app[pi][c] = pick(0, 3) == 0 ? std::min<std::int64_t>(in, count()) : 0;
            t.app[ni][c] = in - t.app[pi][c];
            for (auto r : {ni, pi, fi}) t.app[r][6] += t.app[r][c];
        }
        for (std::size_t g = 0; g < 3; ++g) {
            std::int64_t sum = 0;
            for (int c = 0; c < 4; ++c) {
                t.review.push_back(pick(0, 2) == 0 ? count() : 0);
                sum += t.review.back();
            }
            t.review.push_back(sum);
        }
        for (int i = 0; i < 6; ++i) t.docs.push_back(count());
        if (f == FormatVersion::v2019) {  // keep 新公开 <= 总数量 as real tables do
            for (std::size_t r = 0; r < 2; ++r)
                if (t.docs[r * 3 + 1] > t.docs[r * 3 + 2]) std::swap(t.docs[r * 3 + 1], t.docs[r * 3 + 2]);
        }

        bool const v19 = f == FormatVersion::v2019;
        std::string text = "二、主动公开政府信息情况第二十条第（一）项信息内容";
        text += v19 ? "本年新制作数量本年新公开数量对外公开总数量" : "本年制发件数本年废止件数现行有效件数";
        text += "规章" + run({t.docs[0], t.docs[1], t.docs[2]});
        text += std::string(v19 ? "规范性文件" : "行政规范性文件") + run({t.docs[3], t.docs[4], t.docs[5]});
        text += "第二十条第（五）项信息内容三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为："
                "第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业"
                "科研机构社会公益组织法律服务机构其他";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            switch (rows[i]) {
                case ApplicationRow::disclosed: text += "三、本年度办理结果"; break;
                case ApplicationRow::withheld_state_secret: text += "（三）不予公开"; break;
                case ApplicationRow::unavailable_not_held: text += "（四）无法提供"; break;
                case ApplicationRow::declined_petition_complaint: text += "（五）不予处理"; break;
                case ApplicationRow::other_no_correction: text += "（六）其他处理"; break;
                default: break;
            }
            text += printed_label(rows[i]) + run(t.app[i]);
        }
        text += "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结"
                "总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正"
                "其他结果尚未审结总计" +
                run(t.review) + "五、存在的主要问题及改进情况";
        return {text, t};
    }

private:
    // The official label, or now and then a variant real reports print (FORMAT.md §10).
    std::string printed_label(ApplicationRow r) {
        std::string l(label(r));
        if (pick(0, 2) != 0) return l;
        auto replace = [&](std::string_view from, std::string_view to) {
            if (auto p = l.find(from); p != std::string::npos) l.replace(p, from.size(), to);
        };
        replace("（七）总计", "(七)合计");
        replace("（六）其他处理", "（六）其他");
        replace("只计这一情形", "只计这一情况");
        replace("（一）", "(一)");
        replace("“三安全一稳定”", "\"三安全一稳定\"");
        replace("内部事务", "内容事务");
        replace("、行政机关", "，行政机关");
        if (l.size() > 2 && l[1] == '.') l.replace(1, 1, "、");
        return l;
    }

    std::mt19937 rng_;
};

}  // namespace

TEST_SUITE("glued") {

TEST_CASE("random glued tables: a filled cell is never wrong") {
    int right = 0, uncertain = 0, wrong = 0;
    for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
        Glue glue(f == FormatVersion::v2019 ? 2019u : 2021u);
        for (int iteration = 0; iteration < 150; ++iteration) {
            auto const [text, truth] = glue.report(f);
            auto report = Report::blank(f);
            REQUIRE(read_glued_tables(text, 1, report));
            auto tally = [&](Cell const& c, std::int64_t want, TableKind t, std::string_view row) {
                if (!c.has_value()) {
                    ++uncertain;
                    CHECK(finding_for(report, t, row) != nullptr);  // never blank in silence
                } else if (c.value == want) {
                    ++right;
                } else {
                    ++wrong;
                    FAIL_CHECK("wrong cell in: ", text);
                }
            };
            auto const rows = application_rows(f);
            for (std::size_t i = 0; i < rows.size(); ++i)
                for (std::size_t c = 0; c < 7; ++c)
                    tally(cell(*find_row(report.applications, rows[i]), all_applicant_columns()[c]),
                          truth.app[i][c], TableKind::applications, id(rows[i]));
            for (std::size_t g = 0; g < 3; ++g)
                for (std::size_t c = 0; c < 5; ++c)
                    tally(cell(group(report.review_litigation, review_groups()[g]), review_columns()[c]),
                          truth.review[g * 5 + c], TableKind::review_litigation, "");
            auto const doc_cols = article20_columns(f, Article20Row::regulations);
            for (std::size_t r = 0; r < 2; ++r)
                for (std::size_t c = 0; c < 3; ++c) {
                    auto const row =
                        r == 0 ? Article20Row::regulations : Article20Row::normative_documents;
                    auto const ref = article20_cell(std::as_const(report).article20, row, doc_cols[c]);
                    REQUIRE(ref);
                    tally(*std::get<Cell const*>(*ref), truth.docs[r * 3 + c], TableKind::article20,
                          id(row));
                }
            // The reader speaks only of cells it could not decide.
            for (auto const& fd : report.diagnostics) CHECK(fd.code == FindingCode::parse_uncertain_cells);
        }
    }
    MESSAGE("random tables: ", right, " right, ", uncertain, " uncertain, ", wrong, " wrong");
    CHECK(wrong == 0);
    CHECK(right > 10 * uncertain);  // the identities decide nearly everything
}

}  // TEST_SUITE
