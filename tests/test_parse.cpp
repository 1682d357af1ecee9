#include "govinfo/parse.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/json.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "parse/numbers.hpp"
#include "parse/segment.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

using govinfo::test::read_file;

std::string const data_dir = GOVINFO_TEST_DATA;

Report golden(std::string const& stem) {
    auto r = report_from_json(read_file(data_dir + "/golden/" + stem + ".report.json"));
    REQUIRE_MESSAGE(r.ok(), stem << ": " << (r.ok() ? "" : r.error().message));
    return std::move(r).value();
}

struct Tally {
    int right = 0, uncertain = 0, wrong = 0;
};

std::string show(Cell const& c) {
    switch (c.state) {
        case CellState::blank: return "blank";
        case CellState::not_applicable: return "not_applicable";
        case CellState::value: break;
    }
    return std::to_string(c.value);
}
std::string show(MoneyCell const& c) {
    switch (c.state) {
        case CellState::blank: return "blank";
        case CellState::not_applicable: return "not_applicable";
        case CellState::value: break;
    }
    return c.money.amount.to_string() + " " + std::string(id(c.money.unit));
}

// True when the parser said it could not decide the cells of this row.
bool uncertain_row(Report const& r, TableKind t, std::string_view row) {
    for (auto const& f : r.diagnostics)
        if (f.code == FindingCode::parse_uncertain_cells && f.table == t &&
            (f.row == row || (t == TableKind::review_litigation && f.row.empty())))
            return true;
    return false;
}

// Every cell of `got` against the golden report: state and value, money digits and unit. A cell
// left blank where the golden file has a value is allowed only when a parse_uncertain_cells
// finding names its row; everything else that differs is wrong.
Tally compare_cells(Report const& got, Report const& want) {
    REQUIRE(got.format() == want.format());
    std::vector<std::string> seen;
    for_each_cell(got, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        seen.push_back(std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col) + "=" +
                       show(c));
    });
    Tally tally;
    std::size_t k = 0;
    for_each_cell(want, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        std::string const key = std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col);
        REQUIRE(k < seen.size());
        std::string const& g = seen[k++];
        if (g == key + "=" + show(c)) {
            ++tally.right;
        } else if (g == key + "=blank" && uncertain_row(got, t, row)) {
            ++tally.uncertain;
        } else {
            ++tally.wrong;
            CHECK_MESSAGE(false, g << " expected " << show(c));
        }
    });
    CHECK(k == seen.size());
    return tally;
}

// `period_recorded`: the seed expected files record the statistics period (null = the report
// states none); the corpus files do not record it, so their golden null says nothing.
void check_metadata(Report const& r, Report const& want, bool period_recorded) {
    CHECK(r.agency == want.agency);
    CHECK(r.year == want.year);
    CHECK(r.format() == want.format());
    if (period_recorded) REQUIRE(r.statistics_period.has_value() == want.statistics_period.has_value());
    if (want.statistics_period) {
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->text == want.statistics_period->text);
        CHECK(r.statistics_period->start == want.statistics_period->start);
        CHECK(r.statistics_period->end == want.statistics_period->end);
    }
}

// Parses tests/data/<file>, takes report `index` and compares it in full with its golden file.
// `printed_agency` replaces the golden agency where the text itself spells it differently.
Tally check_golden(std::string const& file, std::size_t index, std::size_t reports,
                   std::string const& stem, Report* out = nullptr,
                   char const* printed_agency = nullptr) {
    auto const result = parse_file(data_dir + "/" + file);
    REQUIRE(result.reports.size() == reports);
    Report const& r = result.reports[index];
    Report want = golden(stem);
    if (printed_agency) want.agency = printed_agency;
    check_metadata(r, want, file.starts_with("seeds/"));
    Tally const t = compare_cells(r, want);
    MESSAGE(stem << ": " << t.right << " right, " << t.uncertain << " uncertain, " << t.wrong
                 << " wrong");
    CHECK(t.wrong == 0);
    if (out) *out = r;
    return t;
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


// ---- synthetic reports: one statutory 2021 table set written in each layout family ----

enum class Layout { tabs, cell_per_line, pipes, markdown, spaced_columns, label_block };

std::vector<std::string> const app_labels_2021 = {
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密",
    "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
    "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
    "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
    "（七）总计", "四、结转下年度继续办理"};

std::int64_t app_value(std::size_t row, std::size_t col) {
    if (col < 6) return static_cast<std::int64_t>((row * 7 + col * 3) % 13);
    std::int64_t sum = 0;
    for (std::size_t c = 0; c < 6; ++c) sum += app_value(row, c);
    return sum;
}

std::int64_t const review_values[15] = {1, 2, 3, 4, 10, 0, 1, 0, 0, 1, 2, 0, 0, 1, 3};

std::string row_text(Layout layout, std::string const& label, std::vector<std::string> const& values) {
    std::string out;
    switch (layout) {
        case Layout::tabs:
            out = label;
            for (auto const& v : values) out += "\t" + v;
            return out + "\n";
        case Layout::cell_per_line:
            out = "\t" + label + "\n";
            for (auto const& v : values) out += "\t" + v + "\u3000\n";
            return out + "\n";
        case Layout::pipes:
            out = label;
            for (auto const& v : values) out += " | " + v;
            return out + " |\n";
        case Layout::markdown:
            out = "| " + label;
            for (auto const& v : values) out += " | " + v;
            return out + " |\n";
        case Layout::spaced_columns:
        case Layout::label_block:
            out = "  " + label;
            for (auto const& v : values) out += "      " + v;
            return out + "\n";
    }
    return out;
}

std::string synthetic_report(Layout layout) {
    std::string t = "测试市测试局2022年政府信息公开工作年度报告\n";
    t += "本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。\n";
    t += "一、总体情况\n2022年，我局认真贯彻落实条例。\n";
    t += "二、主动公开政府信息情况\n";
    if (layout == Layout::markdown) t += "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n";
    else t += row_text(layout, "信息内容", {"本年制发件数", "本年废止件数", "现行有效件数"});
    t += row_text(layout, "规章", {"1", "0", "5"});
    t += row_text(layout, "行政规范性文件", {"3", "1", "20"});
    t += row_text(layout, "第二十条第（五）项", {});
    t += row_text(layout, "行政许可", {"100"});
    t += row_text(layout, "行政处罚", {"2,000"});
    t += row_text(layout, "行政强制", {"７"});
    t += row_text(layout, "行政事业性收费", {"12.5"});
    t += "三、收到和处理政府信息公开申请情况\n";
    t += row_text(layout, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", {});
    if (layout == Layout::label_block) {
        // pdftotext default mode: every label first, then every value, one per line.
        for (auto const& l : app_labels_2021) t += l + "\n\n";
        for (std::size_t r = 0; r < app_labels_2021.size(); ++r)
            for (std::size_t c = 0; c < 7; ++c) t += std::to_string(app_value(r, c)) + "\n\n";
    } else {
        for (std::size_t r = 0; r < app_labels_2021.size(); ++r) {
            if (r == 2) t += row_text(layout, "三、本年度办理结果", {});
            if (r == 4) t += row_text(layout, "（三）不予公开", {});
            if (r == 20) t += row_text(layout, "（六）其他处理", {});
            std::vector<std::string> v;
            for (std::size_t c = 0; c < 7; ++c) v.push_back(std::to_string(app_value(r, c)));
            t += row_text(layout, app_labels_2021[r], v);
        }
    }
    t += "四、政府信息公开行政复议、行政诉讼情况\n";
    t += row_text(layout, "行政复议", {});
    t += row_text(layout, "结果维持", {});
    std::vector<std::string> rv;
    for (auto v : review_values) rv.push_back(std::to_string(v));
    if (layout == Layout::markdown) t += "| " + rv[0];
    else t += rv[0];
    for (std::size_t i = 1; i < 15; ++i) t += (layout == Layout::tabs ? "\t" : layout == Layout::cell_per_line || layout == Layout::label_block ? "\n" : " | ") + rv[i];
    t += layout == Layout::markdown ? " |\n" : "\n";
    t += "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n测试市测试局\n2023年1月20日\n";
    return t;
}

void check_synthetic(Report const& r) {
    CHECK(r.agency == "测试市测试局");
    CHECK(r.year == 2022);
    CHECK(r.format() == FormatVersion::v2021);
    CHECK(r.sections.size() == 6);
    auto const& a = std::get<Article20v2021>(r.article20);
    CHECK(a.regulations.issued == Cell::of(1));
    CHECK(a.regulations.in_force == Cell::of(5));
    CHECK(a.normative_documents.in_force == Cell::of(20));
    CHECK(a.licensing.decisions == Cell::of(100));
    CHECK(a.penalty.decisions == Cell::of(2000));
    CHECK(a.coercion.decisions == Cell::of(7));
    CHECK(a.fees.amount == MoneyCell::of(Decimal{125, 1}, MoneyUnit::wan_yuan));
    auto rows = application_rows(FormatVersion::v2021);
    auto cols = all_applicant_columns();
    int ok = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t c = 0; c < 7; ++c)
            ok += cell(*find_row(r.applications, rows[i]), cols[c]) == Cell::of(app_value(i, c));
    CHECK(ok == 175);
    for (std::size_t i = 0; i < 15; ++i)
        CHECK(cell(group(r.review_litigation, review_groups()[i / 5]), review_columns()[i % 5]) ==
              Cell::of(review_values[i]));
}

// A tiny 2019-format report around the given Article 20 lines, for cell quirks.
std::string report_2019_with(std::string const& article20_lines) {
    return "测试县测试局2020年政府信息公开工作年度报告\n一、总体情况\n略。\n"
           "二、主动公开政府信息情况\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n" +
           article20_lines +
           "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
           "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"
           "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
}


}  // namespace

TEST_SUITE("parse") {
    TEST_CASE("seed 000: one cell per line with tab prefixes and wrapped headers") {
        Report r;
        check_golden("seeds/000_93777d88a2382c03.txt", 0, 1, "000_93777d88a2382c03", &r);
        CHECK(r.sections.size() == 6);
        // 10524.26475万元 keeps every digit and its unit.
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.procurement.amount.money.amount.to_string() == "10524.26475");
        CHECK(a.procurement.amount.money.unit == MoneyUnit::wan_yuan);
        CHECK(r.tables_found.size() == 3);
    }

    TEST_CASE("seed 001: tab rows with a table split over two pages") {
        Report r;
        check_golden("seeds/001_6f73e57e54ca5cf9.txt", 0, 1, "001_6f73e57e54ca5cf9", &r);
        CHECK(r.sections.size() == 6);
        CHECK(has_finding(r, FindingCode::parse_extra_cells, 89));    // 16 values for 15 cells
        CHECK(has_finding(r, FindingCode::parse_label_variant, 28));  // 本年度止件数
    }

    TEST_CASE("seed 002: five reports after a guide in pipe rows packed left") {
        std::vector<Report> rs(5);
        for (std::size_t k = 0; k < 5; ++k) {
            CAPTURE(k);
            check_golden("seeds/002_6174489a5f7162cb.txt", k, 5,
                         "002_6174489a5f7162cb.r" + std::to_string(k + 1), &rs[k]);
            CHECK(rs[k].sections.size() == 6);
        }
        // "一、本年新收… | 1 | 1" → 自然人 and 总计, inferred from 总计 = row sum, and said so.
        CHECK(has_finding(rs[4], FindingCode::parse_missing_cells, 445));
        // 2021 report labelled with the 2019 row name.
        CHECK(has_finding(rs[2], FindingCode::parse_label_variant, 284));
    }

    TEST_CASE("seed 003: one cell per line ending in a pipe") {
        Report r;
        check_golden("seeds/003_efe2eca494f81be5.txt", 0, 1, "003_efe2eca494f81be5", &r);
        CHECK(r.sections.size() == 6);
        // The period ends in the wrong year: the dates are read as printed.
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->end == Date{2021, 12, 31});
        // 采购总金额(万元): the unit comes from the header.
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.procurement.amount.money.unit == MoneyUnit::wan_yuan);
    }

    TEST_CASE("seed 004: tab rows with blank rows and label variants") {
        Report r;
        check_golden("seeds/004_435f754e219edab5.txt", 0, 1, "004_435f754e219edab5", &r);
        CHECK(r.sections.size() == 6);
        CHECK(has_finding(r, FindingCode::parse_label_variant, 50));  // 其他法律法规禁止公开
    }

    TEST_CASE("corpus c01: Markdown tables scrambled by a converter") {
        Report r;
        // The OCR text itself says 沐阳 (for 沭阳) every time; the parser reports what it says.
        check_golden("corpus/c01.txt", 0, 1, "c01", &r, "沐阳县人民政府");
        CHECK(r.sections.size() == 6);
    }

    TEST_CASE("corpus c02: pdftotext default mode with detached labels and page breaks") {
        Report r;
        check_golden("corpus/c02.txt", 0, 1, "c02", &r);
        CHECK(r.sections.size() == 6);
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->start == Date{2024, 1, 1});
        CHECK(r.statistics_period->end == Date{2024, 12, 31});
    }

    TEST_CASE("corpus c03: HTML tables with rowspan colspan and blank cells") {
        Report r;
        auto const t = check_golden("corpus/c03.html", 0, 1, "c03", &r);
        CHECK(t.uncertain == 0);
        CHECK(r.sections.size() == 6);
        REQUIRE(r.statistics_period);  // 从2019年1月1日到12月31日止
        CHECK(r.statistics_period->end == Date{2019, 12, 31});
        // Blank stays blank: the 总计 of （一）予以公开 is empty in the page, not 0 and not 1.
        CHECK(r.applications.disclosed.total == Cell::blank());
        CHECK(r.applications.disclosed.commercial_enterprise == Cell::of(12));
        CHECK(r.applications.new_received.research_institution == Cell::blank());
        CHECK(r.review_litigation.litigation_after_review.total == Cell::blank());
        // Nothing to say about a table read cell by cell.
        for (auto const& f : r.diagnostics) CHECK_MESSAGE(false, id(f.code) << " " << f.message);
        CHECK(r.tables_found.size() == 3);
    }

    TEST_CASE("findings in an HTML report name the HTML source line") {
        std::string const html =
            "<html><body>\n"                                                      // 1
            "<p>测试县测试局2020年政府信息公开工作年度报告</p>\n"                 // 2
            "<p>一、总体情况</p><p>略。</p>\n"                                    // 3
            "<p>二、主动公开政府信息情况</p>\n"                                   // 4
            "<table>\n"                                                           // 5
            "<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td>"
            "<td>对外公开总数量</td></tr>\n"                                      // 6
            "<tr><td>规章</td>\n<td>1x2</td><td>0</td><td>0</td></tr>\n"         // 7-8
            "</table>\n"                                                          // 9
            "<p>三、收到和处理政府信息公开申请情况</p>\n"                         // 10
            "<p>四、政府信息公开行政复议、行政诉讼情况</p>\n"                     // 11
            "<p>五、存在的主要问题及改进情况</p><p>无。</p>\n"                    // 12
            "<p>六、其他需要报告的事项</p><p>无。</p>\n"                          // 13
            "</body></html>\n";
        auto const r = parse(html).reports.at(0);
        CHECK(r.agency == "测试县测试局");
        // A finding about a cell names the HTML line of that cell's <td>.
        CHECK(has_finding(r, FindingCode::parse_bad_cell, 8));
        REQUIRE(r.sections.size() == 6);
        CHECK(r.sections[0].first_line == 3);
        CHECK(r.sections[5].first_line == 13);
        // c03 is one 36 KB line of HTML: line 1 is right for everything in it.
    }

    TEST_CASE("corpus c04-c06: crawler dumps are right or say which rows are uncertain") {
        for (std::string const stem : {"c04", "c05", "c06"}) {
            CAPTURE(stem);
            Report r;
            auto const t = check_golden("corpus/" + stem + ".txt", 0, 1, stem, &r);
            CHECK(t.right > 170);
            REQUIRE(r.year);
            REQUIRE(r.statistics_period);
            CHECK(r.statistics_period->start == Date{*r.year, 1, 1});
            CHECK(r.statistics_period->end == Date{*r.year, 12, 31});
            // The one-line article is split into its six sections.
            REQUIRE(r.sections.size() == 6);
            for (std::size_t k = 0; k < 6; ++k) CHECK(r.sections[k].number == static_cast<int>(k + 1));
            CHECK(r.sections[0].heading == "一、总体情况");
            CHECK(r.sections[3].heading == "四、政府信息公开行政复议、行政诉讼情况");
            CHECK(r.sections[5].heading == "六、其他需要报告的事项");
            CHECK(r.sections[2].text.find("一、本年新收政府信息公开申请数量") != std::string::npos);
            CHECK(r.sections[5].text.find("附件下载") == std::string::npos);
            if (stem == "c06") {
                CHECK(r.sections[0].text.find("现行有效行政规范性文件393件") != std::string::npos);
                CHECK(r.sections[5].text == "2023年，无收取信息处理费情况。");
            }
            if (stem == "c05") CHECK(r.sections[5].text == "2021年，无收取信息处理费情况。");
        }
    }

    TEST_CASE("a one-line article is split at its section headings and their variants") {
        std::string const text =
            "某县某局2021年政府信息公开工作年度报告 一、总体情况全年主动公开信息12条。"
            "二、主动公开情况 第二十条第（一）项信息内容本年制发件数 "
            "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量1000001"
            "四、结转下年度继续办理0000000 四、行政复议和行政诉讼情况无。"
            "五、存在问题及改进情况解读不够。六、其他需要报告的事项无。 打印本页";
        auto const sections = detail::split_inline_sections(text);
        REQUIRE(sections.size() == 6);
        CHECK(sections[0].heading == "一、总体情况");
        CHECK(sections[0].text == "全年主动公开信息12条。");
        CHECK(sections[1].heading == "二、主动公开情况");
        CHECK(sections[2].text == "一、本年新收政府信息公开申请数量1000001四、结转下年度继续办理0000000");
        CHECK(sections[3].heading == "四、行政复议和行政诉讼情况");
        CHECK(sections[4].heading == "五、存在问题及改进情况");
        CHECK(sections[5].text == "无。");
        // Fewer than three headings: no section structure is claimed.
        CHECK(detail::split_inline_sections("一、总体情况略。二、主动公开情况略。").empty());
    }

    TEST_CASE("tabbed rows with spanned labels keep blank cells in their columns") {
        // A Word or HTML export: the label spans three grid columns, blank cells are empty.
        std::string text = synthetic_report(Layout::tabs);
        auto const begin = text.find("三、收到和处理");
        auto const end = text.find("四、政府信息公开");
        text.replace(begin, end - begin,
                     "三、收到和处理政府信息公开申请情况\n"
                     "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t\n"
                     "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
                     "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"
                     "一、本年新收政府信息公开申请数量\t\t\t821\t35\t\t\t2\t1\t859\n"
                     "三、本年度办理结果\t（一）予以公开\t\t258\t12\t\t\t1\t1\t\n"
                     "\t（三）不予公开\t1.属于国家秘密\t\t\t\t\t\t\t14\n");
        auto const r = parse(text).reports.at(0);
        auto const& a = r.applications;
        CHECK(a.new_received.natural_person == Cell::of(821));
        CHECK(a.new_received.commercial_enterprise == Cell::of(35));
        CHECK(a.new_received.research_institution == Cell::blank());
        CHECK(a.new_received.public_interest_org == Cell::blank());
        CHECK(a.new_received.legal_service_org == Cell::of(2));
        CHECK(a.new_received.other_org == Cell::of(1));
        CHECK(a.new_received.total == Cell::of(859));
        CHECK(a.disclosed.natural_person == Cell::of(258));
        CHECK(a.disclosed.other_org == Cell::of(1));
        CHECK(a.disclosed.total == Cell::blank());
        CHECK(a.withheld_state_secret.natural_person == Cell::blank());
        CHECK(a.withheld_state_secret.total == Cell::of(14));
        CHECK(count_findings(r, FindingCode::parse_missing_cells) > 0);  // rows not printed
        for (auto const& f : r.diagnostics)
            CHECK_MESSAGE(f.row != "new_received", f.message);
    }

    TEST_CASE("every layout family reads every cell") {
        for (auto layout : {Layout::tabs, Layout::cell_per_line, Layout::pipes, Layout::markdown,
                            Layout::spaced_columns, Layout::label_block}) {
            CAPTURE(static_cast<int>(layout));
            auto const result = parse(synthetic_report(layout));
            REQUIRE(result.reports.size() == 1);
            check_synthetic(result.reports[0]);
        }
    }

    TEST_CASE("cells say not applicable or carry signs units and full-width digits") {
        auto const text = report_2019_with(
            "规章\t/\t—\t-\n规范性文件\t１２\t1,036\t+3\n行政许可\t5\t-2\t+17\n"
            "政府集中采购\t2\t246900元\n");
        auto const r = parse(text).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::not_applicable());
        CHECK(a.regulations.new_published == Cell::not_applicable());
        CHECK(a.regulations.total_published == Cell::not_applicable());
        CHECK(a.normative_documents.new_made == Cell::of(12));
        CHECK(a.normative_documents.new_published == Cell::of(1036));
        CHECK(a.normative_documents.total_published == Cell::of(3));
        CHECK(a.licensing.change == Cell::of(-2));
        CHECK(a.licensing.decisions == Cell::of(17));
        CHECK(a.procurement.amount == MoneyCell::of(Decimal{246900, 0}, MoneyUnit::yuan));
        CHECK(a.other_services.previous_items == Cell::blank());  // not printed at all
    }

    TEST_CASE("a cell saying 无 reads as 0 and keeps its column") {
        // Some agencies write 无 ("none") where others write 0; read as text it used to end the
        // row, so the values after it went to no row or to the wrong one.
        auto const r = parse(report_2019_with("规章\t无\t2\t无\n规范性文件 | 3 | 无 | 5 |\n"
                                              "政府集中采购\t无\t无\n"))
                           .reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::of(0));
        CHECK(a.regulations.new_published == Cell::of(2));
        CHECK(a.regulations.total_published == Cell::of(0));
        CHECK(a.normative_documents.new_made == Cell::of(3));
        CHECK(a.normative_documents.new_published == Cell::of(0));
        CHECK(a.normative_documents.total_published == Cell::of(5));
        CHECK(a.procurement.projects == Cell::of(0));
        CHECK(a.procurement.amount == MoneyCell::of(Decimal{0, 0}, MoneyUnit::unknown));
        for (auto const& f : r.diagnostics)
            CHECK_MESSAGE(f.table != TableKind::article20, f.message);
        // Only the whole cell: 无 inside a label or a sentence is still text.
        CHECK(detail::read_cell("\u3000无 ").kind == detail::CellKind::number);
        CHECK(detail::read_cell("无。").kind == detail::CellKind::text);
        CHECK(detail::read_cell("无法提供").kind == detail::CellKind::text);
    }

    TEST_CASE("a 无 inside a vertical label is text not a zero") {
        // pdftotext prints the merged group cell （四）无法提供 one character a line; its 无 must
        // not become the seventh value of the row above, which printed six (a blank dropped).
        std::string text = report_2019_with("规章\t0\t0\t0\n");
        text.insert(text.find("四、政府信息公开行政复议"),
                    "8.属于行政查询事项\n\n3\n\n5\n\n1\n\n3\n\n3\n\n16\n\n(\n四\n)\n无\n法\n提\n供\n\n"
                    "1.本机关不掌握相关政府信息\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n\n");
        auto const r = parse(text).reports.at(0);
        auto const& a = r.applications;
        CHECK(a.withheld_administrative_query.total == Cell::blank());
        CHECK(a.withheld_administrative_query.natural_person == Cell::blank());
        CHECK(a.unavailable_not_held.natural_person == Cell::of(1));
        CHECK(a.unavailable_not_held.total == Cell::of(1));
    }

    TEST_CASE("pdftotext bare page numbers before a form feed are not cells") {
        // pdftotext ends a page with its footer ("2") and a form feed glued to the next page's
        // first line; here the page breaks fall inside the Article 20, application and review
        // tables.
        std::string const text = read_file(data_dir + "/variants/pdftotext_bare_page_numbers.txt");
        auto const r = parse(text).reports.at(0);
        CHECK(r.diagnostics.empty());
        auto const& a = std::get<Article20v2021>(r.article20);
        CHECK(a.normative_documents.in_force == Cell::of(4));
        CHECK(a.licensing.decisions == Cell::of(15));
        auto const& app = r.applications;
        CHECK(app.withheld_third_party_rights.natural_person == Cell::of(1));
        CHECK(app.withheld_third_party_rights.legal_service_org == Cell::of(0));
        CHECK(app.withheld_third_party_rights.total == Cell::of(1));
        CHECK(app.withheld_internal_affairs.natural_person == Cell::of(0));
        CHECK(app.outcome_total.total == Cell::of(6));
        CHECK(r.review_litigation.review.total == Cell::of(1));
        CHECK(r.review_litigation.litigation_after_review.total == Cell::of(0));

        // Numbers that do not count pages (1, 5, 9) are cells: the review table gets a 16th.
        std::string other = text;
        for (auto [from, to] : {std::pair{"\n2\n\n\f", "\n5\n\n\f"}, {"\n3\n\n\f", "\n9\n\n\f"}}) {
            auto const at = other.find(from);
            REQUIRE(at != std::string::npos);
            other.replace(at, std::string_view(from).size(), to);
        }
        auto const o = parse(other).reports.at(0);
        CHECK(count_findings(o, FindingCode::parse_extra_cells) == 1);
    }

    TEST_CASE("one cell per line: a cell that holds no number keeps its place and is quoted") {
        // pdftotext prints one cell per line: a value that is text ("约15", "（1）") used to be
        // read as part of the label or skipped, and the row took the next row's values.
        std::string text = read_file(data_dir + "/variants/pdftotext_bare_page_numbers.txt");
        auto swap = [&](std::string& t, std::string_view from, std::string_view to) {
            auto const at = t.find(from);
            REQUIRE(at != std::string::npos);
            t.replace(at, from.size(), to);
        };
        swap(text, "行政许可\n\n15\n", "行政许可\n\n约15\n");
        swap(text, "一、本年新收政府信息公开申请数量\n\n5\n\n1\n", "一、本年新收政府信息公开申请数量\n\n5\n\n（1）\n");
        auto const r = parse(text).reports.at(0);
        auto const& a = std::get<Article20v2021>(r.article20);
        CHECK(a.licensing.decisions == Cell::blank());
        CHECK(a.penalty.decisions == Cell::of(6));
        CHECK(r.applications.new_received.natural_person == Cell::of(5));
        CHECK(r.applications.new_received.commercial_enterprise == Cell::blank());
        CHECK(r.applications.new_received.total == Cell::of(6));
        CHECK(r.applications.carried_over.total == Cell::of(0));
        std::vector<std::string> quoted;
        for (auto const& f : r.diagnostics) {
            CAPTURE(f.message);
            CHECK(f.code == FindingCode::parse_bad_cell);
            quoted.push_back(f.row + "/" + f.column + " " + std::string(id(f.severity)));
        }
        CHECK(quoted == std::vector<std::string>{"licensing/decisions error",
                                                 "new_received/commercial_enterprise warning"});

        std::string tabbed = read_file(data_dir + "/variants/tab_per_line_blank_cells.txt");
        swap(tabbed, "\t4\u3000\n", "\t六十九\n");
        auto const t = parse(tabbed).reports.at(0);
        CHECK(t.applications.new_received.natural_person == Cell::blank());
        CHECK(t.applications.new_received.public_interest_org == Cell::of(1));
        CHECK(t.applications.new_received.total == Cell::of(5));
        bool quotes = false;
        for (auto const& f : t.diagnostics)
            quotes = quotes || (f.code == FindingCode::parse_bad_cell && f.row == "new_received" &&
                                f.message.find("“六十九”") != std::string::npos);
        CHECK(quotes);
    }

    TEST_CASE("one cell per line keeps blank cells printed as a bare separator") {
        // Word and PDF extractions print an empty cell as a line holding only its separator
        // (" |" or a tab); the values of such a row keep their columns instead of being packed
        // left by the 总计 rule.
        for (char const* file : {"variants/pipe_per_line_blank_cells.txt",
                                 "variants/tab_per_line_blank_cells.txt"}) {
            CAPTURE(file);
            auto const r = parse_file(data_dir + "/" + file).reports.at(0);
            auto const& app = r.applications;
            CHECK(app.new_received.natural_person == Cell::of(4));
            CHECK(app.new_received.commercial_enterprise == Cell::blank());
            CHECK(app.new_received.public_interest_org == Cell::of(1));
            CHECK(app.new_received.total == Cell::of(5));
            CHECK(app.disclosed.public_interest_org == Cell::of(1));
            CHECK(app.partially_disclosed.natural_person == Cell::of(1));
            CHECK(app.partially_disclosed.total == Cell::of(1));
            CHECK(app.carried_over.total == Cell::blank());
            CHECK(app.outcome_total.public_interest_org == Cell::of(1));
            CHECK(r.review_litigation.litigation_after_review.total == Cell::of(0));
            bool const v2019 = r.format() == FormatVersion::v2019;
            auto const a20 = [&](Article20Row row, Article20Column col) {
                auto const ref = article20_cell(r.article20, row, col);
                REQUIRE(ref);
                return *std::get<Cell const*>(*ref);
            };
            using AC = Article20Column;
            auto const first = v2019 ? AC::new_made : AC::issued;
            auto const second = v2019 ? AC::new_published : AC::repealed;
            auto const third = v2019 ? AC::total_published : AC::in_force;
            CHECK(a20(Article20Row::regulations, first) == Cell::blank());
            CHECK(a20(Article20Row::regulations, third) == Cell::of(3));
            CHECK(a20(Article20Row::normative_documents, first) == Cell::of(2));
            CHECK(a20(Article20Row::normative_documents, second) == Cell::blank());
            CHECK(a20(Article20Row::normative_documents, third) == Cell::of(5));
            for (auto const& f : r.diagnostics)
                CHECK_MESSAGE(!(f.code == FindingCode::parse_missing_cells && f.row == "new_received"),
                              f.message);
        }
    }

    TEST_CASE("one cell per line without empty lines between rows keeps blank cells") {
        // Tab-prefixed cells, no empty line between rows, sub-rows led by the tab lines of their
        // spanned group cells, and rows of blank cells only.
        auto const r = parse_file(data_dir + "/variants/tab_per_line_spanned_cells.txt").reports.at(0);
        auto const& a = r.applications;
        CHECK(a.disclosed.natural_person == Cell::of(3));
        CHECK(a.disclosed.commercial_enterprise == Cell::blank());  // was 1, packed left
        CHECK(a.disclosed.public_interest_org == Cell::of(1));
        CHECK(a.disclosed.total == Cell::of(4));
        CHECK(a.partially_disclosed.natural_person == Cell::of(1));
        CHECK(a.partially_disclosed.total == Cell::of(1));
        CHECK(a.withheld_state_secret.total == Cell::blank());
        // After two rows of blank cells, (七)总计 is a row, not a block of labels before values.
        CHECK(a.outcome_total.natural_person == Cell::of(4));
        CHECK(a.outcome_total.public_interest_org == Cell::of(1));
        CHECK(a.outcome_total.total == Cell::of(5));
        for (auto const& f : r.diagnostics)
            CHECK_MESSAGE(f.code != FindingCode::parse_unplaced_line, f.message);
    }

    TEST_CASE("a numbered row label that names no row ends the row before it") {
        // "9.其他原因暂缓公开" is no statutory row; its values used to complete the row above,
        // which then read 1 2 1 1 1 6 1 for (blank) 1 2 1 1 1 6.
        auto const r = parse_file(data_dir + "/variants/pipe_per_line_extra_row.txt").reports.at(0);
        auto const& p = r.applications.partially_disclosed;
        CHECK(p.natural_person == Cell::blank());
        CHECK(p.commercial_enterprise == Cell::of(1));
        CHECK(p.other_org == Cell::of(1));
        CHECK(p.total == Cell::of(6));
        CHECK(r.applications.outcome_total.total == Cell::of(11));
        CHECK(has_finding(r, FindingCode::parse_unplaced_line, 30));  // the label
        CHECK(has_finding(r, FindingCode::parse_unplaced_line, 31));  // its values
    }

    TEST_CASE("a group label and its first sub-row in one cell name the sub-row") {
        // "（三）不予公开 1）属于国家秘密": the vertical group cell glued to the sub-row, and sub-rows
        // numbered "1）", "2）" or "3、".
        auto const r = parse_file(data_dir + "/variants/inline_group_labels.txt").reports.at(0);
        auto const& a = r.applications;
        CHECK(a.withheld_state_secret.natural_person == Cell::of(1));
        CHECK(a.withheld_state_secret.total == Cell::of(1));
        CHECK(a.withheld_prohibited_by_law.commercial_enterprise == Cell::of(1));
        CHECK(a.withheld_prohibited_by_law.total == Cell::of(3));
        CHECK(a.unavailable_not_held.total == Cell::of(4));
        CHECK(a.unavailable_requires_creation.research_institution == Cell::of(1));
        REQUIRE(a.other_other);
        CHECK(a.other_other->other_org == Cell::of(5));
        CHECK(a.other_other->total == Cell::of(5));
        for (auto const& f : r.diagnostics)
            CHECK_MESSAGE(f.code != FindingCode::parse_unplaced_line, f.message);
    }

    TEST_CASE("a Markdown table row keeps each cell in its column, blank ones too") {
        // c01's family: one pipe table per row group under a |---| rule, rows bounded by pipes
        // with as many cells as the header. Empty cells at the end of a row are blank cells, not
        // the padding of a row packed left (seed 002).
        auto const r = parse_file(data_dir + "/variants/markdown_blank_cells.txt").reports.at(0);
        auto const& a20 = std::get<Article20v2021>(r.article20);
        CHECK(a20.regulations.issued == Cell::of(2));
        CHECK(a20.regulations.repealed == Cell::of(1));
        CHECK(a20.regulations.in_force == Cell::blank());  // last cell empty
        CHECK(a20.normative_documents.repealed == Cell::blank());
        CHECK(a20.normative_documents.in_force == Cell::of(517));
        CHECK(a20.penalty.decisions == Cell::blank());
        CHECK(a20.coercion.decisions == Cell::of(2154));

        auto const& a = r.applications;
        CHECK(a.new_received.research_institution == Cell::blank());
        CHECK(a.new_received.total == Cell::of(713));
        // "| 1 | 1 |  |  |  |  |  |": 自然人 and 商业企业, not 自然人 and 总计 as if packed left.
        CHECK(a.carried_over.natural_person == Cell::of(1));
        CHECK(a.carried_over.commercial_enterprise == Cell::of(1));
        CHECK(a.carried_over.research_institution == Cell::blank());
        CHECK(a.carried_over.total == Cell::blank());
        CHECK(a.disclosed.natural_person == Cell::of(290));
        CHECK(a.disclosed.legal_service_org == Cell::of(3));
        CHECK(a.disclosed.other_org == Cell::of(0));
        CHECK(a.disclosed.total == Cell::blank());
        CHECK(a.partially_disclosed.natural_person == Cell::blank());
        CHECK(a.partially_disclosed.commercial_enterprise == Cell::of(2));
        CHECK(a.withheld_security_stability.natural_person == Cell::of(2));
        CHECK(a.withheld_security_stability.commercial_enterprise == Cell::blank());
        CHECK(a.withheld_security_stability.total == Cell::blank());
        // Under the wrong header row (本年新收件数 | 上年结转件数 | …) the seven cells are still
        // the applicant columns.
        REQUIRE(a.other_other);
        CHECK(a.other_other->total == Cell::of(306));
        CHECK(a.outcome_total.natural_person == Cell::of(705));
        CHECK(a.outcome_total.legal_service_org == Cell::of(5));
        CHECK(a.outcome_total.total == Cell::blank());
        CHECK(a.carried_forward.natural_person == Cell::of(1));
        CHECK(a.carried_forward.commercial_enterprise == Cell::blank());
        CHECK(a.carried_forward.total == Cell::of(1));

        auto const& rl = r.review_litigation;
        CHECK(rl.review.upheld == Cell::of(27));
        CHECK(rl.review.pending == Cell::of(15));
        CHECK(rl.review.total == Cell::blank());
        CHECK(rl.litigation_direct.upheld == Cell::of(3));
        CHECK(rl.litigation_direct.corrected == Cell::blank());
        CHECK(rl.litigation_direct.total == Cell::of(3));
        CHECK(rl.litigation_after_review.other == Cell::of(1));
        CHECK(rl.litigation_after_review.total == Cell::of(10));
        CHECK(count_findings(r, FindingCode::parse_missing_cells) == 0);
    }

    TEST_CASE("a Markdown table with group and item label columns keeps each cell in its column") {
        // Header "类别 | 项目 | 自然人 … 总计": rows labelled in one column leave the other empty
        // ("| （一）予以公开 |  |  | 1 |…", nine cells), sub-rows lose their spanned group cell
        // (eight cells) or keep it empty (nine).
        auto const r = parse_file(data_dir + "/variants/markdown_label_columns.txt").reports.at(0);
        auto const& a = r.applications;
        CHECK(a.new_received.natural_person == Cell::of(705));
        CHECK(a.new_received.research_institution == Cell::blank());
        CHECK(a.new_received.legal_service_org == Cell::of(5));
        CHECK(a.new_received.total == Cell::blank());
        CHECK(a.disclosed.natural_person == Cell::blank());
        CHECK(a.disclosed.commercial_enterprise == Cell::of(1));
        CHECK(a.disclosed.legal_service_org == Cell::of(3));
        CHECK(a.disclosed.other_org == Cell::blank());
        CHECK(a.disclosed.total == Cell::of(294));
        CHECK(a.withheld_prohibited_by_law.legal_service_org == Cell::blank());
        CHECK(a.withheld_prohibited_by_law.other_org == Cell::of(0));
        CHECK(a.withheld_internal_affairs.natural_person == Cell::blank());
        CHECK(a.withheld_internal_affairs.research_institution == Cell::blank());
        CHECK(a.withheld_internal_affairs.total == Cell::of(13));
        CHECK(count_findings(r, FindingCode::parse_missing_cells) == 0);
    }

    TEST_CASE("a Markdown row with fewer cells than its header is not read by position") {
        // A converter that dropped a cell leaves no way to tell which one: the row stays blank
        // and is reported, while its full-width neighbour is read by position.
        auto const r = parse(report_2019_with(
                                 "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
                                 "|:---|---:|---:|---:|\n"
                                 "| 规章 | 1 | 2 |  |\n"
                                 "| 规范性文件 | 3 |  |\n"))
                           .reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::of(1));
        CHECK(a.regulations.new_published == Cell::of(2));
        CHECK(a.regulations.total_published == Cell::blank());
        CHECK(a.normative_documents.new_made == Cell::blank());
        CHECK(has_finding(r, FindingCode::parse_missing_cells, 9));
        for (auto const& f : r.diagnostics)
            CHECK_MESSAGE(!(f.code == FindingCode::parse_missing_cells && f.row == "regulations"),
                          f.message);
    }

    TEST_CASE("a number beyond 64 bits is a bad cell and stays blank") {
        auto const r = parse(report_2019_with("规章\t99999999999999999999999\t0\t0\n")).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::blank());
        CHECK(a.regulations.new_published == Cell::of(0));
        CHECK(has_finding(r, FindingCode::parse_bad_cell, 6));
    }

    TEST_CASE("extra cells are ignored and reported with their line") {
        auto const r = parse(report_2019_with("规章\t1\t2\t3\t4\n")).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.total_published == Cell::of(3));
        CHECK(has_finding(r, FindingCode::parse_extra_cells, 6));
    }

    TEST_CASE("a blank cell between values keeps its column") {
        auto const r = parse(report_2019_with("规章\t1\t\t3\n")).reports.at(0);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::of(1));
        CHECK(a.regulations.new_published == Cell::blank());
        CHECK(a.regulations.total_published == Cell::of(3));
    }

    TEST_CASE("values that fit no row are reported as unplaced lines") {
        std::string text = report_2019_with("规章\t0\t0\t0\n");
        // Three stray numbers after the last row of the application table.
        auto const pos = text.find("四、政府信息公开行政复议");
        text.insert(pos, "5\n6\n7\n");
        auto const r = parse(text).reports.at(0);
        CHECK(has_finding(r, FindingCode::parse_unplaced_line, 9));
        CHECK(count_findings(r, FindingCode::parse_unplaced_line) >= 1);
    }

    TEST_CASE("a misspelt row label is matched and reported as a variant") {
        std::string text = report_2019_with("规章\t0\t0\t0\n");
        auto const pos = text.find("四、政府信息公开行政复议");
        text.insert(pos, "5.属于三类内容事务信息\t0\t0\t0\t0\t0\t0\t2\n");
        auto const r = parse(text).reports.at(0);
        CHECK(cell(r.applications.withheld_internal_affairs, ApplicantColumn::total) == Cell::of(2));
        CHECK(has_finding(r, FindingCode::parse_label_variant, 9));
    }

    TEST_CASE("a missing table is reported") {
        std::string const text =
            "测试县测试局2021年政府信息公开工作年度报告\n一、总体情况\n略。\n"
            "二、主动公开政府信息情况\n规章\t0\t0\t0\n本年制发件数\n"
            "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
        auto const r = parse(text).reports.at(0);
        std::size_t missing = count_findings(r, FindingCode::parse_table_missing);
        CHECK(missing == 2);
    }

    TEST_CASE("the format comes from the labels and a late 2019 format is flagged") {
        std::string text = report_2019_with("规章\t0\t0\t0\n");
        text.replace(text.find("2020年"), std::string("2020年").size(), "2022年");
        auto const r = parse(text).reports.at(0);
        CHECK(r.year == 2022);
        CHECK(r.format() == FormatVersion::v2019);
        CHECK(count_findings(r, FindingCode::parse_format_mismatch) == 1);
    }

    TEST_CASE("review cells scrambled by pdftotext are regrouped by their totals") {
        std::string text = synthetic_report(Layout::tabs);
        auto const begin = text.find("四、政府信息公开");
        auto const end = text.find("五、存在的主要问题");
        text.replace(begin, end - begin,
                     "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果\n1\n2\n3\n4\n"
                     "复议后起诉\n尚未\n2\n0\n0\n1\n总计\n10\n维持\n0\n1\n0\n0\n1\n总计\n3\n");
        auto const r = parse(text).reports.at(0);
        for (std::size_t i = 0; i < 15; ++i)
            CHECK(cell(group(r.review_litigation, review_groups()[i / 5]), review_columns()[i % 5]) ==
                  Cell::of(review_values[i]));
    }

    TEST_CASE("bad input never crashes") {
        CHECK(parse("").reports.empty());
        CHECK(parse("   \n\t\n\u3000\n").reports.empty());
        std::string junk;
        for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 131 + 7) % 256);
        CHECK_NOTHROW((void)try_parse(junk));
        std::string long_line(10u << 20, '9');
        CHECK_NOTHROW((void)try_parse("二、主动公开政府信息情况\n规章\t" + long_line + "\n"));
        ParseOptions small;
        small.max_input_bytes = 10;
        auto const too_big = try_parse("12345678901", small);
        REQUIRE_FALSE(too_big.ok());
        CHECK(too_big.error().code == ErrorCode::input_too_large);
    }

}
