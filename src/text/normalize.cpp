#include "text/normalize.hpp"

#include <cstdint>
#include <cstring>

#include "text/swar.hpp"

namespace govinfo::detail {

// ---- spaces and trimming ----

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
    while (!s.empty() && space_bytes::tail[byte(s.size() - 1)]) {
        std::size_t const n = s.size();
        if (byte(n - 1) < 0x80) {  // an ASCII space
            s.remove_suffix(1);
            continue;
        }
        // The usual case, a three-byte character (hanzi, 。, ）) ends here: the step back stops at
        // its lead byte and decodes the three bytes, as below.
        if (n >= 3 && (byte(n - 3) & 0xF0) == 0xE0 && is_continuation(byte(n - 2))) {
            char32_t const cp = (char32_t{byte(n - 3) & 0x0Fu} << 12) |
                                (char32_t{byte(n - 2) & 0x3Fu} << 6) | (byte(n - 1) & 0x3Fu);
            if (!is_space(cp)) break;
            s.remove_suffix(3);
            continue;
        }
        std::size_t start = n - 1;
        while (start > 0 && is_continuation(byte(start)) && n - start < 4) --start;
        std::size_t j = start;
        char32_t const cp = next_code_point(s, j);
        if (j != n || !is_space(cp)) break;
        s.remove_suffix(n - start);
    }
    return s;
}

// ---- for numbers and dates ----

namespace {

// Bytes fold_for_numbers() copies as they are: ASCII other than a space, and whole common hanzi,
// which are neither spaces nor full width. Returns the end of the run of them that starts at i.
std::size_t kept_by_fold_for_numbers(std::string_view s, std::size_t i) noexcept {
    while (i < s.size()) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (is_space(b)) break;
            ++i;
            continue;
        }
        if (!is_common_hanzi_at(s, i)) break;
        i += 3;
    }
    return i;
}

}  // namespace

std::string fold_for_numbers(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // Fast path, byte for byte what the general path gives: runs of bytes kept as they are
        // are copied at once (three bytes at a time, the copies cost more than the test).
        std::size_t const run = kept_by_fold_for_numbers(s, i);
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

// ---- for matching labels ----

std::size_t normalize_label_to(std::string_view text, char* out) noexcept {
    char* o = out;
    std::size_t i = 0;
    while (i < text.size()) {
        // Fast paths, byte for byte what the general path below produces: ASCII other than
        // whitespace, and common hanzi, which none of the mappings touch.
        auto const b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') *o++ = static_cast<char>(b);
            ++i;
            continue;
        }
        if (is_common_hanzi_at(text, i)) {
            std::memcpy(o, text.data() + i, 3);
            o += 3;
            i += 3;
            continue;
        }
        // An invalid byte decodes as itself, so normalisation never drops input; it is written
        // back as a two-byte character, the only case where the output grows (hence the room
        // for twice the input).
        char32_t cp = next_code_point(text, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
        switch (cp) {
            case ' ': case '\t': case '\r': case '\n': case 0x00A0: case 0x3000:
            case 0x200B: case 0xFEFF:
                continue;  // whitespace of every width
            case 0x201C: case 0x201D: case 0x300C: case 0x300D: case 0x2018: case 0x2019:
                cp = '"';
                break;
            case 0x3001: cp = ','; break;  // 、
            case 0x3002: cp = '.'; break;  // 。 (used as a numbering dot by some converters)
            case 0x3014: cp = '['; break;  // 〔
            case 0x3015: cp = ']'; break;  // 〕
            default: break;
        }
        o = put_utf8(o, cp);
    }
    auto const n = static_cast<std::size_t>(o - out);
    // Numbering "1、" and "1，" are written for "1."; after the mapping above both read "1,".
    if (n >= 2 && out[0] >= '0' && out[0] <= '9' && out[1] == ',') out[1] = '.';
    return n;
}

// ---- for finding labels in glued text ----

std::string fold_for_glued_tables(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // Bytes the loop below would copy unchanged are copied as one run: ASCII other than
        // '&', tab and CR, and common hanzi (none of the characters folded is one).
        std::size_t run = i;
        while (run < s.size()) {
            auto const c = static_cast<unsigned char>(s[run]);
            if (c < 0x80 && c != '&' && c != '\t' && c != '\r') ++run;
            else if (is_common_hanzi_at(s, run)) run += 3;
            else break;
        }
        out.append(s.data() + i, run - i);
        i = run;
        if (i == s.size()) break;
        if (s.substr(i, 6) == "&nbsp;") {
            out += ' ';
            i += 6;
            continue;
        }
        auto const b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out += (b == '\t' || b == '\r') ? ' ' : static_cast<char>(b);
            ++i;
            continue;
        }
        std::size_t const start = i;
        auto const cp = try_next_code_point(s, i);
        if (cp && *cp >= 0xFF01 && *cp <= 0xFF5E) out += static_cast<char>(*cp - 0xFEE0);
        else if (cp && (*cp == 0x3000 || *cp == 0x00A0)) out += ' ';
        else if (cp && (*cp == 0x201C || *cp == 0x201D)) out += '"';
        else out.append(s.substr(start, i - start));
    }
    return out;
}

// ---- for reading narrative sentences ----

namespace {

// 1 for the bytes copied as they are, 0 for the ASCII spaces dropped, 2 for the lead bytes of
// U+3000 and U+00A0, which are dropped only with the bytes that follow them.
constexpr std::array<std::uint8_t, 256> squeeze_kind = [] {
    std::array<std::uint8_t, 256> k{};
    for (auto& v : k) v = 1;
    k[' '] = k['\t'] = k['\n'] = k['\r'] = 0;
    k[0xC2] = k[0xE3] = 2;
    return k;
}();

// One step of the squeeze at p, for a byte of any kind.
inline void squeeze_byte(char const*& p, char const* end, char*& o) noexcept {
    auto const at = [&](std::size_t i) { return static_cast<unsigned char>(p[i]); };
    switch (squeeze_kind[at(0)]) {
        case 0: ++p; return;
        case 2:
            if (at(0) == 0xE3 && end - p > 2 && at(1) == 0x80 && at(2) == 0x80) {
                p += 3;
                return;
            }
            if (at(0) == 0xC2 && end - p > 1 && at(1) == 0xA0) {
                p += 2;
                return;
            }
            break;
        default: break;
    }
    *o++ = *p++;
}

}  // namespace

std::string_view squeeze_for_narrative(std::string_view text, char* const out) noexcept {
    char* o = out;
    char const* p = text.data();
    char const* const end = p + text.size();
    // Eight bytes at a time: a word holding none of the bytes the squeeze drops or looks at is
    // copied whole, which is most words of running Chinese text.
    while (end - p >= 8) {
        std::uint64_t const w = swar::load(p);
        if (swar::bytes_equal(w, 0xE3) | swar::bytes_equal(w, 0xC2)) {
            // A lead byte that may start U+3000 or U+00A0 (or a 。): byte by byte.
            for (char const* const stop = p + 8; p < stop && p < end;) squeeze_byte(p, end, o);
        } else if (swar::bytes_below(w, 0x21)) {
            // Only single-byte drops (and other control bytes, which are kept): without a
            // branch per byte, store each byte and advance the output past the kept ones.
            for (int i = 0; i < 8; ++i) {
                auto const c = static_cast<unsigned char>(p[i]);
                *o = static_cast<char>(c);
                o += squeeze_kind[c];
            }
            p += 8;
        } else {
            std::memcpy(o, p, 8);  // o - out <= p - text.data(): room for 8 bytes
            o += 8;
            p += 8;
        }
    }
    while (p < end) squeeze_byte(p, end, o);
    return {out, static_cast<std::size_t>(o - out)};
}

namespace squeezed {

std::size_t dropped_at(std::string_view t, std::size_t i) noexcept {
    auto const b = [&](std::size_t j) { return static_cast<unsigned char>(t[j]); };
    if (squeeze_kind[b(i)] == 0) return 1;
    if (b(i) == 0xE3 && i + 2 < t.size() && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;
    if (b(i) == 0xC2 && i + 1 < t.size() && b(i + 1) == 0xA0) return 2;
    return 0;
}

std::size_t kept_from(std::string_view t, std::size_t i) noexcept {
    while (i < t.size()) {
        auto const n = dropped_at(t, i);
        if (n == 0) break;
        i += n;
    }
    return i;
}

std::size_t kept_before(std::string_view t, std::size_t i) noexcept {
    auto const b = [&](std::size_t j) { return static_cast<unsigned char>(t[j]); };
    while (i > 0) {
        auto const c = b(i - 1);
        if (squeeze_kind[c] == 0) i -= 1;
        else if (c == 0xA0 && i >= 2 && b(i - 2) == 0xC2) i -= 2;
        else if (c == 0x80 && i >= 3 && b(i - 3) == 0xE3 && b(i - 2) == 0x80) i -= 3;
        else return i - 1;
    }
    return std::string_view::npos;
}

bool starts_with(std::string_view t, std::size_t i, std::string_view word) noexcept {
    for (char const ch : word) {
        i = kept_from(t, i);
        if (i >= t.size() || t[i] != ch) return false;
        ++i;
    }
    return true;
}

bool ends_with(std::string_view t, std::size_t i, std::string_view word) noexcept {
    for (std::size_t k = word.size(); k-- > 0;) {
        i = kept_before(t, i);
        if (i == std::string_view::npos || t[i] != word[k]) return false;
    }
    return true;
}

}  // namespace squeezed

}  // namespace govinfo::detail
