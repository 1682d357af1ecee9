// The statutory tables read from grids cell by cell (src/parse/grid_tables.cpp), through the
// public seam: a Document of paragraphs and DocumentTables given to parse_document, and HTML pages
// given to parse. Columns come from the header rows (spans and multi-row headers), rows from the
// label cells, values from their own cells; what cannot be placed is reported at its cell.
#include "govinfo/parse.hpp"

#include <doctest/doctest.h>

#include <string>
#include <variant>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/read_document.hpp"

using namespace govinfo;

namespace {

// A grid written row by row: each cell "text", or "text@rowspan,colspan" for a spanned cell;
// "^" marks a position covered by a span from above or the left (no cell there).
DocumentTable grid(std::vector<std::vector<std::string>> const& rows, std::uint32_t page = 1,
                   double top = 100) {
    DocumentTable t;
    t.rows = static_cast<std::uint32_t>(rows.size());
    for (std::uint32_t r = 0; r < rows.size(); ++r) {
        for (std::uint32_t c = 0; c < rows[r].size(); ++c) {
            std::string text = rows[r][c];
            if (text == "^") continue;
            DocumentCell cell;
            cell.row = r;
            cell.column = c;
            if (auto at = text.find('@'); at != std::string::npos) {
                auto comma = text.find(',', at);
                cell.row_span = static_cast<std::uint32_t>(std::stoul(text.substr(at + 1, comma - at - 1)));
                cell.column_span = static_cast<std::uint32_t>(std::stoul(text.substr(comma + 1)));
                text.resize(at);
            }
            cell.text = text;
            double const x = 50 + 40.0 * c, y = top + 20.0 * r;
            cell.where = {0, page, Box{x, y, x + 38, y + 18}};
            t.cells.push_back(std::move(cell));
            t.columns = std::max(t.columns, c + 1);
        }
        t.columns = std::max(t.columns, static_cast<std::uint32_t>(rows[r].size()));
    }
    t.where = {0, page, Box{50, top, 500, top + 20}};
    return t;
}

Document pdf_like(std::vector<DocumentTable> tables_for_sections) {
    Document d;
    d.kind = SourceKind::pdf;
    auto para = [&](std::string text) {
        d.blocks.emplace_back(Paragraph{std::move(text), {0, 1, Box{50, 10, 500, 20}}});
    };
    para("测试市测试局2023年政府信息公开工作年度报告");
    para("一、总体情况");
    para("略。");
    std::vector<std::string> const headings = {"二、主动公开政府信息情况",
                                               "三、收到和处理政府信息公开申请情况",
                                               "四、政府信息公开行政复议、行政诉讼情况"};
    for (std::size_t k = 0; k < tables_for_sections.size(); ++k) {
        if (k < headings.size()) para(headings[k]);
        d.blocks.emplace_back(std::move(tables_for_sections[k]));
    }
    para("五、存在的主要问题及改进情况");
    para("无。");
    para("六、其他需要报告的事项");
    para("无。");
    return d;
}

// The 2021 Article 20 tables in one 4-column grid, single values spanning three columns.
DocumentTable article20_grid() {
    return grid({
        {"第二十条第（一）项@1,4", "^", "^", "^"},
        {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
        {"规章", "0", "0", "0"},
        {"行政规范性文件", "6", "1", "32"},
        {"第二十条第（五）项@1,4", "^", "^", "^"},
        {"信息内容", "本年处理决定数量@1,3", "^", "^"},
        {"行政许可", "517@1,3", "^", "^"},
        {"第二十条第（六）项@1,4", "^", "^", "^"},
        {"信息内容", "本年处理决定数量@1,3", "^", "^"},
        {"行政处罚", "69@1,3", "^", "^"},
        {"行政强制", "2@1,3", "^", "^"},
        {"第二十条第（八）项@1,4", "^", "^", "^"},
        {"信息内容", "本年收费金额（单位：万元）@1,3", "^", "^"},
        {"行政事业性收费", "4068.208@1,3", "^", "^"},
    });
}

// The official three-row header of the application table (FORMAT.md §4.1).
std::vector<std::vector<std::string>> application_header() {
    return {
        {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）@3,3", "^", "^",
         "申请人情况@1,7", "^", "^", "^", "^", "^", "^"},
        {"^", "^", "^", "自然人@2,1", "法人或其他组织@1,5", "^", "^", "^", "^", "总计@2,1"},
        {"^", "^", "^", "^", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^"},
    };
}

std::vector<std::string> top_row(std::string label, std::vector<std::string> values) {
    std::vector<std::string> row = {label + "@1,3", "^", "^"};
    row.insert(row.end(), values.begin(), values.end());
    return row;
}

DocumentTable review_grid(std::vector<std::string> values) {
    std::vector<std::vector<std::string>> rows = {
        {"行政复议@1,5", "^", "^", "^", "^", "行政诉讼@1,10", "^", "^", "^", "^", "^", "^", "^", "^", "^"},
        {"结果维持@2,1", "结果纠正@2,1", "其他结果@2,1", "尚未审结@2,1", "总计@2,1",
         "未经复议直接起诉@1,5", "^", "^", "^", "^", "复议后起诉@1,5", "^", "^", "^", "^"},
        {"^", "^", "^", "^", "^", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
         "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"},
        values,
    };
    return grid(rows);
}

Report only_report(Document const& d) {
    ParseResult r = parse_document(d);
    REQUIRE(r.reports.size() == 1);
    return std::move(r.reports[0]);
}

std::vector<Finding> with_code(Report const& r, FindingCode code) {
    std::vector<Finding> out;
    for (auto const& f : r.diagnostics)
        if (f.code == code) out.push_back(f);
    return out;
}

}  // namespace

TEST_SUITE("grid_tables") {
    TEST_CASE("a multi-row header maps columns and group labels spanning rows are context") {
        auto rows = application_header();
        rows.push_back(top_row("一、本年新收政府信息公开申请数量", {"10", "1", "", "", "", "", "11"}));
        rows.push_back(top_row("二、上年结转政府信息公开申请数量", {"2", "", "", "", "", "", "2"}));
        rows.push_back({"三、本年度办理结果@5,1", "（一）予以公开@1,2", "^", "5", "1", "", "", "", "", "6"});
        rows.push_back({"^", "（三）不予公开@2,1", "1.属于国家秘密", "3", "", "", "", "", "", "3"});
        rows.push_back({"^", "^", "2.其他法律行政法规禁止公开", "", "", "", "", "", "/", ""});
        rows.push_back({"^", "（七）总计@1,2", "^", "8", "1", "", "", "", "", "9"});
        rows.push_back({"^", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）@1,2", "^", "0",
                        "0", "0", "0", "0", "0", "0"});
        rows.push_back(top_row("四、结转下年度继续办理", {"4", "", "", "", "", "", "4"}));
        Report const r = only_report(pdf_like({article20_grid(), grid(rows), review_grid({"1", "0", "0", "0", "1", "", "", "", "", "", "", "", "", "", ""})}));
        ApplicationTable const& a = r.applications;
        CHECK(a.new_received.natural_person == Cell::of(10));
        CHECK(a.new_received.commercial_enterprise == Cell::of(1));
        CHECK(a.new_received.research_institution == Cell::blank());  // blank, never 0
        CHECK(a.new_received.total == Cell::of(11));
        CHECK(a.carried_over.total == Cell::of(2));
        CHECK(a.disclosed.natural_person == Cell::of(5));
        CHECK(a.disclosed.total == Cell::of(6));
        CHECK(a.withheld_state_secret.natural_person == Cell::of(3));
        CHECK(a.withheld_prohibited_by_law.other_org == Cell::not_applicable());
        CHECK(a.partially_disclosed.legal_service_org == Cell::of(0));
        CHECK(a.outcome_total.total == Cell::of(9));
        CHECK(a.carried_forward.natural_person == Cell::of(4));
        // Rows the grid does not hold are said to be missing, at the table's first row label.
        auto const missing = with_code(r, FindingCode::parse_missing_cells);
        CHECK(missing.size() == 25 - 8);
        CHECK(r.review_litigation.review.upheld == Cell::of(1));
        CHECK(r.review_litigation.review.total == Cell::of(1));
        CHECK(r.review_litigation.litigation_direct.upheld == Cell::blank());
        auto const& a20 = std::get<Article20v2021>(r.article20);
        CHECK(a20.normative_documents.in_force == Cell::of(32));
        CHECK(a20.licensing.decisions == Cell::of(517));
        CHECK(a20.coercion.decisions == Cell::of(2));
        REQUIRE(a20.fees.amount.has_value());
        CHECK(a20.fees.amount.money.unit == MoneyUnit::wan_yuan);
        CHECK(r.tables_found.size() == 3);
    }

    TEST_CASE("columns are read from the header whatever their order") {
        // A producer that printed 总计 first and swapped two organisation columns: the line
        // readers would place by position; the grid reader places by the header.
        std::vector<std::vector<std::string>> rows = {
            {"项目", "总计", "自然人", "科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他"},
            {"一、本年新收政府信息公开申请数量", "11", "7", "3", "1", "0", "0", "0"},
        };
        Report const r = only_report(pdf_like({article20_grid(), grid(rows)}));
        CHECK(r.applications.new_received.total == Cell::of(11));
        CHECK(r.applications.new_received.natural_person == Cell::of(7));
        CHECK(r.applications.new_received.research_institution == Cell::of(3));
        CHECK(r.applications.new_received.commercial_enterprise == Cell::of(1));
    }

    TEST_CASE("a table split across grids keeps its header and a repeated header changes nothing") {
        auto first = application_header();
        first.push_back(top_row("一、本年新收政府信息公开申请数量", {"10", "1", "0", "0", "0", "0", "11"}));
        // The next page repeats the header; the page after it does not.
        auto second = application_header();
        second.push_back(top_row("二、上年结转政府信息公开申请数量", {"2", "0", "0", "0", "0", "0", "2"}));
        std::vector<std::vector<std::string>> third = {
            top_row("四、结转下年度继续办理", {"4", "", "", "", "", "1", "5"})};
        Document d = pdf_like({article20_grid(), grid(first, 2)});
        auto at = d.blocks.end() - 4;  // before 五、
        at = d.blocks.insert(at, Block{grid(second, 3)}) + 1;
        d.blocks.insert(at, Block{grid(third, 4)});
        Report const r = only_report(d);
        CHECK(r.applications.new_received.total == Cell::of(11));
        CHECK(r.applications.carried_over.natural_person == Cell::of(2));
        CHECK(r.applications.carried_forward.other_org == Cell::of(1));
        CHECK(r.applications.carried_forward.total == Cell::of(5));
        CHECK(r.applications.carried_forward.commercial_enterprise == Cell::blank());
    }

    TEST_CASE("a value under no known column is reported at its cell not guessed") {
        std::vector<std::vector<std::string>> rows = {
            {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "备注"},
            {"规章", "1", "0", "3", "7"},
        };
        Report const r = only_report(pdf_like({grid(rows)}));
        auto const& a20 = std::get<Article20v2021>(r.article20);
        // The header names no column of the row for 7, and four cells are not the row's three:
        // none of the four is guessed into place.
        CHECK(a20.regulations.issued == Cell::blank());
        auto const unplaced = with_code(r, FindingCode::parse_unplaced_line);
        REQUIRE(unplaced.size() == 4);
        CHECK(unplaced[3].message.find("“7”") != std::string::npos);
        CHECK(unplaced[3].page == 1);
        REQUIRE(unplaced[3].box.has_value());
        CHECK(unplaced[3].box->left == 50 + 40 * 4);
        CHECK(unplaced[3].table == TableKind::article20);
    }

    TEST_CASE("a bad cell in a grid is reported with the cell's page and box") {
        auto rows = application_header();
        rows.push_back(top_row("一、本年新收政府信息公开申请数量", {"10", "约1", "0", "0", "0", "0", "11"}));
        Report const r = only_report(pdf_like({article20_grid(), grid(rows, 7, 300)}));
        CHECK(r.applications.new_received.natural_person == Cell::of(10));
        CHECK(r.applications.new_received.commercial_enterprise == Cell::blank());
        auto const bad = with_code(r, FindingCode::parse_bad_cell);
        REQUIRE(bad.size() == 1);
        CHECK(bad[0].page == 7);
        REQUIRE(bad[0].box.has_value());
        CHECK(bad[0].box->left == 50 + 40 * 4);
        CHECK(bad[0].box->top == 300 + 20 * 3);
        CHECK(bad[0].row == "new_received");
        CHECK(bad[0].column == "commercial_enterprise");
    }

    TEST_CASE("an HTML page keeps its grid: columns in another order are read by the header") {
        std::string html = "<html><body><p>测试县测试局2023年政府信息公开工作年度报告</p>\n"
                           "<p>三、收到和处理政府信息公开申请情况</p>\n<table>\n"
                           "<tr><td rowspan=\"2\">项目</td><td colspan=\"6\">申请人情况</td>"
                           "<td rowspan=\"2\">总计</td></tr>\n"
                           "<tr><td>商业企业</td><td>自然人</td><td>科研机构</td><td>社会公益组织</td>"
                           "<td>法律服务机构</td><td>其他</td></tr>\n"
                           "<tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>10</td>"
                           "<td></td><td></td><td></td><td></td><td>11</td></tr>\n"
                           "</table></body></html>\n";
        ParseResult const p = parse(html);
        REQUIRE(p.reports.size() == 1);
        Report const& r = p.reports[0];
        CHECK(r.applications.new_received.commercial_enterprise == Cell::of(1));
        CHECK(r.applications.new_received.natural_person == Cell::of(10));
        CHECK(r.applications.new_received.research_institution == Cell::blank());
        CHECK(r.applications.new_received.total == Cell::of(11));
        Document const d = read_document(html);
        CHECK(d.kind == SourceKind::html);
        std::size_t tables = 0;
        for (auto const& b : d.blocks)
            if (auto const* t = std::get_if<DocumentTable>(&b)) {
                ++tables;
                CHECK(t->rows == 3);
                CHECK(t->columns == 8);
                CHECK(t->cells.front().row_span == 2);
                CHECK(t->cells[1].column_span == 6);
                CHECK(t->cells.front().where.line == 4);
            }
        CHECK(tables == 1);
    }
}
