#include "govinfo/labels.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#include "govinfo/taxonomy.hpp"
#include "parse/label_match.hpp"
#include "parse/text.hpp"

namespace govinfo {
namespace {

template <class E, std::size_t N>
using LabelTable = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N>
std::string_view lookup(LabelTable<E, N> const& table, E e) noexcept {
    for (auto const& [k, v] : table)
        if (k == e) return v;
    return {};
}

using R = ApplicationRow;
constexpr LabelTable<R, 26> row_labels{{
    {R::new_received, "一、本年新收政府信息公开申请数量"},
    {R::carried_over, "二、上年结转政府信息公开申请数量"},
    {R::disclosed, "（一）予以公开"},
    {R::partially_disclosed, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
    {R::withheld_state_secret, "1.属于国家秘密"},
    {R::withheld_prohibited_by_law, "2.其他法律行政法规禁止公开"},
    {R::withheld_security_stability, "3.危及“三安全一稳定”"},
    {R::withheld_third_party_rights, "4.保护第三方合法权益"},
    {R::withheld_internal_affairs, "5.属于三类内部事务信息"},
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
    {R::other_handling, "（六）其他处理"},
    {R::other_no_correction, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
    {R::other_fee_unpaid,
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
    {R::other_other, "3.其他"},
    {R::outcome_total, "（七）总计"},
    {R::carried_forward, "四、结转下年度继续办理"},
}};

// Variants seen in real reports (FORMAT.md §10 and the seeds), written as printed.
constexpr std::array<std::pair<R, std::string_view>, 6> row_variants{{
    {R::partially_disclosed, "（二）部分公开（区分处理的，只计这一情况，不计其他情形）"},
    {R::withheld_internal_affairs, "5.属于三类内容事务信息"},
    {R::withheld_prohibited_by_law, "2.其他法律法规禁止公开"},
    {R::withheld_prohibited_by_law, "2.法律行政法规禁止公开"},
    {R::other_handling, "（六）其他"},
    {R::partially_disclosed, "（二）部分公开"},
}};

using OG = OutcomeGroup;
constexpr LabelTable<OG, 6> group_labels{{
    {OG::disclosed, "（一）予以公开"},
    {OG::partially_disclosed, "（二）部分公开"},
    {OG::withheld, "（三）不予公开"},
    {OG::unavailable, "（四）无法提供"},
    {OG::declined, "（五）不予处理"},
    {OG::other, "（六）其他处理"},
}};

using C = ApplicantColumn;
constexpr LabelTable<C, 7> column_labels{{
    {C::natural_person, "自然人"},
    {C::commercial_enterprise, "商业企业"},
    {C::research_institution, "科研机构"},
    {C::public_interest_org, "社会公益组织"},
    {C::legal_service_org, "法律服务机构"},
    {C::other_org, "其他"},
    {C::total, "总计"},
}};
constexpr std::array<std::pair<C, std::string_view>, 2> column_variants{{
    {C::public_interest_org, "社会组织"},
    {C::total, "合计"},
}};

constexpr LabelTable<ReviewGroup, 3> review_group_labels{{
    {ReviewGroup::review, "行政复议"},
    {ReviewGroup::litigation_direct, "未经复议直接起诉"},
    {ReviewGroup::litigation_after_review, "复议后起诉"},
}};
constexpr LabelTable<ReviewColumn, 5> review_column_labels{{
    {ReviewColumn::upheld, "结果维持"},
    {ReviewColumn::corrected, "结果纠正"},
    {ReviewColumn::other, "其他结果"},
    {ReviewColumn::pending, "尚未审结"},
    {ReviewColumn::total, "总计"},
}};

constexpr LabelTable<TableKind, 4> table_labels{{
    {TableKind::article20, "主动公开政府信息情况"},
    {TableKind::applications, "收到和处理政府信息公开申请情况"},
    {TableKind::review_litigation, "政府信息公开行政复议、行政诉讼情况"},
    {TableKind::report, "报告"},
}};

using AR = Article20Row;
using AC = Article20Column;

// Normalised form of a table's labels, computed once.
template <class E, std::size_t N>
std::optional<E> match(LabelTable<E, N> const& table, std::string_view normalized) {
    for (auto const& [k, v] : table)
        if (normalize_label(v) == normalized) return k;
    return std::nullopt;
}

// Strips a leading group label ("（三）不予公开/") or numbering marker so that row labels match
// as printed in either a flat or a grouped layout.
std::string_view strip_group_prefix(std::string_view s) {
    auto const slash = s.find('/');
    if (slash != std::string_view::npos) return s.substr(slash + 1);
    return s;
}

}  // namespace

namespace detail {

namespace {

char* put_utf8(char* out, char32_t cp) noexcept {
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

}  // namespace

std::size_t normalize_label_to(std::string_view text, char* out) noexcept {
    auto const* const begin = reinterpret_cast<unsigned char const*>(text.data());
    auto const* const end = begin + text.size();
    auto const* p = begin;
    char* o = out;
    while (p < end) {
        // Fast paths, byte for byte what the general path below produces: ASCII other than
        // whitespace, and the three-byte CJK block U+4000…U+9FFF (lead bytes E4…E9), which none
        // of the mappings touch.
        unsigned const b = *p;
        if (b < 0x80) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') *o++ = static_cast<char>(b);
            ++p;
            continue;
        }
        if (b - 0xE4u < 6u && end - p > 2) {
            std::uint16_t tail;  // both continuation bytes tested at once, in either byte order
            std::memcpy(&tail, p + 1, 2);
            if ((tail & 0xC0C0u) == 0x8080u) {
                o[0] = static_cast<char>(b);
                std::memcpy(o + 1, &tail, 2);
                o += 3;
                p += 3;
                continue;
            }
        }
        std::size_t i = static_cast<std::size_t>(p - begin);
        // An invalid byte decodes as itself, so normalisation never drops input; it is written
        // back as a two-byte character, the only case where the output grows (hence the room
        // for twice the input).
        char32_t cp = next_code_point(text, i);
        p = begin + i;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
        switch (cp) {
            case ' ': case '\t': case '\r': case '\n': case 0x00A0: case 0x3000:
            case 0x200B: case 0xFEFF:
                continue;  // whitespace of every width
            case 0x201C: case 0x201D: case 0x300C: case 0x300D: case 0x2018: case 0x2019:
                cp = '"';
                break;
            case 0x3001: cp = ','; break;  // 、
            case 0x3002: cp = '.'; break;  // 。 (used as a numbering dot by some converters)
            case 0x3014: cp = '['; break;  // 〔
            case 0x3015: cp = ']'; break;  // 〕
            default: break;
        }
        o = put_utf8(o, cp);
    }
    auto const n = static_cast<std::size_t>(o - out);
    // Numbering "1、" and "1，" are written for "1."; after the mapping above both read "1,".
    if (n >= 2 && out[0] >= '0' && out[0] <= '9' && out[1] == ',') out[1] = '.';
    return n;
}

}  // namespace detail

std::string normalize_label(std::string_view text) {
    // Labels are short: normalise on the stack and allocate once, at the final size.
    char buffer[512];
    if (text.size() <= sizeof buffer / 2)
        return std::string(buffer, detail::normalize_label_to(text, buffer));
    std::string out(2 * text.size(), '\0');
    out.resize(detail::normalize_label_to(text, out.data()));
    return out;
}

std::string_view label(FormatVersion f) noexcept {
    switch (f) {
        case FormatVersion::v2019: return "国办公开办函〔2019〕60号";
        case FormatVersion::v2021: return "国办公开办函〔2021〕30号";
    }
    return "";
}
std::string_view label(ApplicantColumn c) noexcept { return lookup(column_labels, c); }
std::string_view label(ApplicationRow r) noexcept { return lookup(row_labels, r); }
std::string_view label(OutcomeGroup g) noexcept { return lookup(group_labels, g); }
std::string_view label(ReviewGroup g) noexcept { return lookup(review_group_labels, g); }
std::string_view label(ReviewColumn c) noexcept { return lookup(review_column_labels, c); }
std::string_view label(TableKind t) noexcept { return lookup(table_labels, t); }
std::string_view label(MoneyUnit u) noexcept {
    switch (u) {
        case MoneyUnit::wan_yuan: return "万元";
        case MoneyUnit::yuan: return "元";
        case MoneyUnit::unknown: return "";
    }
    return "";
}
std::string_view label(Severity s) noexcept {
    switch (s) {
        case Severity::error: return "错误";
        case Severity::warning: return "警告";
        case Severity::info: return "提示";
    }
    return "";
}

std::string_view label(Article20Row r, FormatVersion f) noexcept {
    bool const v19 = f == FormatVersion::v2019;
    switch (r) {
        case AR::regulations: return "规章";
        case AR::normative_documents: return v19 ? "规范性文件" : "行政规范性文件";
        case AR::licensing: return "行政许可";
        case AR::other_services: return v19 ? "其他对外管理服务事项" : "";
        case AR::penalty: return "行政处罚";
        case AR::coercion: return "行政强制";
        case AR::fees: return "行政事业性收费";
        case AR::procurement: return v19 ? "政府集中采购" : "";
        case AR::other_documents: return v19 ? "其他主动公开文件" : "";  // Hubei template
    }
    return "";
}

std::string_view label(Article20Column c, FormatVersion f, Article20Row r) noexcept {
    auto const cols = article20_columns(f, r);
    bool present = false;
    for (auto x : cols) present = present || x == c;
    if (!present) return "";
    bool const v19 = f == FormatVersion::v2019;
    switch (c) {
        case AC::issued: return "本年制发件数";
        case AC::repealed: return "本年废止件数";
        case AC::in_force: return "现行有效件数";
        case AC::decisions: return v19 ? "处理决定数量" : "本年处理决定数量";
        case AC::amount: return v19 ? "采购总金额" : "本年收费金额（单位：万元）";
        case AC::new_made: return "本年新制作数量";
        case AC::new_published: return "本年新公开数量";
        case AC::total_published: return "对外公开总数量";
        case AC::previous_items: return "上一年项目数量";
        case AC::change: return "本年增/减";
        case AC::projects: return "采购项目数量";
    }
    return "";
}

std::string_view caption(Article20Row r) noexcept {
    switch (r) {
        case AR::regulations:
        case AR::normative_documents:
        case AR::other_documents: return "第二十条第（一）项";
        case AR::licensing:
        case AR::other_services: return "第二十条第（五）项";
        case AR::penalty:
        case AR::coercion: return "第二十条第（六）项";
        case AR::fees: return "第二十条第（八）项";
        case AR::procurement: return "第二十条第（九）项";
    }
    return "";
}

template <>
std::optional<ApplicationRow> from_label<ApplicationRow>(std::string_view text) {
    std::string const n = normalize_label(text);
    std::string_view const bare = strip_group_prefix(n);
    if (auto r = match(row_labels, bare)) return r;
    for (auto const& [k, v] : row_variants)
        if (normalize_label(v) == bare) return k;
    // "(六)其他处理/3.其他" is 2021's other_other; a 2019 "(六)其他处理" has no slash.
    return std::nullopt;
}

template <>
std::optional<ApplicantColumn> from_label<ApplicantColumn>(std::string_view text) {
    std::string const n = normalize_label(text);
    if (auto c = match(column_labels, n)) return c;
    for (auto const& [k, v] : column_variants)
        if (normalize_label(v) == n) return k;
    return std::nullopt;
}

template <>
std::optional<OutcomeGroup> from_label<OutcomeGroup>(std::string_view text) {
    return match(group_labels, normalize_label(text));
}

template <>
std::optional<ReviewGroup> from_label<ReviewGroup>(std::string_view text) {
    std::string const n = normalize_label(text);
    if (auto g = match(review_group_labels, n)) return g;
    if (n == normalize_label("行政诉讼未经复议直接起诉")) return ReviewGroup::litigation_direct;
    if (n == normalize_label("行政诉讼复议后起诉")) return ReviewGroup::litigation_after_review;
    return std::nullopt;
}

template <>
std::optional<ReviewColumn> from_label<ReviewColumn>(std::string_view text) {
    std::string const n = normalize_label(text);
    if (auto c = match(review_column_labels, n)) return c;
    if (n == "维持") return ReviewColumn::upheld;
    if (n == "纠正") return ReviewColumn::corrected;
    if (n == "合计") return ReviewColumn::total;
    return std::nullopt;
}

template <>
std::optional<Article20Row> from_label<Article20Row>(std::string_view text) {
    std::string const n = normalize_label(text);
    for (auto r : {AR::regulations, AR::normative_documents, AR::other_documents, AR::licensing,
                   AR::other_services, AR::penalty, AR::coercion, AR::fees, AR::procurement}) {
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            auto const l = label(r, f);
            if (!l.empty() && normalize_label(l) == n) return r;
        }
    }
    return std::nullopt;
}

template <>
std::optional<Article20Column> from_label<Article20Column>(std::string_view text) {
    std::string const n = normalize_label(text);
    static constexpr std::array<std::pair<AC, std::string_view>, 16> labels{{
        {AC::issued, "本年制发件数"},
        {AC::repealed, "本年废止件数"},
        {AC::repealed, "本年度止件数"},  // typo in seed 001
        {AC::in_force, "现行有效件数"},
        {AC::decisions, "本年处理决定数量"},
        {AC::decisions, "处理决定数量"},
        {AC::amount, "本年收费金额（单位：万元）"},
        {AC::amount, "本年收费金额"},
        {AC::amount, "采购总金额"},
        {AC::new_made, "本年新制作数量"},
        {AC::new_published, "本年新公开数量"},
        {AC::new_published, "本年新"},  // truncated header in seed 002
        {AC::total_published, "对外公开总数量"},
        {AC::previous_items, "上一年项目数量"},
        {AC::change, "本年增/减"},
        {AC::projects, "采购项目数量"},
    }};
    for (auto const& [k, v] : labels)
        if (normalize_label(v) == n) return k;
    return std::nullopt;
}

}  // namespace govinfo
