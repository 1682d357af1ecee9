// The parser: bytes → UTF-8 → (HTML → text) → reports → metadata, format, sections, tables.
// Each step lives in its own file under src/parse/; this file only wires them together.
#include "govinfo/parse.hpp"

#include <algorithm>
#include <iterator>
#include <sstream>

#include "govinfo/cells.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/label_tables.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "govinfo/read_document.hpp"
#include "govinfo/utf8_name.hpp"
#include "io/read_bounded.hpp"
#include "finding_list.hpp"
#include "parse/decode.hpp"
#include "parse/flatten.hpp"
#include "source/browser_copy.hpp"
#include "source/readers.hpp"
#include "source/text_grid.hpp"
#include "parse/glued.hpp"
#include "parse/grid_tables.hpp"
#include "parse/html.hpp"
#include "parse/label_match.hpp"
#include "parse/metadata.hpp"
#include "parse/segment.hpp"
#include "parse/tables.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"
#include "source/readers.hpp"

namespace govinfo {
namespace {

using detail::contains;

Finding report_finding(FindingCode code, Severity severity, std::uint32_t line,
                       std::string message) {
    return FindingBuilder(code, severity).line(line).message(std::move(message)).build();
}

// The format is read from the labels (FORMAT.md §9), never from the year alone.
struct FormatVotes {
    int v2019 = 0, v2021 = 0;
};

template <std::size_t N19, std::size_t N21>
FormatVotes tally(FormatVotes v, bool const (&seen19)[N19], bool const (&seen21)[N21]) {
    for (bool b : seen19) v.v2019 += b;
    for (bool b : seen21) v.v2021 += b;
    return v;
}

FormatVotes vote_format(std::vector<std::string_view> const& lines, std::size_t begin,
                        std::size_t end) {
    static constexpr std::string_view only_2019[] = {
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
        "第二十条第(九)项", "政府集中采购",   "采购项目数量"};
    // The third is the misspelling of 本年废止件数 real reports print (label_tables.hpp).
    static constexpr std::string_view only_2021[] = {
        "本年制发件数", "本年废止件数", wording::entry(Article20Column::repealed)->variants[0],
        "现行有效件数", "本年收费金额", "逾期不补正", "缴纳费用"};
    FormatVotes v;
    if (begin >= end || begin >= lines.size()) return v;
    end = std::min(end, lines.size());
    // The lines are views into one text: each marker is searched once over the whole region,
    // not once per line. contains() looks for the marker's last byte with memchr, which in
    // Chinese text stops less often than Boyer-Moore-Horspool's short skips.
    std::string_view const region(lines[begin].data(), static_cast<std::size_t>(
                                                           lines[end - 1].data() +
                                                           lines[end - 1].size() -
                                                           lines[begin].data()));
    auto found = [&](std::string_view marker) { return contains(region, marker); };
    bool seen19[std::size(only_2019)] = {}, seen21[std::size(only_2021)] = {};
    for (std::size_t k = 0; k < std::size(only_2019); ++k) seen19[k] = found(only_2019[k]);
    for (std::size_t k = 0; k < std::size(only_2021); ++k) seen21[k] = found(only_2021[k]);
    seen19[4] = seen19[4] || found("第二十条第（九）项");
    auto all_seen = [&] {
        return std::all_of(std::begin(seen19), std::end(seen19), [](bool b) { return b; }) &&
               std::all_of(std::begin(seen21), std::end(seen21), [](bool b) { return b; });
    };
    if (all_seen()) return tally(v, seen19, seen21);
    // A table cell wrapped with a space ("本年新 公开数量") hides its marker: short lines with
    // spaces are normalised and searched again. Narrative paragraphs are long and skipped.
    // The normalised lines go into one buffer joined by '\n' and each marker still unseen is
    // searched once. Normalising removes every '\n' and no marker holds one, so a match never
    // spans two lines: the result is the same as searching line by line.
    // Only lines that can show an unseen marker once normalised are normalised: the marker's
    // last character is a hanzi, which normalising neither creates nor changes, and however
    // next_code_point() decoded it (even from an overlong form) its last two bytes are the two
    // continuation bytes of its UTF-8 form, so the line holds those two bytes.
    std::string_view tails[std::size(only_2019) + std::size(only_2021)];
    std::size_t n_tails = 0;
    auto add_tail = [&](std::string_view marker) {
        std::string_view const tail = marker.substr(marker.size() - 2);
        if (std::find(tails, tails + n_tails, tail) == tails + n_tails) tails[n_tails++] = tail;
    };
    for (std::size_t k = 0; k < std::size(only_2019); ++k)
        if (!seen19[k]) add_tail(only_2019[k]);
    for (std::size_t k = 0; k < std::size(only_2021); ++k)
        if (!seen21[k]) add_tail(only_2021[k]);
    std::string normalized;
    for (std::size_t i = begin; i < end; ++i) {
        std::string_view const line = lines[i];
        if (line.size() > 240) continue;
        if (line.find(' ') == std::string_view::npos && !contains(line, "\u3000")) continue;
        if (std::none_of(tails, tails + n_tails,
                         [&](std::string_view tail) { return contains(line, tail); }))
            continue;
        std::size_t const at = normalized.size();
        normalized.resize(at + 2 * line.size() + 1);  // normalising at most doubles a line
        normalized[at] = '\n';
        normalized.resize(at + 1 + detail::normalize_label_to(line, normalized.data() + at + 1));
    }
    if (normalized.empty()) return tally(v, seen19, seen21);
    for (std::size_t k = 0; k < std::size(only_2019); ++k)
        seen19[k] = seen19[k] || contains(normalized, only_2019[k]);
    for (std::size_t k = 0; k < std::size(only_2021); ++k)
        seen21[k] = seen21[k] || contains(normalized, only_2021[k]);
    return tally(v, seen19, seen21);
}

std::string join_lines(std::vector<std::string_view> const& lines, std::size_t begin,
                       std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
        std::string_view const t = detail::trim(lines[i]);
        if (t.empty()) continue;
        if (!out.empty()) out += '\n';
        out += t;
    }
    return out;
}

// A short line with a digit: a row of values, or a cell, as text lays tables out (a sentence of
// the narrative is longer).
bool looks_like_values(std::string_view line) {
    std::string_view const t = detail::trim(line);
    return t.size() <= 120 && std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether lines [begin, end) outside the text grids hold what looks like table values: then a
// grid did not hold the whole table, and the line readers, which place or report every such
// line, read it instead.
bool values_outside(std::vector<std::string_view> const& lines, std::size_t begin, std::size_t end,
                    std::vector<detail::GridRef> const& grids) {
    for (std::size_t i = begin; i < end && i < lines.size(); ++i) {
        bool const in_grid = std::any_of(grids.begin(), grids.end(), [&](detail::GridRef const& g) {
            return i >= g.first_line && i < g.end_line;
        });
        if (!in_grid && looks_like_values(lines[i])) return true;
    }
    return false;
}

// Where each section of one report starts and ends (0-based line indexes); a missing heading
// borrows its neighbour's boundary.
class SectionBounds {
public:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    explicit SectionBounds(detail::ReportSpan const& span) : span_(span), end_(span.last + 1) {
        for (auto& h : heading_) h = none;
        for (auto const& s : span.sections) heading_[s.number] = s.heading;
    }

    std::size_t end() const noexcept { return end_; }  // one past the report's last line

    // Where section n starts: its heading, else the next section's.
    std::size_t start_of(int n) const noexcept {
        for (int k = n; k <= 6; ++k)
            if (heading_[k] != none) return heading_[k];
        return end_;
    }
    // Where section n's text ends: the next heading below its own, whatever its number (a
    // section out of order, 四 before 二, ends at the heading after it). Without a heading of
    // its own, where the next number starts.
    std::size_t end_of(int n) const noexcept {
        std::size_t const from = heading_[n];
        if (from == none) return start_of(n + 1);
        std::size_t next = end_;
        for (auto const& s : span_.sections)
            if (s.heading > from) next = std::min(next, s.heading);
        return next;
    }
    // Section n's own heading, else where it would start.
    std::size_t begin_of(int n) const noexcept {
        return heading_[n] != none ? heading_[n] : start_of(n);
    }

    // The statutory tables: from section 二 (else the report's first line) to section 五.
    std::size_t tables_begin() const noexcept {
        return heading_[2] != none ? heading_[2] : span_.first;
    }
    std::size_t tables_end() const noexcept { return start_of(5); }
    // Where the review table's region ends: section 四's end, else the tables' end.
    std::size_t review_end() const noexcept {
        return heading_[4] != none ? end_of(4) : tables_end();
    }

private:
    detail::ReportSpan const& span_;
    std::size_t end_;
    std::size_t heading_[8];
};

struct FormatDecision {
    FormatVersion format = FormatVersion::v2021;
    std::vector<Finding> findings;  // parse_format_mismatch: how it was decided, or doubts
};

// The format from the labels' votes; without any, from the year. A format that does not fit the
// year is reported.
FormatDecision decide_format(FormatVotes votes, std::optional<int> year, std::uint32_t table_line) {
    FormatDecision d;
    if (votes.v2019 == 0 && votes.v2021 == 0) {
        d.format = year && *year <= 2020 ? FormatVersion::v2019 : FormatVersion::v2021;
        d.findings.push_back(report_finding(
            FindingCode::parse_format_mismatch, Severity::info, table_line,
            "表格中没有能区分格式版本的标签，按年份推定为 " + std::string(id(d.format)) + " 年格式"));
    } else if (votes.v2019 > 0 && votes.v2021 > 0) {
        d.format = votes.v2019 > votes.v2021 ? FormatVersion::v2019 : FormatVersion::v2021;
        d.findings.push_back(report_finding(
            FindingCode::parse_format_mismatch, Severity::warning, table_line,
            "表格同时含有 2019 年格式和 2021 年格式的标签，按多数采用 " +
                std::string(id(d.format)) + " 年格式"));
    } else {
        d.format = votes.v2019 > 0 ? FormatVersion::v2019 : FormatVersion::v2021;
    }
    if (!year) return d;
    int const y = *year;
    if (d.format == FormatVersion::v2019 && y >= 2021)
        d.findings.push_back(report_finding(
            FindingCode::parse_format_mismatch, y >= 2022 ? Severity::warning : Severity::info,
            table_line,
            std::to_string(y) + " 年度报告使用了 2019 年格式（国办公开办函〔2019〕60号）的表格"));
    if (d.format == FormatVersion::v2021 && y <= 2020)
        d.findings.push_back(report_finding(
            FindingCode::parse_format_mismatch, Severity::warning, table_line,
            std::to_string(y) + " 年度报告使用了 2021 年格式（国办公开办函〔2021〕30号）的表格"));
    return d;
}

// A blank report of the decided format with the metadata read (`probe`) and the format's
// findings; a report without a year says so.
Report start_report(Report&& probe, FormatDecision&& decision, std::string const& source,
                    detail::ReportSpan const& span) {
    Report report = Report::blank(decision.format);
    report.title = std::move(probe.title);
    report.agency = std::move(probe.agency);
    report.year = probe.year;
    report.statistics_period = std::move(probe.statistics_period);
    report.source = source;
    report.first_line = static_cast<std::uint32_t>(span.first + 1);
    report.last_line = static_cast<std::uint32_t>(span.last + 1);
    report.diagnostics = std::move(decision.findings);
    if (!report.year)
        report.diagnostics.push_back(report_finding(FindingCode::report_year_missing,
                                                    Severity::warning, report.first_line,
                                                    "无法确定报告年度"));
    return report;
}

// The sections under their headings; a whole article on one line (crawler dumps) has its
// sections found inside the line.
std::vector<Section> read_sections(std::vector<std::string_view> const& lines,
                                   detail::ReportSpan const& span, std::size_t end) {
    std::vector<Section> sections;
    for (std::size_t k = 0; k < span.sections.size(); ++k) {
        auto const& s = span.sections[k];
        std::size_t const next = k + 1 < span.sections.size() ? span.sections[k + 1].heading : end;
        Section section;
        section.number = s.number;
        section.heading = std::string(detail::strip_decoration(lines[s.heading]));
        section.text = join_lines(lines, s.heading + 1, next);
        section.first_line = static_cast<std::uint32_t>(s.heading + 1);
        sections.push_back(std::move(section));
    }
    if (!span.sections.empty()) return sections;
    for (std::size_t i = span.first; i < end && sections.empty(); ++i) {
        if (lines[i].size() < 256) continue;
        for (auto const& s : detail::split_inline_sections(lines[i])) {
            Section section;
            section.number = s.number;
            section.heading = std::string(s.heading);
            section.text = std::string(s.text);
            section.first_line = static_cast<std::uint32_t>(i + 1);
            sections.push_back(std::move(section));
        }
    }
    return sections;
}

// Grids (HTML tables, Word tables, PDF tables) are read cell by cell. A table with values
// outside the grids (a grid of plain text that did not hold it whole) is left to the line
// readers.
detail::GridTablesFound read_grids(std::vector<std::string_view> const& lines,
                                   std::vector<detail::GridRef> const& grids,
                                   SectionBounds const& b, Report& report,
                                   std::vector<Finding>& located) {
    if (grids.empty()) return {};
    detail::GridTablesFound outside;
    if (std::any_of(grids.begin(), grids.end(), [](auto const& g) { return !g.columns_kept; })) {
        outside.article20 = values_outside(lines, b.tables_begin(), b.end_of(2), grids);
        outside.applications = values_outside(lines, b.begin_of(3), b.end_of(3), grids);
        outside.review_litigation = values_outside(lines, b.begin_of(4), b.review_end(), grids);
    }
    return detail::merge(report, located, detail::read_grid_tables(grids, report, outside));
}

// Crawler dumps glue cells together; their digits are split by the glued reader, which reads
// from the first glued line to the end of the report. False when no line looks glued.
bool read_glued_dump(std::vector<std::string_view> const& lines, detail::ReportSpan const& span,
                     std::size_t end, Report& report) {
    for (std::size_t i = span.first; i < end; ++i) {
        if (!detail::looks_glued(lines[i])) continue;
        std::string_view const rest(lines[i].data(),
                                    static_cast<std::size_t>(lines[end - 1].data() +
                                                             lines[end - 1].size() -
                                                             lines[i].data()));
        detail::read_glued_tables(rest, static_cast<std::uint32_t>(i + 1), report);
        return true;
    }
    return false;
}

// The line readers read each table no grid held, in its section; a table neither found is
// reported missing.
void read_line_tables(std::vector<std::string_view> const& lines, SectionBounds const& b,
                      detail::GridTablesFound const& found, Report& report) {
    using detail::Region;
    std::size_t const a20_begin = b.tables_begin(), app_begin = b.begin_of(3),
                      rev_begin = b.begin_of(4);
    // Each reading is merged before the next table is read: the findings keep table order.
    auto read = [&](bool in_grid, auto&& reader) {
        if (in_grid) return true;
        auto reading = reader();
        bool const found = reading.found;
        detail::merge(report, std::move(reading));
        return found;
    };
    bool const a20 = read(found.article20, [&] {
        return detail::read_article20(lines, Region{a20_begin, b.end_of(2)}, report.article20);
    });
    bool const app = read(found.applications, [&] {
        return detail::read_applications(lines, Region{app_begin, b.end_of(3)}, report.format(),
                                         report.applications);
    });
    bool const rev = read(found.review_litigation, [&] {
        return detail::read_review_litigation(lines, Region{rev_begin, b.review_end()},
                                              report.review_litigation);
    });
    auto missing = [&](bool found, TableKind t, std::size_t where) {
        if (found) return;
        report.diagnostics.push_back(FindingBuilder(FindingCode::parse_table_missing, Severity::error)
                                         .at(CellAddress(t))
                                         .line(static_cast<std::uint32_t>(where + 1))
                                         .message("未找到“" + std::string(label(t)) + "”表格")
                                         .build());
    };
    missing(a20, TableKind::article20, a20_begin);
    missing(app, TableKind::applications, app_begin);
    missing(rev, TableKind::review_litigation, rev_begin);
}

Report read_report(std::vector<std::string_view> const& lines, detail::ReportSpan const& span,
                   std::string const& source, std::vector<detail::GridRef> const& grids,
                   std::vector<Finding>& located) {
    SectionBounds const bounds(span);
    Report probe;
    detail::read_metadata(lines, span, probe);
    FormatVotes const votes = vote_format(lines, bounds.tables_begin(), bounds.tables_end());
    std::optional<int> const year = probe.year;
    Report report =
        start_report(std::move(probe),
                     decide_format(votes, year,
                                   static_cast<std::uint32_t>(bounds.tables_begin() + 1)),
                     source, span);
    report.sections = read_sections(lines, span, bounds.end());

    // Grids first; the line readers read what no grid held (a table written as text inside a
    // page, a grid whose labels are unknown).
    detail::GridTablesFound const found = read_grids(lines, grids, bounds, report, located);
    bool const any_grid = found.article20 || found.applications || found.review_litigation;
    if (!any_grid && read_glued_dump(lines, span, bounds.end(), report)) return report;
    read_line_tables(lines, bounds, found, report);
    return report;
}

// Line numbers of text made from HTML, PDF or DOCX point back into the source: a line of the
// source, or a page and a box.
void remap_lines(Report& r, std::vector<SourceLocation> const& map) {
    auto fix = [&](std::uint32_t& line) {
        if (line >= 1 && line <= map.size()) line = map[line - 1].line;
    };
    fix(r.first_line);
    fix(r.last_line);
    for (auto& t : r.tables_found) fix(t.first_line), fix(t.last_line);
    for (auto& s : r.sections) fix(s.first_line);
    for (auto& f : r.diagnostics) {
        if (f.line >= 1 && f.line <= map.size()) {
            SourceLocation const& w = map[f.line - 1];
            f.line = w.line;
            f.page = w.page;
            f.box = w.box;
        }
        for (auto& line : f.more_lines)
            if (line >= 1 && line <= map.size()) line = map[line - 1].line;
    }
}

// Rule for files holding a series of one agency's reports (a site's archive page): a report with
// no agency of its own (no title, no signature) takes its neighbour's name when its own text
// uses that name's short form, i.e. the name from its first place suffix on ("聊城市机关事务
// 管理局" → "市机关事务管理局", at least five characters). Nothing else is borrowed.
void borrow_agency(std::vector<Report>& reports) {
    for (std::size_t k = 0; k < reports.size(); ++k) {
        if (!reports[k].agency.empty()) continue;
        for (std::size_t n : {k - 1, k + 1}) {
            if (n >= reports.size() || reports[n].agency.empty()) continue;
            std::string const& full = reports[n].agency;
            std::size_t cut = std::string::npos;
            for (std::string_view place : {"市", "县", "区", "省", "州"}) {
                auto p = full.find(place);
                if (p != std::string::npos && (cut == std::string::npos || p < cut)) cut = p;
            }
            if (cut == std::string::npos) continue;
            std::string_view const tail = std::string_view(full).substr(cut);
            if (detail::code_points(tail) < 5) continue;
            bool const mentioned = std::any_of(
                reports[k].sections.begin(), reports[k].sections.end(),
                [&](Section const& s) { return contains(s.text, tail); });
            if (!mentioned) continue;
            reports[k].agency = full;
            break;
        }
    }
}

// Whether what was read is an annual report at all: a section heading, a statutory table or a
// title naming a 年度报告 of a year. Anything else (a notice, an empty page, a sentence that
// mentions 年度报告) is no report, and making one up with three blank tables would accuse a
// report that does not exist of missing them.
bool shows_a_report(Report const& r) {
    return !r.sections.empty() || !r.tables_found.empty() || (!r.title.empty() && r.year);
}

// The grids whose first row lies in the report's lines.
std::vector<detail::GridRef> grids_of(Document const& document, detail::FlatText const& flat,
                                      detail::ReportSpan const& span) {
    std::vector<detail::GridRef> out;
    for (auto const& t : flat.tables)
        if (t.first >= span.first && t.first <= span.last && t.end > t.first)
            out.push_back({&std::get<DocumentTable>(document.blocks[t.block]), &t.rows,
                           document.kind != SourceKind::text, t.first, t.end});
    return out;
}

// A 2021 table whose （六）其他处理 was printed as one row (taxonomy.hpp) is the report's own
// variant, held as printed: say so once, and how the checks use it.
void note_single_other_row(Report& r) {
    if (r.format() != FormatVersion::v2021 || !r.applications.other_handling) return;
    bool parts_printed = false;
    for (auto const* part : {&r.applications.other_no_correction, &r.applications.other_fee_unpaid,
                             &r.applications.other_other})
        for (auto c : all_applicant_columns())
            parts_printed = parts_printed || (*part && cell(**part, c).state != CellState::blank);
    std::uint32_t line = r.first_line;
    for (auto const& t : r.tables_found)
        if (t.table == TableKind::applications) line = t.first_line;
    r.diagnostics.push_back(
        FindingBuilder(FindingCode::parse_label_variant, Severity::info)
            .at(CellAddress(ApplicationRow::other_handling))
            .line(line)
            .message(parts_printed
                         ? "2021 年格式的申请情况表另印“（六）其他处理”一行（2019 年格式的写法），"
                           "与其三个子项并存：两者都保留，并核对（六）= 1 + 2 + 3"
                         : "2021 年格式的申请情况表把“（六）其他处理”印为一行（2019 年格式的写法），"
                           "未印其三个子项：该行保留为 other_handling，三个子项为空白，核对时以该行代替")
            .build());
}

// Reports from a Document: its text (paragraphs and table rows as lines) gives the reports, their
// sections, metadata and format; its grids give the tables, cell by cell; what no grid holds is
// read from the lines by the text-layout readers. Findings from lines point back into the source
// through flat.where; findings from grids carry their cell's own location.
void parse_flat(Document const& document, detail::FlatText const& flat, std::string const& source,
                ParseResult& result) {
    std::vector<std::string_view> const lines = detail::split_lines(flat.text);
    bool const maps_lines = document.kind != SourceKind::text;
    for (auto const& span : detail::split_reports(lines)) {
        std::vector<Finding> located;
        Report r = read_report(lines, span, source, grids_of(document, flat, span), located);
        if (!shows_a_report(r)) continue;
        note_single_other_row(r);
        if (maps_lines) remap_lines(r, flat.where);
        // Grid findings fold as line findings do: a grid of repeated rows stays a few findings.
        detail::FindingList folded(r.diagnostics, r.diagnostics.size());
        for (auto& f : located) folded.add(std::move(f));
        result.reports.push_back(std::move(r));
    }
    borrow_agency(result.reports);
    if (result.reports.empty()) {
        result.diagnostics.push_back(FindingBuilder(FindingCode::parse_no_report, Severity::warning)
                                         .message("输入中没有可识别的政府信息公开工作年度报告")
                                         .build());
    }
}

ReadOptions read_options_of(ParseOptions const& o) {
    ReadOptions r;
    r.max_input_bytes = o.max_input_bytes;
    r.max_pages = o.max_pages;
    r.max_unpacked_bytes = o.max_unpacked_bytes;
    r.source_name = o.source_name;
    return r;
}

ParseResult parse_with_lines(Document const& document, detail::FlatText const& flat,
                             ParseOptions const& options) {
    ParseResult result;
    result.encoding = document.encoding;
    result.diagnostics = document.diagnostics;
    parse_flat(document, flat, utf8_name(options.source_name), result);
    return result;
}

// Text and HTML bytes, decoded once. This is try_read_document's text and HTML branch followed
// by try_parse_document, except that plain text goes straight into its lines (flatten_text)
// instead of one string per line in a Document and then the lines again: for text the Document
// would be copied twice and read only by flatten.
Result<ParseResult> parse_text_or_html(std::string_view input, std::string const& source,
                                       ParseOptions const& options) {
    auto decoded = detail::decode_to_utf8(input);
    if (!decoded) {
        Error e = decoded.error();
        if (e.file.empty()) e.file = source;
        return e;
    }
    Document document;
    if (detail::looks_like_html(decoded->text)) {
        document = detail::html_document(decoded->text);
        document.encoding = std::move(decoded->encoding);
        return parse_with_lines(document, detail::flatten(document), options);
    }
    document.encoding = std::move(decoded->encoding);
    // Text laid out as table rows (tabs, Markdown pipes; text_grid.hpp), and a browser's copy
    // of a table page (a cell a line, joined into rows), becomes a Document with grids; every
    // other text goes straight to its lines, as text_document would make only paragraphs.
    std::vector<std::string_view> const lines = detail::split_lines(decoded->text);
    if (detail::looks_like_browser_copy(lines) || detail::has_text_grid(lines)) {
        Document copy = detail::text_document(decoded->text);
        copy.encoding = std::move(document.encoding);
        return parse_with_lines(copy, detail::flatten(copy), options);
    }
    return parse_with_lines(document, detail::flatten_text(decoded->text, lines), options);
}

}  // namespace

Result<ParseResult> try_parse_document(Document const& document, ParseOptions const& options) {
    return parse_with_lines(document, detail::flatten(document), options);
}

Result<ParseResult> try_parse(std::string_view input, ParseOptions const& options) {
    std::string const source = utf8_name(options.source_name);  // what every output shows
    if (input.size() > options.max_input_bytes) {
        Error e;
        e.code = ErrorCode::input_too_large;
        e.message = "input of " + std::to_string(input.size()) + " bytes exceeds the limit of " +
                    std::to_string(options.max_input_bytes) + " bytes";
        e.file = source;
        return e;
    }
    auto const kind = try_detect_source(input);
    if (!kind) {
        Error e = kind.error();
        if (e.file.empty()) e.file = source;
        return e;
    }
    if (*kind == SourceKind::text || *kind == SourceKind::html)
        return parse_text_or_html(input, source, options);
    ReadOptions read = read_options_of(options);
    read.source_name = source;
    auto document = try_read_document(input, read);
    if (!document) return document.error();
    return try_parse_document(*document, options);
}

Result<ParseResult> try_parse_file(std::filesystem::path const& path, ParseOptions options) {
    options.source_name =
        options.source_name.empty() ? utf8_name(path) : utf8_name(options.source_name);
    // The limit applies while reading: a device or a pipe that never ends stops at the limit.
    auto bytes = detail::try_read_bounded_file(path, options.max_input_bytes, options.source_name);
    if (!bytes) return bytes.error();
    return try_parse(*bytes, options);
}

ParseResult parse(std::string_view input, ParseOptions const& options) {
    return try_parse(input, options).value();
}

ParseResult parse_document(Document const& document, ParseOptions const& options) {
    return try_parse_document(document, options).value();
}

ParseResult parse_file(std::filesystem::path const& path, ParseOptions options) {
    return try_parse_file(path, std::move(options)).value();
}

}  // namespace govinfo
