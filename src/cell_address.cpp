// CellAddress: ids both ways. The ids are the enumerator names (labels.hpp's id), a section's
// number in decimal; reading them back checks that each names a row or column of the table given.
#include "govinfo/cell_address.hpp"

#include <charconv>

#include "govinfo/labels.hpp"

namespace govinfo {
namespace {

template <class E>
bool assign_if(std::string_view text, CellAddress::Row& out) {
    auto const e = try_from_id<E>(text);
    if (e) out = *e;
    return e.has_value();
}
template <class E>
bool assign_if(std::string_view text, CellAddress::Column& out) {
    auto const e = try_from_id<E>(text);
    if (e) out = *e;
    return e.has_value();
}

Error bad(std::string message) {
    Error e;
    e.code = ErrorCode::bad_id;
    e.message = std::move(message);
    return e;
}

}  // namespace

std::string CellAddress::row_id() const {
    return std::visit(
        [](auto r) -> std::string {
            if constexpr (std::is_same_v<decltype(r), std::monostate>)
                return {};
            else
                return std::string(id(r));
        },
        row_);
}

std::string CellAddress::column_id() const {
    return std::visit(
        [](auto c) -> std::string {
            using C = decltype(c);
            if constexpr (std::is_same_v<C, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<C, SectionNumber>)
                return std::to_string(c.number);
            else
                return std::string(id(c));
        },
        column_);
}

Result<CellAddress> CellAddress::try_from_ids(TableKind table, std::string_view row,
                                              std::string_view column) {
    CellAddress a(table);
    bool row_ok = row.empty(), column_ok = column.empty();
    switch (table) {
        case TableKind::applications:
            row_ok = row_ok || assign_if<ApplicationRow>(row, a.row_);
            column_ok = column_ok || assign_if<ApplicantColumn>(column, a.column_);
            break;
        case TableKind::review_litigation:
            row_ok = row_ok || assign_if<ReviewGroup>(row, a.row_);
            column_ok = column_ok || assign_if<ReviewColumn>(column, a.column_);
            break;
        case TableKind::article20:
            row_ok = row_ok || assign_if<Article20Row>(row, a.row_);
            column_ok = column_ok || assign_if<Article20Column>(column, a.column_);
            break;
        case TableKind::report: {
            row_ok = row_ok || assign_if<ReportItem>(row, a.row_);
            if (column.empty()) break;
            auto const* item = std::get_if<ReportItem>(&a.row_);
            if (item && *item == ReportItem::statistics_period) {
                column_ok = assign_if<PeriodBound>(column, a.column_);
            } else if (item && *item == ReportItem::section) {
                int n = 0;
                auto const [end, ec] = std::from_chars(column.data(), column.data() + column.size(), n);
                column_ok = ec == std::errc{} && end == column.data() + column.size() && n > 0;
                if (column_ok) a.column_ = SectionNumber{n};
            }
            break;
        }
        default:
            return bad("CellAddress: " + std::to_string(static_cast<int>(table)) +
                       " is no TableKind");
    }
    if (!row_ok)
        return bad("CellAddress: \"" + std::string(row) + "\" is no row id of the " +
                   std::string(id(table)) + " table");
    if (!column_ok)
        return bad("CellAddress: \"" + std::string(column) + "\" is no column id of row \"" +
                   std::string(row) + "\" of the " + std::string(id(table)) + " table");
    return a;
}

CellAddress CellAddress::from_ids(TableKind table, std::string_view row, std::string_view column) {
    return try_from_ids(table, row, column).value();
}

}  // namespace govinfo
