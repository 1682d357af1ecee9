// The rules of docs/rules.md. Every check runs; every finding is returned.
//
// Blank and not-applicable cells are never read as 0. A sum check with such an input is not
// evaluable: it is reported at severity info with evaluable == false. The blank or "/" cells
// themselves are reported once per row (application table) or group (review table) by the
// *_blank_cells and cell_not_applicable rules.
#include "govinfo/validate.hpp"

#include <boost/container/static_vector.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <charconv>
#include <memory>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "govinfo/cell_address.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/finding_builder.hpp"
#include "govinfo/taxonomy.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "checks.hpp"
#include "count_sum.hpp"
#include "reading_doubt.hpp"

namespace govinfo {
namespace {

using R = ApplicationRow;

// ---- text ----

// Short text held inline, for the pieces of a message: a number (as std::to_string writes it) or
// a view of static text. Messages are built with append(), which grows the string once.
class Piece {
public:
    explicit Piece(std::int64_t v) noexcept
        : n_(static_cast<std::size_t>(std::to_chars(buf_, buf_ + sizeof buf_, v).ptr - buf_)) {}
    explicit Piece(std::string_view fixed) noexcept : fixed_(fixed) {}
    operator std::string_view() const noexcept {
        return fixed_.data() ? fixed_ : std::string_view(buf_, n_);
    }

private:
    char buf_[24];
    std::size_t n_ = 0;
    std::string_view fixed_;
};

// Appends the pieces (anything a std::string_view is made from) to `out`.
template <class... P>
void append(std::string& out, P const&... pieces) {
    std::string_view const views[] = {std::string_view(pieces)...};
    std::size_t n = out.size();
    for (auto v : views) n += v.size();
    if (n > out.capacity()) out.reserve(std::max(n, 2 * out.capacity()));
    for (auto v : views) out += v;
}

// A message begun with room for what most messages need (a row sum over six blank cells with
// the not-evaluable note is some 250 bytes).
std::string message_buffer() {
    std::string out;
    out.reserve(320);
    return out;
}

Piece show(Cell const& c) {
    switch (c.state) {
        case CellState::value: return Piece(c.value);
        case CellState::blank: return Piece(std::string_view("空白"));
        case CellState::not_applicable: return Piece(std::string_view("不适用"));
    }
    return Piece(std::string_view(""));
}

// The machine form of a cell for Finding::expected/actual: the number, "blank" or
// "not_applicable".
std::string wire(Cell const& c) {
    return c.has_value() ? std::to_string(c.value) : std::string(id(c.state));
}

// Names of the enumerators of E computed once by `name`, so messages read them as views.
template <class E, class F>
std::array<std::string, boost::mp11::mp_size<boost::describe::describe_enumerators<E>>::value>
names_of(F name) {
    std::array<std::string, boost::mp11::mp_size<boost::describe::describe_enumerators<E>>::value> out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto e) {
        auto const i = static_cast<std::size_t>(e.value);
        if (i < out.size()) out[i] = name(e.value);
    });
    return out;
}

// Short names of application rows for messages: the row label with its group prefix where the
// bare label is ambiguous ("（三）不予公开/1.属于国家秘密"), and the long official labels of
// 一、二、（二） and 四 cut to their first words.
std::string make_row_name(ApplicationRow r) {
    switch (r) {
        case R::new_received: return "一、本年新收";
        case R::carried_over: return "二、上年结转";
        case R::partially_disclosed: return "（二）部分公开";
        case R::carried_forward: return "四、结转下年度";
        case R::disclosed:
        case R::other_handling:
        case R::outcome_total: return std::string(label(r));
        default: break;
    }
    auto const g = group_of(r);
    return g ? std::string(label(*g)) + "/" + std::string(label(r)) : std::string(label(r));
}

// The names the application table's messages use, computed once: label() and id() look
// through tables of their own, and the rules below ask for them a thousand times per report.
struct ApplicationNames {
    static constexpr std::size_t rows = boost::mp11::mp_size<boost::describe::describe_enumerators<ApplicationRow>>::value;
    static constexpr std::size_t columns = boost::mp11::mp_size<boost::describe::describe_enumerators<ApplicantColumn>>::value;
    std::array<std::string, rows> row_name;
    std::array<std::string_view, columns> column_label;
    std::array<Cell ApplicantRow::*, columns> column_member{};  // the cell cell() returns

    static ApplicationNames const& get() {
        static ApplicationNames const names;
        return names;
    }

private:
    ApplicationNames() {
        row_name = names_of<ApplicationRow>(make_row_name);
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<ApplicantColumn>>([&](auto e) {
            auto const i = static_cast<std::size_t>(e.value);
            if (i < columns) {
                column_label[i] = label(e.value);
                boost::mp11::mp_for_each<boost::describe::describe_members<
                    ApplicantRow, boost::describe::mod_public>>([&](auto m) {
                    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(std::declval<ApplicantRow&>().*m.pointer)>, Cell>)
                        if (std::string_view(m.name) == e.name) column_member[i] = m.pointer;
                });
            }
        });
    }
};

std::string_view review_group_name(ReviewGroup g) {
    static auto const names = names_of<ReviewGroup>([](ReviewGroup x) {
        return x == ReviewGroup::review ? std::string(label(x))
                                        : "行政诉讼/" + std::string(label(x));
    });
    return names[static_cast<std::size_t>(g)];
}

// ---- sums ----

struct Term {
    std::string_view name;  // label shown in the message
    Cell cell;
};

// Short lists kept on the stack: the terms of a sum and the cells of a row. A sum never has more
// terms than the application table has rows, a row never more cells than the widest table has
// columns; boost::container::static_vector fails loudly past its capacity (it throws) where the
// hand-written list it replaces silently dropped items.
inline constexpr std::size_t max_row_cells =
    std::max({described::enumerator_values<ApplicantColumn>.size(),
              described::enumerator_values<Article20Column>.size(),
              described::enumerator_values<ReviewColumn>.size()});
using Terms = boost::container::static_vector<Term, described::enumerator_values<ApplicationRow>.size()>;

// A cell of a row or group with its address.
struct NamedCell {
    CellAddress cell;
    Term term;
};
using RowCells = boost::container::static_vector<NamedCell, max_row_cells>;

// The sum of the terms, or nullopt when one of them holds no number or the sum does not fit in
// 64 bits (`overflow`; only counts set by a caller or read from JSON get there, the parser keeps
// them within max_count). A check with such a sum is not evaluable: it is never compared.
struct Sum {
    std::optional<std::int64_t> value;
    bool overflow = false;
};

template <class Ts>
Sum sum_of(Ts const& terms) {
    detail::CheckedSum s;
    for (auto const& t : terms) {
        if (!t.cell.has_value()) return {};
        s.add(t.cell.value);
    }
    return {s.value(), s.overflowed()};
}

// Appends "自然人 3 + 商业企业 空白" or, without names, "3 + 空白".
template <class Ts>
void append_expression(std::string& out, Ts const& terms, bool with_names) {
    bool first = true;
    for (auto const& t : terms) {
        if (!first) out += " + ";
        first = false;
        if (with_names) append(out, t.name, " ", show(t.cell));
        else append(out, show(t.cell));
    }
}

std::string sum_text(Sum const& s) {
    return s.value ? std::to_string(*s.value) : s.overflow ? "overflow" : "blank";
}

template <class Ts>
bool any_not_applicable(Ts const& terms) {
    return std::any_of(terms.begin(), terms.end(),
                       [](Term const& t) { return t.cell.state == CellState::not_applicable; });
}

template <class Ts>
bool any_value(Ts const& terms) {
    return std::any_of(terms.begin(), terms.end(), [](Term const& t) { return t.cell.has_value(); });
}

class Checker {
public:
    Checker(Report const& r, std::vector<Finding>& out)
        : r_(r), format_(r.format()), names_(ApplicationNames::get()), out_(out) {}

    void run() && {
        applications();
        review();
        article20();
        negatives();
        period();
    }

private:
    Report const& r_;
    FormatVersion format_;
    ApplicationNames const& names_;
    std::vector<Finding>& out_;
    // The application table's cells by row and column, found once (null for rows the table
    // lacks).
    std::array<std::array<Cell const*, ApplicationNames::columns>, ApplicationNames::rows> grid_{};

    Finding& add(FindingCode code, Severity severity, CellAddress const& where,
                 std::string expected, std::string actual, std::string message) {
        return out_.emplace_back(FindingBuilder(code, severity)
                                     .at(where)
                                     .expected(std::move(expected))
                                     .actual(std::move(actual))
                                     .message(std::move(message))
                                     .build());
    }

    // A sum check whose inputs could not all be read, or whose sum does not fit in 64 bits: info,
    // not evaluable.
    void not_evaluable(FindingCode code, CellAddress const& where, std::string expected,
                       std::string actual, std::string message, bool not_applicable,
                       bool overflow = false) {
        message += overflow         ? "：各项之和超出 64 位整数范围，无法核对"
                   : not_applicable ? "：含空白或不适用（/）单元格，无法核对"
                                    : "：含空白单元格，无法核对";
        add(code, Severity::info, where, std::move(expected), std::move(actual),
            std::move(message))
            .evaluable = false;
    }

    std::string_view row_name(ApplicationRow r) const noexcept {
        return names_.row_name[static_cast<std::size_t>(r)];
    }
    std::string_view column_label(ApplicantColumn c) const noexcept {
        return names_.column_label[static_cast<std::size_t>(c)];
    }

    Cell const& app(ApplicationRow row, ApplicantColumn col) const {
        return *grid_[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)];
    }

    // ---- application table ----

    // The rows the table holds: its format's, and 2021's single （六）其他处理 row when printed.
    std::span<ApplicationRow const> held_rows() const noexcept {
        return application_rows(format_, r_.applications);
    }
    bool single_other() const noexcept {
        return format_ == FormatVersion::v2021 && r_.applications.other_handling.has_value();
    }
    // A 2021 （六） sub-row left entirely blank beside a printed single （六）其他处理 row: the
    // report printed the one row instead of its parts, so the parts are not missing counts.
    bool replaced_by_single_other(ApplicationRow row) const {
        if (!single_other() || row == R::other_handling || group_of(row) != OutcomeGroup::other)
            return false;
        for (auto col : all_applicant_columns())
            if (app(row, col).state != CellState::blank) return false;
        return true;
    }

    void applications() {
        for (auto row : held_rows()) {
            auto const* r = find_row(r_.applications, row);
            if (!r) continue;
            for (auto col : all_applicant_columns()) {
                auto const member = names_.column_member[static_cast<std::size_t>(col)];
                grid_[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)] =
                    member ? &(r->*member) : &cell(*r, col);
            }
        }
        for (auto col : all_applicant_columns()) {
            balance(col);
            outcome_total(col);
            if (single_other()) other_subtotal(col);
        }
        for (auto row : held_rows()) {
            if (replaced_by_single_other(row)) continue;
            row_total(row);
            unfilled_cells(CellAddress(row), row_name(row), "行", application_cells(row));
        }
    }

    // The outcome rows of a column summed into （七）总计. A 2021 table holding the single
    // （六）其他处理 row counts its sub-rows where any of them is filled in this column, the
    // single row otherwise (other_subtotal checks that the two agree).
    Terms outcome_terms(ApplicantColumn col) const {
        Terms parts;
        bool const use_single = single_other() && [&] {
            for (auto row : {R::other_no_correction, R::other_fee_unpaid, R::other_other})
                if (app(row, col).state != CellState::blank) return false;
            return true;
        }();
        for (auto row : outcome_rows(format_)) {
            if (use_single && group_of(row) == OutcomeGroup::other) {
                if (row == R::other_no_correction)
                    parts.push_back({row_name(R::other_handling), app(R::other_handling, col)});
                continue;
            }
            parts.push_back({row_name(row), app(row, col)});
        }
        return parts;
    }

    // 2021 with both the single （六）其他处理 row and its sub-rows printed: Q = Q1 + Q2 + Q3.
    void other_subtotal(ApplicantColumn col) {
        Cell const& q = app(R::other_handling, col);
        Terms parts;
        for (auto row : {R::other_no_correction, R::other_fee_unpaid, R::other_other})
            parts.push_back({row_name(row), app(row, col)});
        if (!any_value(parts) && !any_not_applicable(parts)) return;  // only the one row printed
        Sum const s = sum_of(parts);
        std::string m = message_buffer();
        append(m, column_label(col), "列：", row_name(R::other_handling), " ", show(q), " 与 ");
        append_expression(m, parts, true);
        if (!s.value || !q.has_value()) {
            not_evaluable(FindingCode::app_other_subtotal, CellAddress(R::other_handling, col),
                          sum_text(s), wire(q),
                          std::move(m),
                          any_not_applicable(parts) || q.state == CellState::not_applicable,
                          s.overflow);
            return;
        }
        if (*s.value == q.value) return;
        append(m, " = ", Piece(*s.value), " 不相等");
        add(FindingCode::app_other_subtotal, Severity::error, CellAddress(R::other_handling, col),
            std::to_string(*s.value),
            std::to_string(q.value), std::move(m));
    }

    RowCells application_cells(ApplicationRow row) const {
        RowCells cells;
        for (auto col : all_applicant_columns())
            cells.push_back({CellAddress(row, col), {column_label(col), app(row, col)}});
        return cells;
    }

    void balance(ApplicantColumn col) {
        std::array<Term, 2> const left{{{row_name(R::new_received), app(R::new_received, col)},
                                        {row_name(R::carried_over), app(R::carried_over, col)}}};
        std::array<Term, 2> const right{
            {{row_name(R::outcome_total), app(R::outcome_total, col)},
             {row_name(R::carried_forward), app(R::carried_forward, col)}}};
        Sum const l = sum_of(left), rt = sum_of(right);
        if (!l.value || !rt.value) {
            std::string m = message_buffer();
            append(m, column_label(col), "列：");
            append_expression(m, left, true);
            m += " 与 ";
            append_expression(m, right, true);
            not_evaluable(FindingCode::app_balance, CellAddress(col), sum_text(l), sum_text(rt), std::move(m),
                          any_not_applicable(left) || any_not_applicable(right),
                          l.overflow || rt.overflow);
            return;
        }
        if (*l.value == *rt.value) return;
        std::string m = message_buffer();
        append(m, column_label(col), "列：");
        append_expression(m, left, true);
        append(m, " = ", Piece(*l.value), "，但");
        append_expression(m, right, true);
        append(m, " = ", Piece(*rt.value));
        add(FindingCode::app_balance, Severity::error, CellAddress(col), std::to_string(*l.value), std::to_string(*rt.value), std::move(m));
    }

    void outcome_total(ApplicantColumn col) {
        Terms const parts = outcome_terms(col);
        Cell const& total = app(R::outcome_total, col);
        Sum const s = sum_of(parts);
        std::string_view const t_name = row_name(R::outcome_total);

        if (total.state == CellState::blank && any_value(parts)) {
            std::string m = message_buffer();
            append(m, column_label(col), "列：", t_name, " 空白，但");
            bool first = true;
            for (auto const& t : parts)
                if (t.cell.has_value() && t.cell.value != 0) {
                    append(m, first ? "该列办理结果已有" : "、", t.name, " ", show(t.cell));
                    first = false;
                }
            if (first) m += "该列各办理结果行已填 0";
            append(m, "，", row_name(R::new_received), " + ", row_name(R::carried_over), " = ",
                   t_name, " + ", row_name(R::carried_forward), " 无从核对");
            add(FindingCode::app_total_blank, Severity::warning, CellAddress(R::outcome_total, col),
                s.value ? std::to_string(*s.value) : "",
                "blank", std::move(m));
        }

        if (!s.value || !total.has_value()) {
            std::string m = message_buffer();
            append(m, column_label(col), "列：", t_name, " ", show(total),
                   " 与（一）至（六）各办理结果之和");
            not_evaluable(FindingCode::app_outcome_total, CellAddress(col), sum_text(s), wire(total), std::move(m),
                          any_not_applicable(parts) || total.state == CellState::not_applicable,
                          s.overflow);
            return;
        }
        if (*s.value == total.value) return;
        std::string m = message_buffer();
        append(m, column_label(col), "列：", t_name, " ", Piece(total.value),
               "，但（一）至（六）各办理结果之和为 ", Piece(*s.value));
        add(FindingCode::app_outcome_total, Severity::error, CellAddress(col),
            std::to_string(*s.value), std::to_string(total.value), std::move(m));
    }

    void row_total(ApplicationRow row) {
        Terms parts;
        for (auto col : applicant_columns()) parts.push_back({column_label(col), app(row, col)});
        Cell const& total = app(row, ApplicantColumn::total);
        Sum const s = sum_of(parts);
        if (!s.value || !total.has_value()) {
            std::string m = message_buffer();
            append(m, row_name(row), "行：总计 ", show(total), " 与 ");
            append_expression(m, parts, true);
            not_evaluable(FindingCode::app_row_total, CellAddress(row), sum_text(s), wire(total), std::move(m),
                          any_not_applicable(parts) || total.state == CellState::not_applicable,
                          s.overflow);
            return;
        }
        if (*s.value == total.value) return;
        std::string m = message_buffer();
        append(m, row_name(row), "行：总计 ", Piece(total.value), "，但");
        append_expression(m, parts, true);
        append(m, " = ", Piece(*s.value));
        add(FindingCode::app_row_total, Severity::error, CellAddress(row),
            std::to_string(*s.value), std::to_string(total.value), std::move(m));
    }

    // One finding per row/group for its blank cells and one for its "/" cells; the messages
    // start with `where` + `suffix`.
    void unfilled_cells(CellAddress const& row, std::string_view where, std::string_view suffix,
                        RowCells const& cells) {
        auto const report = [&](CellState state, FindingCode code, Severity severity,
                                std::string_view what) {
            boost::container::static_vector<CellAddress, max_row_cells> listed;
            std::size_t names_size = 0;
            for (auto const& c : cells)
                if (c.term.cell.state == state) {
                    listed.push_back(c.cell);
                    names_size += c.term.name.size() + 3;
                }
            if (listed.empty()) return;
            std::string m;
            m.reserve(where.size() + suffix.size() + what.size() + names_size + 48);
            append(m, where, suffix, "有 ", Piece(static_cast<std::int64_t>(listed.size())),
                   " 个单元格", what, "（");
            bool first = true;
            for (auto const& c : cells)
                if (c.term.cell.state == state) {
                    if (!first) m += "、";
                    first = false;
                    m += c.term.name;
                }
            m += "）";
            out_.push_back(FindingBuilder(code, severity)
                               .at(row)
                               .actual_cells(state, listed)
                               .message(std::move(m))
                               .build());
        };
        TableKind const table = row.table();
        bool const counts_required = table != TableKind::article20;
        if (counts_required) {
            report(CellState::blank,
                   table == TableKind::applications ? FindingCode::app_blank_cells
                                                    : FindingCode::rev_blank_cells,
                   Severity::warning, "空白，应填写件数");
            report(CellState::not_applicable, FindingCode::cell_not_applicable, Severity::warning,
                   "填写“/”（不适用），应填写件数");
        } else {
            report(CellState::blank, FindingCode::a20_blank_cells, Severity::info, "空白");
        }
    }

    // ---- review and litigation table ----

    void review() {
        for (auto g : review_groups()) {
            auto const& outcomes = group(r_.review_litigation, g);
            Terms parts;
            RowCells cells;
            for (auto c : review_columns()) {
                Term const t{label(c), cell(outcomes, c)};
                cells.push_back({CellAddress(g, c), t});
                if (c != ReviewColumn::total) parts.push_back(t);
            }
            Cell const& total = outcomes.total;
            Sum const s = sum_of(parts);
            std::string_view const t_name = label(ReviewColumn::total);

            if (total.state == CellState::blank && any_value(parts)) {
                std::string m = message_buffer();
                append(m, review_group_name(g), "：", t_name, " 空白，但");
                append_expression(m, parts, true);
                m += " 已填写";
                add(FindingCode::rev_total_blank, Severity::warning,
                    CellAddress(g, ReviewColumn::total), s.value ? std::to_string(*s.value) : "",
                    "blank", std::move(m));
            }

            if (!s.value || !total.has_value()) {
                std::string m = message_buffer();
                append(m, review_group_name(g), "：", t_name, " ", show(total), " 与 ");
                append_expression(m, parts, true);
                not_evaluable(FindingCode::rev_group_total, CellAddress(g), sum_text(s), wire(total), std::move(m),
                              any_not_applicable(parts) ||
                                  total.state == CellState::not_applicable,
                              s.overflow);
            } else if (*s.value != total.value) {
                std::string m = message_buffer();
                append(m, review_group_name(g), "：", t_name, " ", Piece(total.value), "，但");
                append_expression(m, parts, true);
                append(m, " = ", Piece(*s.value));
                add(FindingCode::rev_group_total, Severity::error, CellAddress(g),
                    std::to_string(*s.value), std::to_string(total.value), std::move(m));
            }
            unfilled_cells(CellAddress(g), review_group_name(g), "", cells);
        }
    }

// ---- Article 20 ----

    // Count cells of a row as terms; money cells count as blank or filled only.
    RowCells article20_cells(Article20Row row) const {
        RowCells cells;
        auto const& a = r_.article20;
        for (auto col : article20_columns(format_, row)) {
            auto const ref = article20_cell(a, row, col);
            if (!ref) continue;
            Cell c = std::visit(
                [](auto const* p) -> Cell {
                    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(*p)>, Cell>)
                        return *p;
                    else
                        return p->state == CellState::value ? Cell::of(0) : Cell{p->state, 0};
                },
                *ref);
            cells.push_back({CellAddress(row, col), {label(col, format_, row), c}});
        }
        return cells;
    }

    void article20() {
        for (auto row : article20_rows(format_)) {
            unfilled_cells(CellAddress(row), label(row, format_), "行", article20_cells(row));
        }
        if (format_ != FormatVersion::v2019) return;
        auto const& a = std::get<Article20v2019>(r_.article20);
        for (auto row : {Article20Row::regulations, Article20Row::normative_documents}) {
            auto const& d = row == Article20Row::regulations ? a.regulations : a.normative_documents;
            // "规章：本年新公开数量 3，对外公开总数量 空白", built when a finding needs it.
            auto const message = [&] {
                std::string m = message_buffer();
                append(m, label(row, format_), "：",
                       label(Article20Column::new_published, format_, row), " ",
                       show(d.new_published), "，",
                       label(Article20Column::total_published, format_, row), " ",
                       show(d.total_published));
                return m;
            };
            if (!d.new_published.has_value() || !d.total_published.has_value()) {
                bool const na = d.new_published.state == CellState::not_applicable ||
                                d.total_published.state == CellState::not_applicable;
                not_evaluable(FindingCode::a20_published_exceeds_total,
                              CellAddress(row, Article20Column::new_published),
                              wire(d.total_published), wire(d.new_published), message(), na);
            } else if (d.new_published.value > d.total_published.value) {
                std::string m = message();
                m += "，本年新公开数量不应超过对外公开总数量";
                add(FindingCode::a20_published_exceeds_total, Severity::warning,
                    CellAddress(row, Article20Column::new_published), "<= " + std::to_string(d.total_published.value),
                    std::to_string(d.new_published.value), std::move(m));
            }
        }
    }

    // ---- negative counts anywhere ----

    void negatives() {
        for_each_cell(r_, [&](TableKind table, std::string_view row, std::string_view column,
                              auto const& c) {
            using C = std::remove_cvref_t<decltype(c)>;
            std::string value;
            if constexpr (std::is_same_v<C, Cell>) {
                if (!c.has_value() || c.value >= 0) return;
                if (table == TableKind::article20 && format_ == FormatVersion::v2019 &&
                    column == id(Article20Column::change))
                    return;  // 本年增/减 is signed
                value = std::to_string(c.value);
            } else {
                if (!c.has_value() || c.money.amount.units >= 0) return;
                value = c.money.amount.to_string();
            }
            add(FindingCode::cell_negative, Severity::error,
                CellAddress::from_ids(table, row, column), ">= 0", value,
                cell_name(table, row, column) + " 为 " + value + "，数量不能为负");
        });
    }

    std::string cell_name(TableKind table, std::string_view row, std::string_view column) const {
        switch (table) {
            case TableKind::applications: {
                auto const r = try_from_id<ApplicationRow>(row);
                auto const c = try_from_id<ApplicantColumn>(column);
                return (r ? std::string(row_name(*r)) : std::string(row)) + "行" +
                       (c ? std::string(label(*c)) : std::string(column)) + "列";
            }
            case TableKind::review_litigation: {
                auto const g = try_from_id<ReviewGroup>(row);
                auto const c = try_from_id<ReviewColumn>(column);
                return (g ? std::string(review_group_name(*g)) : std::string(row)) + "/" +
                       (c ? std::string(label(*c)) : std::string(column));
            }
            case TableKind::article20: {
                auto const r = try_from_id<Article20Row>(row);
                auto const c = try_from_id<Article20Column>(column);
                if (r && c)
                    return std::string(label(*r, format_)) + " " +
                           std::string(label(*c, format_, *r));
                break;
            }
            case TableKind::report: break;
        }
        return std::string(row) + "/" + std::string(column);
    }

    // ---- statistics period ----

    static std::string date_text(Date const& d) {
        return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" +
               std::to_string(d.day) + "日";
    }
    static std::string date_id(Date const& d) {
        auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
        return std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day);
    }

    void period() {
        if (!r_.statistics_period) return;
        auto const& p = *r_.statistics_period;
        if (!p.text.empty() && (!p.start || !p.end))
            add(FindingCode::period_unreadable, Severity::info,
                CellAddress(ReportItem::statistics_period), "", p.text,
                "统计期限“" + p.text + "”中读不出" +
                    (!p.start && !p.end ? "起止日期" : !p.start ? "开始日期" : "结束日期"));
        auto const check = [&](std::optional<Date> const& d, PeriodBound which,
                               std::string_view name) {
            if (!d) return;
            if (!r_.year) {
                add(FindingCode::period_outside_year, Severity::info, CellAddress::period(which),
                    "", date_id(*d),
                    "统计期限的" + std::string(name) + " " + date_text(*d) +
                        " 无法与报告年度核对：报告年度不明")
                    .evaluable = false;
                return;
            }
            if (d->year == *r_.year) return;
            add(FindingCode::period_outside_year, Severity::error, CellAddress::period(which),
                std::to_string(*r_.year), date_id(*d),
                "统计期限“" + p.text + "”的" + std::string(name) + " " + date_text(*d) +
                    " 不在报告年度 " + std::to_string(*r_.year) + " 年内");
        };
        check(p.start, PeriodBound::start, "开始日期");
        check(p.end, PeriodBound::end, "结束日期");
    }
};

// ---- the catalogue ----

using FC = FindingCode;
using S = Severity;
constexpr auto catalogue = std::to_array<RuleInfo>({
    {FC::app_balance, S::error, "application balance", "N + P = T + F (per column, all 7)"},
    {FC::app_outcome_total, S::error, "outcome total",
     "T = sum of the outcome rows (一)…(六) of the format (per column)"},
    {FC::app_row_total, S::error, "application row total",
     "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 (per row)"},
    {FC::app_total_blank, S::warning, "outcome total blank",
     "T blank while an outcome row of the column holds a count"},
    {FC::app_blank_cells, S::warning, "blank application cells",
     "every cell of the application table holds a count (one finding per row)"},
    {FC::rev_group_total, S::error, "review group total",
     "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (per group)"},
    {FC::rev_total_blank, S::warning, "review total blank",
     "总计 blank while a part of the group holds a count"},
    {FC::rev_blank_cells, S::warning, "blank review cells",
     "every cell of the review/litigation table holds a count (one finding per group)"},
    {FC::a20_published_exceeds_total, S::warning, "new publications exceed the total",
     "2019: 本年新公开数量 <= 对外公开总数量 (规章, 规范性文件)"},
    {FC::a20_blank_cells, S::info, "blank Article 20 cells",
     "Article 20 cells left blank (one finding per row)"},
    {FC::cell_negative, S::error, "negative count",
     "every count >= 0, except the 2019 本年增/减 column; money amounts >= 0"},
    {FC::cell_not_applicable, S::warning, "not applicable where a count is required",
     "no \"/\" in the application or review/litigation table (one finding per row or group)"},
    {FC::period_outside_year, S::error, "statistics period outside the report year",
     "year(start) = year(end) = report year"},
    {FC::period_unreadable, S::info, "statistics period unreadable",
     "a stated statistics period has a readable start and end date"},
    {FC::report_year_missing, S::warning, "report year missing",
     "the report year can be determined (parser)"},
    {FC::parse_table_missing, S::error, "table missing",
     "each statutory table is found in the report (parser)"},
    {FC::parse_uncertain_cells, S::warning, "uncertain cell split",
     "glued digits split into cells in exactly one way (parser)"},
    {FC::parse_unplaced_line, S::warning, "unplaced line",
     "every line inside a table region is placed (parser)"},
    {FC::parse_label_variant, S::info, "label variant",
     "labels use the official wording (parser)"},
    {FC::parse_extra_cells, S::warning, "extra cells",
     "a row has no more values than cells (parser)"},
    {FC::parse_missing_cells, S::warning, "missing cells",
     "a row has as many values as cells (parser)"},
    {FC::parse_format_mismatch, S::warning, "format mismatch",
     "labels of one format only, usual for the year (parser)"},
    {FC::parse_bad_cell, S::warning, "bad cell",
     "a cell is a number, blank or not applicable; error when it is plainly no count "
     "(a fraction, a rough figure, a placeholder) (parser)"},
    {FC::narrative_mismatch, S::warning, "narrative differs from the table",
     "a count stated in the text = the table cell it names"},
    {FC::series_carry_over, S::error, "carry-over across years",
     "F(Y-1) = P(Y) for each of the 7 columns, consecutive years of one agency, also across the "
     "2020->2021 format change"},
    {FC::series_in_force, S::warning, "documents in force across years",
     "2021 format in both years: in_force(Y) = in_force(Y-1) + issued(Y) - repealed(Y) "
     "(规章, 行政规范性文件)"},
    {FC::series_previous_items, S::warning, "previous items across years",
     "2019 format in both years: previous_items(Y) = previous_items(Y-1) + change(Y-1) "
     "(行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费)"},
    {FC::series_missing_year, S::info, "year missing from a series",
     "no year missing between two reports of one agency's series"},
    {FC::rollup_mismatch, S::warning, "rollup mismatch",
     "published cell = the cell of rollup(parts), for every cell"},
    {FC::parse_no_report, S::warning, "no report found",
     "the input holds an annual report: a section heading, a statutory table or a title "
     "naming one and its year (parser)"},
    {FC::parse_scanned_pdf, S::warning, "PDF without a text layer",
     "every page of a PDF has a text layer; a scan needs OCR first (PDF reader)"},
    {FC::parse_text_outside_page, S::warning, "text outside the page",
     "no text of a PDF page lies beyond the page's edges (PDF reader)"},
    {FC::section_missing, S::warning, "section missing",
     "the six sections 一 … 六 are all in the report"},
    {FC::section_out_of_order, S::warning, "section numbered out of order",
     "a section heading carries the number of its place (三、收到和处理…, not 四、收到和处理…)"},
    {FC::section_problems_empty, S::warning, "section 五 says nothing",
     "section 五 is not empty and says more than 无 / 暂无 / 没有 / 略"},
    {FC::section_problems_repeated, S::warning, "last year's problems repeated",
     "section 五 does not repeat last year's problems word for word without saying what was done"},
    {FC::section_fees_silent, S::warning, "fees not reported",
     "2021 format: section 六 states the information-processing fees collected (or that none were)"},
    {FC::section_year_mismatch, S::warning, "years contradict the report year",
     "the report year appears in the text of 一, 五, 六 when other years appear at least twice"},
    {FC::section_copied, S::warning, "section copied from last year",
     "similarity of 一, 五, 六 to last year's (character trigrams, numbers and dates ignored) < 80%"},
    {FC::reading_in_doubt, S::warning, "reading in doubt",
     "an error whose numbers rest on a cell the parser inferred (Report::provenance) or on a "
     "table with values it could not place is the reader's doubt, not the agency's error"},
    {FC::app_other_subtotal, S::error, "（六）其他处理 and its sub-rows",
     "2021 table that also prints （六）其他处理 as one row: Q = Q1 + Q2 + Q3 (per column)"},
    {FC::narrative_reading, S::info, "narrative count read another way",
     "a received count stated in the text that differs from 一、本年新收 but equals 一 + 二 "
     "(the text counts last year's applications too): no mismatch, the reading used is named"},
});
// One entry per code, in FindingCode's order (the catalogue's size is its own, counted by the
// compiler): a code appended to FindingCode without its rule, or a rule out of place, stops the
// build here, and find_rule can index the catalogue.
static_assert(
    [] {
        if (catalogue.size() != described::enumerator_values<FindingCode>.size()) return false;
        for (std::size_t i = 0; i < catalogue.size(); ++i)
            if (catalogue[i].code != described::enumerator_values<FindingCode>[i]) return false;
        return true;
    }(),
    "rule_catalogue must have one rule per FindingCode, in FindingCode's order");

}  // namespace

void detail::validate_into(Report const& report, std::vector<Finding>& out) {
    std::size_t const from = out.size();
    Checker(report, out).run();
    detail::doubt_inferred_readings(report, out, from);
}

std::vector<Finding> validate(Report const& report) {
    std::vector<Finding> out;
    detail::validate_into(report, out);
    return out;
}

std::span<RuleInfo const> rule_catalogue() noexcept { return catalogue; }

RuleInfo const* find_rule(FindingCode code) noexcept {
    auto const i = described::index_of(code);
    return i ? &catalogue[*i] : nullptr;
}

}  // namespace govinfo
