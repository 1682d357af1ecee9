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
#include <type_traits>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/cell.hpp"
#include "govinfo/error.hpp"  // from_id and from_label throw govinfo::Exception
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

namespace detail {
// The name of an enum type in messages ("ApplicantColumn"); "enum" for one not listed here.
template <class E>
constexpr std::string_view enum_type_name() noexcept {
    if constexpr (std::is_same_v<E, ApplicationRow>) return "ApplicationRow";
    else if constexpr (std::is_same_v<E, ApplicantColumn>) return "ApplicantColumn";
    else if constexpr (std::is_same_v<E, OutcomeGroup>) return "OutcomeGroup";
    else if constexpr (std::is_same_v<E, ReviewGroup>) return "ReviewGroup";
    else if constexpr (std::is_same_v<E, ReviewColumn>) return "ReviewColumn";
    else if constexpr (std::is_same_v<E, Article20Row>) return "Article20Row";
    else if constexpr (std::is_same_v<E, Article20Column>) return "Article20Column";
    else if constexpr (std::is_same_v<E, TableKind>) return "TableKind";
    else if constexpr (std::is_same_v<E, FormatVersion>) return "FormatVersion";
    else if constexpr (std::is_same_v<E, MoneyUnit>) return "MoneyUnit";
    else if constexpr (std::is_same_v<E, Severity>) return "Severity";
    else if constexpr (std::is_same_v<E, FindingCode>) return "FindingCode";
    else if constexpr (std::is_same_v<E, CellState>) return "CellState";
    else return "enum";
}
// Throw govinfo::Exception (ErrorCode::bad_id) for an id or label that names nothing, with the
// text and what was expected: every id of the enum, or an example of its labels.
[[noreturn]] void throw_bad_id(std::string_view type, std::string_view text,
                               std::string const& expected);
[[noreturn]] void throw_bad_label(std::string_view type, std::string_view text,
                                  std::string_view example);
template <class E>
std::string id_list() {
    std::string out;
    for (auto name : described::enumerator_names<E>) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}
}  // namespace detail

// The enumerator whose id is `text`, or nullopt when none is. (An optional rather than a Result:
// the one way to fail is "no such id", and the parser asks in loops where a message would cost.)
template <class E>
[[nodiscard]] std::optional<E> try_from_id(std::string_view text) {
    // enum_from_string takes char const* only in Boost 1.81, hence the copy.
    std::string const s(text);
    E e{};
    if (boost::describe::enum_from_string(s.c_str(), e)) return e;
    return std::nullopt;
}
template <>
[[nodiscard]] inline std::optional<FormatVersion> try_from_id<FormatVersion>(
    std::string_view text) {
    if (text == "2019") return FormatVersion::v2019;
    if (text == "2021") return FormatVersion::v2021;
    return std::nullopt;
}
// The enumerator whose id is `text`; throws govinfo::Exception (ErrorCode::bad_id) naming the
// text and the ids expected when there is none.
template <class E>
E from_id(std::string_view text) {
    if (auto const e = try_from_id<E>(text)) return *e;
    detail::throw_bad_id(detail::enum_type_name<E>(), text,
                         std::is_same_v<E, FormatVersion> ? std::string("2019, 2021")
                                                          : detail::id_list<E>());
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
[[nodiscard]] std::optional<E> try_from_label(std::string_view text);
// The same, throwing govinfo::Exception (ErrorCode::bad_id) naming the text and an example of the
// labels expected when nothing matches.
template <class E>
    requires wording::has_table<E>
E from_label(std::string_view text) {
    if (auto const e = try_from_label<E>(text)) return *e;
    std::string_view example;
    if constexpr (std::is_same_v<E, Article20Row> || std::is_same_v<E, Article20Column>)
        example = wording::table_of<E>()->front().in(FormatVersion::v2021);
    else
        example = wording::table_of<E>()->front().official;
    detail::throw_bad_label(detail::enum_type_name<E>(), text, example);
}

}  // namespace govinfo
