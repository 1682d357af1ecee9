#pragma once
// Where in its input a report or a finding is, as the command prints it before the message.
#include <cstdint>
#include <string>
#include <string_view>

namespace govinfo::cli {

// "file:12" for a line of a text, HTML or Word source (a Word file's "line" is its paragraph
// number, source_location.hpp); "file (page 4)" for a PDF, which has pages but no lines; the
// bare name when neither is known. A PDF used to show "file:0", which reads as a line that does
// not exist. `source` is printed as given: callers escape it for where it goes.
inline std::string source_place(std::string_view source, std::uint32_t line, std::uint32_t page = 0) {
    std::string out(source);
    if (line) return out + ":" + std::to_string(line);
    if (page) return out + " (page " + std::to_string(page) + ")";
    return out;
}

}  // namespace govinfo::cli
