// Bytes in, UTF-8 out.
//
// Order of decisions:
//   1. A byte-order mark decides: EF BB BF is UTF-8 (validated strictly), FF FE is UTF-16LE,
//      FE FF is UTF-16BE.
//   2. Without a BOM, bytes that are valid UTF-8 are UTF-8, whatever a meta tag says: sites
//      re-encode their pages to UTF-8 and keep the old `charset=gb2312` in the template, while
//      GBK text that happens to be valid UTF-8 does not occur beyond a few bytes.
//   3. Otherwise a declared GBK family charset (gb2312, gbk, gb18030, cp936, x-gbk, euc-cn…
//      found as `charset=` in the first 8 KiB) means GB18030, a superset of all of them. If
//      the bytes do not decode in it, that is `undecodable` at the first bad byte.
//   4. Otherwise the bytes are GB18030 when they decode as GB18030 and at least 80% of their
//      multi-byte characters lie in the GB2312 block (both bytes >= 0xA1: common hanzi and
//      full-width punctuation). Latin-1 or cp1252 text also "decodes" as GBK now and then, but
//      its high bytes are followed by ASCII letters, which puts them outside that block.
//   5. Otherwise `invalid_utf8` at the first byte that is not UTF-8.
//
// NUL bytes: no report contains them; they mean binary data or UTF-16 without a BOM. They are
// an error, never stripped silently: `invalid_utf8` at the offset of the first NUL (for input
// with a UTF-16 BOM, `undecodable` at the NUL character's offset).
//
// Line ends: CRLF and lone CR become LF after decoding. Each path makes one pass to validate,
// one to convert (iconv into a buffer sized once from the input length) and one in-place pass
// for line ends: linear, no allocation per byte.
#include "parse/decode.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstring>

#include "text/utf8.hpp"  // find_invalid_utf8()

namespace govinfo::detail {
namespace {

constexpr std::size_t kPrescanBytes = 8192;
constexpr std::size_t npos = std::string_view::npos;

unsigned char byte(std::string_view s, std::size_t i) noexcept {
    return static_cast<unsigned char>(s[i]);
}

Error make_error(ErrorCode code, std::string message, std::size_t offset) {
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.offset = offset;
    return e;
}


char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

// The value of the first `charset=` (meta charset, http-equiv content type) in the first
// kPrescanBytes, or "".
std::string_view declared_charset(std::string_view bytes) noexcept {
    std::string_view const head = bytes.substr(0, kPrescanBytes);
    constexpr std::string_view key = "charset";
    for (std::size_t i = 0; i + key.size() <= head.size(); ++i) {
        if (ascii_lower(head[i]) != 'c' || !iequals(head.substr(i, key.size()), key)) continue;
        std::size_t j = i + key.size();
        while (j < head.size() && (head[j] == ' ' || head[j] == '\t')) ++j;
        if (j >= head.size() || head[j] != '=') continue;
        ++j;
        while (j < head.size() && (head[j] == ' ' || head[j] == '\t' || head[j] == '"' ||
                                   head[j] == '\''))
            ++j;
        std::size_t const start = j;
        while (j < head.size()) {
            char const c = head[j];
            bool const name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                   (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                                   c == ':';
            if (!name_char) break;
            ++j;
        }
        if (j > start) return head.substr(start, j - start);
    }
    return {};
}

bool is_gb_family(std::string_view name) noexcept {
    for (std::string_view alias : {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936",
                                   "ms936", "euc-cn", "x-euc-cn", "csgb2312", "gb_2312-80",
                                   "iso-ir-58", "chinese", "csiso58gb231280"})
        if (iequals(name, alias)) return true;
    return false;
}

// Whether the bytes are structurally GB18030 and read as Chinese text (see the file comment).
bool looks_like_gb18030(std::string_view s) noexcept {
    std::size_t multi = 0, gb2312 = 0;
    std::size_t i = 0;
    std::size_t const n = s.size();
    while (i < n) {
        unsigned char const c = byte(s, i);
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF) return false;
        if (i + 1 >= n) return false;
        unsigned char const c1 = byte(s, i + 1);
        if (c1 >= 0x30 && c1 <= 0x39) {  // four-byte sequence
            if (i + 3 >= n) return false;
            unsigned char const c2 = byte(s, i + 2), c3 = byte(s, i + 3);
            if (c2 < 0x81 || c2 > 0xFE || c3 < 0x30 || c3 > 0x39) return false;
            ++multi;
            i += 4;
            continue;
        }
        if (c1 < 0x40 || c1 == 0x7F || c1 == 0xFF) return false;
        ++multi;
        if (c >= 0xA1 && c <= 0xF7 && c1 >= 0xA1) ++gb2312;
        i += 2;
    }
    return multi > 0 && gb2312 * 5 >= multi * 4;
}

struct Converted {
    std::string text;
    std::size_t bad_offset = npos;  // offset into the converted bytes of the first failure
};

// Converts with glibc iconv. The output buffer is sized once: none of the source encodings
// needs more than 3 UTF-8 bytes per 2 input bytes.
Converted convert(std::string_view in, char const* from) {
    Converted r;
    iconv_t const cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        r.bad_offset = 0;
        return r;
    }
    r.text.resize(in.size() + in.size() / 2 + 16);
    // iconv(3) takes the input as char** although it never writes through it: the one const_cast
    // the C interface leaves no way around.
    char* src = const_cast<char*>(in.data());
    std::size_t src_left = in.size();
    std::size_t written = 0;
    while (src_left > 0) {
        char* dst = r.text.data() + written;
        std::size_t dst_left = r.text.size() - written;
        std::size_t const rc = iconv(cd, &src, &src_left, &dst, &dst_left);
        written = r.text.size() - dst_left;
        if (rc != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {  // not expected given the sizing above, but harmless
            r.text.resize(r.text.size() * 2);
            continue;
        }
        r.bad_offset = static_cast<std::size_t>(src - in.data());  // EILSEQ or EINVAL
        break;
    }
    iconv_close(cd);
    r.text.resize(written);
    return r;
}

// CRLF and lone CR to LF, in place.
void normalise_newlines(std::string& s) {
    if (s.find('\r') == std::string::npos) return;
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            s[w++] = '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            s[w++] = s[i];
        }
    }
    s.resize(w);
}

Error nul_error(std::size_t offset) {
    return make_error(ErrorCode::invalid_utf8,
                      "NUL byte at offset " + std::to_string(offset) +
                          ": binary data or UTF-16 without a byte-order mark",
                      offset);
}

Result<Decoded> decode_utf16(std::string_view bytes, bool little_endian) {
    constexpr std::size_t bom = 2;
    std::string_view const body = bytes.substr(bom);
    for (std::size_t i = 0; i + 1 < body.size(); i += 2) {
        if (body[i] == '\0' && body[i + 1] == '\0')
            return make_error(ErrorCode::undecodable,
                              "NUL character at offset " + std::to_string(bom + i) +
                                  " of UTF-16 input",
                              bom + i);
    }
    char const* const name = little_endian ? "UTF-16LE" : "UTF-16BE";
    Converted c = convert(body, name);
    if (c.bad_offset != npos) {
        std::size_t const off = bom + c.bad_offset;
        return make_error(ErrorCode::undecodable,
                          std::string("input with a ") + name +
                              " byte-order mark does not decode at offset " + std::to_string(off),
                          off);
    }
    normalise_newlines(c.text);
    return Decoded{std::move(c.text), name};
}

Result<Decoded> decode_gb18030(std::string_view bytes) {
    Converted c = convert(bytes, "GB18030");
    if (c.bad_offset != npos)
        return make_error(ErrorCode::undecodable,
                          "input declared as GBK/GB18030 does not decode at offset " +
                              std::to_string(c.bad_offset),
                          c.bad_offset);
    normalise_newlines(c.text);
    return Decoded{std::move(c.text), "GB18030"};
}

}  // namespace

Result<Decoded> decode_to_utf8(std::string_view bytes) {
    if (bytes.size() >= 2 && byte(bytes, 0) == 0xFF && byte(bytes, 1) == 0xFE)
        return decode_utf16(bytes, true);
    if (bytes.size() >= 2 && byte(bytes, 0) == 0xFE && byte(bytes, 1) == 0xFF)
        return decode_utf16(bytes, false);

    std::size_t const bom = (bytes.size() >= 3 && byte(bytes, 0) == 0xEF &&
                             byte(bytes, 1) == 0xBB && byte(bytes, 2) == 0xBF)
                                ? 3
                                : 0;
    if (void const* nul = std::memchr(bytes.data(), 0, bytes.size()))
        return nul_error(static_cast<std::size_t>(static_cast<char const*>(nul) - bytes.data()));

    std::string_view const body = bytes.substr(bom);
    std::size_t const bad = find_invalid_utf8(body);
    if (bad == npos) {
        Decoded d{std::string(body), "UTF-8"};
        normalise_newlines(d.text);
        return d;
    }
    if (bom)
        return make_error(ErrorCode::invalid_utf8,
                          "invalid UTF-8 at offset " + std::to_string(bom + bad) +
                              " after a UTF-8 byte-order mark",
                          bom + bad);

    std::string_view const declared = declared_charset(bytes);
    if (is_gb_family(declared)) return decode_gb18030(bytes);
    if (looks_like_gb18030(bytes)) {
        // looks_like_gb18030 checked the structure; should iconv still refuse (a four-byte
        // sequence beyond the mapped range), the input is reported as not UTF-8 below.
        if (Result<Decoded> r = decode_gb18030(bytes)) return r;
    }
    return make_error(ErrorCode::invalid_utf8,
                      "invalid UTF-8 at offset " + std::to_string(bad) +
                          ", and the input is not GBK/GB18030 Chinese text either",
                      bad);
}

}  // namespace govinfo::detail
