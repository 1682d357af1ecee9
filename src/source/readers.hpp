#pragma once
// Internal: one reader per source kind, each bytes → Document. read_document.cpp recognises the
// kind and calls one of them. PDF and DOCX readers are compiled only with their build options
// (GOVINFO_WITH_PDF, GOVINFO_WITH_DOCX); without them read_document says so.
#include <string_view>

#include "govinfo/document.hpp"
#include "govinfo/read_document.hpp"
#include "govinfo/result.hpp"

namespace govinfo::detail {

// Decoded text (UTF-8, LF line ends) as a Document: runs of lines laid out as table rows (tabs,
// Markdown pipes) as grids (text_grid.hpp), every other non-empty line a paragraph with its line
// number; a browser's copy of a table page (browser_copy.hpp) is first joined into one line per
// table row.
Document text_document(std::string_view text);
// Decoded HTML as a Document: block elements as paragraphs, <table> elements as grids.
Document html_document(std::string_view html);

Result<Document> read_pdf(std::string_view bytes, ReadOptions const& options);   // pdf.cpp
Result<Document> read_docx(std::string_view bytes, ReadOptions const& options);  // docx.cpp

}  // namespace govinfo::detail
