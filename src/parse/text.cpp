#include "parse/text.hpp"

#include <algorithm>
#include <array>
#include <cstring>

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

bool is_ascii_space(unsigned char b) noexcept {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v';
}
bool is_continuation(unsigned char b) noexcept { return (b & 0xC0) == 0x80; }

}  // namespace

std::string_view trim_spaces(std::string_view s) noexcept {
    // Front: decode forward, but only where space_bytes::lead says a space may start.
    std::size_t i = 0;
    while (i < s.size()) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (!is_ascii_space(b)) break;
            ++i;
            continue;
        }
        if (!space_bytes::lead[b]) break;
        std::size_t j = i;
        if (!is_space(next_code_point(s, j))) break;
        i = j;
    }
    s.remove_prefix(i);
    // Back: step back over continuation bytes to the lead byte, and decode from there.
    while (!s.empty()) {
        auto const b = static_cast<unsigned char>(s.back());
        if (b < 0x80) {
            if (!is_ascii_space(b)) break;
            s.remove_suffix(1);
            continue;
        }
        if (!space_bytes::tail[b]) break;
        std::size_t const n = s.size();
        // A hanzi (lead byte E4…E9, U+4000…U+9FFF) ends here: the step back below would stop at
        // its lead byte and decode it whole, and it is no space. Spares most CJK cells a decode.
        if (n >= 3 && static_cast<unsigned char>(s[n - 3]) >= 0xE4 &&
            static_cast<unsigned char>(s[n - 3]) <= 0xE9 &&
            is_continuation(static_cast<unsigned char>(s[n - 2])))
            break;
        std::size_t start = n - 1;
        while (start > 0 && is_continuation(static_cast<unsigned char>(s[start])) && n - start < 4)
            --start;
        std::size_t j = start;
        char32_t const cp = next_code_point(s, j);
        if (j != n || !is_space(cp)) break;
        s.remove_suffix(n - start);
    }
    return s;
}

std::size_t code_points(std::string_view s) noexcept {
    // Every byte but a continuation byte (10xxxxxx) starts a code point. Eight bytes at a time:
    // a byte is a continuation byte when its bit 7 is set and bit 6 (shifted up to 7) is not;
    // the multiplication adds up the eight flags in the top byte.
    std::size_t continuation = 0, i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        std::uint64_t const flags = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
        continuation += static_cast<std::size_t>((flags * 0x0101010101010101ULL) >> 56);
    }
    for (; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++continuation;
    return s.size() - continuation;
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
