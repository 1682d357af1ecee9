#pragma once
// Internal: the one UTF-8 decoder, encoder and validator of govinfo.
//
// Two readings of bytes, for two purposes:
// - lenient (next_code_point, try_next_code_point): the parser's and the normalisers' reading of
//   text that is meant to be UTF-8. Any lead byte with the right number of continuation bytes
//   after it decodes, overlong forms and surrogates included, so nothing the reader is given is
//   lost or reordered; a byte that starts no such sequence is reported (or decodes as itself).
// - strict (well_formed_length, find_invalid_utf8): whether bytes are valid UTF-8 as Unicode
//   defines it (no overlong forms, no surrogates, nothing beyond U+10FFFF), for deciding an
//   input's encoding, for file names and for the text of Word files.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace govinfo::detail {

// Whether b is a continuation byte (10xxxxxx): one that never starts a character.
constexpr bool is_continuation(unsigned char b) noexcept { return (b & 0xC0) == 0x80; }
constexpr bool is_continuation(char c) noexcept {
    return is_continuation(static_cast<unsigned char>(c));
}

// The code point at s[i] read leniently, advancing i; on a byte that starts no sequence (or a
// sequence cut short) i steps over that one byte and the result is empty. Inline: the readers
// decode a character or two of nearly every cell.
inline std::optional<char32_t> try_next_code_point(std::string_view s, std::size_t& i) noexcept {
    auto const b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    int const len = (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return std::nullopt;
    }
    char32_t cp = b & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        auto const c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if (!is_continuation(c)) {
            ++i;
            return std::nullopt;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

// try_next_code_point(), where a byte that starts no sequence decodes as itself (a code point
// U+0080..U+00FF), so text with a stray byte still reads and normalises without loss.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    auto const b = static_cast<unsigned char>(s[i]);
    auto const cp = try_next_code_point(s, i);
    return cp ? *cp : char32_t{b};
}

// Writes the UTF-8 form of cp (1 to 4 bytes) at `out` and returns the end of what was written.
// cp is below U+200000: what the lenient decoder gives or a literal.
inline char* put_utf8(char* out, char32_t cp) noexcept {
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp);

// The length (2 to 4) of the well-formed multi-byte sequence at s[i], or 0 when the bytes there
// are none (ASCII, a stray continuation byte, an overlong form, a surrogate, a code point beyond
// U+10FFFF, a sequence cut short).
std::size_t well_formed_length(std::string_view s, std::size_t i) noexcept;

// The offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

// The number of characters: every byte but a continuation byte starts one.
std::size_t code_points(std::string_view s) noexcept;

// The start of the character that holds s[i] (i < s.size()): i moved back over continuation
// bytes, never before 0. Used to cut text on a character boundary.
constexpr std::size_t char_start(std::string_view s, std::size_t i) noexcept {
    while (i > 0 && is_continuation(s[i])) --i;
    return i;
}

// Whether the three bytes at s[i] are one character U+4000..U+9FFF (lead byte E4..E9 and two
// continuation bytes): the bulk of Chinese text, which no normaliser changes, so their fast
// paths copy such characters whole.
inline bool is_common_hanzi_at(std::string_view s, std::size_t i) noexcept {
    auto const b = static_cast<unsigned char>(s[i]);
    if (b - 0xE4u >= 6u || s.size() - i < 3) return false;
    std::uint16_t tail;  // both continuation bytes tested at once, in either byte order
    std::memcpy(&tail, s.data() + i + 1, 2);
    return (tail & 0xC0C0u) == 0x8080u;
}

// CJK unified ideographs, extension A and the basic block (U+3400..U+9FFF).
bool is_cjk(char32_t cp) noexcept;

}  // namespace govinfo::detail
