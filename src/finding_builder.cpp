// FindingBuilder: typed addresses written as the ids findings have always printed.
#include "govinfo/finding_builder.hpp"

#include <stdexcept>

#include "govinfo/labels.hpp"

namespace govinfo {
namespace {

// The column ids of `cells`, comma-separated; throws std::invalid_argument for a cell of
// another table or row than `row` (a caller's mistake, not bad input).
std::string column_list(CellAddress const& row, std::span<CellAddress const> cells) {
    std::string out;
    for (auto const& c : cells) {
        if (c.table() != row.table() || c.row() != row.row())
            throw std::invalid_argument("FindingBuilder: a cell of row \"" + c.row_id() +
                                        "\" listed with row \"" + row.row_id() + "\"");
        if (!out.empty()) out += ',';
        out += c.column_id();
    }
    return out;
}

}  // namespace

FindingBuilder& FindingBuilder::at(CellAddress const& where) {
    f_.table = where.table();
    f_.row = where.row_id();
    f_.column = where.column_id();
    return *this;
}

FindingBuilder& FindingBuilder::at_cells(CellAddress const& row,
                                         std::span<CellAddress const> cells) {
    std::string columns = column_list(row, cells);
    at(row);
    f_.column = std::move(columns);
    return *this;
}

FindingBuilder& FindingBuilder::at_cells(TableKind table, std::span<CellAddress const> cells) {
    std::string columns;
    for (auto const& c : cells) {
        if (c.table() != table)
            throw std::invalid_argument("FindingBuilder: a cell of the " +
                                        std::string(id(c.table())) + " table listed in the " +
                                        std::string(id(table)) + " table");
        if (!columns.empty()) columns += ',';
        if (!std::holds_alternative<std::monostate>(c.row())) {
            columns += c.row_id();
            columns += '.';
        }
        columns += c.column_id();
    }
    at(CellAddress(table));
    f_.column = std::move(columns);
    return *this;
}

FindingBuilder& FindingBuilder::actual_cells(CellState state, std::span<CellAddress const> cells) {
    std::string const columns = cells.empty() ? std::string() : column_list(cells.front(), cells);
    f_.actual.assign(id(state));
    f_.actual += ": ";
    f_.actual += columns;
    return *this;
}

}  // namespace govinfo
