#include "source/text_grid.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "text/normalize.hpp"

namespace govinfo::detail {
namespace {

// No statutory table is wider than 17 columns; a line of more fields than this is no table row
// (and a grid of it would cost a cell per tab).
constexpr std::size_t kMaxFields = 64;
// Nor longer than a few dozen rows: a run of rows whose grid would cover more positions than
// this stays lines (the grid reader would not map it either, grid_tables.cpp), so a text of a
// million tab rows costs no more memory than it did as paragraphs.
constexpr std::size_t kMaxPositions = std::size_t{1} << 20;

enum class Family { none, tab, pipe };

Family family_of(std::string_view line) noexcept {
    if (line.empty()) return Family::none;
    if (std::memchr(line.data(), '\t', line.size())) return Family::tab;
    if (!std::memchr(line.data(), '|', line.size())) return Family::none;
    std::string_view const t = trim(line);
    if (t.empty() || (t.front() != '|' && t.back() != '|')) return Family::none;
    return std::count(t.begin(), t.end(), '|') >= 2 ? Family::pipe : Family::none;
}

// The trimmed fields of a row. A Markdown row's outer pipes enclose its fields; "a | b |" has
// two.
std::vector<std::string_view> fields_of(std::string_view line, Family family) {
    char const separator = family == Family::tab ? '\t' : '|';
    if (family == Family::pipe) {
        line = trim(line);
        if (!line.empty() && line.front() == '|') line.remove_prefix(1);
        if (!line.empty() && line.back() == '|') line.remove_suffix(1);
    }
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= line.size()) {
        std::size_t end = line.find(separator, start);
        if (end == std::string_view::npos) end = line.size();
        out.push_back(trim(line.substr(start, end - start)));
        start = end + 1;
    }
    return out;
}

std::size_t non_empty(std::vector<std::string_view> const& fields) noexcept {
    return static_cast<std::size_t>(
        std::count_if(fields.begin(), fields.end(), [](std::string_view f) { return !f.empty(); }));
}

// "|---|:--:|": the line under a Markdown header, no row of the table.
bool is_separator_row(std::vector<std::string_view> const& fields) noexcept {
    bool dash = false;
    for (std::string_view f : fields)
        for (char c : f) {
            if (c == '-') dash = true;
            else if (c != ':' && c != ' ') return false;
        }
    return dash;
}

// A count as a table prints it: ASCII digits with a sign, point or separators. Only used to
// tell a row of values from a row of labels when restoring a label's row span.
bool looks_numeric(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+';
    });
}

struct Row {
    std::vector<std::string_view> fields;
    PlainTextLine const* source = nullptr;
};

struct Run {
    std::size_t first = 0, end = 0;  // lines [first, end)
    Family family = Family::none;
};

// The rows of a run of lines of one family, separator rows left out; nullopt when the run is no
// row layout (too few lines of several fields, or a line too wide for any table).
std::optional<std::vector<Row>> rows_of(std::vector<PlainTextLine> const& lines, Run const& run) {
    std::vector<Row> rows;
    std::size_t several = 0, width = 0;
    for (std::size_t i = run.first; i < run.end; ++i) {
        Row row{fields_of(lines[i].text, run.family), &lines[i]};
        width = std::max(width, row.fields.size());
        if (width > kMaxFields || width * (rows.size() + 1) > kMaxPositions) return std::nullopt;
        if (run.family == Family::pipe && is_separator_row(row.fields)) continue;
        several += non_empty(row.fields) >= 2;
        rows.push_back(std::move(row));
    }
    if (several < 2 || 2 * several < rows.size()) return std::nullopt;
    return rows;
}

std::size_t first_non_empty(Row const& row) noexcept {
    for (std::size_t k = 0; k < row.fields.size(); ++k)
        if (!row.fields[k].empty()) return k;
    return row.fields.size();
}

bool has_value_after(Row const& row, std::size_t column) noexcept {
    for (std::size_t k = column + 1; k < row.fields.size(); ++k)
        if (looks_numeric(row.fields[k])) return true;
    return false;
}

// How many rows the label that starts row r spans: the rows after it that leave its column and
// every column before it empty and carry on with a label and values of their own.
std::uint32_t label_span(std::vector<Row> const& rows, std::size_t r) {
    std::size_t const c = first_non_empty(rows[r]);
    if (c >= rows[r].fields.size() || looks_numeric(rows[r].fields[c]) ||
        non_empty(rows[r].fields) < 2 || !has_value_after(rows[r], c))
        return 1;
    std::size_t k = r + 1;
    for (; k < rows.size(); ++k) {
        std::size_t const f = first_non_empty(rows[k]);
        if (f <= c || f >= rows[k].fields.size() || looks_numeric(rows[k].fields[f]) ||
            !has_value_after(rows[k], f))
            break;
    }
    return static_cast<std::uint32_t>(k - r);
}

DocumentTable grid_of(std::vector<PlainTextLine> const& lines, Run const& run,
                      std::vector<Row> const& rows) {
    DocumentTable t;
    for (std::size_t i = run.first; i < run.end; ++i)
        t.source_lines.push_back({std::string(lines[i].text), SourceLocation{lines[i].line, 0, {}}});
    t.rows = static_cast<std::uint32_t>(rows.size());
    t.where.line = rows.front().source->line;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Row const& row = rows[r];
        t.columns = std::max(t.columns, static_cast<std::uint32_t>(row.fields.size()));
        std::size_t const first = first_non_empty(row);
        for (std::size_t k = first; k < row.fields.size(); ++k) {
            DocumentCell& cell = t.cells.emplace_back();
            cell.row = static_cast<std::uint32_t>(r);
            cell.column = static_cast<std::uint32_t>(k);
            cell.text = std::string(row.fields[k]);
            auto const& lines = row.source->field_lines;
            cell.where.line = k < lines.size() && lines[k] > 0 ? lines[k] : row.source->line;
            if (k == first) cell.row_span = label_span(rows, r);
        }
    }
    return t;
}

// The runs of consecutive lines of one family, in order.
template <class Line, class Text>
std::vector<Run> runs_of(std::vector<Line> const& lines, Text&& text_of) {
    std::vector<Run> out;
    for (std::size_t i = 0; i < lines.size();) {
        Family const f = family_of(text_of(lines[i]));
        if (f == Family::none) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < lines.size() && family_of(text_of(lines[j])) == f) ++j;
        out.push_back({i, j, f});
        i = j;
    }
    return out;
}

void paragraphs(std::vector<PlainTextLine> const& lines, std::size_t first, std::size_t end,
                std::vector<Block>& out) {
    for (std::size_t i = first; i < end; ++i) {
        if (lines[i].text.empty()) continue;
        Paragraph p;
        p.text = std::string(lines[i].text);  // as written: the layout readers rely on its spaces
        p.where.line = lines[i].line;
        out.emplace_back(std::move(p));
    }
}

}  // namespace

std::vector<Block> text_blocks(std::vector<PlainTextLine> const& lines) {
    std::vector<Block> out;
    std::size_t done = 0;
    for (Run const& run : runs_of(lines, [](PlainTextLine const& l) { return l.text; })) {
        auto rows = rows_of(lines, run);
        if (!rows || rows->empty()) continue;
        paragraphs(lines, done, run.first, out);
        out.emplace_back(grid_of(lines, run, *rows));
        done = run.end;
    }
    paragraphs(lines, done, lines.size(), out);
    return out;
}

bool has_text_grid(std::vector<std::string_view> const& lines) {
    // Most text holds neither a tab nor a pipe: one scan of each line says so.
    bool any = false;
    for (std::string_view l : lines)
        if (!l.empty() && (std::memchr(l.data(), '\t', l.size()) || std::memchr(l.data(), '|', l.size()))) {
            any = true;
            break;
        }
    if (!any) return false;
    std::vector<PlainTextLine> text;
    for (Run const& run : runs_of(lines, [](std::string_view l) { return l; })) {
        text.clear();
        for (std::size_t i = run.first; i < run.end; ++i) text.push_back({lines[i], 0, {}});
        if (rows_of(text, Run{0, text.size(), run.family})) return true;
    }
    return false;
}

}  // namespace govinfo::detail
