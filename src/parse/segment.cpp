#include "parse/segment.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

constexpr std::array<std::string_view, 6> numerals{"一", "二", "三", "四", "五", "六"};

bool ends_with(std::string_view s, std::string_view suffix) noexcept {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view strip_decoration(std::string_view line) noexcept {
    line = trim(line);
    while (line.starts_with("#")) line.remove_prefix(1);
    line = trim(line);
    if (line.starts_with("大 中 小")) line = trim(line.substr(std::string_view("大 中 小").size()));
    // Markdown bold around a heading.
    while (line.starts_with("**") && ends_with(line, "**") && line.size() > 4)
        line = trim(line.substr(2, line.size() - 4));
    return line;
}

int section_number(std::string_view raw) {
    // Most lines are rejected before decoration is stripped: strip_decoration() removes at the
    // front only a space, '#', "大 中 小" or "**", so a line starting with none of them keeps
    // its first bytes, and it is a heading only if it already starts with a numeral.
    // (Every numeral is one three-byte character starting with E4 or E5.)
    auto const starts_with_numeral = [](std::string_view s) {
        if (s.size() < 3) return false;
        for (std::string_view n : numerals)
            if (s[0] == n[0] && s[1] == n[1] && s[2] == n[2]) return true;
        return false;
    };
    if (raw.empty()) return 0;
    if (unsigned char const b = static_cast<unsigned char>(raw.front());
        !space_bytes::lead[b] && b != '#' && b != '*' &&
        ((b != 0xE4 && b != 0xE5) || (!raw.starts_with("大 中 小") && !starts_with_numeral(raw))))
        return 0;
    std::string_view line = strip_decoration(raw);
    if (!starts_with_numeral(line)) return 0;
    if (code_points(line) > 45) return 0;
    for (std::size_t k = 0; k < numerals.size(); ++k) {
        if (!line.starts_with(numerals[k])) continue;
        std::string_view rest = line.substr(numerals[k].size());
        bool sep = false;
        for (std::string_view s : {"、", ".", "，", ",", "．", " ", "　"}) {
            if (rest.starts_with(s)) {
                rest.remove_prefix(s.size());
                sep = true;
                break;
            }
        }
        if (!sep) return 0;
        rest = trim(rest);
        // A table cell line ("三、本年度办理结果 | (一)予以公开 | 2") is not a heading.
        if (contains(rest, "|") || contains(rest, "\t")) return 0;
        switch (k) {
            case 0:
                return contains(rest, "总体情况") || contains(rest, "基本情况") ||
                               contains(rest, "概述")
                           ? 1 : 0;
            case 1: return contains(rest, "主动公开") ? 2 : 0;
            case 2:
                return (contains(rest, "收到和处理") || contains(rest, "依申请") ||
                        contains(rest, "申请情况")) && !contains(rest, "数量")
                           ? 3 : 0;
            case 3: return contains(rest, "复议") || contains(rest, "诉讼") ? 4 : 0;
            case 4: return contains(rest, "问题") || contains(rest, "改进") ? 5 : 0;
            case 5: return contains(rest, "其他") || contains(rest, "需要报告") ? 6 : 0;
        }
    }
    return 0;
}

bool is_residue(std::string_view raw) noexcept {
    std::string_view line = trim(raw);
    if (line.empty()) return false;
    if (line.starts_with("字号") || line.starts_with("大 中 小") ||
        line.starts_with("扫码使用手机") || line.starts_with("打印本页") ||
        line.starts_with("关闭窗口") || line.starts_with("【打印】") ||
        line.starts_with("分享到") || line.starts_with("相关附件"))
        return true;
    for (std::string_view ext : {".doc", ".docx", ".pdf", ".wps", ".xls", ".xlsx", ".ofd"})
        if (ends_with(line, ext)) return true;
    return false;
}

namespace {

// The section headings, grouped into would-be reports: a report is a run of headings starting at
// 一 (or at the first heading when a report's 一 is missing) with ascending numbers. Groups that
// do not look like reports (no 一 and fewer than three headings) are dropped.
std::vector<std::vector<SectionSpan>> heading_groups(std::vector<std::string_view> const& lines) {
    std::vector<std::vector<SectionSpan>> groups;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        int const n = section_number(lines[i]);
        if (n == 0) continue;
        // A converter may put a report's tables out of order (四 before 二): a number the report
        // has not had yet stays in it; a 一 or a number it had starts the next one.
        auto const had = [&](int number) {
            return std::any_of(groups.back().begin(), groups.back().end(),
                               [&](SectionSpan const& s) { return s.number == number; });
        };
        bool const start_new =
            groups.empty() || n == 1 || (n <= groups.back().back().number && had(n));
        if (start_new) groups.push_back({{n, i}});
        else groups.back().push_back({n, i});
    }
    // A lone heading out of order (a 二、 inside a guide) must not open a report: a report needs
    // a 一 or at least three headings.
    std::erase_if(groups, [](auto const& g) { return g.front().number != 1 && g.size() < 3; });
    return groups;
}

// The first line of report k, whose first heading is at `anchor`: just after the nearest residue
// line (web page furniture) above it, or after the previous report's closing date line; blank
// lines skipped. `floor` is the line after the previous report's last heading.
std::size_t report_start(std::vector<std::string_view> const& lines, std::size_t k,
                         std::size_t floor, std::size_t anchor) {
    std::size_t start = floor;
    for (std::size_t i = anchor; i-- > floor;) {
        if (is_residue(lines[i])) {
            // A residue line with text glued on ("大 中 小2020年…") is itself the start.
            std::string_view const rest = strip_decoration(lines[i]);
            start = (trim(lines[i]).starts_with("大 中 小") && !rest.empty()) ? i : i + 1;
            break;
        }
    }
    if (k > 0 && start == floor) {
        for (std::size_t i = anchor; i-- > floor;) {
            std::string const f = fold_for_numbers(lines[i]);
            if (f.size() <= 20 && contains(f, "年") && contains(f, "月") && ends_with(f, "日")) {
                start = i + 1;
                break;
            }
        }
    }
    while (start < anchor && trim(lines[start]).empty()) ++start;
    return start;
}

// The last line of a report: before the residue after its last section, or before `limit` (the
// next report's first line), blank lines left out.
std::size_t report_last(std::vector<std::string_view> const& lines, ReportSpan const& r,
                        std::size_t limit) {
    std::size_t last = limit - 1;
    for (std::size_t i = r.sections.back().heading + 1; i < limit; ++i) {
        if (is_residue(lines[i])) {
            last = i - 1;
            break;
        }
    }
    while (last > r.first && trim(lines[last]).empty()) --last;
    return last;
}

}  // namespace

std::vector<ReportSpan> split_reports(std::vector<std::string_view> const& lines) {
    std::vector<ReportSpan> reports;
    if (lines.empty()) return reports;
    std::vector<std::vector<SectionSpan>> const groups = heading_groups(lines);
    if (groups.empty()) {
        // No section structure: the whole input is one report if it has any text.
        std::size_t first = 0, last = lines.size() - 1;
        while (first < lines.size() && trim(lines[first]).empty()) ++first;
        while (last > first && trim(lines[last]).empty()) --last;
        if (first < lines.size()) reports.push_back({first, last, {}});
        return reports;
    }
    for (std::size_t k = 0; k < groups.size(); ++k) {
        std::size_t const floor = k == 0 ? 0 : groups[k - 1].back().heading + 1;
        ReportSpan r;
        r.sections = groups[k];
        r.first = report_start(lines, k, floor, groups[k].front().heading);
        reports.push_back(std::move(r));
    }
    for (std::size_t k = 0; k < reports.size(); ++k)
        reports[k].last = report_last(
            lines, reports[k], k + 1 < reports.size() ? reports[k + 1].first : lines.size());
    return reports;
}

std::vector<InlineSection> split_inline_sections(std::string_view line) {
    // Longest phrase first within each section, so the heading takes all of its words.
    static constexpr std::string_view phrases1[] = {"总体情况", "基本情况", "概述"};
    static constexpr std::string_view phrases2[] = {"主动公开政府信息情况", "主动公开情况"};
    static constexpr std::string_view phrases3[] = {"收到和处理政府信息公开申请情况",
                                                    "依申请公开政府信息情况", "依申请公开情况"};
    static constexpr std::string_view phrases4[] = {
        "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
        "政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议和行政诉讼情况",
        "政府信息公开行政复议及行政诉讼情况", "行政复议、行政诉讼情况", "行政复议和行政诉讼情况"};
    static constexpr std::string_view phrases5[] = {
        "政府信息公开工作存在的主要问题及改进情况", "存在的主要问题及改进情况",
        "存在的主要问题和改进措施", "存在问题及改进情况", "存在的主要问题及下步打算"};
    static constexpr std::string_view phrases6[] = {"其他需要报告的事项"};
    static constexpr std::span<std::string_view const> phrases[] = {phrases1, phrases2, phrases3,
                                                                    phrases4, phrases5, phrases6};
    static constexpr std::string_view comma = "、";

    struct Found {
        int number;
        std::size_t begin, end;  // heading bytes
    };
    std::vector<Found> found;
    int next = 1;
    std::size_t pos = 0;
    while (next <= 6) {
        std::size_t const at = line.find(comma, pos);
        if (at == std::string_view::npos) break;
        pos = at + comma.size();
        std::size_t const nb = numerals[0].size();  // every numeral is one 3-byte character
        if (at < nb) continue;
        std::string_view const numeral = line.substr(at - nb, nb);
        int number = 0;
        for (std::size_t k = 0; k < numerals.size(); ++k)
            if (numerals[k] == numeral) number = static_cast<int>(k) + 1;
        // A later section may be found when an earlier heading is missing, never an earlier one.
        if (number < next) continue;
        std::string_view const rest = line.substr(pos);
        for (auto phrase : phrases[number - 1]) {
            if (!rest.starts_with(phrase)) continue;
            found.push_back({number, at - nb, pos + phrase.size()});
            next = number + 1;
            pos += phrase.size();
            break;
        }
    }
    std::vector<InlineSection> out;
    if (found.size() < 3) return out;
    for (std::size_t k = 0; k < found.size(); ++k) {
        std::size_t const end = k + 1 < found.size() ? found[k + 1].begin : line.size();
        std::string_view text = trim(line.substr(found[k].end, end - found[k].end));
        // Page furniture after the last section ("附件下载", "打印本页").
        if (k + 1 == found.size())
            for (std::string_view tail : {"附件下载", "打印本页", "关闭窗口", "【打印】", "分享到"})
                if (text.ends_with(tail)) text = trim(text.substr(0, text.size() - tail.size()));
        out.push_back({found[k].number,
                       line.substr(found[k].begin, found[k].end - found[k].begin), text});
    }
    return out;
}

}  // namespace govinfo::detail
