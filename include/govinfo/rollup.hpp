#pragma once
// Many agencies summed: the reports of one year and format added up cell by cell (for example all
// departments of a city), and a published report compared with such a sum (docs/series.md).
#include <string>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"
#include "govinfo/result.hpp"

namespace govinfo {

// Sums `reports` cell by cell into one report of the same format and year, whose agency is
// `agency`; title, source, period, sections and table locations stay empty.
//
// Refused, naming the offending report by its position (1-based), agency and source:
//   no reports                       ErrorCode::no_report
//   a report without a year, or of another format or year than report 1
//                                    ErrorCode::rollup_mixed
//   a sum that does not fit          ErrorCode::rollup_overflow
//
// Each cell of the sum:
//   - any input blank                   → blank (an unknown addend makes the sum unknown)
//   - every input "/"                   → "/" (the item applies to none of them)
//   - "/" in some inputs, numbers in the others → blank, and an info finding
//     (rollup_mismatch, evaluable == false) in the sum's `diagnostics` naming the cell: "/" in a
//     count cell may mean "none" or "not filled", and the sum must not guess which
//   - otherwise the exact sum.
// Money is added exactly (Decimal). 万元 and 元 are both exact units: when both occur, amounts in
// 元 are converted to 万元 (1 万元 = 10000 元, a shift of the decimal point) and the sum is in 万元.
// An amount of unknown unit (2019 采购总金额 without a unit) can be added only when it is the one
// non-zero amount of the cell (0 is 0 in any unit); otherwise the sum cell is blank, with an info
// finding in `diagnostics`.
Result<Report> try_rollup(std::vector<Report> const& reports, std::string agency = {});
// Throwing twin: returns the sum or throws govinfo::Exception.
[[nodiscard]] Report rollup(std::vector<Report> const& reports, std::string agency = {});

// Compares a published report (say, a city government's) with the rollup of its parts (its
// departments) and lists every cell where they differ, as rollup_mismatch findings with the
// cell's table, row and column, expected = the rollup's value, actual = the published value
// (a count "12", money "177.1万元", or "blank" / "not_applicable"):
//   - the rollup holds a number and the published cell another number, or no number → warning;
//   - the rollup has no number (blank or "/") and the published cell has one → info,
//     evaluable == false: that cell cannot be checked;
//   - money in 万元 and 元 compares by value; a known and an unknown unit compare only when the
//     amounts are equal, otherwise the cell is not evaluable.
// Reports of different formats, or of two different known years, are not compared cell by cell:
// one info finding (evaluable == false) says so.
[[nodiscard]] std::vector<Finding> compare_rollup(Report const& published, Report const& rollup);

}  // namespace govinfo
