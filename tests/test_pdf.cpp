// The PDF reader: reports as agencies publish them (tests/data/office/, see its README), the
// Document they become, and PDF files that cannot be read. Without the GOVINFO_WITH_PDF build
// option every PDF is refused with unsupported_format, which the last case checks instead.
#include "govinfo/read_document.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "golden_report.hpp"
#include "make_pdf.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/validate.hpp"
#include "test_files.hpp"

using namespace govinfo;

namespace {

using govinfo::test::read_file;

std::string const data_dir = GOVINFO_TEST_DATA;

std::string show(Cell const& c) {
    if (c.state == CellState::blank) return "blank";
    if (c.state == CellState::not_applicable) return "not_applicable";
    return std::to_string(c.value);
}
std::string show(MoneyCell const& c) {
    if (c.state == CellState::blank) return "blank";
    if (c.state == CellState::not_applicable) return "not_applicable";
    return c.money.amount.to_string() + " " + std::string(id(c.money.unit));
}

// Every cell of `got` against `want`, except those `skip` names ("applications/new_received/
// total"): each is checked to be blank instead. Returns the number of cells compared equal.
int compare_every_cell(Report const& got, Report const& want, std::set<std::string> const& skip = {}) {
    std::vector<std::pair<std::string, std::string>> seen;
    for_each_cell(got, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        seen.emplace_back(std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col), show(c));
    });
    int equal = 0;
    std::size_t k = 0;
    for_each_cell(want, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        std::string const key = std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col);
        REQUIRE(k < seen.size());
        auto const& [got_key, got_value] = seen[k++];
        REQUIRE(got_key == key);
        std::string const expected = skip.count(key) ? "blank" : show(c);
        CHECK_MESSAGE(got_value == expected, key << ": got " << got_value << ", expected " << expected);
        equal += got_value == expected;
    });
    return equal;
}

// Error findings (the agency published something wrong) of the report read from a PDF are those
// of the golden report: the reader adds none.
void check_no_error_caused_by_reader(Report const& got, Report const& want) {
    for (Finding const& f : got.diagnostics)
        CHECK_MESSAGE(f.severity != Severity::error, id(f.code) << ": " << f.message);
    std::multiset<std::string> expected, actual;
    for (Finding const& f : validate(want))
        if (f.severity == Severity::error) expected.insert(std::string(id(f.code)) + " " + f.row + " " + f.column);
    for (Finding const& f : validate(got))
        if (f.severity == Severity::error) actual.insert(std::string(id(f.code)) + " " + f.row + " " + f.column);
    CHECK(actual == expected);
}

Report only_report(ParseResult const& result) {
    REQUIRE(result.reports.size() == 1);
    return result.reports.front();
}

DocumentTable const* table_with(Document const& d, std::string_view text) {
    for (Block const& b : d.blocks)
        if (auto const* t = std::get_if<DocumentTable>(&b))
            for (DocumentCell const& c : t->cells)
                if (c.text == text) return t;
    return nullptr;
}

DocumentCell const* cell_with(DocumentTable const& t, std::string_view text) {
    for (DocumentCell const& c : t.cells)
        if (c.text == text) return &c;
    return nullptr;
}

}  // namespace

TEST_SUITE("pdf") {
    TEST_CASE("c02.pdf made by WPS: every cell equals its expected value") {
        if (!pdf_supported()) return;
        ParseResult const result = parse_file(data_dir + "/office/c02.pdf");
        CHECK(result.diagnostics.empty());
        Report const r = only_report(result);
        Report const want = test::golden_report("c02");
        CHECK(r.agency == "淮安市人民政府");
        CHECK(r.year == 2024);
        REQUIRE(r.statistics_period);
        CHECK(r.statistics_period->start == Date{2024, 1, 1});
        CHECK(r.statistics_period->end == Date{2024, 12, 31});
        CHECK(r.sections.size() == 6);
        CHECK(compare_every_cell(r, want) == 200);
        check_no_error_caused_by_reader(r, want);
        for (Finding const& f : r.diagnostics) CHECK_MESSAGE(false, id(f.code) << ": " << f.message);
    }

    TEST_CASE("c03.chromium.pdf printed by a browser: every cell equals its expected value") {
        if (!pdf_supported()) return;
        ParseResult const result = parse_file(data_dir + "/office/c03.chromium.pdf");
        CHECK(result.diagnostics.empty());
        Report const r = only_report(result);
        Report const want = test::golden_report("c03");
        CHECK(r.agency == "上海市人民政府办公厅");
        CHECK(r.year == 2019);
        CHECK(r.sections.size() == 6);
        CHECK(compare_every_cell(r, want) == 198);  // every cell of a 2019 report
        check_no_error_caused_by_reader(r, want);
        for (Finding const& f : r.diagnostics) CHECK_MESSAGE(false, id(f.code) << ": " << f.message);
    }

    TEST_CASE("c03.libreoffice.pdf: the tables run off the page and the reader says so") {
        if (!pdf_supported()) return;
        // LibreOffice exported the Word tables wider than the page: the last three applicant
        // columns, the review table's first column and the ends of the row labels (一、本年新收
        // 政府信息公开申请数量 reads 府信息公开申请数量) are beyond the page's edges, where no
        // viewer shows them and poppler hands over nothing.
        ParseResult const result = parse_file(data_dir + "/office/c03.libreoffice.pdf");
        std::vector<std::uint32_t> cut_pages;
        for (Finding const& f : result.diagnostics) {
            REQUIRE(f.code == FindingCode::parse_text_outside_page);
            CHECK(f.severity == Severity::warning);
            REQUIRE(f.box);
            CHECK((f.box->left < 0 || f.box->right > 595.3));
            cut_pages.push_back(f.page);
        }
        CHECK(cut_pages == std::vector<std::uint32_t>{4, 5, 6});
        Report const r = only_report(result);
        Report const want = test::golden_report("c03");
        CHECK(r.agency == "上海市人民政府办公厅");
        // What the page shows in full reads right: every Article 20 cell.
        std::size_t a20 = 0;
        for_each_cell(want, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
            for_each_cell(r, [&](TableKind u, std::string_view row2, std::string_view col2, auto const& d) {
                if constexpr (std::is_same_v<decltype(c), decltype(d)>)
                    if (t == u && row == row2 && col == col2) {
                        if (t == TableKind::article20) {
                            CHECK_MESSAGE(c == d, row << "/" << col);
                            ++a20;
                        } else {  // elsewhere a cell is right or left blank: never a wrong number
                            CHECK_MESSAGE((c == d || d.state == CellState::blank),
                                          id(t) << "/" << row << "/" << col);
                        }
                    }
            });
        });
        CHECK(a20 == 22);  // every Article 20 cell of a 2019 report
        // Where the reader could not place values it says so, and it accuses the agency of nothing.
        std::size_t unsure = 0;
        for (Finding const& f : r.diagnostics)
            unsure += f.code == FindingCode::parse_missing_cells || f.code == FindingCode::parse_unplaced_line;
        CHECK(unsure > 0);
        check_no_error_caused_by_reader(r, want);
    }

    TEST_CASE("the PDF family: LibreOffice Word and Chromium prints read cell for cell") {
        if (!pdf_supported()) return;
        // tests/data/pdf/README.md: golden reports printed by tools/make_pdf_family.py.
        for (char const* name : {"c06.libreoffice", "c06.word", "c06.chromium_top", "c06.chromium_serif",
                                 "c03.chromium_ruled"}) {
            CAPTURE(name);
            std::string const stem = std::string(name).substr(0, 3);
            ParseResult const result = parse_file(data_dir + "/pdf/" + name + ".pdf");
            for (Finding const& f : result.diagnostics) CHECK_MESSAGE(false, id(f.code) << ": " << f.message);
            Report const r = only_report(result);
            Report const want = test::golden_report(stem);
            CHECK(r.agency == (stem == "c06" ? "平潭综合实验区管委会" : "上海市人民政府办公厅"));
            CHECK(r.year == want.year);
            CHECK(r.sections.size() == 6);
            CHECK(compare_every_cell(r, want) == (stem == "c06" ? 200 : 198));
            check_no_error_caused_by_reader(r, want);
            for (Finding const& f : r.diagnostics)
                CHECK_MESSAGE(f.severity == Severity::info, id(f.code) << ": " << f.message);
        }
    }

    TEST_CASE("c02.pdf as a Document: paragraphs in reading order and tables as the page shows them") {
        if (!pdf_supported()) return;
        Document const d = read_document(read_file(data_dir + "/office/c02.pdf"));
        CHECK(d.kind == SourceKind::pdf);
        CHECK(d.pages == 6);
        CHECK(d.diagnostics.empty());
        std::vector<std::string> paragraphs;
        for (Block const& b : d.blocks)
            if (auto const* p = std::get_if<Paragraph>(&b)) paragraphs.push_back(p->text);
        REQUIRE(paragraphs.size() >= 10);
        CHECK(paragraphs[0] == "淮安市人民政府");
        CHECK(paragraphs[1] == "2024年政府信息公开工作年度报告");
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), "一、总体情况") == 1);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), "六、其他需要报告的事项") == 1);
        bool joined = false;  // a paragraph wrapped by the page joins without a space, across pages too
        for (std::string const& p : paragraphs) {
            joined = joined || p.find("“建设‘四最’一流营商环境高质量推进产业发展”") != std::string::npos;
            CHECK(p.find("-1-") == std::string::npos);  // page numbers are left out
            CHECK(p.find("-4-") == std::string::npos);
        }
        CHECK(joined);

        DocumentTable const* apps = table_with(d, "3119");
        REQUIRE(apps != nullptr);
        DocumentCell const* total = cell_with(*apps, "3119");
        REQUIRE(total != nullptr);
        CHECK(total->where.page == 4);
        REQUIRE(total->where.box);
        CHECK(total->where.box->left == doctest::Approx(496.32).epsilon(0.001));
        CHECK(total->where.box->top > 460);
        CHECK(total->where.box->bottom < 475);
        DocumentCell const* vertical = cell_with(*apps, "三、\n本\n年\n度\n办\n理\n结\n果");
        REQUIRE(vertical != nullptr);  // one character per line, one cell
        CHECK(vertical->row_span == 22);  // （一）予以公开 to （七）总计, across the page break
        DocumentCell const* withheld = cell_with(*apps, "（三）不\n予公开");
        REQUIRE(withheld != nullptr);
        CHECK(withheld->row_span == 8);
        DocumentCell const* cut = cell_with(*apps, "（四）无\n法提供");  // cut by the page break
        REQUIRE(cut != nullptr);
        CHECK(cut->row_span == 3);
        CHECK(cell_with(*apps, "商业企\n业") != nullptr);  // a wrapped header
        DocumentCell const* first_item = cell_with(*apps, "1.属于国家秘密");
        REQUIRE(first_item != nullptr);
        CHECK(first_item->row == withheld->row);
        CHECK(first_item->column == withheld->column + 1);
        std::set<std::uint32_t> pages;
        for (DocumentCell const& c : apps->cells) pages.insert(c.where.page);
        CHECK(pages == std::set<std::uint32_t>{4, 5});  // one table over two pages

        DocumentTable const* a20 = table_with(d, "447228");
        REQUIRE(a20 != nullptr);
        CHECK(cell_with(*a20, "3985758") != nullptr);  // page 4 continues page 3's table
    }

    TEST_CASE("a scanned PDF says it needs OCR and makes up no report") {
        if (!pdf_supported()) return;
        auto const result = try_parse_file(data_dir + "/bad/scanned.pdf");
        REQUIRE(result.ok());
        CHECK(result->reports.empty());
        REQUIRE(!result->diagnostics.empty());
        Finding const& scan = result->diagnostics.front();
        CHECK(scan.code == FindingCode::parse_scanned_pdf);
        CHECK(scan.severity == Severity::warning);
        CHECK(scan.page == 1);
        CHECK(scan.message.find("OCR") != std::string::npos);
        CHECK(scan.message.find("扫描件") != std::string::npos);
    }

    TEST_CASE("an encrypted PDF is an error and a PDF with only an owner password reads") {
        if (!pdf_supported()) return;
        auto const locked = try_parse_file(data_dir + "/bad/encrypted.pdf");
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.error().code == ErrorCode::encrypted);
        CHECK(locked.error().file.find("encrypted.pdf") != std::string::npos);
        CHECK(locked.error().message.find("password") != std::string::npos);
        Document const restricted = read_document(read_file(data_dir + "/bad/restricted.pdf"));
        REQUIRE(restricted.blocks.size() == 3);
        CHECK(std::get<Paragraph>(restricted.blocks[0]).text == "测试县人民政府2023年政府信息公开工作年度报告");
    }

    TEST_CASE("truncated and broken PDF files are corrupt_file errors") {
        if (!pdf_supported()) return;
        std::string const whole = read_file(data_dir + "/office/c02.pdf");
        for (std::size_t keep : {std::size_t{16}, std::size_t{2000}, whole.size() / 2}) {
            CAPTURE(keep);
            auto const r = try_read_document(std::string_view(whole).substr(0, keep));
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::corrupt_file);
        }
        auto const garbage = try_read_document("%PDF-1.4\ngarbage garbage\n");
        REQUIRE_FALSE(garbage.ok());
        CHECK(garbage.error().code == ErrorCode::corrupt_file);
        auto const no_pages = try_read_document(test::make_pdf({}));
        REQUIRE_FALSE(no_pages.ok());
        CHECK(no_pages.error().code == ErrorCode::corrupt_file);
    }

    TEST_CASE("a PDF of 5000 pages is refused by max_pages or read page by page") {
        if (!pdf_supported()) return;
        std::vector<test::PdfPage> pages(5000);
        for (std::size_t i = 0; i < pages.size(); ++i)
            pages[i].content = test::text_at(72, 720, "Line of page " + std::to_string(i + 1)) +
                               test::text_at(280, 60, "- " + std::to_string(i + 1) + " -");
        std::string const pdf = test::make_pdf(pages);
        auto const refused = try_read_document(pdf);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::input_too_large);
        CHECK(refused.error().message == "a PDF of 5000 pages exceeds the limit of 2000 pages");
        ParseOptions small;
        small.max_pages = 1000;
        auto const parsed = try_parse(pdf, small);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::input_too_large);

        ReadOptions large;
        large.max_pages = 5000;
        auto const read = try_read_document(pdf, large);
        REQUIRE(read.ok());
        CHECK(read->pages == 5000);
        REQUIRE(read->blocks.size() == 5000);  // one line per page; the page numbers are left out
        CHECK(std::get<Paragraph>(read->blocks[4999]).text == "Line of page 5000");
        CHECK(std::get<Paragraph>(read->blocks[4999]).where.page == 5000);
    }

    TEST_CASE("a turned page reads in the page's reading order") {
        if (!pdf_supported()) return;
        std::string const lines = test::text_at(72, 720, "First line") + test::text_at(72, 700, "Second line");
        for (int rotate : {0, 90, 180, 270}) {
            CAPTURE(rotate);
            Document const d = read_document(test::make_pdf({{lines, rotate}}));
            REQUIRE(d.blocks.size() == 2);
            CHECK(std::get<Paragraph>(d.blocks[0]).text == "First line");
            CHECK(std::get<Paragraph>(d.blocks[1]).text == "Second line");
        }
        // Text set sideways on an upright page (a landscape table placed on a portrait page):
        // written upwards, its glyphs' tops face left, so the next line is to the right.
        std::string const sideways =
            "BT /F1 10 Tf 0 1 -1 0 300 100 Tm (First line) Tj ET\n"
            "BT /F1 10 Tf 0 1 -1 0 320 100 Tm (Second line) Tj ET\n";
        Document const d = read_document(test::make_pdf({{sideways, 0}}));
        REQUIRE(d.blocks.size() == 2);
        CHECK(std::get<Paragraph>(d.blocks[0]).text == "First line");
        CHECK(std::get<Paragraph>(d.blocks[1]).text == "Second line");
    }

    TEST_CASE("without the PDF build option a PDF is refused by name") {
        if (pdf_supported()) return;
        auto const r = try_parse_file(data_dir + "/office/c02.pdf");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::unsupported_format);
        CHECK(r.error().message.find("GOVINFO_WITH_PDF") != std::string::npos);
    }
}
