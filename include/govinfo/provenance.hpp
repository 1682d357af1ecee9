#pragma once
// How a cell was decided when the parser did not read it straight from its own position.
//
// Most cells are read where the report prints them. Some are not: a row printed with fewer values
// than cells is placed by its 总计, digits run together are split the way the table's identities
// allow, a scrambled review table is regrouped by its totals, values printed apart from their
// labels are placed on the rows left open in table order. Such a reading is an inference, and
// a check whose numbers rest on it says so (FindingCode::reading_in_doubt) instead of accusing
// the agency. The record is a sparse list on the report (Report::provenance), not a field of
// Cell: it costs nothing for the cells read plainly, which are nearly all of them.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <string>

#include "govinfo/finding.hpp"

namespace govinfo {

enum class CellOrigin {
    placed_by_total,     // a row with fewer values than cells, placed where 总计 = sum puts them
    split_glued_digits,  // digits printed together, split the one way the table's identities allow
    regrouped_by_total,  // values printed out of order, regrouped where a group's 总计 adds up
    chosen_by_evidence,  // several splits fit the table; a number stated elsewhere picked one
    placed_by_order,     // values printed apart from their labels, placed on the rows left open
                         // between labelled rows, in table order
};
BOOST_DESCRIBE_ENUM(CellOrigin, placed_by_total, split_glued_digits, regrouped_by_total,
                    chosen_by_evidence, placed_by_order)

// One cell that was not read straight from its own position. `row` and `column` are the ids the
// findings and the JSON use (ApplicationRow / ReviewGroup / Article20Row, and the column's id);
// `detail` says in words what was printed and how the value was decided.
struct CellProvenance {
    TableKind table = TableKind::applications;
    std::string row;
    std::string column;
    CellOrigin how = CellOrigin::placed_by_total;
    std::string detail;

    friend bool operator==(CellProvenance const&, CellProvenance const&) = default;
};
BOOST_DESCRIBE_STRUCT(CellProvenance, (), (table, row, column, how, detail))

}  // namespace govinfo
