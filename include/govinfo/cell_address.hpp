#pragma once
// Where a finding points: a table, and in it a row and a column, each typed by the model's own
// enums. The table follows from the types, so an application row cannot be put beside a review
// column or under the Article 20 table: the constructors below accept only pairs of one table.
// Finding::table/row/column hold the ids of such an address (finding_builder.hpp writes them),
// which is what JSON, CSV and Python show.
#include <boost/describe/enum.hpp>
#include <string>
#include <variant>
#include <vector>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/result.hpp"
#include "govinfo/review_litigation.hpp"

namespace govinfo {

// What a finding about the report as a whole (TableKind::report) is about. The enumerator names
// are the row ids findings print.
enum class ReportItem { year, agency, statistics_period, section, format };
BOOST_DESCRIBE_ENUM(ReportItem, year, agency, statistics_period, section, format)

// The start or end date of the statistics period (column ids "start", "end").
enum class PeriodBound { start, end };
BOOST_DESCRIBE_ENUM(PeriodBound, start, end)

// A numbered narrative section, 一 = 1 … (column id: the number, "5").
struct SectionNumber {
    int number = 0;
    friend bool operator==(SectionNumber, SectionNumber) = default;
};

class CellAddress {
public:
    using Row = std::variant<std::monostate, Article20Row, ApplicationRow, ReviewGroup, ReportItem>;
    using Column = std::variant<std::monostate, Article20Column, ApplicantColumn, ReviewColumn,
                                PeriodBound, SectionNumber>;

    // A whole table (no row, no column).
    constexpr explicit CellAddress(TableKind table = TableKind::report) noexcept : table_(table) {}

    // A cell, a whole row or a whole column of the application table.
    constexpr CellAddress(ApplicationRow r, ApplicantColumn c) noexcept
        : table_(TableKind::applications), row_(r), column_(c) {}
    constexpr explicit CellAddress(ApplicationRow r) noexcept
        : table_(TableKind::applications), row_(r) {}
    constexpr explicit CellAddress(ApplicantColumn c) noexcept
        : table_(TableKind::applications), column_(c) {}
    // … of the review and litigation table (a row is a group: 行政复议, …).
    constexpr CellAddress(ReviewGroup g, ReviewColumn c) noexcept
        : table_(TableKind::review_litigation), row_(g), column_(c) {}
    constexpr explicit CellAddress(ReviewGroup g) noexcept
        : table_(TableKind::review_litigation), row_(g) {}
    constexpr explicit CellAddress(ReviewColumn c) noexcept
        : table_(TableKind::review_litigation), column_(c) {}
    // … of the Article 20 tables.
    constexpr CellAddress(Article20Row r, Article20Column c) noexcept
        : table_(TableKind::article20), row_(r), column_(c) {}
    constexpr explicit CellAddress(Article20Row r) noexcept
        : table_(TableKind::article20), row_(r) {}
    constexpr explicit CellAddress(Article20Column c) noexcept
        : table_(TableKind::article20), column_(c) {}
    // Something of the report as a whole: its year, agency, statistics period, a section, its format.
    constexpr explicit CellAddress(ReportItem item) noexcept
        : table_(TableKind::report), row_(item) {}
    // One end of the statistics period; a numbered section.
    static constexpr CellAddress period(PeriodBound b) noexcept {
        CellAddress a(ReportItem::statistics_period);
        a.column_ = b;
        return a;
    }
    static constexpr CellAddress section(int number) noexcept {
        CellAddress a(ReportItem::section);
        a.column_ = SectionNumber{number};
        return a;
    }

    // The address the ids name, as for_each_cell and Finding spell them: a row id of `table`
    // (or "") and a column id of that table (or ""). try_from_ids fails with ErrorCode::bad_id
    // on an id of another table or of nothing, naming it; from_ids throws govinfo::Exception.
    [[nodiscard]] static Result<CellAddress> try_from_ids(TableKind table, std::string_view row,
                                                          std::string_view column);
    static CellAddress from_ids(TableKind table, std::string_view row, std::string_view column);

    constexpr TableKind table() const noexcept { return table_; }
    constexpr Row const& row() const noexcept { return row_; }
    constexpr Column const& column() const noexcept { return column_; }

    // The ids a finding prints: "new_received", "total", "5"; "" where there is none.
    std::string row_id() const;
    std::string column_id() const;

    friend bool operator==(CellAddress const&, CellAddress const&) = default;

private:
    TableKind table_;
    Row row_;
    Column column_;
};

// Where a finding points, read back from its ids (a finding read from JSON included): its table,
// its row and, when it names one column, that column; try_ fails with ErrorCode::bad_id on ids
// no table has (a finding written by hand), the plain name throws govinfo::Exception.
[[nodiscard]] Result<CellAddress> try_address_of(Finding const& f);
CellAddress address_of(Finding const& f);
// The cells a finding lists, as addresses in one row: the columns of `column` ("issued,in_force")
// or, for the blank-cell and "/" findings, the cells of `actual` ("blank: natural_person,…");
// else the one cell it names, or none when it names no single cell.
[[nodiscard]] Result<std::vector<CellAddress>> try_cells_of(Finding const& f);
std::vector<CellAddress> cells_of(Finding const& f);

}  // namespace govinfo
