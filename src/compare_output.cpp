// The comparison as text for a terminal and as JSON (compare.hpp, docs/compare.md).
#include <boost/json.hpp>

#include <map>
#include <utility>

#include "compare_format.hpp"
#include "govinfo/compare.hpp"
#include "govinfo/json.hpp"
#include "govinfo/labels.hpp"
#include "text/utf8.hpp"

namespace govinfo {
namespace detail {

std::string value_text(std::optional<CellValue> const& v) {
    if (!v) return "—";
    return std::visit(
        [](auto const& c) -> std::string {
            if (c.state == CellState::blank) return "空白";
            if (c.state == CellState::not_applicable) return "／";
            if constexpr (std::is_same_v<std::decay_t<decltype(c)>, MoneyCell>)
                return c.money.amount.to_string() + std::string(label(c.money.unit));
            else
                return std::to_string(c.value);
        },
        *v);
}

std::string change_text(CellChange const& c) {
    if (c.absolute) return (*c.absolute > 0 ? "+" : "") + std::to_string(*c.absolute);
    if (c.absolute_amount) {
        auto const& m = *c.absolute_amount;
        return (m.amount.units > 0 ? "+" : "") + m.amount.to_string() + std::string(label(m.unit));
    }
    return {};
}

std::string relative_text(CellChange const& c) {
    return c.relative ? c.relative->percent(1, true) : std::string();
}

std::size_t display_width(std::string_view s) noexcept {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        char32_t const cp = next_code_point(s, i);
        bool const wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                          (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                          (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                          (cp >= 0xFFE0 && cp <= 0xFFE6) || cp == 0x2014;
        width += wide ? 2 : 1;
    }
    return width;
}

std::string pad(std::string_view s, std::size_t width) {
    std::string out(s);
    for (std::size_t w = display_width(s); w < width; ++w) out += ' ';
    return out;
}

std::string report_name(Report const& r) {
    std::string out = r.agency.empty() ? "（机关未识别）" : r.agency;
    out += " " + (r.year ? std::to_string(*r.year) + "年" : std::string("年度不明"));
    return out + "（" + std::string(id(r.format())) + " 格式）";
}

}  // namespace detail

namespace {

namespace json = boost::json;

// ---- text ----

bool shown(CellChangeKind k) {
    return k == CellChangeKind::changed || k == CellChangeKind::filled_in ||
           k == CellChangeKind::emptied || k == CellChangeKind::state_changed;
}

void cells_text(Comparison const& c, std::string& out) {
    std::size_t compared = 0, differing = 0;
    std::map<std::pair<TableKind, std::string>, std::size_t> not_comparable;
    std::size_t width = 0;
    for (auto const& x : c.cells) {
        if (x.kind == CellChangeKind::not_comparable) {
            ++not_comparable[{x.table, x.note}];
            continue;
        }
        ++compared;
        if (shown(x.kind)) {
            ++differing;
            width = std::max(width, detail::display_width(x.label));
        }
    }
    out += "表格：比较 " + std::to_string(compared) + " 个单元格，" + std::to_string(differing) +
           " 个不同\n";
    for (auto const& x : c.cells) {
        if (!shown(x.kind)) continue;
        out += "  " + detail::pad(x.label, width) + "  " +
               detail::pad(detail::value_text(x.old_value), 8) + " → " +
               detail::pad(detail::value_text(x.new_value), 8) + "  " +
               detail::pad(detail::change_text(x), 8) + "  " + detail::relative_text(x);
        if (!x.note.empty()) out += "  （" + x.note + "）";
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += "\n";
    }
    if (!not_comparable.empty()) {
        out += "不可比较：\n";
        for (auto const& [key, n] : not_comparable)
            out += "  " + std::string(label(key.first)) + " " + std::to_string(n) + " 个单元格：" +
                   key.second + "\n";
    }
}

void sections_text(Comparison const& c, std::string& out) {
    out += "章节（数字和日期不计）：\n";
    for (auto const& s : c.sections) {
        std::string const& heading = !s.new_heading.empty() ? s.new_heading : s.old_heading;
        out += "  " + (heading.empty() ? "第" + std::to_string(s.number) + "部分" : heading) + "：";
        if (s.similarity)
            out += "相似度 " + s.similarity->percent() + "，逐字相同 " + std::to_string(s.kept) +
                   " 句，新增 " + std::to_string(s.added) + " 句，删去 " +
                   std::to_string(s.dropped) + " 句";
        if (!s.note.empty()) out += (s.similarity ? "；" : "") + s.note;
        out += "\n";
    }
}

// ---- JSON ----

json::value side_json(std::optional<CellValue> const& v) {
    if (!v) return nullptr;
    return std::visit(
        [](auto const& c) -> json::value {
            json::object o;
            o["state"] = std::string(id(c.state));
            if constexpr (std::is_same_v<std::decay_t<decltype(c)>, MoneyCell>) {
                if (c.has_value()) {
                    o["amount"] = c.money.amount.to_string();
                    o["unit"] = std::string(id(c.money.unit));
                }
            } else if (c.has_value()) {
                o["value"] = c.value;
            }
            return o;
        },
        *v);
}

json::value ratio_json(std::optional<Ratio> const& r, bool sign) {
    if (!r) return nullptr;
    return json::object{{"numerator", r->numerator},
                        {"denominator", r->denominator},
                        {"percent", r->percent(1, sign)}};
}

json::object report_json(Report const& r) {
    json::object o;
    o["agency"] = r.agency;
    o["year"] = r.year ? json::value(*r.year) : json::value(nullptr);
    o["format"] = std::string(id(r.format()));
    o["source"] = r.source;
    return o;
}

json::value cell_json(CellChange const& c) {
    json::object o;
    o["table"] = std::string(id(c.table));
    o["row"] = c.row;
    o["column"] = c.column;
    o["label"] = c.label;
    o["old"] = side_json(c.old_value);
    o["new"] = side_json(c.new_value);
    o["kind"] = std::string(id(c.kind));
    o["absolute"] = c.absolute ? json::value(*c.absolute) : json::value(nullptr);
    if (c.absolute_amount)
        o["absolute_amount"] = json::object{{"amount", c.absolute_amount->amount.to_string()},
                                            {"unit", std::string(id(c.absolute_amount->unit))}};
    else
        o["absolute_amount"] = nullptr;
    o["relative"] = ratio_json(c.relative, true);
    o["note"] = c.note;
    return o;
}

json::value section_json(SectionComparison const& s) {
    auto sentences = [](std::vector<ComparedSentence> const& list) {
        json::array a;
        for (auto const& x : list) a.push_back(json::object{{"text", x.text}, {"kept", x.kept}});
        return a;
    };
    json::object o;
    o["number"] = s.number;
    o["old_heading"] = s.old_heading;
    o["new_heading"] = s.new_heading;
    o["similarity"] = ratio_json(s.similarity, false);
    o["kept"] = s.kept;
    o["added"] = s.added;
    o["dropped"] = s.dropped;
    o["old_sentences"] = sentences(s.old_sentences);
    o["new_sentences"] = sentences(s.new_sentences);
    o["note"] = s.note;
    return o;
}

// The layout json.cpp uses for pretty output (two spaces, "key": value).
void print(std::string& out, json::value const& v, int indent) {
    auto newline = [&](int n) {
        out += '\n';
        out.append(static_cast<std::size_t>(n), ' ');
    };
    if (v.is_object() && !v.get_object().empty()) {
        out += '{';
        bool first = true;
        for (auto const& kv : v.get_object()) {
            if (!first) out += ',';
            first = false;
            newline(indent + 2);
            out += json::serialize(json::string_view(kv.key())) + ": ";
            print(out, kv.value(), indent + 2);
        }
        newline(indent);
        out += '}';
    } else if (v.is_array() && !v.get_array().empty()) {
        out += '[';
        bool first = true;
        for (auto const& x : v.get_array()) {
            if (!first) out += ',';
            first = false;
            newline(indent + 2);
            print(out, x, indent + 2);
        }
        newline(indent);
        out += ']';
    } else {
        out += json::serialize(v);
    }
}

}  // namespace

std::string to_text(Comparison const& c) {
    std::string out = "比较 " + detail::report_name(c.old_report) + " → " +
                      detail::report_name(c.new_report) + "\n";
    if (c.old_report.format() != c.new_report.format())
        out += "两份报告的表格格式不同：只比较两种格式共有的单元格\n";
    cells_text(c, out);
    sections_text(c, out);
    out += "核对意见：" + std::string(c.findings.empty() ? "无" : "") + "\n";
    for (auto const& f : c.findings) {
        out += "  " + std::string(id(f.severity)) + " " + std::string(id(f.code)) + ": " +
               f.message;
        out += "\n";
    }
    return out;
}

std::string to_json(Comparison const& c, JsonOptions options) {
    json::object o;
    o["old"] = report_json(c.old_report);
    o["new"] = report_json(c.new_report);
    json::array cells;
    for (auto const& x : c.cells) cells.push_back(cell_json(x));
    o["cells"] = std::move(cells);
    json::array sections;
    for (auto const& s : c.sections) sections.push_back(section_json(s));
    o["sections"] = std::move(sections);
    // Findings exactly as everywhere else (schemas/findings.schema.json).
    o["findings"] = json::parse(to_json(c.findings));
    json::value const v = std::move(o);
    if (!options.pretty) return json::serialize(v);
    std::string out;
    print(out, v, 0);
    return out + "\n";
}

}  // namespace govinfo
