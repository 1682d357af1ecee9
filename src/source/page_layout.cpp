#include "source/page_layout.hpp"

#include <algorithm>
#include <string>

#include "govinfo/finding_builder.hpp"
#include "parse/segment.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "source/page_furniture.hpp"
#include "source/page_grid.hpp"
#include "source/page_lines.hpp"
#include "source/page_regions.hpp"

namespace govinfo::detail {
namespace {

// Where a page's running text starts and ends: the left edge of its full lines, and the right
// edge most of them reach (punctuation hanging past it aside).
struct Measure {
    double left = 0, right = 0;
    double page_width = 0;
};

Measure measure_of(std::vector<TextLine const*> const& lines) {
    Measure m;
    double widest = 0;
    for (TextLine const* line : lines) widest = std::max(widest, line->box.right - line->box.left);
    std::vector<double> rights;
    bool first = true;
    for (TextLine const* line : lines) {
        if (line->box.right - line->box.left < 0.5 * widest) continue;
        m.left = first ? line->box.left : std::min(m.left, line->box.left);
        first = false;
        rights.push_back(line->box.right);
    }
    if (rights.empty()) return m;
    std::nth_element(rights.begin(), rights.begin() + static_cast<std::ptrdiff_t>(rights.size() / 2),
                     rights.end());
    m.right = rights[rights.size() / 2];
    return m;
}

std::string without_spaces(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t const at = i;
        if (!is_space(next_code_point(text, i))) out.append(text.substr(at, i - at));
    }
    return out;
}

Finding reader_finding(FindingCode code, std::uint32_t page, std::optional<Box> box,
                       std::string message) {
    return FindingBuilder(code, Severity::warning).page(page, box).message(std::move(message)).build();
}

class Layout {
public:
    explicit Layout(std::vector<PageText> const& pages) : pages_(pages) {
        lines_.reserve(pages.size());
        for (PageText const& page : pages) lines_.push_back(text_lines(page));
        furniture_ = page_furniture(pages, lines_);
    }

    Document run() {
        document_.kind = SourceKind::pdf;
        document_.pages = static_cast<std::uint32_t>(pages_.size());
        for (std::size_t p = 0; p < pages_.size(); ++p) read_page(p);
        flush_table();
        flush_paragraph();
        diagnose();
        return std::move(document_);
    }

private:
    void read_page(std::size_t p);
    void add_table(std::vector<TextLine const*> lines, bool first_on_page);
    void flush_table();
    void add_text_line(TextLine const& line, Measure const& measure, bool first_on_page);
    bool continues_paragraph(TextLine const& next, Measure const& measure, bool first_on_page) const;
    void flush_paragraph();
    void diagnose();

    std::vector<PageText> const& pages_;
    std::vector<std::vector<TextLine>> lines_;
    std::vector<std::vector<bool>> furniture_;
    Document document_;

    std::vector<TextLine const*> table_;  // the table being read, perhaps over several pages
    std::size_t table_head_lines_ = 0;    // its lines on its first page
    bool table_open_at_page_end_ = false;

    std::string paragraph_;  // the paragraph being read
    SourceLocation paragraph_where_;
    TextLine const* paragraph_last_ = nullptr;
    Measure paragraph_measure_;
};

void Layout::read_page(std::size_t p) {
    std::vector<TextLine const*> body;
    for (std::size_t i = 0; i < lines_[p].size(); ++i)
        if (!furniture_[p][i]) body.push_back(&lines_[p][i]);
    if (body.empty()) {  // a blank or scanned page: nothing runs on across it
        flush_table();
        flush_paragraph();
        return;
    }
    std::vector<Region> const regions = find_regions(body);
    std::vector<TextLine const*> text;
    for (Region const& r : regions)
        if (!r.table) text.insert(text.end(), body.begin() + static_cast<std::ptrdiff_t>(r.first),
                                  body.begin() + static_cast<std::ptrdiff_t>(r.end));
    Measure measure = measure_of(text.empty() ? body : text);
    measure.page_width = pages_[p].width;
    for (std::size_t k = 0; k < regions.size(); ++k) {
        Region const& r = regions[k];
        if (r.table) {
            flush_paragraph();
            add_table({body.begin() + static_cast<std::ptrdiff_t>(r.first),
                       body.begin() + static_cast<std::ptrdiff_t>(r.end)},
                      k == 0);
            table_open_at_page_end_ = k + 1 == regions.size();
            continue;
        }
        flush_table();
        for (std::size_t i = r.first; i < r.end; ++i)
            add_text_line(*body[i], measure, k == 0 && i == r.first);
    }
    if (!regions.back().table) table_open_at_page_end_ = false;
}

// A table that ended its page and one that starts the next are one table: the rows the new page
// repeats from the table's head are left out.
void Layout::add_table(std::vector<TextLine const*> lines, bool first_on_page) {
    bool const continued = !table_.empty() && table_open_at_page_end_ && first_on_page &&
                           lines.front()->page == table_.back()->page + 1;
    if (!continued) {
        flush_table();
        table_ = std::move(lines);
        table_head_lines_ = table_.size();
        return;
    }
    std::size_t repeated = 0;
    while (repeated < lines.size() && repeated < table_head_lines_ &&
           without_spaces(lines[repeated]->text()) == without_spaces(table_[repeated]->text()))
        ++repeated;
    table_.insert(table_.end(), lines.begin() + static_cast<std::ptrdiff_t>(repeated), lines.end());
}

void Layout::flush_table() {
    if (table_.empty()) return;
    if (auto grid = grid_of(table_)) {
        document_.blocks.emplace_back(std::move(*grid));
    } else {  // too large or irregular to be a grid: its lines are kept as text
        for (TextLine const* line : table_)
            document_.blocks.emplace_back(Paragraph{line->text(), {0, line->page, line->box}});
    }
    table_.clear();
    table_open_at_page_end_ = false;
}

bool Layout::continues_paragraph(TextLine const& next, Measure const& measure, bool first_on_page) const {
    TextLine const& prev = *paragraph_last_;
    if (next.em > 1.2 * prev.em || prev.em > 1.2 * next.em) return false;
    if (first_on_page != (next.page != prev.page)) return false;
    if (!first_on_page) {
        double const step = next.box.top - prev.box.top;
        if (step < 0.5 * prev.em || step > 2.5 * prev.em) return false;
    }
    // A line ends its paragraph when it stops short of the measure, or when the page has no
    // measure to fill (its lines are all short: a list, a page of one line).
    Measure const& m = paragraph_measure_;
    if (m.right - m.left < 0.5 * m.page_width) return false;
    if (prev.box.right < m.right - 1.5 * prev.em) return false;
    if (next.box.left > measure.left + next.em) return false;                    // indented
    std::string const text = next.text();
    return section_number(text) == 0 && !starts_numbered(text);
}

void Layout::add_text_line(TextLine const& line, Measure const& measure, bool first_on_page) {
    if (paragraph_last_ && continues_paragraph(line, measure, first_on_page)) {
        append_joined(paragraph_, line.text());
        if (line.page == paragraph_where_.page)
            paragraph_where_.box = united(*paragraph_where_.box, line.box);
    } else {
        flush_paragraph();
        paragraph_ = line.text();
        paragraph_where_ = SourceLocation{0, line.page, line.box};
    }
    paragraph_last_ = &line;
    paragraph_measure_ = measure;
}

void Layout::flush_paragraph() {
    if (paragraph_last_ && !paragraph_.empty())
        document_.blocks.emplace_back(Paragraph{std::move(paragraph_), paragraph_where_});
    paragraph_.clear();
    paragraph_last_ = nullptr;
}

std::string page_list(std::vector<std::uint32_t> const& pages) {
    std::string out;
    for (std::size_t k = 0; k < pages.size() && k < 20; ++k) out += (k ? "、" : "") + std::to_string(pages[k]);
    if (pages.size() > 20) out += " 等 " + std::to_string(pages.size()) + " 页";
    return out;
}

// What the reader could not read, said once per cause (and per page for text off the page).
void Layout::diagnose() {
    std::vector<std::uint32_t> empty;
    for (PageText const& page : pages_) {
        if (page.words.empty()) empty.push_back(page.number);
        std::optional<Box> outside;
        for (PageWord const& w : page.words) {
            Box const& b = w.box;
            if (b.left < -1 || b.top < -1 || b.right > page.width + 1 || b.bottom > page.height + 1)
                outside = outside ? united(*outside, b) : b;
        }
        if (outside)
            document_.diagnostics.push_back(reader_finding(
                FindingCode::parse_text_outside_page, page.number, outside,
                "第 " + std::to_string(page.number) +
                    " 页有文字超出页面边缘（如表格比页面宽）：页面以外的部分在 PDF 中看不见，也无法读取，"
                    "那里的单元格读为空白"));
        if (page.upside_down_words > 0)
            document_.diagnostics.push_back(reader_finding(
                FindingCode::parse_unplaced_line, page.number, std::nullopt,
                "第 " + std::to_string(page.number) + " 页有 " + std::to_string(page.upside_down_words) +
                    " 个词与正文方向相反（倒置），未读取"));
    }
    if (!pages_.empty() && empty.size() == pages_.size()) {
        document_.diagnostics.insert(
            document_.diagnostics.begin(),
            reader_finding(FindingCode::parse_scanned_pdf, empty.front(), std::nullopt,
                           "这个 PDF 没有文字层（" + std::to_string(empty.size()) +
                               " 页都只有图像，应是扫描件）：需要先做文字识别（OCR）才能读取"));
    } else if (!empty.empty()) {
        document_.diagnostics.insert(
            document_.diagnostics.begin(),
            reader_finding(FindingCode::parse_scanned_pdf, empty.front(), std::nullopt,
                           "第 " + page_list(empty) +
                               " 页没有文字层（扫描的图像或空白页）：这些页上的内容需要先做文字识别（OCR）才能读取"));
    }
}

}  // namespace

Document layout_document(std::vector<PageText> const& pages) { return Layout(pages).run(); }

}  // namespace govinfo::detail
