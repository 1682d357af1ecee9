#include "parse/flatten.hpp"

#include <algorithm>

#include "parse/text.hpp"

namespace govinfo::detail {
namespace {

bool is_ascii_word(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A cell's lines joined into one: nothing between two lines of Chinese ("本年新" / "制作数量"
// is one label wrapped by the cell's width), a space between two ASCII words. Tabs and line
// breaks inside a cell would split it; they become spaces.
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

std::optional<Box> merged(std::optional<Box> a, std::optional<Box> const& b) {
    if (!b) return a;
    if (!a) return b;
    return Box{std::min(a->left, b->left), std::min(a->top, b->top),
               std::max(a->right, b->right), std::max(a->bottom, b->bottom)};
}

class Writer {
public:
    explicit Writer(SourceKind kind) : kind_(kind) {}

    void paragraph(Paragraph const& p) {
        // Text sources: blank lines before the paragraph come back, so the paragraph lands on
        // its own line number.
        if (kind_ == SourceKind::text && p.where.line > 0)
            while (out_.where.size() + 1 < p.where.line) line("", {});
        std::size_t start = 0;
        std::string_view const text = p.text;
        while (start <= text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            line(text.substr(start, end - start), p.where);
            start = end + 1;
        }
    }

    void table(DocumentTable const& t) {
        std::vector<std::string> cells;
        std::size_t next = 0;  // cells are ordered by row, then column
        for (std::uint32_t r = 0; r < t.rows; ++r) {
            cells.assign(t.columns, std::string());
            SourceLocation where;
            for (; next < t.cells.size() && t.cells[next].row == r; ++next) {
                DocumentCell const& c = t.cells[next];
                if (c.column >= t.columns) continue;
                cells[c.column] = one_line(c.text);
                if (where.line == 0 && where.page == 0) where = c.where;
                else where.box = merged(where.box, c.where.box);
            }
            if (where.line == 0 && where.page == 0) where = t.where;
            std::string row;
            for (std::size_t k = 0; k < cells.size(); ++k) {
                if (k) row += '\t';
                row += cells[k];
            }
            line(row, where);
        }
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

FlatText flatten(Document const& document) {
    Writer w(document.kind);
    for (Block const& b : document.blocks) {
        if (auto const* p = std::get_if<Paragraph>(&b)) w.paragraph(*p);
        else w.table(std::get<DocumentTable>(b));
    }
    return std::move(w).finish();
}

}  // namespace govinfo::detail
