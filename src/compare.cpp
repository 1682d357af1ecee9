// A report beside the previous year's (compare.hpp, docs/compare.md): cells, sections, findings.
#include "govinfo/compare.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <utility>

#include "cell_list.hpp"
#include "govinfo/boilerplate.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/series.hpp"
#include "money_arithmetic.hpp"
#include "section_text.hpp"

namespace govinfo {
namespace {

using detail::CellEntry;

// ---- cells ----

std::string_view const format_change_note =
    "2019 与 2021 格式的第二十条表格统计口径不同（事项数、公开数与处理决定数、现行有效件数），"
    "不可比较（FORMAT.md §3.3）";
std::string_view const other_rows_note =
    "（六）其他处理在 2019 格式中为一行，在 2021 格式中分为三行，不可逐格比较";
std::string_view const absent_note = "该格式没有这一单元格";

bool is_other_row(std::string_view row) {
    return row == id(ApplicationRow::other_handling) ||
           row == id(ApplicationRow::other_no_correction) ||
           row == id(ApplicationRow::other_fee_unpaid) || row == id(ApplicationRow::other_other);
}

// Why a cell present in the report of one format cannot be compared with the other format's.
std::string_view not_comparable_reason(TableKind table, std::string_view row) {
    if (table == TableKind::article20) return format_change_note;
    if (table == TableKind::applications && is_other_row(row)) return other_rows_note;
    return {};
}

CellChangeKind kind_without_numbers(CellState old_state, CellState new_state) {
    bool const o = old_state == CellState::value, n = new_state == CellState::value;
    if (!o && n) return CellChangeKind::filled_in;
    if (o && !n) return CellChangeKind::emptied;
    return old_state == new_state ? CellChangeKind::no_number : CellChangeKind::state_changed;
}

void compare_counts(Cell const& a, Cell const& b, CellChange& c) {
    if (!a.has_value() || !b.has_value()) {
        c.kind = kind_without_numbers(a.state, b.state);
        return;
    }
    c.kind = a.value == b.value ? CellChangeKind::unchanged : CellChangeKind::changed;
    std::int64_t diff = 0;
    if (__builtin_sub_overflow(b.value, a.value, &diff)) {
        c.note = "差额超出 64 位整数范围，未计算";
        return;
    }
    c.absolute = diff;
    if (a.value != 0) c.relative = make_ratio(diff, a.value);
}

void compare_money(MoneyCell const& a, MoneyCell const& b, CellChange& c) {
    if (!a.has_value() || !b.has_value()) {
        c.kind = kind_without_numbers(a.state, b.state);
        return;
    }
    auto const d = detail::money_difference(a.money, b.money);
    if (!d) {
        bool const zeros = a.money.amount.units == 0 && b.money.amount.units == 0;
        c.kind = zeros ? CellChangeKind::unchanged : CellChangeKind::not_comparable;
        if (!zeros) c.note = "金额单位不一致（一方未注明单位）或差额超出范围，无法比较";
        return;
    }
    c.kind = d->difference.amount.units == 0 ? CellChangeKind::unchanged : CellChangeKind::changed;
    c.absolute_amount = d->difference;
    if (d->old_units != 0) c.relative = make_ratio(d->difference.amount.units, d->old_units);
}

CellChange make_change(FormatVersion format, CellEntry const& e) {
    CellChange c;
    c.table = e.table;
    c.row = std::string(e.row);
    c.column = std::string(e.column);
    c.label = detail::cell_name(format, e.table, e.row, e.column);
    return c;
}

CellValue value_of(CellEntry const& e) {
    return std::visit([](auto const& x) -> CellValue { return x; }, e.cell);
}

std::vector<CellChange> compare_cells(Report const& old_report, Report const& new_report) {
    auto const old_cells = detail::cell_list(old_report);
    auto const new_cells = detail::cell_list(new_report);
    bool const same_format = old_report.format() == new_report.format();
    std::map<std::tuple<TableKind, std::string_view, std::string_view>, std::size_t> old_index;
    for (std::size_t i = 0; i < old_cells.size(); ++i)
        old_index[{old_cells[i].table, old_cells[i].row, old_cells[i].column}] = i;
    std::vector<bool> matched(old_cells.size(), false);

    std::vector<CellChange> out;
    out.reserve(std::max(old_cells.size(), new_cells.size()) + 8);
    for (TableKind table : {TableKind::article20, TableKind::applications,
                            TableKind::review_litigation}) {
        for (auto const& e : new_cells) {
            if (e.table != table) continue;
            CellChange c = make_change(new_report.format(), e);
            c.new_value = value_of(e);
            auto const it = old_index.find({e.table, e.row, e.column});
            CellEntry const* o = it == old_index.end() ? nullptr : &old_cells[it->second];
            if (o) {
                matched[it->second] = true;
                c.old_value = value_of(*o);
            }
            std::string_view const reason =
                same_format ? std::string_view() : not_comparable_reason(e.table, e.row);
            if (!o || !reason.empty()) {
                c.kind = CellChangeKind::not_comparable;
                c.note = std::string(reason.empty() ? absent_note : reason);
            } else if (o->cell.index() != e.cell.index()) {
                c.kind = CellChangeKind::not_comparable;  // a count beside an amount
                c.note = std::string(format_change_note);
            } else if (auto const* n = std::get_if<Cell>(&e.cell)) {
                compare_counts(std::get<Cell>(o->cell), *n, c);
            } else {
                compare_money(std::get<MoneyCell>(o->cell), std::get<MoneyCell>(e.cell), c);
            }
            out.push_back(std::move(c));
        }
        for (std::size_t i = 0; i < old_cells.size(); ++i) {
            if (old_cells[i].table != table || matched[i]) continue;
            CellChange c = make_change(old_report.format(), old_cells[i]);
            c.old_value = value_of(old_cells[i]);
            c.kind = CellChangeKind::not_comparable;
            std::string_view const reason = not_comparable_reason(table, old_cells[i].row);
            c.note = std::string(reason.empty() ? absent_note : reason);
            out.push_back(std::move(c));
        }
    }
    return out;
}

// ---- sections ----

Section const* find_section(Report const& r, int number) {
    for (auto const& s : r.sections)
        if (s.number == number) return &s;
    return nullptr;
}

std::vector<ComparedSentence> listed(std::vector<detail::Sentence> const& sentences,
                                     std::vector<bool> const& kept) {
    std::vector<ComparedSentence> out;
    out.reserve(sentences.size());
    for (std::size_t i = 0; i < sentences.size(); ++i)
        out.push_back({std::string(sentences[i].text), i < kept.size() && kept[i]});
    return out;
}

SectionComparison compare_section(Report const& old_report, Report const& new_report, int number) {
    SectionComparison c;
    c.number = number;
    Section const* a = find_section(old_report, number);
    Section const* b = find_section(new_report, number);
    if (a) c.old_heading = a->heading;
    if (b) c.new_heading = b->heading;
    if ((a && a->text.size() > detail::max_compared_section_bytes) ||
        (b && b->text.size() > detail::max_compared_section_bytes)) {
        c.note = "该部分超过 1 MiB，未比较";
        return c;
    }
    auto const old_sentences = a ? detail::split_sentences(a->text) : std::vector<detail::Sentence>{};
    auto const new_sentences = b ? detail::split_sentences(b->text) : std::vector<detail::Sentence>{};
    auto const old_kept = detail::kept_sentences(old_sentences, new_sentences);
    auto const new_kept = detail::kept_sentences(new_sentences, old_sentences);
    c.old_sentences = listed(old_sentences, old_kept);
    c.new_sentences = listed(new_sentences, new_kept);
    c.kept = std::count(new_kept.begin(), new_kept.end(), true);
    c.added = static_cast<std::int64_t>(new_sentences.size()) - c.kept;
    c.dropped = static_cast<std::int64_t>(old_sentences.size()) -
                std::count(old_kept.begin(), old_kept.end(), true);
    if (a && b)
        c.similarity = detail::trigram_similarity(detail::joined_key(old_sentences),
                                                  detail::joined_key(new_sentences));
    else
        c.note = !a && !b ? "两份报告都没有这一部分" : !a ? "上一年度报告没有这一部分" : "本年度报告没有这一部分";
    return c;
}

// ---- findings ----

std::vector<Finding> cross_year_findings(Report const& old_report, Report const& new_report) {
    std::string const a = agency_key(old_report.agency), b = agency_key(new_report.agency);
    if (!a.empty() && !b.empty() && a != b) {
        return {FindingBuilder(FindingCode::series_carry_over, Severity::info)
                    .not_evaluable()
                    .at(CellAddress(ReportItem::agency))
                    .expected(old_report.agency)
                    .actual(new_report.agency)
                    .message("两份报告的机关不同（" + old_report.agency + "、" +
                             new_report.agency + "），未做跨年度核对")
                    .years(new_report.year, old_report.year)
                    .build()};
    }
    auto out = validate_series(make_series({old_report, new_report}));
    if (old_report.year && new_report.year && *new_report.year == *old_report.year + 1) {
        auto text = check_sections_across_years(old_report, new_report);
        out.insert(out.end(), std::make_move_iterator(text.begin()),
                   std::make_move_iterator(text.end()));
    }
    return out;
}

}  // namespace

Comparison compare(Report const& old_report, Report const& new_report) {
    Comparison c;
    c.old_report = old_report;
    c.new_report = new_report;
    c.cells = compare_cells(old_report, new_report);
    for (int n = 1; n <= 6; ++n) c.sections.push_back(compare_section(old_report, new_report, n));
    c.findings = cross_year_findings(old_report, new_report);
    auto own = check_sections(new_report);
    c.findings.insert(c.findings.end(), std::make_move_iterator(own.begin()),
                      std::make_move_iterator(own.end()));
    return c;
}

}  // namespace govinfo
