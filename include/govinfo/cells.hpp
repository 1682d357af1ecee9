#pragma once
// Uniform access to the cells of a report: by enum (find_row, cell) and by walking every cell
// with its table, row id and column id (for_each_cell). Serializers, frames, rollups and the HTML
// report card all walk cells through this one path, so they agree on ids and order.
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <optional>
#include <string_view>
#include <type_traits>
#include <variant>

#include "govinfo/report.hpp"

namespace govinfo {

// An enum value outside its enumerators (a cast such as ApplicantColumn(999), or a number from
// Python) names nothing: the accessors below never index with it. Those returning a reference
// throw std::out_of_range; those returning a pointer or an optional return nullptr or nullopt.

// The row of an application table, or nullptr when the table's format lacks that row or `r` is
// no ApplicationRow.
ApplicantRow const* find_row(ApplicationTable const& t, ApplicationRow r) noexcept;
ApplicantRow* find_row(ApplicationTable& t, ApplicationRow r) noexcept;
// The cell of column `c`; throws std::out_of_range when `c` is no ApplicantColumn.
Cell const& cell(ApplicantRow const& row, ApplicantColumn c);
Cell& cell(ApplicantRow& row, ApplicantColumn c);
// The group `g`; throws std::out_of_range when `g` is no ReviewGroup.
ReviewOutcomes const& group(ReviewLitigationTable const& t, ReviewGroup g);
ReviewOutcomes& group(ReviewLitigationTable& t, ReviewGroup g);
// The cell of column `c`; throws std::out_of_range when `c` is no ReviewColumn.
Cell const& cell(ReviewOutcomes const& g, ReviewColumn c);
Cell& cell(ReviewOutcomes& g, ReviewColumn c);

// A pointer to one cell of the Article 20 tables: a count or a money cell. Holds nullptr
// alternatives never; an absent row/column (wrong format, or a value outside the enum) yields
// std::nullopt instead, as does an optional row the table does not hold (other_documents).
using Article20CellRef = std::variant<Cell const*, MoneyCell const*>;
using Article20MutableCellRef = std::variant<Cell*, MoneyCell*>;
std::optional<Article20CellRef> article20_cell(Article20 const& a, Article20Row r,
                                               Article20Column c) noexcept;
std::optional<Article20MutableCellRef> article20_cell(Article20& a, Article20Row r,
                                                      Article20Column c) noexcept;

// Calls f(TableKind, std::string_view row_id, std::string_view column_id, C& cell) for every
// cell of the report in table order, where C is Cell or MoneyCell (const as the report is).
// Rows a format lacks are skipped. Article 20 first, then applications, then review/litigation.
namespace detail {
template <class Row, class F>
void for_each_cell_in_row(TableKind t, std::string_view row_id, Row& row, F& f) {
    boost::mp11::mp_for_each<
        boost::describe::describe_members<std::remove_const_t<Row>, boost::describe::mod_public>>(
        [&](auto m) { f(t, row_id, std::string_view(m.name), row.*m.pointer); });
}
template <class Table, class F>
void for_each_cell_in_table(TableKind t, Table& table, F& f) {
    boost::mp11::mp_for_each<
        boost::describe::describe_members<std::remove_const_t<Table>, boost::describe::mod_public>>(
        [&](auto m) {
            auto& row = table.*m.pointer;
            using R = std::remove_cvref_t<decltype(row)>;
            if constexpr (requires { row.has_value(); typename R::value_type; }) {
                if (row) for_each_cell_in_row(t, m.name, *row, f);
            } else {
                for_each_cell_in_row(t, m.name, row, f);
            }
        });
}
}  // namespace detail

template <class R, class F>
    requires std::is_same_v<std::remove_const_t<R>, Report>
void for_each_cell(R& report, F&& f) {
    std::visit([&](auto& a20) { detail::for_each_cell_in_table(TableKind::article20, a20, f); },
               report.article20);
    detail::for_each_cell_in_table(TableKind::applications, report.applications, f);
    detail::for_each_cell_in_table(TableKind::review_litigation, report.review_litigation, f);
}

}  // namespace govinfo
