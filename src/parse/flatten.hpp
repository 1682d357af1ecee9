#pragma once
// Internal: a Document written out as the lines the line-based table readers know. A paragraph
// is a line (at its own line number, for text sources, so that the blank lines between cells
// that some layouts rely on come back); a table row is one line with its cells joined by '\t',
// a spanned position holding an empty cell, as the HTML reader has always written tables.
// Every line keeps the SourceLocation it came from, so findings point into the original file.
#include <string>
#include <vector>

#include "govinfo/document.hpp"

namespace govinfo::detail {

struct FlatText {
    std::string text;                   // lines joined by '\n'
    std::vector<SourceLocation> where;  // where[i]: the source of line i+1 of `text`
};

FlatText flatten(Document const& document);

}  // namespace govinfo::detail
