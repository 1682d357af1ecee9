#include "parse/numbers.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>

#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

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

// Words after a number that make it a rough figure: 69余, 69多, 69左右.
constexpr std::array<std::string_view, 6> rough_suffixes{"左右", "以上", "以下", "上下", "余", "多"};

bool is_chinese_numeral(char32_t cp) noexcept {
    switch (cp) {
        case U'零': case U'〇': case U'一': case U'二': case U'三': case U'四': case U'五':
        case U'六': case U'七': case U'八': case U'九': case U'十': case U'百': case U'千':
        case U'万': case U'亿': case U'两': case U'壹': case U'贰': case U'叁': case U'肆':
        case U'伍': case U'陆': case U'柒': case U'捌': case U'玖': case U'拾': case U'佰':
        case U'仟':
            return true;
        default: return false;
    }
}

// Digits, at most one '.', and ',' between digits: a number once its surroundings are gone.
bool is_plain_number(std::string_view s) noexcept {
    if (s.empty() || !is_digit(s.front()) || !is_digit(s.back())) return false;
    bool point = false;
    for (char c : s) {
        if (c == '.') {
            if (point) return false;
            point = true;
        } else if (c != ',' && !is_digit(c)) {
            return false;
        }
    }
    return true;
}

bool strip_prefix(std::string_view& s, std::initializer_list<std::string_view> words) noexcept {
    for (auto w : words)
        if (s.size() > w.size() && s.starts_with(w)) {
            s.remove_prefix(w.size());
            return true;
        }
    return false;
}
template <class Words>
bool strip_suffix(std::string_view& s, Words const& words) noexcept {
    for (auto w : words)
        if (s.size() > w.size() && ends_with(s, w)) {
            s.remove_suffix(w.size());
            return true;
        }
    return false;
}

// Spreadsheet and program stand-ins for a missing number, compared without case.
bool is_placeholder(std::string_view f) noexcept {
    if (f.size() > 9) return false;
    std::string lower(f);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (std::string_view p : {"nan", "null", "nil", "undefined", "#n/a", "infinity",
                               "-infinity", "inf", "-inf", "#value!", "#div/0!", "#ref!", "#num!",
                               "#null!", "#name?", "none"})
        if (lower == p) return true;
    return false;
}

// Why a trimmed cell that reads as no number, no mark and no page furniture is nonetheless an
// attempted count, or `none` when it is text (a label, a header, narrative). Deliberately
// narrow, because a label taken for a value would shift the row: a short cell that is a
// placeholder, a count in Chinese numerals (two characters or more: a vertical label prints one
// character a line), a number with words of approximation around it, or digits with no CJK
// character among stray marks ("（69）", "<69>", "\uFFFD517", "6x9").
Unreadable unreadable_count(std::string_view cell) {
    if (cell.size() > max_count_cell_bytes) return Unreadable::none;
    std::string const f = fold_for_numbers(cell);
    if (f.empty()) return Unreadable::none;
    if (is_placeholder(f)) return Unreadable::placeholder;
    // "N/A" may mean "not applicable" or "not available": the reader cannot tell which.
    if (f == "N/A" || f == "n/a" || f == "NA") return Unreadable::malformed;
    std::size_t characters = 0, numerals = 0, cjk = 0;
    bool digit = false;
    for (std::size_t i = 0; i < f.size();) {
        char32_t const cp = next_code_point(f, i);
        ++characters;
        numerals += is_chinese_numeral(cp) ? 1 : 0;
        cjk += is_cjk(cp) ? 1 : 0;
        digit = digit || is_digit_cp(cp);
    }
    if (numerals == characters && characters >= 2) return Unreadable::chinese_numerals;
    if (f == "若干") return Unreadable::approximate;
    if (!digit) return Unreadable::none;
    std::string_view body = f;
    bool approximate = strip_prefix(body, {"大约", "约为", "约", "近", "逾", "超过", "不足", "不到"});
    strip_suffix(body, std::initializer_list<std::string_view>{"件", "个", "项", "条", "次", "家",
                                                              "人", "万元", "元"});
    approximate = strip_suffix(body, rough_suffixes) || approximate;
    if (approximate && is_plain_number(body)) return Unreadable::approximate;
    if (cjk == 0 && characters <= 12) return Unreadable::malformed;
    return Unreadable::none;
}

// A cheap necessary condition of unreadable_count() != none, which spares labels the fold: a
// digit (ASCII or full width) among at most seven three-byte characters (a rough figure has at
// most a word before, a unit and a word after it; a numbered label such as "1.属于国家秘密" has
// more), an ASCII letter or '#' first (placeholders), or without digits nothing but numerals
// (六十九, but not the heading 一、总体情况) or 若干.
bool may_be_unreadable_count(std::string_view cell) noexcept {
    if (cell.size() > max_count_cell_bytes) return false;
    bool digit = false;
    int wide = 0;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        auto const b = static_cast<unsigned char>(cell[i]);
        wide += (b & 0xF0) == 0xE0 ? 1 : 0;
        digit = digit || is_digit(cell[i]) ||
                (b == 0xEF && i + 2 < cell.size() && cell[i + 1] == '\xBC' &&
                 static_cast<unsigned char>(cell[i + 2]) - 0x90u < 10u);  // U+FF10…U+FF19
    }
    if (digit) return wide <= 7;
    auto const b = static_cast<unsigned char>(cell[0]);
    if (b == '#' || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) return true;
    if (cell == "若干") return true;
    for (std::size_t i = 0; i < cell.size();)
        if (!is_chinese_numeral(next_code_point(cell, i))) return false;
    return true;
}

CellRead text_or_unreadable(std::string_view cell) {
    CellRead r;
    r.unreadable = may_be_unreadable_count(cell) ? unreadable_count(cell) : Unreadable::none;
    r.kind = r.unreadable == Unreadable::none ? CellKind::text : CellKind::bad;
    return r;
}

}  // namespace

bool may_start_count_in_words(char32_t cp) noexcept {
    switch (cp) {
        case U'约': case U'近': case U'大': case U'逾': case U'超': case U'不': case U'若':
            return true;
        default: return is_chinese_numeral(cp);
    }
}

CellRead read_cell(std::string_view cell) { return read_trimmed_cell(trim(cell)); }

namespace {

// A cell that marks "not applicable" ("/", "—", …) or is a page number, else nullopt.
std::optional<CellKind> marker_kind(std::string const& folded) {
    for (std::string_view na : {"/", "-", "—", "——", "--", "―", "\\", "－", "/ ", "／"})
        if (folded == na) return CellKind::not_applicable;
    if (is_page_number(folded)) return CellKind::page_number;
    return std::nullopt;
}

// A unit written inside the cell ("251000元", "5件"), removed from `body`; its MoneyUnit (unknown
// for units of counts) is set in r.unit.
void strip_unit(std::string_view& body, CellRead& r) {
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
    for (auto const& [u, unit] : units) {
        if (ends_with(body, u) && body.size() > u.size()) {
            body.remove_suffix(u.size());
            r.unit = unit;
            return;
        }
    }
}

// Digits (from `k`, after a sign) followed by something not ASCII: "1.属于国家秘密" is a
// label; "69余件" or "69左右" an approximate count; "12个半" or "3件(含)" a broken number.
CellRead read_digits_then_text(std::string_view cell, std::string_view body, std::size_t k) {
    CellRead r;
    std::size_t n = k;
    while (n < body.size() && (is_digit(body[n]) || body[n] == '.' || body[n] == ',')) ++n;
    std::string_view rest = body.substr(n);
    bool const numbered_label =
        rest.starts_with("、") || rest.starts_with(".") || (n > 0 && body[n - 1] == '.');
    bool const rough = std::any_of(std::begin(rough_suffixes), std::end(rough_suffixes),
                                   [&](std::string_view w) { return rest.starts_with(w); });
    if (rough && unreadable_count(cell) == Unreadable::approximate) {
        r.kind = CellKind::bad;
        r.unreadable = Unreadable::approximate;
    } else if (!numbered_label && code_points(rest) <= 2) {
        r.kind = CellKind::bad;
        r.unreadable = Unreadable::malformed;
    } else {
        r.kind = CellKind::text;
    }
    return r;
}

// ASCII that starts with a sign or digit (from `k`, after the sign): a number, with thousands
// separators; or a bad cell, too large (only digits) or malformed ("6x9").
void read_ascii_number(std::string_view body, std::size_t k, CellRead& r) {
    r.signed_explicitly = k == 1;
    std::string digits;
    if (body.find(',') != std::string_view::npos) {
        digits = body;
        if (!strip_thousands(digits)) {
            r.kind = CellKind::bad;
            r.unreadable = Unreadable::malformed;
            return;
        }
        body = digits;
    }
    if (auto d = Decimal::try_parse(body)) {
        r.kind = CellKind::number;
        r.number = *d;
        return;
    }
    r.kind = CellKind::bad;
    bool const digits_only = std::all_of(body.begin() + static_cast<std::ptrdiff_t>(k), body.end(),
                                         [](char c) { return is_digit(c); });
    r.unreadable = digits_only ? Unreadable::too_large : Unreadable::malformed;
}

}  // namespace

CellRead read_other_cell(std::string_view cell) {
    CellRead r;
    // fold_for_numbers() keeps the first character of a trimmed cell (folding full-width ASCII), and that
    // character alone rules out every kind but text for most labels and narrative.
    std::size_t i = 0;
    char32_t first = next_code_point(cell, i);
    if (first >= 0xFF01 && first <= 0xFF5E) first -= 0xFEE0;
    // 零 and 〇 alone mean zero, as 无 does.
    if (i == cell.size() && (first == U'零' || first == U'〇')) {
        r.kind = CellKind::number;
        r.number = Decimal{0, 0};
        return r;
    }
    if (!may_be_value(first)) return text_or_unreadable(cell);
    if ((is_digit_cp(first) || first == '+') && has_five_wide_characters(cell)) {
        r.kind = CellKind::text;
        return r;
    }
    std::string const f = fold_for_numbers(cell);
    if (f.empty()) return r;
    if (auto const kind = marker_kind(f)) {
        r.kind = *kind;
        return r;
    }
    std::string_view body = f;
    strip_unit(body, r);
    // Does it look like a number at all? A sign or digit first, then only ASCII.
    std::size_t const k = (body[0] == '+' || body[0] == '-') ? 1 : 0;
    bool const starts_numeric = k < body.size() && is_digit(body[k]);
    if (!starts_numeric) return text_or_unreadable(cell);
    bool const ascii_only = std::all_of(body.begin(), body.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
    });
    if (!ascii_only) return read_digits_then_text(cell, body, k);
    read_ascii_number(body, k, r);
    return r;
}

Severity severity_of(Unreadable why) noexcept {
    switch (why) {
        case Unreadable::fraction:
        case Unreadable::approximate:
        case Unreadable::placeholder: return Severity::error;
        case Unreadable::none:
        case Unreadable::malformed:
        case Unreadable::too_large:
        case Unreadable::chinese_numerals: break;
    }
    return Severity::warning;
}

std::string why_text(Unreadable why) {
    switch (why) {
        case Unreadable::fraction: return "是小数，不是计数";
        case Unreadable::approximate: return "是约数，不是确切的数";
        case Unreadable::placeholder: return "是程序的占位符，不是数";
        case Unreadable::too_large:
            return "位数超出计数上限 " + std::to_string(max_count) + "，不是可读的数";
        case Unreadable::chinese_numerals: return "以汉字书写，未按数读取";
        case Unreadable::none:
        case Unreadable::malformed: break;
    }
    return "不是可读的数、空白或“/”";
}

MoneyUnit unit_in_header(std::string_view header) noexcept {
    if (contains(header, "万元")) return MoneyUnit::wan_yuan;
    if (contains(header, "元")) return MoneyUnit::yuan;
    return MoneyUnit::unknown;
}

}  // namespace govinfo::detail
