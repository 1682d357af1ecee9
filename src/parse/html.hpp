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
};

// Whether decoded text is HTML, by its structure anywhere in the text (html.cpp says how).
bool looks_like_html(std::string_view text) noexcept;
HtmlText html_to_text(std::string_view html);

}  // namespace govinfo::detail
