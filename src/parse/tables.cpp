#include "parse/tables.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>

#include "govinfo/cells.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "count_sum.hpp"
#include "finding_list.hpp"
#include "parse/label_match.hpp"
#include "parse/numbers.hpp"
#include "parse/segment.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

// ---------------------------------------------------------------------------------------------
// Cells of a region, in reading order.

// Members ordered for size (64 bytes): a region holds one per cell, and a region of a million
// one-character lines a million of them.
struct Token {
    CellRead read;
    std::string_view text;   // the cell, trimmed
    std::size_t line = 0;    // 0-based line index
    int cell = 0;            // position of the cell in its line
    int cells_on_line = 1;
    CellKind kind = CellKind::blank;
    // The line was split at tabs: HTML tables (every <tr> one line, spans padded with empty
    // cells) and Word exports. Cell positions on such lines are grid columns, blanks included.
    bool tabbed = false;
    // The line holds nothing but a separator ("\t", " |"): a blank cell printed one cell per
    // line. Set on the line's first token.
    bool blank_cell_line = false;
    // The line is a body row of a Markdown table: it follows the |---| rule under a header, is
    // bounded by pipes and has no more cells than the header (a converter may drop the cell of a
    // spanned group label before the row label, never add one). Its cells are the table's
    // columns, blank ones included: an empty cell at its end is a blank cell, not the padding of
    // a row packed left (" | "-separated rows with no rule, seed 002). The readers still require
    // the cells after the row label to be exactly the row's statutory cells.
    bool grid = false;
    // On such a row: it has exactly as many cells as the header.
    bool full_width = false;
    // The line's cells past max_cells_per_line were dropped; set on its last token.
    bool cut = false;
};
static_assert(sizeof(Token) <= 64);

// A line that is blank but not empty: it holds a space wider than ASCII's (U+00A0 from a cell
// holding &nbsp;, U+3000). Word and browser exports write a blank cell so, one cell per line;
// nothing writes such a line between paragraphs.
bool holds_wide_space(std::string_view line) noexcept {
    return line.find("\xc2\xa0") != std::string_view::npos ||
           line.find("\xe3\x80\x80") != std::string_view::npos;
}

// Cells kept of one line. No table row has more than a few dozen (the HTML reader tracks 256
// columns); a longer line is a page pasted on one line, whose millions of cells would cost a
// token each. The rest of such a line is dropped and reported (parse_extra_cells).
constexpr int max_cells_per_line = 256;

// `line` is trimmed. "|---|:--:|" is a rule; "|" and "| |" are blank cells (one cell per line).
bool is_markdown_rule(std::string_view line) {
    if (!line.starts_with("|")) return false;
    bool dash = false;
    for (char c : line) {
        if (c != '|' && c != '-' && c != ':' && c != ' ') return false;
        dash = dash || c == '-';
    }
    return dash;
}

// `line` is trimmed: "| a | b |", a row bounded by pipes.
bool is_bounded_row(std::string_view line) noexcept {
    return line.size() >= 2 && line.front() == '|' && line.back() == '|';
}

// Appends the cells of line `index` to `tokens`. A line splits into cells at tabs, then at pipes
// (Markdown or " | " rows), then at runs of two or more spaces (pdftotext -layout columns);
// otherwise it is one cell. `trimmed` is trim(line), which the caller has at hand.
void add_cells(std::vector<Token>& tokens, std::string_view line, std::string_view trimmed,
               std::size_t index) {
    std::size_t const first = tokens.size();
    int cells = 0;
    bool tabbed = false;
    auto add = [&](std::string_view cell) {
        if (cells == max_cells_per_line) {
            tokens.back().cut = true;
            return;
        }
        Token& tok = tokens.emplace_back();
        if (!cell.empty()) tok.read = read_trimmed_cell(cell);  // an empty cell reads as blank
        tok.kind = tok.read.kind;
        tok.text = cell;
        tok.line = index;
        tok.cell = cells++;
        tok.tabbed = tabbed;
    };
    auto split_on = [&](std::string_view s, char sep) {
        std::size_t start = 0;
        while (true) {
            std::size_t const p = find_byte(s, start, sep);
            add(trim(s.substr(start, p == std::string_view::npos ? p : p - start)));
            if (p == std::string_view::npos) break;
            start = p + 1;
        }
    };
    if (line.find('\t') != std::string_view::npos) {
        tabbed = true;
        split_on(line, '\t');
    } else if (line.find('|') != std::string_view::npos) {
        std::string_view t = trimmed;
        if (t.starts_with("|")) t.remove_prefix(1);
        if (t.ends_with("|")) t.remove_suffix(1);
        split_on(t, '|');
    } else if (line.find("  ") != std::string_view::npos) {
        std::string_view const t = trimmed;
        // Where "  " starts at or after `from` in t, or npos.
        auto double_space = [&](std::size_t from) {
            for (std::size_t p = find_byte(t, from, ' '); p != std::string_view::npos;
                 p = find_byte(t, p + 1, ' '))
                if (p + 1 < t.size() && t[p + 1] == ' ') return p;
            return std::string_view::npos;
        };
        std::size_t start = 0;
        while (start < t.size()) {
            std::size_t const p = double_space(start);
            if (p == std::string_view::npos) {
                add(trim(t.substr(start)));
                break;
            }
            add(trim(t.substr(start, p - start)));
            start = p;
            while (start < t.size() && t[start] == ' ') ++start;
        }
    } else {
        add(trimmed);
    }
    bool all_blank = true;
    for (auto t = tokens.begin() + static_cast<std::ptrdiff_t>(first); t != tokens.end(); ++t) {
        t->cells_on_line = cells;
        all_blank = all_blank && t->kind == CellKind::blank;
    }
    if (all_blank && (tabbed || trimmed.starts_with("|") || holds_wide_space(line)))
        tokens[first].blank_cell_line = true;
}

// pdftotext (default mode) ends every page with a form feed glued to the first line of the next
// page, and a footer's page number is the last line before it. A bare number there ("3") reads
// like a table cell. It is taken for a page number only when another page ends the same way with
// the number as many pages away (3 before the second form feed, 4 before the third): a table
// cell matches that only by chance. Returns the indexes of those lines, ascending.
std::vector<std::size_t> bare_page_numbers(std::vector<std::string_view> const& lines) {
    struct PageEnd {
        std::size_t page, line;
        long value;
    };
    std::vector<PageEnd> ends;
    std::size_t page = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].empty() || lines[i][0] != '\f') continue;
        ++page;
        std::size_t j = i;
        while (j > 0 && trim(lines[j - 1]).empty()) --j;
        if (j == 0) continue;
        std::string_view const t = trim(lines[j - 1]);
        if (t.size() > 4 || t.starts_with('0') ||
            !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        ends.push_back({page, j - 1, std::stol(std::string(t))});
    }
    std::vector<std::size_t> out;
    auto follows = [](PageEnd const& a, PageEnd const& b) {  // a's page before b's
        return b.value - a.value == static_cast<long>(b.page - a.page);
    };
    for (std::size_t k = 0; k < ends.size(); ++k)
        if ((k > 0 && follows(ends[k - 1], ends[k])) ||
            (k + 1 < ends.size() && follows(ends[k], ends[k + 1])))
            out.push_back(ends[k].line);
    return out;
}

std::vector<Token> tokenize(std::vector<std::string_view> const& lines, Region region) {
    std::vector<Token> tokens;
    // Table rows run to three cells a line on average (tabbed rows to nine): room for four
    // spares most regions a regrowth, which copies every token.
    if (region.end > region.begin) tokens.reserve((region.end - region.begin) * 4);
    bool form_feed = false;
    // Cells of the header above the last |---| rule while its Markdown table goes on; 0 outside
    // one. A table ends at the first line that is not a bounded row (an empty line, a heading).
    // Lines with a tab were split at tabs, not pipes: they are no Markdown rows.
    std::size_t grid_width = 0;
    for (std::size_t i = region.begin; i < region.end && i < lines.size(); ++i) {
        std::string_view line = lines[i];
        form_feed = form_feed || (!line.empty() && line[0] == '\f');
        std::string_view trimmed = trim(line);
        if (is_markdown_rule(trimmed)) {
            std::string_view const header = i > 0 ? trim(lines[i - 1]) : std::string_view();
            grid_width = is_bounded_row(header) && header.find('\t') == std::string_view::npos
                             ? static_cast<std::size_t>(
                                   std::count(header.begin(), header.end(), '|') - 1)
                             : 0;
            continue;
        }
        if (trimmed.starts_with("#")) {
            line = strip_decoration(trimmed);
            trimmed = trim(line);
        }
        // A Markdown list item ("- （三）不予公开 1.属于国家秘密"): a converter wrote a column of
        // labels as a list. A dash before a number ("- 5", "-3") is the number's sign or a dash
        // cell, not a bullet.
        if (trimmed.size() > 2 && (trimmed[0] == '-' || trimmed[0] == '*' || trimmed[0] == '+') &&
            trimmed[1] == ' ') {
            std::string_view const item = trim(trimmed.substr(2));
            if (!item.empty() && !(item[0] >= '0' && item[0] <= '9') && item[0] != '-' &&
                item.find('|') == std::string_view::npos && item.find('\t') == std::string_view::npos) {
                line = item;
                trimmed = item;
            }
        }
        std::size_t const first = tokens.size();
        add_cells(tokens, line, trimmed, i);
        if (grid_width == 0) continue;
        if (!is_bounded_row(trimmed)) {
            grid_width = 0;
        } else if (tokens.size() - first <= grid_width && !tokens[first].tabbed) {
            bool const full = tokens.size() - first == grid_width;
            for (std::size_t k = first; k < tokens.size(); ++k) {
                tokens[k].grid = true;
                tokens[k].full_width = full;
            }
        }
    }
    // 无 (and 零, 〇) alone reads as 0, but pdftotext writes a vertical label one character a line
    // ("(", "四", ")", "无", "法", "提", "供"): a 无 next to a one-character line is part of such a
    // label.
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        Token& t = tokens[k];
        if (t.kind != CellKind::number || (t.text != "无" && t.text != "零" && t.text != "〇"))
            continue;
        auto lone_character = [&](std::size_t j) {
            Token const& n = tokens[j];
            return n.kind == CellKind::text && n.line != t.line && code_points(n.text) == 1;
        };
        std::size_t before = k, after = k + 1;
        while (before > 0 && tokens[before - 1].kind == CellKind::blank) --before;
        while (after < tokens.size() && tokens[after].kind == CellKind::blank) ++after;
        if ((before > 0 && lone_character(before - 1)) ||
            (after < tokens.size() && lone_character(after)))
            t.kind = CellKind::text;
    }
    // The form feed after a region's last page number starts the line after the region.
    if (region.end < lines.size() && !lines[region.end].empty() && lines[region.end][0] == '\f')
        form_feed = true;
    if (form_feed) {
        std::vector<std::size_t> const pages = bare_page_numbers(lines);
        for (Token& t : tokens)
            if (t.kind == CellKind::number && std::binary_search(pages.begin(), pages.end(), t.line))
                t.kind = CellKind::page_number;
    }
    return tokens;
}

bool is_value(CellKind k) {
    return k == CellKind::number || k == CellKind::not_applicable || k == CellKind::bad;
}

std::uint32_t source_line(std::size_t index) { return static_cast<std::uint32_t>(index + 1); }

Finding make_finding(FindingCode code, Severity severity, TableKind table, std::size_t line,
                     std::string message, std::string_view row = {},
                     std::string_view column = {}) {
    return FindingBuilder(code, severity)
        .at(CellAddress::from_ids(table, row, column))
        .line(source_line(line))
        .message(std::move(message))
        .build();
}

std::string line_text(std::vector<std::string_view> const& lines, std::size_t i) {
    std::string_view t = trim(lines[i]);
    // Keep messages readable: at most ~120 bytes, cut on a character boundary.
    if (t.size() > 120) {
        std::size_t const cut = char_start(t, 120);
        return std::string(t.substr(0, cut)) + "…";
    }
    return std::string(t);
}

// The count a value token holds: a whole number ("12", "12.0") within ±max_count. Anything
// else (a fraction, a number beyond the maximum, text) is no count, and no placement rule may
// add it up.
std::optional<std::int64_t> count_of(Token const& t) noexcept {
    if (t.kind != CellKind::number) return std::nullopt;
    Decimal const d = t.read.number;
    std::int64_t v = d.units;
    for (int s = 0; s < d.scale; ++s) {
        if (v % 10 != 0) return std::nullopt;
        v /= 10;
    }
    if (v > max_count || v < -max_count) return std::nullopt;
    return v;
}

// Why a value token holds no count: its reason from read_cell, or for a number that count_of
// refused, a fraction or a whole number beyond max_count.
Unreadable why_no_count(Token const& t) noexcept {
    if (t.kind == CellKind::bad) return t.read.unreadable;
    if (t.kind != CellKind::number) return Unreadable::malformed;
    std::int64_t v = t.read.number.units;
    for (int s = 0; s < t.read.number.scale; ++s, v /= 10)
        if (v % 10 != 0) return Unreadable::fraction;
    return Unreadable::too_large;
}

// The parse_bad_cell finding quoting a cell that holds no count or amount, at the severity its
// reason has (numbers.hpp).
Finding bad_cell(Token const& t, Unreadable why, bool money, TableKind table,
                 std::string_view row, std::string_view column) {
    return make_finding(FindingCode::parse_bad_cell, severity_of(why), table, t.line,
                        (money ? "金额单元格“" : "单元格“") + std::string(t.text) + "”" +
                            why_text(why) + "，按空白处理",
                        row, column);
}

// Writes a count cell; a cell that holds no count stays blank and is reported, quoted. The row
// and column are enums whose ids are looked up only for the report: nearly every cell is fine.
template <class Row, class Column>
void put_count(Cell& cell, Token const& t, TableKind table, Row row, Column column,
               FindingList& findings) {
    if (t.kind == CellKind::not_applicable) {
        cell = Cell::not_applicable();
        return;
    }
    if (auto const v = count_of(t)) {
        cell = Cell::of(*v);
        return;
    }
    cell = Cell::blank();
    findings.add(bad_cell(t, why_no_count(t), false, table, id(row), id(column)));
}

void put_money(MoneyCell& cell, Token const& t, MoneyUnit fallback, TableKind table,
               Article20Row row, Article20Column column, FindingList& findings) {
    switch (t.kind) {
        case CellKind::not_applicable: cell = MoneyCell::not_applicable(); return;
        case CellKind::number:
            cell = MoneyCell::of(t.read.number,
                                 t.read.unit != MoneyUnit::unknown ? t.read.unit : fallback);
            return;
        default:
            cell = MoneyCell::blank();
            findings.add(bad_cell(
                t, t.kind == CellKind::bad ? t.read.unreadable : Unreadable::malformed, true,
                table, id(row), id(column)));
            return;
    }
}

// One parse_extra_cells finding per line whose cells past max_cells_per_line were dropped.
void report_cut_lines(std::vector<Token> const& tokens, std::vector<std::string_view> const& lines,
                      TableKind table, FindingList& findings) {
    for (Token const& t : tokens)
        if (t.cut)
            findings.add(make_finding(FindingCode::parse_extra_cells, Severity::warning, table,
                                      t.line,
                                      "该行单元格超过 " + std::to_string(max_cells_per_line) +
                                          " 个，其后的未读取：" + line_text(lines, t.line)));
}

// Tracks the source lines a table was read from.
struct Extent {
    std::optional<std::size_t> first, last;
    void add(std::size_t line) {
        if (!first || line < *first) first = line;
        if (!last || line > *last) last = line;
    }
};

std::optional<TableLocation> location_of(TableKind table, Extent const& e) {
    if (!e.first) return std::nullopt;
    return TableLocation{table, source_line(*e.first), source_line(*e.last)};
}

std::string values_text(std::vector<Token const*> const& slots) {
    std::string s;
    for (auto const& v : slots) {
        if (!s.empty()) s += ' ';
        s += std::string(v->text);
    }
    return s;
}

// Values of the same line that follow the label, counted with the blank cells between them,
// ending at the last non-blank cell: the row's cells when the layout keeps cell positions. On a
// Markdown row (Token::grid) the empty cells after the last value are cells too, and on one as
// wide as its header the row's `width` cells are its last ones: empty cells between the label
// and them are columns the label spans (a header with group and item label columns).
std::vector<Token const*> positional_cells(std::vector<Token> const& tokens, std::size_t label,
                                           std::size_t width) {
    std::vector<Token const*> cells;
    std::size_t last_value = label;
    for (std::size_t i = label + 1; i < tokens.size() && tokens[i].line == tokens[label].line; ++i) {
        if (tokens[i].kind == CellKind::text) break;
        if (is_value(tokens[i].kind) || tokens[i].grid) last_value = i;
    }
    std::size_t first = label + 1;
    // A tab-separated row (an HTML row a browser or the HTML reader wrote) with exactly `width`
    // cells after its label and nothing else on the line: those cells are the row's, the empty
    // ones at its end included.
    if (tokens[label].tabbed) {
        std::size_t end = first;
        while (end < tokens.size() && tokens[end].line == tokens[label].line &&
               tokens[end].kind != CellKind::text)
            ++end;
        bool const line_ends = end == tokens.size() || tokens[end].line != tokens[label].line;
        if (line_ends && end - first == width) last_value = end - 1;
    }
    if (tokens[label].full_width && last_value + 1 - first > width &&
        (last_value + 1 == tokens.size() || tokens[last_value + 1].line != tokens[label].line)) {
        std::size_t const from = last_value + 1 - width;
        if (std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                        tokens.begin() + static_cast<std::ptrdiff_t>(from),
                        [](Token const& t) { return t.kind == CellKind::blank; }))
            first = from;
    }
    for (std::size_t i = first; i <= last_value; ++i) cells.push_back(&tokens[i]);
    return cells;
}

// Cells of a row printed one cell per line (Word and PDF extractions: "\t0", "0 |"), when the
// lines keep the row's blank cells as lines holding only a separator ("\t", " |"): one cell per
// line after the label, up to the next text cell or the empty line that ends the row, at most
// `width` of them when the rest are blank. Empty when the label's line holds values, a line holds
// two values, or `values` (what the row read) are not exactly the non-blank cells found.
std::vector<Token const*> line_cells(std::vector<std::string_view> const& lines,
                                     std::vector<Token> const& tokens, std::size_t label,
                                     std::vector<Token const*> const& values, std::size_t width) {
    std::vector<Token const*> cells;
    std::size_t i = label + 1;
    for (; i < tokens.size() && tokens[i].line == tokens[label].line; ++i)
        if (tokens[i].kind != CellKind::blank) return {};
    while (i < tokens.size()) {
        std::size_t const line = tokens[i].line;
        Token const* cell = nullptr;
        Token const* blank = nullptr;
        bool text = false;
        for (; i < tokens.size() && tokens[i].line == line; ++i) {
            Token const& t = tokens[i];
            if (t.kind == CellKind::text) {
                text = true;
            } else if (t.kind == CellKind::blank) {
                if (!blank) blank = &t;
            } else if (t.kind != CellKind::page_number) {
                if (cell) return {};
                cell = &t;
            }
        }
        if (text) {  // the next label or header
            if (cell) return {};
            break;
        }
        if (cell) {
            cells.push_back(cell);
        } else if (blank) {
            std::string_view const raw = lines[line];
            if (raw.find('\t') != std::string_view::npos || raw.find('|') != std::string_view::npos ||
                holds_wide_space(raw))
                cells.push_back(blank);
            else if (!cells.empty())
                break;  // an empty line after the row's cells ends it
        }
    }
    // Blank cells past the row's width are the next row's spanned cells (a tab line before a
    // sub-row label) when no empty line divides the rows.
    if (cells.size() > width &&
        std::all_of(cells.begin() + static_cast<std::ptrdiff_t>(width), cells.end(),
                    [](Token const* c) { return c->kind == CellKind::blank; }))
        cells.resize(width);
    std::size_t v = 0;
    for (Token const* c : cells) {
        if (c->kind == CellKind::blank) continue;
        if (v == values.size() || values[v] != c) return {};
        ++v;
    }
    if (v != values.size()) return {};
    return cells;
}

// ---------------------------------------------------------------------------------------------
// A row-labelled stream: shared by the application and Article 20 readers.

struct RowEvent {
    bool orphan = false;   // values with no label of their own
    int row = -1;          // index into the table's row list
    std::size_t label = 0;  // token index of the label
    std::vector<Token const*> values;
    bool block = false;    // label is one of a block of labels printed before their values
    bool blank_cells = false;  // blank cells printed one a line follow the label
    int segment = 0;           // rows between the same two headers share a segment
    // The values' order around the labels is in doubt (see settle_direction): orphan values
    // that must not be placed by counting rows.
    bool in_doubt = false;
};

struct RowStream {
    std::vector<RowEvent> events;
    std::vector<std::size_t> unknown_lines;  // lines of text that matched nothing
    std::vector<std::size_t> extra_lines;    // lines with more values than the row has cells
};

// Whether a text cell starts with row numbering: "（三）", "(3)", "3.", "三、".
bool looks_numbered(std::string_view text) {
    if (text.size() > 240) return false;  // narrative
    NormalizedLabel const normalized(text);
    return !split_numbering(normalized).prefix.empty();
}

// Whether an event's values all stand on lines of their own (one cell per line, as pdftotext's
// default mode writes a table), none on its label's line.
bool values_apart(RowEvent const& e, std::vector<Token> const& tokens) {
    if (e.orphan) return true;
    std::size_t const line = tokens[e.label].line;
    return std::none_of(e.values.begin(), e.values.end(),
                        [&](Token const* v) { return v->line == line; });
}

// pdftotext's default mode may write a row's values BEFORE its label (a label centred in a tall
// cell comes after the cell's first line). The walk attaches values to the label before them, so
// a segment (the rows between two headers) read that way starts with values no label claims and
// ends with a label that gets none. When the segment is exactly that, values then label, every
// row with values, each label takes the values before it. When it only starts and ends so (some
// row without values, a value on a label's line), which values are whose is not known: the
// labels keep no values they did not share a line with, and the values stay unplaced, in doubt.
template <class Need>
void settle_direction(RowStream& s, std::vector<Token> const& tokens, Need need) {
    std::size_t begin = 0;
    while (begin < s.events.size()) {
        std::size_t end = begin + 1;
        while (end < s.events.size() && s.events[end].segment == s.events[begin].segment) ++end;
        auto const first = s.events.begin() + static_cast<std::ptrdiff_t>(begin);
        auto const last = s.events.begin() + static_cast<std::ptrdiff_t>(end);
        bool const starts_with_values = end - begin >= 2 && first->orphan && !first->values.empty() &&
                                        !(first + 1)->orphan;
        bool const ends_without = !(last - 1)->orphan && (last - 1)->values.empty();
        if (starts_with_values && ends_without) {
            bool exact = std::all_of(first + 1, last, [&](RowEvent const& e) {
                return !e.orphan && values_apart(e, tokens);
            });
            for (auto e = first + 1; exact && e != last; ++e)
                exact = static_cast<int>((e - 1)->values.size()) <= need(e->row) &&
                        (e + 1 == last || !e->values.empty());
            if (exact) {
                for (auto e = last - 1; e != first; --e) e->values = std::move((e - 1)->values);
                s.events.erase(first);
                --end;
            } else {
                RowEvent doubted;
                doubted.orphan = true;
                doubted.in_doubt = true;
                doubted.segment = first->segment;
                std::vector<RowEvent> kept;
                for (auto ev = first; ev != last; ++ev) {
                    if (ev->orphan || values_apart(*ev, tokens)) {
                        doubted.values.insert(doubted.values.end(), ev->values.begin(),
                                              ev->values.end());
                        ev->values.clear();
                    }
                    if (!ev->orphan) kept.push_back(std::move(*ev));
                }
                kept.insert(kept.begin(), std::move(doubted));
                std::size_t const n = kept.size();
                s.events.erase(first, last);
                s.events.insert(s.events.begin() + static_cast<std::ptrdiff_t>(begin),
                                std::make_move_iterator(kept.begin()),
                                std::make_move_iterator(kept.end()));
                end = begin + n;
            }
        }
        begin = end;
    }
}

// The walk over a table's tokens that makes its RowStream (walk_rows). `classify(token) ->
// {kind, row}`: kind 0 = nothing, 1 = row label, 2 = group/header that ends the row being read,
// 3 = header that does not. `need(row)` = cells the row has.
template <class Classify, class Need>
class RowWalker {
public:
    RowWalker(std::vector<Token> const& tokens, Classify& classify, Need& need)
        : tokens_(tokens), classify_(classify), need_(need) {}

    RowStream walk() {
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            Token const& t = tokens_[i];
            if (t.kind == CellKind::blank && t.blank_cell_line && current_ >= 0)
                event().blank_cells = true;
            if (t.kind == CellKind::blank || t.kind == CellKind::page_number) continue;
            if (t.kind != CellKind::text) {
                on_value(t);
                continue;
            }
            auto const [kind, row] = classify_(t);
            if (kind == 1) {
                on_row_label(i, row);
            } else if (kind == 2) {
                if (current_ >= 0 && !event().values.empty()) labels_without_values_ = 0;
                current_ = -1;
                ++segment_;
            } else if (kind == 0) {
                on_other_text(t);
            }
        }
        settle_direction(s_, tokens_, need_);
        return std::move(s_);
    }

private:
    RowEvent& event() { return s_.events[static_cast<std::size_t>(current_)]; }

    void on_row_label(std::size_t i, int row) {
        if (current_ >= 0 && event().row == row && event().values.empty()) {
            event().label = i;  // the row's label again before any value: the later one counts
            return;
        }
        // A row of blank cells printed one a line is a row, not a label of a block.
        if (current_ >= 0 && event().values.empty() && !event().orphan && !event().blank_cells)
            ++labels_without_values_;
        else
            labels_without_values_ = 0;
        RowEvent e;
        e.row = row;
        e.label = i;
        e.segment = segment_;
        e.block = labels_without_values_ >= 2;
        s_.events.push_back(std::move(e));
        current_ = static_cast<int>(s_.events.size()) - 1;
    }

    void on_other_text(Token const& t) {
        bool const continuation = current_ >= 0 && !event().orphan && event().values.empty();
        if (!continuation) s_.unknown_lines.push_back(t.line);
        // A numbered cell that names no row ("（三）不予公开 1)属于…" in an unknown form)
        // starts a row all the same: the values after it are not the current row's.
        if (!continuation && current_ >= 0 && !event().values.empty() && looks_numbered(t.text))
            current_ = -1;
    }

    // A value joins the row being read while it has room; past that, one on the row's line is
    // an extra value (reported), and any other starts or extends a run of orphan values.
    void on_value(Token const& t) {
        if (current_ >= 0 && !event().orphan && joins_current_row(t)) return;
        if (current_ < 0 || !event().orphan) {
            RowEvent e;
            e.orphan = true;
            e.segment = segment_;
            s_.events.push_back(std::move(e));
            current_ = static_cast<int>(s_.events.size()) - 1;
        }
        event().values.push_back({&t});
    }

    // True when `t` was taken by the labelled row being read (as a value or an extra value);
    // false when it ends that row (current_ is then -1).
    bool joins_current_row(Token const& t) {
        RowEvent& e = event();
        bool const same_line = t.line == tokens_[e.label].line;
        if (e.block && !same_line) {
            current_ = -1;
            return false;
        }
        if (int const cells = need_(e.row); static_cast<int>(e.values.size()) < cells) {
            if (e.values.empty()) e.values.reserve(static_cast<std::size_t>(cells));
            e.values.push_back({&t});
            labels_without_values_ = 0;
            return true;
        }
        bool const on_row_line = same_line || (!e.values.empty() && e.values.back()->line == t.line);
        if (on_row_line) {
            if (s_.extra_lines.empty() || s_.extra_lines.back() != t.line)
                s_.extra_lines.push_back(t.line);
            return true;
        }
        current_ = -1;
        return false;
    }

    std::vector<Token> const& tokens_;
    Classify& classify_;
    Need& need_;
    RowStream s_;
    int current_ = -1;  // index into s_.events
    int labels_without_values_ = 0;
    int segment_ = 0;
};

template <class Classify, class Need>
RowStream walk_rows(std::vector<Token> const& tokens, Classify classify, Need need) {
    return RowWalker<Classify, Need>(tokens, classify, need).walk();
}

// ---------------------------------------------------------------------------------------------
// Application table.

std::string app_row_name(ApplicationRow r) { return std::string(label(r)); }

// The application table laid out as text lines. The walk (walk_rows) gives each labelled row the
// values that follow its label; the row is then placed by the first strategy that knows where
// each of its values belongs, from the most direct to the least (place_row). Values that no label
// claimed are placed by the table's order or reported (place_unlabelled), and what is left over
// is reported (report_rest). Every strategy that infers a position records it in the provenance.
class ApplicationLines {
public:
    ApplicationLines(std::vector<std::string_view> const& lines, Region region,
                     FormatVersion format, ApplicationTable cells)
        : lines_(lines), read_{std::move(cells), {}, {}, {}, false}, findings_(read_.findings),
          format_(format), rows_(rows_read(format_)), columns_(all_applicant_columns()),
          width_(static_cast<int>(columns_.size())), tokens_(tokenize(lines, region)),
          anchor_(anchors()), filled_(rows_.size(), false) {}

    ApplicationsRead read() && {
        report_cut_lines(tokens_, lines_, table, findings_);
        RowStream const s = walk_rows(
            tokens_, [this](Token const& t) { return classify(t); }, [this](int) { return width_; });
        for (RowEvent const& e : s.events)
            if (!e.orphan && !e.values.empty()) place_row(e);
        place_unlabelled(s);
        report_rest(s);
        read_.location = location_of(table, extent_);
        read_.found = extent_.first.has_value();
        return std::move(read_);
    }

private:
    static constexpr TableKind table = TableKind::applications;

    // walk_rows' classification: {1, row index} for a row label, {2, -1} for a group label that
    // ends the row being read, {3, -1} for a header, {0, -1} for other text.
    std::pair<int, int> classify(Token const& t) {
        AppLabel m = match_application_label(t.text, format_);
        // The 2021 group label （六）其他处理 is the single row some reports print (taxonomy.hpp)
        // only when a value follows it on its line; otherwise it heads its three sub-rows.
        if (m.kind == AppLabelKind::group && m.row == ApplicationRow::other_handling &&
            format_ == FormatVersion::v2021 && value_follows(t))
            m.kind = AppLabelKind::row;
        switch (m.kind) {
            case AppLabelKind::row: {
                auto it = std::find(rows_.begin(), rows_.end(), m.row);
                if (m.match == MatchKind::variant) variants_.emplace_back(t.line, std::string(t.text));
                return {1, static_cast<int>(it - rows_.begin())};
            }
            case AppLabelKind::group: return {2, -1};
            case AppLabelKind::header: return {3, -1};
            case AppLabelKind::none: break;
        }
        return {0, -1};
    }

    bool value_follows(Token const& t) const {
        for (auto i = static_cast<std::size_t>(&t - tokens_.data()) + 1;
             i < tokens_.size() && tokens_[i].line == t.line; ++i) {
            if (tokens_[i].kind == CellKind::blank) continue;
            return tokens_[i].kind != CellKind::text;
        }
        return false;
    }

    // Column anchors of tab-separated tables (HTML, Word): the header puts 自然人 in the first
    // data column and 总计 six cells to its right. While such a header is in force, a tabbed row's
    // cells at those positions are its seven columns, and an empty one is a blank cell. A header
    // whose 总计 is not exactly six cells right of 自然人 (a shifted page header) gives no anchor.
    // anchor[token] is the cell of 自然人 in force at that token, or -1.
    std::vector<int> anchors() const {
        std::vector<int> anchor(tokens_.size(), -1);
        int natural = -1, total = -1;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            Token const& t = tokens_[i];
            if (t.kind == CellKind::text && t.tabbed && t.text.size() <= 12) {
                NormalizedLabel const normalized(t.text);
                std::string_view const n = normalized;
                if (n == "自然人") natural = t.cell, total = -1;
                else if (n == "总计" && natural >= 0) total = t.cell;
            }
            anchor[i] = natural >= 0 && total == natural + width_ - 1 ? natural : -1;
        }
        return anchor;
    }

    // A labelled row, placed by the first strategy that applies; a row placed before keeps its
    // first values, and a row no strategy places stays blank with a finding.
    void place_row(RowEvent const& e) {
        auto const r = static_cast<std::size_t>(e.row);
        std::size_t const label_line = tokens_[e.label].line;
        if (filled_[r]) {
            findings_.add(make_finding(FindingCode::parse_unplaced_line, Severity::warning, table,
                                       label_line,
                                       "“" + app_row_name(rows_[r]) + "”再次出现，第二次的数值未采用：" +
                                           line_text(lines_, label_line),
                                       id(rows_[r])));
            return;
        }
        extent_.add(label_line);
        if (place_full_row(e) || place_by_anchor(e) || place_by_position(e) ||
            place_one_per_line(e) || place_packed_left(e))
            return;
        findings_.add(make_finding(FindingCode::parse_missing_cells, Severity::warning, table,
                                   label_line,
                                   "“" + app_row_name(rows_[r]) + "”只有 " +
                                       std::to_string(e.values.size()) + " 个数值（" +
                                       values_text(e.values) + "），无法确定所在列，保留为空白",
                                   id(rows_[r])));
        filled_[r] = true;
    }

    // As many values as the row has cells: in column order.
    bool place_full_row(RowEvent const& e) {
        if (static_cast<int>(e.values.size()) != width_) return false;
        fill(e.row, e.values);
        return true;
    }

    // Fewer values than cells in a tabbed table: the header's column positions say where they are.
    bool place_by_anchor(RowEvent const& e) {
        auto const anchored = anchored_cells(e.label, e.values);
        if (anchored.empty()) return false;
        fill(e.row, anchored);
        return true;
    }

    // The seven cells of the row labelled at token `label`, by the anchor; empty when the row's
    // values do not all sit on the label's line inside the anchored columns.
    std::vector<Token const*> anchored_cells(std::size_t label,
                                             std::vector<Token const*> const& values) const {
        std::vector<Token const*> placed;
        Token const& lab = tokens_[label];
        int const a = anchor_[label];
        if (a < 0 || !lab.tabbed || lab.cell >= a) return placed;
        for (auto const& v : values)
            if (v->line != lab.line || v->cell < a || v->cell >= a + width_) return placed;
        placed.assign(static_cast<std::size_t>(width_), nullptr);
        for (std::size_t j = label + 1; j < tokens_.size() && tokens_[j].line == lab.line; ++j) {
            Token const& t = tokens_[j];
            if (t.cell < a || t.cell >= a + width_) continue;
            if (t.kind == CellKind::text) return {};
            placed[static_cast<std::size_t>(t.cell - a)] = &t;
        }
        return placed;
    }

    // All values on the label's line, which holds one cell per column: the blank cells between
    // the values keep their columns.
    bool place_by_position(RowEvent const& e) {
        std::size_t const label_line = tokens_[e.label].line;
        bool const all_on_label_line = std::all_of(
            e.values.begin(), e.values.end(), [&](Token const* v) { return v->line == label_line; });
        if (!all_on_label_line) return false;
        auto const pos = positional_cells(tokens_, e.label, static_cast<std::size_t>(width_));
        if (static_cast<int>(pos.size()) != width_) return false;
        fill(e.row, pos);
        return true;
    }

    // One cell per line after the label, blank ones too.
    bool place_one_per_line(RowEvent const& e) {
        auto const by_line =
            line_cells(lines_, tokens_, e.label, e.values, static_cast<std::size_t>(width_));
        if (static_cast<int>(by_line.size()) != width_) return false;
        fill(e.row, by_line);
        return true;
    }

    // Packed left (a layout that drops blank cells): the last value is the 总计 when the others
    // add up to it, and the others are the first columns. Never on a Markdown row, whose cells
    // keep their columns: one that fits no rule stays blank.
    bool place_packed_left(RowEvent const& e) {
        std::vector<Token const*> const& cells = e.values;
        bool const all_counts =
            !tokens_[e.label].grid && std::all_of(cells.begin(), cells.end(), [](Token const* t) {
                return t->read.number.scale == 0 && count_of(*t);
            });
        if (!all_counts || cells.size() < 2) return false;
        CheckedSum sum;
        for (std::size_t c = 0; c + 1 < cells.size(); ++c) sum.add(*count_of(*cells[c]));
        if (sum.value() != count_of(*cells.back())) return false;
        std::vector<Token const*> placed(static_cast<std::size_t>(width_), nullptr);
        for (std::size_t c = 0; c + 1 < cells.size(); ++c) placed[c] = cells[c];
        placed[static_cast<std::size_t>(width_ - 1)] = cells.back();
        fill(e.row, placed);
        ApplicationRow const row_id = rows_[static_cast<std::size_t>(e.row)];
        for (std::size_t c = 0; c < placed.size(); ++c)
            if (placed[c])
                note_origin(read_.provenance, table, id(row_id), id(columns_[c]), CellOrigin::placed_by_total,
                            "该行只印 " + std::to_string(cells.size()) + " 个数值（" +
                                values_text(e.values) +
                                "），前几个之和等于最后一个，故放在前几列和总计列");
        findings_.add(make_finding(
            FindingCode::parse_missing_cells, Severity::warning, table, tokens_[e.label].line,
            "“" + app_row_name(row_id) + "”只有 " + std::to_string(cells.size()) + " 个数值（" +
                values_text(e.values) + "），按“总计 = 各列之和”放在前 " +
                std::to_string(cells.size() - 1) + " 列和总计列，其余为空白",
            id(row_id)));
        return true;
    }

    // Writes the row's cells (nullptr or blank: left blank) and marks the row filled.
    void fill(int r, std::vector<Token const*> const& cells) {
        ApplicationRow const row_id = rows_[static_cast<std::size_t>(r)];
        ApplicantRow* row = row_to_write(read_.cells, format_, row_id);
        if (!row) return;
        for (int c = 0; c < width_ && c < static_cast<int>(cells.size()); ++c) {
            Token const* t = cells[static_cast<std::size_t>(c)];
            if (!t || t->kind == CellKind::blank) continue;
            ApplicantColumn const column = columns_[static_cast<std::size_t>(c)];
            put_count(cell(*row, column), *t, table, row_id, column, findings_);
            extent_.add(t->line);
        }
        filled_[static_cast<std::size_t>(r)] = true;
    }

    // Values without a label of their own (runs split by a page break merged): placed on the
    // unfilled rows between the labelled rows around them when they are exactly a whole number of
    // those rows, else reported line by line.
    void place_unlabelled(RowStream const& s) {
        for (std::size_t k = 0; k < s.events.size(); ++k) {
            if (!s.events[k].orphan) continue;
            std::vector<Token const*> values;
            bool in_doubt = false;
            std::size_t j = k;
            for (; j < s.events.size(); ++j) {
                RowEvent const& o = s.events[j];
                if (o.orphan) {
                    in_doubt = in_doubt || o.in_doubt;
                    values.insert(values.end(), o.values.begin(), o.values.end());
                } else if (!o.values.empty()) {
                    break;
                }
            }
            std::vector<int> const gap = unfilled_rows_around(s, k, j);
            if (!in_doubt && !gap.empty() &&
                values.size() == gap.size() * static_cast<std::size_t>(width_))
                place_in_order(gap, values);
            else
                report_unplaced(values, in_doubt);
            k = j - 1;
        }
    }

    // The unfilled rows between the labelled row with values before event `first` and the one at
    // event `next` (never 2021's optional single （六） row).
    std::vector<int> unfilled_rows_around(RowStream const& s, std::size_t first,
                                          std::size_t next) const {
        int prev_row = -1, next_row = static_cast<int>(rows_.size());
        for (std::size_t p = first; p-- > 0;)
            if (!s.events[p].orphan && !s.events[p].values.empty() && !s.events[p].block) {
                prev_row = s.events[p].row;
                break;
            }
        if (next < s.events.size()) next_row = s.events[next].row;
        std::vector<int> gap;
        for (int r = prev_row + 1; r < next_row; ++r)
            if (!filled_[static_cast<std::size_t>(r)] &&
                has_row(format_, rows_[static_cast<std::size_t>(r)]))
                gap.push_back(r);
        return gap;
    }

    void place_in_order(std::vector<int> const& gap, std::vector<Token const*> const& values) {
        auto const w = static_cast<std::ptrdiff_t>(width_);
        for (std::size_t g = 0; g < gap.size(); ++g) {
            auto const from = values.begin() + static_cast<std::ptrdiff_t>(g) * w;
            std::vector<Token const*> const cells(from, from + w);
            fill(gap[g], cells);
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (cells[c]->kind != CellKind::blank)
                    note_origin(read_.provenance, table, id(rows_[static_cast<std::size_t>(gap[g])]),
                                id(columns_[c]), CellOrigin::placed_by_order,
                                "数值与行标签分开印出，按表格顺序放入前后两个有标签的行之间未填的行");
        }
    }

    void report_unplaced(std::vector<Token const*> const& values, bool in_doubt) {
        std::size_t last_line = static_cast<std::size_t>(-1);
        for (auto const* t : values) {
            // Values in doubt are the table's all the same: it was found, not read.
            if (in_doubt) extent_.add(t->line);
            if (t->line == last_line) continue;
            last_line = t->line;
            findings_.add(make_finding(FindingCode::parse_unplaced_line, Severity::warning, table,
                                       t->line,
                                       "申请情况表中无法归入任何一行的数值：" + line_text(lines_, t->line)));
        }
    }

    // Label variants, values past a row's seven cells, text inside the table that matched
    // nothing, and rows not found at all.
    void report_rest(RowStream const& s) {
        for (auto const& [line, text] : variants_)
            findings_.add(make_finding(FindingCode::parse_label_variant, Severity::info, table, line,
                                       "行标签“" + text + "”与官方表述不同，已按近似标签识别"));
        for (std::size_t line : s.extra_lines)
            findings_.add(make_finding(FindingCode::parse_extra_cells, Severity::warning, table, line,
                                       "该行数值多于 7 列，多出的数值未采用：" +
                                           line_text(lines_, line)));
        if (!extent_.first) return;
        std::size_t last_reported = static_cast<std::size_t>(-1);
        for (std::size_t line : s.unknown_lines) {
            if (line < *extent_.first || line > *extent_.last || line == last_reported) continue;
            last_reported = line;
            findings_.add(make_finding(FindingCode::parse_unplaced_line, Severity::info, table, line,
                                       "表格区域内未能识别的文字：" + line_text(lines_, line)));
        }
        for (std::size_t r = 0; r < rows_.size(); ++r)
            if (!filled_[r] && missing(s, r))
                findings_.add(make_finding(FindingCode::parse_missing_cells, Severity::warning,
                                           table, *extent_.first,
                                           "未找到“" + app_row_name(rows_[r]) + "”一行，其单元格保留为空白",
                                           id(rows_[r])));
    }

    // Whether unfilled row r is missing from the table, rather than printed with no values or
    // optional.
    bool missing(RowStream const& s, std::size_t r) const {
        if (!has_row(format_, rows_[r])) return false;  // 2021's single （六） row is printed or not
        // Sub-rows a 2021 table printed as the single （六）其他处理 row instead: not lost.
        if (read_.cells.other_handling && group_of(rows_[r]) == OutcomeGroup::other)
            return false;
        // Printed with no values: blank cells, nothing lost.
        return std::none_of(s.events.begin(), s.events.end(), [&](RowEvent const& e) {
            return !e.orphan && e.row == static_cast<int>(r);
        });
    }

    std::vector<std::string_view> const& lines_;
    ApplicationsRead read_;
    FindingList findings_;  // into read_.findings
    FormatVersion const format_;
    std::span<ApplicationRow const> const rows_;
    std::span<ApplicantColumn const> const columns_;
    int const width_;
    std::vector<Token> const tokens_;
    std::vector<int> const anchor_;
    std::vector<bool> filled_;
    Extent extent_;
    std::vector<std::pair<std::size_t, std::string>> variants_;  // (line, label) to report
};

}  // namespace

ApplicationsRead read_applications(std::vector<std::string_view> const& lines, Region region,
                                   FormatVersion format, ApplicationTable cells) {
    return ApplicationLines(lines, region, format, std::move(cells)).read();
}

// ---------------------------------------------------------------------------------------------
// Article 20 tables.

namespace {

void put_article20(Article20& tables, FindingList& findings, Article20Row row,
                   Article20Column column, Token const& t, MoneyUnit fallback) {
    if (!hold_article20_row(tables, row)) return;
    auto ref = article20_cell(tables, row, column);
    if (!ref) return;
    if (auto* const* count = std::get_if<Cell*>(&*ref)) {
        put_count(**count, t, TableKind::article20, row, column, findings);
    } else if (auto* const* money = std::get_if<MoneyCell*>(&*ref)) {
        put_money(**money, t, fallback, TableKind::article20, row, column, findings);
    }
}

}  // namespace

namespace {

// The Article 20 tables laid out as text lines. The row-labelled stream (walk_rows) gives each
// row the values after its label; a row with fewer values than columns takes its cells by
// position on its label's line, or line by line (row_cells). Values no row claims, a row printed
// twice, lines with extra values and unknown text inside the table are reported.
class Article20Lines {
public:
    Article20Lines(std::vector<std::string_view> const& lines, Region region, Article20 cells)
        : lines_(lines), read_{std::move(cells), {}, {}, {}, false}, findings_(read_.findings),
          format_(format_of(read_.cells)), rows_(article20_rows_read(format_)),
          tokens_(tokenize(lines, region)), filled_(rows_.size(), false) {}

    Article20Read read() && {
        report_cut_lines(tokens_, lines_, table, findings_);
        auto classify = [this](Token const& t) { return classify_cell(t); };
        auto need = [this](int r) {
            return static_cast<int>(
                article20_columns(format_, rows_[static_cast<std::size_t>(r)]).size());
        };
        RowStream const s = walk_rows(tokens_, classify, need);
        for (auto const& e : s.events) {
            if (e.orphan)
                report_orphans(e);
            else if (!e.values.empty())
                read_row(e);
        }
        report_leftovers(s);
        read_.location = location_of(table, extent_);
        read_.found = extent_.first.has_value();
        return std::move(read_);
    }

private:
    static constexpr TableKind table = TableKind::article20;

    // walk_rows' classification: {1, row index} for a row label, {2, -1} for a caption or column
    // header, {0, -1} for other text. Label variants and the procurement amount's unit (in its
    // header) are noted on the way.
    std::pair<int, int> classify_cell(Token const& t) {
        A20Label const m = match_article20_label(t.text, format_);
        if (m.is_row) {
            if (m.match == MatchKind::variant)
                variants_.emplace_back(t.line, article20_variant_note(t.text, m.row));
            auto it = std::find(rows_.begin(), rows_.end(), m.row);
            return {1, static_cast<int>(it - rows_.begin())};
        }
        if (m.is_header) {
            NormalizedLabel const normalized(t.text);
            std::string_view const n = normalized;
            if (contains(n, "采购总金额")) procurement_unit_ = unit_in_header(n);
            if (is_article20_column_variant(n))
                variants_.emplace_back(t.line, "标签“" + std::string(t.text) +
                                                   "”与官方表述不同，已按近似标签识别");
            return {2, -1};
        }
        return {0, -1};
    }

    // Values no row label claims: one finding per line.
    void report_orphans(RowEvent const& e) {
        std::size_t last_line = static_cast<std::size_t>(-1);
        for (auto const& v : e.values) {
            if (v->line == last_line) continue;
            last_line = v->line;
            findings_.add(make_finding(
                FindingCode::parse_unplaced_line, Severity::warning, table, v->line,
                "第二十条表格中无法归入任何一行的数值：" + line_text(lines_, v->line)));
        }
    }

    void read_row(RowEvent const& e) {
        auto const r = static_cast<std::size_t>(e.row);
        Article20Row const row = rows_[r];
        auto const cols = article20_columns(format_, row);
        std::size_t const label_line = tokens_[e.label].line;
        if (filled_[r]) {
            findings_.add(make_finding(
                FindingCode::parse_unplaced_line, Severity::warning, table, label_line,
                "“" + std::string(label(row, format_)) + "”再次出现，第二次的数值未采用：" +
                    line_text(lines_, label_line),
                id(row)));
            return;
        }
        filled_[r] = true;
        extent_.add(label_line);
        auto const cells = row_cells(e, row, cols.size());
        if (!cells) return;
        MoneyUnit const fallback = row == Article20Row::fees && format_ == FormatVersion::v2021
                                       ? MoneyUnit::wan_yuan
                                       : procurement_unit_;
        for (std::size_t c = 0; c < cols.size(); ++c) {
            if ((*cells)[c]->kind == CellKind::blank) continue;
            put_article20(read_.cells, findings_, row, cols[c], *(*cells)[c], fallback);
            extent_.add((*cells)[c]->line);
        }
    }

    // The row's `width` cells. A row with fewer values than that takes its cells by position when
    // all its values stand on its label's line (blank cells counted), else line by line; when
    // neither gives `width` cells it stays blank, reported as parse_missing_cells.
    std::optional<std::vector<Token const*>> row_cells(RowEvent const& e, Article20Row row,
                                                       std::size_t width) {
        if (e.values.size() >= width) return e.values;
        std::size_t const label_line = tokens_[e.label].line;
        auto const pos = positional_cells(tokens_, e.label, width);
        bool const on_line = std::all_of(e.values.begin(), e.values.end(),
                                         [&](Token const* t) { return t->line == label_line; });
        if (on_line && pos.size() == width) return pos;
        if (auto by_line = line_cells(lines_, tokens_, e.label, e.values, width);
            by_line.size() == width)
            return by_line;
        findings_.add(make_finding(
            FindingCode::parse_missing_cells, Severity::warning, table, label_line,
            "“" + std::string(label(row, format_)) + "”应有 " + std::to_string(width) +
                " 个数值，只找到 " + std::to_string(e.values.size()) + " 个（" +
                values_text(e.values) + "），保留为空白",
            id(row)));
        return std::nullopt;
    }

    // Label variants, lines with more values than their row has cells, and text inside the
    // table's extent that matched nothing.
    void report_leftovers(RowStream const& s) {
        for (auto const& [line, note] : variants_)
            findings_.add(
                make_finding(FindingCode::parse_label_variant, Severity::info, table, line, note));
        for (std::size_t line : s.extra_lines)
            findings_.add(make_finding(FindingCode::parse_extra_cells, Severity::warning, table,
                                       line,
                                       "该行数值多于表格列数，多出的数值未采用：" +
                                           line_text(lines_, line)));
        if (!extent_.first) return;
        std::size_t last_reported = static_cast<std::size_t>(-1);
        for (std::size_t line : s.unknown_lines) {
            if (line < *extent_.first || line > *extent_.last || line == last_reported) continue;
            last_reported = line;
            findings_.add(make_finding(FindingCode::parse_unplaced_line, Severity::info, table,
                                       line,
                                       "表格区域内未能识别的文字：" + line_text(lines_, line)));
        }
    }

    std::vector<std::string_view> const& lines_;
    Article20Read read_;
    FindingList findings_;  // into read_.findings
    FormatVersion format_;
    std::span<Article20Row const> rows_;
    std::vector<Token> const tokens_;
    std::vector<bool> filled_;  // rows already read: a second printing is reported, not read
    MoneyUnit procurement_unit_ = MoneyUnit::unknown;
    std::vector<std::pair<std::size_t, std::string>> variants_;
    Extent extent_;
};

}  // namespace

Article20Read read_article20(std::vector<std::string_view> const& lines, Region region,
                             Article20 cells) {
    return Article20Lines(lines, region, std::move(cells)).read();
}

// ---------------------------------------------------------------------------------------------
// Review and litigation table: 15 cells, three groups of five.

namespace {

// The review and litigation table laid out as text lines. Its values are collected in order, in
// runs split wherever text stands between them (collect_runs); fifteen or more are placed in
// table order when that is how they were printed (place_in_order), else regrouped by their totals
// (place_regrouped); fewer are placed only when one line holds all fifteen cells (place_one_line).
class ReviewLines {
public:
    ReviewLines(std::vector<std::string_view> const& lines, Region region,
                ReviewLitigationTable cells)
        : lines_(lines), read_{std::move(cells), {}, {}, {}, false}, findings_(read_.findings),
          tokens_(tokenize(lines, region)) {}

    ReviewRead read() && {
        report_cut_lines(tokens_, lines_, table, findings_);
        collect_runs();
        drop_trailing_empty_paragraphs();
        for (auto const& r : runs_) all_.insert(all_.end(), r.values.begin(), r.values.end());
        if (std::all_of(all_.begin(), all_.end(),
                        [](Token const* t) { return t->kind == CellKind::blank; }))
            return std::move(read_);  // no value at all: no table here
        if (all_.size() >= 15) place_fifteen();
        else place_one_line();
        read_.location = location_of(table, extent_);
        read_.found = true;
        return std::move(read_);
    }

private:
    static constexpr TableKind table = TableKind::review_litigation;

    struct Run {
        std::vector<Token const*> values;
        std::vector<ReviewGroup> labels_before;  // group labels in the text just before the run
    };

    // Which empty tokens are blank cells of the table rather than layout. On a Markdown row the
    // empty cells after its last text cell (its label, if any) are, when they come in whole
    // groups of five: a group left blank is a row of five empty cells. A line holding only
    // &nbsp; (one cell per line, Word and browser exports) is one.
    std::vector<bool> blank_cells() const {
        std::vector<bool> blank_cell(tokens_.size(), false);
        for (std::size_t i = 0; i < tokens_.size();) {
            std::size_t end = i + 1;
            while (end < tokens_.size() && tokens_[end].line == tokens_[i].line) ++end;
            if (tokens_[i].grid) {
                std::size_t from = i;
                for (std::size_t k = i; k < end; ++k)
                    if (tokens_[k].kind == CellKind::text) from = k + 1;
                if (end > from && (end - from) % 5 == 0)
                    for (std::size_t k = from; k < end; ++k)
                        blank_cell[k] = tokens_[k].kind == CellKind::blank;
            }
            i = end;
        }
        for (std::size_t i = 0; i < tokens_.size(); ++i)
            if (tokens_[i].blank_cell_line && tokens_[i].cells_on_line == 1 &&
                holds_wide_space(lines_[tokens_[i].line]))
                blank_cell[i] = true;
        return blank_cell;
    }

    // The values from the table's first label or header on, in runs split by text, each run with
    // the group labels printed just before it.
    void collect_runs() {
        std::vector<bool> const blank_cell = blank_cells();
        std::vector<ReviewGroup> pending_labels;
        bool started = false, text_since_value = true;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            Token const& t = tokens_[i];
            if ((t.kind == CellKind::blank && !blank_cell[i]) || t.kind == CellKind::page_number)
                continue;
            if (t.kind == CellKind::text) {
                NormalizedLabel const normalized(t.text);
                std::string_view const n = normalized;
                if (auto g = match_review_group(t.text, n)) {
                    pending_labels.push_back(*g);
                    started = true;
                    extent_.add(t.line);
                } else if (contains(n, "结果") || contains(n, "审结") || n == "总计" ||
                           contains(n, "诉讼")) {
                    started = true;
                }
                text_since_value = true;
                continue;
            }
            if (!started) continue;  // numbers in the narrative above the table
            // An &nbsp; line starts no run: one before the table is a paragraph left empty.
            if (t.kind == CellKind::blank && !t.grid && text_since_value) continue;
            if (text_since_value || runs_.empty()) {
                runs_.push_back({});
                runs_.back().labels_before = std::move(pending_labels);
                pending_labels.clear();
            }
            text_since_value = false;
            runs_.back().values.push_back(&t);
            extent_.add(t.line);
        }
    }

    // An &nbsp; line after the table's last cell is an empty paragraph, not a 16th cell.
    void drop_trailing_empty_paragraphs() {
        std::size_t total = 0;
        for (auto const& r : runs_) total += r.values.size();
        while (total > 15 && !runs_.empty() && !runs_.back().values.empty()) {
            Token const* last = runs_.back().values.back();
            if (last->kind != CellKind::blank || last->grid) break;
            runs_.back().values.pop_back();
            --total;
            if (runs_.back().values.empty()) runs_.pop_back();
        }
    }

    void place(std::size_t g, std::vector<Token const*> const& five) {
        auto& grp = group(read_.cells, groups_[g]);
        for (std::size_t c = 0; c < 5; ++c)
            if (five[c]->kind != CellKind::blank)
                put_count(cell(grp, columns_[c]), *five[c], table, groups_[g], columns_[c],
                          findings_);
    }

    static std::optional<std::int64_t> number(Token const* t) {
        if (t->read.number.scale != 0) return std::nullopt;
        return count_of(*t);
    }

    // Whether four counts add up to the fifth, the group's 总计.
    static bool adds_up(std::vector<Token const*> const& five) {
        CheckedSum sum;
        for (std::size_t c = 0; c < 4; ++c) {
            auto v = number(five[c]);
            if (!v) return false;
            sum.add(*v);
        }
        auto total = number(five[4]);
        return total && sum.value() == total;
    }

    // Fifteen values or more: the first fifteen, in order or regrouped; the rest reported.
    void place_fifteen() {
        if (all_.size() > 15)
            findings_.add(make_finding(
                FindingCode::parse_extra_cells, Severity::warning, table, all_[15]->line,
                "复议诉讼表有 " + std::to_string(all_.size()) +
                    " 个数值，多于 15 个单元格，多出的未采用：" + line_text(lines_, all_[15]->line)));
        std::size_t runs_used = 0, counted = 0;
        while (runs_used < runs_.size() && counted < 15) counted += runs_[runs_used++].values.size();
        if (place_in_order(runs_used) || place_regrouped(runs_used)) return;
        findings_.add(make_finding(
            FindingCode::parse_uncertain_cells, Severity::warning, table, all_.front()->line,
            "复议诉讼表的 15 个数值顺序被打乱且无法按合计关系归组，全部保留为空白"));
    }

    // In table order, when every group adds up so, or when the runs that hold the fifteen each
    // hold whole groups: that is the table as printed, even if it does not add up (that is for
    // the validators to say); only broken-up runs are rebuilt.
    bool place_in_order(std::size_t runs_used) {
        std::vector<std::vector<Token const*>> seq(3);
        for (std::size_t i = 0; i < 15; ++i) seq[i / 5].push_back(all_[i]);
        bool const sequential_ok = adds_up(seq[0]) && adds_up(seq[1]) && adds_up(seq[2]);
        bool whole_groups = true;
        for (std::size_t r = 0; r < runs_used; ++r)
            whole_groups = whole_groups && runs_[r].values.size() % 5 == 0;
        if (!sequential_ok && !whole_groups) return false;
        for (std::size_t g = 0; g < 3; ++g) place(g, seq[g]);
        return true;
    }

    struct Built {
        std::vector<Token const*> five;
        std::vector<ReviewGroup> labels;
    };

    // Scrambled (pdftotext default mode): the groups rebuilt from runs of five that add up and
    // runs of four completed by a lone total, named by the group label printed just before them,
    // the rest in table order.
    bool place_regrouped(std::size_t runs_used) {
        auto const built = groups_by_totals(runs_used);
        if (built.size() != 3) return false;
        std::vector<bool> taken(3, false);
        std::vector<int> assigned(3, -1);
        for (std::size_t b = 0; b < 3; ++b)
            for (auto g : built[b].labels) {
                auto gi = static_cast<std::size_t>(std::find(groups_.begin(), groups_.end(), g) -
                                                   groups_.begin());
                if (taken[gi]) continue;
                taken[gi] = true;
                assigned[b] = static_cast<int>(gi);
                break;
            }
        for (std::size_t b = 0; b < 3; ++b) {
            if (assigned[b] >= 0) continue;
            auto const gi = static_cast<std::size_t>(std::find(taken.begin(), taken.end(), false) -
                                                     taken.begin());
            taken[gi] = true;
            assigned[b] = static_cast<int>(gi);
        }
        for (std::size_t b = 0; b < 3; ++b) {
            auto const g = static_cast<std::size_t>(assigned[b]);
            place(g, built[b].five);
            for (std::size_t c = 0; c < 5; ++c)
                note_origin(read_.provenance, table, id(groups_[g]), id(columns_[c]),
                            CellOrigin::regrouped_by_total,
                            "复议诉讼表的数值顺序被打乱，按“总计 = 四项之和”和组标签归入此组");
        }
        findings_.add(make_finding(FindingCode::parse_uncertain_cells, Severity::info, table,
                                   all_.front()->line,
                                   "复议诉讼表的数值顺序被打乱，已按“总计 = 四项之和”和组标签重新归组"));
        return true;
    }

    // The groups the first `runs_used` runs make by their totals; empty when a run fits none.
    std::vector<Built> groups_by_totals(std::size_t runs_used) const {
        std::vector<Built> built;
        std::vector<bool> used(runs_.size(), false);
        for (std::size_t r = 0; r < runs_used; ++r) {
            if (used[r]) continue;
            auto const& v = runs_[r].values;
            if (v.size() == 5 && adds_up(v)) {
                built.push_back({v, runs_[r].labels_before});
                used[r] = true;
            } else if (v.size() == 4) {
                auto const total = lone_total_for(v, r, runs_used, used);
                if (!total) return {};
                std::vector<Token const*> five = v;
                five.push_back(runs_[*total].values[0]);
                built.push_back({five, runs_[r].labels_before});
                used[r] = used[*total] = true;
            } else if (v.size() != 1) {
                return {};
            }
        }
        for (std::size_t r = 0; r < runs_used; ++r)
            if (!used[r]) return {};
        return built;
    }

    // The first unused run of one value that completes the four values of run r to a group.
    std::optional<std::size_t> lone_total_for(std::vector<Token const*> const& four, std::size_t r,
                                              std::size_t runs_used,
                                              std::vector<bool> const& used) const {
        for (std::size_t q = 0; q < runs_used; ++q) {
            if (used[q] || q == r || runs_[q].values.size() != 1) continue;
            std::vector<Token const*> five = four;
            five.push_back(runs_[q].values[0]);
            if (adds_up(five)) return q;
        }
        return std::nullopt;
    }

    // Fewer than 15 values: their positions are known only when one line holds all 15 cells.
    void place_one_line() {
        std::size_t const line = all_.front()->line;
        std::vector<Token const*> row = cells_of_one_line(line);
        if (row.size() != 15) {
            findings_.add(make_finding(FindingCode::parse_missing_cells, Severity::warning, table,
                                       line,
                                       "复议诉讼表只找到 " + std::to_string(all_.size()) +
                                           " 个数值，少于 15 个单元格，无法确定位置，保留为空白"));
            return;
        }
        for (std::size_t g = 0; g < 3; ++g)
            place(g, std::vector<Token const*>(row.begin() + static_cast<std::ptrdiff_t>(g * 5),
                                               row.begin() + static_cast<std::ptrdiff_t>(g * 5 + 5)));
    }

    // The cells of `line` when every value is on it, trimmed of empty cells outside the table;
    // empty when the values are on several lines.
    std::vector<Token const*> cells_of_one_line(std::size_t line) const {
        std::vector<Token const*> row;
        for (auto const* t : all_)
            if (t->line != line) return row;
        for (auto const& t : tokens_)
            if (t.line == line) row.push_back(&t);
        // A tabbed row of exactly 15 cells is the table's grid: trailing empty cells are blank
        // cells (HTML &nbsp;), not padding.
        while (!row.empty() && row.back()->kind == CellKind::blank && row.size() > 15) row.pop_back();
        if (row.size() != 15 || !row.front()->tabbed)
            while (!row.empty() && row.back()->kind == CellKind::blank) row.pop_back();
        while (!row.empty() && row.front()->kind == CellKind::blank && row.size() > 15)
            row.erase(row.begin());
        return row;
    }

    std::vector<std::string_view> const& lines_;
    ReviewRead read_;
    FindingList findings_;  // into read_.findings
    std::vector<Token> const tokens_;
    std::span<ReviewGroup const> const groups_ = review_groups();
    std::span<ReviewColumn const> const columns_ = review_columns();
    std::vector<Run> runs_;
    std::vector<Token const*> all_;  // the values of all runs, in order
    Extent extent_;
};

}  // namespace

ReviewRead read_review_litigation(std::vector<std::string_view> const& lines, Region region,
                                  ReviewLitigationTable cells) {
    return ReviewLines(lines, region, std::move(cells)).read();
}

}  // namespace govinfo::detail

namespace govinfo::detail {

void note_origin(std::vector<CellProvenance>& provenance, TableKind table, std::string_view row,
                 std::string_view column, CellOrigin how, std::string detail) {
    provenance.push_back({table, std::string(row), std::string(column), how, std::move(detail)});
}

void note_origin(Report& report, TableKind table, std::string_view row, std::string_view column,
                 CellOrigin how, std::string detail) {
    note_origin(report.provenance, table, row, column, how, std::move(detail));
}

}  // namespace govinfo::detail

// ---------------------------------------------------------------------------------------------
// One cell of a grid (grid_tables.cpp), written the way the line readers write theirs: the same
// reading of numbers, blanks and "/" and the same findings about cells that are none of them.

namespace govinfo::detail {
namespace {

Token grid_token(std::string_view text, CellRead const& read) {
    Token t;
    t.kind = read.kind;
    t.read = read;
    t.text = text;
    return t;
}

}  // namespace

void put_grid_cell(Report& report, ApplicationRow row, ApplicantColumn column,
                   std::string_view text, CellRead const& read) {
    // 2021's single （六）其他处理 row is held once it has something written in it.
    ApplicantRow* r = read.kind == CellKind::blank
                          ? find_row(report.applications, row)
                          : row_to_write(report.applications, report.format(), row);
    if (!r) return;
    FindingList findings(report.diagnostics, report.diagnostics.size());
    put_count(cell(*r, column), grid_token(text, read), TableKind::applications, row, column,
              findings);
}

void put_grid_cell(Report& report, ReviewGroup group, ReviewColumn column, std::string_view text,
                   CellRead const& read) {
    FindingList findings(report.diagnostics, report.diagnostics.size());
    put_count(cell(govinfo::group(report.review_litigation, group), column),
              grid_token(text, read), TableKind::review_litigation, group, column, findings);
}

void put_grid_cell(Report& report, Article20Row row, Article20Column column, std::string_view text,
                   CellRead const& read, MoneyUnit fallback) {
    FindingList findings(report.diagnostics, report.diagnostics.size());
    put_article20(report.article20, findings, row, column, grid_token(text, read), fallback);
}

}  // namespace govinfo::detail
