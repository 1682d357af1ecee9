// HTML to line-based text in one forward pass, without recursion and without a DOM.
//
// Spaces: whitespace collapses to one space, except that a run holding a source newline between
// two East Asian wide characters vanishes (CSS Text 3): Word and editors wrap long lines of
// Chinese in the page source, and "政府\n信息" reads "政府信息".
//
// Lines: block elements (p, div, br, li, h1-h6, section, …) end the current line. Inside an
// ordinary table cell they only separate words: "本年新<br />制作数量" stays one cell,
// "本年新制作数量" (a space is kept only between two ASCII characters).
//
// Tables: a stack of open tables, each with its own column occupancy. Occupancy is one number
// per column, "occupied up to row r" (exclusive), so rowspan costs nothing per row and no grid
// is ever allocated. Spans are clamped (colspan <= 64, rowspan <= 1000) and only the first 256
// columns are tracked; cells beyond them simply follow one another.
//
// Layout cells: government sites often put the whole article into one cell of a layout table,
// or a data table inside a cell. When a <td> opens, a bounded look-ahead (up to the next
// td/th/tr/table tag, at most 16 KiB) decides: a cell that holds a nested table, many
// paragraphs of text (not a short label broken one character per line), or more text than the
// look-ahead sees, is a layout cell; its content is written
// as ordinary lines and its row loses its tab alignment. Successive look-aheads stop at the
// next table tag, so together they read each byte at most once: the whole pass stays linear.
//
// Dropped: <script>, <style>, <noscript>, <template>, comments, <!…> and <?…> declarations,
// and text inside <head>. Unknown and namespaced tags (<o:p>, <font>, <span>) are inline and
// vanish. An unterminated tag at the end of the input is dropped.
#include "parse/html.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace govinfo::detail {
namespace {

constexpr std::uint32_t kMaxColspan = 64;
constexpr std::uint32_t kMaxRowspan = 1000;
constexpr std::size_t kMaxTrackedColumns = 256;
constexpr std::size_t kMaxTableDepth = 64;
constexpr std::size_t kCellLookahead = 16384;
constexpr int kLayoutBlockTags = 8;
constexpr std::size_t kLayoutBytesPerBlock = 12;  // text per block below which blocks are lines of a label
constexpr std::size_t npos = std::string_view::npos;

char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_html_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// Case-insensitive search for an ASCII needle that starts with '<'.
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) noexcept {
    while (from < s.size()) {
        void const* p = std::memchr(s.data() + from, '<', s.size() - from);
        if (!p) return npos;
        std::size_t const at = static_cast<std::size_t>(static_cast<char const*>(p) - s.data());
        if (at + needle.size() <= s.size() && iequals(s.substr(at, needle.size()), needle))
            return at;
        from = at + 1;
    }
    return npos;
}

// A tag name, lower-cased into a small buffer; longer names are no tag we act on.
struct Name {
    std::array<char, 12> buf{};
    std::size_t len = 0;
    bool too_long = false;
    std::string_view view() const noexcept {
        return too_long ? std::string_view() : std::string_view(buf.data(), len);
    }
};

// Reads a tag name at s[i…]; returns the offset after it.
std::size_t read_name(std::string_view s, std::size_t i, Name& name) noexcept {
    while (i < s.size()) {
        char const c = s[i];
        if (is_html_space(c) || c == '>' || c == '/' || c == '<') break;
        if (name.len < name.buf.size())
            name.buf[name.len++] = lower(c);
        else
            name.too_long = true;
        ++i;
    }
    return i;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) noexcept {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_heading(std::string_view n) noexcept {
    return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

bool is_block(std::string_view n) noexcept {
    // Grouped by length: every tag is tested here, and most are inline (span, font, o:p), so
    // only the few names of the same length are compared.
    switch (n.size()) {
        case 1: return n == "p";
        case 2:
            return is_heading(n) || is_one_of(n, {"br", "li", "ul", "ol", "dl", "dt", "dd", "hr"});
        case 3: return is_one_of(n, {"div", "nav", "pre", "dir"});
        case 4: return is_one_of(n, {"main", "form", "body", "html", "menu"});
        case 5: return is_one_of(n, {"aside", "title"});
        case 6:
            return is_one_of(n, {"header", "footer", "figure", "legend", "center", "option",
                                 "hgroup", "dialog"});
        case 7:
            return is_one_of(n, {"section", "article", "address", "caption", "details", "summary"});
        case 8: return n == "fieldset";
        case 10: return is_one_of(n, {"blockquote", "figcaption"});
        default: return false;
    }
}

bool is_skipped_raw(std::string_view n) noexcept {
    return is_one_of(n, {"script", "style", "noscript", "template", "xml"});
}

// A cell's colspan and rowspan attributes, read in one pass over the raw attribute text (a
// Word-made cell carries a long style attribute; scanning it once per key doubled the work).
// Each takes the first attribute of its name (case-insensitive); how the scan steps through the
// text does not depend on the names looked for, so one pass finds what a pass per name would.
struct CellSpanAttrs {
    std::string_view colspan, rowspan;
    bool has_colspan = false, has_rowspan = false;
};

CellSpanAttrs find_span_attrs(std::string_view attrs) noexcept {
    CellSpanAttrs out;
    std::size_t i = 0;
    std::size_t const n = attrs.size();
    while (i < n && !(out.has_colspan && out.has_rowspan)) {
        while (i < n && (is_html_space(attrs[i]) || attrs[i] == '/')) ++i;
        std::size_t const name_start = i;
        while (i < n && !is_html_space(attrs[i]) && attrs[i] != '=' && attrs[i] != '/') ++i;
        std::string_view const name = attrs.substr(name_start, i - name_start);
        while (i < n && is_html_space(attrs[i])) ++i;
        std::string_view val;
        if (i < n && attrs[i] == '=') {
            ++i;
            while (i < n && is_html_space(attrs[i])) ++i;
            if (i < n && (attrs[i] == '"' || attrs[i] == '\'')) {
                char const q = attrs[i++];
                std::size_t const start = i;
                while (i < n && attrs[i] != q) ++i;
                val = attrs.substr(start, i - start);
                if (i < n) ++i;
            } else {
                std::size_t const start = i;
                while (i < n && !is_html_space(attrs[i])) ++i;
                val = attrs.substr(start, i - start);
            }
        }
        if (!out.has_colspan && iequals(name, "colspan")) {
            out.colspan = val;
            out.has_colspan = true;
        } else if (!out.has_rowspan && iequals(name, "rowspan")) {
            out.rowspan = val;
            out.has_rowspan = true;
        }
        if (name.empty() && i == name_start) ++i;  // a stray character: step over it
    }
    return out;
}

// colspan/rowspan value: leading digits, 0 or garbage read as 1, clamped to `max`; an absent
// attribute is 1.
std::uint32_t span_value(bool present, std::string_view v, std::uint32_t max) noexcept {
    if (!present) return 1;
    std::size_t i = 0;
    while (i < v.size() && is_html_space(v[i])) ++i;
    std::uint32_t n = 0;
    for (; i < v.size() && is_digit(v[i]); ++i) {
        n = n * 10 + static_cast<std::uint32_t>(v[i] - '0');
        if (n > max) return max;
    }
    return n == 0 ? 1 : n;
}

struct Entity {
    std::string_view name;
    char32_t cp;
};

// Named entities seen in report pages; the first six are also read without the semicolon, as
// browsers do.
constexpr Entity kEntities[] = {
    {"nbsp", 0xA0},    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},
    {"quot", '"'},     {"copy", 0xA9},     {"apos", '\''},      {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"lsquo", 0x2018},  {"rsquo", 0x2019},   {"middot", 0xB7},
    {"mdash", 0x2014}, {"ndash", 0x2013},  {"hellip", 0x2026},  {"ensp", 0x2002},
    {"emsp", 0x2003},  {"thinsp", 0x2009}, {"reg", 0xAE},       {"times", 0xD7},
    {"divide", 0xF7},  {"laquo", 0xAB},    {"raquo", 0xBB},     {"bull", 0x2022},
    {"deg", 0xB0},     {"plusmn", 0xB1},   {"yen", 0xA5},       {"permil", 0x2030},
    {"sup2", 0xB2},    {"sup3", 0xB3},     {"frac12", 0xBD},    {"trade", 0x2122},
    {"rarr", 0x2192},  {"larr", 0x2190},   {"uarr", 0x2191},    {"darr", 0x2193},
    {"zwsp", 0x200B},  {"shy", 0xAD},      {"sect", 0xA7},      {"para", 0xB6},
};
constexpr std::size_t kLegacyEntities = 6;

// Numeric references 128–159 mean the windows-1252 characters, as in browsers.
constexpr char16_t kCp1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// Reads an entity at s[i] == '&'. On success sets cp and returns the offset after it; returns
// i when the text is no entity (the '&' is then literal).
std::size_t read_entity(std::string_view s, std::size_t i, char32_t& cp) noexcept {
    std::size_t j = i + 1;
    std::size_t const n = s.size();
    if (j < n && s[j] == '#') {
        ++j;
        bool const hex = j < n && (s[j] == 'x' || s[j] == 'X');
        if (hex) ++j;
        std::size_t const start = j;
        std::uint32_t v = 0;
        bool overflow = false;
        for (; j < n; ++j) {
            char const c = lower(s[j]);
            std::uint32_t d;
            if (is_digit(c))
                d = static_cast<std::uint32_t>(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                d = static_cast<std::uint32_t>(c - 'a' + 10);
            else
                break;
            v = v * (hex ? 16 : 10) + d;
            if (v > 0x10FFFF) overflow = true, v = 0x110000;
        }
        if (j == start) return i;
        if (j < n && s[j] == ';') ++j;
        if (overflow || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            cp = 0xFFFD;
        else if (v >= 0x80 && v <= 0x9F)
            cp = kCp1252[v - 0x80];
        else
            cp = v;
        return j;
    }
    std::size_t const start = j;
    while (j < n && j - start < 10 && (is_alpha(s[j]) || is_digit(s[j]))) ++j;
    std::string_view const name = s.substr(start, j - start);
    bool const semi = j < n && s[j] == ';';
    for (std::size_t k = 0; k < std::size(kEntities); ++k) {
        if (kEntities[k].name != name) continue;
        if (!semi && k >= kLegacyEntities) return i;
        cp = kEntities[k].cp;
        return semi ? j + 1 : j;
    }
    // "&nbsp" glued to following letters ("&nbspfoo"): browsers read the longest legacy prefix.
    if (!semi)
        for (std::size_t k = 0; k < kLegacyEntities; ++k)
            if (name.starts_with(kEntities[k].name)) {
                cp = kEntities[k].cp;
                return start + kEntities[k].name.size();
            }
    return i;
}

bool is_space_cp(char32_t cp) noexcept {
    return cp <= 0x20 || cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009 ||
           cp == 0x7F;
}

std::size_t encode_utf8(char32_t cp, char* buf) noexcept {
    if (cp < 0x80) {
        buf[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        buf[0] = static_cast<char>(0xC0 | (cp >> 6));
        buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        buf[0] = static_cast<char>(0xE0 | (cp >> 12));
        buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// Text bytes in s[from, to): neither markup nor ASCII whitespace.
std::size_t text_bytes(std::string_view s, std::size_t from, std::size_t to) noexcept {
    std::size_t n = 0;
    for (std::size_t i = from; i < to; ++i) {
        if (s[i] == '<') {
            void const* gt = std::memchr(s.data() + i, '>', to - i);
            if (!gt) break;
            i = static_cast<std::size_t>(static_cast<char const*>(gt) - s.data());
        } else {
            n += !is_html_space(s[i]);
        }
    }
    return n;
}

// Whether the cell whose content starts at s[from] is a layout cell (see the file comment).
// Many blocks holding little text are not paragraphs but a label written one character per
// line ("三<br>、<br>本<br>年<br>度…", the narrow first column of the application table): such a
// cell stays a text cell, so its row keeps its columns.
bool is_layout_cell(std::string_view s, std::size_t from) noexcept {
    std::size_t const limit = std::min(s.size(), from + kCellLookahead);
    int blocks = 0;
    // The text is measured only for a cell with many blocks (rare), over what was looked at.
    auto const paragraphs = [&](std::size_t to) {
        return blocks > kLayoutBlockTags &&
               text_bytes(s, from, to) > static_cast<std::size_t>(blocks) * kLayoutBytesPerBlock;
    };
    std::size_t i = from;
    while (i < limit) {
        void const* p = std::memchr(s.data() + i, '<', limit - i);
        if (!p) break;
        std::size_t const lt = static_cast<std::size_t>(static_cast<char const*>(p) - s.data());
        i = lt + 1;
        bool const closing = i < s.size() && s[i] == '/';
        Name name;
        read_name(s, closing ? i + 1 : i, name);
        std::string_view const n = name.view();
        if (n == "table") return !closing || paragraphs(lt);
        if (n == "td" || n == "th" || n == "tr") return paragraphs(lt);
        if (!closing && (is_heading(n) || is_one_of(n, {"p", "div", "br", "li"}))) ++blocks;
    }
    // No cell boundary within the look-ahead: a long cell is layout; a cell that runs to the
    // end of a truncated page is judged by its paragraphs.
    return limit < s.size() || paragraphs(limit);
}

// East Asian wide characters (CJK ideographs and punctuation, kana, full-width forms); Hangul
// keeps its spaces, as in CSS Text 3.
bool is_wide(char32_t cp) noexcept {
    return (cp >= 0x2E80 && cp <= 0xA4CF && !(cp >= 0x3130 && cp <= 0x318F)) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
           (cp >= 0x20000 && cp <= 0x3FFFD);
}

// The code point of the three- or four-byte UTF-8 sequence at p (n bytes), or 0.
char32_t wide_candidate(unsigned char const* p, std::size_t n) noexcept {
    if (n == 3 && (p[0] & 0xF0) == 0xE0)
        return static_cast<char32_t>((p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
    if (n == 4 && (p[0] & 0xF8) == 0xF0)
        return static_cast<char32_t>((p[0] & 0x07) << 18 | (p[1] & 0x3F) << 12 |
                                     (p[2] & 0x3F) << 6 | (p[3] & 0x3F));
    return 0;
}

bool wide_at_start(std::string_view s) noexcept {
    auto const* p = reinterpret_cast<unsigned char const*>(s.data());
    if (s.size() >= 3 && (p[0] & 0xF0) == 0xE0) return is_wide(wide_candidate(p, 3));
    if (s.size() >= 4 && (p[0] & 0xF8) == 0xF0) return is_wide(wide_candidate(p, 4));
    return false;
}

bool wide_at_end(std::string_view s) noexcept {
    auto const* p = reinterpret_cast<unsigned char const*>(s.data());
    std::size_t const n = s.size();
    if (n >= 3 && (p[n - 3] & 0xF0) == 0xE0) return is_wide(wide_candidate(p + n - 3, 3));
    if (n >= 4 && (p[n - 4] & 0xF8) == 0xF0) return is_wide(wide_candidate(p + n - 4, 4));
    return false;
}

struct Table {
    std::vector<std::size_t> until;  // column c is occupied while row < until[c]
    std::size_t max_until = 0;
    std::size_t row = 0;
    bool row_open = false;
    std::uint32_t row_line = 0;  // source line of the open row's <tr>
    std::size_t col = 0;
    std::size_t cells_in_row = 0;
    bool cell_open = false;
    bool cell_layout = false;
    std::uint32_t cell_span = 1;
    std::uint32_t serial = 0;  // HtmlText::Cell::table
    std::size_t record = static_cast<std::size_t>(-1);  // the open cell in HtmlText::cells
};

class Converter {
public:
    Converter(std::string_view s, HtmlCells cells) : s_(s), record_(cells == HtmlCells::record) {
        out_.text.reserve(s.size() / 2 + 16);
    }

    HtmlText run() {
        std::size_t i = 0;
        std::size_t const n = s_.size();
        while (i < n) {
            char const c = s_[i];
            if (c == '<') {
                i = tag(i);
            } else if (c == '&') {
                char32_t cp = 0;
                std::size_t const next = read_entity(s_, i, cp);
                if (next == i) {
                    visible(i, "&");
                    ++i;
                } else {
                    if (is_space_cp(cp)) {
                        space();
                    } else {
                        char buf[4];
                        visible(i, std::string_view(buf, encode_utf8(cp, buf)));
                    }
                    i = next;
                }
            } else {
                i = text_run(i);
            }
        }
        while (!tables_.empty()) close_table();
        end_line();
        return std::move(out_);
    }

private:
    // ---- source lines ----
    std::uint32_t line_at(std::size_t pos) noexcept {
        if (pos > counted_to_) {
            line_ += static_cast<std::uint32_t>(
                std::count(s_.begin() + static_cast<std::ptrdiff_t>(counted_to_),
                           s_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
            counted_to_ = pos;
        }
        return line_;
    }

    // ---- output lines ----
    void begin_line(std::uint32_t source_line) {
        if (line_open_) return;
        line_open_ = true;
        line_start_ = out_.text.size();
        seg_start_ = line_start_;
        pending_space_ = pending_break_ = soft_break_ = false;
        out_.source_line.push_back(source_line);
    }

    void end_line() {
        if (!line_open_) return;
        line_open_ = false;
        pending_space_ = pending_break_ = soft_break_ = false;
        if (out_.text.size() == line_start_)
            out_.source_line.pop_back();
        else
            out_.text += '\n';
    }

    bool in_text_cell() const noexcept {
        return !tables_.empty() && tables_.back().cell_open && !tables_.back().cell_layout;
    }

    void block_break() {
        if (in_text_cell()) {
            if (out_.text.size() > seg_start_) soft_break_ = true;
        } else {
            end_line();
        }
    }

    void space() noexcept {
        if (in_head_) return;
        pending_space_ = true;
    }

    // A newline in the source: a space, unless it falls between two East Asian wide characters
    // (CSS Text 3 segment break transformation). Editors and Word wrap the source of long lines
    // inside Chinese text ("政府\n信息公开工作年度\n报告"), which a browser shows without a gap.
    void segment_break() noexcept {
        if (in_head_) return;
        pending_space_ = pending_break_ = true;
    }

    // Appends visible text that starts at s_[pos].
    void visible(std::size_t pos, std::string_view bytes) {
        if (in_head_) return;
        if (!tables_.empty()) {
            Table& t = tables_.back();
            if (t.row_open && !t.cell_open) open_cell(t, pos, 1, 1, false);  // text between cells
        }
        begin_line(line_at(pos));
        std::string& o = out_.text;
        if (o.size() > seg_start_) {
            if (pending_space_) {
                if (!(pending_break_ && wide_at_end(o) && wide_at_start(bytes))) o += ' ';
            } else if (soft_break_) {
                unsigned char const prev = static_cast<unsigned char>(o.back());
                unsigned char const next = static_cast<unsigned char>(bytes.front());
                if (prev < 0x80 && next < 0x80) o += ' ';
            }
        }
        pending_space_ = pending_break_ = soft_break_ = false;
        o += bytes;
    }

    std::size_t text_run(std::size_t i) {
        std::size_t const n = s_.size();
        while (i < n) {
            char const c = s_[i];
            if (c == '<' || c == '&') break;
            unsigned char const u = static_cast<unsigned char>(c);
            if (pre_depth_ > 0 && !in_text_cell() && c == '\n') {
                end_line();
                ++i;
            } else if (pre_depth_ > 0 && (c == ' ' || c == '\t')) {
                visible(i, c == ' ' ? std::string_view(" ") : std::string_view("  "));
                ++i;
            } else if (u <= 0x20 || u == 0x7F) {
                c == '\n' ? segment_break() : space();
                ++i;
            } else if (u == 0xC2 && i + 1 < n && static_cast<unsigned char>(s_[i + 1]) == 0xA0) {
                space();  // a literal no-break space
                i += 2;
            } else {
                // Bytes that end a plain run, one table lookup each instead of five tests.
                static constexpr std::array<bool, 256> ends_run = [] {
                    std::array<bool, 256> t{};
                    for (unsigned b = 0; b <= 0x20; ++b) t[b] = true;
                    for (unsigned b : {0x7Fu, unsigned('<'), unsigned('&'), 0xC2u}) t[b] = true;
                    return t;
                }();
                std::size_t j = i + 1;
                while (j < n && !ends_run[static_cast<unsigned char>(s_[j])]) ++j;
                visible(i, s_.substr(i, j - i));
                i = j;
            }
        }
        return i;
    }

    // ---- tables ----
    void cell_separator(Table& t) {
        begin_line(t.row_line);
        if (t.cells_in_row > 0) out_.text += '\t';
        ++t.cells_in_row;
        seg_start_ = out_.text.size();
        pending_space_ = pending_break_ = soft_break_ = false;
    }

    void open_row(Table& t, std::size_t pos) {
        if (t.row_open) close_row(t);
        end_line();
        t.row_open = true;
        t.row_line = line_at(pos);
        t.col = 0;
        t.cells_in_row = 0;
    }

    void close_row(Table& t) {
        close_cell(t);
        if (!t.row_open) return;
        if (t.max_until > t.row) {  // columns after the last cell still held by a rowspan
            std::size_t last = t.col;
            for (std::size_t c = t.col; c < t.until.size(); ++c)
                if (t.until[c] > t.row) last = c + 1;
            for (; t.col < last; ++t.col) cell_separator(t);
        }
        end_line();
        t.row_open = false;
        ++t.row;
    }

    void open_cell(Table& t, std::size_t pos, std::uint32_t colspan, std::uint32_t rowspan,
                   bool layout) {
        close_cell(t);
        if (!t.row_open) open_row(t, pos);
        while (t.col < t.until.size() && t.until[t.col] > t.row) {  // held by a rowspan above
            cell_separator(t);
            ++t.col;
        }
        if (layout) {
            end_line();
            t.cells_in_row = 0;
        } else {
            cell_separator(t);
            if (record_) {
                t.record = out_.cells.size();
                out_.cells.push_back({t.serial, static_cast<std::uint32_t>(t.row),
                                      static_cast<std::uint32_t>(t.col), rowspan, colspan,
                                      out_.text.size(), out_.text.size(), line_at(pos)});
            }
        }
        if (rowspan > 1) {
            std::size_t const end = std::min<std::size_t>(t.col + colspan, kMaxTrackedColumns);
            if (end > t.until.size()) t.until.resize(end, 0);
            for (std::size_t c = t.col; c < end; ++c) t.until[c] = t.row + rowspan;
            t.max_until = std::max(t.max_until, t.row + rowspan);
        }
        t.cell_open = true;
        t.cell_layout = layout;
        t.cell_span = colspan;
        t.col += colspan;
    }

    // The recorded cell's text ends here (its cell closes, or a nested table makes it a layout
    // cell whose further content is no longer its text).
    void end_record(Table& t) noexcept {
        if (t.record == static_cast<std::size_t>(-1)) return;
        out_.cells[t.record].end = out_.text.size();
        t.record = static_cast<std::size_t>(-1);
    }

    void close_cell(Table& t) {
        if (!t.cell_open) return;
        t.cell_open = false;
        end_record(t);
        if (t.cell_layout) {
            end_line();
            t.cells_in_row = 0;
        } else {
            for (std::uint32_t k = 1; k < t.cell_span; ++k) cell_separator(t);
        }
        pending_space_ = pending_break_ = soft_break_ = false;
    }

    void open_table() {
        if (tables_.size() >= kMaxTableDepth) {
            ++ignored_tables_;
            end_line();
            return;
        }
        if (!tables_.empty()) {
            Table& outer = tables_.back();
            if (outer.cell_open && !outer.cell_layout) {
                // The look-ahead did not see this table: the cell becomes a layout cell here.
                end_record(outer);
                outer.cell_layout = true;
                outer.cells_in_row = 0;
            }
        }
        end_line();
        tables_.emplace_back().serial = tables_opened_++;
    }

    void close_table() {
        if (ignored_tables_ > 0) {
            --ignored_tables_;
            end_line();
            return;
        }
        if (tables_.empty()) return;
        close_row(tables_.back());
        tables_.pop_back();
        end_line();
    }

    // ---- tags ----
    // Offset of the '>' ending the tag whose attributes start at i, or npos. Quotes are
    // honoured only after '='; an unclosed quote falls back to the first '>' after the tag name.
    std::size_t tag_end(std::size_t i) noexcept {
        std::size_t const n = s_.size();
        std::size_t const start = i;
        char prev = ' ';
        while (i < n) {
            char const c = s_[i];
            if (c == '>') return i;
            if ((c == '"' || c == '\'') && prev == '=') {
                std::size_t const q = find_quote(c, i + 1);
                if (q == npos) return find_gt(start);
                i = q + 1;
                prev = c;
                continue;
            }
            if (!is_html_space(c)) prev = c;
            ++i;
        }
        return npos;
    }

    // Searches that never go backwards reuse their last answer, so unclosed quotes repeated
    // many times do not rescan the rest of the input each time.
    std::size_t find_quote(char q, std::size_t from) noexcept {
        Cached& c = q == '"' ? dq_ : sq_;
        if (c.valid && from >= c.from && (c.at == npos || c.at >= from)) return c.at;
        c = {true, from, s_.find(q, from)};
        return c.at;
    }
    std::size_t find_gt(std::size_t from) noexcept {
        if (gt_.valid && from >= gt_.from && (gt_.at == npos || gt_.at >= from)) return gt_.at;
        gt_ = {true, from, s_.find('>', from)};
        return gt_.at;
    }

    // Handles the markup at s_[i] == '<'; returns the offset after it.
    std::size_t tag(std::size_t i) {
        std::size_t const n = s_.size();
        if (i + 1 >= n) {
            visible(i, "<");
            return n;
        }
        char const c1 = s_[i + 1];
        if (c1 == '!' && s_.substr(i, 4) == "<!--") {
            std::size_t const e = s_.find("-->", i + 4);
            return e == npos ? n : e + 3;
        }
        if (c1 == '!' || c1 == '?') return after_gt(i);  // <!DOCTYPE …>, <?xml …?>
        bool const closing = c1 == '/';
        std::size_t const name_at = closing ? i + 2 : i + 1;
        if (name_at >= n || !is_alpha(s_[name_at])) {
            if (closing) return after_gt(i);  // "</ >", "</3": a bogus comment to the next '>'
            visible(i, "<");                  // a literal '<' ("a < b")
            return i + 1;
        }
        Name name;
        std::size_t const after_name = read_name(s_, name_at, name);
        std::size_t const e = tag_end(after_name);
        if (e == npos) return n;  // unterminated tag at the end: dropped
        std::string_view const nm = name.view();
        if (!closing && is_skipped_raw(nm)) return after_raw_text(nm, e + 1);
        if (!skipped_in_head(nm, closing))
            element(nm, closing, i, s_.substr(after_name, e - after_name), e + 1);
        return e + 1;
    }

    // The offset after the next '>' from i (the end of the input when there is none).
    std::size_t after_gt(std::size_t i) noexcept {
        std::size_t const e = find_gt(i);
        return e == npos ? s_.size() : e + 1;
    }

    // <script>, <style> and the like: their text is skipped up to their closing tag.
    std::size_t after_raw_text(std::string_view nm, std::size_t next) {
        std::string close = "</";
        close += nm;
        std::size_t const ce = ifind(s_, close, next);
        return ce == npos ? s_.size() : after_gt(ce);
    }

    // Whether the tag is in <head> and so skipped: until a tag that can only be in the body.
    bool skipped_in_head(std::string_view nm, bool closing) {
        if (nm == "head") {
            in_head_ = !closing;
            return true;
        }
        if (!in_head_) return false;
        if (nm == "body" || (is_block(nm) && nm != "title") || nm == "table" || nm == "tr" ||
            nm == "td" || nm == "th") {
            in_head_ = false;
            return false;
        }
        return true;
    }

    // An element's start or end tag at `at` in the body; `next` is the offset after it.
    void element(std::string_view nm, bool closing, std::size_t at, std::string_view attrs,
                 std::size_t next) {
        if (nm == "table") {
            closing ? close_table() : open_table();
        } else if (nm == "tr") {
            if (tables_.empty()) block_break();
            else if (!closing) open_row(tables_.back(), at);
            else close_row(tables_.back());
        } else if (nm == "td" || nm == "th") {
            table_cell(closing, at, attrs, next);
        } else if (nm == "thead" || nm == "tbody" || nm == "tfoot") {
            if (closing && !tables_.empty()) close_row(tables_.back());
        } else if (nm == "pre") {
            block_break();
            if (closing) {
                if (pre_depth_ > 0) --pre_depth_;
            } else if (!attrs.ends_with("/")) {
                ++pre_depth_;
            }
        } else if (is_block(nm)) {
            block_break();
        }
    }

    // <td>/<th>: a cell of the innermost table with its spans (clamped), or a space outside one.
    void table_cell(bool closing, std::size_t at, std::string_view attrs, std::size_t next) {
        if (tables_.empty()) {
            space();
        } else if (!closing) {
            CellSpanAttrs const spans = find_span_attrs(attrs);
            open_cell(tables_.back(), at, span_value(spans.has_colspan, spans.colspan, kMaxColspan),
                      span_value(spans.has_rowspan, spans.rowspan, kMaxRowspan),
                      is_layout_cell(s_, next));
        } else {
            close_cell(tables_.back());
        }
    }

    struct Cached {
        bool valid = false;
        std::size_t from = 0;
        std::size_t at = npos;
    };

    std::string_view s_;
    HtmlText out_;
    std::vector<Table> tables_;
    bool record_ = false;
    std::uint32_t tables_opened_ = 0;
    std::size_t ignored_tables_ = 0;
    bool line_open_ = false;
    std::size_t line_start_ = 0;
    std::size_t seg_start_ = 0;  // where the current line or cell's text starts
    bool pending_space_ = false;
    bool pending_break_ = false;  // the pending space holds a source newline
    bool soft_break_ = false;
    bool in_head_ = false;
    int pre_depth_ = 0;
    std::uint32_t line_ = 1;
    std::size_t counted_to_ = 0;
    Cached dq_, sq_, gt_;
};

}  // namespace

// HTML is told from text by its structure over the whole input, never by a window at its start:
// a page may open with kilobytes of comment, script, whitespace or an XML prolog before its first
// element, and a fragment may open with a line of text. Either the first thing after a BOM and
// whitespace is markup (a doctype, an <html> or <?xml …?> start, a comment, or the start tag of a
// structural element), or somewhere in the text a structural element (table, tr, td, th, p, div,
// body, head, html, tbody) is both opened and closed, or two different ones are opened. Text that
// merely holds a '<' ("a < b", "<无>") or a Markdown <br> opens no structural element.
bool looks_like_html(std::string_view text) noexcept {
    static constexpr std::string_view structural[] = {"table", "tr",   "td",   "th",   "p",
                                                      "div",   "body", "head", "html", "tbody"};
    auto structural_index = [](std::string_view name) -> int {
        for (std::size_t k = 0; k < std::size(structural); ++k)
            if (structural[k] == name) return static_cast<int>(k);
        return -1;
    };
    // The element whose tag starts at text[at] == '<', and whether the tag closes it; -1 when
    // it is no structural element (or no tag at all).
    auto element_at = [&](std::size_t at, bool& closing) -> int {
        closing = at + 1 < text.size() && text[at + 1] == '/';
        Name name;
        std::size_t const e = read_name(text, at + 1 + (closing ? 1 : 0), name);
        if (e >= text.size() || name.len == 0) return -1;
        char const c = text[e];
        if (!(is_html_space(c) || c == '>' || c == '/')) return -1;
        return structural_index(name.view());
    };
    std::size_t i = 0;
    if (text.starts_with("\xEF\xBB\xBF")) i = 3;
    while (i < text.size() && is_html_space(text[i])) ++i;
    std::string_view const rest = text.substr(i);
    for (std::string_view start : {"<!doctype", "<html", "<?xml", "<!--"})
        if (rest.size() >= start.size() && iequals(rest.substr(0, start.size()), start))
            return true;
    bool closing = false;
    if (rest.starts_with("<") && element_at(i, closing) >= 0 && !closing) return true;
    unsigned opened = 0, closed = 0;  // bit k: structural[k] seen opened / closed
    for (std::size_t at = text.find('<', i); at != npos; at = text.find('<', at + 1)) {
        int const k = element_at(at, closing);
        if (k < 0) continue;
        unsigned const bit = 1u << k;
        if (!closing) opened |= bit;
        else if (opened & bit) closed |= bit;
        if (closed != 0 || std::popcount(opened) >= 2) return true;
    }
    return false;
}

HtmlText html_to_text(std::string_view html, HtmlCells cells) {
    return Converter(html, cells).run();
}

}  // namespace govinfo::detail
