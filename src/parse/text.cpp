#include "parse/text.hpp"

#include <array>
#include <cstring>

namespace govinfo::detail {

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

std::string_view trim_spaces(std::string_view s) noexcept {
    // Front: decode forward, but only where space_bytes::lead says a space may start (for ASCII
    // bytes the table holds exactly the six ASCII spaces).
    std::size_t i = 0;
    while (i < s.size()) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (!space_bytes::lead[b]) break;
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t j = i;
        if (!is_space(next_code_point(s, j))) break;
        i = j;
    }
    s.remove_prefix(i);
    // Back: step back over continuation bytes to the lead byte, and decode from there.
    auto const byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    auto const continuation = [&](std::size_t k) { return (byte(k) & 0xC0) == 0x80; };
    while (!s.empty() && space_bytes::tail[byte(s.size() - 1)]) {
        std::size_t const n = s.size();
        if (byte(n - 1) < 0x80) {  // an ASCII space
            s.remove_suffix(1);
            continue;
        }
        // The usual case, a three-byte character (hanzi, 。, ）) ends here: the step back stops at
        // its lead byte and decodes the three bytes, as below.
        if (n >= 3 && (byte(n - 3) & 0xF0) == 0xE0 && continuation(n - 2)) {
            char32_t const cp = (char32_t{byte(n - 3) & 0x0Fu} << 12) |
                                (char32_t{byte(n - 2) & 0x3Fu} << 6) | (byte(n - 1) & 0x3Fu);
            if (!is_space(cp)) break;
            s.remove_suffix(3);
            continue;
        }
        std::size_t start = n - 1;
        while (start > 0 && continuation(start) && n - start < 4) --start;
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

namespace {

// Bytes fold() copies as they are: ASCII other than a space, and whole three-byte characters
// U+4000…U+9FFF (lead bytes E4…E9), which are neither spaces nor full width. Returns the end of
// the run of them that starts at i.
std::size_t kept_run(std::string_view s, std::size_t i) noexcept {
    while (i < s.size()) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (is_space(b)) break;
            ++i;
            continue;
        }
        if (b >= 0xE4 && b <= 0xE9 && i + 2 < s.size() &&
            (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        break;
    }
    return i;
}

}  // namespace

std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // Fast path, byte for byte what the general path gives: runs of bytes kept as they are
        // are copied at once (three bytes at a time, the copies cost more than the test).
        std::size_t const run = kept_run(s, i);
        out.append(s.data() + i, run - i);
        i = run;
        if (i >= s.size()) break;
        if (static_cast<unsigned char>(s[i]) < 0x80) {  // an ASCII space: dropped
            ++i;
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

bool contains(std::string_view s, std::string_view what) noexcept {
    if (what.size() < 2) return s.find(what) != std::string_view::npos;
    // Look for the needle's last byte first, then compare the rest. In UTF-8 Chinese text the
    // last byte of a character is one of 64 continuation bytes, while its first byte is one of a
    // handful of lead bytes (E4…E9): string_view::find, which looks for the first byte, stops
    // and compares every few characters.
    if (s.size() < what.size()) return false;
    std::size_t const k = what.size() - 1;
    char const* p = s.data() + k;
    char const* const end = s.data() + s.size();
    while (p < end) {
        auto const* hit = static_cast<char const*>(
            std::memchr(p, what[k], static_cast<std::size_t>(end - p)));
        if (!hit) return false;
        if (std::memcmp(hit - k, what.data(), k) == 0) return true;
        p = hit + 1;
    }
    return false;
}

}  // namespace govinfo::detail
