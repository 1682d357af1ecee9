#include "parse/flatten.hpp"

#include <algorithm>

#include "text/normalize.hpp"
#include "text/search.hpp"

namespace govinfo::detail {
namespace {

bool is_ascii_word(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

// Tabs and line breaks inside a cell would split its row line; they become nothing or spaces.
std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view const piece = trim(text.substr(start, end - start));
        if (!piece.empty()) {
            if (!out.empty() && is_ascii_word(out.back()) && is_ascii_word(piece.front()))
                out += ' ';
            out += piece;
        }
        start = end + 1;
    }
    std::replace(out.begin(), out.end(), '\t', ' ');
    return out;
}

namespace {

std::optional<Box> merged(std::optional<Box> a, std::optional<Box> const& b) {
    if (!b) return a;
    if (!a) return b;
    return Box{std::min(a->left, b->left), std::min(a->top, b->top),
               std::max(a->right, b->right), std::max(a->bottom, b->bottom)};
}

class Writer {
public:
    explicit Writer(SourceKind kind) : kind_(kind) {}

    // Text sources: blank lines before a paragraph or a grid row come back, so that it lands
    // on its own line number.
    void pad_to(SourceLocation const& where) {
        if (kind_ == SourceKind::text && where.line > 0)
            while (out_.where.size() + 1 < where.line) line("", {});
    }

    void paragraph(Paragraph const& p) {
        pad_to(p.where);
        std::size_t start = 0;
        std::string_view const text = p.text;
        while (start <= text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            line(text.substr(start, end - start), p.where);
            start = end + 1;
        }
    }

    // One line per grid row: its cells joined by '\t' in column order, each position a cell
    // covers after its first holding an empty cell, up to the last position any cell covers in
    // that row (a rowspan from above included), as the HTML reader has always written rows.
    // Nothing here is proportional to the grid's width, only to the cells and tabs written.
    // A grid made from plain text: its lines as written, at their line numbers, so that the
    // text-layout readers see the text as it is; each row is located at its cells' first line.
    void text_table(DocumentTable const& t, std::uint32_t block) {
        FlatText::TableLines placed{block, out_.where.size(), 0, {}};
        for (Paragraph const& p : t.source_lines) {
            pad_to(p.where);
            if (&p == &t.source_lines.front()) placed.first = out_.where.size();
            line(p.text, p.where);
        }
        placed.end = out_.where.size();
        std::vector<std::uint32_t> first(t.rows, 0);
        for (DocumentCell const& c : t.cells)
            if (c.row < t.rows && c.where.line > 0 && (first[c.row] == 0 || c.where.line < first[c.row]))
                first[c.row] = c.where.line;
        std::size_t at = placed.first;
        for (std::uint32_t const line : first) {
            if (line > 0 && line <= placed.end) at = line - 1;
            placed.rows.push_back(at);
        }
        out_.tables.push_back(std::move(placed));
    }

    void table(DocumentTable const& t, std::uint32_t block) {
        if (kind_ == SourceKind::text && !t.source_lines.empty()) return text_table(t, block);
        FlatText::TableLines placed{block, out_.where.size(), 0, {}};
        placed.rows.reserve(t.rows);
        struct Span {
            std::uint32_t until, right;  // rows < until are covered up to column right
        };
        std::vector<Span> spans;  // rowspans still in force
        std::size_t next = 0;     // cells are ordered by row, then column
        std::string row;
        for (std::uint32_t r = 0; r < t.rows; ++r) {
            std::erase_if(spans, [&](Span const& s) { return s.until <= r; });
            std::uint32_t right = 0;
            for (Span const& s : spans) right = std::max(right, s.right);
            row.clear();
            std::uint32_t column = 0;  // the position the row's text has reached
            SourceLocation where;
            for (; next < t.cells.size() && t.cells[next].row == r; ++next) {
                DocumentCell const& c = t.cells[next];
                if (c.column < column) continue;  // overlaps the cell before: malformed
                for (; column < c.column; ++column)
                    if (column > 0) row += '\t';
                if (c.column > 0) row += '\t';
                row += one_line(c.text);
                column = c.column + 1;
                std::uint32_t const edge = c.column + std::max<std::uint32_t>(c.column_span, 1);
                right = std::max(right, edge);
                if (c.row_span > 1) spans.push_back({r + c.row_span, edge});
                if (where.line == 0 && where.page == 0) where = c.where;
                else where.box = merged(where.box, c.where.box);
            }
            for (; column < right; ++column)
                if (column > 0) row += '\t';
            if (where.line == 0 && where.page == 0) where = t.where;
            pad_to(where);
            if (r == 0) placed.first = out_.where.size();
            placed.rows.push_back(out_.where.size());
            line(row, where);
        }
        placed.end = out_.where.size();
        out_.tables.push_back(std::move(placed));
    }

    FlatText finish() && { return std::move(out_); }

private:
    void line(std::string_view text, SourceLocation const& where) {
        if (!out_.where.empty()) out_.text += '\n';
        out_.text += text;
        out_.where.push_back(where);
    }

    SourceKind kind_;
    FlatText out_;
};

}  // namespace

FlatText flatten_text(std::string_view text) { return flatten_text(text, split_lines(text)); }

FlatText flatten_text(std::string_view text, std::vector<std::string_view> const& lines) {
    // text_document() makes a paragraph of each non-empty line of split_lines(); flatten()
    // writes each at its line number, empty lines (with no location) in between, and nothing
    // after the last paragraph.
    FlatText out;
    std::size_t end = lines.size();
    while (end > 0 && lines[end - 1].empty()) --end;
    out.text.reserve(text.size());
    out.where.reserve(end);
    for (std::size_t i = 0; i < end; ++i) {
        if (i > 0) out.text += '\n';
        out.text += lines[i];
        SourceLocation& where = out.where.emplace_back();
        if (!lines[i].empty()) where.line = static_cast<std::uint32_t>(i + 1);
    }
    return out;
}

FlatText flatten(Document const& document) {
    Writer w(document.kind);
    for (std::size_t k = 0; k < document.blocks.size(); ++k) {
        Block const& b = document.blocks[k];
        if (auto const* p = std::get_if<Paragraph>(&b)) w.paragraph(*p);
        else w.table(std::get<DocumentTable>(b), static_cast<std::uint32_t>(k));
    }
    return std::move(w).finish();
}

}  // namespace govinfo::detail
