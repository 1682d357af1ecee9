#pragma once
// Internal: the pages of a laid-out document (the words a PDF shows, with their boxes) as one
// Document, in reading order:
//
//   page → lines (page_lines) → furniture left out (page_furniture) → tables and running text
//   (page_regions) → grids (page_grid) and paragraphs.
//
// A paragraph goes on while its lines fill the measure: a line that ends short, an indented line,
// a heading or a numbered item starts the next one; Chinese lines join without a space. A table
// at the foot of a page and one at the head of the next (nothing but page furniture between) are
// one table; the header rows the next page repeats are left out. What the reader cannot read is
// said in Document::diagnostics: pages without a text layer (scans), text beyond the page's edges
// (a table wider than the page), words printed upside down.
#include <vector>

#include "govinfo/document.hpp"
#include "source/page_text.hpp"

namespace govinfo::detail {

Document layout_document(std::vector<PageText> const& pages);

}  // namespace govinfo::detail
