#include "govinfo/report_card.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>

#include "compare_html.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

std::string esc(std::string_view s) { return detail::escape_html(s); }  // compare_html.hpp

// The severity filter is three radio buttons ahead of <header>, <nav> and <main>, and CSS
// sibling selectors: it works without script, in a page saved or mailed as one file.
constexpr std::string_view style = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#222;max-width:1200px}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2.5rem;border-bottom:2px solid #ccc}h3{font-size:1rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;margin:.3rem 0 1rem;font-size:.85rem}
th,td{border:1px solid #999;padding:.2rem .45rem;vertical-align:middle}
th{background:#f0f0f0;font-weight:600}
table.grid td{text-align:right;min-width:3.2rem;font-variant-numeric:tabular-nums}
table.grid tbody th{text-align:left;font-weight:normal;background:#fafafa}table.grid tbody th[colspan]{font-weight:600}th.sub{padding-left:1.6rem}
td.b{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px);color:#888;text-align:center!important}
td.b::before{content:"空";font-size:.7rem}
td.na{background:#eef3fb;color:#557;text-align:center!important;font-style:italic}
td.inferred{font-style:italic}td.inferred::after{content:"≈";color:#6a3d9a;font-size:.7rem;margin-left:.1rem}
.flagged{outline:3px solid #c00;outline-offset:-3px;background-color:#fde2e2}
.flagged.sev-warning{outline-color:#d98200;background-color:#fff1d6}
.flagged.sev-info{outline-color:#4a7bd0;background-color:#e5eefc}
table.grid td.notes{font-size:.78rem;color:#700;max-width:28rem;text-align:left}
.notes .f-warning{color:#8a5300}.notes .f-info{color:#2a4f9a}
sup{color:#c00;font-weight:bold}
table.summary td{text-align:left}table.summary td.n{text-align:right}
tr.worst-error td.n:first-child{border-left:5px solid #c00}tr.worst-warning td.n:first-child{border-left:5px solid #d98200}
.legend span{display:inline-block;padding:.1rem .5rem;margin-right:.5rem;border:1px solid #999}
.findings li.f-error,.findings .f-error>summary{color:#a00}.findings li.f-warning,.findings .f-warning>summary{color:#8a5300}.findings li.f-info,.findings .f-info>summary{color:#2a4f9a}
.findings details{margin:.2rem 0}.findings summary{cursor:pointer}.findings ul{margin:.2rem 0 .4rem}
details.not-evaluable{color:#555;margin-top:.5rem}details.not-evaluable>summary{color:#555}
.at{font-family:monospace;font-size:.8rem;color:#555}
.meta{color:#555;font-size:.85rem}a.top{font-size:.8rem;margin-left:1rem}
input.sev{position:absolute;opacity:0}
.filter label{border:1px solid #999;padding:.15rem .6rem;cursor:pointer;border-radius:3px;margin-right:.3rem}
#sev-all:checked~header label[for=sev-all],#sev-warning:checked~header label[for=sev-warning],#sev-error:checked~header label[for=sev-error]{background:#333;color:#fff}
#sev-warning:checked~main .f-info,#sev-error:checked~main .f-info,#sev-error:checked~main .f-warning{display:none}
#sev-warning:checked~nav tr.worst-info,#sev-warning:checked~nav tr.worst-none,#sev-warning:checked~main section.worst-info,#sev-warning:checked~main section.worst-none{display:none}
#sev-error:checked~nav tr.report-summary:not(.worst-error),#sev-error:checked~main section.report:not(.worst-error){display:none}
)";

// What a finding points at. A finding names a row and a column (a cell; "a,b" names several
// cells of the row), a row only, or a column only: then it is about a column identity, and the
// cells it involves are the rows of that identity. A whole row is marked on its label, not on
// every cell (a row with two blank cells is not wrong in its filled ones); the review table has
// no row labels (its groups share one row), so there the group's five cells are marked.
struct Target {
    std::string table, row, column;  // column empty: the row's label
    friend auto operator<=>(Target const&, Target const&) = default;
};

std::vector<Target> targets(Finding const& f) {
    std::string const table(id(f.table));
    std::vector<Target> out;
    if (!f.row.empty()) {
        if (!f.column.empty()) {
            for (std::size_t b = 0, e; b <= f.column.size(); b = e + 1) {
                e = std::min(f.column.find(',', b), f.column.size());
                out.push_back({table, f.row, f.column.substr(b, e - b)});
            }
        } else if (f.table == TableKind::review_litigation) {
            for (auto c : review_columns()) out.push_back({table, f.row, std::string(id(c))});
        } else if (f.table != TableKind::report) {
            out.push_back({table, f.row, {}});
        }
    } else if (!f.column.empty() && f.table == TableKind::applications) {
        if (f.code == FindingCode::app_balance) {
            for (auto row : {ApplicationRow::new_received, ApplicationRow::carried_over,
                             ApplicationRow::outcome_total, ApplicationRow::carried_forward})
                out.push_back({table, std::string(id(row)), f.column});
        } else {
            out.push_back({table, std::string(id(ApplicationRow::outcome_total)), f.column});
        }
    }
    return out;
}

struct Flags {
    std::map<Target, std::vector<std::size_t>> cells;  // target -> indices into findings
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> rows;
    // Which findings a notes column has shown (filled while the tables are written): the list
    // of findings gives those their place only, not their sentence a second time.
    mutable std::vector<bool> in_notes;
    std::map<Target, std::size_t> inferred;  // cells not read from their own position -> provenance
};

Flags flags_of(CheckedReport const& c) {
    Flags f;
    for (std::size_t i = 0; i < c.report.provenance.size(); ++i) {
        auto const& p = c.report.provenance[i];
        f.inferred.emplace(Target{std::string(id(p.table)), p.row, p.column}, i);
    }
    f.in_notes.assign(c.findings.size(), false);
    for (std::size_t i = 0; i < c.findings.size(); ++i) {
        auto const& x = c.findings[i];
        if (!x.evaluable) continue;  // not-evaluable checks point at nothing wrong
        for (auto const& t : targets(x)) f.cells[t].push_back(i);
        std::string const row = !x.row.empty() ? x.row
                                : x.table == TableKind::applications && !x.column.empty()
                                    ? std::string(id(ApplicationRow::outcome_total))
                                    : std::string();
        if (!row.empty()) f.rows[{std::string(id(x.table)), row}].push_back(i);
    }
    return f;
}

Severity worst(CheckedReport const& c, std::vector<std::size_t> const& idx) {
    Severity s = Severity::info;
    for (auto i : idx) s = std::min(s, c.findings[i].severity);
    return s;
}

// The numbers of the findings about a cell or row, "<sup>2,23</sup>": each leads to its
// sentence in the notes column and its place in the list of findings.
std::string marks(std::vector<std::size_t> const& findings) {
    std::string out = "<sup>";
    for (auto i : findings) out += (out.size() > 5 ? "," : "") + std::to_string(i + 1);
    return out + "</sup>";
}

// A cell in few bytes (a card holds hundreds of reports): a value is a bare <td>, a blank one
// class "b", a not-applicable one class "na". A cell a finding points at is also classed
// "flagged sev-<worst severity>", carries its row and column ids, and the findings' marks.
template <class C>
std::string cell_html(CheckedReport const& c, Flags const& flags, std::string_view table,
                      std::string_view row, std::string_view column, C const& cell) {
    std::string cls, text;
    if (cell.state == CellState::blank) {
        cls = "b";
    } else if (cell.state == CellState::not_applicable) {
        cls = "na";
        text = "／";
    } else if constexpr (std::is_same_v<C, MoneyCell>) {
        text = esc(cell.money.amount.to_string());
        if (cell.money.unit != MoneyUnit::unknown) text += std::string(label(cell.money.unit));
    } else {
        text = std::to_string(cell.value);
    }
    Target const here{std::string(table), std::string(row), std::string(column)};
    // A cell the parser inferred (placed by a total, split from glued digits, …) is marked ≈
    // (class "inferred") and its title says how it was decided.
    std::string ids;
    if (auto const p = flags.inferred.find(here); p != flags.inferred.end()) {
        auto const& origin = c.report.provenance[p->second];
        cls += cls.empty() ? "inferred" : " inferred";
        ids = "\" data-row=\"" + esc(row) + "\" data-column=\"" + esc(column) + "\" title=\"" +
              esc("推断所得（" + std::string(id(origin.how)) + "）：" + origin.detail);
    }
    auto const it = flags.cells.find(here);
    if (it == flags.cells.end()) {
        if (!ids.empty()) return "<td class=\"" + cls + ids + "\">" + text + "</td>";
        return cls.empty() ? "<td>" + text + "</td>" : "<td class=\"" + cls + "\">" + text + "</td>";
    }
    text += marks(it->second);
    if (ids.empty()) ids = "\" data-row=\"" + esc(row) + "\" data-column=\"" + esc(column);
    return "<td class=\"" + cls + (cls.empty() ? "" : " ") + "flagged sev-" +
           std::string(id(worst(c, it->second))) + ids + "\">" + text + "</td>";
}

// A row's label (a <th>), marked when a finding is about the whole row.
std::string row_label(CheckedReport const& c, Flags const& flags, std::string_view table,
                      std::string_view row, std::string_view text, bool sub = false) {
    std::string const cls = sub ? "sub" : "";
    auto const it = flags.cells.find({std::string(table), std::string(row), {}});
    if (it == flags.cells.end())
        return (cls.empty() ? "<th>" : "<th class=\"" + cls + "\">") + std::string(text) + "</th>";
    return "<th class=\"" + cls + (sub ? " " : "") + "flagged sev-" +
           std::string(id(worst(c, it->second))) + "\" data-row=\"" + esc(row) +
           "\" data-column=\"\">" + std::string(text) + marks(it->second) + "</th>";
}

// The sentences of the findings about one row, a <div> each; empty when there are none.
std::string notes_of(CheckedReport const& c, Flags const& flags, std::string_view table,
                     std::string_view row) {
    std::string out;
    auto const it = flags.rows.find({std::string(table), std::string(row)});
    if (it == flags.rows.end()) return out;
    for (auto i : it->second) {
        auto const& f = c.findings[i];
        flags.in_notes[i] = true;
        out += "<div class=\"f-" + std::string(id(f.severity)) + "\"><sup>" +
               std::to_string(i + 1) + "</sup> " + esc(f.message) + "</div>";
    }
    return out;
}

// A table has a notes column (核查意见) only when a finding is about one of its rows: a clean
// report's tables stay narrow and small.
bool has_notes(Flags const& flags, std::string_view table) {
    return std::any_of(flags.rows.begin(), flags.rows.end(),
                       [&](auto const& r) { return r.first.first == table; });
}

std::string notes_cell(std::string const& notes, bool column) {
    if (!column) return {};
    return notes.empty() ? "<td></td>" : "<td class=\"notes\">" + notes + "</td>";
}

std::string article20_html(CheckedReport const& c, Flags const& flags) {
    auto const f = c.report.format();
    bool const notes = has_notes(flags, "article20");
    std::string out = "<h3>二、主动公开政府信息情况（" + std::string(id(f)) + " 格式）</h3>";
    std::string_view last_caption;
    // With the rows a province added where the report printed them (其他主动公开文件): the card
    // shows what the report holds, though no check uses those rows.
    for (auto row : article20_rows(f, c.report.article20)) {
        auto const cols = article20_columns(f, row);
        if (caption(row) != last_caption) {
            if (!last_caption.empty()) out += "</tbody></table>";
            last_caption = caption(row);
            out += "<table class=\"grid a20\" data-table=\"article20\"><thead><tr><th colspan=\"" +
                   std::to_string(cols.size() + (notes ? 2 : 1)) +
                   "\">" + std::string(last_caption) + "</th></tr><tr><th>信息内容</th>";
            for (auto col : cols) out += "<th>" + std::string(label(col, f, row)) + "</th>";
            out += notes ? "<th>核查意见</th></tr></thead><tbody>" : "</tr></thead><tbody>";
        }
        out += "<tr>" + row_label(c, flags, "article20", id(row), label(row, f));
        for (auto col : cols) {
            auto const ref = article20_cell(c.report.article20, row, col);
            if (!ref) continue;
            std::visit([&](auto const* p) { out += cell_html(c, flags, "article20", id(row), id(col), *p); }, *ref);
        }
        out += notes_cell(notes_of(c, flags, "article20", id(row)), notes) + "</tr>";
    }
    if (!last_caption.empty()) out += "</tbody></table>";
    return out;
}

std::string applications_html(CheckedReport const& c, Flags const& flags) {
    auto const f = c.report.format();
    bool const notes = has_notes(flags, "applications");
    std::string out = "<h3>三、收到和处理政府信息公开申请情况</h3><table class=\"grid applications\" data-table=\"applications\"><thead>";
    out += "<tr><th rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
           "<th colspan=\"7\">申请人情况</th>" +
           std::string(notes ? "<th rowspan=\"3\">核查意见</th>" : "") +
           "</tr><tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr><tr>";
    for (auto col : applicant_columns())
        if (col != ApplicantColumn::natural_person) out += "<th>" + std::string(label(col)) + "</th>";
    out += "</tr></thead><tbody>";
    std::optional<OutcomeGroup> open_group;
    for (auto row : application_rows(f)) {
        auto const g = group_of(row);
        if (row == ApplicationRow::disclosed) out += "<tr><th colspan=\"9\">三、本年度办理结果</th></tr>";
        bool const sub = g && (*g == OutcomeGroup::withheld || *g == OutcomeGroup::unavailable ||
                               *g == OutcomeGroup::declined ||
                               (*g == OutcomeGroup::other && row != ApplicationRow::other_handling));
        if (sub && g != open_group)
            out += "<tr><th colspan=\"9\">" + std::string(label(*g)) + "</th></tr>";
        open_group = sub ? g : std::nullopt;
        auto const* r = find_row(c.report.applications, row);
        if (!r) continue;
        out += "<tr>" + row_label(c, flags, "applications", id(row), label(row), sub);
        for (auto col : all_applicant_columns())
            out += cell_html(c, flags, "applications", id(row), id(col), cell(*r, col));
        out += notes_cell(notes_of(c, flags, "applications", id(row)), notes) + "</tr>";
    }
    return out + "</tbody></table>";
}

// The official layout is one row of fifteen cells; the notes of its three groups share one cell.
std::string review_html(CheckedReport const& c, Flags const& flags) {
    bool const has = has_notes(flags, "review_litigation");
    std::string out =
        "<h3>四、政府信息公开行政复议、行政诉讼情况</h3><table class=\"grid review\" "
        "data-table=\"review_litigation\"><tr><th colspan=\"5\">行政复议</th><th "
        "colspan=\"10\">行政诉讼</th>" +
        std::string(has ? "<th rowspan=\"3\">核查意见</th>" : "") +
        "</tr><tr><th rowspan=\"2\">结果维持</th><th rowspan=\"2\">结果纠正</th><th "
        "rowspan=\"2\">其他结果</th><th rowspan=\"2\">尚未审结</th><th rowspan=\"2\">总计</th>"
        "<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr><tr>";
    for (int k = 0; k < 2; ++k)
        for (auto col : review_columns()) out += "<th>" + std::string(label(col)) + "</th>";
    out += "</tr><tr>";
    std::string notes;
    for (auto g : review_groups()) {
        for (auto col : review_columns())
            out += cell_html(c, flags, "review_litigation", id(g), id(col),
                             cell(group(c.report.review_litigation, g), col));
        notes += notes_of(c, flags, "review_litigation", id(g));
    }
    return out + notes_cell(notes, has) + "</tr></table>";
}

// The worst severity among a report's findings, as the class the severity filter hides by:
// "worst-error", "worst-warning", "worst-info" or "worst-none".
std::string worst_class(CheckedReport const& c) {
    if (c.findings.empty()) return "worst-none";
    Severity s = Severity::info;
    for (auto const& f : c.findings) s = std::min(s, f.severity);
    return "worst-" + std::string(id(s));
}

// "applications/disclosed/total": where a finding is, in the ids of docs/model.md.
std::string place(Finding const& f) {
    std::string out(id(f.table));
    if (!f.row.empty()) out += "/" + f.row;
    if (!f.column.empty()) out += "/" + f.column;
    return esc(out);
}

// Where in the source a finding was made, and how many it stands for when repeated ones were
// folded into it: "（第 12 行起，共 5 处）".
std::string in_source(Finding const& f) {
    if (f.line && f.occurrences > 1)
        return "（第 " + std::to_string(f.line) + " 行起，共 " + std::to_string(f.occurrences) +
               " 处）";
    if (f.line) return "（第 " + std::to_string(f.line) + " 行）";
    if (f.occurrences > 1) return "（共 " + std::to_string(f.occurrences) + " 处）";
    return {};
}

std::string finding_item(CheckedReport const& c, std::size_t k) {
    auto const& f = c.findings[k];
    std::string out = "<li class=\"f-" + std::string(id(f.severity)) + "\"><sup>" +
                      std::to_string(k + 1) + "</sup> ";
    if (!f.row.empty() || !f.column.empty()) out += "<span class=\"at\">" + place(f) + "</span> ";
    return out + esc(f.message) + in_source(f) + "</li>";
}

// One code's findings: those whose sentence a notes column shows are listed by mark and place
// only; the others in full.
std::string code_group(CheckedReport const& c, Flags const& flags, FindingCode code,
                       std::vector<std::size_t> const& ks, bool open) {
    Severity const s = worst(c, ks);
    std::string out = "<details class=\"code f-" + std::string(id(s)) + "\" data-code=\"" +
                      std::string(id(code)) + "\"" + (open ? " open" : "") + "><summary><code>" +
                      std::string(id(code)) + "</code> " + std::string(label(s)) + " " +
                      std::string(id(s)) + " × " + std::to_string(ks.size()) + "</summary>";
    std::string beside, items;
    for (auto k : ks) {
        if (flags.in_notes[k])
            beside += " <sup>" + std::to_string(k + 1) + "</sup>" + place(c.findings[k]) +
                      in_source(c.findings[k]);
        else
            items += finding_item(c, k);
    }
    if (!beside.empty()) out += "<p class=\"at\">见表格核查意见 (in the notes beside the tables):" + beside + "</p>";
    if (!items.empty()) out += "<ul>" + items + "</ul>";
    return out + "</details>";
}

// The findings `indices` grouped by code, the worst severity first, then in order of first
// appearance: one <details> per code, open when `open`, classed by its worst severity so that
// the filter can hide it.
std::string code_groups(CheckedReport const& c, Flags const& flags,
                        std::vector<std::size_t> const& indices, bool open) {
    std::vector<std::pair<FindingCode, std::vector<std::size_t>>> groups;
    for (auto k : indices) {
        auto const code = c.findings[k].code;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](auto const& g) { return g.first == code; });
        if (it == groups.end()) it = groups.insert(groups.end(), {code, {}});
        it->second.push_back(k);
    }
    std::stable_sort(groups.begin(), groups.end(), [&](auto const& a, auto const& b) {
        return worst(c, a.second) < worst(c, b.second);
    });
    std::string out;
    for (auto const& [code, ks] : groups) out += code_group(c, flags, code, ks, open);
    return out;
}

// A report's findings grouped by code; the checks that could not be evaluated (their cells are
// blank: info, evaluable == false) in one block collapsed by default, since they say nothing is
// wrong and a report with many blanks has dozens of them.
std::string findings_html(CheckedReport const& c, Flags const& flags) {
    if (c.findings.empty()) return {};
    std::vector<std::size_t> evaluated, not_evaluable;
    for (std::size_t k = 0; k < c.findings.size(); ++k)
        (c.findings[k].evaluable ? evaluated : not_evaluable).push_back(k);
    std::string out = "<div class=\"findings\">" + code_groups(c, flags, evaluated, true);
    if (!not_evaluable.empty())
        out += "<details class=\"not-evaluable f-info\"><summary>" +
               std::to_string(not_evaluable.size()) +
               " 项核查因单元格空白无法进行 (not evaluable: the cells they need are blank)</summary>" +
               code_groups(c, flags, not_evaluable, false) + "</details>";
    return out + "</div>";
}

std::string section_html(CheckedReport const& c, std::size_t number) {
    std::string const n = std::to_string(number);
    std::string out = "<section class=\"report " + worst_class(c) + "\" id=\"report-" + n +
                      "\"><h2>" + n + ". " +
                      esc(c.report.agency.empty() ? "（机关未识别）" : c.report.agency) + " " +
                      (c.report.year ? std::to_string(*c.report.year) + "年" : "") +
                      "<a class=\"top\" href=\"#toc\">↑ 目录</a></h2>";
    out += "<p class=\"meta\">" + esc(c.source) + "，第 " + std::to_string(c.report.first_line) +
           " 行起；格式 " + std::string(label(c.report.format())) + "</p>";
    if (c.report.statistics_period)
        out += "<p class=\"meta\">统计期限：" + esc(c.report.statistics_period->text) + "</p>";
    auto const flags = flags_of(c);
    std::string const tables =
        article20_html(c, flags) + applications_html(c, flags) + review_html(c, flags);
    return out + findings_html(c, flags) + tables + "</section>\n";  // the list after the notes
}

// The table of contents: one row per report with its counts, linking to its section at
// `href[i]` ("#report-7", or "card-2.html#report-7" on another page).
std::string toc_html(std::vector<CheckedReport> const& reports,
                     std::vector<std::string> const& href) {
    std::string out = "<nav id=\"toc\"><h2>目录 (" + std::to_string(reports.size()) +
                      " reports)</h2><table class=\"summary\"><tr><th>#</th><th>文件</th>"
                      "<th>机关</th><th>年度</th><th>格式</th><th>错误</th><th>警告</th>"
                      "<th>提示</th></tr>";
    for (std::size_t i = 0; i < reports.size(); ++i) {
        auto const& c = reports[i];
        std::string const n = std::to_string(i + 1);
        std::array<std::size_t, 3> count{};
        for (auto const& f : c.findings) ++count[static_cast<std::size_t>(f.severity)];
        out += "<tr class=\"report-summary " + worst_class(c) + "\" data-report=\"" + n +
               "\"><td class=\"n\">" + n + "</td><td><a href=\"" + esc(href[i]) + "\">" +
               esc(c.source) + "</a></td><td>" + esc(c.report.agency) + "</td><td>" +
               (c.report.year ? std::to_string(*c.report.year) : "?") + "</td><td>" +
               std::string(id(c.report.format())) + "</td>";
        for (auto k : count) out += "<td class=\"n\">" + std::to_string(k) + "</td>";
        out += "</tr>";
    }
    return out + "</table></nav>\n";
}

std::string header_html(std::string const& title) {
    return "<header><h1>" + esc(title) +
           "</h1><p class=\"filter\">显示 (show): "
           "<label for=\"sev-all\">全部 all</label><label for=\"sev-warning\">警告及错误 "
           "warnings and errors</label><label for=\"sev-error\">仅错误 errors only</label></p>"
           "<p class=\"legend\"><span>123 数值</span><span style=\"background:repeating-linear-"
           "gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)\">空 = 未填写 (blank)</span>"
           "<span style=\"background:#eef3fb\">／ = 不适用 (not applicable)</span>"
           "<span style=\"outline:3px solid #c00;outline-offset:-3px;background:#fde2e2\">"
           "有问题的单元格</span><span style=\"font-style:italic\">≈ = 推断所得，非直接读自其"
           "位置 (inferred)</span></p></header>\n";
}

std::string page_start(std::string const& title) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" +
                      esc(title) + "</title><style>" + std::string(style) +
                      std::string(detail::comparison_style()) + "</style></head><body>\n";
    for (auto const* sev : {"all", "warning", "error"})
        out += "<input type=\"radio\" name=\"sev\" class=\"sev\" id=\"sev-" + std::string(sev) +
               "\"" + (std::string_view(sev) == "all" ? " checked" : "") + ">";
    return out + header_html(title);
}

constexpr std::string_view page_end = "</main></body></html>\n";

// "页 (pages): 1 2 3" with every page but `current` a link; empty for a card of one page.
std::string pages_nav(std::size_t current, std::vector<std::string> const& names) {
    if (names.size() < 2) return {};
    std::string out = "<p class=\"pages\">页 (pages):";
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::string const n = std::to_string(k + 1);
        out += k == current ? " <b>" + n + "</b>"
                            : " <a href=\"" + esc(names[k]) + "\">" + n + "</a>";
    }
    return out + "</p>\n";
}

std::string unreadable_html(std::vector<UnreadableFile> const& unreadable) {
    if (unreadable.empty()) return {};
    std::string out = "<h2>无法读取的文件</h2><ul class=\"unreadable\">";
    for (auto const& u : unreadable)
        out += "<li>" + esc(u.source) + ": " + esc(u.error.to_string()) + "</li>";
    return out + "</ul>";
}

// Which page each report goes on: in order, a new page when the next section would take the
// page past `budget` bytes (the part every page repeats counted in), at least one per page.
std::vector<std::size_t> assign_pages(std::vector<std::string> const& sections,
                                      std::size_t first_page_extra, std::size_t repeated,
                                      std::size_t budget) {
    std::vector<std::size_t> page(sections.size());
    std::size_t k = 0, used = repeated + first_page_extra, on_page = 0;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (on_page > 0 && (used > budget || sections[i].size() > budget - used)) {
            ++k;
            used = repeated;
            on_page = 0;
        }
        page[i] = k;
        used += sections[i].size();
        ++on_page;
    }
    return page;
}

}  // namespace

std::vector<std::string> report_card_pages(
    std::vector<CheckedReport> const& reports, std::vector<UnreadableFile> const& unreadable,
    std::string const& title, std::size_t max_page_bytes,
    std::function<std::string(std::size_t)> const& page_name) {
    std::vector<std::string> sections;
    sections.reserve(reports.size());
    for (std::size_t i = 0; i < reports.size(); ++i)
        sections.push_back(section_html(reports[i], i + 1));
    // On the first page, before the reports: the files that could not be read, and for an agency
    // with several years the measures per year and what changed (compare.hpp).
    std::string const start = page_start(title),
                      first = unreadable_html(unreadable) + detail::series_comparison_html(reports);

    // What every page repeats, at its longest: links to the last possible page everywhere.
    std::vector<std::string> longest_names(std::max<std::size_t>(reports.size(), 1));
    std::vector<std::string> longest_href(reports.size());
    for (std::size_t k = 0; k < longest_names.size(); ++k) longest_names[k] = page_name(k);
    for (std::size_t i = 0; i < reports.size(); ++i)
        longest_href[i] = longest_names.back() + "#report-" + std::to_string(i + 1);
    std::size_t const repeated = start.size() + toc_html(reports, longest_href).size() +
                                 2 * pages_nav(0, longest_names).size() +
                                 std::string_view("<main>").size() + page_end.size();
    auto const page = assign_pages(sections, first.size(), repeated, max_page_bytes);

    std::size_t const pages = page.empty() ? 1 : page.back() + 1;
    std::vector<std::string> names(pages);
    for (std::size_t k = 0; k < pages; ++k) names[k] = page_name(k);
    std::vector<std::string> out(pages);
    for (std::size_t k = 0; k < pages; ++k) {
        std::vector<std::string> href(reports.size());
        for (std::size_t i = 0; i < reports.size(); ++i)
            href[i] = (page[i] == k ? "" : names[page[i]]) + "#report-" + std::to_string(i + 1);
        std::string const nav = pages_nav(k, names);
        out[k] = start + toc_html(reports, href) + nav + "<main>" + (k == 0 ? first : "");
        for (std::size_t i = 0; i < reports.size(); ++i)
            if (page[i] == k) out[k] += sections[i];
        out[k] += nav + std::string(page_end);
    }
    return out;
}

std::string report_card_html(std::vector<CheckedReport> const& reports,
                             std::vector<UnreadableFile> const& unreadable,
                             std::string const& title) {
    return report_card_pages(reports, unreadable, title, SIZE_MAX,
                             [](std::size_t) { return std::string(); })
        .front();
}

}  // namespace govinfo
