#pragma once
// What every Document a source reader returns must satisfy, checked by the fuzz targets of the
// readers (a violation traps, so libFuzzer keeps the input): paragraphs are non-empty and
// trimmed; a table's cells are ordered by row then column, lie inside the grid with spans of at
// least one, and no two cover one position; all text is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>
#include <vector>

#include "govinfo/document.hpp"

namespace govinfo::fuzz {

inline bool valid_utf8(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        auto const b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

inline bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline void check_table(DocumentTable const& t) {
    std::uint32_t previous_row = 0, previous_column = 0;
    bool first = true;
    // Covered positions are tracked for grids small enough to hold in memory.
    bool const track = std::uint64_t{t.rows} * t.columns <= (1u << 20);
    std::vector<bool> covered(track ? std::size_t{t.rows} * t.columns : 0, false);
    for (DocumentCell const& c : t.cells) {
        if (c.row_span < 1 || c.column_span < 1) __builtin_trap();
        if (std::uint64_t{c.row} + c.row_span > t.rows) __builtin_trap();
        if (std::uint64_t{c.column} + c.column_span > t.columns) __builtin_trap();
        if (!first && (c.row < previous_row || (c.row == previous_row && c.column <= previous_column)))
            __builtin_trap();
        first = false;
        previous_row = c.row, previous_column = c.column;
        if (!valid_utf8(c.text)) __builtin_trap();
        if (!track) continue;
        for (auto r = c.row; r < c.row + c.row_span; ++r)
            for (auto k = c.column; k < c.column + c.column_span; ++k) {
                std::size_t const at = std::size_t{r} * t.columns + k;
                if (covered[at]) __builtin_trap();
                covered[at] = true;
            }
    }
}

inline void check_document(Document const& d) {
    for (Block const& b : d.blocks) {
        if (auto const* p = std::get_if<Paragraph>(&b)) {
            if (p->text.empty() || is_blank(p->text.front()) || is_blank(p->text.back())) __builtin_trap();
            if (!valid_utf8(p->text)) __builtin_trap();
        } else {
            check_table(std::get<DocumentTable>(b));
        }
    }
}

}  // namespace govinfo::fuzz
