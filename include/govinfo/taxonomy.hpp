#pragma once
// Which rows and columns each format has, and how the outcome rows group: the statutory structure
// of FORMAT.md §3–§5, derived at compile time from the Boost.Describe descriptions of the model
// (applications.hpp, article20.hpp, review_litigation.hpp), so nothing is written twice. Every
// function here is constexpr: other C++ tools can use the taxonomy in constant expressions, and a
// struct whose members disagree with its enum's enumerators stops the build (the static_asserts
// at the end).
//
// Where each list comes from:
//   application rows    the members of ApplicationTable; optional_application_rows says which
//                       optional member a format prints (statutory) or may hold (variant)
//   outcome groups      an outcome row's id is its OutcomeGroup's id or begins with it and "_"
//   applicant columns   the members of ApplicantRow, `total` the one the others sum to
//   Article 20          a format's struct (Article20v2021, Article20v2019): its members are the
//                       rows, a row's members the columns; a std::optional member is a row some
//                       reports print beyond the statute, held by the table when printed
//   review/litigation   the members of ReviewLitigationTable and of ReviewOutcomes
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/format_version.hpp"
#include "govinfo/review_litigation.hpp"

namespace govinfo {

// ---- the descriptions as constant expressions ----
namespace described {

namespace detail {
template <template <class...> class L, class... D>
constexpr auto names(L<D...>) noexcept {
    return std::array<std::string_view, sizeof...(D)>{std::string_view(D::name)...};
}
template <class E, template <class...> class L, class... D>
constexpr auto values(L<D...>) noexcept {
    return std::array<E, sizeof...(D)>{D::value...};
}
template <class T, class M, class D>
constexpr M T::*pointer_if_of_type() noexcept {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(std::declval<T const&>().*D::pointer)>,
                                 M>)
        return D::pointer;
    else
        return nullptr;
}
template <class T, class M, template <class...> class L, class... D>
constexpr auto pointers_of_type(L<D...>) noexcept {
    return std::array<M T::*, sizeof...(D)>{pointer_if_of_type<T, M, D>()...};
}
template <class T>
struct unwrap_optional {
    using type = T;
    static constexpr bool optional = false;
};
template <class T>
struct unwrap_optional<std::optional<T>> {
    using type = T;
    static constexpr bool optional = true;
};
}  // namespace detail

template <class T>
using members = boost::describe::describe_members<T, boost::describe::mod_public>;
template <class E>
using enumerators = boost::describe::describe_enumerators<E>;

// Member names of a described struct, in declaration order.
template <class T>
inline constexpr auto member_names = detail::names(members<T>{});
// Enumerator names and values of a described enum, in declaration order.
template <class E>
inline constexpr auto enumerator_names = detail::names(enumerators<E>{});
template <class E>
inline constexpr auto enumerator_values = detail::values<E>(enumerators<E>{});

// The members of T by index: a pointer to the member where it has type M, nullptr elsewhere.
// With enumerates_members<E, T>(), member_pointers<T, M>[e] is the member `e` names.
template <class T, class M>
inline constexpr auto member_pointers = detail::pointers_of_type<T, M>(members<T>{});

// The type of member descriptor D of T, without std::optional; whether it was optional.
template <class T, class D>
using member_type = std::remove_cvref_t<decltype(std::declval<T const&>().*D::pointer)>;
template <class T, class D>
using row_type = typename detail::unwrap_optional<member_type<T, D>>::type;
template <class T, class D>
inline constexpr bool is_optional_member = detail::unwrap_optional<member_type<T, D>>::optional;

// The position of `e` among E's enumerators; nullopt for a value outside them (E(999)).
template <class E>
constexpr std::optional<std::size_t> index_of(E e) noexcept {
    for (std::size_t i = 0; i < enumerator_values<E>.size(); ++i)
        if (enumerator_values<E>[i] == e) return i;
    return std::nullopt;
}
// The enumerator of E named `name`.
template <class E>
constexpr std::optional<E> enumerator_named(std::string_view name) noexcept {
    for (std::size_t i = 0; i < enumerator_names<E>.size(); ++i)
        if (enumerator_names<E>[i] == name) return enumerator_values<E>[i];
    return std::nullopt;
}
// Whether E's enumerators are valued 0, 1, … in declaration order, so that a value indexes arrays.
template <class E>
constexpr bool is_dense() noexcept {
    for (std::size_t i = 0; i < enumerator_values<E>.size(); ++i)
        if (static_cast<std::size_t>(enumerator_values<E>[i]) != i) return false;
    return true;
}
// Whether E's enumerators name the members of T one for one, in the same order, valued 0, 1, …:
// then `e` selects the member at index `e`, with no lookup by name at run time.
template <class E, class T>
constexpr bool enumerates_members() noexcept {
    return is_dense<E>() && enumerator_names<E> == member_names<T>;
}
// Whether every member of T is named by an enumerator of E.
template <class E, class T>
constexpr bool names_every_member() noexcept {
    for (auto name : member_names<T>)
        if (!enumerator_named<E>(name)) return false;
    return true;
}

}  // namespace described

// ---- value lists ----

// At most one of each enumerator of E, in table order; a constant usable in constant expressions.
template <class E>
struct EnumList {
    std::array<E, described::enumerator_values<E>.size()> items{};
    std::size_t size = 0;

    constexpr void push_back(E e) noexcept { items[size++] = e; }
    constexpr std::span<E const> view() const noexcept { return {items.data(), size}; }
    constexpr bool contains(E e) const noexcept {
        for (std::size_t i = 0; i < size; ++i)
            if (items[i] == e) return true;
        return false;
    }
};

namespace detail::taxonomy {

// The index of a format in the per-format tables below; nullopt outside FormatVersion.
constexpr std::optional<std::size_t> format_index(FormatVersion f) noexcept {
    return described::index_of(f);
}
inline constexpr auto formats = described::enumerator_values<FormatVersion>;

// ---- applications ----

constexpr std::optional<OptionalRow> optional_entry(ApplicationRow r) noexcept {
    for (auto const& o : optional_application_rows)
        if (o.row == r) return o;
    return std::nullopt;
}

template <template <class...> class L, class... D>
constexpr auto optional_flags(L<D...>) noexcept {
    return std::array<bool, sizeof...(D)>{described::is_optional_member<ApplicationTable, D>...};
}
inline constexpr auto optional_members = optional_flags(described::members<ApplicationTable>{});

constexpr RowPresence presence(FormatVersion f, ApplicationRow r) noexcept {
    auto const i = described::index_of(r);
    if (!i || !format_index(f)) return RowPresence::absent;
    if (!optional_members[*i]) return RowPresence::statutory;
    auto const o = optional_entry(r);
    if (!o) return RowPresence::absent;
    return f == FormatVersion::v2019 ? o->v2019 : o->v2021;
}

struct ApplicationLayout {
    EnumList<ApplicationRow> statutory, held, outcomes;
};

constexpr std::optional<OutcomeGroup> group_named_in(std::string_view row) noexcept {
    auto const& groups = described::enumerator_names<OutcomeGroup>;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        auto const name = groups[g];
        if (row == name || (row.starts_with(name) && row.size() > name.size() &&
                            row[name.size()] == '_'))
            return described::enumerator_values<OutcomeGroup>[g];
    }
    return std::nullopt;
}

constexpr ApplicationLayout application_layout(FormatVersion f) noexcept {
    ApplicationLayout out;
    for (std::size_t i = 0; i < described::enumerator_values<ApplicationRow>.size(); ++i) {
        ApplicationRow const r = described::enumerator_values<ApplicationRow>[i];
        RowPresence const p = presence(f, r);
        if (p == RowPresence::absent) continue;
        out.held.push_back(r);
        if (p != RowPresence::statutory) continue;
        out.statutory.push_back(r);
        if (group_named_in(described::enumerator_names<ApplicationRow>[i])) out.outcomes.push_back(r);
    }
    return out;
}
inline constexpr std::array application_layouts{application_layout(formats[0]),
                                                application_layout(formats[1])};
static_assert(formats.size() == application_layouts.size());

// ---- Article 20 ----

// The struct of a format's Article 20 tables: the alternative of Article20 format_of names.
constexpr std::size_t article20_alternative(FormatVersion f) noexcept {
    return f == FormatVersion::v2021 ? 0 : 1;
}
template <FormatVersion F>
using Article20Of = std::variant_alternative_t<article20_alternative(F), Article20>;

struct Article20Layout {
    EnumList<Article20Row> statutory, held;
    std::array<EnumList<Article20Column>, described::enumerator_values<Article20Row>.size()> columns{};
};

template <class Table>
constexpr Article20Layout article20_layout() noexcept {
    Article20Layout out;
    boost::mp11::mp_for_each<described::members<Table>>([&](auto m) {
        using D = decltype(m);
        using Row = described::row_type<Table, D>;
        auto const r = described::enumerator_named<Article20Row>(D::name);
        if (!r) return;  // stopped by the static_assert below
        out.held.push_back(*r);
        if (!described::is_optional_member<Table, D>) out.statutory.push_back(*r);
        auto& columns = out.columns[static_cast<std::size_t>(*r)];
        for (auto name : described::member_names<Row>)
            if (auto const c = described::enumerator_named<Article20Column>(name)) columns.push_back(*c);
    });
    return out;
}
inline constexpr std::array article20_layouts{
    article20_layout<Article20Of<formats[0]>>(), article20_layout<Article20Of<formats[1]>>()};

template <class Table>
constexpr bool article20_columns_named() noexcept {
    bool ok = described::names_every_member<Article20Row, Table>();
    boost::mp11::mp_for_each<described::members<Table>>([&](auto m) {
        ok = ok && described::names_every_member<Article20Column,
                                                 described::row_type<Table, decltype(m)>>();
    });
    return ok;
}

// ---- review and litigation, applicant columns ----

template <class E>
constexpr EnumList<E> all_of() noexcept {
    EnumList<E> out;
    for (E e : described::enumerator_values<E>) out.push_back(e);
    return out;
}
inline constexpr EnumList<ApplicantColumn> all_applicant_columns = all_of<ApplicantColumn>();
inline constexpr EnumList<ApplicantColumn> applicant_addends = [] {
    EnumList<ApplicantColumn> out;
    for (ApplicantColumn c : described::enumerator_values<ApplicantColumn>)
        if (c != ApplicantColumn::total) out.push_back(c);
    return out;
}();
inline constexpr EnumList<ReviewGroup> review_groups = all_of<ReviewGroup>();
inline constexpr EnumList<ReviewColumn> review_columns = all_of<ReviewColumn>();

}  // namespace detail::taxonomy

// ---- the taxonomy ----
// A value outside its enum's enumerators (FormatVersion(999), ApplicationRow(-1)) has no rows,
// no columns and no group: the lists are empty, has_row is false and group_of is nullopt.

// Numeric rows of the application table in table order: 23 (2019) or 25 (2021).
constexpr std::span<ApplicationRow const> application_rows(FormatVersion f) noexcept {
    auto const i = detail::taxonomy::format_index(f);
    return i ? detail::taxonomy::application_layouts[*i].statutory.view()
             : std::span<ApplicationRow const>{};
}
// The six applicant columns without `total`, then all seven.
constexpr std::span<ApplicantColumn const> applicant_columns() noexcept {  // the six addends
    return detail::taxonomy::applicant_addends.view();
}
constexpr std::span<ApplicantColumn const> all_applicant_columns() noexcept {  // `total` last
    return detail::taxonomy::all_applicant_columns.view();
}
// Outcome rows (those summed into （七）总计) of a format, in table order.
constexpr std::span<ApplicationRow const> outcome_rows(FormatVersion f) noexcept {
    auto const i = detail::taxonomy::format_index(f);
    return i ? detail::taxonomy::application_layouts[*i].outcomes.view()
             : std::span<ApplicationRow const>{};
}
// The outcome group of a row; nullopt for new_received, carried_over, outcome_total and
// carried_forward, which are not outcomes.
constexpr std::optional<OutcomeGroup> group_of(ApplicationRow r) noexcept {
    auto const i = described::index_of(r);
    if (!i) return std::nullopt;
    return detail::taxonomy::group_named_in(described::enumerator_names<ApplicationRow>[*i]);
}
constexpr bool has_row(FormatVersion f, ApplicationRow r) noexcept {
    return detail::taxonomy::presence(f, r) == RowPresence::statutory;
}

// A variant real reports print: a 2021-format table whose （六）其他处理 is one row, as in the
// 2019 format (FORMAT.md §10), sometimes beside its three sub-rows. Such a table holds
// `other_handling` as well as the three sub-rows (blank where the report printed none), and the
// checks use whichever the report filled, with Q = Q1 + Q2 + Q3 checked when it filled both.
// may_hold_row is has_row plus that row; application_rows(format, table) lists the rows the
// table holds, other_handling just before the sub-rows when a 2021 table holds it.
constexpr bool may_hold_row(FormatVersion f, ApplicationRow r) noexcept {
    return detail::taxonomy::presence(f, r) != RowPresence::absent;
}
// A table holds a format's statutory rows, or those and its one variant row (checked below).
constexpr std::span<ApplicationRow const> application_rows(FormatVersion f,
                                                           ApplicationTable const& t) noexcept {
    auto const i = detail::taxonomy::format_index(f);
    if (!i) return {};
    auto const& layout = detail::taxonomy::application_layouts[*i];
    for (ApplicationRow r : layout.held.view()) {
        auto const p = described::member_pointers<ApplicationTable, std::optional<ApplicantRow>>
            [static_cast<std::size_t>(r)];
        if (!has_row(f, r) && p && (t.*p).has_value()) return layout.held.view();
    }
    return layout.statutory.view();
}

// Rows of a format's Article 20 tables, in table order: the statutory rows, or every row the
// format's struct can hold (statutory and variant).
constexpr std::span<Article20Row const> article20_rows(FormatVersion f) noexcept {
    auto const i = detail::taxonomy::format_index(f);
    return i ? detail::taxonomy::article20_layouts[*i]
                   .statutory.view()
             : std::span<Article20Row const>{};
}
constexpr bool may_hold_row(FormatVersion f, Article20Row r) noexcept {
    auto const i = detail::taxonomy::format_index(f);
    return i && detail::taxonomy::article20_layouts[*i]
                    .held.contains(r);
}
// The columns of row `r` in format `f`, in table order; empty when the format lacks the row.
constexpr std::span<Article20Column const> article20_columns(FormatVersion f,
                                                             Article20Row r) noexcept {
    auto const i = detail::taxonomy::format_index(f);
    auto const row = described::index_of(r);
    if (!i || !row) return {};
    return detail::taxonomy::article20_layouts[*i]
        .columns[*row]
        .view();
}
// The rows `tables` hold, in table order: the statutory rows of format `f`, and its optional
// rows (the 2019 provincial row other_documents, 其他主动公开文件, article20.hpp) when the report
// printed them. No check or sum uses an optional row, so article20_rows(f) leaves them out.
constexpr std::span<Article20Row const> article20_rows(FormatVersion f,
                                                       Article20 const& tables) noexcept {
    auto const i = detail::taxonomy::format_index(f);
    if (!i || format_of(tables) != f) return article20_rows(f);
    bool every_optional_row_held = true;
    std::visit(
        [&](auto const& t) {
            using T = std::remove_cvref_t<decltype(t)>;
            boost::mp11::mp_for_each<described::members<T>>([&](auto m) {
                using D = decltype(m);
                if constexpr (described::is_optional_member<T, D>)
                    every_optional_row_held = every_optional_row_held && (t.*D::pointer).has_value();
            });
        },
        tables);
    // One optional row exists today; a table holding some but not all would list the statutory
    // rows only, which the static_assert below keeps from being a surprise.
    return every_optional_row_held ? detail::taxonomy::article20_layouts[*i].held.view()
                                   : detail::taxonomy::article20_layouts[*i].statutory.view();
}
static_assert(detail::taxonomy::article20_layouts[0].held.size -
                      detail::taxonomy::article20_layouts[0].statutory.size <= 1 &&
                  detail::taxonomy::article20_layouts[1].held.size -
                          detail::taxonomy::article20_layouts[1].statutory.size <= 1,
              "article20_rows(f, tables) assumes at most one optional row per format");

constexpr std::span<ReviewGroup const> review_groups() noexcept {
    return detail::taxonomy::review_groups.view();
}
// upheld, corrected, other, pending, total
constexpr std::span<ReviewColumn const> review_columns() noexcept {
    return detail::taxonomy::review_columns.view();
}

// ---- agreement between the enums and the structs they name ----

static_assert(described::enumerates_members<ApplicantColumn, ApplicantRow>(),
              "ApplicantColumn must name the members of ApplicantRow, in order");
static_assert(described::enumerates_members<ApplicationRow, ApplicationTable>(),
              "ApplicationRow must name the members of ApplicationTable, in order");
static_assert(described::enumerates_members<ReviewGroup, ReviewLitigationTable>(),
              "ReviewGroup must name the members of ReviewLitigationTable, in order");
static_assert(described::enumerates_members<ReviewColumn, ReviewOutcomes>(),
              "ReviewColumn must name the members of ReviewOutcomes, in order");
static_assert(described::is_dense<Article20Row>() && described::is_dense<Article20Column>() &&
              described::is_dense<OutcomeGroup>() && described::is_dense<FormatVersion>());
static_assert(detail::taxonomy::article20_columns_named<Article20v2021>() &&
                  detail::taxonomy::article20_columns_named<Article20v2019>(),
              "every Article 20 row and column member must be named by an Article20Row or "
              "Article20Column enumerator");
static_assert(format_of(Article20(std::in_place_index<detail::taxonomy::article20_alternative(
                            FormatVersion::v2021)>)) == FormatVersion::v2021 &&
              format_of(Article20(std::in_place_index<detail::taxonomy::article20_alternative(
                            FormatVersion::v2019)>)) == FormatVersion::v2019);
static_assert(
    [] {
        for (std::size_t i = 0; i < detail::taxonomy::optional_members.size(); ++i)
            if (detail::taxonomy::optional_members[i] !=
                detail::taxonomy::optional_entry(described::enumerator_values<ApplicationRow>[i])
                    .has_value())
                return false;
        return true;
    }(),
    "optional_application_rows must list exactly the optional members of ApplicationTable");
static_assert(
    [] {
        for (auto const& layout : detail::taxonomy::application_layouts)
            if (layout.held.size > layout.statutory.size + 1) return false;
        return true;
    }(),
    "application_rows(format, table) chooses between two lists: one variant row per format");
static_assert(
    [] {
        for (ApplicationRow r : described::enumerator_values<ApplicationRow>)
            if (!may_hold_row(FormatVersion::v2019, r) && !may_hold_row(FormatVersion::v2021, r))
                return false;
        return true;
    }(),
    "every ApplicationRow belongs to a format");

}  // namespace govinfo
