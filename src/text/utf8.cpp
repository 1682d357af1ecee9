#include "text/utf8.hpp"

#include "text/swar.hpp"

namespace govinfo::detail {

void append_utf8(std::string& out, char32_t cp) {
    char buffer[4];
    out.append(buffer, put_utf8(buffer, cp));
}

std::size_t well_formed_length(std::string_view s, std::size_t i) noexcept {
    auto const at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    auto const cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return i + k < s.size() && at(k) >= lo && at(k) <= hi;
    };
    unsigned const b = at(0);
    if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        // E0 80..9F would be overlong, ED A0..BF a surrogate.
        unsigned const lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        // F0 80..8F would be overlong, F4 90..BF beyond U+10FFFF.
        unsigned const lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;  // ASCII, a continuation byte, C0/C1 (overlong ASCII), F5..FF
}

std::size_t find_invalid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    std::size_t const n = s.size();
    while (i < n) {
        // Whole inputs are checked before reading (decode_to_utf8): runs of ASCII eight bytes
        // at a time.
        while (i + 8 <= n && !swar::any_non_ascii(swar::load(s.data() + i))) i += 8;
        if (i >= n) break;
        auto const c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Three-byte characters without range limits on the second byte (hanzi and CJK
        // punctuation: nearly every byte of a report), checked in one go.
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 3 <= n && is_continuation(s[i + 1]) &&
            is_continuation(s[i + 2])) {
            i += 3;
            continue;
        }
        std::size_t const len = well_formed_length(s, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t code_points(std::string_view s) noexcept {
    // Every byte but a continuation byte (10xxxxxx) starts a code point. Eight bytes at a time:
    // a byte is a continuation byte when its bit 7 is set and bit 6 (shifted up to 7) is not;
    // the multiplication adds up the eight flags in the top byte.
    std::size_t continuation = 0, i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t const w = swar::load(s.data() + i);
        std::uint64_t const flags = (w & ~(w << 1) & swar::every_byte(0x80)) >> 7;
        continuation += static_cast<std::size_t>((flags * swar::every_byte(1)) >> 56);
    }
    for (; i < s.size(); ++i)
        if (is_continuation(s[i])) ++continuation;
    return s.size() - continuation;
}

bool is_cjk(char32_t cp) noexcept { return cp >= 0x3400 && cp <= 0x9FFF; }

}  // namespace govinfo::detail
