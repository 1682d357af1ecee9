#pragma once
// Internal: an HTML page or fragment turned into the line-based text the table readers know.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govinfo::detail {

struct HtmlText {
    // One line per block element; every <tr> is one line with its cells joined by '\t'.
    // A cell spanning several columns (colspan=n) is followed by n-1 empty cells; a cell
    // spanning several rows (rowspan=n) appears in its first row, and the rows below get an empty
    // cell in its place, so column positions stay aligned. Entities are decoded, &nbsp; becomes
    // a space, scripts, styles and comments are dropped.
    std::string text;
    // source_line[i] is the 1-based line of the HTML input where output line i+1 starts.
    std::vector<std::uint32_t> source_line;
    // With HtmlCells::record: every cell of a data table (layout cells excepted, whose content
    // is written as ordinary lines), in the order they open. html_document() builds the grids
    // of a Document from these.
    struct Cell {
        std::uint32_t table = 0;  // which <table> of the page, numbered from 0 as they open
        std::uint32_t row = 0, column = 0;  // top-left position in that table's grid, from 0
        std::uint32_t row_span = 1, column_span = 1;  // as clamped
        std::size_t begin = 0, end = 0;  // the cell's text is text.substr(begin, end - begin)
        std::uint32_t source_line = 0;   // 1-based line of its <td> or <th>
    };
    std::vector<Cell> cells;
};

enum class HtmlCells { skip, record };

// Whether decoded text is HTML, by its structure anywhere in the text (html.cpp says how).
bool looks_like_html(std::string_view text) noexcept;
HtmlText html_to_text(std::string_view html, HtmlCells cells = HtmlCells::skip);

}  // namespace govinfo::detail
