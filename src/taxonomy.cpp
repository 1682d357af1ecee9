#include "govinfo/taxonomy.hpp"

#include <array>

namespace govinfo {
namespace {

using R = ApplicationRow;

constexpr std::array<R, 23> rows_2019{
    R::new_received, R::carried_over, R::disclosed, R::partially_disclosed,
    R::withheld_state_secret, R::withheld_prohibited_by_law, R::withheld_security_stability,
    R::withheld_third_party_rights, R::withheld_internal_affairs, R::withheld_process_info,
    R::withheld_enforcement_file, R::withheld_administrative_query, R::unavailable_not_held,
    R::unavailable_requires_creation, R::unavailable_still_unclear,
    R::declined_petition_complaint, R::declined_duplicate, R::declined_publication,
    R::declined_excessive, R::declined_confirm_or_reissue, R::other_handling, R::outcome_total,
    R::carried_forward};

constexpr std::array<R, 25> rows_2021{
    R::new_received, R::carried_over, R::disclosed, R::partially_disclosed,
    R::withheld_state_secret, R::withheld_prohibited_by_law, R::withheld_security_stability,
    R::withheld_third_party_rights, R::withheld_internal_affairs, R::withheld_process_info,
    R::withheld_enforcement_file, R::withheld_administrative_query, R::unavailable_not_held,
    R::unavailable_requires_creation, R::unavailable_still_unclear,
    R::declined_petition_complaint, R::declined_duplicate, R::declined_publication,
    R::declined_excessive, R::declined_confirm_or_reissue, R::other_no_correction,
    R::other_fee_unpaid, R::other_other, R::outcome_total, R::carried_forward};

// A 2021 table that also holds the single （六）其他处理 row, which comes before its sub-rows.
constexpr std::array<R, 26> rows_2021_with_single_other{
    R::new_received, R::carried_over, R::disclosed, R::partially_disclosed,
    R::withheld_state_secret, R::withheld_prohibited_by_law, R::withheld_security_stability,
    R::withheld_third_party_rights, R::withheld_internal_affairs, R::withheld_process_info,
    R::withheld_enforcement_file, R::withheld_administrative_query, R::unavailable_not_held,
    R::unavailable_requires_creation, R::unavailable_still_unclear,
    R::declined_petition_complaint, R::declined_duplicate, R::declined_publication,
    R::declined_excessive, R::declined_confirm_or_reissue, R::other_handling,
    R::other_no_correction, R::other_fee_unpaid, R::other_other, R::outcome_total,
    R::carried_forward};

using C = ApplicantColumn;
constexpr std::array<C, 7> columns{C::natural_person,     C::commercial_enterprise,
                                   C::research_institution, C::public_interest_org,
                                   C::legal_service_org,  C::other_org,
                                   C::total};

using AR = Article20Row;
using AC = Article20Column;
constexpr std::array<AR, 6> a20_rows_2021{AR::regulations, AR::normative_documents, AR::licensing,
                                          AR::penalty,     AR::coercion,            AR::fees};
constexpr std::array<AR, 8> a20_rows_2019{AR::regulations, AR::normative_documents,
                                          AR::licensing,   AR::other_services,
                                          AR::penalty,     AR::coercion,
                                          AR::fees,        AR::procurement};
// A 2019 table that also holds the provincial row 其他主动公开文件, which follows 规范性文件.
constexpr std::array<AR, 9> a20_rows_2019_with_other_documents{
    AR::regulations, AR::normative_documents, AR::other_documents, AR::licensing,
    AR::other_services, AR::penalty, AR::coercion, AR::fees, AR::procurement};
constexpr std::array<AC, 3> docs_2021{AC::issued, AC::repealed, AC::in_force};
constexpr std::array<AC, 1> decisions_2021{AC::decisions};
constexpr std::array<AC, 1> fee_2021{AC::amount};
constexpr std::array<AC, 3> docs_2019{AC::new_made, AC::new_published, AC::total_published};
constexpr std::array<AC, 3> items_2019{AC::previous_items, AC::change, AC::decisions};
constexpr std::array<AC, 2> fee_2019{AC::previous_items, AC::change};
constexpr std::array<AC, 2> procurement_2019{AC::projects, AC::amount};

constexpr std::array<ReviewGroup, 3> groups{ReviewGroup::review, ReviewGroup::litigation_direct,
                                            ReviewGroup::litigation_after_review};
constexpr std::array<ReviewColumn, 5> review_cols{ReviewColumn::upheld, ReviewColumn::corrected,
                                                  ReviewColumn::other, ReviewColumn::pending,
                                                  ReviewColumn::total};

}  // namespace

namespace {
// A value outside FormatVersion has no rows: every list below is empty for it.
bool known(FormatVersion f) noexcept {
    return f == FormatVersion::v2019 || f == FormatVersion::v2021;
}
}  // namespace

std::span<ApplicationRow const> application_rows(FormatVersion f) noexcept {
    if (f == FormatVersion::v2019) return rows_2019;
    if (f == FormatVersion::v2021) return rows_2021;
    return {};
}

std::span<ApplicationRow const> outcome_rows(FormatVersion f) noexcept {
    // Between carried_over (index 1) and outcome_total (second to last).
    auto all = application_rows(f);
    if (all.empty()) return {};
    return all.subspan(2, all.size() - 4);
}

std::span<ApplicantColumn const> applicant_columns() noexcept {
    return std::span<ApplicantColumn const>(columns).first(6);
}
std::span<ApplicantColumn const> all_applicant_columns() noexcept { return columns; }

std::optional<OutcomeGroup> group_of(ApplicationRow r) noexcept {
    switch (r) {
        case R::disclosed: return OutcomeGroup::disclosed;
        case R::partially_disclosed: return OutcomeGroup::partially_disclosed;
        case R::withheld_state_secret:
        case R::withheld_prohibited_by_law:
        case R::withheld_security_stability:
        case R::withheld_third_party_rights:
        case R::withheld_internal_affairs:
        case R::withheld_process_info:
        case R::withheld_enforcement_file:
        case R::withheld_administrative_query: return OutcomeGroup::withheld;
        case R::unavailable_not_held:
        case R::unavailable_requires_creation:
        case R::unavailable_still_unclear: return OutcomeGroup::unavailable;
        case R::declined_petition_complaint:
        case R::declined_duplicate:
        case R::declined_publication:
        case R::declined_excessive:
        case R::declined_confirm_or_reissue: return OutcomeGroup::declined;
        case R::other_handling:
        case R::other_no_correction:
        case R::other_fee_unpaid:
        case R::other_other: return OutcomeGroup::other;
        case R::new_received:
        case R::carried_over:
        case R::outcome_total:
        case R::carried_forward: return std::nullopt;
    }
    return std::nullopt;
}

bool has_row(FormatVersion f, ApplicationRow r) noexcept {
    switch (r) {
        case R::other_handling: return f == FormatVersion::v2019;
        case R::other_no_correction:
        case R::other_fee_unpaid:
        case R::other_other: return f == FormatVersion::v2021;
        case R::new_received:
        case R::carried_over:
        case R::disclosed:
        case R::partially_disclosed:
        case R::withheld_state_secret:
        case R::withheld_prohibited_by_law:
        case R::withheld_security_stability:
        case R::withheld_third_party_rights:
        case R::withheld_internal_affairs:
        case R::withheld_process_info:
        case R::withheld_enforcement_file:
        case R::withheld_administrative_query:
        case R::unavailable_not_held:
        case R::unavailable_requires_creation:
        case R::unavailable_still_unclear:
        case R::declined_petition_complaint:
        case R::declined_duplicate:
        case R::declined_publication:
        case R::declined_excessive:
        case R::declined_confirm_or_reissue:
        case R::outcome_total:
        case R::carried_forward: return known(f);
    }
    return false;  // not an ApplicationRow
}

bool may_hold_row(FormatVersion f, ApplicationRow r) noexcept {
    return has_row(f, r) || (f == FormatVersion::v2021 && r == R::other_handling);
}

std::span<ApplicationRow const> application_rows(FormatVersion f,
                                                 ApplicationTable const& t) noexcept {
    if (f == FormatVersion::v2021 && t.other_handling) return rows_2021_with_single_other;
    return application_rows(f);
}

std::span<Article20Row const> article20_rows(FormatVersion f) noexcept {
    if (f == FormatVersion::v2019) return a20_rows_2019;
    if (f == FormatVersion::v2021) return a20_rows_2021;
    return {};
}

std::span<Article20Row const> article20_rows(FormatVersion f, Article20 const& a) noexcept {
    if (f == FormatVersion::v2019 && format_of(a) == f &&
        std::get<Article20v2019>(a).other_documents)
        return a20_rows_2019_with_other_documents;
    return article20_rows(f);
}

std::span<Article20Column const> article20_columns(FormatVersion f, Article20Row r) noexcept {
    if (!known(f)) return {};
    if (f == FormatVersion::v2021) {
        switch (r) {
            case AR::regulations:
            case AR::normative_documents: return docs_2021;
            case AR::licensing:
            case AR::penalty:
            case AR::coercion: return decisions_2021;
            case AR::fees: return fee_2021;
            default: return {};
        }
    }
    switch (r) {
        case AR::regulations:
        case AR::normative_documents:
        case AR::other_documents: return docs_2019;
        case AR::licensing:
        case AR::other_services:
        case AR::penalty:
        case AR::coercion: return items_2019;
        case AR::fees: return fee_2019;
        case AR::procurement: return procurement_2019;
    }
    return {};
}

std::span<ReviewGroup const> review_groups() noexcept { return groups; }
std::span<ReviewColumn const> review_columns() noexcept { return review_cols; }

}  // namespace govinfo
