#include "govinfo/provenance.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

#include "govinfo/batch.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/json.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/report_card.hpp"
#include "govinfo/series.hpp"
#include "govinfo/taxonomy.hpp"
#include "govinfo/validate.hpp"

using namespace govinfo;

namespace {

using R = ApplicationRow;

Report parsed(std::string const& file, std::size_t index = 0) {
    auto const result = parse_file(std::string(GOVINFO_TEST_DATA) + "/" + file);
    REQUIRE(result.reports.size() > index);
    return result.reports[index];
}

std::vector<CellProvenance> of(Report const& r, CellOrigin how) {
    std::vector<CellProvenance> out;
    for (auto const& p : r.provenance)
        if (p.how == how) out.push_back(p);
    return out;
}

// A 2021 report with every cell 0 but 一、本年新收 and （一）予以公开 = 3 (自然人 and 总计) and the
// matching totals: every rule holds.
Report consistent() {
    Report r = Report::blank(FormatVersion::v2021);
    for_each_cell(r, [](TableKind, std::string_view, std::string_view, auto& c) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, Cell>) c = Cell::of(0);
    });
    for (auto row : {R::new_received, R::disclosed, R::outcome_total}) {
        find_row(r.applications, row)->natural_person = Cell::of(3);
        find_row(r.applications, row)->total = Cell::of(3);
    }
    return r;
}

std::vector<Finding> with_code(std::vector<Finding> const& fs, FindingCode code) {
    std::vector<Finding> out;
    for (auto const& f : fs)
        if (f.code == code) out.push_back(f);
    return out;
}

}  // namespace

TEST_SUITE("provenance") {
    TEST_CASE("cells placed by the row total say so") {
        // Seed 002 r5 prints only 自然人 and 总计 of its filled rows (`label | 1 | 1 | …`).
        Report const r = parsed("seeds/002_6174489a5f7162cb.txt", 4);
        auto const placed = of(r, CellOrigin::placed_by_total);
        REQUIRE(placed.size() == 8);
        CHECK(placed[0].table == TableKind::applications);
        CHECK(placed[0].column == "natural_person");
        CHECK(placed[1].column == "total");
        CHECK(placed[0].row == placed[1].row);
        CHECK(placed[0].detail.find("前几个之和等于最后一个") != std::string::npos);
        // Only the cells placed: the blank organisation columns have no entry, and stay blank.
        for (auto const& p : r.provenance) CHECK(p.column != "commercial_enterprise");
        auto const* row = find_row(r.applications, *try_from_id<R>(placed[0].row));
        REQUIRE(row);
        CHECK(row->commercial_enterprise.state == CellState::blank);
    }

    TEST_CASE("glued digits split by the identities and scrambled review cells regrouped") {
        Report const c05 = parsed("corpus/c05.txt");
        auto const split = of(c05, CellOrigin::split_glued_digits);
        std::size_t review = 0;
        for (auto const& p : split) review += p.table == TableKind::review_litigation;
        CHECK(review == 15);  // "10203120001200000": 17 digits for 15 cells
        CHECK(split.size() == c05.provenance.size());
        // A run with one digit per cell ("0000000") was not chosen among splits: no entry.
        for (auto const& p : split)
            if (p.table == TableKind::applications) CHECK(p.detail.find("0000000") == std::string::npos);

        Report const c02 = parsed("corpus/c02.txt");
        CHECK(of(c02, CellOrigin::regrouped_by_total).size() == 15);
        // c02 prints the values of （一）, （二）, （四）2, （五）5 and （六）1–3 apart from their
        // labels (pdftotext default mode, a page break in （四）): placed in table order on the
        // rows left open, 7 × 7 cells.
        auto const by_order = of(c02, CellOrigin::placed_by_order);
        CHECK(by_order.size() == 49);
        REQUIRE_FALSE(by_order.empty());
        CHECK(by_order.front().row == "disclosed");
        // A plainly read report has none.
        CHECK(parsed("corpus/c03.html").provenance.empty());
        CHECK(parsed("seeds/001_6f73e57e54ca5cf9.txt").provenance.empty());
    }

    TEST_CASE("provenance is written to JSON only when there is some and reads back") {
        Report const c02 = parsed("corpus/c02.txt");
        std::string const text = to_json(c02);
        CHECK(text.find("\"provenance\":[{\"table\":\"applications\"") != std::string::npos);
        CHECK(text.find("\"how\":\"regrouped_by_total\"") != std::string::npos);
        auto const back = try_report_from_json(text);
        REQUIRE(back.ok());
        CHECK(back->provenance == c02.provenance);
        CHECK(to_json(Report::blank(FormatVersion::v2021)).find("provenance") == std::string::npos);
    }

    TEST_CASE("an error resting on an inferred cell is a reading in doubt") {
        Report r = consistent();
        r.applications.disclosed.total = Cell::of(4);  // 总计 4 ≠ 3: row total and column sums break
        auto const plain = validate(r);
        CHECK(with_code(plain, FindingCode::app_row_total).size() == 1);
        CHECK(with_code(plain, FindingCode::reading_in_doubt).empty());

        // The same numbers, but the parser placed （一）'s 总计 by inference.
        r.provenance.push_back({TableKind::applications, "disclosed", "total",
                                CellOrigin::split_glued_digits, "数字“34”连在一起"});
        auto const doubted = validate(r);
        for (auto const& f : doubted) CHECK(f.severity != Severity::error);
        auto const d = with_code(doubted, FindingCode::reading_in_doubt);
        // row total of （一）, the outcome sum of 总计 column: both rest on disclosed/total.
        REQUIRE(d.size() == 2);
        CHECK(d[0].column == "total");  // the column sums run first
        CHECK(d[0].message.starts_with("读取存疑，并非对报告的认定（app_outcome_total）："));
        CHECK(d[1].severity == Severity::warning);
        CHECK(d[1].row == "disclosed");
        CHECK(d[1].expected == "3");
        CHECK(d[1].actual == "4");
        CHECK(d[1].message.starts_with("读取存疑，并非对报告的认定（app_row_total）："));
        CHECK(d[1].message.find("disclosed/total split_glued_digits（数字“34”连在一起）") !=
              std::string::npos);

        // An inferred cell elsewhere leaves the error an error.
        r.provenance = {{TableKind::applications, "carried_over", "natural_person",
                         CellOrigin::placed_by_total, ""}};
        auto const other = validate(r);
        CHECK(with_code(other, FindingCode::app_row_total).size() == 1);
    }

    TEST_CASE("an error in a table with values the parser could not place is a reading in doubt") {
        Report r = consistent();
        r.applications.disclosed.total = Cell::of(4);
        Finding unplaced;
        unplaced.code = FindingCode::parse_unplaced_line;
        unplaced.severity = Severity::warning;
        unplaced.table = TableKind::applications;
        unplaced.line = 40;
        r.diagnostics.push_back(unplaced);
        auto const fs = check(r);
        for (auto const& f : fs) CHECK(f.severity != Severity::error);
        auto const d = with_code(fs, FindingCode::reading_in_doubt);
        REQUIRE(d.size() == 2);
        CHECK(d[0].message.find("本表有 1 处数值未能归入单元格") != std::string::npos);
        // In another table, or at info (text that is no value), it does not cast doubt.
        r.diagnostics.back().table = TableKind::review_litigation;
        CHECK(with_code(validate(r), FindingCode::app_row_total).size() == 1);
        r.diagnostics.back().table = TableKind::applications;
        r.diagnostics.back().severity = Severity::info;
        CHECK(with_code(validate(r), FindingCode::app_row_total).size() == 1);
    }

    TEST_CASE("a carry-over across years resting on an inferred cell is a reading in doubt") {
        Report a = consistent(), b = consistent();
        a.agency = b.agency = "测试局";
        a.year = 2022;
        b.year = 2023;
        a.applications.carried_forward.natural_person = Cell::of(1);  // F(2022) 1, P(2023) 0
        auto const plain = validate_series(make_series({a, b}));
        CHECK(with_code(plain, FindingCode::series_carry_over).size() == 1);
        CHECK(with_code(plain, FindingCode::series_carry_over)[0].severity == Severity::error);
        a.provenance.push_back({TableKind::applications, "carried_forward", "natural_person",
                                CellOrigin::placed_by_total, "该行只印 2 个数值"});
        auto const doubted = validate_series(make_series({a, b}));
        auto const d = with_code(doubted, FindingCode::reading_in_doubt);
        REQUIRE(d.size() == 1);
        CHECK(d[0].column == "natural_person");
        CHECK(d[0].year == 2023);
        CHECK(d[0].message.starts_with("读取存疑，并非对报告的认定（series_carry_over）："));
        for (auto const& f : doubted) CHECK(f.severity != Severity::error);
    }

    TEST_CASE("the HTML card marks each inferred cell and says how it was decided") {
        Report const c02 = parsed("corpus/c02.txt");
        std::string const html = report_card_html({{"c02.txt", c02, check(c02)}});
        std::string const cell =
            "<td class=\"inferred\" data-row=\"review\" data-column=\"upheld\" "
            "title=\"推断所得（regrouped_by_total）：";
        CHECK(html.find(cell) != std::string::npos);
        std::size_t marked = 0;
        for (std::size_t at = html.find("title=\"推断所得（"); at != std::string::npos;
             at = html.find("title=\"推断所得（", at + 1))
            ++marked;
        CHECK(marked == c02.provenance.size());  // the inferred cells, and no other
        Report const plain = parsed("corpus/c03.html");
        CHECK(report_card_html({{"c03.html", plain, check(plain)}}).find("title=\"推断所得（") ==
              std::string::npos);
    }

    TEST_CASE("the real errors of the seeds stay errors") {
        // Seed 003: statistics period ending in the wrong year, the agency's own error.
        auto const fs = check(parsed("seeds/003_efe2eca494f81be5.txt"));
        CHECK(with_code(fs, FindingCode::period_outside_year).size() == 1);
        CHECK(with_code(fs, FindingCode::reading_in_doubt).empty());
    }

    TEST_CASE("a blank cell is never written as 0 by the readers") {
        // Seed 004 leaves rows （一）, （二）, （三）1–8 blank; seed 002 r5 leaves the organisation
        // columns blank: they stay blank, whatever placement was inferred around them.
        Report const s004 = parsed("seeds/004_435f754e219edab5.txt");
        for (auto c : all_applicant_columns()) {
            CHECK(cell(s004.applications.disclosed, c).state == CellState::blank);
            CHECK(cell(s004.applications.withheld_administrative_query, c).state == CellState::blank);
        }
        Report const r5 = parsed("seeds/002_6174489a5f7162cb.txt", 4);
        CHECK(r5.applications.outcome_total.total.state == CellState::blank);
        CHECK(r5.applications.partially_disclosed.natural_person.state == CellState::blank);
        // 2021's single （六） row: its sub-rows were not printed and stay blank.
        Report const single = parsed("variants/pipe_single_other_row_2021.txt");
        CHECK(single.applications.other_other->natural_person.state == CellState::blank);
    }
}
