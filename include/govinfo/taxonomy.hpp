#pragma once
// Which rows and columns each format has, and how the outcome rows group. This is the statutory
// structure of FORMAT.md §3–§5 as data, so validators, serializers and the parser share one truth.
#include <optional>
#include <span>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/format_version.hpp"
#include "govinfo/review_litigation.hpp"

namespace govinfo {

// A value outside its enum's enumerators (FormatVersion(999), ApplicationRow(-1)) has no rows,
// no columns and no group: the lists are empty, has_row is false and group_of is nullopt.

// Numeric rows of the application table in table order: 23 (2019) or 25 (2021).
std::span<ApplicationRow const> application_rows(FormatVersion format) noexcept;
// The six applicant columns without `total`, then all seven.
std::span<ApplicantColumn const> applicant_columns() noexcept;  // the six addends
std::span<ApplicantColumn const> all_applicant_columns() noexcept;  // the seven, `total` last
// Outcome rows (those summed into （七）总计) of a format, in table order.
std::span<ApplicationRow const> outcome_rows(FormatVersion format) noexcept;
// The outcome group of a row; nullopt for new_received, carried_over, outcome_total and
// carried_forward, which are not outcomes.
std::optional<OutcomeGroup> group_of(ApplicationRow row) noexcept;
bool has_row(FormatVersion format, ApplicationRow row) noexcept;

// A variant real reports print: a 2021-format table whose （六）其他处理 is one row, as in the
// 2019 format (FORMAT.md §10), sometimes beside its three sub-rows. Such a table holds
// `other_handling` as well as the three sub-rows (blank where the report printed none), and the
// checks use whichever the report filled, with Q = Q1 + Q2 + Q3 checked when it filled both.
// may_hold_row is has_row plus that row; application_rows(format, table) lists the rows the
// table holds, other_handling just before the sub-rows when a 2021 table holds it.
bool may_hold_row(FormatVersion format, ApplicationRow row) noexcept;
std::span<ApplicationRow const> application_rows(FormatVersion format,
                                                 ApplicationTable const& table) noexcept;

// The statutory Article 20 rows of a format. The 2019 tables may also hold the non-statutory
// row other_documents (其他主动公开文件, a provincial addition, article20.hpp): no check or sum
// uses it, so article20_rows(format) leaves it out; article20_rows(format, tables) lists the
// rows the tables hold, other_documents after normative_documents when they hold it.
std::span<Article20Row const> article20_rows(FormatVersion format) noexcept;
std::span<Article20Row const> article20_rows(FormatVersion format, Article20 const& tables) noexcept;
std::span<Article20Column const> article20_columns(FormatVersion format, Article20Row row) noexcept;

std::span<ReviewGroup const> review_groups() noexcept;
std::span<ReviewColumn const> review_columns() noexcept;  // upheld, corrected, other, pending, total

}  // namespace govinfo
