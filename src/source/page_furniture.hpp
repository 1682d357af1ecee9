#pragma once
// Internal: the lines that belong to the page and not to the text: page numbers (-3-, — 3 —,
// 第3页, 第 3 页 共 6 页, 3/6, Page 3 of 6) and running heads and feet (a browser's date, title
// and address; a report title repeated at the top of each page). Only lines in the top or bottom
// tenth of a page qualify; a running head is the same text, digits aside, at the same height on
// at least half the pages (and on two or more). They are left out of paragraphs and tables, so
// that a table continued on the next page joins up and a page number never becomes a cell.
#include <vector>

#include "source/page_lines.hpp"
#include "source/page_text.hpp"

namespace govinfo::detail {

// furniture[p][i]: line i of page p is page furniture. `lines[p]` are the lines of `pages[p]`.
std::vector<std::vector<bool>> page_furniture(std::vector<PageText> const& pages,
                                              std::vector<std::vector<TextLine>> const& lines);

// Text (spaces removed) that is only a page number in one of the usual forms.
bool is_page_number(std::string_view text);

}  // namespace govinfo::detail
