#include "reading_doubt.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo::detail {
namespace {

using R = ApplicationRow;

// The cells a finding's numbers rest on: in `table`, the rows `rows` (any row when empty) and
// the column `column` (any column when empty).
struct Basis {
    TableKind table = TableKind::report;
    std::vector<std::string_view> rows;
    std::string_view column;
};

std::optional<Basis> basis_of(Finding const& f, Report const& report) {
    Basis b{f.table, {}, f.column};
    auto rows = [&](std::initializer_list<R> list) {
        for (auto r : list) b.rows.push_back(id(r));
    };
    switch (f.code) {
        case FindingCode::app_balance:
            rows({R::new_received, R::carried_over, R::outcome_total, R::carried_forward});
            return b;
        case FindingCode::app_outcome_total:
            for (auto r : application_rows(report.format(), report.applications))
                if (group_of(r) || r == R::outcome_total) b.rows.push_back(id(r));
            return b;
        case FindingCode::app_other_subtotal:
            rows({R::other_handling, R::other_no_correction, R::other_fee_unpaid, R::other_other});
            return b;
        case FindingCode::app_row_total:
        case FindingCode::rev_group_total:
            b.rows.push_back(f.row);
            b.column = {};
            return b;
        case FindingCode::cell_negative:
            b.rows.push_back(f.row);
            return b;
        default: return std::nullopt;
    }
}

bool covers(Basis const& b, CellProvenance const& p) {
    if (p.table != b.table) return false;
    if (!b.column.empty() && p.column != b.column) return false;
    return b.rows.empty() || std::find(b.rows.begin(), b.rows.end(), p.row) != b.rows.end();
}

// Why the reading of the cells `basis` names is in doubt, in words; empty when it is not.
std::string doubt(Basis const& b, Report const& report) {
    auto const* basis = &b;
    std::string why;
    for (auto const& p : report.provenance) {
        if (!covers(*basis, p)) continue;
        if (why.empty()) why = "所依据的单元格并非直接读自其位置：";
        else why += "；";
        why += p.row + "/" + p.column + " " + std::string(id(p.how)) + "（" + p.detail + "）";
    }
    if (!why.empty()) return why;
    std::size_t unplaced = 0;
    for (auto const& d : report.diagnostics)
        if (d.table == basis->table && d.severity != Severity::info &&
            (d.code == FindingCode::parse_unplaced_line ||
             d.code == FindingCode::parse_missing_cells))
            ++unplaced;
    if (unplaced == 0) return {};
    return "本表有 " + std::to_string(unplaced) +
           " 处数值未能归入单元格或位置系推断（parse_unplaced_line / parse_missing_cells），"
           "不一致可能来自读取";
}

}  // namespace

void doubt_inferred_readings(Report const& report, std::vector<Finding>& out, std::size_t from) {
    for (std::size_t i = from; i < out.size(); ++i) {
        Finding& f = out[i];
        if (f.severity != Severity::error) continue;
        auto const basis = basis_of(f, report);
        if (!basis) continue;
        std::string const why = doubt(*basis, report);
        if (!why.empty()) mark_in_doubt(f, why);
    }
}

std::string cell_in_doubt(Report const& report, TableKind table, std::string_view row,
                          std::string_view column) {
    return doubt(Basis{table, {row}, column}, report);
}

void mark_in_doubt(Finding& f, std::string_view why) {
    f.message = "读取存疑，并非对报告的认定（" + std::string(id(f.code)) + "）：" + f.message + "。" +
                std::string(why);
    f.code = FindingCode::reading_in_doubt;
    f.severity = Severity::warning;
}

}  // namespace govinfo::detail
