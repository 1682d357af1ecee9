#include "parse/html.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include "test_files.hpp"

namespace {

using govinfo::test::read_file;

using govinfo::detail::html_to_text;
using govinfo::detail::looks_like_html;

std::vector<std::string> split(std::string const& s, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t const p = s.find(sep, start);
        parts.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
        if (p == std::string::npos) break;
        start = p + 1;
    }
    return parts;
}

std::vector<std::string> lines_of(std::string const& text) {
    std::vector<std::string> lines = split(text, '\n');
    if (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
}

// The cells of the first output line that contains `needle`.
std::vector<std::string> row_with(std::vector<std::string> const& lines, std::string const& needle) {
    for (auto const& l : lines)
        if (l.find(needle) != std::string::npos) return split(l, '\t');
    FAIL("no line contains " << needle);
    return {};
}

using Cells = std::vector<std::string>;

}  // namespace

TEST_SUITE("html") {
    TEST_CASE("block elements become lines and inline markup vanishes") {
        auto const h = html_to_text(
            "<div class=\"TRS_Editor\"><p>一、总体情况</p><p>本年<span style=\"font-size:16px\">"
            "<font face=\"宋体\">主动</font></span>公开<b>13</b>件<o:p></o:p></p>"
            "<h3>二、主动公开</h3>第一行<br>第二行<br/>第三行</div>");
        CHECK(lines_of(h.text) ==
              Cells{"一、总体情况", "本年主动公开13件", "二、主动公开", "第一行", "第二行", "第三行"});
        CHECK(h.source_line.size() == 6);
    }

    TEST_CASE("whitespace collapses and lines are trimmed") {
        auto const h = html_to_text("<p>\n   a   b\t\tc  \n</p>\n\n<p>  </p><p>&nbsp;d&nbsp;</p>");
        CHECK(lines_of(h.text) == Cells{"a b c", "d"});
    }

    TEST_CASE("source_line maps each output line to where it starts") {
        std::string const html =
            "<html>\n<body>\n<p>first</p>\n\n<p>\nsecond</p>\n<table>\n<tr>\n<td>a</td>\n"
            "<td>b</td>\n</tr>\n</table>\n";
        auto const h = html_to_text(html);
        REQUIRE(lines_of(h.text) == Cells{"first", "second", "a\tb"});
        CHECK(h.source_line == std::vector<std::uint32_t>{3, 6, 8});
    }

    TEST_CASE("script style comments and head are dropped") {
        auto const h = html_to_text(
            "<!DOCTYPE html><html><head><title>标题</title><meta charset=utf-8>"
            "<style>p { color: red }</style></head><body><script>var a = '<p>x</p>';</script>"
            "<!-- <p>hidden</p> --><p>可见</p><noscript>请启用</noscript><SCRIPT type=x>y"
            "</SCRIPT ><p>末</p></body></html>");
        CHECK(lines_of(h.text) == Cells{"可见", "末"});
    }

    TEST_CASE("entities are decoded") {
        auto const h = html_to_text(
            "<p>&lt;纲要&gt; &amp; &quot;q&quot; &apos;a&apos; &ldquo;一网通办&rdquo; "
            "&middot; &mdash; &hellip; &#20013;&#x4e00;&#X4E8C; &unknown; &amp AT&T</p>"
            "<p>a&nbsp;&nbsp;b&nbspc &#0; &#xD800;</p>");
        auto const lines = lines_of(h.text);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0] ==
              "<纲要> & \"q\" 'a' \u201c一网通办\u201d \u00b7 \u2014 \u2026 中一二 &unknown; & AT&T");
        CHECK(lines[1] == "a b c \uFFFD \uFFFD");
    }

    TEST_CASE("a literal less-than sign stays text") {
        auto const h = html_to_text("<p>1 < 2 and 3 <= 4</p>");
        CHECK(lines_of(h.text) == Cells{"1 < 2 and 3 <= 4"});
    }

    TEST_CASE("table rows become tab-separated lines") {
        auto const h = html_to_text(
            "<table><tr><th>信息内容</th><th>本年新<br />制作数量</th></tr>"
            "<tr><td><p>规章</p></td><td><p align=center>13</p></td></tr>"
            "<tr><td>a<br>b</td><td>&nbsp;</td></tr></table>");
        CHECK(lines_of(h.text) == Cells{"信息内容\t本年新制作数量", "规章\t13", "a b\t"});
    }

    TEST_CASE("colspan and rowspan keep columns aligned") {
        // +----+---------+----+
        // | A  |    B    | C  |   B spans 2 columns; A and C span 3 rows
        // |    | D  | E  |    |
        // |    | F       |    |   F spans 2 columns
        // | G  | H  | I  | J  |
        auto const h = html_to_text(
            "<table>"
            "<tr><td rowspan=3>A</td><td colspan=\"2\">B</td><td rowspan='3'>C</td></tr>"
            "<tr><td>D</td><td>E</td></tr>"
            "<tr><td colspan=2>F</td></tr>"
            "<tr><td>G</td><td>H</td><td>I</td><td>J</td></tr>"
            "</table>");
        auto const lines = lines_of(h.text);
        REQUIRE(lines.size() == 4);
        CHECK(split(lines[0], '\t') == Cells{"A", "B", "", "C"});
        CHECK(split(lines[1], '\t') == Cells{"", "D", "E", ""});
        CHECK(split(lines[2], '\t') == Cells{"", "F", "", ""});
        CHECK(split(lines[3], '\t') == Cells{"G", "H", "I", "J"});
    }

    TEST_CASE("a rowspan in the middle and implied end tags") {
        auto const h = html_to_text(
            "<table><tbody><tr><td>1<td rowspan=2>2<td>3<tr><td>4<td>5</table>");
        auto const lines = lines_of(h.text);
        REQUIRE(lines.size() == 2);
        CHECK(split(lines[0], '\t') == Cells{"1", "2", "3"});
        CHECK(split(lines[1], '\t') == Cells{"4", "", "5"});
    }

    TEST_CASE("c03 application table lines up with the seven applicant columns") {
        std::string const html = read_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c03.html");
        REQUIRE(looks_like_html(html));
        auto const h = html_to_text(html);
        auto const lines = lines_of(h.text);
        CHECK(h.source_line.size() == lines.size());

        // 3 label columns (三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密) + 7 applicant columns.
        auto const header = row_with(lines, "商业企业");
        REQUIRE(header.size() == 10);
        CHECK(header[4] == "商业企业");
        CHECK(header[8] == "其他");
        CHECK(row_with(lines, "自然人")[3] == "自然人");
        CHECK(row_with(lines, "自然人")[9] == "总计");

        CHECK(row_with(lines, "一、本年新收") ==
              Cells{"一、本年新收政府信息公开申请数量", "", "", "821", "35", "", "", "2", "1", "859"});
        CHECK(row_with(lines, "（一）予以公开") ==
              Cells{"三、本年度办理结果", "（一）予以公开", "", "258", "12", "", "", "1", "1", ""});
        CHECK(row_with(lines, "1.属于国家秘密") ==
              Cells{"", "（三）不予公开", "1.属于国家秘密", "14", "", "", "", "", "", ""});
        CHECK(row_with(lines, "6.属于四类过程性信息") ==
              Cells{"", "", "6.属于四类过程性信息", "3", "1", "", "", "", "", ""});
        CHECK(row_with(lines, "1.本机关不掌握") ==
              Cells{"", "（四）无法提供", "1.本机关不掌握相关政府信息", "252", "12", "", "", "1", "",
                    ""});
        auto const total = row_with(lines, "（七）总计");
        REQUIRE(total.size() == 10);
        CHECK(Cells(total.end() - 7, total.end()) == Cells{"767", "35", "", "", "2", "1", "805"});
        CHECK(row_with(lines, "四、结转下年度继续办理") ==
              Cells{"四、结转下年度继续办理", "", "", "72", "", "", "", "", "", "72"});

        // Every row between 一、本年新收 and 四、结转下年度 has exactly 10 cells.
        auto first = std::find_if(lines.begin(), lines.end(),
                                  [](auto const& l) { return l.starts_with("一、本年新收"); });
        auto last = std::find_if(lines.begin(), lines.end(),
                                 [](auto const& l) { return l.starts_with("四、结转下年度"); });
        REQUIRE(first < last);
        CHECK(last - first == 22);  // 23 rows
        for (auto it = first; it <= last; ++it) {
            CAPTURE(*it);
            CHECK(split(*it, '\t').size() == 10);
        }
    }

    TEST_CASE("c03 review table has fifteen aligned cells") {
        std::string const html = read_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c03.html");
        auto const lines = lines_of(html_to_text(html).text);
        auto const top = row_with(lines, "行政复议\t");
        REQUIRE(top.size() == 15);
        CHECK(top[0] == "行政复议");
        CHECK(top[5] == "行政诉讼");
        auto const mid = row_with(lines, "未经复议直接起诉");
        REQUIRE(mid.size() == 15);
        CHECK(mid[0] == "结果维持");
        CHECK(mid[4] == "总计");
        CHECK(mid[5] == "未经复议直接起诉");
        CHECK(mid[10] == "复议后起诉");
        // The sub-header row: five empty cells held by the rowspan=2 cells above, then ten.
        for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
            if (lines[k].find("未经复议直接起诉") == std::string::npos) continue;
            auto const sub = split(lines[k + 1], '\t');
            REQUIRE(sub.size() == 15);
            CHECK(Cells(sub.begin(), sub.begin() + 5) == Cells(5, ""));
            CHECK(sub[5] == "结果维持");
            CHECK(sub[14] == "总计");
            auto const data = split(lines[k + 2], '\t');
            CHECK(data == Cells{"5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""});
        }
    }

    TEST_CASE("c03 Article 20 tables and narrative") {
        std::string const html = read_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c03.html");
        auto const lines = lines_of(html_to_text(html).text);
        REQUIRE(!lines.empty());
        CHECK(lines[0] == "2019年上海市人民政府办公厅政府信息公开工作年度报告");
        CHECK(lines[1] == "发布日期：2020-01-31");
        CHECK(row_with(lines, "信息内容\t本年新制作数量") ==
              Cells{"信息内容", "本年新制作数量", "本年新公开数量", "", "对外公开总数量"});
        CHECK(row_with(lines, "规章\t") == Cells{"规章", "13", "13", "", "524"});
        CHECK(row_with(lines, "政府集中采购") == Cells{"政府集中采购", "6", "", "251000元", ""});
        CHECK(row_with(lines, "实施方案》")[0].find("《上海市贯彻<长江三角洲区域一体化发展规划纲要>实施方案》") !=
              std::string::npos);
        CHECK(std::find(lines.begin(), lines.end(), "四、政府信息公开行政复议、行政诉讼情况") !=
              lines.end());
        CHECK(lines.back() == "无。");
        for (auto const& l : lines) {
            CAPTURE(l);
            bool const stray_tag =
                l.find('<') != std::string::npos && l.find("<长江") == std::string::npos;
            CHECK_FALSE(stray_tag);
            CHECK(l.find("&nbsp;") == std::string::npos);
        }
    }

    TEST_CASE("layout cell holding an article and a data table") {
        std::string paragraphs;
        for (int k = 1; k <= 12; ++k) paragraphs += "<p>第" + std::to_string(k) + "段</p>";
        auto const h = html_to_text("<table><tr><td>导航</td><td class=\"content\">" + paragraphs +
                                    "<table><tr><td>规章</td><td>13</td></tr></table>"
                                    "<p>结尾</p></td></tr></table>");
        auto const lines = lines_of(h.text);
        REQUIRE(lines.size() == 15);
        CHECK(lines[0] == "导航");
        CHECK(lines[1] == "第1段");
        CHECK(lines[12] == "第12段");
        CHECK(lines[13] == "规章\t13");
        CHECK(lines[14] == "结尾");
    }

    TEST_CASE("a label written one character per line keeps its row aligned") {
        // Narrow first columns print 三、本年度办理结果 vertically, one character per <br> or <p>;
        // nine short lines are a label, not a layout cell holding an article.
        for (std::string const br : {"<br>", "</p><p>"}) {
            std::string vertical;
            for (std::string ch : {"三", "、", "本", "年", "度", "办", "理", "结", "果"})
                vertical += (vertical.empty() ? "" : br) + ch;
            auto const h = html_to_text(
                "<table><tr><td rowspan=\"2\"><p>" + vertical +
                "</p></td><td>（一）予以公开</td><td>7</td><td>0</td></tr>"
                "<tr><td>（二）部分公开</td><td>1</td><td>&nbsp;</td></tr></table>");
            auto const lines = lines_of(h.text);
            REQUIRE(lines.size() == 2);
            CHECK(split(lines[0], '\t') == Cells{"三、本年度办理结果", "（一）予以公开", "7", "0"});
            CHECK(split(lines[1], '\t') == Cells{"", "（二）部分公开", "1", ""});
        }
    }

    TEST_CASE("a cell of many paragraphs of text is still a layout cell") {
        std::string paragraphs;
        for (int k = 1; k <= 9; ++k) paragraphs += "<p>本机关第" + std::to_string(k) + "段正文内容</p>";
        auto const h = html_to_text("<table><tr><td>导航</td><td>" + paragraphs +
                                    "</td></tr></table>");
        auto const lines = lines_of(h.text);
        REQUIRE(lines.size() == 10);
        CHECK(lines[1] == "本机关第1段正文内容");
    }

    TEST_CASE("a source newline between Chinese characters is no space") {
        // Word wraps its HTML source near 76 columns, also inside Chinese text.
        auto const h = html_to_text(
            "<p>聊城市大数据局2020年政府\n信息公开工作年度 \n 报告</p>\n"
            "<p>本报告所列数据的统计期限自2020年1月1日\r\n起至2020年12月31日止。共收到\n3件，"
            "see\nnote 政府 信息</p>"
            "<table><tr><td>一、本年新收政府信息公开\n申请数量</td><td>\n 3 \n</td></tr></table>");
        CHECK(lines_of(h.text) ==
              Cells{"聊城市大数据局2020年政府信息公开工作年度报告",
                    "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。共收到 3件，see note "
                    "政府 信息",
                    "一、本年新收政府信息公开申请数量\t3"});
    }

    TEST_CASE("pre keeps its line breaks and column gaps") {
        auto const h = html_to_text("<pre>规章    13\n规范性文件  60\n</pre><p>后</p>");
        CHECK(lines_of(h.text) == Cells{"规章    13", "规范性文件  60", "后"});
    }

    TEST_CASE("colspan 999999 is clamped") {
        auto const h = html_to_text(
            "<table><tr><td colspan=\"999999\" rowspan=\"999999999999\">x</td></tr>"
            "<tr><td>y</td></tr></table><p>after</p>");
        auto const lines = lines_of(h.text);
        REQUIRE(lines.size() == 3);
        CHECK(split(lines[0], '\t').size() == 64);
        CHECK(split(lines[0], '\t')[0] == "x");
        // Row two: the clamped rowspan still holds the first 64 columns.
        CHECK(split(lines[1], '\t').size() == 65);
        CHECK(split(lines[1], '\t')[64] == "y");
        CHECK(lines[2] == "after");
    }

    TEST_CASE("huge tables stay linear" * doctest::timeout(10)) {
        std::string html = "<table><tr>";
        for (int c = 0; c < 400; ++c) html += "<td rowspan=1000>h</td>";
        html += "</tr>";
        for (int r = 0; r < 2000; ++r) html += "<tr><td>v</td></tr>";
        html += "</table>";
        auto const h = html_to_text(html);
        auto const lines = lines_of(h.text);
        REQUIRE(lines.size() == 2001);
        CHECK(split(lines[0], '\t').size() == 400);
        // Only the first 256 columns are tracked: v follows the 256 held cells.
        CHECK(split(lines[1], '\t').size() == 257);
        CHECK(split(lines[999], '\t').size() == 257);
        CHECK(lines[1000] == "v");  // rowspan=1000 holds rows 0 to 999
    }

    TEST_CASE("10000 nested divs and tables terminate" * doctest::timeout(10)) {
        std::string divs;
        for (int k = 0; k < 10000; ++k) divs += "<div><span>";
        divs += "深处";
        for (int k = 0; k < 10000; ++k) divs += "</span></div>";
        CHECK(lines_of(html_to_text(divs).text) == Cells{"深处"});

        std::string tables;
        for (int k = 0; k < 10000; ++k) tables += "<table><tr><td>";
        tables += "内";
        for (int k = 0; k < 10000; ++k) tables += "</td></tr></table>";
        tables += "<p>外</p>";
        auto const lines = lines_of(html_to_text(tables).text);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0] == "内");
        CHECK(lines[1] == "外");
    }

    TEST_CASE("unterminated markup terminates" * doctest::timeout(10)) {
        CHECK(lines_of(html_to_text("<p>前文</p><table").text) == Cells{"前文"});
        CHECK(lines_of(html_to_text("<table><tr><td>x<td>y").text) == Cells{"x\ty"});
        CHECK(lines_of(html_to_text("<p>a</p><!-- never closed <p>b</p>").text) == Cells{"a"});
        CHECK(lines_of(html_to_text("<p>a</p><script>b").text) == Cells{"a"});
        CHECK(lines_of(html_to_text("<td title=\"x>内容</td><p>b</p>").text) == Cells{"内容", "b"});
        CHECK(html_to_text("").text.empty());
        CHECK(html_to_text("<").text == "<\n");
        CHECK(html_to_text("&").text == "&\n");
        CHECK(html_to_text("&#").text == "&#\n");

        std::string quotes;
        for (int k = 0; k < 20000; ++k) quotes += "<a href=\"x>y";
        auto const h = html_to_text(quotes);
        CHECK(h.text.find("y") != std::string::npos);

        std::string cells;
        for (int k = 0; k < 50000; ++k) cells += "</td></tr></table><td><tr>";
        CHECK(html_to_text(cells).text.empty());
    }

    TEST_CASE("looks_like_html") {
        CHECK(looks_like_html("<!DOCTYPE html><html><body></body></html>"));
        CHECK(looks_like_html("\xEF\xBB\xBF \n <html lang=zh>"));
        CHECK(looks_like_html("  <!doctype HTML>"));
        CHECK(looks_like_html("标题: 报告\n<div class=\"content\"><p>正文</p></div>"));
        CHECK(looks_like_html("<TABLE border=1><TR><TD>1</TD></TR></TABLE>"));
        CHECK_FALSE(looks_like_html(""));
        CHECK_FALSE(looks_like_html("一、总体情况\n本年度 <无> 变化\n"));
        CHECK_FALSE(looks_like_html("| 信息内容 | 本年新<br>制作数量 |\n|---|---|\n"));
        CHECK_FALSE(looks_like_html("a <pre-formatted> b <paragraph>"));
        std::string const dir = GOVINFO_TEST_DATA;
        for (char const* name : {"/seeds/000_93777d88a2382c03.txt", "/seeds/001_6f73e57e54ca5cf9.txt",
                                 "/seeds/002_6174489a5f7162cb.txt", "/seeds/003_efe2eca494f81be5.txt",
                                 "/seeds/004_435f754e219edab5.txt", "/corpus/c01.txt",
                                 "/corpus/c02.txt", "/corpus/c04.txt", "/corpus/c05.txt",
                                 "/corpus/c06.txt"}) {
            CAPTURE(name);
            CHECK_FALSE(looks_like_html(read_file(dir + name)));
        }
        CHECK(looks_like_html(read_file(dir + "/corpus/c03.html")));
    }

    TEST_CASE("looks_like_html judges the structure not the first 4 KiB") {
        std::string const page = "<html><body><table><tr><td>1</td></tr></table></body></html>";
        std::string const filler(5000, 'x');
        CHECK(looks_like_html("<!-- " + filler + " -->\n" + page));
        CHECK(looks_like_html("<script>var s = \"" + filler + "\";</script>" + page));
        CHECK(looks_like_html("\xEF\xBB\xBF" + std::string(5000, ' ') + "\n\t" + page));
        CHECK(looks_like_html("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + std::string(5000, '\n') +
                              page));
        // A fragment opening with text: a structural element opened and closed anywhere.
        CHECK(looks_like_html(std::string(6000, 'a') + "\n<p>正文</p>"));
        CHECK(looks_like_html(std::string(6000, 'a') + "\n<table><tr><td>1"));
        // Plain text that merely holds a '<' or a Markdown <br> stays text, however long.
        std::string text(8000, 'a');
        text += "\n一、总体情况 a < b, <无>, <br> 与 <BR/>\n| 本年新<br>制作数量 | 1 |\n</p>";
        CHECK_FALSE(looks_like_html(text));
        CHECK_FALSE(looks_like_html("x <p"));
        CHECK_FALSE(looks_like_html("注意 </table> 只是一段文字"));
    }
}
