#pragma once
// Internal: finding things in text: a substring, a byte, the lines.
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace govinfo::detail {

// s.find(needle, from): the first occurrence of `needle` at or after `from`, or npos. Faster
// than string_view::find on Chinese text (see search.cpp), with the same answer.
std::size_t find_from(std::string_view s, std::string_view needle, std::size_t from = 0) noexcept;

inline bool contains(std::string_view s, std::string_view needle) noexcept {
    return find_from(s, needle) != std::string_view::npos;
}

// Whether s contains one of `needles`.
template <class Needles>
bool contains_any(std::string_view s, Needles const& needles) noexcept {
    for (std::string_view n : needles)
        if (contains(s, n)) return true;
    return false;
}
inline bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles) noexcept {
    return contains_any<std::initializer_list<std::string_view>>(s, needles);
}

// s.find(c, from), for strings of a few bytes (table cells), where memchr's call and set-up cost
// more than the search.
std::size_t find_byte(std::string_view s, std::size_t from, char c) noexcept;

// The input split at '\n' (a trailing '\r' is dropped); line i of the result is line i+1.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace govinfo::detail
