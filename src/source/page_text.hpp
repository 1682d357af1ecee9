#pragma once
// Internal: the text of a laid-out page as a PDF reader hands it over, words and their boxes, and
// nothing of the library that extracted them. Everything that turns these words into paragraphs
// and grids (page_lines, page_grid, page_layout) works on this, so it can be tested and fuzzed
// with words made up in a test, and it builds without poppler.
#include <cstdint>
#include <string>
#include <vector>

#include "govinfo/source_location.hpp"

namespace govinfo::detail {

struct PageWord {
    std::string text;  // UTF-8, no spaces inside (a producer's word or run)
    Box box;           // points, origin at the page's top-left corner, y downwards
    bool space_after = false;  // the extractor saw a space (a gap of a space's width) after it
    // Written top to bottom across the page's lines (a word turned by a quarter: a label set
    // vertically in a table cell). Its box is tall and narrow and its size is its width.
    bool vertical = false;
};

struct PageText {
    std::uint32_t number = 0;       // 1-based page number
    double width = 0, height = 0;   // the page box, in points
    std::vector<PageWord> words;    // in any order
    // Words written upside down relative to the page's text: not read, counted so that the
    // reader can say so.
    std::uint32_t upside_down_words = 0;
};

}  // namespace govinfo::detail
