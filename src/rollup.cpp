// Rollups: reports of one year and format summed cell by cell, and a published report compared
// with such a sum (docs/series.md).
#include "govinfo/rollup.hpp"

#include <algorithm>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "cell_list.hpp"
#include "count_sum.hpp"
#include "money_arithmetic.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/cell_address.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/labels.hpp"

namespace govinfo {
namespace {

// "report 2 (聊城市大数据局, seeds/000.txt:12)"; parts that are unknown are left out.
std::string describe(std::vector<Report> const& reports, std::size_t i) {
    Report const& r = reports[i];
    std::string s = "report " + std::to_string(i + 1);
    std::string detail = r.agency;
    if (!r.source.empty()) {
        if (!detail.empty()) detail += ", ";
        detail += r.source;
        if (r.first_line) detail += ":" + std::to_string(r.first_line);
    }
    if (!detail.empty()) s += " (" + detail + ")";
    return s;
}

Error refuse(ErrorCode code, std::string message) {
    Error e;
    e.code = code;
    e.message = std::move(message);
    return e;
}


std::string money_text(Money const& m) { return m.amount.to_string() + std::string(label(m.unit)); }

std::string wire(Cell const& c) {
    return c.has_value() ? std::to_string(c.value) : std::string(id(c.state));
}
std::string wire(MoneyCell const& c) {
    return c.has_value() ? money_text(c.money) : std::string(id(c.state));
}

std::string show_state(CellState s) {
    return s == CellState::blank ? "空白" : s == CellState::not_applicable ? "不适用（/）" : "";
}

// ---- lining up ----

// The cells of reports are walked in step (cell_list order). A 2021 table may also hold the
// single （六）其他处理 row its report printed (taxonomy.hpp): seven cells more. When one report
// holds it, every report is given the row (blank where it was not printed) so the cells line up.
bool holds_single_other(Report const& r) {
    return r.format() == FormatVersion::v2021 && r.applications.other_handling.has_value();
}
void give_single_other(Report& r) {
    if (r.format() == FormatVersion::v2021 && !r.applications.other_handling)
        r.applications.other_handling.emplace();
}

// A 2019 table may hold the provincial row 其他主动公开文件 (article20.hpp). It is not
// statutory, so a rollup neither sums it nor lets it shift the cells after it.
bool holds_other_documents(Report const& r) {
    auto const* a = std::get_if<Article20v2019>(&r.article20);
    return a && a->other_documents.has_value();
}
void drop_other_documents(Report& r) {
    if (auto* a = std::get_if<Article20v2019>(&r.article20)) a->other_documents.reset();
}

// ---- summing ----

class Summer {
public:
    Summer(std::vector<Report> const& reports, FormatVersion format)
        : reports_(reports), format_(format) {
        for (auto const& r : reports) lists_.push_back(detail::cell_list(r));
    }

    // Fills every cell of `out`; returns an error when a sum overflows.
    std::optional<Error> fill(Report& out) {
        std::size_t index = 0;
        for_each_cell(out, [&](TableKind t, std::string_view row, std::string_view col, auto& c) {
            if (error_) return;
            using C = std::remove_cvref_t<decltype(c)>;
            std::vector<C const*> in;
            for (auto const& list : lists_) in.push_back(&std::get<C>(list[index].cell));
            ++index;
            c = sum(in, t, row, col, out);
        });
        return error_;
    }

private:
    std::vector<Report> const& reports_;
    FormatVersion format_;
    std::vector<std::vector<detail::CellEntry>> lists_;
    std::optional<Error> error_;

    template <class C>
    static std::optional<CellState> propagated_state(std::vector<C const*> const& in,
                                                     bool& mixed_not_applicable) {
        auto const count = [&](CellState s) {
            return std::count_if(in.begin(), in.end(), [s](C const* c) { return c->state == s; });
        };
        mixed_not_applicable = false;
        if (count(CellState::blank) > 0) return CellState::blank;
        auto const na = count(CellState::not_applicable);
        if (na == static_cast<std::ptrdiff_t>(in.size())) return CellState::not_applicable;
        if (na > 0) {
            mixed_not_applicable = true;
            return CellState::blank;
        }
        return std::nullopt;
    }

    void note(Report& out, TableKind t, std::string_view row, std::string_view col,
              std::string actual, std::string why) {
        out.diagnostics.push_back(
            FindingBuilder(FindingCode::rollup_mismatch, Severity::info)
                .not_evaluable()
                .at(CellAddress::from_ids(t, row, col))
                .actual(std::move(actual))
                .message(detail::cell_name(format_, t, row, col) + "：" + std::move(why))
                .years(out.year)
                .build());
    }

    void not_applicable_note(Report& out, TableKind t, std::string_view row, std::string_view col,
                             std::size_t na) {
        note(out, t, row, col, "not_applicable: " + std::to_string(na),
             std::to_string(reports_.size()) + " 份报告中有 " + std::to_string(na) +
                 " 份填写“/”（不适用），其余为数字，合计无法确定，留空");
    }

    void overflow(TableKind t, std::string_view row, std::string_view col) {
        error_ = refuse(ErrorCode::rollup_overflow,
                        "the sum of " + std::string(id(t)) + "/" + std::string(row) + "/" +
                            std::string(col) + " does not fit in 64 bits");
    }

    Cell sum(std::vector<Cell const*> const& in, TableKind t, std::string_view row,
             std::string_view col, Report& out) {
        bool mixed = false;
        if (auto const s = propagated_state(in, mixed)) {
            if (mixed)
                not_applicable_note(out, t, row, col,
                                    static_cast<std::size_t>(std::count_if(
                                        in.begin(), in.end(), [](Cell const* c) {
                                            return c->state == CellState::not_applicable;
                                        })));
            return Cell{*s, 0};
        }
        detail::CheckedSum total;
        for (auto const* c : in) total.add(c->value);
        if (total.overflowed()) {
            overflow(t, row, col);
            return Cell::blank();
        }
        return Cell::of(*total.value());
    }

    MoneyCell sum(std::vector<MoneyCell const*> const& in, TableKind t, std::string_view row,
                  std::string_view col, Report& out) {
        bool mixed = false;
        if (auto const s = propagated_state(in, mixed)) {
            if (mixed)
                not_applicable_note(out, t, row, col,
                                    static_cast<std::size_t>(std::count_if(
                                        in.begin(), in.end(), [](MoneyCell const* c) {
                                            return c->state == CellState::not_applicable;
                                        })));
            MoneyCell c;
            c.state = *s;
            return c;
        }
        std::size_t nonzero = 0, unknown_nonzero = 0;
        bool wan = false, yuan = false;
        for (auto const* c : in) {
            bool const zero = c->money.amount.units == 0;
            nonzero += zero ? 0 : 1;
            if (c->money.unit == MoneyUnit::unknown) unknown_nonzero += zero ? 0 : 1;
            wan = wan || c->money.unit == MoneyUnit::wan_yuan;
            yuan = yuan || c->money.unit == MoneyUnit::yuan;
        }
        if (unknown_nonzero > 0 && nonzero > 1) {
            note(out, t, row, col, "unknown unit: " + std::to_string(unknown_nonzero),
                 std::to_string(nonzero) + " 个非零金额中有 " + std::to_string(unknown_nonzero) +
                     " 个未注明单位，无法相加，合计留空");
            return MoneyCell::blank();
        }
        MoneyUnit const unit = unknown_nonzero > 0 ? MoneyUnit::unknown
                               : wan                ? MoneyUnit::wan_yuan
                               : yuan               ? MoneyUnit::yuan
                                                    : MoneyUnit::unknown;
        Decimal total;
        for (auto const* c : in) {
            std::optional<Decimal> amount = c->money.amount;
            if (unit == MoneyUnit::wan_yuan && c->money.unit == MoneyUnit::yuan)
                amount = detail::yuan_to_wan(c->money.amount);
            if (amount) amount = add(total, *amount);
            if (!amount) {
                overflow(t, row, col);
                return MoneyCell::blank();
            }
            total = *amount;
        }
        return MoneyCell::of(total, unit);
    }
};

// ---- comparing ----

// Money of two cells as comparable decimals: both in 万元 when one is 万元 and the other 元.
// nullopt when the units cannot be reconciled (a known and an unknown unit).
std::optional<std::strong_ordering> compare_money(Money const& a, Money const& b) {
    if (a.unit == b.unit) return compare_value(a.amount, b.amount);
    if (a.unit == MoneyUnit::unknown || b.unit == MoneyUnit::unknown) {
        if (compare_value(a.amount, b.amount) == 0) return std::strong_ordering::equal;
        return std::nullopt;
    }
    auto const x = a.unit == MoneyUnit::yuan ? detail::yuan_to_wan(a.amount) : a.amount;
    auto const y = b.unit == MoneyUnit::yuan ? detail::yuan_to_wan(b.amount) : b.amount;
    if (!x || !y) return std::nullopt;
    return compare_value(*x, *y);
}

class Comparer {
public:
    Comparer(Report const& published, Report const& sum)
        : published_(published), sum_(sum), format_(sum.format()) {}

    std::vector<Finding> run() && {
        if (published_.format() != sum_.format()) {
            whole(ReportItem::format, std::string(id(sum_.format())),
                  std::string(id(published_.format())),
                  "公布的报告采用" + std::string(id(published_.format())) +
                      "年版表格，合计采用" + std::string(id(sum_.format())) +
                      "年版表格，无法逐格核对");
            return std::move(out_);
        }
        if (published_.year && sum_.year && *published_.year != *sum_.year) {
            whole(ReportItem::year, std::to_string(*sum_.year), std::to_string(*published_.year),
                  "公布的报告为" + std::to_string(*published_.year) + "年度，合计为" +
                      std::to_string(*sum_.year) + "年度，无法逐格核对");
            return std::move(out_);
        }
        auto const published = detail::cell_list(published_);
        auto const sum = detail::cell_list(sum_);
        for (std::size_t i = 0; i < sum.size() && i < published.size(); ++i)
            std::visit(
                [&](auto const& s) {
                    using C = std::remove_cvref_t<decltype(s)>;
                    compare(sum[i], s, std::get<C>(published[i].cell));
                },
                sum[i].cell);
        return std::move(out_);
    }

private:
    Report const& published_;
    Report const& sum_;
    FormatVersion format_;
    std::vector<Finding> out_;

    Finding& add(Severity severity, CellAddress const& where, std::string expected,
                 std::string actual, std::string message) {
        return out_.emplace_back(FindingBuilder(FindingCode::rollup_mismatch, severity)
                                     .at(where)
                                     .expected(std::move(expected))
                                     .actual(std::move(actual))
                                     .message(std::move(message))
                                     .years(published_.year ? published_.year : sum_.year)
                                     .build());
    }

    void whole(ReportItem item, std::string expected, std::string actual, std::string message) {
        add(Severity::info, CellAddress(item), std::move(expected), std::move(actual),
            std::move(message))
            .evaluable = false;
    }

    static std::string show(Cell const& c) {
        return c.has_value() ? std::to_string(c.value) : show_state(c.state);
    }
    static std::string show(MoneyCell const& c) {
        return c.has_value() ? money_text(c.money) : show_state(c.state);
    }

    static std::optional<std::strong_ordering> order(Cell const& a, Cell const& b) {
        return a.value <=> b.value;
    }
    static std::optional<std::strong_ordering> order(MoneyCell const& a, MoneyCell const& b) {
        return compare_money(a.money, b.money);
    }

    template <class C>
    void compare(detail::CellEntry const& where, C const& sum, C const& published) {
        std::string const name = detail::cell_name(format_, where.table, where.row, where.column);
        CellAddress const at = CellAddress::from_ids(where.table, where.row, where.column);
        if (!sum.has_value()) {
            if (!published.has_value()) return;
            add(Severity::info, at, wire(sum), wire(published),
                name + "：各报告合计" + show(sum) + "（输入含空白、“/”或无法相加的金额），公布的值 " +
                    show(published) + " 无法核对")
                .evaluable = false;
            return;
        }
        if (published.has_value()) {
            auto const o = order(sum, published);
            if (!o) {
                add(Severity::info, at, wire(sum), wire(published),
                    name + "：各报告合计 " + show(sum) + "，公布的值 " + show(published) +
                        "，金额单位不明，无法核对")
                    .evaluable = false;
                return;
            }
            if (*o == 0) return;
        }
        add(Severity::warning, at, wire(sum), wire(published),
            name + "：各报告合计 " + show(sum) + "，但公布的报告为 " + show(published));
    }
};

}  // namespace

Result<Report> try_rollup(std::vector<Report> const& reports, std::string agency) {
    if (reports.empty()) return refuse(ErrorCode::no_report, "no reports to sum");
    Report const& first = reports.front();
    for (std::size_t i = 0; i < reports.size(); ++i) {
        Report const& r = reports[i];
        if (!r.year)
            return refuse(ErrorCode::rollup_mixed,
                          describe(reports, i) +
                              " has no year; a rollup sums reports of one year");
        if (r.format() != first.format())
            return refuse(ErrorCode::rollup_mixed,
                          describe(reports, i) + " is in the " +
                              std::string(id(r.format())) + " format but " + describe(reports, 0) +
                              " is in the " + std::string(id(first.format())) +
                              " format; a rollup sums reports of one format");
        if (*r.year != *first.year)
            return refuse(ErrorCode::rollup_mixed,
                          describe(reports, i) + " is for " +
                              std::to_string(*r.year) + " but " + describe(reports, 0) +
                              " is for " + std::to_string(*first.year) +
                              "; a rollup sums reports of one year");
    }
    Report out = Report::blank(first.format());
    out.agency = std::move(agency);
    out.year = first.year;
    std::vector<Report> aligned;
    if (std::any_of(reports.begin(), reports.end(), holds_single_other) ||
        std::any_of(reports.begin(), reports.end(), holds_other_documents)) {
        aligned = reports;
        for (auto& r : aligned) {
            give_single_other(r);
            drop_other_documents(r);
        }
        if (std::any_of(reports.begin(), reports.end(), holds_single_other))
            give_single_other(out);
    }
    if (auto error = Summer(aligned.empty() ? reports : aligned, first.format()).fill(out))
        return std::move(*error);
    return out;
}

Report rollup(std::vector<Report> const& reports, std::string agency) {
    return try_rollup(reports, std::move(agency)).value();
}

std::vector<Finding> compare_rollup(Report const& published, Report const& rollup) {
    if (holds_single_other(published) != holds_single_other(rollup) ||
        holds_other_documents(published) || holds_other_documents(rollup)) {
        Report p = published, r = rollup;
        if (holds_single_other(published) != holds_single_other(rollup)) {
            give_single_other(p);
            give_single_other(r);
        }
        drop_other_documents(p);
        drop_other_documents(r);
        return Comparer(p, r).run();
    }
    return Comparer(published, rollup).run();
}

}  // namespace govinfo
