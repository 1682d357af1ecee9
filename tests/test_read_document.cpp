// The seam: input recognised by its bytes, read into a Document, and a Document's reports.
#include "govinfo/read_document.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>

#include "govinfo/cells.hpp"
#include "govinfo/parse.hpp"
#include "test_files.hpp"

using namespace govinfo;
using namespace std::string_view_literals;

namespace {

using govinfo::test::read_file;

std::string const base_report = std::string(GOVINFO_TEST_DATA) + "/bad/base_report.txt";

Error detect_error(std::string_view bytes) {
    auto k = try_detect_source(bytes);
    REQUIRE_FALSE(k.ok());
    return k.error();
}

// base_report.txt written as a PDF reader would hand it over: its pipe rows as grids, each cell
// with a page and a box, every other line a paragraph.
Document as_pdf_document(std::string_view text) {
    Document d;
    d.kind = SourceKind::pdf;
    DocumentTable* table = nullptr;
    double y = 0;
    std::uint32_t page = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        y += 20;
        if (y > 700) y = 20, ++page;
        if (!line.starts_with("|")) {
            table = nullptr;
            if (!line.empty())
                d.blocks.emplace_back(Paragraph{std::string(line), {0, page, Box{72, y, 500, y + 12}}});
            continue;
        }
        if (!table) table = &std::get<DocumentTable>(d.blocks.emplace_back(DocumentTable{}));
        line.remove_prefix(1);
        if (line.ends_with("|")) line.remove_suffix(1);
        std::uint32_t column = 0;
        for (std::size_t s = 0;; ++column) {
            std::size_t const bar = line.find('|', s);
            std::string_view cell = line.substr(s, bar == std::string_view::npos ? bar : bar - s);
            while (cell.starts_with(" ")) cell.remove_prefix(1);
            while (cell.ends_with(" ")) cell.remove_suffix(1);
            double const x = 72 + 40.0 * column;
            table->cells.push_back(
                {table->rows, column, 1, 1, std::string(cell), {0, page, Box{x, y, x + 38, y + 12}}});
            if (bar == std::string_view::npos) break;
            s = bar + 1;
        }
        table->columns = std::max(table->columns, column + 1);
        ++table->rows;
    }
    return d;
}

}  // namespace

TEST_SUITE("read_document") {
    TEST_CASE("input is recognised by its bytes") {
        CHECK(*try_detect_source("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") == SourceKind::pdf);
        CHECK(*try_detect_source("\xEF\xBB\xBF junk\n%PDF-1.4\n") == SourceKind::pdf);
        CHECK(*try_detect_source("PK\x03\x04....[Content_Types].xml....word/document.xml"sv) ==
              SourceKind::docx);
        CHECK(*try_detect_source("一、总体情况\n本报告以 %PDF- 开头的文件为例") == SourceKind::text);
        // A ZIP or OLE container is one by its magic number, whatever its first kilobyte holds:
        // an uncompressed part (or an embedded PDF) may put "%PDF-" at a line's start there.
        CHECK(*try_detect_source("PK\x03\x04..word/document.xml..\n%PDF-1.4\n"sv) == SourceKind::docx);
        CHECK(try_detect_source("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0%PDF-1.4 W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"sv)
                  .error().code == ErrorCode::unsupported_format);
        CHECK(*try_detect_source("<html><body><table></table></body></html>") == SourceKind::text);
        CHECK(*try_detect_source("") == SourceKind::text);
    }

    TEST_CASE("formats govinfo cannot read are named with how to convert them") {
        Error e = detect_error("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1....W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"sv);
        CHECK(e.code == ErrorCode::unsupported_format);
        CHECK(e.message.find(".doc") != std::string::npos);
        CHECK(e.message.find("soffice --headless --convert-to docx") != std::string::npos);

        e = detect_error("{\\rtf1\\ansi\\deff0 {\\fonttbl}}");
        CHECK(e.code == ErrorCode::unsupported_format);
        CHECK(e.message.find("RTF") != std::string::npos);
        CHECK(e.message.find("soffice --headless --convert-to docx") != std::string::npos);

        e = detect_error("PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text"sv);
        CHECK(e.message.find(".odt") != std::string::npos);

        e = detect_error("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"sv);
        CHECK(e.message.find("OCR") != std::string::npos);

        e = detect_error("PK\x03\x04....some/other.txt"sv);
        CHECK(e.message.find("ZIP") != std::string::npos);
    }

    TEST_CASE("detect_source throws the error try_detect_source returns") {
        CHECK(detect_source("%PDF-1.7\n") == SourceKind::pdf);
        std::string_view const rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl}}";
        Error const expected = detect_error(rtf);
        try {
            (void)detect_source(rtf);
            FAIL("detect_source did not throw");
        } catch (Exception const& e) {
            CHECK(e.error().code == ErrorCode::unsupported_format);
            CHECK(e.error().message == expected.message);
        }
    }

    TEST_CASE("try_parse refuses a legacy Word file with the converting command") {
        auto r = try_parse("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1....W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"sv,
                           {.source_name = "report.doc"});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::unsupported_format);
        CHECK(r.error().file == "report.doc");
        CHECK(r.error().to_string().find("convert-to docx") != std::string::npos);
    }

    TEST_CASE("an HTML page with more than 4 KiB before its first tag keeps its three tables") {
        std::string const page = read_file(std::string(GOVINFO_TEST_DATA) + "/bad/report.html");
        std::string const comment = "<!--" + std::string(5000, '-') + "-->\n";
        std::string const script = "<script>var x = \"" + std::string(5000, 'x') + "\";</script>\n";
        std::string const prolog = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
        for (std::string const& prefix : {comment, script, "\xEF\xBB\xBF" + std::string(5000, ' '),
                                           prolog + std::string(5000, '\n'), comment + comment}) {
            ParseResult const r = parse(prefix + page);
            REQUIRE(r.reports.size() == 1);
            Report const& report = r.reports[0];
            CHECK(report.tables_found.size() == 3);
            CHECK(report.applications.new_received.total == Cell::of(11));
            CHECK(report.review_litigation.review.upheld == Cell::of(1));
            CHECK(std::get<Article20v2021>(report.article20).licensing.decisions == Cell::of(517));
            CHECK(read_document(prefix + page).kind == SourceKind::html);
        }
    }

    TEST_CASE("plain text reads as one paragraph per line with its line number") {
        Document const d = read_document("标题\n\n一、总体情况\n  正文  \n");
        CHECK(d.kind == SourceKind::text);
        CHECK(d.encoding == "UTF-8");
        REQUIRE(d.blocks.size() == 3);
        auto const& p = std::get<Paragraph>(d.blocks[2]);
        CHECK(p.text == "  正文  ");
        CHECK(p.where.line == 4);
    }

    TEST_CASE("a browser's innerText of a table reads as one grid row per table row") {
        // Chromium: each <td><p> on its own line padded by one empty line, the tab between two
        // cells on a line of its own, an &nbsp; cell as U+00A0; a row break adds empty lines,
        // and a row whose first cell is empty starts with its tab after them. The rows joined
        // at the separators are tab-separated rows, which make a grid (text_grid.hpp); each cell
        // keeps the line its text came from.
        std::string const text =
            "标题\n\n"
            "一、本年新收\n\n\t\n\n821\n\n\t\n\n\u00a0\n\n\t\n\n3\n\n\n\n"
            "二、上年结转\n\n\t\n\n1\n\n\t\u00a0\t\n\n2\n\n\n\n"
            "\t\n\n（二）部分公开\n\n\t\n\n4\n\n\n\n"
            "五、问题\n";
        Document const d = read_document(text);
        REQUIRE(d.blocks.size() == 3);
        CHECK(std::get<Paragraph>(d.blocks[0]).text == "标题");
        CHECK(std::get<Paragraph>(d.blocks[2]).text == "五、问题");
        auto const& t = std::get<DocumentTable>(d.blocks[1]);
        CHECK(t.rows == 3);
        CHECK(t.columns == 4);
        auto at = [&](std::uint32_t r, std::uint32_t c) -> DocumentCell const* {
            for (auto const& cell : t.cells)
                if (cell.row == r && cell.column == c) return &cell;
            return nullptr;
        };
        REQUIRE(at(0, 0));
        CHECK(at(0, 0)->text == "一、本年新收");
        CHECK(at(0, 0)->where.line == 3);
        CHECK(at(0, 1)->text == "821");
        CHECK(at(0, 1)->where.line == 7);
        CHECK(at(0, 2)->text.empty());  // &nbsp;: blank, never 0
        CHECK(at(0, 3)->text == "3");
        CHECK(at(1, 3)->text == "2");
        CHECK(at(2, 0) == nullptr);  // the row's first cell is empty
        CHECK(at(2, 1)->text == "（二）部分公开");
        // The text-layout readers still see the rows as the copy's lines joined.
        REQUIRE(t.source_lines.size() == 3);
        CHECK(t.source_lines[0].text == "一、本年新收\t821\t\u00a0\t3");
        CHECK(t.source_lines[0].where.line == 3);
        CHECK(t.source_lines[1].text == "二、上年结转\t1\t\u00a0\t2");
        CHECK(t.source_lines[2].text == "\t（二）部分公开\t4");
    }

    TEST_CASE("tab-prefixed cells one a line are no browser copy: a tab line stays a blank cell") {
        Document const d = read_document("一、本年新收\n\t4\n\t\n\t\n\t5\n\n\t\n\n\t\n\n\t\n\n\t\n");
        CHECK(d.blocks.size() == 9);
    }

    TEST_CASE("the reports of a Document are those of the text it was made from") {
        std::string const text = read_file(base_report);
        ParseResult const from_text = parse(text);
        ParseResult const from_document = parse_document(as_pdf_document(text));
        REQUIRE(from_text.reports.size() == 1);
        REQUIRE(from_document.reports.size() == 1);
        Report const& a = from_text.reports[0];
        Report const& b = from_document.reports[0];
        CHECK(b.agency == a.agency);
        CHECK(b.year == a.year);
        CHECK(b.format() == a.format());
        CHECK(b.applications.new_received.total == Cell::of(11));
        CHECK(b.applications.outcome_total.natural_person == Cell::of(10));
        CHECK(b.review_litigation.review.upheld == Cell::of(1));
        int compared = 0;
        for_each_cell(a, [&](TableKind t, std::string_view row, std::string_view column, auto const& ca) {
            for_each_cell(b, [&](TableKind u, std::string_view r2, std::string_view c2, auto const& cb) {
                if constexpr (std::is_same_v<decltype(ca), decltype(cb)>)
                    if (t == u && row == r2 && column == c2) {
                        CHECK_MESSAGE(ca == cb, row << "/" << column);
                        ++compared;
                    }
            });
        });
        CHECK(compared == 200);  // every cell of a 2021 report
    }

    TEST_CASE("a parser finding about a PDF table row names its page and box") {
        std::string text = read_file(base_report);
        std::string const official = "| 2.其他法律行政法规禁止公开 |";
        auto const at = text.find(official);
        REQUIRE(at != std::string::npos);
        text.replace(at, official.size(), "| 2.其他法律法规禁止公开 |");
        ParseResult const r = parse_document(as_pdf_document(text));
        REQUIRE(r.reports.size() == 1);
        Finding const* variant = nullptr;
        for (auto const& f : r.reports[0].diagnostics)
            if (f.code == FindingCode::parse_label_variant) variant = &f;
        REQUIRE(variant != nullptr);
        CHECK(variant->page == 1);
        REQUIRE(variant->box.has_value());
        CHECK(variant->box->left == 72);  // the label cell's own box
        CHECK(variant->box->right == 110);
        CHECK(variant->line == 0);  // a PDF has pages, not lines
    }
}
