#pragma once
// Internal: a Document written out as the lines the line-based table readers know. A paragraph
// is a line (at its own line number, for text sources, so that the blank lines between cells
// that some layouts rely on come back); a table row is one line (for text sources, at the line
// number of its first cell) with its cells joined by '\t',
// a spanned position holding an empty cell, as the HTML reader has always written tables.
// Every line keeps the SourceLocation it came from, so findings point into the original file.
#include <string>
#include <vector>

#include "govinfo/document.hpp"

namespace govinfo::detail {

struct FlatText {
    std::string text;                   // lines joined by '\n'
    std::vector<SourceLocation> where;  // where[i]: the source of line i+1 of `text`
    // Where each table's rows went: row r of document.blocks[block] is line rows[r] (0-based);
    // its rows lie in lines [first, end). The table readers read these grids cell by cell.
    // A text source's rows stand at their own line numbers, as its paragraphs do.
    struct TableLines {
        std::uint32_t block = 0;
        std::size_t first = 0, end = 0;
        std::vector<std::size_t> rows;
    };
    std::vector<TableLines> tables;
};

FlatText flatten(Document const& document);

// flatten(text_document(text)), without the Document: each line of decoded text (UTF-8, LF or
// CRLF line ends) is copied once instead of into a paragraph and then into the lines. try_parse
// reads text through this when it is not a browser's copy (which text_document joins into
// rows first); the result is then the same, which a test checks.
FlatText flatten_text(std::string_view text);
// The same over the text's split_lines(), when the caller has them already.
FlatText flatten_text(std::string_view text, std::vector<std::string_view> const& lines);

// A cell's lines joined into one: nothing between two lines of Chinese ("本年新" / "制作数量" is
// one label wrapped by the cell's width), a space between two ASCII words; tabs become spaces.
std::string one_line(std::string_view text);

}  // namespace govinfo::detail
