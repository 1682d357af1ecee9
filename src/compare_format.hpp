#pragma once
// Internal: how the comparison's outputs (text, JSON, HTML) write values and changes, so the
// three agree, and the display width of text for the terminal layout.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "govinfo/compare.hpp"

namespace govinfo::detail {

// "3", "177.1万元", "空白" (blank), "／" (not applicable), "—" (the format lacks the cell).
std::string value_text(std::optional<CellValue> const& v);
// "+1", "-2", "+0.5万元"; "" when there is no absolute change.
std::string change_text(CellChange const& c);
// "+50.0%"; "" when there is no relative change.
std::string relative_text(CellChange const& c);

// Columns on a terminal: East Asian wide and full-width characters count 2.
std::size_t display_width(std::string_view utf8) noexcept;
// Pads with spaces to at least `width` columns (never cuts).
std::string pad(std::string_view utf8, std::size_t width);

// "聊城市机关事务管理局 2023年（2021 格式）".
std::string report_name(Report const& r);

}  // namespace govinfo::detail
