#pragma once
// Internal: which lines of a page are a table and which are running text. A table shows lines
// of several chunks (a label and its values) one below the other; its region runs from the first
// such line to the last while no line is more than four and a half sizes below the one before,
// and takes in the short lines between and just around them (a header row 第二十条第（一）项, a
// label whose values are blank, the letters of a vertical label). A section heading (三、收到和处理政府信息公开申请
// 情况) or a line of running text as wide as the page ends it. A lone line of two chunks is text.
#include <cstddef>
#include <vector>

#include "source/page_lines.hpp"

namespace govinfo::detail {

struct Region {
    std::size_t first = 0, end = 0;  // lines [first, end)
    bool table = false;
};

// `lines`: a page's lines without its furniture, top to bottom. The regions cover them all, in
// order.
std::vector<Region> find_regions(std::vector<TextLine const*> const& lines);

}  // namespace govinfo::detail
