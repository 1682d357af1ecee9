// HTML → Document. The page is read once by the HTML reader of parse/html.cpp (its tokenizer,
// entities, layout-cell look-ahead, Chinese line wrapping and limits), which writes each block
// as a line and records every data-table cell with its grid position and spans. Lines that hold
// recorded cells become the rows of a DocumentTable; every other line is a Paragraph.
//
// A table whose rows are interrupted by other lines (a layout cell's article inside a row, a
// row that is all layout) becomes several DocumentTables, one per unbroken run of rows, each
// numbered from its own first row; the table readers join such parts as they join a table
// split across pages. A row whose cells all hold nothing writes no line; its empty cells are
// dropped with it (nothing is lost: they held no text).
#include <algorithm>
#include <string>

#include "parse/html.hpp"
#include "text/normalize.hpp"
#include "source/readers.hpp"

namespace govinfo::detail {
namespace {

// Adds the recorded cells of one output line to `part`, rows numbered from `first_row`.
void add_row(DocumentTable& part, std::uint32_t first_row, HtmlText const& html,
             std::vector<HtmlText::Cell> const& cells, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
        HtmlText::Cell const& c = cells[k];
        DocumentCell cell;
        cell.row = c.row - first_row;
        cell.column = c.column;
        cell.row_span = c.row_span;
        cell.column_span = c.column_span;
        cell.text = std::string(trim(std::string_view(html.text).substr(c.begin, c.end - c.begin)));
        cell.where.line = c.source_line;
        part.rows = std::max(part.rows, cell.row + 1);
        part.columns = std::max(part.columns, cell.column + cell.column_span);
        part.cells.push_back(std::move(cell));
    }
}

// A rowspan reaching past the part's last row is cut at it: the part holds no row below.
void clamp_spans(DocumentTable& part) {
    for (DocumentCell& c : part.cells) c.row_span = std::min(c.row_span, part.rows - c.row);
    // Cells open row by row, left to right: already in order unless the page was malformed.
    auto const before = [](DocumentCell const& a, DocumentCell const& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    };
    if (!std::is_sorted(part.cells.begin(), part.cells.end(), before))
        std::stable_sort(part.cells.begin(), part.cells.end(), before);
}

}  // namespace

Document html_document(std::string_view source) {
    HtmlText const html = html_to_text(source, HtmlCells::record);
    std::vector<HtmlText::Cell> const& cells = html.cells;
    Document d;
    d.kind = SourceKind::html;
    DocumentTable* part = nullptr;  // the part the previous line was a row of
    std::uint32_t part_table = 0, first_row = 0;
    std::size_t next = 0;  // cells[next] is the first cell not yet placed
    std::size_t start = 0;
    for (std::size_t i = 0; start < html.text.size(); ++i) {
        std::size_t end = html.text.find('\n', start);
        if (end == std::string::npos) end = html.text.size();
        // Cells recorded before this line's start sat on rows that wrote no line: all empty.
        while (next < cells.size() && cells[next].begin < start) ++next;
        std::size_t last = next;
        while (last < cells.size() && cells[last].begin <= end &&
               cells[last].table == cells[next].table)
            ++last;
        SourceLocation where;
        if (i < html.source_line.size()) where.line = html.source_line[i];
        if (last == next) {
            part = nullptr;
            std::string_view const text = trim(std::string_view(html.text).substr(start, end - start));
            if (!text.empty()) d.blocks.emplace_back(Paragraph{std::string(text), where});
        } else {
            std::uint32_t const table = cells[next].table;
            if (!part || part_table != table || cells[next].row < first_row) {
                part = &std::get<DocumentTable>(d.blocks.emplace_back(DocumentTable{}));
                part->where.line = cells[next].source_line;
                part_table = table;
                first_row = cells[next].row;
            }
            add_row(*part, first_row, html, cells, next, last);
            // Cells of another table on the same line cannot happen (a table ends the line);
            // any left are empty and skipped by the next line's catch-up.
            next = last;
        }
        start = end + 1;
    }
    for (Block& b : d.blocks)
        if (auto* t = std::get_if<DocumentTable>(&b)) clamp_spans(*t);
    return d;
}

}  // namespace govinfo::detail
