// Plain text becomes a Document (src/source/text_grid.hpp): tab-separated and Markdown pipe rows
// become grids whose cells keep their source lines, every other line a paragraph; and those grids
// are read by the same grid reader as HTML, Word and PDF tables (src/parse/grid_tables.cpp).
#include "source/text_grid.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <variant>
#include <vector>

#include "golden_report.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/read_document.hpp"
#include "parse/flatten.hpp"
#include "parse/grid_tables.hpp"
#include "text/search.hpp"
#include "source/readers.hpp"

using namespace govinfo;

namespace {

std::string slurp(std::string const& name) {
    std::ifstream in(std::string(GOVINFO_TEST_DATA) + "/" + name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<DocumentTable> tables_of(Document const& d) {
    std::vector<DocumentTable> out;
    for (Block const& b : d.blocks)
        if (auto const* t = std::get_if<DocumentTable>(&b)) out.push_back(*t);
    return out;
}

std::vector<Paragraph> paragraphs_of(Document const& d) {
    std::vector<Paragraph> out;
    for (Block const& b : d.blocks)
        if (auto const* p = std::get_if<Paragraph>(&b)) out.push_back(*p);
    return out;
}

DocumentCell const* cell_at(DocumentTable const& t, std::uint32_t row, std::uint32_t column) {
    for (DocumentCell const& c : t.cells)
        if (c.row == row && c.column == column) return &c;
    return nullptr;
}

bool has_grid(std::string_view text) {
    return detail::has_text_grid(detail::split_lines(text));
}

// Every line of a tab-separated text as a Markdown pipe row; a separator row under each run's
// first row, as Markdown writes a table's header.
std::string as_markdown(std::string_view tab_text) {
    std::string out;
    bool in_table = false;
    for (std::string_view line : detail::split_lines(tab_text)) {
        bool const row = line.find('\t') != std::string_view::npos;
        std::string piped;
        if (row) {
            piped = "| ";
            for (char c : line) piped += c == '\t' ? std::string(" | ") : std::string(1, c);
            piped += " |";
        }
        out += row ? piped : std::string(line);
        out += '\n';
        if (row && !in_table) {
            std::size_t const fields = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
            out += "|";
            for (std::size_t k = 0; k < fields; ++k) out += "---|";
            out += '\n';
        }
        in_table = row;
    }
    return out;
}

}  // namespace

TEST_SUITE("text_grid") {
    TEST_CASE("tab-separated rows become a grid whose cells keep their lines") {
        Document const d = detail::text_document(
            "二、主动公开政府信息情况\n"
            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
            "规章\t1\t0\t11\n"
            "行政规范性文件\t8\t26\t66\n"
            "三、收到和处理政府信息公开申请情况\n");
        REQUIRE(d.blocks.size() == 3);
        REQUIRE(std::holds_alternative<DocumentTable>(d.blocks[1]));
        auto const& t = std::get<DocumentTable>(d.blocks[1]);
        CHECK(t.rows == 3);
        CHECK(t.columns == 4);
        CHECK(t.where.line == 2);
        CHECK(t.cells.size() == 12);
        auto const* c = cell_at(t, 2, 3);
        REQUIRE(c);
        CHECK(c->text == "66");
        CHECK(c->where.line == 4);
        CHECK(cell_at(t, 0, 0)->text == "信息内容");
        auto const paragraphs = paragraphs_of(d);
        REQUIRE(paragraphs.size() == 2);
        CHECK(paragraphs[1].where.line == 5);
    }

    TEST_CASE("Markdown pipe rows become a grid without their separator row") {
        Document const d = detail::text_document(
            "### 第二十条第（一）项\n"
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "|---|:---:|---|---|\n"
            "| 规章 | 2 | 1 |  |\n"
            "行政规范性文件 | 4 |  | 517 |\n");
        auto const tables = tables_of(d);
        REQUIRE(tables.size() == 1);
        auto const& t = tables[0];
        CHECK(t.rows == 3);
        CHECK(t.columns == 4);
        auto const* blank = cell_at(t, 1, 3);  // "|  |": a blank cell, never 0
        REQUIRE(blank);
        CHECK(blank->text.empty());
        auto const* value = cell_at(t, 2, 3);  // a row without its outer pipe on the left
        REQUIRE(value);
        CHECK(value->text == "517");
        CHECK(value->where.line == 5);
        CHECK(cell_at(t, 2, 2)->text.empty());
    }

    TEST_CASE("ragged rows: the grid is as wide as its widest row and keeps each row's fields") {
        Document const d = detail::text_document(
            "第二十条第（五）项\t\t\t\n"
            "信息内容\t本年处理决定数量\n"
            "行政许可\t\t447228\n");
        auto const tables = tables_of(d);
        REQUIRE(tables.size() == 1);
        auto const& t = tables[0];
        CHECK(t.columns == 4);
        CHECK(cell_at(t, 1, 2) == nullptr);  // row 1 has two fields
        REQUIRE(cell_at(t, 2, 1));
        CHECK(cell_at(t, 2, 1)->text.empty());  // an empty field between two others
        CHECK(cell_at(t, 2, 2)->text == "447228");
        // Written out for the text-layout readers, the lines are as the source wrote them.
        REQUIRE(t.source_lines.size() == 3);
        CHECK(t.source_lines[2].where.line == 3);
        auto const flat = detail::flatten(d);
        CHECK(flat.text == "第二十条第（五）项\t\t\t\n信息内容\t本年处理决定数量\n行政许可\t\t447228");
    }

    TEST_CASE("a label printed only on its group's first row spans the group's rows") {
        Document const d = detail::text_document(
            "一、本年新收政府信息公开申请数量\t\t80\t1\t81\n"
            "三、本年度办理结果\t（一）予以公开\t22\t0\t22\n"
            "\t（二）部分公开\t19\t1\t20\n"
            "\t（三）不予公开\t1\t0\t1\n"
            "四、结转下年度继续办理\t\t0\t0\t0\n");
        auto const tables = tables_of(d);
        REQUIRE(tables.size() == 1);
        auto const& t = tables[0];
        auto const* group = cell_at(t, 1, 0);
        REQUIRE(group);
        CHECK(group->text == "三、本年度办理结果");
        CHECK(group->row_span == 3);
        CHECK(cell_at(t, 2, 0) == nullptr);  // covered by the span
        CHECK(cell_at(t, 0, 0)->row_span == 1);
        CHECK(cell_at(t, 4, 0)->row_span == 1);
        CHECK(cell_at(t, 3, 1)->text == "（三）不予公开");
        CHECK(cell_at(t, 3, 1)->where.line == 4);
    }

    TEST_CASE("layouts without rows and columns stay lines") {
        // One cell per line with a tab before it; one tab row alone; columns aligned by spaces;
        // one cell per line ending in a pipe; narrative mentioning a pipe.
        for (std::string const& text :
             {std::string("一、本年新收政府信息公开申请数量\n\t4\n\t\n\t1\n\t5\n"),
              std::string("一、总体情况\n\n\n本年度\t1\t2\n\n"),
              std::string("信息内容          本年制发件数     本年废止件数\n规章            1          0\n"),
              std::string("一、本年新收政府信息公开申请数量 |\n4 |\n |\n1 |\n"),
              std::string("网站栏目 | 首页\n本年度共发布信息 | 1 条\n")}) {
            CAPTURE(text);
            CHECK_FALSE(has_grid(text));
            Document const d = detail::text_document(text);
            CHECK(tables_of(d).empty());
            // As before: the lines as written, at their line numbers.
            auto const fast = detail::flatten_text(text);
            auto const slow = detail::flatten(d);
            CHECK(fast.text == slow.text);
            CHECK(fast.where == slow.where);
        }
        CHECK(has_grid("a\t1\t2\nb\t3\t4\n"));
        CHECK(has_grid("| a | 1 |\n| b | 2 |\n"));
    }

    TEST_CASE("a line of more fields or a run of more rows than any table is no grid") {
        std::string text;
        for (int r = 0; r < 3; ++r) {
            text += "行";
            for (int k = 0; k < 100; ++k) text += "\t1";
            text += '\n';
        }
        CHECK_FALSE(has_grid(text));
        CHECK(tables_of(detail::text_document(text)).empty());
        // Nor is a run of rows whose grid would cover more than 2^20 positions.
        std::string longest;
        for (int r = 0; r < (1 << 18) + 1; ++r) longest += "行\t1\t2\t3\n";
        CHECK_FALSE(has_grid(longest));
        CHECK(has_grid(longest.substr(0, longest.size() / 2)));
    }

    TEST_CASE("a browser's copy: each cell at the line its text came from") {
        std::string const bytes = slurp("variants/c06_chromium_innertext.txt");
        Document const d = read_document(bytes);
        auto const tables = tables_of(d);
        REQUIRE_FALSE(tables.empty());
        auto const lines = detail::split_lines(bytes);
        std::size_t checked = 0;
        for (auto const& t : tables)
            for (DocumentCell const& c : t.cells) {
                if (c.text.empty()) continue;
                REQUIRE(c.where.line >= 1);
                REQUIRE(c.where.line <= lines.size());
                CAPTURE(c.text);
                CAPTURE(c.where.line);
                CHECK(detail::contains(lines[c.where.line - 1], c.text));
                ++checked;
            }
        CHECK(checked > 100);
    }

    // The grid path proved directly: the Document's grids alone, given to the grid reader, hold
    // every cell of the golden report; and parse() of the bytes reads the same.
    TEST_CASE("tab and Markdown copies of c06 are read through grids with every cell right") {
        std::string const tabs = slurp("variants/c06_clipboard.txt");
        for (std::string const& bytes : {tabs, as_markdown(tabs)}) {
            Document const d = read_document(bytes);
            REQUIRE(tables_of(d).size() >= 3);
            auto const flat = detail::flatten(d);
            std::vector<detail::GridRef> grids;
            for (auto const& t : flat.tables)
                grids.push_back({&std::get<DocumentTable>(d.blocks[t.block]), &t.rows, false});
            Report const want = test::golden_report("c06");
            Report got = Report::blank(want.format());
            std::vector<Finding> located;
            auto const found = detail::merge(got, located, detail::read_grid_tables(grids, got));
            CHECK(found.article20);
            CHECK(found.applications);
            CHECK(found.review_litigation);
            CHECK(located.empty());
            CHECK(got.article20 == want.article20);
            CHECK(got.applications == want.applications);
            CHECK(got.review_litigation == want.review_litigation);
            // The review table ends on the source line of its row of values.
            auto const lines = detail::split_lines(bytes);
            std::uint32_t values_line = 0;
            for (std::size_t i = 0; i < lines.size(); ++i)
                if (lines[i].starts_with("1\t1\t0\t0\t2") || lines[i].starts_with("| 1 | 1 | 0 | 0 | 2"))
                    values_line = static_cast<std::uint32_t>(i + 1);
            REQUIRE(values_line > 0);
            bool review_located = false;
            for (auto const& t : got.tables_found)
                if (t.table == TableKind::review_litigation)
                    review_located = t.last_line == values_line;
            CHECK(review_located);

            auto const parsed = parse(bytes);
            REQUIRE(parsed.reports.size() == 1);
            Report const& r = parsed.reports[0];
            CHECK(r.article20 == want.article20);
            CHECK(r.applications == want.applications);
            CHECK(r.review_litigation == want.review_litigation);
            CHECK(r.tables_found == got.tables_found);
        }
    }
}
