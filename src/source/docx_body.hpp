#pragma once
// Internal: the body of word/document.xml as Document blocks, in the order Word shows them.
//
// Paragraphs: the text of their runs, however a producer split them (a label cut into five runs
// by a spell checker, bookmarks and proofing marks between them), inside hyperlinks, smart tags,
// content controls (w:sdt; a control still showing its placeholder prompt is empty), custom XML,
// insertions and moves; without deleted or moved-away text, field instructions (a field's result
// is kept), hidden text (w:vanish) and ruby annotations. w:tab is '\t', w:br and w:cr end a line
// of the paragraph, w:noBreakHyphen is '-', w:softHyphen and U+00AD are dropped, w:sym is its
// character. Of mc:AlternateContent only the first choice is read (its fallback repeats it). A
// list paragraph starts with the number Word shows (docx_numbering.hpp).
//
// Text boxes (w:txbxContent, in a drawing or a VML shape) become blocks of their own right after
// the paragraph that anchors them.
//
// Tables: a grid of cells with their spans (docx_grid.hpp); a cell's text is its paragraphs'
// lines joined by '\n'. A header row Word repeats on every page (w:tblHeader) is written once and
// read once. A table one of whose cells holds another table or running text (more than 200
// characters), and a table of one column (a frame around text), is layout, not data: it is
// unwrapped, and the content of its cells becomes blocks in reading order (row by row, left to
// right), nested tables as tables of their own. So a page laid out in a table, with the
// statutory tables inside it, gives those tables, and text set in columns gives paragraphs.
//
// Paragraph numbers: SourceLocation::line counts every w:p read, in document order, table cells
// and text boxes included; a cell and a table are where their first paragraph is.
#include <pugixml.hpp>

#include <cstdint>
#include <string_view>

#include "govinfo/document.hpp"
#include "govinfo/read_document.hpp"
#include "govinfo/result.hpp"
#include "source/docx_numbering.hpp"
#include "source/docx_xml.hpp"

namespace govinfo::detail {

// Elements nest at most this deep below the document's root; deeper is refused
// (input_too_large): no Word file nests beyond a few tens, and the reader recurses.
inline constexpr unsigned kMaxDocxDepth = 200;

// The tables of a document hold at most this many grid positions in all (rows times columns):
// a real report has a few thousand, while a few hundred bytes of XML (a row of 1,024 columns
// over many empty rows) could otherwise make a grid of billions that flattening writes out.
// More is refused (input_too_large).
inline constexpr std::uint64_t kMaxDocxGridPositions = std::uint64_t{1} << 24;

// The blocks of the document whose root element is `root` (w:document).
Result<Document> read_docx_body(pugi::xml_node root, ListNumbering& numbering);

// The bytes of a word/document.xml alone (no archive; list numbers from `numbering_xml` when
// given) as a Document, under the budget of options.max_unpacked_bytes. What the XML fuzz
// target and the tests of the XML layer call.
Result<Document> read_docx_xml(std::string_view document_xml, ReadOptions const& options = {},
                               std::string_view numbering_xml = {});

}  // namespace govinfo::detail
