#include "text/search.hpp"

#include <cstring>

#include "text/swar.hpp"

namespace govinfo::detail {

std::size_t find_from(std::string_view s, std::string_view needle, std::size_t from) noexcept {
    // Look for the needle's last byte with memchr, then compare the rest. In UTF-8 Chinese text
    // the last byte of a character is one of 64 continuation bytes, while its first byte is one
    // of a handful of lead bytes (E4…E9): string_view::find, which looks for the first byte,
    // stops and compares every few characters. The candidates are tried in increasing position,
    // so the first full match is the one find() returns.
    if (needle.size() < 2) return s.find(needle, from);
    if (from > s.size() || s.size() - from < needle.size()) return std::string_view::npos;
    std::size_t const k = needle.size() - 1;
    char const* p = s.data() + from + k;
    char const* const end = s.data() + s.size();
    while (p < end) {
        auto const* hit = static_cast<char const*>(
            std::memchr(p, needle[k], static_cast<std::size_t>(end - p)));
        if (!hit) return std::string_view::npos;
        if (std::memcmp(hit - k, needle.data(), k) == 0)
            return static_cast<std::size_t>(hit - k - s.data());
        p = hit + 1;
    }
    return std::string_view::npos;
}

std::size_t find_byte(std::string_view s, std::size_t from, char c) noexcept {
    // Eight bytes at a time; the lowest mark of bytes_equal is the first such byte.
    std::size_t i = from;
    for (; i + 8 <= s.size(); i += 8) {
        if (auto const found = swar::bytes_equal(swar::load(s.data() + i), static_cast<std::uint8_t>(c)))
            return i + static_cast<std::size_t>(swar::first_marked(found));
    }
    for (; i < s.size(); ++i)
        if (s[i] == c) return i;
    return std::string_view::npos;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    // A guess, not a count: counting the newlines first cost a byte-by-byte pass over the whole
    // input, more than the split itself; a wrong guess only costs a regrowth of the vector.
    lines.reserve(text.size() / 48 + 1);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == text.size()) break;
        start = end + 1;
    }
    if (!lines.empty() && lines.back().empty() && !text.empty() && text.back() == '\n')
        lines.pop_back();
    return lines;
}

}  // namespace govinfo::detail
