#pragma once
// Internal: how plain text becomes a Document. Text has no cells, only a layout; where that
// layout gives rows and columns honestly, the rows become a grid (a DocumentTable) that the
// table readers read cell by cell, as they read an HTML or Word table. Two families do:
//
//   tab-separated rows   "规章\t1\t0\t11": a spreadsheet's or a browser's copy of a table, or
//                        a browser's innerText joined back into rows (browser_copy.hpp);
//   Markdown pipe rows   "| 规章 | 1 | 0 | 11 |" and "规章 | 1 | 0 | 11 |", separator rows
//                        ("|---|:--:|") dropped.
//
// A run of such lines (no empty line between them) becomes one grid when at least two of its
// lines, and at least half of them, hold two or more non-empty fields, no line more than 64 and
// the grid at most 2^20 positions (the grid reader's own bound): one cell per line with a
// tab or a pipe before or after it (a layout in which every cell has its own line) is no row
// layout and stays lines. Each field is a cell at its own column, trimmed; an empty field after
// the row's first text is a blank cell (never 0); empty fields at its start are positions no
// cell covers. Rows may be ragged: a grid is as wide as its widest row. The grid keeps the lines
// it was made of (DocumentTable::source_lines), which the text-layout readers read when the grid
// does not give a statutory table's rows and columns after all. A copy that prints a label spanning
// rows only on its group's first row ("三、本年度办理结果\t（一）予以公开\t1…", then
// "\t（二）部分公开\t…") gets that label back as a cell spanning those rows.
//
// Everything else stays paragraphs, one per non-empty line, as written: text whose columns are
// only aligned by spaces (pdftotext -layout), one cell per line, values printed apart from their
// labels (pdftotext's default mode), digits glued together, a Markdown converter's scramble.
// The text-layout readers of src/parse/ read those lines, as the fallback.
#include <cstdint>
#include <string_view>
#include <vector>

#include "govinfo/document.hpp"

namespace govinfo::detail {

// One line of text as the grid finder sees it: its text and the 1-based source line it starts
// on; for a row a browser's copy joined from several lines, the source line of each of its
// tab-separated fields (else empty: every field is on `line`).
struct PlainTextLine {
    std::string_view text;
    std::uint32_t line = 0;
    std::vector<std::uint32_t> field_lines;
};

// The lines as blocks in reading order: grids where the layout gives rows and columns, the other
// non-empty lines as paragraphs. Each cell keeps its source line; a grid's `where` is its first
// row's line.
std::vector<Block> text_blocks(std::vector<PlainTextLine> const& lines);

// Whether text_blocks() would make any grid of these lines. Cheap: most text has no tab and no
// '|' at all, and try_parse reads such text straight from its lines.
bool has_text_grid(std::vector<std::string_view> const& lines);

}  // namespace govinfo::detail
