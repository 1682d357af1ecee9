// Glued rows a report's own identities left undecided, settled by the neighbouring years of its
// series (docs/series.md, "Deciding glued rows by neighbouring years").
#include "govinfo/series.hpp"

#include <algorithm>
#include <functional>
#include <span>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/provenance.hpp"
#include "govinfo/taxonomy.hpp"
#include "parse/evidence.hpp"
#include "parse/glued.hpp"
#include "parse/split_digits.hpp"

namespace govinfo {
namespace {

using detail::CountSplit;

// The one report of `year` in `format`; none when there is no such report or several.
Report const* only_report(Series const& s, int year, FormatVersion format) {
    Report const* found = nullptr;
    for (auto const& r : s.reports) {
        if (r.year != year || r.format() != format) continue;
        if (found) return nullptr;
        found = &r;
    }
    return found;
}

std::optional<std::int64_t> count(Report const& r, Article20Row row, Article20Column c) {
    auto const ref = article20_cell(r.article20, row, c);
    if (!ref) return std::nullopt;
    if (auto const* cell = std::get_if<Cell const*>(&*ref)) return (*cell)->get();
    return std::nullopt;
}

std::optional<std::int64_t> in(CountSplit const& split, std::span<Article20Column const> cols,
                               Article20Column c) {
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (cols[i] == c) return split[i];
    return std::nullopt;
}

struct Evidence {
    std::function<bool(CountSplit const&)> agrees;
    std::string text;
};

// What the neighbouring years say about a split of `row` in report `r` (see series.hpp).
std::vector<Evidence> neighbours_say(Series const& s, Report const& r, Article20Row row) {
    std::vector<Evidence> out;
    FormatVersion const f = r.format();
    auto const cols = article20_columns(f, row);
    Report const* before = only_report(s, *r.year - 1, f);
    Report const* after = only_report(s, *r.year + 1, f);
    auto const year = [](Report const* n) { return std::to_string(*n->year) + "年"; };
    using C = Article20Column;
    if (f == FormatVersion::v2021 &&
        (row == Article20Row::regulations || row == Article20Row::normative_documents)) {
        if (before)
            if (auto const prev = count(*before, row, C::in_force))
                out.push_back({[=](CountSplit const& x) {
                                   return *prev + *in(x, cols, C::issued) - *in(x, cols, C::repealed) ==
                                          *in(x, cols, C::in_force);
                               },
                               year(before) + "现行有效" + std::to_string(*prev) + "件"});
        if (after) {
            auto const issued = count(*after, row, C::issued);
            auto const repealed = count(*after, row, C::repealed);
            auto const now = count(*after, row, C::in_force);
            if (issued && repealed && now)
                out.push_back({[=](CountSplit const& x) {
                                   return *in(x, cols, C::in_force) + *issued - *repealed == *now;
                               },
                               year(after) + "制发" + std::to_string(*issued) + "、废止" +
                                   std::to_string(*repealed) + "、现行有效" + std::to_string(*now) + "件"});
        }
    }
    auto const has = [&](C c) { return std::find(cols.begin(), cols.end(), c) != cols.end(); };
    if (f == FormatVersion::v2019 && has(C::previous_items) && has(C::change)) {
        if (before) {
            auto const items = count(*before, row, C::previous_items);
            auto const change = count(*before, row, C::change);
            if (items && change)
                out.push_back({[=](CountSplit const& x) {
                                   return *items + *change == *in(x, cols, C::previous_items);
                               },
                               year(before) + "上一年项目数量" + std::to_string(*items) + "、本年增/减" +
                                   std::to_string(*change)});
        }
        if (after)
            if (auto const next = count(*after, row, C::previous_items))
                out.push_back({[=](CountSplit const& x) {
                                   return *in(x, cols, C::previous_items) + *in(x, cols, C::change) == *next;
                               },
                               year(after) + "上一年项目数量" + std::to_string(*next)});
    }
    return out;
}

// Decides the row of finding `f` in `r` when the neighbours leave one split; true if it did.
bool decide(Series& s, Report& r, Finding& f) {
    auto const row = try_from_id<Article20Row>(f.row);
    if (!row) return false;
    FormatVersion const format = r.format();
    auto const splits = detail::article20_count_splits(f.actual, format, *row);
    if (!splits || splits->size() < 2) return false;
    std::vector<Evidence> const evidence = neighbours_say(s, r, *row);
    auto const pick = detail::pick_candidate(splits->size(), evidence.size(),
                                             [&](std::size_t k, std::size_t e) {
                                                 return evidence[e].agrees((*splits)[k]);
                                             });
    if (!pick) return false;
    auto const cols = article20_columns(format, *row);
    CountSplit const& chosen = (*splits)[pick->candidate];
    detail::EvidenceChoice choice;
    choice.row = *row;
    choice.columns.assign(cols.begin(), cols.end());
    choice.row_label = std::string(label(*row, format));
    choice.digits = f.actual;
    for (auto const& x : *splits) choice.candidates.push_back(detail::format_split(x));
    choice.chosen = detail::format_split(chosen);
    choice.source = detail::EvidenceChoice::Source::neighbouring_years;
    for (auto const e : pick->used)
        choice.evidence += (choice.evidence.empty() ? "" : "；") + evidence[e].text;
    choice.line = f.line;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        auto const ref = article20_cell(r.article20, *row, cols[i]);
        if (auto* const* cell = ref ? std::get_if<Cell*>(&*ref) : nullptr) {
            **cell = Cell::of(chosen[i]);
            r.provenance.push_back({TableKind::article20, std::string(id(*row)),
                                    std::string(id(cols[i])), CellOrigin::chosen_by_evidence,
                                    "数字“" + choice.digits + "”有 " +
                                        std::to_string(choice.candidates.size()) +
                                        " 种拆分，相邻年度选定 " + choice.chosen + "：" +
                                        choice.evidence});
        }
    }
    Finding decided = detail::choice_finding(choice);
    decided.page = f.page;
    decided.box = f.box;
    f = std::move(decided);
    return true;
}

}  // namespace

std::size_t resolve_by_neighbouring_years(Series& series) {
    std::size_t decided = 0;
    // A row decided in one year may be the evidence for its neighbour: go on while rows fall.
    for (bool progress = true; progress;) {
        progress = false;
        for (Report& r : series.reports) {
            if (!r.year) continue;
            for (Finding& f : r.diagnostics) {
                if (f.code != FindingCode::parse_uncertain_cells || f.severity != Severity::warning ||
                    f.table != TableKind::article20)
                    continue;
                if (decide(series, r, f)) {
                    ++decided;
                    progress = true;
                }
            }
        }
    }
    return decided;
}

std::size_t resolve_by_neighbouring_years(std::vector<Report>& reports, SeriesKey const& key) {
    std::vector<std::string> order;
    std::unordered_map<std::string, std::vector<std::size_t>> members;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        std::string k = key ? key(reports[i]) : agency_key(reports[i].agency);
        if (k.empty()) continue;  // an unnamed agency matches nothing
        auto [it, fresh] = members.try_emplace(k);
        if (fresh) order.push_back(std::move(k));
        it->second.push_back(i);
    }
    std::size_t decided = 0;
    for (auto const& k : order) {
        auto& idx = members[k];
        if (idx.size() < 2) continue;
        // The series' order (make_series): by year, stable, reports without a year last.
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
            auto const& ya = reports[a].year;
            auto const& yb = reports[b].year;
            return ya && (!yb || *ya < *yb);
        });
        Series series{k, {}};
        for (auto i : idx) series.reports.push_back(reports[i]);
        std::size_t const n = resolve_by_neighbouring_years(series);
        if (n == 0) continue;
        decided += n;
        for (std::size_t j = 0; j < idx.size(); ++j) reports[idx[j]] = std::move(series.reports[j]);
    }
    return decided;
}

}  // namespace govinfo
