#include "parse/numbers.hpp"

#include <array>
#include <string>

#include "parse/text.hpp"

namespace govinfo::detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool ends_with(std::string_view s, std::string_view suffix) noexcept {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Page furniture: "-3-", "—3—", "第3页", "第3页共9页".
bool is_page_number(std::string_view f) noexcept {
    auto strip_dashes = [](std::string_view s) {
        for (std::string_view d : {"-", "—", "―", "－"}) {
            while (s.starts_with(d)) s.remove_prefix(d.size());
            while (ends_with(s, d)) s.remove_suffix(d.size());
        }
        return s;
    };
    std::string_view inner = strip_dashes(f);
    if (inner.size() != f.size() && !inner.empty() && inner.size() <= 4) {
        bool digits = true;
        for (char c : inner) digits = digits && is_digit(c);
        // both sides dashed: "-3-" but not "-3"
        if (digits && f.size() - inner.size() >= 2 && !f.starts_with(inner) && !ends_with(f, inner))
            return true;
    }
    if (f.starts_with("第") && contains(f, "页")) {
        std::string_view s = f.substr(std::string_view("第").size());
        std::size_t n = 0;
        while (n < s.size() && is_digit(s[n])) ++n;
        return n > 0 && s.substr(n).starts_with("页");
    }
    return false;
}

// Removes "1,036" style separators; false when commas are not thousands separators.
bool strip_thousands(std::string& s) {
    if (s.find(',') == std::string::npos) return true;
    std::string out;
    std::size_t const point = s.find('.');
    std::string_view const whole = std::string_view(s).substr(0, point);
    std::size_t group = 0;
    bool seen_comma = false;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        char const c = whole[i];
        if (c == ',') {
            if (group == 0 || (seen_comma && group != 3) || (!seen_comma && group > 3))
                return false;
            seen_comma = true;
            group = 0;
            continue;
        }
        if (is_digit(c)) ++group;
        out += c;
    }
    if (seen_comma && group != 3) return false;
    if (point != std::string::npos) out += s.substr(point);
    s = std::move(out);
    return true;
}

// Whether a cell whose first character (full width folded) is `first` can read as anything but
// text: not-applicable marks start with a slash, a backslash or a dash, page furniture with a
// dash or 第, numbers with a sign or a digit. Every other cell is text, whatever follows.
bool may_be_value(char32_t first) noexcept {
    return (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '/' ||
           first == '\\' || first == U'—' || first == U'―' || first == U'第';
}

bool is_digit_cp(char32_t cp) noexcept { return cp >= '0' && cp <= '9'; }

// Whether a cell holds five or more characters that stay non-ASCII once folded. A trimmed cell
// that starts with a digit or '+' (full width or not) and does is text, a numbered label or
// narrative: it is no not-applicable mark or page furniture, a unit suffix takes at most two of
// those characters, and the other three or more end up in what follows the leading number, which
// makes it text rather than a broken number. Spares long lines the fold below.
bool has_five_wide_characters(std::string_view cell) noexcept {
    int wide = 0;
    std::size_t i = 0;
    while (i < cell.size()) {
        auto const b = static_cast<unsigned char>(cell[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Invalid bytes fold to two-byte characters; overlong ASCII folds to ASCII.
        char32_t const cp = next_code_point(cell, i);
        if (cp < 0x80 || is_space(cp) || (cp >= 0xFF01 && cp <= 0xFF5E)) continue;
        if (++wide == 5) return true;
    }
    return false;
}

}  // namespace

CellRead read_cell(std::string_view cell) { return read_trimmed_cell(trim(cell)); }

CellRead read_other_cell(std::string_view cell) {
    CellRead r;
    // fold() keeps the first character of a trimmed cell (folding full-width ASCII), and that
    // character alone rules out every kind but text for most labels and narrative.
    std::size_t i = 0;
    char32_t first = next_code_point(cell, i);
    if (first >= 0xFF01 && first <= 0xFF5E) first -= 0xFEE0;
    if (!may_be_value(first) ||
        ((is_digit_cp(first) || first == '+') && has_five_wide_characters(cell))) {
        r.kind = CellKind::text;
        return r;
    }
    std::string const f = fold(cell);
    if (f.empty()) return r;
    for (std::string_view na : {"/", "-", "—", "——", "--", "―", "\\", "－", "/ ", "／"}) {
        if (f == na) {
            r.kind = CellKind::not_applicable;
            return r;
        }
    }
    if (is_page_number(f)) {
        r.kind = CellKind::page_number;
        return r;
    }
    // Units written inside the cell.
    static constexpr std::array<std::pair<std::string_view, MoneyUnit>, 9> units{{
        {"万元", MoneyUnit::wan_yuan},
        {"元", MoneyUnit::yuan},
        {"个", MoneyUnit::unknown},
        {"件", MoneyUnit::unknown},
        {"项", MoneyUnit::unknown},
        {"条", MoneyUnit::unknown},
        {"次", MoneyUnit::unknown},
        {"家", MoneyUnit::unknown},
        {"人", MoneyUnit::unknown},
    }};
    std::string_view body = f;
    for (auto const& [u, unit] : units) {
        if (ends_with(body, u) && body.size() > u.size()) {
            body.remove_suffix(u.size());
            r.unit = unit;
            break;
        }
    }
    // Does it look like a number at all? A sign or digit first, then only ASCII.
    std::size_t k = (body[0] == '+' || body[0] == '-') ? 1 : 0;
    bool const starts_numeric = k < body.size() && is_digit(body[k]);
    if (!starts_numeric) {
        r = CellRead{};
        r.kind = CellKind::text;
        return r;
    }
    bool ascii_only = true;
    for (char c : body) ascii_only = ascii_only && static_cast<unsigned char>(c) < 0x80;
    if (!ascii_only) {
        // "1.属于国家秘密" is a label; "12个半" or "3件(含)" is a broken number.
        std::size_t n = k;
        while (n < body.size() && (is_digit(body[n]) || body[n] == '.' || body[n] == ',')) ++n;
        std::string_view rest = body.substr(n);
        r = CellRead{};
        bool const numbered_label = rest.starts_with("、") || rest.starts_with(".") ||
                                    (n > 0 && body[n - 1] == '.');
        r.kind = (!numbered_label && code_points(rest) <= 2) ? CellKind::bad : CellKind::text;
        return r;
    }
    r.signed_explicitly = k == 1;
    std::string digits;
    if (body.find(',') != std::string_view::npos) {
        digits = body;
        if (!strip_thousands(digits)) {
            r.kind = CellKind::bad;
            return r;
        }
        body = digits;
    }
    if (auto d = Decimal::parse(body)) {
        r.kind = CellKind::number;
        r.number = *d;
        return r;
    }
    r.kind = CellKind::bad;
    return r;
}

MoneyUnit unit_in_header(std::string_view header) noexcept {
    if (contains(header, "万元")) return MoneyUnit::wan_yuan;
    if (contains(header, "元")) return MoneyUnit::yuan;
    return MoneyUnit::unknown;
}

}  // namespace govinfo::detail
