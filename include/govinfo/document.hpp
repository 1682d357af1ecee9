#pragma once
// The seam every source goes through. Text, HTML, Word (DOCX) and PDF readers each turn their
// bytes into one Document: paragraphs and tables in reading order, each table a grid of cells
// with their spans, text and where they came from. The statutory table readers consume only
// this; they never see a source format. A table here is whatever the source laid out as a grid
// (an HTML <table>, a Word w:tbl, words a PDF aligned in rows and columns), not yet a statutory
// table: deciding which rows are 一、本年新收… is the table readers' job.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/source_location.hpp"

namespace govinfo {

// What the bytes were, recognised from the bytes themselves, never from a file name.
enum class SourceKind {
    text,  // plain text in any encoding decode_to_utf8 knows (UTF-8, GB18030, UTF-16 with BOM)
    html,  // an HTML page or fragment
    pdf,   // a PDF file (needs the PDF reader, a build option: poppler is GPL)
    docx,  // an Office Open XML word-processing file
};
BOOST_DESCRIBE_ENUM(SourceKind, text, html, pdf, docx)

// One cell of a source table. A cell spanning several rows or columns appears once, at its
// top-left position; the positions it covers hold no other cell. Positions no cell covers are
// empty (a ragged HTML row, a PDF row with nothing printed in a column).
struct DocumentCell {
    std::uint32_t row = 0, column = 0;  // 0-based top-left position in the grid
    std::uint32_t row_span = 1, column_span = 1;
    // The cell's text: its paragraphs (or a PDF cell's lines) joined by '\n', each trimmed.
    // An empty string is a cell with nothing written in it: blank, never 0.
    std::string text;
    SourceLocation where;
};
BOOST_DESCRIBE_STRUCT(DocumentCell, (), (row, column, row_span, column_span, text, where))

struct Paragraph {
    std::string text;  // one paragraph (text: one line), trimmed; never empty
    SourceLocation where;
};
BOOST_DESCRIBE_STRUCT(Paragraph, (), (text, where))

struct DocumentTable {
    std::uint32_t rows = 0, columns = 0;
    std::vector<DocumentCell> cells;  // ordered by row, then column
    SourceLocation where;             // where the table starts
    // Plain text only: the lines the grid was made of, as written (a Markdown table's separator
    // row included), each at its line. When the grid does not give a statutory table's rows and
    // columns after all, the text-layout readers read these lines, as they read any text.
    std::vector<Paragraph> source_lines;
};
BOOST_DESCRIBE_STRUCT(DocumentTable, (), (rows, columns, cells, where, source_lines))

using Block = std::variant<Paragraph, DocumentTable>;

struct Document {
    SourceKind kind = SourceKind::text;
    std::string encoding;  // text and HTML: what the bytes were decoded from; else ""
    std::uint32_t pages = 0;  // PDF: the number of pages; else 0
    std::vector<Block> blocks;  // in reading order
    // What the source reader noticed (a scanned PDF without a text layer, a table cut off by a
    // limit, an unsupported element). These go into the ParseResult's diagnostics.
    std::vector<Finding> diagnostics;
};

}  // namespace govinfo
