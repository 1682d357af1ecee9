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

namespace {

// The comma-separated parts of `text`.
std::vector<std::string_view> split_list(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0;;) {
        std::size_t const comma = text.find(',', at);
        out.push_back(text.substr(at, comma == std::string_view::npos ? text.npos : comma - at));
        if (comma == std::string_view::npos) return out;
        at = comma + 1;
    }
}

bool lists_cells_in_actual(FindingCode code) {
    return code == FindingCode::app_blank_cells || code == FindingCode::rev_blank_cells ||
           code == FindingCode::a20_blank_cells || code == FindingCode::cell_not_applicable;
}

}  // namespace

Result<CellAddress> try_address_of(Finding const& f) {
    std::string_view row = f.row, column = f.column;
    if (column.find(',') != std::string_view::npos) column = {};  // several: the row
    std::size_t const dot = row.empty() ? column.find('.') : std::string_view::npos;
    if (dot != std::string_view::npos) {  // one cell of a finding about several rows
        row = column.substr(0, dot);
        column.remove_prefix(dot + 1);
    }
    return CellAddress::try_from_ids(f.table, row, column);
}

CellAddress address_of(Finding const& f) { return try_address_of(f).value(); }

Result<std::vector<CellAddress>> try_cells_of(Finding const& f) {
    std::string_view columns = f.column;
    if (lists_cells_in_actual(f.code)) {
        std::size_t const colon = f.actual.find(": ");
        columns = colon == std::string::npos ? std::string_view()
                                             : std::string_view(f.actual).substr(colon + 2);
    }
    std::vector<CellAddress> out;
    if (columns.empty()) return out;
    for (auto column : split_list(columns)) {
        // A finding about several rows lists its cells as "row.column".
        std::string_view row = f.row;
        std::size_t const dot = row.empty() ? column.find('.') : std::string_view::npos;
        if (dot != std::string_view::npos) {
            row = column.substr(0, dot);
            column.remove_prefix(dot + 1);
        }
        if (row.empty()) return out;  // a column, not a cell
        auto a = CellAddress::try_from_ids(f.table, row, column);
        if (!a) return a.error();
        out.push_back(*a);
    }
    return out;
}

std::vector<CellAddress> cells_of(Finding const& f) { return try_cells_of(f).value(); }

}  // namespace govinfo
