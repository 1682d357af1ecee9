// libFuzzer target: the PDF reader. Two kinds of input:
//   - bytes starting with "%PDF": a PDF file, read by poppler and laid out (try_read_document),
//     then parsed for reports;
//   - anything else: words with their boxes in the small binary form below, laid out directly
//     (layout_document), so that the fuzzer steers the geometry (columns, rows, spans, pages)
//     without having to write a valid PDF first. The corpus holds real pages in this form.
// Record of one word: page (1 byte, 0..7), left, top (int16, quarter points), width, height
// (uint16, quarter points), flags (bit 0: space after, bit 1: vertical, bit 2: upside down),
// text length (1 byte) and the text's bytes. Pages are 595 by 842 points.
// Checked besides "no crash": every table cell lies inside its table's grid, cells are sorted
// and never overlap, and every reader finding names a page of the document.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "govinfo/parse.hpp"
#include "govinfo/read_document.hpp"
#include "source/page_layout.hpp"

namespace {

std::vector<govinfo::detail::PageText> pages_from(std::uint8_t const* data, std::size_t size) {
    std::vector<govinfo::detail::PageText> pages(8);
    for (std::uint32_t p = 0; p < pages.size(); ++p) {
        pages[p].number = p + 1;
        pages[p].width = 595;
        pages[p].height = 842;
    }
    auto i16 = [&](std::size_t at) {
        return static_cast<std::int16_t>(static_cast<std::uint16_t>(data[at] | (data[at + 1] << 8)));
    };
    std::size_t at = 0;
    while (at + 11 <= size) {
        std::size_t const page = data[at] % pages.size();
        double const left = i16(at + 1) / 4.0, top = i16(at + 3) / 4.0;
        double const width = static_cast<std::uint16_t>(i16(at + 5)) / 4.0;
        double const height = static_cast<std::uint16_t>(i16(at + 7)) / 4.0;
        std::uint8_t const flags = data[at + 9];
        std::size_t const length = data[at + 10];
        at += 11;
        if (at + length > size) break;
        if (flags & 4) {
            ++pages[page].upside_down_words;
        } else {
            govinfo::detail::PageWord w;
            w.text.assign(reinterpret_cast<char const*>(data + at), length);
            w.box = govinfo::Box{left, top, left + width, top + height};
            w.space_after = flags & 1;
            w.vertical = flags & 2;
            pages[page].words.push_back(std::move(w));
        }
        at += length;
    }
    while (pages.size() > 1 && pages.back().words.empty() && pages.back().upside_down_words == 0)
        pages.pop_back();
    return pages;
}

void check(govinfo::Document const& d) {
    for (auto const& b : d.blocks) {
        auto const* t = std::get_if<govinfo::DocumentTable>(&b);
        if (!t) continue;
        std::vector<bool> covered(std::size_t{t->rows} * t->columns, false);
        for (std::size_t k = 0; k < t->cells.size(); ++k) {
            auto const& c = t->cells[k];
            if (c.row_span == 0 || c.column_span == 0 || c.row + c.row_span > t->rows ||
                c.column + c.column_span > t->columns)
                __builtin_trap();
            if (k > 0 && (t->cells[k - 1].row > c.row ||
                          (t->cells[k - 1].row == c.row && t->cells[k - 1].column >= c.column)))
                __builtin_trap();
            for (std::uint32_t r = c.row; r < c.row + c.row_span; ++r)
                for (std::uint32_t col = c.column; col < c.column + c.column_span; ++col) {
                    if (covered[std::size_t{r} * t->columns + col]) __builtin_trap();
                    covered[std::size_t{r} * t->columns + col] = true;
                }
        }
    }
    for (auto const& f : d.diagnostics)
        if (f.page == 0 || f.page > d.pages) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string_view const input(reinterpret_cast<char const*>(data), size);
    govinfo::ParseOptions options;
    options.max_input_bytes = std::size_t{4} << 20;
    options.max_pages = 50;
    if (input.starts_with("%PDF")) {
        govinfo::ReadOptions read;
        read.max_input_bytes = options.max_input_bytes;
        read.max_pages = options.max_pages;
        auto const d = govinfo::try_read_document(input, read);
        if (d) {
            check(*d);
            (void)govinfo::try_parse_document(*d, options);
        }
        return 0;
    }
    govinfo::Document const d = govinfo::detail::layout_document(pages_from(data, size));
    check(d);
    (void)govinfo::try_parse_document(d, options);
    return 0;
}
