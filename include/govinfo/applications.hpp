#pragma once
// Section 三 of a report: 收到和处理政府信息公开申请情况, the application table.
// Seven applicant columns (identical in both formats) by 23 (2019) or 25 (2021) numeric rows.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <array>
#include <optional>

#include "govinfo/cell.hpp"
#include "govinfo/format_version.hpp"

namespace govinfo {

// The seven data columns, in table order. `total` (总计) is the sum of the six before it.
enum class ApplicantColumn {
    natural_person,         // 自然人
    commercial_enterprise,  // 商业企业
    research_institution,   // 科研机构
    public_interest_org,    // 社会公益组织
    legal_service_org,      // 法律服务机构
    other_org,              // 其他
    total,                  // 总计
};
BOOST_DESCRIBE_ENUM(ApplicantColumn, natural_person, commercial_enterprise, research_institution,
                    public_interest_org, legal_service_org, other_org, total)

// Groups of outcome rows. `disclosed` and `partially_disclosed` are groups of one row each.
enum class OutcomeGroup {
    disclosed,            // （一）予以公开
    partially_disclosed,  // （二）部分公开
    withheld,             // （三）不予公开
    unavailable,          // （四）无法提供
    declined,             // （五）不予处理
    other,                // （六）其他处理
};
BOOST_DESCRIBE_ENUM(OutcomeGroup, disclosed, partially_disclosed, withheld, unavailable, declined,
                    other)

// Every numeric row of both formats, in table order: the members of ApplicationTable below, by
// name and in the same order (taxonomy.hpp checks it at compile time). An outcome row's id is its
// group's id (OutcomeGroup) or begins with it and "_"; that is how taxonomy.hpp's group_of reads
// the grouping. application_rows(FormatVersion) lists the rows one format has: 2019 has
// `other_handling`, 2021 the three `other_*` sub-rows instead (optional_application_rows).
enum class ApplicationRow {
    new_received,                   // 一、本年新收政府信息公开申请数量 (N)
    carried_over,                   // 二、上年结转政府信息公开申请数量 (P)
    disclosed,                      // （一）予以公开
    partially_disclosed,            // （二）部分公开（区分处理的，只计这一情形，不计其他情形）
    withheld_state_secret,          // （三）1.属于国家秘密
    withheld_prohibited_by_law,     // （三）2.其他法律行政法规禁止公开
    withheld_security_stability,    // （三）3.危及“三安全一稳定”
    withheld_third_party_rights,    // （三）4.保护第三方合法权益
    withheld_internal_affairs,      // （三）5.属于三类内部事务信息
    withheld_process_info,          // （三）6.属于四类过程性信息
    withheld_enforcement_file,      // （三）7.属于行政执法案卷
    withheld_administrative_query,  // （三）8.属于行政查询事项
    unavailable_not_held,           // （四）1.本机关不掌握相关政府信息
    unavailable_requires_creation,  // （四）2.没有现成信息需要另行制作
    unavailable_still_unclear,      // （四）3.补正后申请内容仍不明确
    declined_petition_complaint,    // （五）1.信访举报投诉类申请
    declined_duplicate,             // （五）2.重复申请
    declined_publication,           // （五）3.要求提供公开出版物
    declined_excessive,             // （五）4.无正当理由大量反复申请
    declined_confirm_or_reissue,    // （五）5.要求行政机关确认或重新出具已获取信息
    other_handling,                 // （六）其他处理 (2019: one row)
    other_no_correction,            // （六）1.申请人无正当理由逾期不补正… (2021)
    other_fee_unpaid,               // （六）2.申请人逾期未按收费通知要求缴纳费用… (2021)
    other_other,                    // （六）3.其他 (2021)
    outcome_total,                  // （七）总计 (T)
    carried_forward,                // 四、结转下年度继续办理 (F)
};
BOOST_DESCRIBE_ENUM(ApplicationRow, new_received, carried_over, disclosed, partially_disclosed,
                    withheld_state_secret, withheld_prohibited_by_law, withheld_security_stability,
                    withheld_third_party_rights, withheld_internal_affairs, withheld_process_info,
                    withheld_enforcement_file, withheld_administrative_query,
                    unavailable_not_held, unavailable_requires_creation,
                    unavailable_still_unclear, declined_petition_complaint, declined_duplicate,
                    declined_publication, declined_excessive, declined_confirm_or_reissue,
                    other_handling, other_no_correction, other_fee_unpaid, other_other,
                    outcome_total, carried_forward)

// One row of the application table: the seven applicant columns.
struct ApplicantRow {
    Cell natural_person, commercial_enterprise, research_institution, public_interest_org,
        legal_service_org, other_org, total;

    friend bool operator==(ApplicantRow const&, ApplicantRow const&) = default;
};
BOOST_DESCRIBE_STRUCT(ApplicantRow, (),
                      (natural_person, commercial_enterprise, research_institution,
                       public_interest_org, legal_service_org, other_org, total))

// The whole table. The optional rows exist in one format only; a report's table holds exactly
// the rows of its format (Report::blank sets this up, report_from_json enforces it).
struct ApplicationTable {
    ApplicantRow new_received, carried_over;
    ApplicantRow disclosed, partially_disclosed;
    ApplicantRow withheld_state_secret, withheld_prohibited_by_law, withheld_security_stability,
        withheld_third_party_rights, withheld_internal_affairs, withheld_process_info,
        withheld_enforcement_file, withheld_administrative_query;
    ApplicantRow unavailable_not_held, unavailable_requires_creation, unavailable_still_unclear;
    ApplicantRow declined_petition_complaint, declined_duplicate, declined_publication,
        declined_excessive, declined_confirm_or_reissue;
    std::optional<ApplicantRow> other_handling;                                   // 2019
    std::optional<ApplicantRow> other_no_correction, other_fee_unpaid, other_other;  // 2021
    ApplicantRow outcome_total, carried_forward;

    friend bool operator==(ApplicationTable const&, ApplicationTable const&) = default;
};
BOOST_DESCRIBE_STRUCT(ApplicationTable, (),
                      (new_received, carried_over, disclosed, partially_disclosed,
                       withheld_state_secret, withheld_prohibited_by_law,
                       withheld_security_stability, withheld_third_party_rights,
                       withheld_internal_affairs, withheld_process_info, withheld_enforcement_file,
                       withheld_administrative_query, unavailable_not_held,
                       unavailable_requires_creation, unavailable_still_unclear,
                       declined_petition_complaint, declined_duplicate, declined_publication,
                       declined_excessive, declined_confirm_or_reissue, other_handling,
                       other_no_correction, other_fee_unpaid, other_other, outcome_total,
                       carried_forward))

// How a format has a row of ApplicationTable: printed by the statute (`statutory`), printed by
// some reports beyond the statute (`variant`: the table holds it when printed, FORMAT.md §10), or
// not at all.
enum class RowPresence { absent, statutory, variant };
BOOST_DESCRIBE_ENUM(RowPresence, absent, statutory, variant)

// The optional members of ApplicationTable and how each format has them; every other member is
// statutory in both. taxonomy.hpp derives every format's row lists from this and the struct, and
// stops the build when an optional member is missing here or a non-optional one is listed.
struct OptionalRow {
    ApplicationRow row;
    RowPresence v2019, v2021;
};
inline constexpr std::array optional_application_rows{
    // 2021 reports sometimes print （六）其他处理 as one row, as 2019 did (taxonomy.hpp may_hold_row).
    OptionalRow{ApplicationRow::other_handling, RowPresence::statutory, RowPresence::variant},
    OptionalRow{ApplicationRow::other_no_correction, RowPresence::absent, RowPresence::statutory},
    OptionalRow{ApplicationRow::other_fee_unpaid, RowPresence::absent, RowPresence::statutory},
    OptionalRow{ApplicationRow::other_other, RowPresence::absent, RowPresence::statutory},
};

}  // namespace govinfo
