// What the narrative sections say: the section_* rules of docs/rules.md (boilerplate.hpp).
//
// Every rule here reads text, so each one is written to fire only on what the text plainly
// states: a heading is recognised only in its official wording or a documented variant, a
// section "says only 无" only when nothing else is left once the closing signature is removed,
// and a copied section needs a long text and a high similarity. tests/test_boilerplate.cpp runs
// every rule over every bundled report.
#include "govinfo/boilerplate.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"
#include "section_checks.hpp"
#include "section_text.hpp"

namespace govinfo {
namespace {

using detail::comparison_key;
using detail::key_contains;
using detail::Sentence;

constexpr std::array<std::string_view, 10> numerals{"一", "二", "三", "四", "五",
                                                    "六", "七", "八", "九", "十"};

// The official headings (FORMAT.md §2), used in messages about a section that is not there.
constexpr std::array<std::string_view, 6> official_headings{
    "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项"};

// Heading phrases in their official wording and the variants of FORMAT.md §10, whole: a line is
// taken for a misnumbered heading only when, after its numeral, it says exactly one of these.
// Shorter phrases ("主动公开情况", "基本情况") also name sub-items inside a section, so they are
// left out on purpose.
constexpr std::string_view phrases1[] = {"总体情况"};
constexpr std::string_view phrases2[] = {"主动公开政府信息情况"};
constexpr std::string_view phrases3[] = {"收到和处理政府信息公开申请情况"};
constexpr std::string_view phrases4[] = {
    "政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况",
    "政府信息公开行政复议及行政诉讼情况", "因政府信息公开工作被申请行政复议和提起行政诉讼情况"};
constexpr std::string_view phrases5[] = {
    "存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况",
    "存在的主要问题和改进措施", "存在的主要问题及下步打算"};
constexpr std::string_view phrases6[] = {"其他需要报告的事项"};

// The section (1..6) a heading phrase names, from its comparison key; 0 when none.
int section_of_phrase(std::u32string key) {
    static std::u32string const unit = comparison_key("（单位：件）");
    if (key.size() > unit.size() && key.ends_with(unit)) key.resize(key.size() - unit.size());
    static auto const keys = [] {
        std::vector<std::pair<std::u32string, int>> out;
        auto add = [&](auto const& list, int n) {
            for (std::string_view p : list) out.emplace_back(comparison_key(p), n);
        };
        add(phrases1, 1), add(phrases2, 2), add(phrases3, 3), add(phrases4, 4), add(phrases5, 5),
            add(phrases6, 6);
        return out;
    }();
    for (auto const& [k, n] : keys)
        if (k == key) return n;
    return 0;
}

std::string section_name(Report const& r, int number) {
    for (auto const& s : r.sections)
        if (s.number == number && !s.heading.empty()) return s.heading;
    return std::string(official_headings[static_cast<std::size_t>(number - 1)]);
}

Section const* find_section(Report const& r, int number) {
    for (auto const& s : r.sections)
        if (s.number == number) return &s;
    return nullptr;
}

Finding make(FindingCode code, Severity severity, CellAddress const& where, std::string expected,
             std::string actual, std::string message, std::uint32_t line = 0) {
    return FindingBuilder(code, severity)
        .at(where)
        .expected(std::move(expected))
        .actual(std::move(actual))
        .message(std::move(message))
        .line(line)
        .build();
}

std::string year_text(int y) { return std::to_string(y) + "年"; }

// ---- headings: missing and out of order ----

struct MisnumberedHeading {
    int named = 0;     // the section its phrase names
    int numbered = 0;  // the numeral it carries (1..10)
    std::string line;
    std::uint32_t section_line = 0;  // first line of the section whose text holds it
};

// Lines inside the sections' text that are a section heading in its full wording with another
// number ("四、收到和处理政府信息公开申请情况"): the parser did not take them for headings,
// because a heading's numeral must match its phrase.
std::vector<MisnumberedHeading> misnumbered_headings(Report const& r) {
    std::vector<MisnumberedHeading> out;
    for (auto const& s : r.sections) {
        for (std::string_view raw : detail::split_lines(s.text)) {
            std::string_view line = detail::trim(raw);
            while (line.starts_with("#") || line.starts_with("*")) line = detail::trim(line.substr(1));
            if (line.empty()) continue;
            int numeral = 0;
            for (std::size_t k = 0; k < numerals.size(); ++k)
                if (line.starts_with(numerals[k])) numeral = static_cast<int>(k) + 1;
            // Counted only for the few lines that start with a numeral: counting every line of
            // every section was most of what this check cost.
            if (numeral == 0 || detail::code_points(line) > 60) continue;
            std::string_view rest = line.substr(numerals[0].size());
            bool separated = false;
            for (std::string_view sep : {"、", "．", ".", "，", ",", " ", "　"})
                if (rest.starts_with(sep)) {
                    rest.remove_prefix(sep.size());
                    separated = true;
                    break;
                }
            if (!separated) continue;
            int const named = section_of_phrase(comparison_key(rest));
            if (named != 0 && named != numeral)
                out.push_back({named, numeral, std::string(line), s.first_line});
        }
    }
    return out;
}

void check_headings(Report const& r, std::vector<Finding>& out) {
    if (r.sections.empty()) {
        Finding f = make(FindingCode::section_missing, Severity::info, CellAddress(ReportItem::section), "", "",
                         "未识别出报告的章节标题（一、总体情况 … 六、其他需要报告的事项），"
                         "章节检查未做");
        f.evaluable = false;
        out.push_back(std::move(f));
        return;
    }
    auto const misnumbered = misnumbered_headings(r);
    for (auto const& m : misnumbered) {
        std::string const expected(numerals[static_cast<std::size_t>(m.named - 1)]);
        std::string const actual(numerals[static_cast<std::size_t>(m.numbered - 1)]);
        out.push_back(make(FindingCode::section_out_of_order, Severity::warning,
                           CellAddress::section(m.named), expected, actual,
                           "章节标题“" + m.line + "”编号为" + actual + "，按格式应为第" +
                               expected + "部分（" +
                               std::string(official_headings[static_cast<std::size_t>(m.named - 1)]) +
                               "）",
                           m.section_line));
    }
    for (int n = 1; n <= 6; ++n) {
        if (find_section(r, n)) continue;
        bool const renumbered = std::any_of(misnumbered.begin(), misnumbered.end(),
                                            [&](auto const& m) { return m.named == n; });
        if (renumbered) continue;  // it is there under another number: section_out_of_order
        std::string const name(official_headings[static_cast<std::size_t>(n - 1)]);
        out.push_back(make(FindingCode::section_missing, Severity::warning,
                           CellAddress::section(n), name, "missing",
                           "报告缺少第" + std::string(numerals[static_cast<std::size_t>(n - 1)]) +
                               "部分“" + name + "”"));
    }
}

// ---- section 五 says nothing ----

void check_problems_empty(Report const& r, std::vector<Finding>& out) {
    Section const* s = find_section(r, 5);
    if (!s) return;
    std::string_view const body = detail::without_closing_lines(s->text, r.agency);
    std::u32string const key = comparison_key(body);
    static std::array<std::u32string, 7> const nothing{U"无", U"暂无", U"没有", U"略",
                                                       U"无问题", U"暂无问题", U"没有问题"};
    bool const empty = key.empty();
    if (!empty && std::find(nothing.begin(), nothing.end(), key) == nothing.end()) return;
    std::string const said = empty ? "" : std::string(detail::trim(body));
    out.push_back(make(FindingCode::section_problems_empty, Severity::warning, CellAddress::section(5),
                       "problems and improvements", empty ? "blank" : said,
                       section_name(r, 5) +
                           (empty ? "没有内容" : "只写了“" + said + "”") +
                           "，未说明存在的主要问题及改进情况",
                       s->first_line));
}

// ---- section 六 and the information-processing fees ----

void check_fees(Report const& r, std::vector<Finding>& out) {
    if (r.format() != FormatVersion::v2021) return;
    Section const* s = find_section(r, 6);
    if (!s) return;  // section_missing says so
    for (std::string_view word : {"处理费", "收费", "费用", "收取", "收缴"})
        if (detail::contains(s->text, word)) return;
    for (auto const& other : r.sections)
        if (detail::contains(other.text, "信息处理费")) return;  // reported elsewhere
    out.push_back(make(FindingCode::section_fees_silent, Severity::warning, CellAddress::section(6),
                       "信息处理费", "",
                       section_name(r, 6) +
                           "未提及信息处理费的收取情况（2021 年格式要求在此报告依据《政府信息公开"
                           "信息处理费管理办法》收取信息处理费的情况，未收取也应说明）",
                       s->first_line));
}

// ---- years in the text ----

// Years written in the running text of sections 一, 五 and 六 ("2022年", "2022年度",
// "二〇二二年"), except dates (2024年1月18日), titles in 《》 and "…年以来".
std::map<int, int> years_in_text(Report const& r) {
    std::map<int, int> count;
    for (auto const& s : r.sections) {
        if (s.number != 1 && s.number != 5 && s.number != 6) continue;
        std::string const t = detail::fold_for_numbers(s.text);
        int title_depth = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            // 《 and 》 (E3 80 8A/8B) and 年 (E5 B9 B4) start with one of two bytes: every other
            // byte is skipped at once, and the three bytes are compared in place (t.compare
            // calls memcmp; once per byte it was most of what check() cost).
            auto const lead = static_cast<unsigned char>(t[i]);
            if (lead != 0xE3 && lead != 0xE5) continue;
            auto const at = [&](char const (&mark)[4]) {
                return t.size() - i >= 3 && t[i] == mark[0] && t[i + 1] == mark[1] &&
                       t[i + 2] == mark[2];
            };
            if (at("《")) ++title_depth;
            else if (at("》") && title_depth > 0) --title_depth;
            if (title_depth > 0 || !at("年")) continue;
            std::optional<int> year;
            if (i >= 4 && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(i - 4),
                                      t.begin() + static_cast<std::ptrdiff_t>(i),
                                      [](char c) { return c >= '0' && c <= '9'; }) &&
                (i == 4 || !(t[i - 5] >= '0' && t[i - 5] <= '9')))
                year = std::stoi(t.substr(i - 4, 4));
            else if (i >= 12) {  // four Chinese numerals, three bytes each
                int y = 0;
                bool ok = true;
                for (std::size_t k = 0; k < 4 && ok; ++k) {
                    std::string_view const c(t.data() + i - 12 + 3 * k, 3);
                    int d = -1;
                    constexpr std::string_view digits[] = {"〇", "一", "二", "三", "四",
                                                           "五", "六", "七", "八", "九"};
                    for (int v = 0; v < 10; ++v)
                        if (c == digits[v]) d = v;
                    if (c == "零") d = 0;
                    ok = d >= 0;
                    y = y * 10 + d;
                }
                if (ok) year = y;
            }
            if (!year || *year < 1990 || *year > 2100) continue;
            std::string_view const after = std::string_view(t).substr(i + 3);
            std::size_t digits = 0;
            while (digits < after.size() && after[digits] >= '0' && after[digits] <= '9') ++digits;
            if (digits > 0 && after.substr(digits).starts_with("月")) continue;  // a date
            if (after.starts_with("以来")) continue;
            ++count[*year];
        }
    }
    return count;
}

void check_years(Report const& r, std::vector<Finding>& out) {
    if (!r.year) return;  // report_year_missing says so
    auto const count = years_in_text(r);
    if (count.contains(*r.year)) return;
    auto const most = std::max_element(count.begin(), count.end(), [](auto const& a, auto const& b) {
        return a.second < b.second;
    });
    if (most == count.end() || most->second < 2) return;
    out.push_back(make(FindingCode::section_year_mismatch, Severity::warning, CellAddress(ReportItem::year),
                       std::to_string(*r.year), std::to_string(most->first),
                       "报告年度为" + year_text(*r.year) + "，但正文（一、五、六部分）" +
                           std::to_string(most->second) + " 处写“" + year_text(most->first) +
                           "”，没有一处写“" + year_text(*r.year) + "”"));
}

// ---- across years ----

// Sentences that name a problem, by the words section 五 uses for one.
bool names_problem(std::u32string const& key) {
    static constexpr std::u32string_view words[] = {
        U"问题", U"不足", U"不够", U"不强", U"不高", U"不深", U"不及时", U"不到位", U"不完善",
        U"不全面", U"不规范", U"不丰富", U"有待", U"欠缺", U"薄弱", U"差距", U"短板", U"单一",
        U"仍需", U"还需", U"需进一步"};
    if (key.size() < 10) return false;  // "(一)存在问题" is a sub-heading, not a problem
    return std::any_of(std::begin(words), std::end(words),
                       [&](auto w) { return key_contains(key, w); });
}

// Sentences that say something was done: what a report of how last year's problems were fixed
// cannot do without.
bool says_done(std::u32string const& key) {
    static constexpr std::u32string_view words[] = {U"已", U"整改", U"改进", U"改善", U"解决",
                                                    U"完成", U"落实", U"取得"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](auto w) { return key_contains(key, w); });
}

std::string agency_prefix(Report const& r) { return r.agency.empty() ? "" : r.agency + " "; }

Finding across(Finding f, Report const& previous, Report const& current) {
    f.year = current.year;
    f.previous_year = previous.year;
    return f;
}

struct SectionPair {
    Section const* previous = nullptr;
    Section const* current = nullptr;
    std::vector<Sentence> previous_sentences, current_sentences;
};

std::optional<SectionPair> pair_of(Report const& previous, Report const& current, int number) {
    SectionPair p{find_section(previous, number), find_section(current, number), {}, {}};
    if (!p.previous || !p.current) return std::nullopt;
    if (p.previous->text.size() > detail::max_compared_section_bytes ||
        p.current->text.size() > detail::max_compared_section_bytes)
        return std::nullopt;
    p.previous_sentences = detail::split_sentences(p.previous->text);
    p.current_sentences = detail::split_sentences(p.current->text);
    return p;
}

constexpr std::size_t min_copied_characters = 100;
constexpr Ratio copied_threshold{4, 5};

void check_copied(Report const& previous, Report const& current, std::vector<Finding>& out) {
    for (int number : {1, 5, 6}) {
        auto const p = pair_of(previous, current, number);
        if (!p) continue;
        std::u32string const a = detail::joined_key(p->previous_sentences);
        std::u32string const b = detail::joined_key(p->current_sentences);
        if (a.size() < min_copied_characters || b.size() < min_copied_characters) continue;
        Ratio const similarity = detail::trigram_similarity(a, b);
        if (!at_least(similarity, copied_threshold)) continue;
        auto const kept = detail::kept_sentences(p->current_sentences, p->previous_sentences);
        auto const n = std::count(kept.begin(), kept.end(), true);
        std::string const prev_year = previous.year ? year_text(*previous.year) : "上一年度";
        out.push_back(across(
            make(FindingCode::section_copied, Severity::warning, CellAddress::section(number),
                 "< " + copied_threshold.percent(), similarity.percent(),
                 agency_prefix(current) + section_name(current, number) + "与" + prev_year +
                     "报告的同一部分相似度 " + similarity.percent() + "（数字和日期不计），" +
                     std::to_string(p->current_sentences.size()) + " 句中 " + std::to_string(n) +
                     " 句与上年逐字相同",
                 p->current->first_line),
            previous, current));
    }
}

void check_problems_repeated(Report const& previous, Report const& current,
                             std::vector<Finding>& out) {
    auto const p = pair_of(previous, current, 5);
    if (!p) return;
    auto const kept = detail::kept_sentences(p->current_sentences, p->previous_sentences);
    std::vector<std::string_view> repeated;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        auto const& s = p->current_sentences[i];
        if (!kept[i]) {
            if (says_done(s.key)) return;  // this year's own text speaks of what was done
            continue;
        }
        if (names_problem(s.key)) repeated.push_back(s.text);
    }
    if (repeated.empty()) return;
    std::string const prev_year = previous.year ? year_text(*previous.year) : "上一年度";
    out.push_back(across(
        make(FindingCode::section_problems_repeated, Severity::warning, CellAddress::section(5),
             "improvements on last year's problems", std::string(repeated.front()),
             agency_prefix(current) + section_name(current, 5) + "重复了" + prev_year +
                 "报告所列问题（“" + std::string(repeated.front()) + "”" +
                 (repeated.size() > 1 ? "等 " + std::to_string(repeated.size()) + " 句" : "") +
                 "），未说明这些问题的改进情况",
             p->current->first_line),
        previous, current));
}

// ---- series ----

bool same_sections(Report const& a, Report const& b) {
    if (a.sections.size() != b.sections.size()) return false;
    for (std::size_t i = 0; i < a.sections.size(); ++i)
        if (a.sections[i].number != b.sections[i].number || a.sections[i].text != b.sections[i].text)
            return false;
    return true;
}

}  // namespace

void detail::check_sections_into(Report const& report, std::vector<Finding>& out) {
    check_headings(report, out);
    if (report.sections.empty()) return;
    check_problems_empty(report, out);
    check_fees(report, out);
    check_years(report, out);
}

std::vector<Finding> check_sections(Report const& report) {
    std::vector<Finding> out;
    detail::check_sections_into(report, out);
    return out;
}

std::vector<Finding> check_sections_across_years(Report const& previous, Report const& current) {
    std::vector<Finding> out;
    check_copied(previous, current, out);
    check_problems_repeated(previous, current, out);
    return out;
}

std::vector<Finding> check_series_sections(Series const& series) {
    std::map<int, std::vector<Report const*>> years;
    for (auto const& r : series.reports)
        if (r.year) years[*r.year].push_back(&r);
    std::vector<Finding> out;
    std::map<int, std::vector<Report const*>>::value_type const* prev = nullptr;
    auto const conflicting = [](std::vector<Report const*> const& rs) {
        return std::any_of(rs.begin(), rs.end(),
                           [&](Report const* r) { return !same_sections(*rs.front(), *r); });
    };
    for (auto const& entry : years) {
        if (prev && entry.first == prev->first + 1) {
            auto const& [year, reports] = entry;
            if (conflicting(prev->second) || conflicting(reports)) {
                int const dup = conflicting(reports) ? year : prev->first;
                std::size_t const n = (dup == year ? reports : prev->second).size();
                Finding f = make(FindingCode::section_copied, Severity::info, CellAddress(ReportItem::section), "", "",
                                 agency_prefix(*reports.front()) + year_text(dup) + "有 " +
                                     std::to_string(n) + " 份章节文字不同的报告，无法确定用哪一份与" +
                                     year_text(dup == year ? prev->first : year) + "比较");
                f.evaluable = false;
                f.year = year;
                f.previous_year = prev->first;
                out.push_back(std::move(f));
            } else {
                auto found = check_sections_across_years(*prev->second.front(), *reports.front());
                out.insert(out.end(), std::make_move_iterator(found.begin()),
                           std::make_move_iterator(found.end()));
            }
        }
        prev = &entry;
    }
    return out;
}

}  // namespace govinfo
