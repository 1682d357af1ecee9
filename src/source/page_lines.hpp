#pragma once
// Internal: the words of a page grouped as a reader sees them. Words at one height form a text
// line; inside a line, words with no visible gap form a piece (never split again); pieces closer
// than about an em form a chunk (a run of text; a table row shows one chunk per filled cell).
//
// Boxes are "core" boxes: the area the glyphs take. Some producers (browsers printing CJK text
// in Type 3 fonts) report a font size twice the real one, so a word's box is two lines tall; its
// size is measured from what its characters take across instead (a CJK character is one em
// wide), and its box is shrunk to that size around the same middle.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/source_location.hpp"
#include "source/page_text.hpp"

namespace govinfo::detail {

struct Piece {
    std::string text;
    Box box;
    double em = 0;  // type size in points, as measured
};

struct TextLine {
    std::uint32_t page = 0;
    std::vector<Piece> pieces;                // left to right
    std::vector<std::uint32_t> chunk_starts;  // first piece of each chunk; starts with 0
    Box box;
    double em = 0;  // the median size of its pieces

    std::size_t chunks() const noexcept { return chunk_starts.size(); }
    std::uint32_t chunk_end(std::size_t k) const noexcept {
        return k + 1 < chunk_starts.size() ? chunk_starts[k + 1]
                                           : static_cast<std::uint32_t>(pieces.size());
    }
    std::string text() const;  // every piece, joined as a reader reads them
};

// The page's lines, top to bottom. Duplicated words (producers that fake bold by printing a word
// twice, slightly shifted) are dropped.
std::vector<TextLine> text_lines(PageText const& page);

// Appends `next` to `out` as a reader joins two runs of text: nothing between two Chinese
// characters (or a Chinese and a Latin one), a space between two words of Latin letters or digits.
void append_joined(std::string& out, std::string_view next);

// The box covering both (a is taken as is when b is empty).
Box united(Box const& a, Box const& b) noexcept;

}  // namespace govinfo::detail
