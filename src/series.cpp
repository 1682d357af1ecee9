// Series of one agency's reports and the cross-year checks (docs/series.md).
#include "govinfo/series.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "cell_list.hpp"
#include "count_sum.hpp"
#include "reading_doubt.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"
#include "text/utf8.hpp"

namespace govinfo {
namespace {

// ---- agency_key ----

using detail::append_utf8;
using detail::try_next_code_point;

bool dropped(char32_t cp) noexcept {
    if (cp < 0x80)  // ASCII spaces, controls and punctuation
        return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
    if (cp == 0x00A0 || cp == 0x00B7 || cp == 0x3000 || cp == 0xFEFF || cp == 0x30FB ||
        cp == 0x202F || cp == 0x205F)
        return true;
    if (cp >= 0x2000 && cp <= 0x200B) return true;  // spaces of every width, zero-width space
    if (cp >= 0x2010 && cp <= 0x2027) return true;  // dashes, quotes, bullets, …
    if (cp >= 0x3001 && cp <= 0x3003) return true;  // 、。〃
    if (cp >= 0x3008 && cp <= 0x301F) return true;  // 〈〉《》「」『』【】〔〕〖〗 …
    if (cp >= 0xFF61 && cp <= 0xFF65) return true;  // half-width 。「」、・
    return false;
}

// ---- text ----

std::string show(Cell const& c) {
    switch (c.state) {
        case CellState::value: return std::to_string(c.value);
        case CellState::blank: return "空白";
        case CellState::not_applicable: return "不适用";
    }
    return {};
}

std::string wire(Cell const& c) {
    return c.has_value() ? std::to_string(c.value) : std::string(id(c.state));
}

std::string year_text(int y) { return std::to_string(y) + "年"; }

std::string unreadable_suffix(bool not_applicable) {
    return not_applicable ? "：含空白或不适用（/）单元格，无法核对" : "：含空白单元格，无法核对";
}

// ---- the checker ----

struct Year {
    int year = 0;
    std::vector<Report const*> reports;  // input order
    bool conflicting = false;            // several reports whose tables differ
    Report const& first() const { return *reports.front(); }
};

bool same_tables(Report const& a, Report const& b) {
    return a.format() == b.format() && detail::cell_list(a) == detail::cell_list(b);
}

class SeriesChecker {
public:
    explicit SeriesChecker(Series const& s) : s_(s) {}

    std::vector<Finding> run() && {
        std::map<int, Year> years;
        std::vector<Report const*> undated;
        for (auto const& r : s_.reports) {
            if (!r.year) {
                undated.push_back(&r);
                continue;
            }
            auto& y = years[*r.year];
            y.year = *r.year;
            y.reports.push_back(&r);
        }
        for (auto& [year, y] : years)
            for (std::size_t i = 1; i < y.reports.size(); ++i)
                if (!same_tables(*y.reports[0], *y.reports[i])) y.conflicting = true;

        Year const* prev = nullptr;
        for (auto const& [year, y] : years) {
            if (prev) pair(*prev, y);
            prev = &y;
        }
        for (auto const* r : undated) undated_report(*r);
        return std::move(out_);
    }

private:
    Series const& s_;
    std::vector<Finding> out_;

    std::string agency(Report const& r) const { return r.agency.empty() ? s_.key : r.agency; }

    Finding& add(FindingCode code, Severity severity, CellAddress const& where,
                 std::string expected, std::string actual, std::string message,
                 std::optional<int> year, std::optional<int> previous) {
        return out_.emplace_back(FindingBuilder(code, severity)
                                     .at(where)
                                     .expected(std::move(expected))
                                     .actual(std::move(actual))
                                     .message(std::move(message))
                                     .years(year, previous)
                                     .build());
    }

    void pair(Year const& a, Year const& b) {
        std::string const name = agency(b.first());
        std::string const who = name.empty() ? name : name + " ";
        if (b.year - a.year > 1) {
            std::vector<std::string> missing;
            std::string text;
            for (int y = a.year + 1; y < b.year; ++y) {
                missing.push_back(std::to_string(y));
                text += (text.empty() ? "" : "、") + std::to_string(y);
            }
            std::string ids;
            for (auto const& m : missing) ids += (ids.empty() ? "" : ",") + m;
            add(FindingCode::series_missing_year, Severity::info, CellAddress(ReportItem::year), ids,
                "",
                who + "缺少 " + text + " 年度报告（" + year_text(a.year) + "与" +
                    year_text(b.year) + "之间），这两年之间的跨年度核对未做",
                b.year, a.year);
            return;
        }
        if (a.conflicting || b.conflicting) {
            conflicting(a, b, who);
            return;
        }
        Report const& prev = a.first();
        Report const& cur = b.first();
        carry_over(prev, cur, a.year, b.year, who);
        if (prev.format() == FormatVersion::v2021 && cur.format() == FormatVersion::v2021)
            in_force(prev, cur, a.year, b.year, who);
        if (prev.format() == FormatVersion::v2019 && cur.format() == FormatVersion::v2019)
            previous_items(prev, cur, a.year, b.year, who);
    }

    // Several reports of one year that disagree: which one to check is unknown.
    void conflicting(Year const& a, Year const& b, std::string const& who) {
        Year const& dup = b.conflicting ? b : a;
        std::string const why = who + year_text(dup.year) + "有 " +
                                std::to_string(dup.reports.size()) +
                                " 份表格数据不同的报告，无法确定用哪一份与" +
                                year_text(dup.year == b.year ? a.year : b.year) + "核对";
        auto const all_of_format = [&](FormatVersion f) {
            for (auto const* y : {&a, &b})
                for (auto const* r : y->reports)
                    if (r->format() != f) return false;
            return true;
        };
        auto const note = [&](FindingCode code, TableKind table) {
            add(code, Severity::info, CellAddress(table), "", "", why, b.year, a.year).evaluable = false;
        };
        note(FindingCode::series_carry_over, TableKind::applications);
        if (all_of_format(FormatVersion::v2021))
            note(FindingCode::series_in_force, TableKind::article20);
        if (all_of_format(FormatVersion::v2019))
            note(FindingCode::series_previous_items, TableKind::article20);
    }

    // F(Y−1) = P(Y), per column.
    void carry_over(Report const& prev, Report const& cur, int py, int y, std::string const& who) {
        auto const p_name = detail::application_row_name(ApplicationRow::carried_forward);
        auto const c_name = detail::application_row_name(ApplicationRow::carried_over);
        for (auto col : all_applicant_columns()) {
            Cell const& f = cell(*find_row(prev.applications, ApplicationRow::carried_forward), col);
            Cell const& p = cell(*find_row(cur.applications, ApplicationRow::carried_over), col);
            std::string const where = who + std::string(label(col)) + "列：";
            std::string const column(id(col));
            std::string_view const row = id(ApplicationRow::carried_over);
            CellAddress const at(ApplicationRow::carried_over, col);
            if (!f.has_value() || !p.has_value()) {
                bool const na = f.state == CellState::not_applicable ||
                                p.state == CellState::not_applicable;
                add(FindingCode::series_carry_over, Severity::info, at, wire(f), wire(p),
                    where + year_text(py) + p_name + " " + show(f) + " 与 " + year_text(y) +
                        c_name + " " + show(p) + unreadable_suffix(na),
                    y, py)
                    .evaluable = false;
                continue;
            }
            if (f.value == p.value) continue;
            Finding& found = add(
                FindingCode::series_carry_over, Severity::error, at, wire(f), wire(p),
                where + year_text(py) + p_name + " " + show(f) + "，但" + year_text(y) + c_name +
                    " " + show(p) + "，上年结转应等于上一年度的结转下年度",
                y, py);
            // Either year's cell inferred by the parser: the difference may be the reader's.
            std::string why = detail::cell_in_doubt(prev, TableKind::applications,
                                                    id(ApplicationRow::carried_forward), column);
            if (why.empty())
                why = detail::cell_in_doubt(cur, TableKind::applications, row, column);
            if (!why.empty()) detail::mark_in_doubt(found, why);
        }
    }

    // A checked relationship between Article 20 cells: expected = a + sign*b, actual = c.
    struct Term {
        std::string name;
        Cell cell;
    };

    static bool all_not_applicable(std::vector<Term> const& terms) {
        return std::all_of(terms.begin(), terms.end(), [](Term const& t) {
            return t.cell.state == CellState::not_applicable;
        });
    }

    // actual = terms[0] + terms[1] - terms[2] … per the signs; terms.back() is the actual value.
    void article20_rule(FindingCode code, Article20Row row, Article20Column column,
                        std::vector<Term> const& addends, std::vector<int> const& signs,
                        Term const& actual, std::string const& where, int py, int y) {
        std::vector<Term> all = addends;
        all.push_back(actual);
        if (all_not_applicable(all)) return;  // the row does not apply to this agency
        std::string expr;
        for (std::size_t i = 0; i < addends.size(); ++i) {
            if (i) expr += signs[i] < 0 ? " − " : " + ";
            expr += addends[i].name + " " + show(addends[i].cell);
        }
        bool readable = std::all_of(all.begin(), all.end(),
                                    [](Term const& t) { return t.cell.has_value(); });
        detail::CheckedSum checked;
        for (std::size_t i = 0; readable && i < addends.size(); ++i) {
            if (signs[i] < 0) checked.subtract(addends[i].cell.value);
            else checked.add(addends[i].cell.value);
        }
        bool const overflow = checked.overflowed();
        std::int64_t const sum = checked.value().value_or(0);
        CellAddress const at(row, column);
        if (!readable || overflow) {
            bool const na = std::any_of(all.begin(), all.end(), [](Term const& t) {
                return t.cell.state == CellState::not_applicable;
            });
            add(code, Severity::info, at,
                readable ? std::string() : std::string(id(CellState::blank)), wire(actual.cell),
                where + expr + " 与 " + actual.name + " " + show(actual.cell) +
                    (overflow ? "：数值超出范围，无法核对" : unreadable_suffix(na)),
                y, py)
                .evaluable = false;
            return;
        }
        if (sum == actual.cell.value) return;
        add(code, Severity::warning, at, std::to_string(sum),
            wire(actual.cell),
            where + expr + " = " + std::to_string(sum) + "，但" + actual.name + " " +
                show(actual.cell),
            y, py);
    }

    // 2021: in_force(Y) = in_force(Y−1) + issued(Y) − repealed(Y).
    void in_force(Report const& prev, Report const& cur, int py, int y, std::string const& who) {
        auto const& a = std::get<Article20v2021>(prev.article20);
        auto const& b = std::get<Article20v2021>(cur.article20);
        using C = Article20Column;
        for (auto row : {Article20Row::regulations, Article20Row::normative_documents}) {
            auto const& pr = row == Article20Row::regulations ? a.regulations : a.normative_documents;
            auto const& cr = row == Article20Row::regulations ? b.regulations : b.normative_documents;
            auto const f = FormatVersion::v2021;
            auto const name = [&](int year, C c) {
                return year_text(year) + std::string(label(c, f, row));
            };
            article20_rule(FindingCode::series_in_force, row, C::in_force,
                           {{name(py, C::in_force), pr.in_force},
                            {name(y, C::issued), cr.issued},
                            {name(y, C::repealed), cr.repealed}},
                           {1, 1, -1}, {name(y, C::in_force), cr.in_force},
                           who + std::string(label(row, f)) + "：", py, y);
        }
    }

    // 2019: previous_items(Y) = previous_items(Y−1) + change(Y−1).
    void previous_items(Report const& prev, Report const& cur, int py, int y,
                        std::string const& who) {
        auto const& a = std::get<Article20v2019>(prev.article20);
        auto const& b = std::get<Article20v2019>(cur.article20);
        using C = Article20Column;
        using Row = Article20Row;
        auto const f = FormatVersion::v2019;
        auto const check = [&](Row row, Cell const& p_items, Cell const& p_change,
                               Cell const& c_items) {
            auto const name = [&](int year, C c) {
                return year_text(year) + std::string(label(c, f, row));
            };
            article20_rule(FindingCode::series_previous_items, row, C::previous_items,
                           {{name(py, C::previous_items), p_items}, {name(py, C::change), p_change}},
                           {1, 1}, {name(y, C::previous_items), c_items},
                           who + std::string(label(row, f)) + "：", py, y);
        };
        check(Row::licensing, a.licensing.previous_items, a.licensing.change,
              b.licensing.previous_items);
        check(Row::other_services, a.other_services.previous_items, a.other_services.change,
              b.other_services.previous_items);
        check(Row::penalty, a.penalty.previous_items, a.penalty.change, b.penalty.previous_items);
        check(Row::coercion, a.coercion.previous_items, a.coercion.change,
              b.coercion.previous_items);
        check(Row::fees, a.fees.previous_items, a.fees.change, b.fees.previous_items);
    }

    void undated_report(Report const& r) {
        std::string what = !r.title.empty() ? "《" + r.title + "》" : std::string();
        if (!r.source.empty())
            what += "（" + r.source +
                    (r.first_line ? " 第 " + std::to_string(r.first_line) + " 行起" : "") + "）";
        std::string const name = agency(r);
        add(FindingCode::report_year_missing, Severity::info, CellAddress(ReportItem::year), "",
            "", (name.empty() ? name : name + " ") + "一份报告" + what + "年度不明，未纳入跨年度核对",
            std::nullopt, std::nullopt)
            .evaluable = false;
    }
};

void sort_by_year(std::vector<Report>& reports) {
    std::stable_sort(reports.begin(), reports.end(), [](Report const& a, Report const& b) {
        if (!a.year || !b.year) return a.year.has_value() && !b.year.has_value();
        return *a.year < *b.year;
    });
}

}  // namespace

std::string agency_key(std::string_view agency) {
    std::string out;
    out.reserve(agency.size());
    std::size_t i = 0;
    while (i < agency.size()) {
        std::size_t const start = i;
        // A byte that starts no character is kept as it is, so the key never loses input.
        auto const decoded = try_next_code_point(agency, i);
        if (!decoded) {
            out += agency[start];
            continue;
        }
        char32_t cp = *decoded;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII
        if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
        if (dropped(cp)) continue;
        append_utf8(out, cp);
    }
    return out;
}

std::vector<Series> group_series(std::vector<Report> reports, SeriesKey const& key) {
    std::vector<Series> out;
    std::unordered_map<std::string, std::size_t> index;
    for (auto& r : reports) {
        std::string k = key ? key(r) : agency_key(r.agency);
        if (k.empty()) {
            out.push_back(Series{{}, {}});
            out.back().reports.push_back(std::move(r));
            continue;
        }
        auto [it, inserted] = index.try_emplace(k, out.size());
        if (inserted) out.push_back(Series{std::move(k), {}});
        out[it->second].reports.push_back(std::move(r));
    }
    for (auto& s : out) sort_by_year(s.reports);
    return out;
}

Series make_series(std::vector<Report> reports, std::string key) {
    if (key.empty())
        for (auto const& r : reports)
            if (auto k = agency_key(r.agency); !k.empty()) {
                key = std::move(k);
                break;
            }
    sort_by_year(reports);
    return Series{std::move(key), std::move(reports)};
}

std::vector<Finding> validate_series(Series const& series) {
    return SeriesChecker(series).run();
}

}  // namespace govinfo
