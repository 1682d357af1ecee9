#include "parse/text.hpp"

#include <algorithm>
#include <array>

namespace govinfo::detail {

char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    auto const b = static_cast<unsigned char>(s[i]);
    int const len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return b;
    }
    char32_t cp = len == 1 ? b : (b & (0x7F >> len));
    for (int k = 1; k < len; ++k) {
        auto const c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((c & 0xC0) != 0x80) {
            ++i;
            return b;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_space(char32_t cp) noexcept {
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\f' || cp == '\v' ||
           cp == 0x00A0 || cp == 0x3000 || cp == 0x200B || cp == 0xFEFF || cp == 0x2002 ||
           cp == 0x2003 || cp == 0x2009;
}

namespace {

// Whether a code point that is_space() accepts can start with byte b, as next_code_point()
// decodes it (invalid bytes decode as themselves, overlong forms are read too). Most cells start
// with a digit or a hanzi, so this spares decoding them.
constexpr std::array<bool, 256> space_lead = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\r', '\n', '\f', '\v'}) t[c] = true;
    for (unsigned b : {0xA0u, 0xC0u, 0xC1u, 0xC2u, 0xE0u, 0xE2u, 0xE3u, 0xEFu, 0xF0u}) t[b] = true;
    return t;
}();
// Whether such a code point can end with byte b: an ASCII space, or a byte >= 0x80 whose low six
// bits are those of a space code point (U+0009…U+000D, U+0020, U+00A0, U+2002, U+2003, U+2009,
// U+200B, U+3000, U+FEFF).
constexpr std::array<bool, 256> space_tail = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\r', '\n', '\f', '\v'}) t[c] = true;
    for (unsigned b = 0x80; b < 0x100; ++b) {
        unsigned const low = b & 0x3F;
        t[b] = low == 0x00 || low == 0x02 || low == 0x03 || (low >= 0x09 && low <= 0x0D) ||
               low == 0x20 || low == 0x3F;
    }
    return t;
}();

}  // namespace

std::string_view trim(std::string_view s) noexcept {
    // Front: decode forward. Back: step back over continuation bytes to the lead byte.
    std::size_t i = 0;
    while (i < s.size() && space_lead[static_cast<unsigned char>(s[i])]) {
        std::size_t j = i;
        if (!is_space(next_code_point(s, j))) break;
        i = j;
    }
    s.remove_prefix(i);
    while (!s.empty() && space_tail[static_cast<unsigned char>(s.back())]) {
        std::size_t start = s.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 &&
               s.size() - start < 4)
            --start;
        std::size_t j = start;
        char32_t const cp = next_code_point(s, j);
        if (j != s.size() || !is_space(cp)) break;
        s.remove_suffix(s.size() - start);
    }
    return s;
}

std::size_t code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

bool is_cjk(char32_t cp) noexcept { return cp >= 0x3400 && cp <= 0x9FFF; }

std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // Fast paths, byte for byte what the general path gives: ASCII, and three-byte
        // characters U+4000…U+9FFF (lead bytes E4…E9), which are neither spaces nor full width.
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (!is_space(b)) out += static_cast<char>(b);
            ++i;
            continue;
        }
        if (b >= 0xE4 && b <= 0xE9 && i + 2 < s.size() &&
            (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
            out.append(s.data() + i, 3);
            i += 3;
            continue;
        }
        char32_t cp = next_code_point(s, i);
        if (is_space(cp)) continue;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        append_utf8(out, cp);
    }
    return out;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
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

bool contains(std::string_view s, std::string_view what) noexcept {
    return s.find(what) != std::string_view::npos;
}

}  // namespace govinfo::detail
