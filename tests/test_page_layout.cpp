// How laid-out words become paragraphs and grids (src/source/page_*), on pages made up in the
// test: no PDF and no poppler needed, so these run in every build.
#include "source/page_layout.hpp"

#include <doctest/doctest.h>

#include <string>
#include <variant>
#include <vector>

#include "text/utf8.hpp"
#include "source/page_furniture.hpp"
#include "source/page_grid.hpp"
#include "document_blocks.hpp"

using namespace govinfo;
using namespace govinfo::detail;

namespace {

using govinfo::test::paragraphs;
using govinfo::test::tables;

// A word of CJK text (each character one em wide) or of digits (half an em each), its top-left
// corner at (x, y), `size` points.
PageWord word(double x, double y, std::string text, double size = 10, bool space_after = false) {
    double const chars = static_cast<double>(code_points(text));
    bool const ascii = !text.empty() && static_cast<unsigned char>(text[0]) < 0x80;
    double const width = chars * size * (ascii ? 0.55 : 1.0);
    return PageWord{std::move(text), Box{x, y, x + width, y + size * 1.2}, space_after, false};
}

PageText page(std::uint32_t number, std::vector<PageWord> words) {
    return PageText{number, 595, 842, std::move(words), 0};
}

DocumentCell const* cell(DocumentTable const& t, std::string_view text) {
    for (DocumentCell const& c : t.cells)
        if (c.text == text) return &c;
    return nullptr;
}

// A small statutory-looking table: a header spanning two value columns over two wrapped headers,
// a group label written one character per line over three rows, and three rows of values.
std::vector<PageWord> table_words(double top) {
    return {
        word(72, top, "信息内容"),          word(215, top, "申请人情况"),
        word(200, top + 20, "商业企"),      word(260, top + 20, "科研机"),
        word(200, top + 32, "业"),          word(260, top + 32, "构"),
        word(72, top + 60, "结"),           word(100, top + 50, "1.属于国家秘密"),
        word(205, top + 50, "12"),          word(265, top + 50, "3"),
        word(72, top + 72, "果"),           word(100, top + 74, "2.其他法律行政法规禁止公开"),
        word(205, top + 74, "0"),           word(265, top + 74, "40"),
        word(72, top + 84, "表"),           word(100, top + 98, "3.危及“三安全一稳定”"),
        word(205, top + 98, "7"),           word(265, top + 98, "1"),
    };
}

}  // namespace

TEST_SUITE("page_layout") {
    TEST_CASE("page numbers in their usual forms") {
        for (char const* yes : {"-3-", "- 3 -", "— 3 —", "3", "(3)", "第3页", "第 3 页 共 6 页", "第3页/共6页",
                                "共6页第3页", "3/6", "Page 3 of 6", "page 3", "－３－"})
            CHECK_MESSAGE(is_page_number(yes), yes);
        for (char const* no : {"2024年", "3.5万元", "一、总体情况", "3 4", "第三页", "123456", "3/6/2024", ""})
            CHECK_MESSAGE(!is_page_number(no), no);
    }

    TEST_CASE("what a value cell holds and what starts a numbered label") {
        for (char const* yes : {"3119", "+17", "-2", "251000元", "5949.088667", "12.5万元", "/", "—", "4.34%",
                                "１２", "1,024"})
            CHECK_MESSAGE(looks_numeric(yes), yes);
        for (char const* no : {"1.属于国家秘密", "2024年", "一", "", "12a", "商业企业"})
            CHECK_MESSAGE(!looks_numeric(no), no);
        for (char const* yes : {"三、本年度办理结果", "（一）予以公开", "(2)其他", "1.属于国家秘密", "1、申请人",
                                "６．其他"})
            CHECK_MESSAGE(starts_numbered(yes), yes);
        for (char const* no : {"第二十条", "2024年", "1.5万元", "商业企业", "12", "（未）"})
            CHECK_MESSAGE(!starts_numbered(no), no);
    }

    TEST_CASE("a table without ruling lines becomes a grid with its spans") {
        Document const d = layout_document({page(1, table_words(100))});
        auto const found = tables(d);
        REQUIRE(found.size() == 1);
        DocumentTable const& t = found.front();
        CHECK(t.columns == 4);
        DocumentCell const* header = cell(t, "申请人情况");
        REQUIRE(header != nullptr);
        CHECK(header->column == 2);
        CHECK(header->column_span == 2);  // it spans the two columns under it
        DocumentCell const* wrapped = cell(t, "商业企\n业");
        REQUIRE(wrapped != nullptr);  // a header wrapped by its column, one cell
        CHECK(wrapped->row == header->row + 1);
        CHECK(cell(t, "科研机\n构") != nullptr);
        DocumentCell const* vertical = cell(t, "结\n果\n表");
        REQUIRE(vertical != nullptr);  // one character per line, one cell spanning its rows
        CHECK(vertical->column == 0);
        CHECK(vertical->row_span == 3);
        DocumentCell const* item = cell(t, "2.其他法律行政法规禁止公开");
        REQUIRE(item != nullptr);
        CHECK(item->row == vertical->row + 1);
        DocumentCell const* value = cell(t, "40");
        REQUIRE(value != nullptr);
        CHECK(value->row == item->row);
        CHECK(value->column == 3);
        CHECK(value->where.page == 1);
        REQUIRE(value->where.box);
        CHECK(value->where.box->left == 265);
        for (std::size_t k = 1; k < t.cells.size(); ++k)  // ordered by row, then column
            CHECK(std::pair(t.cells[k - 1].row, t.cells[k - 1].column) < std::pair(t.cells[k].row, t.cells[k].column));
    }

    TEST_CASE("a group header spans its children and tight header lines wrap one cell") {
        // 行政复议 is written over the first of its three columns only; the header cells below
        // wrap one character per line at the text's own leading, as tight as the body rows.
        std::vector<PageWord> words = {
            word(100, 92, "行政复议"), word(300, 92, "行政诉讼"),
            word(100, 115, "结"), word(160, 115, "纠"), word(220, 115, "总"), word(300, 115, "维"),
            word(100, 127, "果"), word(160, 127, "正"), word(220, 127, "计"), word(300, 127, "持"),
            word(100, 150, "5"), word(160, 150, "1"), word(220, 150, "6"), word(300, 150, "2"),
            word(100, 172, "4"), word(160, 172, "0"), word(220, 172, "4"), word(300, 172, "1"),
        };
        auto const found = tables(layout_document({page(1, words)}));
        REQUIRE(found.size() == 1);
        DocumentTable const& t = found.front();
        CHECK(t.columns == 4);
        DocumentCell const* group = cell(t, "行政复议");
        REQUIRE(group != nullptr);
        CHECK(group->column_span == 3);
        DocumentCell const* total = cell(t, "总\n计");
        REQUIRE(total != nullptr);
        CHECK(total->column == 2);
        CHECK(cell(t, "结\n果") != nullptr);
        CHECK(cell(t, "维\n持") != nullptr);
        DocumentCell const* six = cell(t, "6");
        REQUIRE(six != nullptr);
        CHECK(six->column == 2);
        CHECK(six->row == total->row + 1);
    }

    TEST_CASE("a table continued on the next page is one table without its repeated header") {
        std::vector<PageWord> first = table_words(600);
        first.push_back(word(290, 800, "-1-"));
        std::vector<PageWord> second = {
            word(72, 60, "信息内容"),        word(215, 60, "申请人情况"),  // the header, repeated
            word(100, 90, "4.保护第三方合法权益"), word(205, 90, "5"), word(265, 90, "6"),
            word(100, 114, "5.属于三类内部事务信息"), word(205, 114, "8"), word(265, 114, "9"),
            word(290, 800, "-2-")};
        Document const d = layout_document({page(1, first), page(2, second)});
        auto const found = tables(d);
        REQUIRE(found.size() == 1);
        DocumentTable const& t = found.front();
        int headers = 0;
        for (DocumentCell const& c : t.cells) headers += c.text == "申请人情况";
        CHECK(headers == 1);
        DocumentCell const* continued = cell(t, "9");
        REQUIRE(continued != nullptr);
        CHECK(continued->where.page == 2);
        CHECK(continued->column == 3);
        DocumentCell const* before = cell(t, "1");
        REQUIRE(before != nullptr);
        CHECK(continued->row == before->row + 2);
        CHECK(paragraphs(d).empty());  // the page numbers are left out
    }

    TEST_CASE("running text becomes paragraphs in reading order") {
        // Lines of 40 characters fill the measure (72 to 472); Chinese lines join without a space.
        auto line = [](double y, double x, std::string text) { return word(x, y, std::move(text)); };
        std::string const a = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";
        std::vector<PageWord> words = {
            line(100, 200, "标题"),
            line(130, 72, "一、总体情况"),
            line(150, 92, a.substr(0, a.size() - 6)),  // indented first line, to the right edge
            line(165, 72, a),                          // full line
            line(180, 72, "完。"),                     // short: ends the paragraph
            line(195, 72, a),                          // a new paragraph at the margin
            line(210, 72, "尾"),
            word(280, 30, "某某市人民政府2024年报告"),  // running head
            word(290, 810, "- 1 -"),
        };
        std::vector<PageWord> second = {word(280, 30, "某某市人民政府2024年报告"), line(100, 72, "第二页。"),
                                        word(290, 810, "- 2 -")};
        std::vector<PageWord> third = {word(280, 30, "某某市人民政府2024年报告"), line(100, 72, "第三页。"),
                                       word(290, 810, "- 3 -")};
        Document const d = layout_document({page(1, words), page(2, second), page(3, third)});
        auto const p = paragraphs(d);
        REQUIRE(p.size() == 6);
        CHECK(p[0] == "标题");
        CHECK(p[1] == "一、总体情况");
        CHECK(p[2] == a.substr(0, a.size() - 6) + a + "完。");
        CHECK(p[3] == a + "尾");
        CHECK(p[4] == "第二页。");
        CHECK(p[5] == "第三页。");  // the running head and page numbers are left out
    }

    TEST_CASE("what cannot be read is said: blank pages text off the page upside-down words") {
        PageText off = page(2, {word(72, 100, "页面内的文字"), word(560, 120, "超出页面的表格列")});
        PageText turned = page(3, {word(72, 100, "正文")});
        turned.upside_down_words = 4;
        Document const d = layout_document({page(1, {}), off, turned});
        REQUIRE(d.diagnostics.size() == 3);
        CHECK(d.diagnostics[0].code == FindingCode::parse_scanned_pdf);
        CHECK(d.diagnostics[0].page == 1);
        CHECK(d.diagnostics[0].message.find("第 1 页没有文字层") != std::string::npos);
        CHECK(d.diagnostics[1].code == FindingCode::parse_text_outside_page);
        CHECK(d.diagnostics[1].page == 2);
        REQUIRE(d.diagnostics[1].box);
        CHECK(d.diagnostics[1].box->left == 560);
        CHECK(d.diagnostics[2].code == FindingCode::parse_unplaced_line);
        CHECK(d.diagnostics[2].message.find("4 个词") != std::string::npos);
        for (Finding const& f : d.diagnostics) CHECK(f.severity == Severity::warning);

        Document const scan = layout_document({page(1, {}), page(2, {})});
        REQUIRE(scan.diagnostics.size() == 1);
        CHECK(scan.diagnostics[0].code == FindingCode::parse_scanned_pdf);
        CHECK(scan.diagnostics[0].message.find("扫描件") != std::string::npos);
        CHECK(scan.blocks.empty());
    }
}
