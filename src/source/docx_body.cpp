#include "source/docx_body.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "source/docx_grid.hpp"

namespace govinfo::detail {
namespace {

// Text of a w:t as the reader keeps it: valid UTF-8 (a bad byte becomes U+FFFD), no control
// characters (a line end inside w:t is a space to Word), no soft hyphens.
void append_text(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto const b = static_cast<unsigned char>(s[i]);
        if (b >= 0x20 && b < 0x7F) {
            out += static_cast<char>(b);
            ++i;
        } else if (b < 0x80) {
            if (b == '\t') out += '\t';
            else if (b == '\n' || b == '\r') out += ' ';
            ++i;
        } else if (std::size_t const n = well_formed_length(s, i); n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            if (!(n == 2 && b == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xAD))
                out.append(s, i, n);
            i += n;
        }
    }
}

// A paragraph's lines, each trimmed, the empty ones dropped, joined by '\n'.
std::string tidy_lines(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view const line = trim(text.substr(start, end - start));
        if (!line.empty()) {
            if (!out.empty()) out += '\n';
            out += line;
        }
        start = end + 1;
    }
    return out;
}

// Elements that hold no text of the document: properties, deleted and moved-away content.
bool not_content(std::string_view name) noexcept {
    for (std::string_view const n : {"pPr", "rPr", "tcPr", "trPr", "tblPr", "tblGrid", "sectPr",
                                     "sdtPr", "sdtEndPr", "del", "moveFrom"})
        if (name == n) return true;
    return false;
}

// The decimal number of a w:val (w:gridSpan, w:gridBefore), at most kMaxSpan; 0 when absent.
std::uint32_t span_value(std::string_view digits) noexcept {
    std::uint32_t v = 0;
    for (char const d : digits) {
        if (d < '0' || d > '9') break;
        v = std::min<std::uint32_t>(v * 10 + static_cast<std::uint32_t>(d - '0'), kMaxSpan);
    }
    return v;
}

// What a table cell holds while its table is being read.
struct CellContent {
    std::vector<Block> blocks;
    SourceLocation where;
};

// A cell with more characters than this holds running text, not a label or a count: the
// longest statutory label (（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、…) has 38.
constexpr std::size_t kRunningText = 200;

// Whether a table lays out a page instead of holding data (docx_body.hpp): it has a single
// column (a frame around text), or a cell holds a table or running text.
bool is_layout(Grid const& grid, std::vector<std::vector<CellContent>> const& contents) {
    if (grid.rows == 0) return false;
    bool one_column = true;
    for (auto const& owners : grid.owner)
        one_column = one_column && std::all_of(owners.begin(), owners.end(),
                                               [&](std::size_t o) { return o == owners.front(); });
    if (one_column) return true;
    for (auto const& row : contents)
        for (auto const& cell : row) {
            std::size_t characters = 0;
            for (Block const& b : cell.blocks) {
                if (std::holds_alternative<DocumentTable>(b)) return true;
                characters += code_points(std::get<Paragraph>(b).text);
            }
            if (characters > kRunningText) return true;
        }
    return false;
}

// Thrown out of the recursion when a limit is reached; read_docx_body turns it into an Error.
struct LimitReached {
    std::string message;
};


class BodyReader {
public:
    BodyReader(WordNames const& names, ListNumbering& numbering) : names_(names), numbering_(numbering) {}

    // The children of a block container (w:body, w:tc, w:txbxContent, w:sdtContent, …).
    void blocks(pugi::xml_node container, std::vector<Block>& out, unsigned depth);

private:
    void paragraph(pugi::xml_node p, std::vector<Block>& out, unsigned depth);
    // The children of a paragraph or of a run container inside it.
    void inline_content(pugi::xml_node parent, std::string& text, std::vector<Block>& anchored,
                        unsigned depth);
    void run(pugi::xml_node r, std::string& text, std::vector<Block>& anchored, unsigned depth);
    // A drawing, VML shape or embedded object inside a run: only its text boxes are read.
    void embedded(pugi::xml_node n, std::vector<Block>& anchored, unsigned depth);
    void field_char(std::string_view type);
    void table(pugi::xml_node tbl, std::vector<Block>& out, unsigned depth);
    void table_rows(pugi::xml_node parent, std::vector<GridRow>& rows,
                    std::vector<std::vector<CellContent>>& contents, unsigned depth);
    void row_cells(pugi::xml_node parent, GridRow& row, std::vector<CellContent>& contents,
                   unsigned depth);
    void cell(pugi::xml_node tc, GridRow& row, std::vector<CellContent>& contents, unsigned depth);
    // The branch of mc:AlternateContent that is read: the first mc:Choice, else mc:Fallback.
    pugi::xml_node chosen(pugi::xml_node alternate) const;
    bool placeholder(pugi::xml_node sdt) const;

    static void guard(unsigned depth) {
        if (depth > kMaxDocxDepth)
            throw LimitReached{"word/document.xml nests elements more than " + std::to_string(kMaxDocxDepth) +
                               " levels deep, beyond what govinfo reads (no Word file nests so deep)"};
    }

    WordNames const& names_;
    ListNumbering& numbering_;
    std::uint32_t paragraphs_ = 0;
    // Open fields, innermost last: true while in the field's instruction (before its separator).
    std::vector<bool> fields_;
    std::size_t in_instruction_ = 0;  // how many open fields are in their instruction
    std::uint64_t grid_positions_ = 0;  // rows times columns of the tables read so far
};

pugi::xml_node BodyReader::chosen(pugi::xml_node alternate) const {
    pugi::xml_node fallback;
    for (pugi::xml_node c = alternate.first_child(); c; c = c.next_sibling()) {
        if (names_.is_mc(c, "Choice")) return c;
        if (names_.is_mc(c, "Fallback") && !fallback) fallback = c;
    }
    return fallback;
}

bool BodyReader::placeholder(pugi::xml_node sdt) const {
    return names_.on(names_.child(sdt, "sdtPr"), "showingPlcHdr");
}

void BodyReader::blocks(pugi::xml_node container, std::vector<Block>& out, unsigned depth) {
    guard(depth);
    for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view const name = names_.word(c);
        if (name == "p") paragraph(c, out, depth + 1);
        else if (name == "tbl") table(c, out, depth + 1);
        else if (name == "sdt") {
            if (!placeholder(c)) blocks(names_.child(c, "sdtContent"), out, depth + 1);
        } else if (not_content(name))
            continue;
        else if (names_.is_mc(c, "AlternateContent")) blocks(chosen(c), out, depth + 1);
        else blocks(c, out, depth + 1);  // w:customXml, w:ins, w:moveTo, wrappers to come
    }
}

void BodyReader::paragraph(pugi::xml_node p, std::vector<Block>& out, unsigned depth) {
    SourceLocation where;
    where.line = ++paragraphs_;
    std::string text;  // the list number, kept as the text is (its level text is the file's)
    append_text(text, numbering_.label(names_.child(p, "pPr"), names_));
    std::vector<Block> anchored;  // text boxes anchored in the paragraph come after it
    inline_content(p, text, anchored, depth);
    std::string tidy = tidy_lines(text);
    if (!tidy.empty()) out.emplace_back(Paragraph{std::move(tidy), where});
    for (Block& b : anchored) out.push_back(std::move(b));
}

void BodyReader::inline_content(pugi::xml_node parent, std::string& text,
                                std::vector<Block>& anchored, unsigned depth) {
    guard(depth);
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view const name = names_.word(c);
        if (name == "r") run(c, text, anchored, depth + 1);
        else if (not_content(name) || name == "rt")  // w:rt: a ruby annotation over the text
            continue;
        else if (name == "sdt") {
            if (!placeholder(c)) inline_content(names_.child(c, "sdtContent"), text, anchored, depth + 1);
        } else if (name == "txbxContent") blocks(c, anchored, depth + 1);
        else if (names_.is_mc(c, "AlternateContent"))
            inline_content(chosen(c), text, anchored, depth + 1);
        else
            // w:hyperlink, w:smartTag, w:customXml, w:ins, w:moveTo, w:fldSimple (its runs are
            // the field's result), w:ruby's w:rubyBase, w:bdo, w:dir; drawings of other
            // namespaces that may hold a text box.
            inline_content(c, text, anchored, depth + 1);
    }
}

void BodyReader::field_char(std::string_view type) {
    if (type == "begin") {
        fields_.push_back(true);
        ++in_instruction_;
    } else if (type == "separate") {
        if (!fields_.empty() && fields_.back()) {
            fields_.back() = false;
            --in_instruction_;
        }
    } else if (type == "end" && !fields_.empty()) {
        if (fields_.back()) --in_instruction_;
        fields_.pop_back();
    }
}

void BodyReader::run(pugi::xml_node r, std::string& text, std::vector<Block>& anchored, unsigned depth) {
    guard(depth);
    bool const hidden = names_.on(names_.child(r, "rPr"), "vanish");
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view const name = names_.word(c);
        if (name == "fldChar") field_char(names_.attr(c, "fldCharType"));
        if (hidden || in_instruction_ > 0) continue;
        if (name == "t") append_text(text, c.text().get());
        else if (name == "tab" || name == "ptab") text += '\t';
        else if (name == "br" || name == "cr") text += '\n';
        else if (name == "noBreakHyphen") text += '-';
        else if (name == "sym") {
            unsigned long code = 0;
            std::string_view const hex = names_.attr(c, "char");
            for (char const h : hex.substr(0, 6)) {
                int const d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                            : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                code = d < 0 ? 0 : code * 16 + static_cast<unsigned long>(d);
                if (d < 0) break;
            }
            if (code >= 0x20 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                append_utf8(text, static_cast<char32_t>(code));
        } else if (name == "ruby") inline_content(names_.child(c, "rubyBase"), text, anchored, depth + 1);
        else if (name == "drawing" || name == "pict" || name == "object" || name.empty())
            embedded(c, anchored, depth + 1);
    }
}

void BodyReader::embedded(pugi::xml_node n, std::vector<Block>& anchored, unsigned depth) {
    guard(depth);
    if (names_.word(n) == "txbxContent") return blocks(n, anchored, depth + 1);
    if (names_.is_mc(n, "AlternateContent")) return embedded(chosen(n), anchored, depth + 1);
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element) embedded(c, anchored, depth + 1);
}

void BodyReader::table(pugi::xml_node tbl, std::vector<Block>& out, unsigned depth) {
    std::vector<GridRow> rows;
    std::vector<std::vector<CellContent>> contents;
    table_rows(tbl, rows, contents, depth);
    Grid const grid = place_cells(rows);
    bool const layout = is_layout(grid, contents);
    if (layout) {
        for (auto& row : contents)
            for (auto& cell : row)
                for (Block& b : cell.blocks) out.push_back(std::move(b));
        return;
    }
    if (grid.rows == 0) return;
    grid_positions_ += std::uint64_t{grid.rows} * grid.columns;
    if (grid_positions_ > kMaxDocxGridPositions)
        throw LimitReached{"the tables of word/document.xml have more than " +
                           std::to_string(kMaxDocxGridPositions) +
                           " grid positions (rows times columns) in all, beyond what govinfo reads"};
    DocumentTable t;
    t.rows = grid.rows;
    t.columns = grid.columns;
    t.cells.resize(grid.cells.size());
    std::vector<bool> located(grid.cells.size(), false);
    for (std::size_t r = 0; r < contents.size(); ++r) {
        for (std::size_t k = 0; k < contents[r].size(); ++k) {
            DocumentCell& cell = t.cells[grid.owner[r][k]];
            if (!located[grid.owner[r][k]]) cell.where = contents[r][k].where;
            located[grid.owner[r][k]] = true;
            for (Block const& b : contents[r][k].blocks) {
                if (!cell.text.empty()) cell.text += '\n';
                cell.text += std::get<Paragraph>(b).text;
            }
        }
    }
    for (std::size_t i = 0; i < grid.cells.size(); ++i) {
        PlacedCell const& p = grid.cells[i];
        DocumentCell& cell = t.cells[i];
        cell.row = p.row, cell.column = p.column, cell.row_span = p.row_span, cell.column_span = p.column_span;
        std::replace(cell.text.begin(), cell.text.end(), '\t', ' ');
    }
    t.where = t.cells.empty() ? SourceLocation{} : t.cells.front().where;
    out.emplace_back(std::move(t));
}

void BodyReader::table_rows(pugi::xml_node parent, std::vector<GridRow>& rows,
                            std::vector<std::vector<CellContent>>& contents, unsigned depth) {
    guard(depth);
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view const name = names_.word(c);
        if (name == "tr") {
            pugi::xml_node const tr_pr = names_.child(c, "trPr");
            if (names_.child(tr_pr, "del")) continue;  // a row deleted with changes tracked
            GridRow& row = rows.emplace_back();
            row.before = span_value(names_.val(tr_pr, "gridBefore"));
            row.after = span_value(names_.val(tr_pr, "gridAfter"));
            row_cells(c, row, contents.emplace_back(), depth + 1);
        } else if (name == "sdt") {
            table_rows(names_.child(c, "sdtContent"), rows, contents, depth + 1);
        } else if (name == "customXml" || name == "ins" || name == "moveTo") {
            table_rows(c, rows, contents, depth + 1);
        } else if (names_.is_mc(c, "AlternateContent")) {
            table_rows(chosen(c), rows, contents, depth + 1);
        }
    }
}

void BodyReader::row_cells(pugi::xml_node parent, GridRow& row, std::vector<CellContent>& contents,
                           unsigned depth) {
    guard(depth);
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view const name = names_.word(c);
        if (name == "tc") cell(c, row, contents, depth + 1);
        else if (name == "sdt") row_cells(names_.child(c, "sdtContent"), row, contents, depth + 1);
        else if (name == "customXml" || name == "ins" || name == "moveTo")
            row_cells(c, row, contents, depth + 1);
        else if (names_.is_mc(c, "AlternateContent")) row_cells(chosen(c), row, contents, depth + 1);
    }
}

void BodyReader::cell(pugi::xml_node tc, GridRow& row, std::vector<CellContent>& contents, unsigned depth) {
    pugi::xml_node const pr = names_.child(tc, "tcPr");
    GridCell g;
    g.span = std::max<std::uint32_t>(span_value(names_.val(pr, "gridSpan")), 1);
    auto merge = [&](std::string_view what) {
        pugi::xml_node const m = names_.child(pr, what);
        if (!m) return Merge::none;
        return names_.attr(m, "val") == "restart" ? Merge::restart : Merge::merged;
    };
    g.vertical = merge("vMerge");
    g.horizontal = merge("hMerge");
    row.cells.push_back(g);
    CellContent& content = contents.emplace_back();
    content.where.line = paragraphs_ + 1;  // the cell's first paragraph
    blocks(tc, content.blocks, depth + 1);
}

}  // namespace

Result<Document> read_docx_body(pugi::xml_node root, ListNumbering& numbering) {
    WordNames const names(root);
    Document d;
    d.kind = SourceKind::docx;
    BodyReader reader(names, numbering);
    try {
        reader.blocks(names.child(root, "body"), d.blocks, 1);
    } catch (LimitReached& limit) {
        Error e;
        e.code = ErrorCode::input_too_large;
        e.message = std::move(limit.message);
        return e;
    }
    return d;
}

Result<Document> read_docx_xml(std::string_view document_xml, ReadOptions const& options,
                               std::string_view numbering_xml) {
    UnpackBudget budget(options.max_unpacked_bytes);
    auto parse = [&](std::string_view xml, std::string_view name) -> Result<std::unique_ptr<XmlPart>> {
        if (!budget.spend(xml.size()) || !budget.spend(estimated_tree_bytes(xml))) {
            Error e;
            e.code = ErrorCode::input_too_large;
            e.message = std::string(name) + " of " + std::to_string(xml.size()) +
                        " bytes would take more memory to read than the limit of " +
                        std::to_string(budget.limit()) + " bytes";
            return e;
        }
        return parse_xml_part(std::string(xml), name);
    };
    ListNumbering numbering;
    if (!numbering_xml.empty()) {
        auto part = parse(numbering_xml, "word/numbering.xml");
        if (!part) return part.error();
        numbering = ListNumbering((*part)->root(), pugi::xml_node());
    }
    auto part = parse(document_xml, "word/document.xml");
    if (!part) return part.error();
    return read_docx_body((*part)->root(), numbering);
}

}  // namespace govinfo::detail
