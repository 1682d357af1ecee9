// The Word reader: DOCX files (built here, or committed in tests/data/office/) read into
// Documents, and reports read from them through try_parse.
#include "govinfo/read_document.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "docx_builder.hpp"
#include "golden_report.hpp"
#include "govinfo/batch.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/parse.hpp"
#include "source/docx_body.hpp"
#include "source/docx_grid.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"
#include "source/docx_numbering.hpp"
#include "source/docx_xml.hpp"
#include "test_files.hpp"
#include "document_blocks.hpp"

using namespace govinfo;
using govinfo::test::docx;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(std::vector<std::string> const& v) {
        std::string s = "{";
        for (auto const& e : v) s += "\"" + e + "\" ";
        return (s + "}").c_str();
    }
};
}  // namespace doctest

namespace {

using govinfo::test::paragraphs;
using govinfo::test::tables;

using govinfo::test::read_file;

std::string const data_dir = GOVINFO_TEST_DATA;

Document read(std::string_view bytes, ReadOptions const& options = {}) {
    auto d = try_read_document(bytes, options);
    REQUIRE_MESSAGE(d.ok(), (d.ok() ? "" : d.error().to_string()));
    CHECK(d->kind == SourceKind::docx);
    return std::move(d).value();
}

Error read_error(std::string_view bytes, ReadOptions const& options = {}) {
    auto d = try_read_document(bytes, options);
    REQUIRE_FALSE(d.ok());
    return d.error();
}

// What the blocks are, in order: "P:text" or "T:rowsxcolumns".
std::vector<std::string> outline(Document const& d) {
    std::vector<std::string> out;
    for (Block const& b : d.blocks) {
        if (auto const* p = std::get_if<Paragraph>(&b)) out.push_back("P:" + p->text);
        else {
            auto const& t = std::get<DocumentTable>(b);
            out.push_back("T:" + std::to_string(t.rows) + "x" + std::to_string(t.columns));
        }
    }
    return out;
}

DocumentCell const* cell_at(DocumentTable const& t, std::uint32_t row, std::uint32_t column) {
    for (auto const& c : t.cells)
        if (c.row == row && c.column == column) return &c;
    return nullptr;
}

std::string text_at(DocumentTable const& t, std::uint32_t row, std::uint32_t column) {
    auto const* c = cell_at(t, row, column);
    return c ? c->text : "<no cell>";
}

std::string trim_copy(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

std::string p(std::string_view runs) { return "<w:p>" + std::string(runs) + "</w:p>"; }
std::string r(std::string_view text) {
    return "<w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r>";
}
std::string tc(std::string_view content, std::string_view properties = {}) {
    return "<w:tc>" + (properties.empty() ? "" : "<w:tcPr>" + std::string(properties) + "</w:tcPr>") +
           std::string(content) + "</w:tc>";
}
std::string tr(std::string_view cells, std::string_view properties = {}) {
    return "<w:tr>" + (properties.empty() ? "" : "<w:trPr>" + std::string(properties) + "</w:trPr>") +
           std::string(cells) + "</w:tr>";
}
std::string tbl(std::string_view rows) {
    return "<w:tbl><w:tblPr/><w:tblGrid/>" + std::string(rows) + "</w:tbl>";
}

}  // namespace

TEST_SUITE("docx" * doctest::skip(!docx_supported())) {
    TEST_CASE("runs split mid-label read as one label") {
        // Word splits a label wherever editing, spell checking or a bookmark touched it.
        Document const d = read(docx(p(
            "<w:proofErr w:type=\"spellStart\"/>" + r("一、本年") + "<w:bookmarkStart w:id=\"0\" w:name=\"a\"/>" +
            "<w:r><w:rPr><w:b/></w:rPr><w:t>新收政府</w:t></w:r><w:bookmarkEnd w:id=\"0\"/>" + r("信息公开") +
            "<w:proofErr w:type=\"spellEnd\"/><w:r><w:t>申请数量</w:t></w:r>")));
        CHECK(paragraphs(d) == std::vector<std::string>{"一、本年新收政府信息公开申请数量"});
    }

    TEST_CASE("tabs breaks symbols and hyphens") {
        Document const d = read(docx(
            p(r("规章") + "<w:r><w:tab/><w:t>13</w:t><w:tab/><w:t>524</w:t></w:r>") +
            p(r("本年新") + "<w:r><w:br/></w:r>" + r("制作数量") + "<w:r><w:cr/><w:t xml:space=\"preserve\">  第三行 </w:t></w:r>") +
            p("<w:r><w:t>行政</w:t><w:noBreakHyphen/><w:t>许可</w:t><w:softHyphen/><w:t>a\xC2\xAD" "b</w:t>"
              "<w:sym w:font=\"Symbol\" w:char=\"2460\"/><w:sym w:char=\"zz\"/></w:r>") +
            p(r("  "))));  // nothing but spaces: no paragraph
        CHECK(paragraphs(d) == std::vector<std::string>{"规章\t13\t524", "本年新\n制作数量\n第三行",
                                                         "行政-许可ab①"});
    }

    TEST_CASE("deleted text and field instructions are dropped and field results kept") {
        Document const d = read(docx(
            p(r("申请") + "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>删掉的</w:delText></w:r></w:del>" +
              "<w:ins w:id=\"2\" w:author=\"x\">" + r("859") + "</w:ins>" + r("件") +
              "<w:moveFrom w:id=\"3\" w:author=\"x\">" + r("移走") + "</w:moveFrom>" +
              "<w:moveTo w:id=\"4\" w:author=\"x\">" + r("移来") + "</w:moveTo>") +
            // A page field: instruction, separator, result; a field nested in the instruction.
            p(r("第") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>" +
              "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + r("嵌套指令") +
              "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("3") +
              "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + r("页") +
              "<w:fldSimple w:instr=\" NUMPAGES \">" + r("共6页") + "</w:fldSimple>")));
        CHECK(paragraphs(d) == std::vector<std::string>{"申请859件移来", "第3页共6页"});
    }

    TEST_CASE("content controls hyperlinks smart tags and custom XML are read through") {
        Document const d = read(docx(
            "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>" + p(r("某县某局")) +
            "</w:sdtContent></w:sdt>" +
            p("<w:hyperlink w:history=\"1\">" + r("中国") + "</w:hyperlink><w:smartTag w:element=\"place\">" +
              r("上海") + "</w:smartTag><w:customXml w:element=\"c\">" + r("门户") + "</w:customXml>" +
              "<w:sdt><w:sdtPr/><w:sdtContent>" + r("网站") + "</w:sdtContent></w:sdt>") +
            "<w:customXml w:element=\"block\">" + p(r("段落")) + "</w:customXml>" +
            tbl("<w:sdt><w:sdtContent>" + tr(tc(p(r("规章"))) + "<w:sdt><w:sdtContent>" + tc(p(r("13"))) +
                "</w:sdtContent></w:sdt>") + "</w:sdtContent></w:sdt>" +
                "<w:customXml>" + tr(tc(p(r("规范性文件"))) + tc(p(r("60")))) + "</w:customXml>")));
        CHECK(paragraphs(d) == std::vector<std::string>{"某县某局", "中国上海门户网站", "段落"});
        auto const t = tables(d);
        REQUIRE(t.size() == 1);
        CHECK(t[0].rows == 2);
        CHECK(t[0].columns == 2);
        CHECK(text_at(t[0], 0, 1) == "13");
        CHECK(text_at(t[0], 1, 0) == "规范性文件");
    }

    TEST_CASE("a content control still showing its placeholder prompt is empty") {
        Document const d = read(docx(
            p("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + r("单击此处输入文字。") +
              "</w:sdtContent></w:sdt>") +
            "<w:sdt><w:sdtPr><w:showingPlcHdr w:val=\"0\"/></w:sdtPr><w:sdtContent>" + p(r("正文")) +
            "</w:sdtContent></w:sdt>"));
        CHECK(paragraphs(d) == std::vector<std::string>{"正文"});
    }

    TEST_CASE("AlternateContent is read once and text boxes follow their anchor") {
        // Word writes a text box twice: as a DrawingML shape (mc:Choice) and as VML (mc:Fallback).
        std::string const box = "<w:txbxContent>" + p(r("文本框里的字")) + "</w:txbxContent>";
        Document const d = read(docx(
            p(r("锚定段落") +
              "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"wp\">"
              "<a:graphic xmlns:a=\"a\"><a:graphicData><wps:wsp><wps:txbx>" + box +
              "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
              "<mc:Fallback><w:pict><v:shape><v:textbox>" + box +
              "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>" + r("之后")) +
            p(r("下一段"))));
        CHECK(outline(d) == std::vector<std::string>{"P:锚定段落之后", "P:文本框里的字", "P:下一段"});
        // Paragraphs are numbered as they are met: the anchor, the box's, then the next.
        REQUIRE(d.blocks.size() == 3);
        CHECK(std::get<Paragraph>(d.blocks[1]).where.line == 2);
        CHECK(std::get<Paragraph>(d.blocks[2]).where.line == 3);
    }

    TEST_CASE("hidden text and ruby annotations are not read") {
        Document const d = read(docx(p(
            r("显示") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>" +
            "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>可见</w:t></w:r>" +
            "<w:r><w:ruby><w:rubyPr/><w:rt>" + r("zhù") + "</w:rt><w:rubyBase>" + r("注") +
            "</w:rubyBase></w:ruby></w:r>")));
        CHECK(paragraphs(d) == std::vector<std::string>{"显示可见注"});
    }

    TEST_CASE("horizontal merges take their grid columns") {
        // gridSpan, a row starting two columns in (gridBefore) and ending early (gridAfter), and
        // the legacy hMerge of old Word files.
        Document const d = read(docx(tbl(
            tr(tc(p(r("申请人情况")), "<w:gridSpan w:val=\"4\"/>")) +
            tr(tc(p(r("商业企业"))) + tc(p(r("科研机构"))), "<w:gridBefore w:val=\"2\"/>") +
            tr(tc(p(r("总计"))) + tc(p(r("1")), "<w:gridSpan w:val=\"2\"/>"), "<w:gridAfter w:val=\"1\"/>") +
            tr(tc(p(r("a")), "<w:hMerge w:val=\"restart\"/>") + tc(p(r("b")), "<w:hMerge/>") +
               tc(p(r("c")), "<w:hMerge w:val=\"continue\"/>") + tc(p(r("d")))))));
        auto const t = tables(d);
        REQUIRE(t.size() == 1);
        CHECK(t[0].rows == 4);
        CHECK(t[0].columns == 4);
        REQUIRE(cell_at(t[0], 0, 0));
        CHECK(cell_at(t[0], 0, 0)->column_span == 4);
        CHECK(text_at(t[0], 1, 2) == "商业企业");
        CHECK(text_at(t[0], 1, 3) == "科研机构");
        CHECK(cell_at(t[0], 1, 0) == nullptr);
        CHECK(text_at(t[0], 2, 1) == "1");
        CHECK(cell_at(t[0], 2, 1)->column_span == 2);
        // hMerge: a, b and c are one cell over three columns, the merged cells' text kept.
        REQUIRE(cell_at(t[0], 3, 0));
        CHECK(cell_at(t[0], 3, 0)->column_span == 3);
        CHECK(text_at(t[0], 3, 0) == "a\nb\nc");
        CHECK(text_at(t[0], 3, 3) == "d");
        CHECK(t[0].cells.size() == 7);
    }

    TEST_CASE("vertical merges become row spans") {
        Document const d = read(docx(
            tbl(tr(tc(p(r("三、本年度办理结果")), "<w:vMerge w:val=\"restart\"/>") + tc(p(r("（一）予以公开"))) +
                   tc(p(r("258")))) +
                tr(tc(p(""), "<w:vMerge/>") + tc(p(r("（三）不予公开")), "<w:vMerge w:val=\"restart\"/>") +
                   tc(p(r("14")))) +
                tr(tc(p(""), "<w:vMerge w:val=\"continue\"/>") + tc(p(""), "<w:vMerge/>") + tc(p(r("0")))) +
                tr(tc(p(r("下一组")), "<w:gridSpan w:val=\"2\"/>") + tc(p(r("1")), "<w:vMerge/>"))) +
            // A continuation with no cell above it starts a cell of its own.
            tbl(tr(tc(p(r("首行")), "<w:vMerge/>") + tc(p(r("x")))))));
        auto const t = tables(d);
        REQUIRE(t.size() == 2);
        CHECK(t[0].rows == 4);
        REQUIRE(cell_at(t[0], 0, 0));
        CHECK(cell_at(t[0], 0, 0)->row_span == 3);
        CHECK(text_at(t[0], 0, 0) == "三、本年度办理结果");
        REQUIRE(cell_at(t[0], 1, 1));
        CHECK(cell_at(t[0], 1, 1)->row_span == 2);
        CHECK(cell_at(t[0], 1, 0) == nullptr);
        CHECK(cell_at(t[0], 2, 1) == nullptr);
        CHECK(text_at(t[0], 3, 0) == "下一组");
        CHECK(cell_at(t[0], 3, 0)->row_span == 1);
        // Row 3's continuation in column 2 joins the cell above it, and keeps its text.
        REQUIRE(cell_at(t[0], 2, 2));
        CHECK(cell_at(t[0], 2, 2)->row_span == 2);
        CHECK(text_at(t[0], 2, 2) == "0\n1");
        CHECK(text_at(t[1], 0, 0) == "首行");
        CHECK(cell_at(t[1], 0, 0)->row_span == 1);
    }

    TEST_CASE("a header row repeated on every page is read once and deleted rows not at all") {
        Document const d = read(docx(tbl(
            tr(tc(p(r("信息内容"))) + tc(p(r("本年新制作数量"))), "<w:tblHeader/>") +
            tr(tc(p(r("规章"))) + tc(p(r("13")))) +
            tr(tc(p(r("删除的行"))) + tc(p(r("99"))), "<w:del w:id=\"1\" w:author=\"x\"/>") +
            tr(tc(p(r("规范性文件"))) + tc(p(r("60")))))));
        auto const t = tables(d);
        REQUIRE(t.size() == 1);
        CHECK(t[0].rows == 3);
        CHECK(text_at(t[0], 0, 0) == "信息内容");
        CHECK(text_at(t[0], 1, 0) == "规章");
        CHECK(text_at(t[0], 2, 0) == "规范性文件");
    }

    TEST_CASE("a layout table is unwrapped and the tables inside it stay tables") {
        // A web page saved as Word: the whole article in one cell of a layout table, beside a
        // navigation cell, the statutory tables nested inside.
        std::string const data =
            tbl(tr(tc(p(r("规章"))) + tc(p(r("13")))) + tr(tc(p(r("规范性文件"))) + tc(p(r("60")))));
        std::string const inner_layout = tbl(tr(tc(p(r("内层框")) + data)));
        Document const d = read(docx(
            p(r("标题")) +
            tbl(tr(tc(p(r("导航"))) + tc(p(r("二、主动公开政府信息情况")) + data + p(r("三、收到和处理")) + inner_layout))) +
            p(r("结尾"))));
        CHECK(outline(d) == std::vector<std::string>{"P:标题", "P:导航", "P:二、主动公开政府信息情况", "T:2x2",
                                                     "P:三、收到和处理", "P:内层框", "T:2x2", "P:结尾"});
        auto const t = tables(d);
        REQUIRE(t.size() == 2);
        CHECK(text_at(t[1], 1, 1) == "60");
        CHECK(t[1].where.line == 10);  // paragraph numbers run through the unwrapped cells
    }

    TEST_CASE("text set in columns by a table is read as paragraphs") {
        // A two-column page: running text in both cells, no table inside. Short cells beside it
        // would be data; these are not.
        std::string const left(300, 'a'), right = "二、主动公开政府信息情况";
        Document const d = read(docx(tbl(tr(tc(p(r(left)) + p(r("左栏第二段"))) + tc(p(r(right)))))));
        CHECK(outline(d) == std::vector<std::string>{"P:" + left, "P:左栏第二段", "P:" + right});
        // 200 characters is still a cell.
        Document const cell = read(docx(tbl(tr(tc(p(r(std::string(200, 'b')))) + tc(p(r("1")))))));
        CHECK(tables(cell).size() == 1);
    }

    TEST_CASE("a table of one column is read as paragraphs") {
        Document const d = read(docx(tbl(tr(tc(p(r("第一段")) + p(r("第二段")))) + tr(tc(p(r("第三段")))))));
        CHECK(outline(d) == std::vector<std::string>{"P:第一段", "P:第二段", "P:第三段"});
    }

    TEST_CASE("a cell holds its paragraphs and a table is where its first paragraph is") {
        Document const d = read(docx(p(r("前")) + p("") +
                                     tbl(tr(tc(p(r("本年新")) + p(r("\t公开数量 ")) + p("")) + tc(p(r("1")))))));
        auto const t = tables(d);
        REQUIRE(t.size() == 1);
        CHECK(text_at(t[0], 0, 0) == "本年新\n公开数量");
        CHECK(t[0].where.line == 3);
        REQUIRE(cell_at(t[0], 0, 1));
        CHECK(cell_at(t[0], 0, 1)->where.line == 6);
    }

    TEST_CASE("any namespace prefix and strict Open XML") {
        std::string xml =
            "<x:document xmlns:x=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><x:body>"
            "<x:p><x:r><x:t>前缀</x:t></x:r></x:p></x:body></x:document>";
        auto d = detail::read_docx_xml(xml);
        REQUIRE(d.ok());
        CHECK(paragraphs(*d) == std::vector<std::string>{"前缀"});
        xml = "<document xmlns=\"" + std::string(test::kWordNamespace) + "\" xmlns:w=\"" +
              std::string(test::kWordNamespace) + "\"><body><p><r><t>默认</t></r></p>"
              "<tbl><tr><tc><tcPr><gridSpan w:val=\"2\"/></tcPr><p><r><t>a</t></r></p></tc></tr>"
              "<tr><tc><p><r><t>b</t></r></p></tc><tc><p/></tc></tr></tbl></body></document>";
        d = detail::read_docx_xml(xml);
        REQUIRE(d.ok());
        CHECK(paragraphs(*d) == std::vector<std::string>{"默认"});
        REQUIRE(tables(*d).size() == 1);
        REQUIRE(cell_at(tables(*d)[0], 0, 0));
        CHECK(cell_at(tables(*d)[0], 0, 0)->column_span == 2);
        // An element of another namespace named like a Word one is not read as one.
        xml = "<w:document xmlns:w=\"" + std::string(test::kWordNamespace) +
              "\" xmlns:m=\"m\"><w:body><w:p><m:r><m:t>公式</m:t></m:r><w:r><w:t>文字</w:t></w:r></w:p>"
              "</w:body></w:document>";
        d = detail::read_docx_xml(xml);
        REQUIRE(d.ok());
        CHECK(paragraphs(*d) == std::vector<std::string>{"文字"});
    }

    TEST_CASE("bytes that are not UTF-8 become U+FFFD and control characters go") {
        auto const d = detail::read_docx_xml(test::document_xml(p(r("a\xFF" "b\xE4\xB8" "c&#1;d\xED\xA0\x80" "e"))));
        REQUIRE(d.ok());
        CHECK(paragraphs(*d) == std::vector<std::string>{
                                    "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "cd\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e"});
    }
}

TEST_SUITE("docx_numbering" * doctest::skip(!docx_supported())) {
    TEST_CASE("numbers in the formats reports use") {
        using detail::list_number;
        CHECK(list_number(1, "chineseCounting") == "一");
        CHECK(list_number(10, "chineseCountingThousand") == "十");
        CHECK(list_number(12, "chineseCounting") == "十二");
        CHECK(list_number(20, "chineseCounting") == "二十");
        CHECK(list_number(105, "chineseCounting") == "一百〇五");
        CHECK(list_number(110, "chineseCounting") == "一百一十");
        CHECK(list_number(3, "chineseLegalSimplified") == "叁");
        CHECK(list_number(10, "chineseLegalSimplified") == "壹拾");
        CHECK(list_number(10, "ideographDigital") == "一〇");
        CHECK(list_number(3, "ideographTraditional") == "丙");
        CHECK(list_number(3, "decimalEnclosedCircle") == "③");
        CHECK(list_number(21, "decimalEnclosedCircle") == "21");
        CHECK(list_number(2, "decimalEnclosedParen") == "⑵");
        CHECK(list_number(4, "ideographEnclosedCircle") == "㈣");
        CHECK(list_number(7, "decimalFullWidth") == "７");
        CHECK(list_number(14, "upperRoman") == "XIV");
        CHECK(list_number(4, "lowerRoman") == "iv");
        CHECK(list_number(28, "upperLetter") == "BB");
        CHECK(list_number(5, "decimalZero") == "05");
        CHECK(list_number(5, "ordinalText") == "5");
        CHECK(list_number(5, "bullet").empty());
    }

    TEST_CASE("a list level's text is kept as valid UTF-8 without control characters") {
        // Found by fuzz_docx_xml: a level text with a broken UTF-8 sequence went into the
        // paragraph unchecked.
        std::string const numbering =
            "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\xDB\xC3&#9;&#1;\"/></w:lvl></w:abstractNum>"
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        Document const d = read(docx(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + r("条目") + "</w:p>",
            numbering));
        CHECK(paragraphs(d) == std::vector<std::string>{"1.\xEF\xBF\xBD\xEF\xBF\xBD\t条目"});
    }

    TEST_CASE("list numbers are written before their paragraphs") {
        // Level 0 "%1、" in Chinese counting through the heading style, level 1 "（%2）", level
        // 2 "%3." decimal; a second instance of the list restarts level 2 at 5.
        std::string const numbering =
            "<w:abstractNum w:abstractNumId=\"0\">"
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
            "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/>"
            "<w:suff w:val=\"space\"/></w:lvl></w:abstractNum>"
            "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            "<mc:Choice Requires=\"w14\"><w:numFmt w:val=\"custom\" w:format=\"01, 02, 03, ...\"/></mc:Choice>"
            "<mc:Fallback><w:numFmt w:val=\"decimalZero\"/></mc:Fallback></mc:AlternateContent>"
            "<w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
            "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
            "<w:lvlText w:val=\"●\"/></w:lvl></w:abstractNum>"
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"2\">"
            "<w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
            "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>";
        std::string const styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
            "</w:numPr></w:pPr></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:basedOn w:val=\"Heading1\"/><w:pPr>"
            "<w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:basedOn w:val=\"Heading1\"/><w:pPr>"
            "<w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr></w:style>";
        auto heading = [](int level, std::string_view text) {
            return "<w:p><w:pPr><w:pStyle w:val=\"Heading" + std::to_string(level) + "\"/></w:pPr>" + r(text) + "</w:p>";
        };
        auto item = [](int num, int level, std::string_view text) {
            return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                   std::to_string(num) + "\"/></w:numPr></w:pPr>" + r(text) + "</w:p>";
        };
        Document const d = read(docx(
            heading(1, "总体情况") + heading(2, "主动公开") + heading(2, "依申请公开") + item(1, 2, "条目") +
                item(1, 2, "条目") + "<w:p><w:pPr><w:pStyle w:val=\"Plain\"/></w:pPr>" + r("不编号") + "</w:p>" +
                heading(1, "主动公开政府信息情况") + heading(2, "新的一节") + item(2, 2, "重新开始") +
                item(2, 2, "接着") + item(3, 0, "零填充") + item(4, 0, "圆点") + item(9, 0, "没有这个列表"),
            numbering, styles));
        CHECK(paragraphs(d) == std::vector<std::string>{
                                   "一、总体情况", "（一）主动公开", "（二）依申请公开", "1. 条目", "2. 条目", "不编号",
                                   "二、主动公开政府信息情况", "（一）新的一节", "5. 重新开始", "6. 接着", "01零填充",
                                   "圆点", "没有这个列表"});
    }
}

namespace {

// Every cell of `got` equals the one of `want`; returns how many were compared.
int compare_cells(Report const& got, Report const& want) {
    REQUIRE(got.format() == want.format());
    int compared = 0;
    for_each_cell(want, [&](TableKind t, std::string_view row, std::string_view column, auto const& w) {
        for_each_cell(got, [&](TableKind u, std::string_view r2, std::string_view c2, auto const& g) {
            if constexpr (std::is_same_v<decltype(w), decltype(g)>)
                if (t == u && row == r2 && column == c2) {
                    CHECK_MESSAGE(g == w, id(t) << "/" << row << "/" << column);
                    ++compared;
                }
        });
    });
    return compared;
}

int compare_with_golden(Report const& got, std::string const& stem) {
    return compare_cells(got, test::golden_report(stem));
}

// The parser's diagnostics as code and line (for Word: paragraph number).
std::vector<std::string> diagnostic_keys(Report const& r) {
    std::vector<std::string> out;
    for (auto const& f : r.diagnostics) out.push_back(std::string(id(f.code)) + " " + std::to_string(f.line));
    return out;
}

std::vector<std::string> finding_keys(std::vector<Finding> const& findings) {
    std::vector<std::string> out;
    for (auto const& f : findings)
        out.push_back(std::string(id(f.code)) + " " + std::string(id(f.severity)) + " " + f.row + "/" +
                      f.column + " " + f.expected + "/" + f.actual);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_SUITE("docx_corpus" * doctest::skip(!docx_supported())) {
    TEST_CASE("corpus c03 as a LibreOffice Word file: every cell and the findings of its web page") {
        auto const result = parse_file(data_dir + "/office/c03.docx");
        REQUIRE(result.reports.size() == 1);
        Report const& r = result.reports[0];
        CHECK(r.agency == "上海市人民政府办公厅");
        CHECK(r.year == 2019);
        CHECK(compare_with_golden(r, "c03") == 198);
        CHECK(r.sections.size() == 6);
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->end == Date{2019, 12, 31});
        CHECK(r.applications.disclosed.total == Cell::blank());  // blank in the file, never 0
        // The reader has nothing to say about tables read cell by cell …
        for (auto const& f : r.diagnostics) CHECK_MESSAGE(false, id(f.code) << " " << f.message);
        CHECK(result.diagnostics.empty());
        // … and the checks find exactly what they find in the same report as a web page: the
        // agency's own inconsistencies, no error of the reader's making.
        auto const html = parse_file(data_dir + "/corpus/c03.html");
        REQUIRE(html.reports.size() == 1);
        CHECK(finding_keys(check(r)) == finding_keys(check(html.reports[0])));
    }

    TEST_CASE("a finding about a cell of a Word table names the cell's paragraph") {
        // base_report.txt as a Word file: its pipe rows as w:tbl rows, one paragraph per cell,
        // every other line a paragraph; 行政处罚 written 6x9.
        std::string const text = read_file(data_dir + "/bad/base_report.txt");
        std::string body, rows;
        std::uint32_t paragraph = 0, bad_cell = 0;
        auto end_table = [&] {
            if (!rows.empty()) body += tbl(rows);
            rows.clear();
        };
        for (std::size_t start = 0; start < text.size();) {
            std::size_t const end = std::min(text.find('\n', start), text.size());
            std::string_view line = std::string_view(text).substr(start, end - start);
            start = end + 1;
            if (!line.starts_with("|")) {
                end_table();
                body += p(r(line));
                ++paragraph;
                continue;
            }
            std::string cells;
            line = line.substr(1, line.size() - 2);
            for (std::size_t s = 0;;) {
                std::size_t const bar = std::min(line.find('|', s), line.size());
                std::string cell(trim_copy(line.substr(s, bar - s)));
                ++paragraph;
                if (cells.find("行政处罚") != std::string::npos && cell == "69") {
                    cell = "6x9";
                    bad_cell = paragraph;
                }
                cells += tc(p(r(cell)));
                if (bar == line.size()) break;
                s = bar + 1;
            }
            rows += tr(cells);
        }
        end_table();
        REQUIRE(bad_cell > 0);
        auto const result = parse(docx(body));
        REQUIRE(result.reports.size() == 1);
        Report const& report = result.reports[0];
        CHECK(std::get<Article20v2021>(report.article20).penalty.decisions == Cell::blank());
        CHECK(report.applications.new_received.total == Cell::of(11));
        std::vector<Finding> bad;
        for (auto const& f : report.diagnostics)
            if (f.code == FindingCode::parse_bad_cell) bad.push_back(f);
        REQUIRE(bad.size() == 1);
        CHECK(bad[0].line == bad_cell);
        CHECK(bad[0].page == 0);
    }

    TEST_CASE("hand-built Word and WPS files read every cell of the report they hold") {
        // tools/make_office_tests.py: base_report.txt in the official template, with Word's
        // idioms (word_features) and WPS's inside a layout table (wps_layout); LibreOffice's
        // conversion of the same report as a web page (lo_base_report_html).
        auto const text = parse_file(data_dir + "/bad/base_report.txt");
        REQUIRE(text.reports.size() == 1);
        for (std::string const name : {"word_features", "wps_layout", "lo_base_report_html"}) {
            CAPTURE(name);
            auto const result = parse_file(data_dir + "/office/" + name + ".docx");
            REQUIRE(result.reports.size() == 1);
            Report const& r = result.reports[0];
            CHECK(r.agency == "测试县人民政府");
            CHECK(r.year == 2023);
            CHECK(compare_cells(r, text.reports[0]) == 200);
            CHECK(r.sections.size() == 6);
            for (auto const& f : r.diagnostics) CHECK_MESSAGE(false, id(f.code) << " " << f.message);
            CHECK(finding_keys(check(r)) == finding_keys(check(text.reports[0])));
        }
    }

    TEST_CASE("list numbers and a text box reach the report where Word shows them") {
        auto const result = parse_file(data_dir + "/office/word_features.docx");
        REQUIRE(result.reports.size() == 1);
        Report const& r = result.reports[0];
        REQUIRE(r.sections.size() == 6);
        CHECK(r.sections[0].heading == "一、总体情况");  // "一、" comes from numbering.xml
        CHECK(r.sections[5].heading == "六、其他需要报告的事项");
        // The tracked insertion is read, the deletion and the hidden note are not; the text
        // box follows the paragraph that anchors it.
        CHECK(r.sections[0].text.find("主动公开政府信息120条。") != std::string::npos);
        CHECK(r.sections[0].text.find("100") == std::string::npos);
        CHECK(r.sections[0].text.find("内部备注") == std::string::npos);
        CHECK(r.sections[0].text.find("样稿") != std::string::npos);
    }

    TEST_CASE("seed reports as LibreOffice Word files read as their text does") {
        // Seed 001: tab-separated rows, now Word paragraphs with w:tab. Findings name the
        // paragraph, which LibreOffice made of each line: the same numbers as the text's lines.
        auto const doc = parse_file(data_dir + "/office/lo_seed_001.docx");
        auto const text = parse_file(data_dir + "/seeds/001_6f73e57e54ca5cf9.txt");
        REQUIRE(doc.reports.size() == 1);
        REQUIRE(text.reports.size() == 1);
        CHECK(compare_with_golden(doc.reports[0], "001_6f73e57e54ca5cf9") == 200);
        CHECK(diagnostic_keys(doc.reports[0]) == diagnostic_keys(text.reports[0]));
        CHECK(diagnostic_keys(doc.reports[0]) ==
              std::vector<std::string>{"parse_label_variant 28", "parse_extra_cells 89"});
        // Seed 002: five reports in one file.
        auto const five = parse_file(data_dir + "/office/lo_seed_002.docx");
        REQUIRE(five.reports.size() == 5);
        for (int k = 0; k < 5; ++k) {
            CAPTURE(k);
            CHECK(compare_with_golden(five.reports[static_cast<std::size_t>(k)],
                                      "002_6174489a5f7162cb.r" + std::to_string(k + 1)) >= 198);
        }
        // c03 with its group labels one character per line, saved as Word by LibreOffice.
        auto const vertical = parse_file(data_dir + "/office/lo_c03_vertical_labels.docx");
        REQUIRE(vertical.reports.size() == 1);
        CHECK(compare_with_golden(vertical.reports[0], "c03") == 198);
    }
}

namespace {

std::string bad(std::string const& name) { return read_file(data_dir + "/bad/" + name); }

ReadOptions limit(std::size_t unpacked) {
    ReadOptions o;
    o.max_unpacked_bytes = unpacked;
    return o;
}

bool contains(std::string const& s, std::string_view what) { return s.find(what) != std::string::npos; }

// `depth` elements `open` nested in a paragraph or body, closed again.
std::string nested(std::string_view open, std::string_view close, std::size_t depth, std::string_view inside) {
    std::string out;
    out.reserve(depth * (open.size() + close.size()) + inside.size());
    for (std::size_t k = 0; k < depth; ++k) out += open;
    out += inside;
    for (std::size_t k = 0; k < depth; ++k) out += close;
    return out;
}

}  // namespace

TEST_SUITE("docx_bad_input" * doctest::skip(!docx_supported())) {
    TEST_CASE("a zip bomb stops at the unpack limit whatever size it declares") {
        // 64 MiB of text packed into 64 KB, read with a limit of 8 MiB: refused when the limit
        // is reached, with its honest sizes and with sizes that claim 1,000 bytes.
        for (std::string const name : {"docx_zip_bomb.docx", "docx_zip_bomb_lying.docx"}) {
            CAPTURE(name);
            Error const e = read_error(bad(name), limit(8 << 20));
            CHECK(e.code == ErrorCode::input_too_large);
            CHECK(contains(e.message, "more than 8388608 bytes"));
            CHECK(contains(e.message, "word/document.xml"));
        }
        // try_parse takes the limit from ParseOptions and says which file it was.
        ParseOptions o;
        o.max_unpacked_bytes = 8 << 20;
        o.source_name = "bomb.docx";
        auto const r = try_parse(bad("docx_zip_bomb.docx"), o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::input_too_large);
        CHECK(r.error().file == "bomb.docx");
    }

    TEST_CASE("entities declared in a DTD are not expanded") {
        // "Billion laughs": &lol9; would be 10^9 "lol"s. pugixml reads no DTD, so the reference
        // stays the six characters it is, and the paragraph after it is read.
        Document const d = read(bad("docx_billion_laughs.docx"));
        CHECK(paragraphs(d) == std::vector<std::string>{"&lol9;", "之后的段落"});
    }

    TEST_CASE("a 200 MB document.xml is refused while it is unpacked") {
        // 200 MiB of one-letter paragraphs packed into 600 KB: the tree they would need is
        // counted with the bytes as they come out, so reading stops long before 200 MiB.
        Error const e = read_error(bad("docx_xml_200mb.docx"));
        CHECK(e.code == ErrorCode::input_too_large);
        CHECK(contains(e.message, "word/document.xml"));
        CHECK(contains(e.message, "ReadOptions::max_unpacked_bytes"));
        // The same part whole, as XML alone, is refused before it is parsed.
        std::string xml = test::document_xml(nested("<w:p><w:r><w:t>x</w:t></w:r></w:p>", "", 100000, ""));
        auto const small = detail::read_docx_xml(xml, limit(xml.size() * 4));
        REQUIRE_FALSE(small.ok());
        CHECK(small.error().code == ErrorCode::input_too_large);
        CHECK(detail::read_docx_xml(xml, limit(xml.size() * 12)).ok());
    }

    TEST_CASE("the tree estimate is the same however the bytes are cut into chunks") {
        std::string const xml =
            test::document_xml(tbl(tr(tc(p(r("规章")), "<w:gridSpan w:val=\"2\"/>")) + tr(tc(p("")) + tc(p(r("13")))))) +
            "<a/><!--x--><?p?>t<<b><![CDATA[c]]>";
        std::size_t const whole = detail::estimated_tree_bytes(xml);
        CHECK(whole > xml.size());
        for (std::size_t cut = 0; cut <= xml.size(); ++cut) {
            detail::TreeEstimate estimate;
            std::size_t const parts = estimate(std::string_view(xml).substr(0, cut)) +
                                      estimate(std::string_view(xml).substr(cut));
            CHECK(parts + 8 * sizeof(void*) == whole);
        }
    }

    TEST_CASE("nesting 100000 deep is refused without a stack overflow") {
        Error e = read_error(bad("docx_deep_tables.docx"));
        CHECK(e.code == ErrorCode::input_too_large);
        CHECK(contains(e.message, "nests elements more than 200 levels deep"));
        // Hyperlinks inside a paragraph, custom XML around blocks, unknown elements in a run.
        for (auto const& body : {p(nested("<w:hyperlink>", "</w:hyperlink>", 100000, r("深"))),
                                 nested("<w:customXml>", "</w:customXml>", 100000, p(r("深"))),
                                 p("<w:r>" + nested("<x:a xmlns:x=\"x\">", "</x:a>", 100000, "") + "</w:r>")}) {
            e = read_error(docx(body));
            CHECK(e.code == ErrorCode::input_too_large);
        }
        // Nesting as deep as real files go reads: tables nested 20 deep, the innermost a table.
        std::string inner = tbl(tr(tc(p(r("规章"))) + tc(p(r("13")))));
        for (int k = 0; k < 20; ++k) inner = tbl(tr(tc(inner)));
        Document const d = read(docx(inner));
        REQUIRE(tables(d).size() == 1);
        CHECK(text_at(tables(d)[0], 0, 1) == "13");
    }

    TEST_CASE("a few kilobytes of rows cannot make a grid of billions") {
        // One row of 1,024 columns (16 cells of 64) over 20,000 empty rows: 20 million positions,
        // every one of which flattening would write.
        std::string rows = tr(nested(tc(p(r("x")), "<w:gridSpan w:val=\"64\"/>"), "", 16, ""));
        rows += nested("<w:tr/>", "", 20000, "");
        Error const e = read_error(docx(tbl(rows)));
        CHECK(e.code == ErrorCode::input_too_large);
        CHECK(contains(e.message, "grid positions"));
        // The same table with 100 empty rows reads.
        Document const d = read(docx(tbl(tr(nested(tc(p(r("x")), "<w:gridSpan w:val=\"64\"/>"), "", 16, "")) +
                                         nested("<w:tr/>", "", 100, ""))));
        REQUIRE(tables(d).size() == 1);
        CHECK(tables(d)[0].columns == 1024);
        CHECK(tables(d)[0].rows == 101);
    }

    TEST_CASE("truncated and corrupt archives are corrupt files") {
        Error e = read_error(bad("docx_truncated.docx"));
        CHECK(e.code == ErrorCode::corrupt_file);
        CHECK(contains(e.message, "not a readable ZIP archive"));
        e = read_error(bad("docx_bad_data.docx"));
        CHECK(e.code == ErrorCode::corrupt_file);
        CHECK(contains(e.message, "cannot unpack word/document.xml"));
        e = read_error(bad("docx_not_wellformed.docx"));
        CHECK(e.code == ErrorCode::corrupt_file);
        CHECK(contains(e.message, "word/document.xml is not well-formed XML"));
        CHECK(e.offset > 0);
        // A checksum that does not match the stored data.
        std::vector<test::ZipEntry> entries = {{"_rels/.rels", std::string(test::kPackageRelationships)},
                                               {"word/document.xml", test::document_xml(p(r("正文")))}};
        entries[1].wrong_crc = true;
        e = read_error(test::zip_archive(entries));
        CHECK(e.code == ErrorCode::corrupt_file);
        // Every prefix of a small Word file is refused or read, never more.
        std::string const whole = docx(p(r("一、总体情况")) + tbl(tr(tc(p(r("规章"))) + tc(p(r("13"))))));
        for (std::size_t n = 0; n < whole.size(); n += 7) {
            auto const d = try_read_document(std::string_view(whole).substr(0, n));
            if (!d) CHECK((d.error().code == ErrorCode::corrupt_file || d.error().code == ErrorCode::unsupported_format));
        }
    }

    TEST_CASE("Word's single-file XML formats are named with how to convert them") {
        for (std::string_view const head :
             {"<?xml version=\"1.0\"?>\n<?mso-application progid=\"Word.Document\"?>\n<pkg:package>",
              "<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"}) {
            Error const e = read_error(head);
            CHECK(e.code == ErrorCode::unsupported_format);
            CHECK(contains(e.message, "Word XML document"));
            CHECK(contains(e.message, "soffice --headless --convert-to docx"));
        }
    }

    TEST_CASE("encrypted entries and password-protected files say so") {
        Error e = read_error(bad("docx_encrypted_entry.docx"));
        CHECK(e.code == ErrorCode::encrypted);
        CHECK(contains(e.message, "word/document.xml"));
        // Word and WPS store a password-protected .docx as an OLE file with an EncryptedPackage.
        auto const r = try_parse(bad("docx_password.docx"), {.source_name = "protected.docx"});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::encrypted);
        CHECK(r.error().file == "protected.docx");
        CHECK(contains(r.error().message, "password"));
    }

    TEST_CASE("a central directory of a million entries is refused before it is loaded") {
        // Just the end records of a ZIP64 archive that declares 1,000,000 entries.
        std::string z = "PK\x03\x04word/document.xml";
        std::size_t const record = z.size();
        z += "PK\x06\x06";
        test::put(z, 44, 8);         // size of the rest of the record
        test::put(z, 45, 2);         // version made by
        test::put(z, 45, 2);         // version needed
        test::put(z, 0, 4);          // this disk
        test::put(z, 0, 4);          // disk of the central directory
        test::put(z, 1000000, 8);    // entries on this disk
        test::put(z, 1000000, 8);    // entries in all
        test::put(z, 46000000, 8);   // size of the central directory
        test::put(z, 0, 8);          // where it starts
        z += "PK\x06\x07";
        test::put(z, 0, 4);
        test::put(z, record, 8);
        test::put(z, 1, 4);
        z += "PK\x05\x06";
        test::put(z, 0, 4);
        test::put(z, 0xFFFF, 2);
        test::put(z, 0xFFFF, 2);
        test::put(z, 0xFFFFFFFF, 4);
        test::put(z, 0xFFFFFFFF, 4);
        test::put(z, 0, 2);
        Error const e = read_error(z);
        CHECK(e.code == ErrorCode::input_too_large);
        CHECK(contains(e.message, "declares 1000000 entries"));
    }

    TEST_CASE("the main part and its lists are found through the package relationships") {
        // A producer that names its parts otherwise: the relationships say where they are.
        std::string const rels =
            R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>)";
        std::string const main_rels =
            R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="../word/lists.xml"/>)"
            R"(<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/x.xml" TargetMode="External"/></Relationships>)";
        std::string const lists =
            "<w:numbering xmlns:w=\"" + std::string(test::kWordNamespace) + "\"><w:abstractNum w:abstractNumId=\"7\">"
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";
        std::string const body = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>" +
                                 r("收到和处理政府信息公开申请情况") + "</w:p>";
        std::string const z = test::zip_archive({{"_rels/.rels", rels},
                                                 {"word/document.xml", test::document_xml(p(r("不是正文")))},
                                                 {"word/document2.xml", test::document_xml(body)},
                                                 {"word/_rels/document2.xml.rels", main_rels},
                                                 {"word/lists.xml", lists}});
        CHECK(paragraphs(read(z)) == std::vector<std::string>{"三、收到和处理政府信息公开申请情况"});
        // A package whose relationships name a main part it does not hold.
        std::string const missing = test::zip_archive(
            {{"_rels/.rels", rels}, {"word/document.xml", test::document_xml(p(r("正文")))}});
        Error const e = read_error(missing);
        CHECK(e.code == ErrorCode::corrupt_file);
        CHECK(contains(e.message, "word/document2.xml"));
    }

    TEST_CASE("a document.xml in UTF-16 is read") {
        std::string const xml = test::document_xml(p(r("一、总体情况")));
        std::string utf16 = "\xFF\xFE";
        for (std::size_t i = 0; i < xml.size();) {
            char32_t const c = detail::next_code_point(xml, i);
            if (c >= 0x10000) {
                char32_t const v = c - 0x10000;
                for (char32_t u : {0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)}) {
                    utf16 += static_cast<char>(u & 0xFF);
                    utf16 += static_cast<char>(u >> 8);
                }
            } else {
                utf16 += static_cast<char>(c & 0xFF);
                utf16 += static_cast<char>(c >> 8);
            }
        }
        std::string const z = test::zip_archive({{"_rels/.rels", std::string(test::kPackageRelationships)},
                                                 {"word/document.xml", utf16}});
        CHECK(paragraphs(read(z)) == std::vector<std::string>{"一、总体情况"});
    }
}

TEST_SUITE("docx_grid" * doctest::skip(!docx_supported())) {
    using detail::GridCell;
    using detail::GridRow;
    using detail::Merge;

    TEST_CASE("a vertical merge joins only a cell above of the same columns") {
        // Row 0: A over two columns, B; row 1: a one-column continuation under A starts a cell
        // of its own, one under B joins it. Row 2: a continuation under B joined by a legacy
        // horizontal merge to the next w:tc is two columns wide, wider than B: its own cell.
        std::vector<GridRow> rows(3);
        rows[0].cells = {{2, Merge::restart, Merge::none}, {1, Merge::restart, Merge::none}};
        rows[1].cells = {{1, Merge::merged, Merge::none}, {1, Merge::none, Merge::none}, {1, Merge::merged, Merge::none}};
        rows[2].cells = {{1, Merge::none, Merge::none}, {1, Merge::none, Merge::none}, {1, Merge::merged, Merge::none},
                         {1, Merge::none, Merge::merged}};
        auto const g = detail::place_cells(rows);
        CHECK(g.columns == 4);
        REQUIRE(g.cells.size() == 7);
        CHECK(g.cells[0].row_span == 1);  // A
        CHECK(g.cells[1].row_span == 2);  // B reaches row 1
        CHECK(g.owner[1][0] == 2);
        CHECK(g.owner[1][2] == 1);
        CHECK(g.owner[2][2] == 6);
        CHECK(g.owner[2][3] == 6);
        CHECK(g.cells[6].column == 2);
        CHECK(g.cells[6].column_span == 2);
    }

    TEST_CASE("a row of two thousand cells keeps 1024 columns and every cell's text") {
        std::vector<GridRow> rows(2);
        rows[0].cells.assign(2000, GridCell{});
        rows[1].cells = {{detail::kMaxSpan, Merge::none, Merge::none}};
        auto const g = detail::place_cells(rows);
        CHECK(g.columns == detail::kMaxColumns);
        REQUIRE(g.owner[0].size() == 2000);
        CHECK(g.owner[0][1999] == g.owner[0][1023]);  // the last one's text joins the last cell
        CHECK(g.cells.size() == 1025);
    }

    TEST_CASE("no two cells cover one position whatever the merge flags") {
        std::mt19937 random(15);
        for (int round = 0; round < 500; ++round) {
            std::vector<GridRow> rows(1 + random() % 8);
            for (auto& row : rows) {
                row.before = random() % 3;
                row.after = random() % 3;
                row.cells.resize(random() % 7);
                for (auto& c : row.cells) {
                    c.span = random() % 4;  // 0 is read as 1
                    c.vertical = static_cast<Merge>(random() % 3);
                    c.horizontal = static_cast<Merge>(random() % 3);
                }
            }
            auto const g = detail::place_cells(rows);
            std::set<std::pair<std::uint32_t, std::uint32_t>> covered;
            for (auto const& c : g.cells) {
                CHECK(c.row_span >= 1);
                CHECK(c.column_span >= 1);
                CHECK(c.row + c.row_span <= g.rows);
                CHECK(c.column + c.column_span <= g.columns);
                for (auto r = c.row; r < c.row + c.row_span; ++r)
                    for (auto k = c.column; k < c.column + c.column_span; ++k) CHECK(covered.insert({r, k}).second);
            }
            for (std::size_t r = 0; r < rows.size(); ++r) {
                REQUIRE(g.owner[r].size() == rows[r].cells.size());
                for (auto o : g.owner[r]) CHECK(o < g.cells.size());
            }
        }
    }
}
