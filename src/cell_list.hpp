#pragma once
// Private helpers shared by series.cpp and rollup.cpp: every cell of a report as a flat list
// (for_each_cell order), and the Chinese name of a cell for finding messages.
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo::detail {

struct CellEntry {
    TableKind table;
    std::string_view row, column;  // ids; they point at static describe names
    std::variant<Cell, MoneyCell> cell;
    friend bool operator==(CellEntry const&, CellEntry const&) = default;
};

inline std::vector<CellEntry> cell_list(Report const& r) {
    std::vector<CellEntry> out;
    for_each_cell(r, [&](TableKind t, std::string_view row, std::string_view col, auto const& c) {
        out.push_back({t, row, col, c});
    });
    return out;
}

// Short row names as validate() prints them: the group prefix where the bare label is ambiguous,
// the long labels of 一、二、（二）and 四 cut to their first words.
inline std::string application_row_name(ApplicationRow r) {
    using R = ApplicationRow;
    switch (r) {
        case R::new_received: return "一、本年新收";
        case R::carried_over: return "二、上年结转";
        case R::partially_disclosed: return "（二）部分公开";
        case R::carried_forward: return "四、结转下年度";
        case R::disclosed:
        case R::other_handling:
        case R::outcome_total: return std::string(label(r));
        default: break;
    }
    auto const g = group_of(r);
    return g ? std::string(label(*g)) + "/" + std::string(label(r)) : std::string(label(r));
}

// "一、本年新收行自然人列", "规范性文件 现行有效件数", "行政诉讼/未经复议直接起诉/结果维持".
inline std::string cell_name(FormatVersion format, TableKind table, std::string_view row,
                             std::string_view column) {
    switch (table) {
        case TableKind::applications: {
            auto const r = try_from_id<ApplicationRow>(row);
            auto const c = try_from_id<ApplicantColumn>(column);
            return (r ? application_row_name(*r) : std::string(row)) + "行" +
                   (c ? std::string(label(*c)) : std::string(column)) + "列";
        }
        case TableKind::review_litigation: {
            auto const g = try_from_id<ReviewGroup>(row);
            auto const c = try_from_id<ReviewColumn>(column);
            std::string group = g ? std::string(label(*g)) : std::string(row);
            if (g && *g != ReviewGroup::review) group = "行政诉讼/" + group;
            return group + "/" + (c ? std::string(label(*c)) : std::string(column));
        }
        case TableKind::article20: {
            auto const r = try_from_id<Article20Row>(row);
            auto const c = try_from_id<Article20Column>(column);
            if (r && c)
                return std::string(label(*r, format)) + " " +
                       std::string(label(*c, format, *r));
            break;
        }
        case TableKind::report: break;
    }
    return std::string(row) + "/" + std::string(column);
}

}  // namespace govinfo::detail
