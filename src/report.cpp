#include "govinfo/report.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

// Member of a described struct whose name equals `name`, or nullptr. Enum ids and member names
// are the same strings by design (the ids are the JSON keys), so this is the one bridge between
// "row as enum" and "row as struct member".
template <class Member, class Struct>
Member* member_named(Struct& s, std::string_view name) noexcept {
    Member* found = nullptr;
    boost::mp11::mp_for_each<boost::describe::describe_members<std::remove_const_t<Struct>,
                                                               boost::describe::mod_public>>(
        [&](auto m) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(s.*m.pointer)>,
                                         std::remove_const_t<Member>>) {
                if (!found && name == m.name) found = &(s.*m.pointer);
            }
        });
    return found;
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

Cell& cell(ApplicantRow& row, ApplicantColumn c) noexcept {
    return row.*MemberTable<ApplicantColumn, ApplicantRow, Cell>::get()[c];
}
Cell const& cell(ApplicantRow const& row, ApplicantColumn c) noexcept {
    return cell(const_cast<ApplicantRow&>(row), c);
}

ReviewOutcomes& group(ReviewLitigationTable& t, ReviewGroup g) noexcept {
    return t.*MemberTable<ReviewGroup, ReviewLitigationTable, ReviewOutcomes>::get()[g];
}
ReviewOutcomes const& group(ReviewLitigationTable const& t, ReviewGroup g) noexcept {
    return group(const_cast<ReviewLitigationTable&>(t), g);
}
Cell& cell(ReviewOutcomes& g, ReviewColumn c) noexcept {
    return g.*MemberTable<ReviewColumn, ReviewOutcomes, Cell>::get()[c];
}
Cell const& cell(ReviewOutcomes const& g, ReviewColumn c) noexcept {
    return cell(const_cast<ReviewOutcomes&>(g), c);
}

std::optional<Article20CellRef> article20_cell(Article20 const& a, Article20Row r,
                                               Article20Column c) noexcept {
    std::optional<Article20CellRef> out;
    std::visit(
        [&](auto const& table) {
            boost::mp11::mp_for_each<boost::describe::describe_members<
                std::remove_cvref_t<decltype(table)>, boost::describe::mod_public>>([&](auto m) {
                if (m.name != id(r)) return;
                auto const& row = table.*m.pointer;
                if (auto const* count = member_named<Cell const>(row, id(c))) out = count;
                if (auto const* money = member_named<MoneyCell const>(row, id(c))) out = money;
            });
        },
        a);
    return out;
}

}  // namespace govinfo
