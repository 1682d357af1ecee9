// The comparison as one self-contained HTML page (to_html), and the report card's view of several
// years of one agency (compare_html.hpp). No script, no network: styles and the SVG chart inline.
#include "compare_html.hpp"

#include <map>
#include <tuple>

#include "cell_list.hpp"
#include "compare_format.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/indicators.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/series.hpp"
#include "govinfo/taxonomy.hpp"
#include "measure_chart.hpp"

namespace govinfo {
namespace detail {

std::string escape_html(std::string_view s) {
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

std::string_view comparison_style() {
    return R"(
.columns{display:flex;gap:1.2rem;align-items:flex-start}
.columns>.column{flex:1 1 0;min-width:0;overflow-x:auto}
.column h3{font-size:.95rem;margin:.8rem 0 .3rem}
table.cmp{border-collapse:collapse;font-size:.78rem;margin:.2rem 0 .8rem}
table.cmp th,table.cmp td{border:1px solid #999;padding:.15rem .35rem}
table.cmp th{background:#f0f0f0;font-weight:600}
table.cmp td.label{text-align:left;max-width:14rem}
td.cell{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.cell[data-state=blank]{color:#888}
td.k-changed{background:#fff1d6;outline:2px solid #d98200;outline-offset:-2px}
td.k-filled_in,td.k-emptied,td.k-state_changed{background:#e5eefc;outline:2px solid #4a7bd0;outline-offset:-2px}
td.k-not_comparable{background:repeating-linear-gradient(45deg,#f4f4f4,#f4f4f4 4px,#e2e2e2 4px,#e2e2e2 8px);color:#666}
span.delta{display:block;font-size:.68rem;color:#8a5300}
.sentences span{padding:0 .1rem}
.sentences span.added{background:#d9f2d9}
.sentences span.dropped{background:#fde2e2;text-decoration:line-through}
.sentences span.kept{color:#555}
p.similarity{font-size:.85rem;color:#333;margin:.2rem 0}
table.changes td{text-align:left}table.changes td.n{text-align:right}
svg.chart{border:1px solid #ccc;background:#fff;margin:.3rem 1rem .8rem 0}
svg.chart text{font-size:11px;font-family:sans-serif}
)";
}

}  // namespace detail

namespace {

using detail::escape_html;

using CellKey = std::tuple<TableKind, std::string, std::string>;
using ChangeIndex = std::map<CellKey, CellChange const*>;

ChangeIndex index_changes(Comparison const& c) {
    ChangeIndex out;
    for (auto const& x : c.cells) out[{x.table, x.row, x.column}] = &x;
    return out;
}

std::string state_id(CellValue const& v) {
    return std::string(id(std::visit([](auto const& c) { return c.state; }, v)));
}

// One cell of one side: its value, the kind of change as class and data-kind, and on the new side
// the change itself under the value.
std::string cell_td(ChangeIndex const& changes, TableKind table, std::string_view row,
                    std::string_view column, CellValue const& value, bool new_side) {
    auto const it = changes.find({table, std::string(row), std::string(column)});
    CellChange const* change = it == changes.end() ? nullptr : it->second;
    std::string const kind = change ? std::string(id(change->kind)) : "";
    std::string out = "<td class=\"cell k-" + kind + "\" data-table=\"" + std::string(id(table)) +
                      "\" data-row=\"" + std::string(row) + "\" data-column=\"" +
                      std::string(column) + "\" data-kind=\"" + kind + "\" data-state=\"" +
                      state_id(value) + "\"";
    if (change && !change->note.empty()) out += " title=\"" + escape_html(change->note) + "\"";
    out += ">" + escape_html(detail::value_text(value));
    if (new_side && change && change->kind == CellChangeKind::changed) {
        std::string delta = detail::change_text(*change);
        if (change->relative) delta += " " + detail::relative_text(*change);
        out += "<span class=\"delta\">" + escape_html(delta) + "</span>";
    }
    return out + "</td>";
}

std::string article20_html(Report const& r, ChangeIndex const& changes, bool new_side) {
    auto const f = r.format();
    std::string out = "<h3>二、主动公开政府信息情况（" + std::string(id(f)) + " 格式）</h3>";
    std::string_view open_caption;
    for (auto row : article20_rows(f)) {
        auto const cols = article20_columns(f, row);
        if (caption(row) != open_caption) {
            if (!open_caption.empty()) out += "</table>";
            open_caption = caption(row);
            out += "<table class=\"cmp a20\"><tr><th colspan=\"" + std::to_string(cols.size() + 1) +
                   "\">" + std::string(open_caption) + "</th></tr><tr><th>信息内容</th>";
            for (auto col : cols) out += "<th>" + std::string(label(col, f, row)) + "</th>";
            out += "</tr>";
        }
        out += "<tr><td class=\"label\">" + std::string(label(row, f)) + "</td>";
        for (auto col : cols)
            if (auto const ref = article20_cell(r.article20, row, col))
                out += std::visit(
                    [&](auto const* p) {
                        return cell_td(changes, TableKind::article20, id(row), id(col), *p, new_side);
                    },
                    *ref);
        out += "</tr>";
    }
    return open_caption.empty() ? out : out + "</table>";
}

std::string applications_html(Report const& r, ChangeIndex const& changes, bool new_side) {
    std::string out = "<h3>三、收到和处理政府信息公开申请情况</h3><table class=\"cmp applications\"><tr><th></th>";
    for (auto col : all_applicant_columns()) out += "<th>" + std::string(label(col)) + "</th>";
    out += "</tr>";
    for (auto row : application_rows(r.format())) {
        auto const* cells = find_row(r.applications, row);
        if (!cells) continue;
        out += "<tr><td class=\"label\">" + escape_html(detail::application_row_name(row)) + "</td>";
        for (auto col : all_applicant_columns())
            out += cell_td(changes, TableKind::applications, id(row), id(col), cell(*cells, col), new_side);
        out += "</tr>";
    }
    return out + "</table>";
}

std::string review_html(Report const& r, ChangeIndex const& changes, bool new_side) {
    std::string out = "<h3>四、政府信息公开行政复议、行政诉讼情况</h3><table class=\"cmp review\"><tr><th></th>";
    for (auto col : review_columns()) out += "<th>" + std::string(label(col)) + "</th>";
    out += "</tr>";
    for (auto g : review_groups()) {
        out += "<tr><td class=\"label\">" + std::string(label(g)) + "</td>";
        for (auto col : review_columns())
            out += cell_td(changes, TableKind::review_litigation, id(g), id(col),
                           cell(group(r.review_litigation, g), col), new_side);
        out += "</tr>";
    }
    return out + "</table>";
}

std::string side_header(Report const& r, std::string_view which) {
    return "<h2>" + std::string(which) + "：" + escape_html(detail::report_name(r)) + "</h2>" +
           (r.source.empty() ? "" : "<p class=\"meta\">" + escape_html(r.source) + "</p>");
}

std::string sentences_html(std::vector<ComparedSentence> const& sentences, bool new_side) {
    std::string out = "<div class=\"sentences\">";
    for (auto const& s : sentences)
        out += std::string("<span class=\"") + (s.kept ? "kept" : new_side ? "added" : "dropped") +
               "\">" + escape_html(s.text) + "</span>";
    return out + "</div>";
}

std::string sections_html(Comparison const& c) {
    std::string out = "<h2>章节（数字和日期不计）</h2>";
    for (auto const& s : c.sections) {
        std::string const heading = !s.new_heading.empty() ? s.new_heading : s.old_heading;
        out += "<section class=\"section-compare\" data-section=\"" + std::to_string(s.number) +
               "\"><h3>" + escape_html(heading.empty() ? "第" + std::to_string(s.number) + "部分" : heading) +
               "</h3><p class=\"similarity\">";
        if (s.similarity)
            out += "相似度 " + s.similarity->percent() + "；逐字相同 " + std::to_string(s.kept) +
                   " 句，新增 " + std::to_string(s.added) + " 句，删去 " + std::to_string(s.dropped) + " 句";
        if (!s.note.empty()) out += (s.similarity ? "；" : "") + escape_html(s.note);
        std::string const columns = "<div class=\"columns\"><div class=\"column old\">" +
                                    sentences_html(s.old_sentences, false) +
                                    "</div><div class=\"column new\">" +
                                    sentences_html(s.new_sentences, true) + "</div></div>";
        // Sections 二–四 are mostly the tables shown above, as text: folded away.
        bool const tables = s.number >= 2 && s.number <= 4;
        out += "</p>" + (tables ? "<details><summary>文字（多为上面表格的内容）</summary>" + columns + "</details>"
                                : columns) +
               "</section>";
    }
    return out;
}

// The cells that differ. With `states_in_full` false (the report card) only the cells whose
// number changed are listed, and the cells filled in, emptied or turned from blank to "/" are
// counted in one line.
std::string changes_table_html(Comparison const& c, bool states_in_full = true) {
    std::string rows;
    std::size_t n = 0;
    std::map<CellChangeKind, std::size_t> states;
    for (auto const& x : c.cells) {
        if (x.kind == CellChangeKind::unchanged || x.kind == CellChangeKind::no_number ||
            x.kind == CellChangeKind::not_comparable)
            continue;
        if (!states_in_full && x.kind != CellChangeKind::changed) {
            ++states[x.kind];
            continue;
        }
        ++n;
        rows += "<tr data-kind=\"" + std::string(id(x.kind)) + "\"><td>" + escape_html(x.label) +
                "</td><td class=\"n\">" + escape_html(detail::value_text(x.old_value)) +
                "</td><td class=\"n\">" + escape_html(detail::value_text(x.new_value)) +
                "</td><td class=\"n\">" + escape_html(detail::change_text(x)) + "</td><td class=\"n\">" +
                escape_html(detail::relative_text(x)) + "</td></tr>";
    }
    std::string out = n == 0 ? "<p>没有数值不同的单元格。</p>"
                             : "<table class=\"cmp changes\"><tr><th>单元格</th><th>上年</th><th>本年</th>"
                               "<th>变化</th><th>变化率</th></tr>" + rows + "</table>";
    if (!states.empty()) {
        static std::map<CellChangeKind, std::string_view> const names{
            {CellChangeKind::filled_in, "由空白或“/”改为填写数字"},
            {CellChangeKind::emptied, "由数字改为空白或“/”"},
            {CellChangeKind::state_changed, "在空白与“/”之间改变"}};
        std::string said;
        for (auto const& [kind, count] : states)
            said += (said.empty() ? "" : "；") + std::to_string(count) + " 个单元格" +
                    std::string(names.at(kind));
        out += "<p class=\"state-changes\">" + said + "。</p>";
    }
    return out;
}

std::string not_comparable_html(Comparison const& c) {
    std::map<std::pair<TableKind, std::string>, std::size_t> groups;
    for (auto const& x : c.cells)
        if (x.kind == CellChangeKind::not_comparable) ++groups[{x.table, x.note}];
    if (groups.empty()) return {};
    std::string out = "<h3>不可比较的单元格</h3><ul class=\"not-comparable\">";
    for (auto const& [key, n] : groups)
        out += "<li>" + std::string(label(key.first)) + "：" + std::to_string(n) + " 个单元格，" +
               escape_html(key.second) + "</li>";
    return out + "</ul>";
}

std::string findings_html(std::vector<Finding> const& findings) {
    if (findings.empty()) return "<p>无核对意见。</p>";
    std::string out = "<ul class=\"findings\">";
    for (auto const& f : findings)
        out += "<li class=\"" + std::string(id(f.severity)) + "\" data-code=\"" +
               std::string(id(f.code)) + "\"><code>" + std::string(id(f.code)) + "</code> " +
               escape_html(f.message) + "</li>";
    return out + "</ul>";
}

// ---- the report card's view of several years ----

struct MeasureRow {
    char const* id;
    char const* name;
};

constexpr MeasureRow measure_rows[] = {
    {"received", "本年新收申请"},
    {"received_change", "比上年增减"},
    {"handled", "办理结果总计"},
    {"disclosed_share", "公开率（予以公开 + 部分公开）"},
    {"withheld_share", "不予公开"},
    {"not_held_share", "本机关不掌握相关政府信息"},
    {"carried_forward_share", "结转下年度"},
    {"review_corrected_share", "行政复议纠错率"},
    {"litigation_corrected_share", "行政诉讼纠错率"},
};

std::string measure_td(CountMeasure const& m, bool signed_value) {
    if (!m.value)
        return "<td class=\"n missing\" title=\"" + std::string(id(m.missing)) + "\">—</td>";
    return "<td class=\"n\">" + (signed_value && *m.value > 0 ? "+" : std::string()) +
           std::to_string(*m.value) + "</td>";
}

std::string measure_td(RateMeasure const& m, bool) {
    auto const v = m.value();
    if (!v)
        return "<td class=\"n missing\" title=\"" + std::string(id(m.missing)) + "\">—</td>";
    return "<td class=\"n\" title=\"" + std::to_string(v->numerator) + " / " +
           std::to_string(v->denominator) + "\">" + v->percent() + "</td>";
}

std::string measures_table_html(std::vector<Indicators> const& years) {
    std::string out = "<table class=\"cmp measures\"><tr><th>指标</th>";
    for (auto const& m : years) out += "<th>" + std::to_string(m.year.value_or(0)) + "</th>";
    out += "</tr>";
    for (auto const& row : measure_rows) {
        out += "<tr data-measure=\"" + std::string(row.id) + "\"><td class=\"label\">" + row.name + "</td>";
        for (auto const& m : years)
            for_each_measure(m, [&](std::string_view name, auto const& x) {
                if (name == row.id) out += measure_td(x, name == "received_change");
            });
        out += "</tr>";
    }
    return out + "</table>";
}

std::string sections_summary_html(Comparison const& c) {
    std::string out = "<table class=\"cmp sections-summary\"><tr><th>部分</th><th>相似度</th>"
                      "<th>逐字相同</th><th>新增</th><th>删去</th></tr>";
    for (auto const& s : c.sections) {
        if (!s.similarity) continue;
        out += "<tr data-section=\"" + std::to_string(s.number) + "\"><td class=\"label\">" +
               escape_html(s.new_heading) + "</td><td class=\"n\">" + s.similarity->percent() +
               "</td><td class=\"n\">" + std::to_string(s.kept) + "</td><td class=\"n\">" +
               std::to_string(s.added) + "</td><td class=\"n\">" + std::to_string(s.dropped) +
               "</td></tr>";
    }
    return out + "</table>";
}

std::string pair_html(Report const& a, Report const& b) {
    Comparison const c = compare(a, b);
    int const from = a.year.value_or(0), to = b.year.value_or(0);
    std::string out = "<div class=\"pair\" data-from=\"" + std::to_string(from) + "\" data-to=\"" +
                      std::to_string(to) + "\"><h3>" + std::to_string(from) + " → " +
                      std::to_string(to);
    if (to - from > 1) out += "（缺少中间年度的报告）";
    return out + "</h3>" + changes_table_html(c, false) + not_comparable_html(c) +
           sections_summary_html(c) + "</div>";
}

}  // namespace

std::string detail::series_comparison_html(std::vector<CheckedReport> const& reports) {
    std::vector<std::string> order;
    std::map<std::string, std::map<int, std::size_t>> groups;  // agency key → year → first report
    for (std::size_t i = 0; i < reports.size(); ++i) {
        auto const& r = reports[i].report;
        std::string key = agency_key(r.agency);
        if (key.empty() || !r.year) continue;
        auto [it, fresh] = groups.try_emplace(key);
        if (fresh) order.push_back(key);
        it->second.try_emplace(*r.year, i);
    }
    std::string out;
    for (auto const& key : order) {
        auto const& years = groups[key];
        if (years.size() < 2) continue;
        std::vector<Report> series;
        for (auto const& [year, i] : years) series.push_back(reports[i].report);
        auto const measures = indicators(series);
        out += "<section class=\"series-view\" data-agency=\"" + escape_html(key) + "\"><h2>跨年度比较：" +
               escape_html(series.front().agency) + "（" + std::to_string(years.begin()->first) + "–" +
               std::to_string(years.rbegin()->first) + "）</h2>" + measures_table_html(measures) +
               measures_chart_svg(measures);
        for (std::size_t k = 1; k < series.size(); ++k) out += pair_html(series[k - 1], series[k]);
        out += "</section>\n";
    }
    return out;
}



std::string to_html(Comparison const& c) {
    auto const changes = index_changes(c);
    std::string const title = "比较：" + detail::report_name(c.old_report) + " → " +
                              detail::report_name(c.new_report);
    std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" +
                      escape_html(title) +
                      "</title><style>body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\","
                      "\"Microsoft YaHei\",sans-serif;margin:1.2rem;color:#222}h1{font-size:1.3rem}"
                      "h2{font-size:1.05rem;margin-top:1.6rem}.meta{color:#555;font-size:.85rem}"
                      "ul.findings li.error{color:#a00}ul.findings li.warning{color:#8a5300}"
                      "ul.findings li.info{color:#2a4f9a}" +
                      std::string(detail::comparison_style()) + "</style></head><body>\n";
    out += "<h1>" + escape_html(title) + "</h1>";
    out += "<h2>变化的单元格</h2>" + changes_table_html(c) + not_comparable_html(c);
    out += "<h2>核对意见</h2>" + findings_html(c.findings);
    out += "<h2>表格</h2><div class=\"columns tables\"><div class=\"column old\">" +
           side_header(c.old_report, "上年") + article20_html(c.old_report, changes, false) +
           applications_html(c.old_report, changes, false) + review_html(c.old_report, changes, false) +
           "</div><div class=\"column new\">" + side_header(c.new_report, "本年") +
           article20_html(c.new_report, changes, true) + applications_html(c.new_report, changes, true) +
           review_html(c.new_report, changes, true) + "</div></div>";
    out += sections_html(c);
    return out + "</body></html>\n";
}

}  // namespace govinfo
