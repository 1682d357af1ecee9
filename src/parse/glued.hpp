#pragma once
// Internal: tables whose cells were glued together (crawler dumps with all whitespace removed:
// "规范性文件898989"). The digits of a row can be split into cells in many ways; the table's own
// identities (row totals, N+P=T+F, T = sum of outcomes, review group totals) choose the split.
// When none or several splits satisfy them, the cells stay blank and a parse_uncertain_cells
// finding names the row, the digits and the source line: a wrong number is never returned
// silently.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"
#include "parse/evidence.hpp"

namespace govinfo::detail {

// True when `text` (one source line) looks like a glued crawler dump: table labels followed
// directly by digit runs, with no separators between cells. A run followed by a measure word or
// punctuation ("主动公开规范性文件2986件") is a count in a sentence, not a glued row.
bool looks_glued(std::string_view text) noexcept;

// Reads the statutory tables of `report`'s format found in `text` (which starts at source line
// `line`) into `report`, appending TableLocation entries and findings to report.diagnostics.
// Returns false when no table could be read at all.
bool read_glued_tables(std::string_view text, std::uint32_t line, Report& report);

// The splits of an Article 20 row's glued digits (`printed`, as a parse_uncertain_cells finding
// quotes them in `actual`) that are well formed and plausible, each the row's counts in column
// order: what read_glued_tables chose among (splits with a cell that is no count left out).
// Nothing when the row holds money or the search was cut short (the list would prove nothing).
std::optional<std::vector<CountSplit>> article20_count_splits(std::string_view printed,
                                                              FormatVersion format,
                                                              Article20Row row);

}  // namespace govinfo::detail
