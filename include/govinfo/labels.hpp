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
#include "govinfo/review_litigation.hpp"

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

// ---- official labels ----

std::string_view label(FormatVersion f) noexcept;     // 国办公开办函〔2021〕30号
std::string_view label(ApplicantColumn c) noexcept;   // 自然人 …
std::string_view label(ApplicationRow r) noexcept;    // 一、本年新收政府信息公开申请数量 …
std::string_view label(OutcomeGroup g) noexcept;      // （三）不予公开 …
std::string_view label(ReviewGroup g) noexcept;       // 行政复议 …
std::string_view label(ReviewColumn c) noexcept;      // 结果维持 …
std::string_view label(TableKind t) noexcept;         // 主动公开政府信息情况 …
std::string_view label(MoneyUnit u) noexcept;         // 万元, 元, "" for unknown
std::string_view label(Severity s) noexcept;          // 错误, 警告, 提示
// Article 20 labels depend on the format: 行政规范性文件 (2021) vs 规范性文件 (2019).
// A row or column the format does not have yields "".
std::string_view label(Article20Row r, FormatVersion f) noexcept;
std::string_view label(Article20Column c, FormatVersion f, Article20Row r) noexcept;
// The 第二十条第（X）项 caption of the sub-table a row belongs to.
std::string_view caption(Article20Row r) noexcept;

// ---- labels to values, variants included ----

// Canonical form used for matching: NFKC-like width folding of ASCII digits, letters and
// brackets, curly and straight quotes unified, 、 and ， unified, whitespace removed.
std::string normalize_label(std::string_view text);

template <class E>
std::optional<E> from_label(std::string_view text);
// Defined in src/labels.cpp for ApplicantColumn, ApplicationRow, OutcomeGroup, ReviewGroup,
// ReviewColumn, Article20Row and Article20Column. Row labels match with or without their group
// prefix ("（三）不予公开/1.属于国家秘密" and "1.属于国家秘密" both give withheld_state_secret;
// a bare "1." is ambiguous across groups, so the bare form matches only where it is unique).
template <> std::optional<ApplicantColumn> from_label<ApplicantColumn>(std::string_view);
template <> std::optional<ApplicationRow> from_label<ApplicationRow>(std::string_view);
template <> std::optional<OutcomeGroup> from_label<OutcomeGroup>(std::string_view);
template <> std::optional<ReviewGroup> from_label<ReviewGroup>(std::string_view);
template <> std::optional<ReviewColumn> from_label<ReviewColumn>(std::string_view);
template <> std::optional<Article20Row> from_label<Article20Row>(std::string_view);
template <> std::optional<Article20Column> from_label<Article20Column>(std::string_view);

}  // namespace govinfo
