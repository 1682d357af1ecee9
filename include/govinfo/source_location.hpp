#pragma once
// Where something came from in its source file: a line for text and HTML, a page and a box for
// PDF, a paragraph number for Word. Findings carry it so that a user can find the cell a finding
// is about in the file they hold.
#include "govinfo/detail/require_cxx20.hpp"  // first: a clear message before C++20 is used
#include <boost/describe/class.hpp>
#include <cstdint>
#include <optional>

namespace govinfo {

// A rectangle on a PDF page, in points (1/72 inch), origin at the page's top-left corner, y
// growing downwards (as poppler reports it).
struct Box {
    double left = 0, top = 0, right = 0, bottom = 0;
    friend bool operator==(Box const&, Box const&) = default;
};
BOOST_DESCRIBE_STRUCT(Box, (), (left, top, right, bottom))

struct SourceLocation {
    // Text and HTML: the 1-based line of the source where it starts. Word: the 1-based number of
    // the paragraph in document order (table cells' paragraphs included). 0 = unknown.
    std::uint32_t line = 0;
    std::uint32_t page = 0;  // PDF: the 1-based page; 0 = not a PDF
    std::optional<Box> box;  // PDF: on that page
    friend bool operator==(SourceLocation const&, SourceLocation const&) = default;
};
BOOST_DESCRIBE_STRUCT(SourceLocation, (), (line, page, box))

}  // namespace govinfo
