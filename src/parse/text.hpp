#pragma once
// Internal: small UTF-8 helpers the parser needs on every line. Report text pads cells with
// U+3000 and U+00A0, writes digits and brackets full width and wraps labels anywhere, so the
// readers work on trimmed, width-folded views and never on raw bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govinfo::detail {

// Decodes the code point at s[i] and advances i; an invalid byte decodes as itself.
char32_t next_code_point(std::string_view s, std::size_t& i) noexcept;
void append_utf8(std::string& out, char32_t cp);

// Whitespace of every width a report uses: ASCII, U+3000, U+00A0, zero-width space, BOM.
bool is_space(char32_t cp) noexcept;
// Removes whitespace of every width from both ends.
std::string_view trim(std::string_view s) noexcept;
std::size_t code_points(std::string_view s) noexcept;
bool is_cjk(char32_t cp) noexcept;

// Full-width ASCII (digits, brackets, signs, letters) folded to ASCII, spaces of every width
// dropped. Used for numbers and dates, where "２０２０ 年" and "2020年" must read the same.
std::string fold(std::string_view s);

// The input split at '\n' (a trailing '\r' is dropped); line i of the result is line i+1.
std::vector<std::string_view> split_lines(std::string_view text);

bool contains(std::string_view s, std::string_view what) noexcept;

}  // namespace govinfo::detail
