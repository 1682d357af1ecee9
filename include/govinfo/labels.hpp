#pragma once
// Every enum maps both ways between its value, its stable id and its official Chinese label.
// Ids are the enumerator names (FormatVersion: "2019"/"2021"); they are the public contract used
// as JSON keys, CSV values and pandas columns. Labels are the exact official wording; from_label
// also accepts the variants real reports print (FORMAT.md §10) after normalising punctuation,
// brackets, quotes, digits and spaces.
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/cell.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/format_version.hpp"
#include "govinfo/label_tables.hpp"
#include "govinfo/review_litigation.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {

// ---- ids ----
// id() and label() of a value outside its enum's enumerators (a cast such as ApplicantColumn(999))
// are "".

template <class E>
std::string_view id(E e) noexcept {
    return boost::describe::enum_to_string(e, "");
}
inline std::string_view id(FormatVersion f) noexcept {
    switch (f) {
        case FormatVersion::v2019: return "2019";
        case FormatVersion::v2021: return "2021";
    }
    return "";
}

template <class E>
std::optional<E> from_id(std::string_view text) {
    // enum_from_string takes char const* only in Boost 1.81, hence the copy.
    std::string const s(text);
    E e{};
    if (boost::describe::enum_from_string(s.c_str(), e)) return e;
    return std::nullopt;
}
template <>
inline std::optional<FormatVersion> from_id<FormatVersion>(std::string_view text) {
    if (text == "2019") return FormatVersion::v2019;
    if (text == "2021") return FormatVersion::v2021;
    return std::nullopt;
}

// ---- official labels (the wording tables of label_tables.hpp) ----

// The official label of an enumerator with a wording table: ApplicationRow (一、本年新收政府信息公开
// 申请数量 …), ApplicantColumn (自然人 …), OutcomeGroup (（三）不予公开 …), ReviewGroup (行政复议 …),
// ReviewColumn (结果维持 …), TableKind (主动公开政府信息情况 …), FormatVersion
// (国办公开办函〔2021〕30号), MoneyUnit (万元, 元, "" for unknown), Severity (错误, 警告, 提示).
template <class E>
    requires(wording::has_table<E> && !std::is_same_v<E, Article20Row> &&
             !std::is_same_v<E, Article20Column>)
constexpr std::string_view label(E e) noexcept {
    auto const i = described::index_of(e);
    return i ? (*wording::table_of<E>())[*i].official : std::string_view{};
}
// Article 20 labels depend on the format: 行政规范性文件 (2021) vs 规范性文件 (2019).
// A row or column the format does not have yields "".
// (Looked up by index, not through a pointer tested against nullptr, which GCC does not take for
// a constant under -fsanitize.)
constexpr std::string_view label(Article20Row r, FormatVersion f) noexcept {
    auto const i = described::index_of(r);
    return i ? wording::article20_rows[*i].in(f) : std::string_view{};
}
constexpr std::string_view label(Article20Column c, FormatVersion f, Article20Row r) noexcept {
    auto const i = described::index_of(c);
    bool present = false;
    for (auto x : article20_columns(f, r)) present = present || x == c;
    return i && present ? wording::article20_columns[*i].in(f) : std::string_view{};
}
// The 第二十条第（X）项 caption of the sub-table a row belongs to.
constexpr std::string_view caption(Article20Row r) noexcept {
    for (auto const& [row, text] : wording::article20_captions)
        if (row == r) return text;
    return {};
}

// ---- labels to values, variants included ----

// Canonical form used for matching: NFKC-like width folding of ASCII digits, letters and
// brackets, curly and straight quotes unified, 、 and ， unified, whitespace removed.
std::string normalize_label(std::string_view text);

// The enumerator whose official label, variant or short form (label_tables.hpp) is `text` after
// normalize_label; Article 20 rows and columns in either format's wording. Row labels match
// with or without their group prefix ("（三）不予公开/1.属于国家秘密" and "1.属于国家秘密" both
// give withheld_state_secret; a bare "1." is ambiguous across groups, so the bare form matches
// only where it is unique). An empty text matches nothing (MoneyUnit::unknown's label is "").
// Defined in src/labels.cpp for every enum with a wording table.
template <class E>
    requires wording::has_table<E>
std::optional<E> from_label(std::string_view text);

}  // namespace govinfo
