// A report beside last year's (compare.hpp): seed 002's years side by side, the 2020→2021 format
// change, blank cells, money, overflow, sections, findings and the three outputs.
#include "govinfo/compare.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/parse.hpp"

using namespace govinfo;

namespace {

// Seed 002 in file order: 2023, 2022, 2021, 2020, 2019.
std::vector<Report> seed_002() {
    auto r = parse_file(std::string(GOVINFO_TEST_DATA) + "/seeds/002_6174489a5f7162cb.txt").reports;
    REQUIRE(r.size() == 5);
    return r;
}

CellChange const& change_of(Comparison const& c, TableKind table, std::string const& row,
                            std::string const& column) {
    auto it = std::find_if(c.cells.begin(), c.cells.end(), [&](CellChange const& x) {
        return x.table == table && x.row == row && x.column == column;
    });
    REQUIRE_MESSAGE(it != c.cells.end(), std::string(row + "/" + column));
    return *it;
}

std::size_t count_kind(Comparison const& c, CellChangeKind kind) {
    return static_cast<std::size_t>(std::count_if(c.cells.begin(), c.cells.end(),
                                                  [&](auto const& x) { return x.kind == kind; }));
}

std::size_t occurrences(std::string const& text, std::string const& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("compare") {

TEST_CASE("seed 002 2022→2023: every cell side by side, the changes exact") {
    auto const r = seed_002();
    auto const c = compare(r[1], r[0]);
    CHECK(c.cells.size() == 200);  // 10 + 25 × 7 + 15 cells of the 2021 format
    CHECK(count_kind(c, CellChangeKind::changed) == 13);
    CHECK(count_kind(c, CellChangeKind::not_comparable) == 0);

    auto const& n = change_of(c, TableKind::applications, "new_received", "total");
    CHECK(n.label == "一、本年新收行总计列");
    CHECK(n.kind == CellChangeKind::changed);
    CHECK(std::get<Cell>(*n.old_value) == Cell::of(2));
    CHECK(std::get<Cell>(*n.new_value) == Cell::of(3));
    CHECK(n.absolute == 1);
    REQUIRE(n.relative.has_value());
    CHECK(*n.relative == Ratio{1, 2});

    auto const& lawyers = change_of(c, TableKind::applications, "new_received", "legal_service_org");
    CHECK(lawyers.absolute == -1);
    CHECK(*lawyers.relative == Ratio{-1, 1});

    auto const& forward = change_of(c, TableKind::applications, "carried_forward", "total");
    CHECK(forward.absolute == 1);
    CHECK_FALSE(forward.relative.has_value());  // from 0: no relative change

    auto const& same = change_of(c, TableKind::review_litigation, "review", "total");
    CHECK(same.kind == CellChangeKind::unchanged);
    CHECK(same.absolute == 0);
}

TEST_CASE("blank stays blank: a cell filled in has no change, never one from 0") {
    auto const r = seed_002();
    auto const c = compare(r[4], r[3]);  // 2019 → 2020
    auto const& x = change_of(c, TableKind::applications, "new_received", "commercial_enterprise");
    CHECK(x.kind == CellChangeKind::filled_in);
    CHECK(std::get<Cell>(*x.old_value).state == CellState::blank);
    CHECK_FALSE(x.absolute.has_value());
    CHECK_FALSE(x.relative.has_value());
    auto const& t = change_of(c, TableKind::applications, "outcome_total", "total");
    CHECK(t.kind == CellChangeKind::filled_in);  // 2019 left （七）总计 blank

    Report a = r[0], b = r[0];
    cell(*find_row(b.applications, ApplicationRow::disclosed), ApplicantColumn::total) = Cell::blank();
    cell(*find_row(a.applications, ApplicationRow::other_other), ApplicantColumn::total) = Cell::blank();
    cell(*find_row(b.applications, ApplicationRow::other_other), ApplicantColumn::total) =
        Cell::not_applicable();
    auto const d = compare(a, b);
    CHECK(change_of(d, TableKind::applications, "disclosed", "total").kind == CellChangeKind::emptied);
    CHECK(change_of(d, TableKind::applications, "other_other", "total").kind ==
          CellChangeKind::state_changed);
    CHECK(change_of(d, TableKind::applications, "disclosed", "natural_person").kind ==
          CellChangeKind::unchanged);
}

TEST_CASE("across the 2020→2021 format change only the shared cells are compared") {
    auto const r = seed_002();
    auto const c = compare(r[3], r[2]);  // 2020 (2019 format) → 2021 (2021 format)
    std::size_t a20 = 0, other_rows = 0, compared = 0;
    for (auto const& x : c.cells) {
        if (x.kind != CellChangeKind::not_comparable) {
            ++compared;
            CHECK(x.table != TableKind::article20);
            continue;
        }
        CHECK_FALSE(x.note.empty());
        if (x.table == TableKind::article20) ++a20;
        else if (x.table == TableKind::applications) ++other_rows;
        else FAIL("a review cell was not compared");
    }
    CHECK(a20 == 10 + 22 - 3);       // 处理决定数量 of 许可/处罚/强制 appear once, with both sides
    CHECK(other_rows == 7 + 3 * 7);  // （六）: one 2019 row, three 2021 rows
    CHECK(compared == 22 * 7 + 15);  // the other application rows and the review table
    auto const& licensing = change_of(c, TableKind::article20, "licensing", "decisions");
    CHECK(licensing.old_value.has_value());
    CHECK(licensing.new_value.has_value());
    CHECK_FALSE(licensing.absolute.has_value());
    auto const& handling = change_of(c, TableKind::applications, "other_handling", "total");
    CHECK(handling.old_value.has_value());
    CHECK_FALSE(handling.new_value.has_value());
    CHECK(change_of(c, TableKind::applications, "unavailable_not_held", "total").absolute == 1);
    // The carry-over check runs across the change and finds nothing.
    for (auto const& f : c.findings) CHECK(f.severity == Severity::info);
}

TEST_CASE("money compares exactly, in 万元 when the units differ") {
    Report a = Report::blank(FormatVersion::v2019), b = a;
    std::get<Article20v2019>(a.article20).procurement.amount =
        MoneyCell::of(*Decimal::try_parse("177.1"), MoneyUnit::wan_yuan);
    std::get<Article20v2019>(b.article20).procurement.amount =
        MoneyCell::of(*Decimal::try_parse("251000"), MoneyUnit::yuan);
    auto const c = compare(a, b);
    auto const& m = change_of(c, TableKind::article20, "procurement", "amount");
    CHECK(m.kind == CellChangeKind::changed);
    REQUIRE(m.absolute_amount.has_value());
    CHECK(m.absolute_amount->amount.to_string() == "-152.0");
    CHECK(m.absolute_amount->unit == MoneyUnit::wan_yuan);
    CHECK(*m.relative == Ratio{-1520, 1771});

    std::get<Article20v2019>(b.article20).procurement.amount =
        MoneyCell::of(*Decimal::try_parse("25.1"), MoneyUnit::unknown);
    auto const c2 = compare(a, b);
    auto const& u = change_of(c2, TableKind::article20, "procurement", "amount");
    CHECK(u.kind == CellChangeKind::not_comparable);
    CHECK_FALSE(u.absolute_amount.has_value());
    CHECK_FALSE(u.note.empty());
}

TEST_CASE("an amount of 0 without a unit is 0 in the other's unit (seed 002, 2019 → 2020)") {
    auto const r = seed_002();
    auto const c = compare(r[4], r[3]);
    auto const& m = change_of(c, TableKind::article20, "procurement", "amount");
    CHECK(std::get<MoneyCell>(*m.old_value).money.unit == MoneyUnit::unknown);
    CHECK(m.kind == CellChangeKind::changed);
    REQUIRE(m.absolute_amount.has_value());
    CHECK(m.absolute_amount->amount.to_string() == "177.1");
    CHECK(m.absolute_amount->unit == MoneyUnit::wan_yuan);
    CHECK_FALSE(m.relative.has_value());  // from 0
}

TEST_CASE("a difference beyond 64 bits is not computed") {
    Report a = Report::blank(FormatVersion::v2019), b = a;
    std::get<Article20v2019>(a.article20).licensing.change = Cell::of(-5);
    std::get<Article20v2019>(b.article20).licensing.change =
        Cell::of(std::numeric_limits<std::int64_t>::max());
    auto const c = compare(a, b);
    auto const& x = change_of(c, TableKind::article20, "licensing", "change");
    CHECK(x.kind == CellChangeKind::changed);
    CHECK_FALSE(x.absolute.has_value());
    CHECK_FALSE(x.note.empty());
}

TEST_CASE("sections: similarity, sentences kept word for word, added and dropped") {
    auto const r = seed_002();
    auto const c = compare(r[1], r[0]);
    REQUIRE(c.sections.size() == 6);
    auto const& six = c.sections[5];
    CHECK(six.number == 6);
    REQUIRE(six.similarity.has_value());
    CHECK(at_least(*six.similarity, Ratio{4, 10}));
    CHECK_FALSE(at_least(*six.similarity, Ratio{8, 10}));
    CHECK(six.kept == static_cast<std::int64_t>(std::count_if(
                          six.new_sentences.begin(), six.new_sentences.end(),
                          [](auto const& s) { return s.kept; })));
    CHECK(six.added + six.kept == static_cast<std::int64_t>(six.new_sentences.size()));
    // The fee sentence differs only in its year: kept.
    auto const fee = std::find_if(six.new_sentences.begin(), six.new_sentences.end(), [](auto const& s) {
        return s.text.find("没有收取信息处理费") != std::string::npos;
    });
    REQUIRE(fee != six.new_sentences.end());
    CHECK(fee->kept);

    auto const same = compare(r[0], r[0]);
    for (auto const& s : same.sections) {
        REQUIRE(s.similarity.has_value());
        CHECK(same_value(*s.similarity, Ratio{1, 1}));
        CHECK(s.added == 0);
        CHECK(s.dropped == 0);
    }
    Report without = r[0];
    without.sections.pop_back();
    auto const missing = compare(r[1], without).sections[5];
    CHECK_FALSE(missing.similarity.has_value());
    CHECK(missing.dropped == static_cast<std::int64_t>(missing.old_sentences.size()));
    CHECK(missing.note == "本年度报告没有这一部分");
}

TEST_CASE("findings: the series check of the pair and the section checks") {
    auto const r = seed_002();
    Report y2023 = r[0];
    cell(*find_row(y2023.applications, ApplicationRow::carried_over), ApplicantColumn::total) = Cell::of(2);
    auto const c = compare(r[1], y2023);
    auto const errors = std::count_if(c.findings.begin(), c.findings.end(), [](auto const& f) {
        return f.code == FindingCode::series_carry_over && f.severity == Severity::error;
    });
    CHECK(errors == 1);

    Report other = r[0];
    other.agency = "聊城市大数据局";
    auto const d = compare(r[1], other);
    REQUIRE(d.findings.size() == 1);
    CHECK(d.findings[0].code == FindingCode::series_carry_over);
    CHECK_FALSE(d.findings[0].evaluable);
    CHECK(d.findings[0].message == "两份报告的机关不同（聊城市机关事务管理局、聊城市大数据局），未做跨年度核对");
}

TEST_CASE("the text, JSON and HTML outputs say the same") {
    auto const r = seed_002();
    auto const c = compare(r[1], r[0]);
    std::string const text = to_text(c);
    CHECK(text.starts_with("比较 聊城市机关事务管理局 2022年（2021 格式） → 聊城市机关事务管理局 2023年（2021 格式）\n"));
    CHECK(text.find("表格：比较 200 个单元格，13 个不同\n") != std::string::npos);
    CHECK(text.find("+50.0%") != std::string::npos);

    auto const doc = boost::json::parse(to_json(c));
    CHECK(doc.at("old").at("year").as_int64() == 2022);
    CHECK(doc.at("cells").as_array().size() == 200);
    CHECK(doc.at("sections").as_array().size() == 6);
    CHECK(doc.at("findings").is_array());
    auto const& cells = doc.at("cells").as_array();
    auto const n = std::find_if(cells.begin(), cells.end(), [](auto const& x) {
        return x.at("row").as_string() == "new_received" && x.at("column").as_string() == "total";
    });
    REQUIRE(n != cells.end());
    CHECK(n->at("kind").as_string() == "changed");
    CHECK(n->at("old").at("value").as_int64() == 2);
    CHECK(n->at("absolute").as_int64() == 1);
    CHECK(n->at("relative").at("percent").as_string() == "+50.0%");
    CHECK(boost::json::parse(to_json(c, {.pretty = true})) == doc);

    std::string const html = to_html(c);
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(occurrences(html, "<div class=\"column old\">") == 7);  // the tables and six sections
    CHECK(occurrences(html, "<td class=\"cell k-changed\"") == 2 * 13);  // both sides
    CHECK(occurrences(html, "<tr data-kind=\"changed\">") == 13);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http") == std::string::npos);  // nothing fetched
}

}  // TEST_SUITE
