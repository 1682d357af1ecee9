#pragma once
// Internal: text a browser wrote out of an HTML table (document.body.innerText, or the page
// selected and copied), seen by its layout, joined back into one line per table row.
//
// Chromium writes a cell that holds paragraphs (<td><p>821</p></td>, as most agencies' pages do)
// on its own line, padded by empty lines, and the tab between two cells on a line of its own:
//
//     一、本年新收政府信息公开申请数量
//
//     <TAB>
//
//     821
//
// so a table comes out one cell per line with the separators between them, a cell holding only
// &nbsp; as a line holding only U+00A0. Read as lines, the tab lines look like blank cells and
// the rows run together. Joined at the separators, each row becomes one tab-separated line, as
// the line readers know HTML rows: "一、本年新收…\t821\t35\t\u00a0\t\u00a0\t2\t1\t859".
#include <string>
#include <string_view>
#include <vector>

namespace govinfo::detail {

struct JoinedLine {
    std::string text;
    std::size_t line = 0;  // 0-based index of the first source line it was joined from
    // For each tab-separated field of `text`, the 0-based source line its text came from;
    // npos for a field with no text (an empty cell between two separators).
    std::vector<std::size_t> field_lines;
};

// Whether the lines are such a copy: at least `min_separators` lines holding only tabs (and
// spaces) each stand between an empty line before and after, with no tab starting the nearest
// text line on either side (one-cell-per-line exports that prefix every cell with a tab, where a
// tab line is a blank cell, are not).
bool looks_like_browser_copy(std::vector<std::string_view> const& lines,
                             std::size_t min_separators = 4);

// The lines joined at the separators. How many empty lines stand between a cell's text and the
// separator after it is the copy's own padding (Chromium: one, from the cell's <p>); call it g.
// A separator line (only tabs and spaces) adds its tabs to the row being built, as does a line
// that starts with a tab ("\t&nbsp;\t&nbsp;", cells without a <p>), or starts a new row (its
// first cell empty) when more than g empty lines stand before it (the row break adds
// its own). A line of text after a separator continues the row; after another line of text it
// starts a new row: a heading or paragraph around the table is padded as a cell is, so a cell
// of two paragraphs (<p>一</p><p>二</p>) comes out as two rows, never a heading as part of a
// cell. Empty lines are dropped; a line of text keeps its spaces.
std::vector<JoinedLine> join_browser_copy(std::vector<std::string_view> const& lines);

}  // namespace govinfo::detail
