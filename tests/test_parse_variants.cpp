// Layout variants of the HTML and crawler families (tests/data/variants/): each file is a
// report whose cells are those of a golden report, laid out the way other agencies' pages are.
// Every cell must come out exactly as in the golden file.
#include "govinfo/parse.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "golden_report.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"

using namespace govinfo;

namespace {

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

// "table/row/column=value" for every cell, in table order.
std::vector<std::string> cells_of(Report const& r) {
    std::vector<std::string> out;
    for_each_cell(r, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        out.push_back(std::string(id(t)) + "/" + std::string(row) + "/" + std::string(col) + "=" +
                      show(c));
    });
    return out;
}

std::size_t count(Report const& r, FindingCode code) {
    std::size_t n = 0;
    for (auto const& f : r.diagnostics) n += f.code == code;
    return n;
}

Report parse_variant(std::string const& file) {
    auto const result = parse_file(std::string(GOVINFO_TEST_DATA) + "/variants/" + file);
    REQUIRE(result.reports.size() == 1);
    return result.reports[0];
}

void check_cells(Report const& got, std::string const& stem) {
    Report const want = test::golden_report(stem);
    REQUIRE(got.format() == want.format());
    auto const g = cells_of(got), w = cells_of(want);
    REQUIRE(g.size() == w.size());
    for (std::size_t k = 0; k < w.size(); ++k) CHECK(g[k] == w[k]);
}

// Every cell as in the golden file, or blank while the report says (a parse_* finding on that
// table) that it could not place something: never a different value. Returns the cells right.
std::size_t check_right_or_doubted(Report const& got, std::string const& stem) {
    Report const want = test::golden_report(stem);
    REQUIRE(got.format() == want.format());
    auto const g = cells_of(got), w = cells_of(want);
    REQUIRE(g.size() == w.size());
    auto doubted_table = [&](std::string_view table) {
        for (auto const& f : got.diagnostics)
            if (id(f.code).starts_with("parse_") && id(f.table) == table) return true;
        return false;
    };
    std::size_t right = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (g[k] == w[k]) {
            ++right;
            continue;
        }
        auto const eq = g[k].find('=');
        bool const blank = g[k].substr(eq + 1) == "blank";
        CHECK_MESSAGE(blank, "silently wrong: ", g[k], " expected ", w[k]);
        CHECK_MESSAGE(doubted_table(g[k].substr(0, g[k].find('/'))), "blank, no finding: ", g[k]);
    }
    return right;
}

}  // namespace

TEST_SUITE("parse_variants") {
    TEST_CASE("markdown scrambled by a converter: tables out of order and labels detached") {
        // The review table before 二、, header words split over rows (商业企 / 业), a group label
        // merged into its first sub-row's cell (三、本年度办理结果 （一）予以公开), and the labels of
        // （三）…四 as a Markdown list followed by a table of value rows without labels. Before:
        // a second report began at 二、 and no table was found (three reader-caused errors).
        Report const r = parse_variant("c02_markdown_scrambled.md");
        check_cells(r, "c02");
        CHECK(r.tables_found.size() == 3);
        CHECK(count(r, FindingCode::parse_table_missing) == 0);
        CHECK(count(r, FindingCode::parse_unplaced_line) == 0);
        REQUIRE(r.applications.other_fee_unpaid);
        CHECK(r.applications.other_fee_unpaid->total == Cell::of(6));
        auto const result =
            parse_file(std::string(GOVINFO_TEST_DATA) + "/variants/c02_markdown_scrambled.md");
        CHECK(result.reports.size() == 1);
    }

    TEST_CASE("pdftotext: each row's values before its label") {
        // Article 20 rows written values first (c02's pdftotext with the values moved): every
        // segment between two headers starts with values and ends with a label, so each label
        // takes the values before it. Read the other way, 行政处罚 got 行政强制's 88283.
        Report const r = parse_variant("c02_pdftotext_values_first.txt");
        check_cells(r, "c02");
        auto const& a = std::get<Article20v2021>(r.article20);
        CHECK(a.penalty.decisions == Cell::of(3985758));
        CHECK(a.coercion.decisions == Cell::of(88283));
        CHECK(count(r, FindingCode::parse_unplaced_line) == 0);
    }

    TEST_CASE("pdftotext: values before labels where not every row has values stay in doubt") {
        // Chromium's PDF of c03 read by pdftotext: Article 20 rows exactly values-then-label are
        // read; in the application table some labels have no values and some share a line with
        // theirs, so whose values are whose is not known: blank, reported, never shifted by a
        // row (一、本年新收 used to read 18 18, the 上年结转 row's).
        Report const r = parse_variant("c03_chromium_pdftotext.txt");
        std::size_t const right = check_right_or_doubted(r, "c03");
        CHECK(right >= 155);
        auto const& a = std::get<Article20v2019>(r.article20);
        CHECK(a.regulations.new_made == Cell::of(13));
        CHECK(a.regulations.total_published == Cell::of(524));
        CHECK(a.normative_documents.total_published == Cell::of(368));
        CHECK(r.applications.new_received.total == Cell::blank());
        CHECK(count(r, FindingCode::parse_table_missing) == 0);
        for (auto const& f : r.diagnostics) CHECK(f.severity != Severity::error);
    }

    TEST_CASE("browser innerText: cells one a line with the tab between them on its own line") {
        // Read as lines, the tab lines were blank cells and the &nbsp; lines nothing: four cells
        // came out silently wrong (科研机构 2 for 法律服务机构 2). Joined at the tabs, every row
        // is one tab-separated line.
        Report const r = parse_variant("c03_chromium_innertext.txt");
        check_cells(r, "c03");
        CHECK(r.applications.new_received.research_institution == Cell::blank());
        CHECK(r.applications.new_received.legal_service_org == Cell::of(2));
        CHECK(count(r, FindingCode::parse_missing_cells) == 0);
        CHECK(count(r, FindingCode::parse_table_missing) == 0);
        Report const c06 = parse_variant("c06_chromium_innertext.txt");
        check_cells(c06, "c06");
    }

    TEST_CASE("libreoffice text: a line holding only nbsp is a blank cell") {
        // soffice writes each cell on a line, an &nbsp; cell as U+00A0: without counting those
        // lines as cells, 821 35 2 1 859 was packed left (科研机构 2, 社会公益组织 1).
        Report const r = parse_variant("c03_libreoffice.txt");
        check_cells(r, "c03");
        CHECK(r.applications.new_received.public_interest_org == Cell::blank());
        CHECK(r.review_litigation.review.pending == Cell::of(2));
        CHECK(count(r, FindingCode::parse_missing_cells) == 0);
    }

    TEST_CASE("an nbsp paragraph after the review table is no sixteenth cell") {
        // Seed 000: fifteen "\t\u00a00" cells, then an empty paragraph holding U+00A0 before 五、.
        auto const result =
            parse_file(std::string(GOVINFO_TEST_DATA) + "/seeds/000_93777d88a2382c03.txt");
        REQUIRE(result.reports.size() == 1);
        Report const& r = result.reports[0];
        CHECK(count(r, FindingCode::parse_extra_cells) == 0);
        CHECK(r.review_litigation.litigation_after_review.total == Cell::of(0));
    }

    TEST_CASE("clipboard copy: a spanned label only on its group's first row") {
        // Sub-rows begin with an empty field where the group label spans them.
        check_cells(parse_variant("c03_clipboard.txt"), "c03");
        check_cells(parse_variant("c06_clipboard.txt"), "c06");
    }

    TEST_CASE("html: a vertical label keeps the application rows aligned") {
        // 三、本年度办理结果 and （三）不予公开 written one character per <br>, as narrow columns are.
        Report const r = parse_variant("c03_vertical_labels.html");
        check_cells(r, "c03");
        CHECK(r.applications.disclosed.commercial_enterprise == Cell::of(12));
        CHECK(r.applications.disclosed.research_institution == Cell::blank());
        CHECK(count(r, FindingCode::parse_unplaced_line) == 0);
        CHECK(count(r, FindingCode::parse_missing_cells) == 0);
    }

    TEST_CASE("html: a count after a row label in the narrative is no glued table") {
        // "现行有效行政规范性文件470件" in 总体情况: the tables are separated cells all the same.
        Report const r = parse_variant("c06_count_after_label.html");
        check_cells(r, "c06");
        CHECK(count(r, FindingCode::parse_uncertain_cells) == 0);
        CHECK(r.tables_found.size() == 3);
    }

    TEST_CASE("html: a full page's breadcrumb is not the title") {
        // <head> with charset, <style>, <script>; navigation and 当前位置：首页 > … > 政府信息公开年报
        // before the <h1>.
        Report const r = parse_variant("c05_page_breadcrumb.html");
        check_cells(r, "c05");
        CHECK(r.title == "平潭综合实验区管委会2021年政府信息公开工作年度报告");
        CHECK(r.agency == "平潭综合实验区管委会");
        CHECK(r.year == 2021);
    }
}

// A 2021-format report may print （六）其他处理 as one row, as the 2019 format did (seen in two
// years of one district's reports): seed 002 r1 with its (六) rows so rewritten, Q = 1.
#include "govinfo/batch.hpp"
#include "govinfo/csv.hpp"
#include "govinfo/json.hpp"
#include "govinfo/taxonomy.hpp"
#include "govinfo/validate.hpp"

namespace {

std::size_t count_code(std::vector<Finding> const& fs, FindingCode code) {
    std::size_t n = 0;
    for (auto const& f : fs) n += f.code == code;
    return n;
}

bool row_blank(std::optional<ApplicantRow> const& row) {
    REQUIRE(row.has_value());
    for (auto c : all_applicant_columns())
        if (cell(*row, c).state != CellState::blank) return false;
    return true;
}

}  // namespace

TEST_SUITE("parse_variants") {
    TEST_CASE("a 2021 table printing （六）其他处理 as one row holds it and checks with it") {
        for (std::string const file :
             {"pipe_single_other_row_2021.txt", "html_single_other_row_2021.html"}) {
            CAPTURE(file);
            Report const r = parse_variant(file);
            REQUIRE(r.format() == FormatVersion::v2021);
            auto const& t = r.applications;
            REQUIRE(t.other_handling.has_value());
            CHECK(t.other_handling->natural_person == Cell::of(1));
            CHECK(t.other_handling->commercial_enterprise == Cell::of(0));
            CHECK(t.other_handling->total == Cell::of(1));
            CHECK(row_blank(t.other_no_correction));  // not printed: blank, never 0
            CHECK(row_blank(t.other_fee_unpaid));
            CHECK(row_blank(t.other_other));
            CHECK(t.outcome_total.total == Cell::of(3));
            // Nothing unplaced or missing; one note saying how the row was taken.
            CHECK(count(r, FindingCode::parse_unplaced_line) == 0);
            CHECK(count(r, FindingCode::parse_missing_cells) == 0);
            REQUIRE(count(r, FindingCode::parse_label_variant) == 1);
            auto const findings = check(r);
            CHECK(count_code(findings, FindingCode::app_blank_cells) == 0);
            for (auto const& f : findings) CHECK(f.severity != Severity::error);
            // T = … + Q with the single row: evaluable and holding (no not-evaluable info).
            for (auto const& f : findings) CHECK(f.code != FindingCode::app_outcome_total);

            // A wrong Q is found through the single row.
            Report wrong = r;
            wrong.applications.other_handling->natural_person = Cell::of(2);
            wrong.applications.other_handling->total = Cell::of(2);
            auto const fs = validate(wrong);
            std::size_t outcome_errors = 0;
            for (auto const& f : fs)
                outcome_errors += f.code == FindingCode::app_outcome_total && f.severity == Severity::error;
            CHECK(outcome_errors == 2);  // 自然人 and 总计

            // JSON and CSV hold the row; JSON reads back the same report.
            auto const back = try_report_from_json(to_json(r));
            REQUIRE(back.ok());
            CHECK(back->applications == r.applications);
            std::string const csv = to_csv({r});
            CHECK(csv.find(",applications,other_handling,natural_person,") != std::string::npos);
            auto const from_csv = try_reports_from_csv(csv);
            REQUIRE(from_csv.ok());
            REQUIRE(from_csv->size() == 1);
            CHECK((*from_csv)[0].applications == r.applications);
            // A 2021 CSV without the row reads back without it.
            auto const plain = try_reports_from_csv(to_csv({Report::blank(FormatVersion::v2021)}));
            REQUIRE(plain.ok());
            CHECK_FALSE((*plain)[0].applications.other_handling.has_value());
        }
    }

    TEST_CASE("a 2021 table printing （六）其他处理 and its parts checks Q = Q1 + Q2 + Q3") {
        Report const r = parse_variant("pipe_single_other_row_and_parts_2021.txt");
        auto const& t = r.applications;
        REQUIRE(t.other_handling.has_value());
        CHECK(t.other_handling->total == Cell::of(1));
        REQUIRE(t.other_other.has_value());
        CHECK(t.other_other->total == Cell::of(1));
        CHECK(count(r, FindingCode::parse_unplaced_line) == 0);
        CHECK(count(r, FindingCode::parse_missing_cells) == 0);
        auto const ok = validate(r);
        CHECK(count_code(ok, FindingCode::app_other_subtotal) == 0);
        for (auto const& f : ok) CHECK(f.severity != Severity::error);

        Report wrong = r;
        wrong.applications.other_handling->total = Cell::of(2);
        auto const fs = validate(wrong);
        std::vector<Finding> sub;
        for (auto const& f : fs)
            if (f.code == FindingCode::app_other_subtotal) sub.push_back(f);
        REQUIRE(sub.size() == 1);
        CHECK(sub[0].severity == Severity::error);
        CHECK(sub[0].row == "other_handling");
        CHECK(sub[0].column == "total");
        CHECK(sub[0].expected == "1");
        CHECK(sub[0].actual == "2");
        // The parts, not the single row, count in T: T = 3 still holds.
        CHECK(count_code(fs, FindingCode::app_outcome_total) == 0);
    }
}

TEST_SUITE("parse_variants") {
    TEST_CASE("3.危及“三安全一稳定” spelled out as the four securities is that row") {
        // FORMAT.md §10 (alias tables): 危及“国家安全”… Seed 002 r1 with the label so written.
        std::ifstream in(std::string(GOVINFO_TEST_DATA) + "/variants/pipe_single_other_row_2021.txt",
                         std::ios::binary);
        REQUIRE(in);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::string const official = "3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
        auto const at = text.find(official);
        REQUIRE(at != std::string::npos);
        text.replace(at, official.size(),
                     "3.危及国家安全、公共安全、经济安全和社会稳定 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |");
        auto const result = parse(text);
        REQUIRE(result.reports.size() == 1);
        Report const& r = result.reports[0];
        CHECK(r.applications.withheld_security_stability.natural_person == Cell::of(2));
        CHECK(r.applications.withheld_security_stability.total == Cell::of(2));
        CHECK(count(r, FindingCode::parse_missing_cells) == 0);
        CHECK(count(r, FindingCode::parse_unplaced_line) == 0);
        CHECK(count(r, FindingCode::parse_label_variant) == 2);  // this label and the （六） row
    }
}

// The Hubei provincial template (FORMAT.md §3.2, §10; RPT-Wuhan2020) adds a row 其他主动公开文件
// to 第二十条第（一）项 and notes in brackets to labels. c03 (HTML and its clipboard copy) and c04
// (a glued crawler dump) so rewritten: row 25/25/140 (c04: 5520 → 5/5/20), 规章（设区的市、自治州
// 人民政府应提供相关数据）, 上一年项目数量（指2018年事项数）.
#include "govinfo/rollup.hpp"

namespace {

Report without_other_documents(Report r) {
    std::get<Article20v2019>(r.article20).other_documents.reset();
    return r;
}

std::size_t count_message(Report const& r, FindingCode code, std::string_view part) {
    std::size_t n = 0;
    for (auto const& f : r.diagnostics) n += f.code == code && f.message.find(part) != std::string::npos;
    return n;
}

}  // namespace

TEST_SUITE("parse_variants") {
    TEST_CASE("the Hubei template's extra row 其他主动公开文件 is held and its notes read as labels") {
        for (std::string const file :
             {"c03_hubei_template.html", "c03_hubei_template_clipboard.txt"}) {
            CAPTURE(file);
            Report const r = parse_variant(file);
            REQUIRE(r.format() == FormatVersion::v2019);
            auto const& a = std::get<Article20v2019>(r.article20);
            REQUIRE(a.other_documents.has_value());
            CHECK(a.other_documents->new_made == Cell::of(25));
            CHECK(a.other_documents->new_published == Cell::of(25));
            CHECK(a.other_documents->total_published == Cell::of(140));
            // Every statutory cell as in c03: the notes change nothing, the row shifts nothing.
            check_cells(without_other_documents(r), "c03");
            CHECK(count(r, FindingCode::parse_unplaced_line) == 0);
            CHECK(count(r, FindingCode::parse_missing_cells) == 0);
            CHECK(count_message(r, FindingCode::parse_label_variant, "其他主动公开文件") == 1);
            CHECK(count_message(r, FindingCode::parse_label_variant, "设区的市") == 1);
            // No check uses the row: the findings are those of the report without it.
            auto const with = validate(r), plain = validate(without_other_documents(r));
            CHECK(with.size() == plain.size());
            for (auto const& f : with) CHECK(f.row != "other_documents");
            // The taxonomy lists it only for tables that hold it.
            auto const held = article20_rows(FormatVersion::v2019, r.article20);
            CHECK(held.size() == article20_rows(FormatVersion::v2019).size() + 1);
            CHECK(held[2] == Article20Row::other_documents);

            // JSON and CSV hold it and read it back; without it, neither names it.
            std::string const json = to_json(r);
            CHECK(json.find("\"other_documents\":{\"new_made\":25") != std::string::npos);
            auto const back = try_report_from_json(json);
            REQUIRE(back.ok());
            CHECK(back->article20 == r.article20);
            CHECK(to_json(without_other_documents(r)).find("\"other_documents\":") == std::string::npos);
            std::string const csv = to_csv({r});
            CHECK(csv.find(",article20,other_documents,total_published,140,") != std::string::npos);
            auto const from_csv = try_reports_from_csv(csv);
            REQUIRE(from_csv.ok());
            CHECK((*from_csv)[0].article20 == r.article20);
            auto const plain_csv = try_reports_from_csv(to_csv({Report::blank(FormatVersion::v2019)}));
            REQUIRE(plain_csv.ok());
            CHECK_FALSE(std::get<Article20v2019>((*plain_csv)[0].article20).other_documents);

            // A rollup sums the statutory rows only, and lines up with reports without the row.
            auto const sum = try_rollup({r, without_other_documents(r)}, "合计");
            REQUIRE(sum.ok());
            auto const& s = std::get<Article20v2019>(sum->article20);
            CHECK_FALSE(s.other_documents.has_value());
            CHECK(s.regulations.total_published == Cell::of(1048));
            CHECK(s.procurement.projects == Cell::of(12));
            auto const alone = try_rollup({without_other_documents(r)}, "合计");
            REQUIRE(alone.ok());
            for (auto const& f : compare_rollup(r, *alone)) CHECK(f.code != FindingCode::rollup_mismatch);
        }
    }

    TEST_CASE("a glued crawler dump of the Hubei template reads the row and the noted label") {
        Report const r = parse_variant("c04_hubei_template_glued.txt");
        auto const& a = std::get<Article20v2019>(r.article20);
        REQUIRE(a.other_documents.has_value());
        CHECK(a.other_documents->new_made == Cell::of(5));
        CHECK(a.other_documents->new_published == Cell::of(5));
        CHECK(a.other_documents->total_published == Cell::of(20));
        // 5520 splits one way only once 本年新公开数量 <= 对外公开总数量: recorded as a split.
        std::size_t split = 0;
        for (auto const& p : r.provenance)
            split += p.row == "other_documents" && p.how == CellOrigin::split_glued_digits;
        CHECK(split == 3);
        // Everything else as c04 itself reads: 规章（设区的市…）000 is 规章 0/0/0.
        auto const c04 = parse_file(std::string(GOVINFO_TEST_DATA) + "/corpus/c04.txt");
        REQUIRE(c04.reports.size() == 1);
        CHECK(cells_of(without_other_documents(r)) == cells_of(c04.reports[0]));
        CHECK(a.regulations.total_published == Cell::of(0));
        CHECK(count_message(r, FindingCode::parse_label_variant, "其他主动公开文件") == 1);
    }
}

// FORMAT.md §10, row by row: each variant written into a report that reads right, which must
// then read the same cells with the same findings.
namespace {

std::string data_text(std::string const& path) {
    std::ifstream in(std::string(GOVINFO_TEST_DATA) + "/" + path, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Report only_report(std::string const& text) {
    auto result = parse(text);
    REQUIRE(result.reports.size() == 1);
    return std::move(result.reports[0]);
}

std::vector<std::string> codes_of(std::vector<Finding> const& fs) {
    std::vector<std::string> out;
    for (auto const& f : fs) out.emplace_back(id(f.code));
    std::sort(out.begin(), out.end());
    return out;
}

// `file` with every `official` replaced by `variant` reads as `file` itself.
void reads_the_same(std::string const& file, std::string_view official, std::string_view variant) {
    CAPTURE(file);
    CAPTURE(variant);
    std::string const text = data_text(file);
    std::string changed = text;
    std::size_t replaced = 0;
    for (auto at = changed.find(official); at != std::string::npos;
         at = changed.find(official, at + variant.size())) {
        changed.replace(at, official.size(), variant);
        ++replaced;
    }
    REQUIRE(replaced > 0);
    Report const want = only_report(text), got = only_report(changed);
    CHECK(cells_of(got) == cells_of(want));
    CHECK(codes_of(check(got)) == codes_of(check(want)));
    CHECK(got.agency == want.agency);
    CHECK(got.year == want.year);
}

}  // namespace

TEST_SUITE("parse_variants") {
    TEST_CASE("format variants: straight quotes around 三安全一稳定") {
        for (std::string const file : {"seeds/001_6f73e57e54ca5cf9.txt", "corpus/c06.txt"})
            reads_the_same(file, "“三安全一稳定”", "\"三安全一稳定\"");
    }
    TEST_CASE("format variants: a comma for 、 in 逾期不补正、行政机关不再处理") {
        for (std::string const file : {"seeds/001_6f73e57e54ca5cf9.txt", "corpus/c06.txt"})
            reads_the_same(file, "逾期不补正、行政机关", "逾期不补正，行政机关");
    }
    TEST_CASE("format variants: captions with a space and half-width brackets") {
        for (std::string const file : {"seeds/001_6f73e57e54ca5cf9.txt", "corpus/c01.txt",
                                       "corpus/c06.txt", "corpus/c03.html"})
            reads_the_same(file, "第二十条第（五）项", "第二十条 第(五)项");
    }
    TEST_CASE("format variants: headings of sections 四 and 五 as other reports word them") {
        for (std::string const file : {"seeds/001_6f73e57e54ca5cf9.txt", "corpus/c02.txt"}) {
            reads_the_same(file, "存在的主要问题及改进情况", "存在的主要问题和改进措施");
            reads_the_same(file, "政府信息公开行政复议、行政诉讼情况",
                           "政府信息公开行政复议及行政诉讼情况");
        }
    }
    TEST_CASE("format variants: the title 关于2024年度政府信息公开情况的报告 names the agency") {
        // RPT-Changchun2022's wording, under the agency's line and on the same line.
        std::string const text = data_text("corpus/c02.txt");
        std::string const official = "淮安市人民政府\n2024 年政府信息公开工作年度报告";
        REQUIRE(text.find(official) != std::string::npos);
        for (std::string_view variant : {"淮安市人民政府\n关于2024年度政府信息公开情况的报告",
                                         "淮安市人民政府关于2024年度政府信息公开情况的报告"}) {
            CAPTURE(variant);
            std::string changed = text;
            changed.replace(changed.find(official), official.size(), variant);
            Report const r = only_report(changed);
            CHECK(r.agency == "淮安市人民政府");
            CHECK(r.year == 2024);
            CHECK(r.title == "淮安市人民政府关于2024年度政府信息公开情况的报告");
            CHECK(cells_of(r) == cells_of(only_report(text)));
        }
    }
}

// The crawler dumps (digits of a row glued together) print a 2021 （六）其他处理 as one row too:
// c06 with its three sub-rows (1, 0, 1 from 自然人) replaced by the single row 2000002, and with
// the single row printed before them.
namespace {

// Every cell outside the （六）其他处理 rows.
std::vector<std::string> cells_but_other(Report const& r) {
    std::vector<std::string> out;
    for (auto const& c : cells_of(r))
        if (c.find("/other_") == std::string::npos) out.push_back(c);
    return out;
}

}  // namespace

TEST_SUITE("parse_variants") {
    TEST_CASE("a glued 2021 table printing （六）其他处理 as one row holds it and checks with it") {
        Report const r = parse_variant("c06_single_other_row_glued.txt");
        auto const& t = r.applications;
        REQUIRE(t.other_handling.has_value());
        CHECK(t.other_handling->natural_person == Cell::of(2));
        CHECK(t.other_handling->total == Cell::of(2));
        CHECK(row_blank(t.other_no_correction));  // not printed: blank, never 0
        CHECK(row_blank(t.other_fee_unpaid));
        CHECK(row_blank(t.other_other));
        // The single row takes the sub-rows' place in T = Σ outcomes: every other cell is
        // decided as in c06 itself (without it （一） and （二） had two splits each).
        Report const c06 = only_report(data_text("corpus/c06.txt"));
        CHECK(cells_but_other(r) == cells_but_other(c06));
        CHECK(codes_of(r.diagnostics) ==
              std::vector<std::string>{"parse_label_variant", "parse_uncertain_cells"});
        std::size_t split = 0;
        for (auto const& p : r.provenance)
            split += p.row == "other_handling" && p.how == CellOrigin::split_glued_digits;
        CHECK(split == 0);  // seven digits for seven cells: no split was chosen
        auto const findings = check(r);
        for (auto const& f : findings) CHECK(f.severity != Severity::error);
        CHECK(count_code(findings, FindingCode::app_blank_cells) == 0);
    }

    TEST_CASE("a glued 2021 table printing （六）其他处理 and its parts holds both") {
        Report const r = parse_variant("c06_single_other_row_and_parts_glued.txt");
        auto const& t = r.applications;
        REQUIRE(t.other_handling.has_value());
        CHECK(t.other_handling->total == Cell::of(2));
        REQUIRE(t.other_no_correction.has_value());
        CHECK(t.other_no_correction->total == Cell::of(1));
        CHECK(t.other_other->total == Cell::of(1));
        Report const c06 = only_report(data_text("corpus/c06.txt"));
        CHECK(cells_but_other(r) == cells_but_other(c06));
        CHECK(t.other_other == c06.applications.other_other);
        auto const findings = check(r);
        CHECK(count_code(findings, FindingCode::app_other_subtotal) == 0);
        for (auto const& f : findings) CHECK(f.severity != Severity::error);
        // The group label before numbered sub-rows is no row: c06 holds no single row.
        CHECK_FALSE(c06.applications.other_handling.has_value());
    }
}
