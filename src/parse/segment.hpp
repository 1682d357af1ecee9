#pragma once
// Internal: where the reports and their six sections are. A file may hold several reports (seed
// 002: a 政府信息公开指南, then five annual reports separated by web-page residue), so reports
// are anchored on their 一、总体情况 headings and bounded by residue lines (字号:, 扫码使用手机
// 浏览本页内容, attachment file names) or by the next report's preamble.
#include <cstddef>
#include <string_view>
#include <vector>

namespace govinfo::detail {

// "## 一、总体情况" → "一、总体情况"; "大 中 小2020年…" → "2020年…" (page residue glued on).
std::string_view strip_decoration(std::string_view line) noexcept;

// 1..6 when the line is a section heading 一 … 六 (FORMAT.md §2 and the §10 variants), else 0.
// Table rows that start with 一、 … 四、 (一、本年新收…, 四、结转下年度…) are not headings.
int section_number(std::string_view line);

// Web-page residue between reports: 字号:, 大 中 小, 扫码…, 打印本页, attachment names.
bool is_residue(std::string_view line) noexcept;

struct SectionSpan {
    int number = 0;
    std::size_t heading = 0;  // 0-based line index of the heading
};

struct ReportSpan {
    std::size_t first = 0, last = 0;  // 0-based line indexes, inclusive
    // Ascending lines; numbers ascending too, except where a converter put a section out of
    // order (四 before 二), each number at most once.
    std::vector<SectionSpan> sections;
};

std::vector<ReportSpan> split_reports(std::vector<std::string_view> const& lines);

// Sections of an article written on one line (crawler dumps): a heading is 一 … 六, "、" and one
// of the known heading phrases of FORMAT.md §2/§10 ("一、总体情况", "五、存在问题及改进情况", …),
// with the text running on without a break. Headings must come in ascending order; table rows
// that start the same way ("一、本年新收…", "四、结转下年度…") name no heading phrase and are
// text. Returns nothing unless at least three headings are found.
struct InlineSection {
    int number = 0;
    std::string_view heading;  // "一、总体情况"
    std::string_view text;     // up to the next heading, trimmed
};
std::vector<InlineSection> split_inline_sections(std::string_view line);

}  // namespace govinfo::detail
