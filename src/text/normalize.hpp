#pragma once
// Internal: the text normalisers, one per purpose. Report text pads cells with U+3000 and U+00A0,
// writes digits and brackets full width and wraps labels and sentences anywhere, so each reader
// looks at text through the normaliser made for what it compares:
//
// | normaliser              | for                          | full width | spaces       | other          |
// |-------------------------|------------------------------|------------|--------------|----------------|
// | trim                    | cells and lines              | kept       | ends cut     |                |
// | fold_for_numbers        | numbers and dates            | to ASCII   | dropped      |                |
// | normalize_label_to      | matching row/column labels   | to ASCII   | dropped      | quotes, 、。〔〕 |
// | fold_for_glued_tables   | finding labels in glued text | to ASCII   | one ' ' each | “” and &nbsp;  |
// | squeeze_for_narrative   | reading narrative sentences  | kept       | dropped      |                |
//
// They differ on purpose: a label matcher must not see "1、" and "1." apart, a number reader must
// not turn 、 into ','; the glued-table reader counts lines and positions in its folded text, so
// it keeps newlines and gives each space one byte; the narrative matchers compare bytes and only
// need a statement wrapped over lines to read as one.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace govinfo::detail {

// ---- spaces and trimming ----

// Whitespace of every width a report uses: ASCII, U+3000, U+00A0, U+2002, U+2003, U+2009,
// zero-width space, BOM.
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

// Removes whitespace of every width (is_space) from both ends. Inline because it runs on every
// line and cell, and nearly all of them start and end with a byte no space can start or end with.
inline std::string_view trim(std::string_view s) noexcept {
    if (s.empty() || (!space_bytes::lead[static_cast<unsigned char>(s.front())] &&
                      !space_bytes::tail[static_cast<unsigned char>(s.back())]))
        return s;
    return trim_spaces(s);
}

// ---- for numbers and dates ----

// Full-width ASCII (digits, brackets, signs, letters) folded to ASCII, spaces of every width
// (is_space) dropped: "２０２０ 年" and "2020年" read the same. A byte that starts no character
// decodes as itself and is written back as a two-byte character.
std::string fold_for_numbers(std::string_view s);

// ---- for matching labels ----

// A label as the label tables compare it: full-width ASCII folded, whitespace of every width
// dropped (ASCII, U+00A0, U+3000, zero-width space, BOM; not U+2002/2003/2009), curly and corner
// quotes to '"', 、 to ',', 。 to '.', 〔〕 to [], and a leading "1," numbering to "1.". Writes to
// `out`, which has room for 2 * text.size() bytes, and returns the length written.
std::size_t normalize_label_to(std::string_view text, char* out) noexcept;

// ---- for finding labels in glued text ----

// Glued tables are found by searching the whole text for labels and digits, and their findings
// name lines: full-width ASCII to ASCII, U+3000, U+00A0, tab, CR and a literal "&nbsp;" to one
// ' ' each, “ and ” to '"'; newlines stay. The input is valid UTF-8 (decode_to_utf8's output).
std::string fold_for_glued_tables(std::string_view s);

// ---- for reading narrative sentences ----

// Whitespace removed (ASCII space, tab, LF, CR, U+3000, U+00A0; nothing else) so that a
// statement wrapped over lines by a PDF converter ("答\n复 3050 件") reads as one. `out` has room
// for text.size() bytes; returns the squeezed text, a view of `out`. Those byte sequences cannot
// overlap (none starts with a byte another ends with), so dropping them left to right drops
// every occurrence, whatever the surrounding bytes.
std::string_view squeeze_for_narrative(std::string_view text, char* out) noexcept;

// Reading text as squeeze_for_narrative() would leave it, without squeezing it. Positions are
// raw ones, each a kept byte or the first byte of whitespace the squeeze drops: the byte before
// such a position is kept or ends dropped whitespace, so the whitespace is known from its last
// bytes too.
namespace squeezed {
// The length of the whitespace dropped at i, 0 for a kept byte.
std::size_t dropped_at(std::string_view t, std::size_t i) noexcept;
// The first kept byte at or after i, or t.size().
std::size_t kept_from(std::string_view t, std::size_t i) noexcept;
// The last kept byte before i, or npos.
std::size_t kept_before(std::string_view t, std::size_t i) noexcept;
// Whether the squeezed text goes on with `word` from i.
bool starts_with(std::string_view t, std::size_t i, std::string_view word) noexcept;
// Whether the squeezed text before i ends with `word`.
bool ends_with(std::string_view t, std::size_t i, std::string_view word) noexcept;
}  // namespace squeezed

}  // namespace govinfo::detail
