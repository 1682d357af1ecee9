#include "govinfo/labels.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include "govinfo/error.hpp"
#include "govinfo/taxonomy.hpp"
#include "parse/label_match.hpp"
#include "parse/text.hpp"

namespace govinfo {
namespace {

// Strips a leading group label ("（三）不予公开/") or numbering marker so that row labels match
// as printed in either a flat or a grouped layout.
std::string_view strip_group_prefix(std::string_view s) {
    auto const slash = s.find('/');
    if (slash != std::string_view::npos) return s.substr(slash + 1);
    return s;
}

// Every non-empty wording of E's table, normalised once, official ones first: the official
// labels of every enumerator, then variants, then short forms, so that an official label wins.
template <class E>
std::vector<std::pair<std::string, E>> normalized_wordings() {
    std::vector<std::pair<std::string, E>> out;
    auto add = [&](std::string_view text, E e) {
        if (!text.empty()) out.emplace_back(normalize_label(text), e);
    };
    auto const& table = *wording::table_of<E>();
    for (auto const& w : table) {
        if constexpr (requires { w.official; }) {
            add(w.official, w.value);
        } else {
            add(w.v2019, w.value);
            add(w.v2021, w.value);
        }
    }
    for (auto const& w : table)
        for (auto v : w.variants) add(v, w.value);
    for (auto const& w : table)
        for (auto v : w.short_forms) add(v, w.value);
    return out;
}

}  // namespace

namespace detail {

namespace {

char* put_utf8(char* out, char32_t cp) noexcept {
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

}  // namespace

std::size_t normalize_label_to(std::string_view text, char* out) noexcept {
    auto const* const begin = reinterpret_cast<unsigned char const*>(text.data());
    auto const* const end = begin + text.size();
    auto const* p = begin;
    char* o = out;
    while (p < end) {
        // Fast paths, byte for byte what the general path below produces: ASCII other than
        // whitespace, and the three-byte CJK block U+4000…U+9FFF (lead bytes E4…E9), which none
        // of the mappings touch.
        unsigned const b = *p;
        if (b < 0x80) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') *o++ = static_cast<char>(b);
            ++p;
            continue;
        }
        if (b - 0xE4u < 6u && end - p > 2) {
            std::uint16_t tail;  // both continuation bytes tested at once, in either byte order
            std::memcpy(&tail, p + 1, 2);
            if ((tail & 0xC0C0u) == 0x8080u) {
                o[0] = static_cast<char>(b);
                std::memcpy(o + 1, &tail, 2);
                o += 3;
                p += 3;
                continue;
            }
        }
        std::size_t i = static_cast<std::size_t>(p - begin);
        // An invalid byte decodes as itself, so normalisation never drops input; it is written
        // back as a two-byte character, the only case where the output grows (hence the room
        // for twice the input).
        char32_t cp = next_code_point(text, i);
        p = begin + i;
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

}  // namespace detail

std::string normalize_label(std::string_view text) {
    // Labels are short: normalise on the stack and allocate once, at the final size.
    char buffer[512];
    if (text.size() <= sizeof buffer / 2)
        return std::string(buffer, detail::normalize_label_to(text, buffer));
    std::string out(2 * text.size(), '\0');
    out.resize(detail::normalize_label_to(text, out.data()));
    return out;
}

template <class E>
    requires wording::has_table<E>
std::optional<E> try_from_label(std::string_view text) {
    static std::vector<std::pair<std::string, E>> const wordings = normalized_wordings<E>();
    std::string const n = normalize_label(text);
    std::string_view wanted = n;
    // "(六)其他处理/3.其他" is 2021's other_other; a 2019 "(六)其他处理" has no slash.
    if constexpr (std::is_same_v<E, ApplicationRow>) wanted = strip_group_prefix(n);
    if (wanted.empty()) return std::nullopt;
    for (auto const& [w, e] : wordings)
        if (w == wanted) return e;
    return std::nullopt;
}

template std::optional<ApplicationRow> try_from_label<ApplicationRow>(std::string_view);
template std::optional<ApplicantColumn> try_from_label<ApplicantColumn>(std::string_view);
template std::optional<OutcomeGroup> try_from_label<OutcomeGroup>(std::string_view);
template std::optional<ReviewGroup> try_from_label<ReviewGroup>(std::string_view);
template std::optional<ReviewColumn> try_from_label<ReviewColumn>(std::string_view);
template std::optional<Article20Row> try_from_label<Article20Row>(std::string_view);
template std::optional<Article20Column> try_from_label<Article20Column>(std::string_view);
template std::optional<TableKind> try_from_label<TableKind>(std::string_view);
template std::optional<FormatVersion> try_from_label<FormatVersion>(std::string_view);
template std::optional<MoneyUnit> try_from_label<MoneyUnit>(std::string_view);
template std::optional<Severity> try_from_label<Severity>(std::string_view);

namespace detail {

void throw_bad_id(std::string_view type, std::string_view text, std::string const& expected) {
    Error e;
    e.code = ErrorCode::bad_id;
    e.message = "\"" + std::string(text) + "\" is no " + std::string(type) +
                " id; expected one of " + expected;
    throw Exception(std::move(e));
}

void throw_bad_label(std::string_view type, std::string_view text, std::string_view example) {
    Error e;
    e.code = ErrorCode::bad_id;
    e.message = "\"" + std::string(text) + "\" matches no " + std::string(type) +
                " label; expected an official label or a variant of one, such as \"" +
                std::string(example) + "\"";
    throw Exception(std::move(e));
}

}  // namespace detail
}  // namespace govinfo
