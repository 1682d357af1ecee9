#pragma once
// The one way to build a Finding. Where it points is a typed CellAddress (cell_address.hpp), and
// the cells a finding lists (the blank cells of a row, the cells a split left open) are a typed
// list of addresses in one row; the builder writes their ids into Finding::table, row, column and
// actual exactly as JSON, CSV and Python have always shown them ("blank: natural_person,…").
//
//     Finding f = FindingBuilder(FindingCode::app_row_total, Severity::error)
//                     .at(CellAddress(ApplicationRow::new_received))
//                     .expected("839").actual("838").message("…")
//                     .build();
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "govinfo/cell.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/source_location.hpp"

namespace govinfo {

class FindingBuilder {
public:
    // A finding of `code` at `severity`, about the report as a whole until at() says otherwise.
    FindingBuilder(FindingCode code, Severity severity) {
        f_.code = code;
        f_.severity = severity;
    }

    // Where it points: table, row id and column id.
    FindingBuilder& at(CellAddress const& where);
    // Cells of the row `row` names, their columns listed in `column` comma-separated
    // ("in_force,published"; "" for none). A cell of another table or row is a programming
    // error and throws std::invalid_argument.
    FindingBuilder& at_cells(CellAddress const& row, std::span<CellAddress const> cells);
    // Cells of several rows of `table`: no row, and the cells listed in `column` as
    // "row.column" comma-separated ("review.upheld,litigation_direct.total"; a cell without a
    // row as its column). A cell of another table throws std::invalid_argument.
    FindingBuilder& at_cells(TableKind table, std::span<CellAddress const> cells);
    // `actual` naming cells of one row in `state`: "blank: natural_person,legal_person". The
    // cells are checked as for at_cells against the first; at() says where the finding points.
    FindingBuilder& actual_cells(CellState state, std::span<CellAddress const> cells);

    FindingBuilder& expected(std::string text) {
        f_.expected = std::move(text);
        return *this;
    }
    FindingBuilder& actual(std::string text) {
        f_.actual = std::move(text);
        return *this;
    }
    FindingBuilder& message(std::string text) {
        f_.message = std::move(text);
        return *this;
    }
    // The source line (the paragraph of a Word file); the page and box of a PDF source.
    FindingBuilder& line(std::uint32_t line) {
        f_.line = line;
        return *this;
    }
    FindingBuilder& page(std::uint32_t page, std::optional<Box> box) {
        f_.page = page;
        f_.box = box;
        return *this;
    }
    FindingBuilder& located(SourceLocation const& where) {
        f_.line = where.line;
        return page(where.page, where.box);
    }
    // A check whose inputs could not all be read: neither passed nor failed (Finding::evaluable).
    FindingBuilder& not_evaluable() {
        f_.evaluable = false;
        return *this;
    }
    // Series and rollup findings: the year they are about, and the earlier year of a pair.
    FindingBuilder& years(std::optional<int> year, std::optional<int> previous = std::nullopt) {
        f_.year = year;
        f_.previous_year = previous;
        return *this;
    }

    // The finding; the builder is left empty.
    [[nodiscard]] Finding build() { return std::move(f_); }

private:
    Finding f_;
};

}  // namespace govinfo
