#include "govinfo/report.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

// The member of T that `e` names, as a pointer to a member of type M; nullptr when `e` is outside
// E or names a member of another type. taxonomy.hpp asserts that E's enumerators name T's members
// in order, so this is an array index fixed at compile time.
template <class M, class T, class E>
constexpr M T::*member_for(E e) noexcept {
    static_assert(described::enumerates_members<E, T>());
    auto const& pointers = described::member_pointers<T, M>;
    auto const i = static_cast<std::size_t>(e);
    return i < pointers.size() ? pointers[i] : nullptr;
}

// The row `r` of `t` (const or not), or nullptr when the table lacks it.
template <class Table>
auto* row_of(Table& t, ApplicationRow r) noexcept {
    if (auto const p = member_for<ApplicantRow, ApplicationTable>(r)) return &(t.*p);
    auto const q = member_for<std::optional<ApplicantRow>, ApplicationTable>(r);
    return q && t.*q ? &*(t.*q) : nullptr;
}

// The member `e` names (const as `s` is), or std::out_of_range when `e` is outside the enum.
template <class Member, class Struct, class E>
auto& member(Struct& s, E e, char const* what) {
    auto const p = member_for<Member, std::remove_const_t<Struct>>(e);
    if (!p)
        throw std::out_of_range(std::string(what) + " " +
                                std::to_string(static_cast<long long>(e)) +
                                " is not one of its enumerators");
    return s.*p;
}

}  // namespace

Report Report::blank(FormatVersion format) {
    Report r;
    if (format != FormatVersion::v2019 && format != FormatVersion::v2021)
        throw std::out_of_range("FormatVersion " + std::to_string(static_cast<int>(format)) +
                                " is neither v2019 nor v2021");
    if (format == FormatVersion::v2019)
        r.article20 = Article20v2019{};
    else
        r.article20 = Article20v2021{};
    for (ApplicationRow const row : application_rows(format))
        if (auto const p = member_for<std::optional<ApplicantRow>, ApplicationTable>(row))
            r.applications.*p = ApplicantRow{};
    return r;
}

ApplicantRow* find_row(ApplicationTable& t, ApplicationRow r) noexcept { return row_of(t, r); }
ApplicantRow const* find_row(ApplicationTable const& t, ApplicationRow r) noexcept {
    return row_of(t, r);
}

Cell& cell(ApplicantRow& row, ApplicantColumn c) {
    return member<Cell>(row, c, "ApplicantColumn");
}
Cell const& cell(ApplicantRow const& row, ApplicantColumn c) {
    return member<Cell>(row, c, "ApplicantColumn");
}

ReviewOutcomes& group(ReviewLitigationTable& t, ReviewGroup g) {
    return member<ReviewOutcomes>(t, g, "ReviewGroup");
}
ReviewOutcomes const& group(ReviewLitigationTable const& t, ReviewGroup g) {
    return member<ReviewOutcomes>(t, g, "ReviewGroup");
}
Cell& cell(ReviewOutcomes& g, ReviewColumn c) { return member<Cell>(g, c, "ReviewColumn"); }
Cell const& cell(ReviewOutcomes const& g, ReviewColumn c) {
    return member<Cell>(g, c, "ReviewColumn");
}

namespace {

// The cells of one Article 20 table (Article20v2021 or Article20v2019, const or not) by row and
// column, as `Ref` (Article20CellRef or Article20MutableCellRef): the row member named id(row),
// then its Cell or MoneyCell member named id(column). Built once from the descriptions, so a
// lookup is two array indexes instead of name compares.
template <class Table, class Ref>
class Article20Cells {
public:
    static Article20Cells const& get() noexcept {
        static Article20Cells const table;
        return table;
    }
    std::optional<Ref> operator()(Table& t, Article20Row r, Article20Column c) const noexcept {
        auto const i = static_cast<std::size_t>(r), j = static_cast<std::size_t>(c);
        if (i >= rows || j >= columns || !find_[i][j]) return std::nullopt;
        return find_[i][j](t);
    }

private:
    using Plain = std::remove_const_t<Table>;
    static constexpr std::size_t rows = described::enumerator_values<Article20Row>.size();
    static constexpr std::size_t columns = described::enumerator_values<Article20Column>.size();
    using Find = std::optional<Ref> (*)(Table&) noexcept;
    std::array<std::array<Find, columns>, rows> find_{};

    Article20Cells() noexcept {
        boost::mp11::mp_for_each<described::members<Plain>>([&](auto m) {
            using RowMember = decltype(m);
            using Row = described::row_type<Plain, RowMember>;
            // Every member is named by an enumerator (taxonomy.hpp asserts it).
            std::size_t const r =
                static_cast<std::size_t>(*described::enumerator_named<Article20Row>(m.name));
            boost::mp11::mp_for_each<described::members<Row>>([&](auto c) {
                using CellMember = decltype(c);
                using C = described::member_type<Row, CellMember>;
                std::size_t const col =
                    static_cast<std::size_t>(*described::enumerator_named<Article20Column>(c.name));
                if constexpr (std::is_same_v<C, Cell> || std::is_same_v<C, MoneyCell>) {
                    find_[r][col] = [](Table& t) noexcept -> std::optional<Ref> {
                        auto& row = t.*RowMember::pointer;
                        if constexpr (described::is_optional_member<Plain, RowMember>) {
                            if (!row) return std::nullopt;  // a row not printed
                            return Ref(&((*row).*CellMember::pointer));
                        } else {
                            return Ref(&(row.*CellMember::pointer));
                        }
                    };
                }
            });
        });
    }
};

}  // namespace

std::optional<Article20CellRef> article20_cell(Article20 const& a, Article20Row r,
                                               Article20Column c) noexcept {
    return std::visit(
        [&](auto const& table) {
            using Table = std::remove_reference_t<decltype(table)>;
            return Article20Cells<Table, Article20CellRef>::get()(table, r, c);
        },
        a);
}

std::optional<Article20MutableCellRef> article20_cell(Article20& a, Article20Row r,
                                                      Article20Column c) noexcept {
    return std::visit(
        [&](auto& table) {
            using Table = std::remove_reference_t<decltype(table)>;
            return Article20Cells<Table, Article20MutableCellRef>::get()(table, r, c);
        },
        a);
}

}  // namespace govinfo
