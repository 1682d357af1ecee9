#pragma once
// The wording tables: for each enum of the statutory tables, the official label of every
// enumerator and the other wordings real reports print (FORMAT.md §10 and the seeds). This is the
// one place each wording is written: label() and from_label() (labels.hpp), the parser's label
// matching, the Python bindings (`label`, `label_variants`) and docs/model.md (checked by a test)
// all read these tables. Everything is constexpr; each table has one entry per enumerator, in
// enumerator order (asserted below), so a label is an array index.
#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/cell.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/format_version.hpp"
#include "govinfo/review_litigation.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {

// How an enumerator is worded. `variants` are other wordings of the whole label that reports
// print (misspellings, older or truncated wordings): the parser accepts them and says so in a
// parse_label_variant finding. `short_forms` are abbreviations from_label accepts as a whole cell
// but the parser does not match against (a bare 其他 or 合计 is also a column header).
template <class E>
struct Wording {
    E value;
    std::string_view official;
    std::array<std::string_view, 3> variants{};
    std::array<std::string_view, 2> short_forms{};
};

// The Article 20 tables word a row or column differently in each format (规范性文件 in 2019,
// 行政规范性文件 in 2021); "" in a format that lacks it.
template <class E>
struct FormatWording {
    E value;
    std::string_view v2019, v2021;
    std::array<std::string_view, 3> variants{};
    std::array<std::string_view, 2> short_forms{};

    constexpr std::string_view in(FormatVersion f) const noexcept {
        return f == FormatVersion::v2019 ? v2019 : f == FormatVersion::v2021 ? v2021 : "";
    }
};

namespace wording {

using R = ApplicationRow;
inline constexpr std::array<Wording<R>, 26> application_rows{{
    {R::new_received, "一、本年新收政府信息公开申请数量"},
    {R::carried_over, "二、上年结转政府信息公开申请数量"},
    {R::disclosed, "（一）予以公开"},
    {R::partially_disclosed, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
     {"（二）部分公开（区分处理的，只计这一情况，不计其他情形）"}, {"（二）部分公开"}},
    {R::withheld_state_secret, "1.属于国家秘密"},
    {R::withheld_prohibited_by_law, "2.其他法律行政法规禁止公开",
     {"2.其他法律法规禁止公开", "2.法律行政法规禁止公开"}},
    {R::withheld_security_stability, "3.危及“三安全一稳定”"},
    {R::withheld_third_party_rights, "4.保护第三方合法权益"},
    {R::withheld_internal_affairs, "5.属于三类内部事务信息", {"5.属于三类内容事务信息"}},
    {R::withheld_process_info, "6.属于四类过程性信息"},
    {R::withheld_enforcement_file, "7.属于行政执法案卷"},
    {R::withheld_administrative_query, "8.属于行政查询事项"},
    {R::unavailable_not_held, "1.本机关不掌握相关政府信息"},
    {R::unavailable_requires_creation, "2.没有现成信息需要另行制作"},
    {R::unavailable_still_unclear, "3.补正后申请内容仍不明确"},
    {R::declined_petition_complaint, "1.信访举报投诉类申请"},
    {R::declined_duplicate, "2.重复申请"},
    {R::declined_publication, "3.要求提供公开出版物"},
    {R::declined_excessive, "4.无正当理由大量反复申请"},
    {R::declined_confirm_or_reissue, "5.要求行政机关确认或重新出具已获取信息"},
    {R::other_handling, "（六）其他处理", {}, {"（六）其他"}},
    {R::other_no_correction, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
    {R::other_fee_unpaid, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
    {R::other_other, "3.其他"},
    {R::outcome_total, "（七）总计"},
    {R::carried_forward, "四、结转下年度继续办理"},
}};

using OG = OutcomeGroup;
inline constexpr std::array<Wording<OG>, 6> outcome_groups{{
    {OG::disclosed, "（一）予以公开"},
    {OG::partially_disclosed, "（二）部分公开"},
    {OG::withheld, "（三）不予公开"},
    {OG::unavailable, "（四）无法提供"},
    {OG::declined, "（五）不予处理"},
    {OG::other, "（六）其他处理"},
}};

using C = ApplicantColumn;
inline constexpr std::array<Wording<C>, 7> applicant_columns{{
    {C::natural_person, "自然人"},
    {C::commercial_enterprise, "商业企业"},
    {C::research_institution, "科研机构"},
    {C::public_interest_org, "社会公益组织", {}, {"社会组织"}},
    {C::legal_service_org, "法律服务机构"},
    {C::other_org, "其他"},
    {C::total, "总计", {}, {"合计"}},
}};

inline constexpr std::array<Wording<ReviewGroup>, 3> review_groups{{
    {ReviewGroup::review, "行政复议"},
    {ReviewGroup::litigation_direct, "未经复议直接起诉", {}, {"行政诉讼未经复议直接起诉"}},
    {ReviewGroup::litigation_after_review, "复议后起诉", {}, {"行政诉讼复议后起诉"}},
}};

inline constexpr std::array<Wording<ReviewColumn>, 5> review_columns{{
    {ReviewColumn::upheld, "结果维持", {}, {"维持"}},
    {ReviewColumn::corrected, "结果纠正", {}, {"纠正"}},
    {ReviewColumn::other, "其他结果"},
    {ReviewColumn::pending, "尚未审结"},
    {ReviewColumn::total, "总计", {}, {"合计"}},
}};

using AR = Article20Row;
inline constexpr std::array<FormatWording<AR>, 9> article20_rows{{
    {AR::regulations, "规章", "规章"},
    {AR::normative_documents, "规范性文件", "行政规范性文件"},
    {AR::licensing, "行政许可", "行政许可"},
    {AR::other_services, "其他对外管理服务事项", ""},
    {AR::penalty, "行政处罚", "行政处罚"},
    {AR::coercion, "行政强制", "行政强制"},
    {AR::fees, "行政事业性收费", "行政事业性收费"},
    {AR::procurement, "政府集中采购", ""},
    // The Hubei template's provincial row (FORMAT.md §3.2, §10): 2019 tables may hold it.
    {AR::other_documents, "其他主动公开文件", ""},
}};

using AC = Article20Column;
inline constexpr std::array<FormatWording<AC>, 11> article20_columns{{
    {AC::issued, "", "本年制发件数"},
    {AC::repealed, "", "本年废止件数", {"本年度止件数"}},  // 度止: the misspelling of seed 001
    {AC::in_force, "", "现行有效件数"},
    {AC::decisions, "处理决定数量", "本年处理决定数量"},
    {AC::amount, "采购总金额", "本年收费金额（单位：万元）", {}, {"本年收费金额"}},
    {AC::new_made, "本年新制作数量", ""},
    {AC::new_published, "本年新公开数量", "", {"本年新"}},  // cut short in seed 002's header
    {AC::total_published, "对外公开总数量", ""},
    {AC::previous_items, "上一年项目数量", ""},
    {AC::change, "本年增/减", ""},
    {AC::projects, "采购项目数量", ""},
}};

// The 第二十条第（X）项 caption of the sub-table each row belongs to.
inline constexpr std::array<std::pair<AR, std::string_view>, 9> article20_captions{{
    {AR::regulations, "第二十条第（一）项"},
    {AR::normative_documents, "第二十条第（一）项"},
    {AR::licensing, "第二十条第（五）项"},
    {AR::other_services, "第二十条第（五）项"},
    {AR::penalty, "第二十条第（六）项"},
    {AR::coercion, "第二十条第（六）项"},
    {AR::fees, "第二十条第（八）项"},
    {AR::procurement, "第二十条第（九）项"},
    {AR::other_documents, "第二十条第（一）项"},
}};

inline constexpr std::array<Wording<TableKind>, 4> tables{{
    {TableKind::article20, "主动公开政府信息情况"},
    {TableKind::applications, "收到和处理政府信息公开申请情况"},
    {TableKind::review_litigation, "政府信息公开行政复议、行政诉讼情况"},
    {TableKind::report, "报告"},
}};

inline constexpr std::array<Wording<FormatVersion>, 2> formats{{
    {FormatVersion::v2019, "国办公开办函〔2019〕60号"},
    {FormatVersion::v2021, "国办公开办函〔2021〕30号"},
}};

inline constexpr std::array<Wording<MoneyUnit>, 3> money_units{{
    {MoneyUnit::wan_yuan, "万元"},
    {MoneyUnit::yuan, "元"},
    {MoneyUnit::unknown, ""},
}};

inline constexpr std::array<Wording<Severity>, 3> severities{{
    {Severity::error, "错误"},
    {Severity::warning, "警告"},
    {Severity::info, "提示"},
}};

// The table of E, for generic code; a type without one is not a statutory wording.
template <class E>
constexpr auto const* table_of() noexcept {
    if constexpr (std::is_same_v<E, ApplicationRow>) return &application_rows;
    else if constexpr (std::is_same_v<E, OutcomeGroup>) return &outcome_groups;
    else if constexpr (std::is_same_v<E, ApplicantColumn>) return &applicant_columns;
    else if constexpr (std::is_same_v<E, ReviewGroup>) return &review_groups;
    else if constexpr (std::is_same_v<E, ReviewColumn>) return &review_columns;
    else if constexpr (std::is_same_v<E, Article20Row>) return &article20_rows;
    else if constexpr (std::is_same_v<E, Article20Column>) return &article20_columns;
    else if constexpr (std::is_same_v<E, TableKind>) return &tables;
    else if constexpr (std::is_same_v<E, FormatVersion>) return &formats;
    else if constexpr (std::is_same_v<E, MoneyUnit>) return &money_units;
    else if constexpr (std::is_same_v<E, Severity>) return &severities;
    else return static_cast<std::array<Wording<E>, 0> const*>(nullptr);
}
// Decided by the type table_of returns, not by comparing its address with nullptr: under
// -fsanitize GCC does not take the address of a variable for a non-null constant.
template <class E>
inline constexpr bool has_table =
    !std::is_same_v<decltype(table_of<E>()), std::array<Wording<E>, 0> const*>;

// The entry of `e` in its table; nullptr for a value outside E's enumerators.
template <class E>
constexpr auto const* entry(E e) noexcept {
    auto const& table = *table_of<E>();
    auto const i = described::index_of(e);
    return i && *i < table.size() ? &table[*i] : nullptr;
}

// One entry per enumerator, in enumerator order: entry() is an index.
template <class E>
constexpr bool covers_every_enumerator() noexcept {
    auto const& table = *table_of<E>();
    if (table.size() != described::enumerator_values<E>.size()) return false;
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].value != described::enumerator_values<E>[i]) return false;
    return true;
}
static_assert(covers_every_enumerator<ApplicationRow>() && covers_every_enumerator<OutcomeGroup>() &&
              covers_every_enumerator<ApplicantColumn>() && covers_every_enumerator<ReviewGroup>() &&
              covers_every_enumerator<ReviewColumn>() && covers_every_enumerator<Article20Row>() &&
              covers_every_enumerator<Article20Column>() && covers_every_enumerator<TableKind>() &&
              covers_every_enumerator<FormatVersion>() && covers_every_enumerator<MoneyUnit>() &&
              covers_every_enumerator<Severity>(),
              "a wording table must have one entry per enumerator, in enumerator order");
static_assert(article20_captions.size() == described::enumerator_values<Article20Row>.size());

// A format's row or column label is present exactly when the taxonomy has it in that format.
constexpr bool article20_rows_agree() noexcept {
    for (auto f : described::enumerator_values<FormatVersion>)
        for (auto const& w : article20_rows)
            if (!w.in(f).empty() != may_hold_row(f, w.value)) return false;
    return true;
}
static_assert(article20_rows_agree(), "an Article 20 row is worded in the formats that have it");

}  // namespace wording
}  // namespace govinfo
