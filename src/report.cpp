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

// The enumerator of E whose id is `name`, as an index; the number of enumerators if none.
template <class E>
std::size_t index_of_id(std::string_view name) noexcept {
    std::size_t out = boost::mp11::mp_size<boost::describe::describe_enumerators<E>>::value;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto e) {
        if (name == e.name) out = static_cast<std::size_t>(e.value);
    });
    return out;
}

// The members of `Struct` of type `Member`, indexed by the enum `E` whose ids name them (null
// where the member has another type or does not exist). Built once from the descriptions, so a
// lookup is an array index instead of string compares over every member.
template <class E, class Struct, class Member>
class MemberTable {
public:
    static MemberTable const& get() noexcept {
        static MemberTable const table;
        return table;
    }
    // nullptr when `e` names no member of type `Member`.
    Member Struct::*operator[](E e) const noexcept {
        auto const i = static_cast<std::size_t>(e);
        return i < size ? pointers_[i] : nullptr;
    }

private:
    static constexpr std::size_t size = boost::mp11::mp_size<boost::describe::describe_enumerators<E>>::value;
    std::array<Member Struct::*, size> pointers_{};

    MemberTable() noexcept {
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto e) {
            auto const i = static_cast<std::size_t>(e.value);
            if (i >= size) return;
            boost::mp11::mp_for_each<
                boost::describe::describe_members<Struct, boost::describe::mod_public>>([&](auto m) {
                if constexpr (std::is_same_v<std::remove_cvref_t<decltype(std::declval<Struct&>().*m.pointer)>,
                                             Member>) {
                    if (std::string_view(m.name) == e.name) pointers_[i] = m.pointer;
                }
            });
        });
    }
};

}  // namespace

Report Report::blank(FormatVersion format) {
    Report r;
    if (format != FormatVersion::v2019 && format != FormatVersion::v2021)
        throw std::out_of_range("FormatVersion " + std::to_string(static_cast<int>(format)) +
                                " is neither v2019 nor v2021");
    if (format == FormatVersion::v2019) {
        r.article20 = Article20v2019{};
        r.applications.other_handling = ApplicantRow{};
    } else {
        r.article20 = Article20v2021{};
        r.applications.other_no_correction = ApplicantRow{};
        r.applications.other_fee_unpaid = ApplicantRow{};
        r.applications.other_other = ApplicantRow{};
    }
    return r;
}

ApplicantRow* find_row(ApplicationTable& t, ApplicationRow r) noexcept {
    if (auto const p = MemberTable<ApplicationRow, ApplicationTable, ApplicantRow>::get()[r])
        return &(t.*p);
    auto const q = MemberTable<ApplicationRow, ApplicationTable, std::optional<ApplicantRow>>::get()[r];
    return q && t.*q ? &*(t.*q) : nullptr;
}
ApplicantRow const* find_row(ApplicationTable const& t, ApplicationRow r) noexcept {
    return find_row(const_cast<ApplicationTable&>(t), r);
}

namespace {

// The member `e` names, or std::out_of_range when `e` is outside the enum.
template <class E, class Struct, class Member>
Member& member(Struct& s, E e, char const* what) {
    auto const p = MemberTable<E, Struct, Member>::get()[e];
    if (!p)
        throw std::out_of_range(std::string(what) + " " +
                                std::to_string(static_cast<long long>(e)) +
                                " is not one of its enumerators");
    return s.*p;
}

}  // namespace

Cell& cell(ApplicantRow& row, ApplicantColumn c) {
    return member<ApplicantColumn, ApplicantRow, Cell>(row, c, "ApplicantColumn");
}
Cell const& cell(ApplicantRow const& row, ApplicantColumn c) {
    return cell(const_cast<ApplicantRow&>(row), c);
}

ReviewOutcomes& group(ReviewLitigationTable& t, ReviewGroup g) {
    return member<ReviewGroup, ReviewLitigationTable, ReviewOutcomes>(t, g, "ReviewGroup");
}
ReviewOutcomes const& group(ReviewLitigationTable const& t, ReviewGroup g) {
    return group(const_cast<ReviewLitigationTable&>(t), g);
}
Cell& cell(ReviewOutcomes& g, ReviewColumn c) {
    return member<ReviewColumn, ReviewOutcomes, Cell>(g, c, "ReviewColumn");
}
Cell const& cell(ReviewOutcomes const& g, ReviewColumn c) {
    return cell(const_cast<ReviewOutcomes&>(g), c);
}

namespace {

// The row a member of an Article 20 table holds: the member itself, or what an optional row
// (Article20v2019::other_documents) holds, nullptr while it holds nothing.
template <class Row>
Row const* held_row(Row const& row) noexcept {
    return &row;
}
template <class Row>
Row const* held_row(std::optional<Row> const& row) noexcept {
    return row ? &*row : nullptr;
}

// The cells of one Article 20 table (Article20v2021 or Article20v2019) by row and column: the
// row member named id(row), then its Cell or MoneyCell member named id(column). Built once
// from the descriptions, so a lookup is two array indexes instead of name compares.
template <class Table>
class Article20Cells {
public:
    static Article20Cells const& get() noexcept {
        static Article20Cells const table;
        return table;
    }
    std::optional<Article20CellRef> operator()(Table const& t, Article20Row r,
                                               Article20Column c) const noexcept {
        auto const i = static_cast<std::size_t>(r), j = static_cast<std::size_t>(c);
        if (i >= rows || j >= columns || !find_[i][j]) return std::nullopt;
        return find_[i][j](t);
    }

private:
    static constexpr std::size_t rows = boost::mp11::mp_size<boost::describe::describe_enumerators<Article20Row>>::value;
    static constexpr std::size_t columns = boost::mp11::mp_size<boost::describe::describe_enumerators<Article20Column>>::value;
    using Find = std::optional<Article20CellRef> (*)(Table const&) noexcept;
    std::array<std::array<Find, columns>, rows> find_{};

    Article20Cells() noexcept {
        boost::mp11::mp_for_each<boost::describe::describe_members<Table, boost::describe::mod_public>>(
            [&](auto m) {
                using RowMember = decltype(m);
                using Row = std::remove_cvref_t<
                    decltype(*held_row(std::declval<Table const&>().*m.pointer))>;
                std::size_t const r = index_of_id<Article20Row>(m.name);
                boost::mp11::mp_for_each<boost::describe::describe_members<Row, boost::describe::mod_public>>(
                    [&](auto c) {
                        using CellMember = decltype(c);
                        using C = std::remove_cvref_t<decltype(std::declval<Row const&>().*c.pointer)>;
                        std::size_t const col = index_of_id<Article20Column>(c.name);
                        if constexpr (std::is_same_v<C, Cell> || std::is_same_v<C, MoneyCell>) {
                            if (r >= rows || col >= columns) return;
                            find_[r][col] = [](Table const& t) noexcept
                                -> std::optional<Article20CellRef> {
                                Row const* row = held_row(t.*RowMember::pointer);
                                if (!row) return std::nullopt;
                                return Article20CellRef(&(row->*CellMember::pointer));
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
            return Article20Cells<std::remove_cvref_t<decltype(table)>>::get()(table, r, c);
        },
        a);
}

}  // namespace govinfo
