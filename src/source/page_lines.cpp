#include "source/page_lines.hpp"

#include <algorithm>
#include <cmath>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

// Characters a CJK font draws one em wide: ideographs, kana, CJK punctuation, full-width forms.
bool is_wide(char32_t cp) noexcept {
    return is_cjk(cp) || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF01 && cp <= 0xFF60) ||
           (cp >= 0xFE30 && cp <= 0xFE4F);
}

bool is_latin_word_char(char32_t cp) noexcept {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 0xC0 && cp <= 0x24F);
}

struct Measured {
    PageWord const* word = nullptr;
    Box box;  // core box
    double em = 0;
    double middle() const noexcept { return (box.top + box.bottom) / 2; }
};

bool usable(Box const& b) noexcept {
    return std::isfinite(b.left) && std::isfinite(b.top) && std::isfinite(b.right) &&
           std::isfinite(b.bottom) && b.right >= b.left && b.bottom > b.top;
}

// The type size a word shows, and the box its glyphs take (see the header).
Measured measure(PageWord const& w) {
    double wide = 0, narrow = 0;
    for (std::size_t i = 0; i < w.text.size();) {
        char32_t const cp = next_code_point(w.text, i);
        if (is_space(cp)) continue;
        (is_wide(cp) ? wide : narrow) += 1;
    }
    double const width = w.box.right - w.box.left, height = w.box.bottom - w.box.top;
    if (w.vertical) return Measured{&w, w.box, std::max(width, 0.5)};
    // Latin letters and digits are about half an em wide on average: when a word of them is far
    // narrower than its box is tall, its box is the inflated one and its width tells its size.
    double em = wide > 0 ? width / (wide + 0.5 * narrow) : height / 1.25;
    if (wide == 0 && narrow > 0 && height > 2.4 * width / (0.55 * narrow))
        em = width / (0.55 * narrow);
    em = std::clamp(em, 0.3 * height, height);
    Measured m{&w, w.box, std::max(em, 0.5)};
    if (height > 1.6 * m.em) {
        double const middle = (w.box.top + w.box.bottom) / 2;
        m.box.top = middle - 0.6 * m.em;
        m.box.bottom = middle + 0.6 * m.em;
    }
    return m;
}

// Words at one height: sorted by their middles, a word joins the line above it while its middle
// lies within half a size of the line's mean middle.
std::vector<std::vector<Measured>> group_lines(std::vector<Measured> words) {
    std::sort(words.begin(), words.end(), [](Measured const& a, Measured const& b) {
        return a.middle() < b.middle() || (a.middle() == b.middle() && a.box.left < b.box.left);
    });
    std::vector<std::vector<Measured>> lines;
    double sum = 0, min_em = 0;
    for (Measured const& w : words) {
        if (!lines.empty()) {
            double const mean = sum / static_cast<double>(lines.back().size());
            if (std::abs(w.middle() - mean) <= 0.5 * std::min(w.em, min_em)) {
                lines.back().push_back(w);
                sum += w.middle();
                min_em = std::min(min_em, w.em);
                continue;
            }
        }
        lines.emplace_back(1, w);
        sum = w.middle();
        min_em = w.em;
    }
    return lines;
}

bool duplicate(Measured const& a, Measured const& b) noexcept {
    double const tolerance = 0.2 * std::min(a.em, b.em);
    return a.word->text == b.word->text && std::abs(a.box.left - b.box.left) < tolerance &&
           std::abs(a.box.top - b.box.top) < tolerance;
}

TextLine make_line(std::vector<Measured> words, std::uint32_t page) {
    std::sort(words.begin(), words.end(),
              [](Measured const& a, Measured const& b) { return a.box.left < b.box.left; });
    TextLine line;
    line.page = page;
    std::vector<double> ems;
    Measured const* previous = nullptr;
    for (Measured const& w : words) {
        if (previous && duplicate(*previous, w)) continue;
        double const gap = previous ? w.box.left - previous->box.right : 0;
        double const em = previous ? std::max(previous->em, w.em) : w.em;
        if (!previous || previous->word->space_after || gap > 0.2 * em) {
            if (previous && gap > 0.75 * em)
                line.chunk_starts.push_back(static_cast<std::uint32_t>(line.pieces.size()));
            line.pieces.push_back(Piece{w.word->text, w.box, w.em});
        } else {
            Piece& p = line.pieces.back();
            p.text += w.word->text;
            p.box = united(p.box, w.box);
            p.em = std::max(p.em, w.em);
        }
        ems.push_back(w.em);
        line.box = previous ? united(line.box, w.box) : w.box;
        previous = &w;
    }
    if (line.chunk_starts.empty() || line.chunk_starts.front() != 0)
        line.chunk_starts.insert(line.chunk_starts.begin(), 0);
    std::nth_element(ems.begin(), ems.begin() + static_cast<std::ptrdiff_t>(ems.size() / 2),
                     ems.end());
    line.em = ems[ems.size() / 2];
    return line;
}

}  // namespace

Box united(Box const& a, Box const& b) noexcept {
    return Box{std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right),
               std::max(a.bottom, b.bottom)};
}

void append_joined(std::string& out, std::string_view next) {
    next = trim(next);
    if (next.empty()) return;
    if (!out.empty()) {
        std::size_t i = char_start(out, out.size() - 1), j = 0;
        char32_t const last = next_code_point(out, i);
        char32_t const first = next_code_point(next, j);
        if (is_latin_word_char(last) && is_latin_word_char(first)) out += ' ';
    }
    out += next;
}

std::string TextLine::text() const {
    std::string out;
    for (Piece const& p : pieces) append_joined(out, p.text);
    return out;
}

std::vector<TextLine> text_lines(PageText const& page) {
    std::vector<Measured> words;
    words.reserve(page.words.size());
    for (PageWord const& w : page.words)
        if (usable(w.box) && !trim(w.text).empty()) words.push_back(measure(w));
    std::vector<TextLine> lines;
    for (auto& group : group_lines(std::move(words))) lines.push_back(make_line(std::move(group), page.number));
    return lines;
}

}  // namespace govinfo::detail
