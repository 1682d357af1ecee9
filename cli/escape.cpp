// Hand-written on purpose: bytes that are not valid UTF-8 (file names) must become visible
// escapes, which neither Boost.JSON 1.81 (passes them through) nor a UTF-8 library does.
#include "escape.hpp"

#include <cstdio>

#include "text/utf8.hpp"

namespace govinfo::cli {
namespace {

void append_hex_byte(std::string& out, unsigned char c) {
    char buf[5];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
}

// Characters a terminal acts on instead of showing, beyond C0 and DEL: C1 controls (U+009B is
// a one-character CSI on some terminals), the bidirectional embeddings, overrides and isolates
// (which reorder the rest of the line) and the Unicode line and paragraph separators.
bool invisible_control(char32_t c) noexcept {
    return (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x061C ||
           c == 0x200E || c == 0x200F;
}

}  // namespace

std::string terminal_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto const c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        std::size_t const len = detail::well_formed_length(s, i);
        if (len == 0) {  // a byte that is not UTF-8, or a C0 control or DEL
            if (c == '\t') out += "\\t";
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else append_hex_byte(out, c);
            ++i;
            continue;
        }
        std::size_t after = i;
        char32_t const cp = detail::next_code_point(s, after);
        if (invisible_control(cp)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u{%04x}", static_cast<unsigned>(cp));
            out += buf;
        } else {
            out.append(s.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        auto const c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else if (c < 0x80) {
                    out += static_cast<char>(c);
                } else if (std::size_t const len = detail::well_formed_length(s, i); len > 1) {
                    out.append(s.substr(i, len));
                    i += len;
                    continue;
                } else {
                    out += "\\\\";  // the text \xff: a JSON backslash, then x and the digits
                    char buf[4];
                    std::snprintf(buf, sizeof buf, "x%02x", c);
                    out += buf;
                }
        }
        ++i;
    }
    return out + "\"";
}

}  // namespace govinfo::cli
