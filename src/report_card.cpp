#include "govinfo/report_card.hpp"

#include <array>
#include <map>
#include <set>
#include <string_view>

#include "compare_html.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

constexpr std::string_view style = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#222;max-width:1200px}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2.5rem;border-bottom:2px solid #ccc}h3{font-size:1rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;margin:.3rem 0 1rem;font-size:.85rem}
th,td{border:1px solid #999;padding:.2rem .45rem;vertical-align:middle}
th{background:#f0f0f0;font-weight:600}
td.label{text-align:left}td.sub{padding-left:1.6rem}
td.cell{text-align:right;min-width:3.2rem;font-variant-numeric:tabular-nums}
td.blank{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px);color:#888;text-align:center}
td.blank::after{content:"空";font-size:.7rem}
td.na{background:#eef3fb;color:#557;text-align:center;font-style:italic}
td.flagged{outline:3px solid #c00;outline-offset:-3px;background-color:#fde2e2}
td.flagged.sev-warning{outline-color:#d98200;background-color:#fff1d6}
td.flagged.sev-info{outline-color:#4a7bd0;background-color:#e5eefc}
td.notes{font-size:.78rem;color:#700;max-width:28rem;text-align:left}
td.notes .warning{color:#8a5300}td.notes .info{color:#2a4f9a}
sup.mark{color:#c00;font-weight:bold}
td.inferred{font-style:italic}td.inferred::before{content:"≈";color:#6a3d9a;font-size:.75rem;margin-right:.15rem}
table.summary td{text-align:left}table.summary td.n{text-align:right}
.legend span{display:inline-block;padding:.1rem .5rem;margin-right:.5rem;border:1px solid #999}
ul.findings li.error{color:#a00}ul.findings li.warning{color:#8a5300}ul.findings li.info{color:#2a4f9a}
.meta{color:#555;font-size:.85rem}
)";

// Which cells a finding points at. A finding names a row and a column, a row only (the whole
// row), or a column only: then it is about a column identity, and the cells it involves are the
// rows of that identity.
struct Target {
    std::string table, row, column;
    friend auto operator<=>(Target const&, Target const&) = default;
};

std::vector<Target> targets(Finding const& f, Report const& r) {
    std::string const table(id(f.table));
    std::vector<Target> out;
    if (!f.row.empty()) {
        if (!f.column.empty()) {
            out.push_back({table, f.row, f.column});
        } else if (f.table == TableKind::applications) {
            for (auto c : all_applicant_columns()) out.push_back({table, f.row, std::string(id(c))});
        } else if (f.table == TableKind::review_litigation) {
            for (auto c : review_columns()) out.push_back({table, f.row, std::string(id(c))});
        } else if (f.table == TableKind::article20) {
            if (auto const row = from_id<Article20Row>(f.row))
                for (auto c : article20_columns(r.format(), *row))
                    out.push_back({table, f.row, std::string(id(c))});
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
    std::map<Target, std::size_t> inferred;  // cells not read from their own position -> provenance
};

Flags flags_of(CheckedReport const& c) {
    Flags f;
    for (std::size_t i = 0; i < c.report.provenance.size(); ++i) {
        auto const& p = c.report.provenance[i];
        f.inferred.emplace(Target{std::string(id(p.table)), p.row, p.column}, i);
    }
    for (std::size_t i = 0; i < c.findings.size(); ++i) {
        auto const& x = c.findings[i];
        if (!x.evaluable) continue;  // not-evaluable checks point at nothing wrong
        for (auto const& t : targets(x, c.report)) f.cells[t].push_back(i);
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

template <class C>
std::string cell_html(CheckedReport const& c, Flags const& flags, std::string_view table,
                      std::string_view row, std::string_view column, C const& cell) {
    std::string cls = "cell";
    std::string text;
    std::string state;
    if (cell.state == CellState::blank) {
        cls += " blank";
        state = "blank";
    } else if (cell.state == CellState::not_applicable) {
        cls += " na";
        state = "not_applicable";
        text = "／";
    } else {
        state = "value";
        if constexpr (std::is_same_v<C, MoneyCell>) {
            text = esc(cell.money.amount.to_string());
            if (cell.money.unit != MoneyUnit::unknown) text += std::string(label(cell.money.unit));
        } else {
            text = std::to_string(cell.value);
        }
    }
    std::string title;
    Target const here{std::string(table), std::string(row), std::string(column)};
    // A cell the parser inferred (placed by a total, split from glued digits, …) is marked ≈
    // and says how it was decided.
    if (auto const inferred = flags.inferred.find(here); inferred != flags.inferred.end()) {
        auto const& p = c.report.provenance[inferred->second];
        cls += " inferred";
        title = "推断所得（" + std::string(id(p.how)) + "）：" + p.detail;
    }
    auto const it = flags.cells.find(here);
    if (it != flags.cells.end()) {
        cls += " flagged sev-" + std::string(id(worst(c, it->second)));
        for (auto i : it->second) {
            if (!title.empty()) title += "\n";
            title += std::string(id(c.findings[i].code)) + ": " + c.findings[i].message;
            text += "<sup class=\"mark\">" + std::to_string(i + 1) + "</sup>";
        }
    }
    std::string out = "<td class=\"" + cls + "\" data-table=\"" + std::string(table) +
                      "\" data-row=\"" + std::string(row) + "\" data-column=\"" +
                      std::string(column) + "\" data-state=\"" + state + "\"";
    if (!title.empty()) out += " title=\"" + esc(title) + "\"";
    return out + ">" + text + "</td>";
}

std::string notes_html(CheckedReport const& c, Flags const& flags, std::string_view table,
                       std::string_view row) {
    std::string out = "<td class=\"notes\">";
    auto const it = flags.rows.find({std::string(table), std::string(row)});
    if (it != flags.rows.end()) {
        for (auto i : it->second) {
            auto const& f = c.findings[i];
            out += "<div class=\"" + std::string(id(f.severity)) + "\"><sup class=\"mark\">" +
                   std::to_string(i + 1) + "</sup> " + esc(f.message) + "</div>";
        }
    }
    return out + "</td>";
}

std::string article20_html(CheckedReport const& c, Flags const& flags) {
    auto const f = c.report.format();
    std::string out = "<h3>二、主动公开政府信息情况（" + std::string(id(f)) + " 格式）</h3>";
    std::string_view last_caption;
    for (auto row : article20_rows(f)) {
        auto const cols = article20_columns(f, row);
        if (caption(row) != last_caption) {
            if (!last_caption.empty()) out += "</table>";
            last_caption = caption(row);
            out += "<table class=\"a20\"><tr><th colspan=\"" + std::to_string(cols.size() + 2) +
                   "\">" + std::string(last_caption) + "</th></tr><tr><th>信息内容</th>";
            for (auto col : cols) out += "<th>" + std::string(label(col, f, row)) + "</th>";
            out += "<th>核查意见</th></tr>";
        }
        out += "<tr><td class=\"label\">" + std::string(label(row, f)) + "</td>";
        for (auto col : cols) {
            auto const ref = article20_cell(c.report.article20, row, col);
            if (!ref) continue;
            std::visit([&](auto const* p) { out += cell_html(c, flags, "article20", id(row), id(col), *p); }, *ref);
        }
        out += notes_html(c, flags, "article20", id(row)) + "</tr>";
    }
    if (!last_caption.empty()) out += "</table>";
    return out;
}

std::string applications_html(CheckedReport const& c, Flags const& flags) {
    auto const f = c.report.format();
    std::string out = "<h3>三、收到和处理政府信息公开申请情况</h3><table class=\"applications\">";
    out += "<tr><th rowspan=\"3\" colspan=\"2\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"
           "<th colspan=\"7\">申请人情况</th><th rowspan=\"3\">核查意见</th></tr>"
           "<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr><tr>";
    for (auto col : applicant_columns())
        if (col != ApplicantColumn::natural_person) out += "<th>" + std::string(label(col)) + "</th>";
    out += "</tr>";
    std::optional<OutcomeGroup> open_group;
    for (auto row : application_rows(f)) {
        auto const g = group_of(row);
        if (row == ApplicationRow::disclosed) out += "<tr><td class=\"label\" colspan=\"10\">三、本年度办理结果</td></tr>";
        bool const sub = g && (*g == OutcomeGroup::withheld || *g == OutcomeGroup::unavailable ||
                               *g == OutcomeGroup::declined ||
                               (*g == OutcomeGroup::other && row != ApplicationRow::other_handling));
        if (sub && g != open_group)
            out += "<tr><td class=\"label\" colspan=\"10\">" + std::string(label(*g)) + "</td></tr>";
        open_group = sub ? g : std::nullopt;
        auto const* r = find_row(c.report.applications, row);
        if (!r) continue;
        out += std::string("<tr><td class=\"label") + (sub ? " sub" : "") + "\" colspan=\"2\">" +
               std::string(label(row)) + "</td>";
        for (auto col : all_applicant_columns())
            out += cell_html(c, flags, "applications", id(row), id(col), cell(*r, col));
        out += notes_html(c, flags, "applications", id(row)) + "</tr>";
    }
    return out + "</table>";
}

std::string review_html(CheckedReport const& c, Flags const& flags) {
    std::string out = "<h3>四、政府信息公开行政复议、行政诉讼情况</h3><table class=\"review\">"
                      "<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th><th rowspan=\"3\">核查意见</th></tr>"
                      "<tr><th rowspan=\"2\">结果维持</th><th rowspan=\"2\">结果纠正</th><th rowspan=\"2\">其他结果</th>"
                      "<th rowspan=\"2\">尚未审结</th><th rowspan=\"2\">总计</th>"
                      "<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr><tr>";
    for (int k = 0; k < 2; ++k)
        for (auto col : review_columns()) out += "<th>" + std::string(label(col)) + "</th>";
    out += "</tr><tr>";
    std::string notes;
    for (auto g : review_groups())
        for (auto col : review_columns())
            out += cell_html(c, flags, "review_litigation", id(g), id(col), cell(group(c.report.review_litigation, g), col));
    for (auto g : review_groups()) {
        std::string const n = notes_html(c, flags, "review_litigation", id(g));
        notes += n.substr(std::string_view("<td class=\"notes\">").size(),
                          n.size() - std::string_view("<td class=\"notes\">").size() - 5);
    }
    return out + "<td class=\"notes\">" + notes + "</td></tr></table>";
}

}  // namespace

std::string report_card_html(std::vector<CheckedReport> const& reports,
                             std::vector<UnreadableFile> const& unreadable,
                             std::string const& title) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" +
                      esc(title) + "</title><style>" + std::string(style) +
                      std::string(detail::comparison_style()) + "</style></head><body>\n";
    out += "<h1>" + esc(title) + "</h1>";
    out += "<p class=\"legend\"><span>123 数值</span><span style=\"background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)\">空 = 未填写 (blank)</span>"
           "<span style=\"background:#eef3fb\">／ = 不适用 (not applicable)</span>"
           "<span style=\"outline:3px solid #c00;outline-offset:-3px;background:#fde2e2\">有问题的单元格</span>"
           "<span style=\"font-style:italic\">≈ = 推断所得，非直接读自其位置 (inferred)</span></p>";
    out += "<table class=\"summary\"><tr><th>#</th><th>文件</th><th>机关</th><th>年度</th><th>格式</th>"
           "<th>错误</th><th>警告</th><th>提示</th></tr>";
    for (std::size_t i = 0; i < reports.size(); ++i) {
        auto const& c = reports[i];
        std::array<std::size_t, 3> n{};
        for (auto const& f : c.findings) ++n[static_cast<std::size_t>(f.severity)];
        out += "<tr class=\"report-summary\" data-report=\"" + std::to_string(i + 1) + "\"><td class=\"n\">" +
               std::to_string(i + 1) + "</td><td><a href=\"#report-" + std::to_string(i + 1) + "\">" +
               esc(c.source) + "</a></td><td>" + esc(c.report.agency) + "</td><td>" +
               (c.report.year ? std::to_string(*c.report.year) : "?") + "</td><td>" +
               std::string(id(c.report.format())) + "</td><td class=\"n\">" + std::to_string(n[0]) +
               "</td><td class=\"n\">" + std::to_string(n[1]) + "</td><td class=\"n\">" +
               std::to_string(n[2]) + "</td></tr>";
    }
    out += "</table>";
    if (!unreadable.empty()) {
        out += "<h2>无法读取的文件</h2><ul class=\"unreadable\">";
        for (auto const& u : unreadable) out += "<li>" + esc(u.source) + ": " + esc(u.error.to_string()) + "</li>";
        out += "</ul>";
    }
    // Several years of one agency: the measures per year and what changed (compare.hpp).
    out += detail::series_comparison_html(reports);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        auto const& c = reports[i];
        auto const flags = flags_of(c);
        out += "<section class=\"report\" id=\"report-" + std::to_string(i + 1) + "\"><h2>" +
               std::to_string(i + 1) + ". " + esc(c.report.agency.empty() ? "（机关未识别）" : c.report.agency) +
               " " + (c.report.year ? std::to_string(*c.report.year) + "年" : "") + "</h2>";
        out += "<p class=\"meta\">" + esc(c.source) + "，第 " + std::to_string(c.report.first_line) +
               " 行起；格式 " + std::string(label(c.report.format())) + "</p>";
        if (c.report.statistics_period)
            out += "<p class=\"meta\">统计期限：" + esc(c.report.statistics_period->text) + "</p>";
        if (!c.findings.empty()) {
            out += "<ul class=\"findings\">";
            for (std::size_t k = 0; k < c.findings.size(); ++k) {
                auto const& f = c.findings[k];
                out += "<li class=\"" + std::string(id(f.severity)) + "\" data-code=\"" +
                       std::string(id(f.code)) + "\"><sup class=\"mark\">" + std::to_string(k + 1) +
                       "</sup> <code>" + std::string(id(f.code)) + "</code> " + esc(f.message);
                if (f.line && f.occurrences > 1)
                    out += "（第 " + std::to_string(f.line) + " 行起，共 " +
                           std::to_string(f.occurrences) + " 处）";
                else if (f.line)
                    out += "（第 " + std::to_string(f.line) + " 行）";
                else if (f.occurrences > 1)
                    out += "（共 " + std::to_string(f.occurrences) + " 处）";
                out += "</li>";
            }
            out += "</ul>";
        }
        out += article20_html(c, flags) + applications_html(c, flags) + review_html(c, flags) + "</section>\n";
    }
    return out + "</body></html>\n";
}

}  // namespace govinfo
