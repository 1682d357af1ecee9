#pragma once
// Internal: small UTF-8 helpers the parser needs on every line. Report text pads cells with
// U+3000 and U+00A0, writes digits and brackets full width and wraps labels anywhere, so the
// readers work on trimmed, width-folded views and never on raw bytes.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govinfo::detail {

// Decodes the code point at s[i] and advances i; an invalid byte decodes as itself. Inline: the
// readers decode a character or two of nearly every cell.
inline char32_t next_code_point(std::string_view s, std::size_t& i) noexcept {
    auto const b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    int const len = (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return b;
    }
    char32_t cp = b & (0x7F >> len);
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
void append_utf8(std::string& out, char32_t cp);

// Whitespace of every width a report uses: ASCII, U+3000, U+00A0, zero-width space, BOM.
bool is_space(char32_t cp) noexcept;

namespace space_bytes {
// Whether a code point that is_space() accepts can start with byte b, as next_code_point()
// decodes it (invalid bytes decode as themselves, overlong forms are read too).
inline constexpr std::array<bool, 256> lead = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\r', '\n', '\f', '\v'}) t[c] = true;
    for (unsigned b : {0xA0u, 0xC0u, 0xC1u, 0xC2u, 0xE0u, 0xE2u, 0xE3u, 0xEFu, 0xF0u}) t[b] = true;
    return t;
}();
// Whether such a code point can end with byte b: an ASCII space, or a continuation byte whose low
// six bits are those of a space code point (U+0009…U+000D, U+0020, U+00A0, U+2002, U+2003,
// U+2009, U+200B, U+3000, U+FEFF). A byte from C0 up is never the last byte of a space: alone
// it decodes as itself, and only A0 among single bytes is a space.
inline constexpr std::array<bool, 256> tail = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\r', '\n', '\f', '\v'}) t[c] = true;
    for (unsigned b = 0x80; b < 0xC0; ++b) {
        unsigned const low = b & 0x3F;
        t[b] = low == 0x00 || low == 0x02 || low == 0x03 || (low >= 0x09 && low <= 0x0D) ||
               low == 0x20 || low == 0x3F;
    }
    return t;
}();
}  // namespace space_bytes

// trim() for strings that may start or end with a space (the general decoding path).
std::string_view trim_spaces(std::string_view s) noexcept;

// Removes whitespace of every width from both ends. Inline because it runs on every line and
// cell, and nearly all of them start and end with a byte no space can start or end with.
inline std::string_view trim(std::string_view s) noexcept {
    if (s.empty() || (!space_bytes::lead[static_cast<unsigned char>(s.front())] &&
                      !space_bytes::tail[static_cast<unsigned char>(s.back())]))
        return s;
    return trim_spaces(s);
}

std::size_t code_points(std::string_view s) noexcept;
bool is_cjk(char32_t cp) noexcept;

// Full-width ASCII (digits, brackets, signs, letters) folded to ASCII, spaces of every width
// dropped. Used for numbers and dates, where "２０２０ 年" and "2020年" must read the same.
std::string fold(std::string_view s);

// The input split at '\n' (a trailing '\r' is dropped); line i of the result is line i+1.
std::vector<std::string_view> split_lines(std::string_view text);

bool contains(std::string_view s, std::string_view what) noexcept;

}  // namespace govinfo::detail
