// What govinfo.to_frame and govinfo.findings_frame are built from: every cell of a batch of
// reports as a few NumPy arrays of integer codes (no Python object per cell), the findings of a
// batch as columns, and labels(): every id of the frames with its official Chinese label.
#include <pybind11/numpy.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include "bindings.hpp"
#include "govinfo/batch.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/report.hpp"
#include "govinfo/validate.hpp"

namespace govinfo::python {
namespace {

template <class T>
py::array_t<T> to_array(std::vector<T> const& v) {
    return py::array_t<T>(static_cast<py::ssize_t>(v.size()), v.data());
}

// Every string id of the frames gets a small integer code. The codes are fixed before any input
// is seen, by walking a blank report of each format, so the same id has the same code in every
// call (frames of separate batches agree) and codes follow table order.
class Names {
public:
    Names() {
        for (auto f : {FormatVersion::v2021, FormatVersion::v2019}) {
            Report const blank = Report::blank(f);
            for_each_cell(blank, [&](TableKind t, std::string_view r, std::string_view c,
                                     auto const&) {
                code(id(t));
                code(r);
                code(c);
            });
        }
        for (auto s : {CellState::value, CellState::blank, CellState::not_applicable}) code(id(s));
        for (auto u : {MoneyUnit::wan_yuan, MoneyUnit::yuan, MoneyUnit::unknown}) code(id(u));
    }

    std::int16_t code(std::string_view name) {
        // The ids come from static storage (enum names, member names), so the pointer is a fast
        // first key; the text decides when a pointer is new.
        if (auto const it = by_pointer_.find(name.data());
            it != by_pointer_.end() && names_[static_cast<std::size_t>(it->second)] == name)
            return it->second;
        std::int16_t c;
        if (auto const it = by_text_.find(name); it != by_text_.end()) {
            c = it->second;
        } else {
            c = static_cast<std::int16_t>(names_.size());
            names_.emplace_back(name);
            by_text_.emplace(std::string(name), c);
        }
        by_pointer_[name.data()] = c;
        return c;
    }

    std::vector<std::string> const& names() const { return names_; }

private:
    std::vector<std::string> names_;
    std::map<std::string, std::int16_t, std::less<>> by_text_;
    std::map<char const*, std::int16_t> by_pointer_;
};

Names const& names() {
    static Names const n;
    return n;
}

// The Reports of a sequence, each kept alive by `keep` (the caller's sequence may change),
// read by pointer only in C++ loops that do not call back into Python.
struct ReportRefs {
    std::vector<py::object> keep;
    std::vector<Report const*> reports;
};

ReportRefs report_refs(py::sequence const& seq) {
    ReportRefs out;
    for (auto const& h : seq) {
        if (!py::isinstance<Report>(h))
            throw py::type_error("reports[" + std::to_string(out.reports.size()) +
                                 "] must be Report, not " + type_name_of(h));
        out.keep.push_back(py::reinterpret_borrow<py::object>(h));
        out.reports.push_back(&h.cast<Report const&>());
    }
    return out;
}

// The per-report columns, copied out of the reports first, then made Python objects.
struct ReportColumns {
    std::vector<std::string> agency, source;
    std::vector<std::int64_t> first_line;
    std::vector<std::optional<int>> year;
    std::vector<FormatVersion> format;

    void add(Report const& r) {
        agency.push_back(r.agency);
        source.push_back(r.source);
        first_line.push_back(r.first_line);
        year.push_back(r.year);
        format.push_back(r.format());
    }

    py::dict to_dict() const {
        py::list a, s, y, f;
        for (std::size_t i = 0; i < agency.size(); ++i) {
            a.append(to_python_text(agency[i]));
            s.append(to_python_text(source[i]));
            y.append(year[i] ? py::object(py::int_(*year[i])) : py::object(py::none()));
            f.append(py::str(std::string(id(format[i]))));
        }
        py::dict d;
        d["agency"] = a;
        d["source"] = s;
        d["first_line"] = to_array(first_line);
        d["year"] = y;
        d["format"] = f;
        return d;
    }
};

// Derived totals (to_frame(derive_totals=True)): the 总计 cell of an application row or of a
// review/litigation group, left blank by the report while every one of its parts holds a count,
// is the sum of those parts. Analysts otherwise read such a row as 0 applications (上海 2019 fills
// the applicant columns and leaves 总计 blank). Nothing is derived from a blank or not-applicable
// part, and a sum beyond 64 bits stays blank. Cells come in for_each_cell order: a row's parts,
// then its `total`.
class TotalDeriver {
public:
    // The derived value when `c` is a total to derive, else nullopt.
    std::optional<std::int64_t> next(TableKind t, std::string_view column, Cell const& c) {
        std::size_t const expected = t == TableKind::applications        ? 6
                                     : t == TableKind::review_litigation ? 4
                                                                         : 0;
        if (expected == 0) return std::nullopt;
        if (column != "total") {
            ++parts_;
            usable_ = usable_ && c.has_value() && add(c.value);
            return std::nullopt;
        }
        bool const derive = usable_ && parts_ == expected && c.state == CellState::blank;
        std::int64_t const sum = sum_;
        *this = TotalDeriver{};  // the next cell starts another row
        return derive ? std::optional<std::int64_t>(sum) : std::nullopt;
    }

private:
    bool add(std::int64_t v) {
        using limits = std::numeric_limits<std::int64_t>;
        if ((v > 0 && sum_ > limits::max() - v) || (v < 0 && sum_ < limits::min() - v))
            return false;
        sum_ += v;
        return true;
    }
    std::size_t parts_ = 0;
    std::int64_t sum_ = 0;
    bool usable_ = true;
};

py::dict cell_arrays(py::sequence const& seq) {
    auto const refs = report_refs(seq);
    auto const& reports = refs.reports;
    ReportColumns per_report;
    for (auto const* r : reports) per_report.add(*r);
    Names n = names();  // a copy: ids never seen before (none today) stay local to this call
    std::vector<std::int64_t> report, value, money_index;
    std::vector<std::int16_t> table, row, column, state, unit;
    std::vector<Decimal> money_amount;
    std::size_t cells = 0;
    for (auto const* r : reports)
        for_each_cell(*r, [&](TableKind, std::string_view, std::string_view, auto const&) {
            ++cells;
        });
    for (auto* v : {&report, &value}) v->reserve(cells);
    for (auto* v : {&table, &row, &column, &state, &unit}) v->reserve(cells);
    std::vector<std::uint8_t> has_value, derived;
    has_value.reserve(cells);
    derived.reserve(cells);

    std::int64_t index = 0;
    for (auto const* r : reports) {
        TotalDeriver deriver;
        for_each_cell(*r, [&](TableKind t, std::string_view row_id, std::string_view col_id,
                              auto const& c) {
            report.push_back(index);
            table.push_back(n.code(id(t)));
            row.push_back(n.code(row_id));
            column.push_back(n.code(col_id));
            state.push_back(n.code(id(c.state)));
            using C = std::remove_cvref_t<decltype(c)>;
            if constexpr (std::is_same_v<C, MoneyCell>) {
                value.push_back(0);
                has_value.push_back(0);
                derived.push_back(0);
                unit.push_back(n.code(id(c.money.unit)));
                if (c.has_value()) {
                    money_index.push_back(static_cast<std::int64_t>(report.size() - 1));
                    money_amount.push_back(c.money.amount);
                }
            } else {
                auto const sum = deriver.next(t, col_id, c);
                value.push_back(c.has_value() ? c.value : sum.value_or(0));
                has_value.push_back(c.has_value() ? 1 : 0);
                derived.push_back(sum ? 1 : 0);
                unit.push_back(-1);
            }
        });
        ++index;
    }

    py::dict d = per_report.to_dict();
    d["names"] = n.names();
    d["report"] = to_array(report);
    d["table"] = to_array(table);
    d["row"] = to_array(row);
    d["column"] = to_array(column);
    d["state"] = to_array(state);
    d["unit"] = to_array(unit);
    d["value"] = to_array(value);
    d["has_value"] = py::array_t<bool>(static_cast<py::ssize_t>(has_value.size()),
                                       reinterpret_cast<bool const*>(has_value.data()));
    d["derived"] = py::array_t<bool>(static_cast<py::ssize_t>(derived.size()),
                                     reinterpret_cast<bool const*>(derived.data()));
    d["money_index"] = to_array(money_index);
    py::list amounts;
    for (auto const& a : money_amount) amounts.append(py::cast(a));
    d["money_amount"] = amounts;
    return d;
}

// The checks of separate reports are independent: they run on the hardware threads, each
// thread taking every n-th report, without the GIL. They read copies, made with the GIL held a
// chunk at a time (so the extra memory is a chunk, not the batch): without the GIL another
// thread may reassign the originals' members.
std::vector<std::vector<Finding>> run_checks(ReportRefs const& refs, bool diagnostics,
                                             ReportColumns& per_report) {
    auto const& reports = refs.reports;
    std::vector<std::vector<Finding>> found(reports.size());
    unsigned const threads = std::max(1u, std::thread::hardware_concurrency());
    std::size_t const chunk = 64 * std::size_t{threads};
    for (std::size_t first = 0; first < reports.size(); first += chunk) {
        std::size_t const last = std::min(reports.size(), first + chunk);
        std::vector<Report> copies;
        copies.reserve(last - first);
        for (std::size_t i = first; i < last; ++i) {
            copies.push_back(*reports[i]);
            per_report.add(copies.back());
        }
        std::vector<std::exception_ptr> failed(std::min<std::size_t>(threads, copies.size()));
        {
            py::gil_scoped_release nogil;
            auto const n = failed.size();
            // An exception must not leave a thread (std::terminate): it is kept and rethrown.
            auto work = [&](std::size_t start) {
                try {
                    for (std::size_t i = start; i < copies.size(); i += n)
                        found[first + i] = diagnostics ? check(copies[i]) : validate(copies[i]);
                } catch (...) {
                    failed[start] = std::current_exception();
                }
            };
            std::vector<std::jthread> pool;
            for (std::size_t t = 1; t < n; ++t) pool.emplace_back(work, t);
            work(0);
        }
        for (auto const& e : failed)
            if (e) std::rethrow_exception(e);
    }
    return found;
}

py::dict finding_arrays(py::sequence const& seq, bool diagnostics) {
    auto const refs = report_refs(seq);
    ReportColumns per_report;
    auto const found = run_checks(refs, diagnostics, per_report);
    py::list report, code, severity, evaluable, table, row, column, expected, actual, message,
        line;
    for (std::size_t i = 0; i < found.size(); ++i) {
        for (auto const& f : found[i]) {
            report.append(i);
            code.append(py::str(id(f.code)));
            severity.append(py::str(id(f.severity)));
            evaluable.append(f.evaluable);
            table.append(py::str(id(f.table)));
            row.append(to_python_text(f.row));
            column.append(to_python_text(f.column));
            expected.append(to_python_text(f.expected));
            actual.append(to_python_text(f.actual));
            message.append(to_python_text(f.message));
            line.append(f.line);
        }
    }
    py::dict d = per_report.to_dict();
    d["report"] = report;
    d["code"] = code;
    d["severity"] = severity;
    d["evaluable"] = evaluable;
    d["table"] = table;
    d["row"] = row;
    d["column"] = column;
    d["expected"] = expected;
    d["actual"] = actual;
    d["message"] = message;
    d["line"] = line;
    return d;
}

// The label of a cell's row and column, from their ids; "" when an id is not the table's.
std::string_view row_label(TableKind t, std::string_view row_id, FormatVersion f) {
    switch (t) {
        case TableKind::applications:
            if (auto r = try_from_id<ApplicationRow>(row_id)) return label(*r);
            break;
        case TableKind::review_litigation:
            if (auto g = try_from_id<ReviewGroup>(row_id)) return label(*g);
            break;
        case TableKind::article20:
            if (auto r = try_from_id<Article20Row>(row_id)) return label(*r, f);
            break;
        default: break;
    }
    return {};
}

std::string_view column_label(TableKind t, std::string_view row_id, std::string_view col_id,
                              FormatVersion f) {
    switch (t) {
        case TableKind::applications:
            if (auto c = try_from_id<ApplicantColumn>(col_id)) return label(*c);
            break;
        case TableKind::review_litigation:
            if (auto c = try_from_id<ReviewColumn>(col_id)) return label(*c);
            break;
        case TableKind::article20: {
            auto const r = try_from_id<Article20Row>(row_id);
            auto const c = try_from_id<Article20Column>(col_id);
            if (r && c) return label(*c, f, *r);
            break;
        }
        default: break;
    }
    return {};
}

py::dict labels(py::object const& format_arg) {
    std::optional<FormatVersion> format;
    if (py::isinstance<py::str>(format_arg)) {
        auto const text = from_python_text(format_arg, "labels(): format");
        format = try_from_id<FormatVersion>(text);
        if (!format) throw py::value_error("no format '" + text + "': use '2019' or '2021'");
    } else if (!format_arg.is_none()) {
        if (!py::isinstance<FormatVersion>(format_arg))
            throw py::type_error("labels(): format must be None, a FormatVersion or '2019'/'2021', "
                                 "not " + type_name_of(format_arg));
        format = format_arg.cast<FormatVersion>();
    }
    py::dict out;
    // 2019 first, so that the 2021 wording wins where both formats have an id (as Enum.label).
    std::vector<FormatVersion> formats;
    if (format) formats = {*format};
    else formats = {FormatVersion::v2019, FormatVersion::v2021};
    for (auto f : formats) {
        Report const blank = Report::blank(f);
        for_each_cell(blank, [&](TableKind t, std::string_view r, std::string_view c,
                                 auto const&) {
            auto const tid = py::str(std::string(id(t)));
            auto const rid = py::str(std::string(r));
            out[py::make_tuple(tid)] = py::str(std::string(label(t)));
            out[py::make_tuple(tid, rid)] = py::str(std::string(row_label(t, r, f)));
            out[py::make_tuple(tid, rid, py::str(std::string(c)))] =
                py::str(std::string(column_label(t, r, c, f)));
        });
    }
    return out;
}

}  // namespace

void init_frames(py::module_& m) {
    m.def("_cell_arrays", &cell_arrays, py::arg("reports"),
          "Private, for govinfo.to_frame: every cell of a sequence of Reports as NumPy arrays of "
          "codes into `names` (report, table, row, column, state, unit; -1 for no unit), count "
          "values with a has_value mask, a `derived` mask of blank totals whose `value` is the "
          "sum of their parts, money amounts (decimal.Decimal) at money_index, and the "
          "per-report lists agency, source, first_line, year, format.");
    m.def("_finding_arrays", &finding_arrays, py::arg("reports"), py::arg("diagnostics") = true,
          "Private, for govinfo.findings_frame: the findings of a sequence of Reports as columns "
          "(report is the index in the sequence) and the per-report lists agency, source, "
          "first_line, year, format. diagnostics=True runs check(), else validate(); the checks run on the hardware "
          "threads with the GIL released.");
    m.def("labels", &labels, py::arg("format") = py::none(),
          "Every id of the frames with its official Chinese label, as a dict keyed by id tuples: "
          "(table,) gives the table's label, (table, row) the row's and (table, row, column) the "
          "label of that column in that row (Article 20 column wording depends on the row). "
          "`format` (FormatVersion, or its id '2019'/'2021') picks that format's wording and "
          "rows; None gives both formats' ids, the 2021 wording where both have an id. An id "
          "the statute leaves unnamed maps to ''.");
}

}  // namespace govinfo::python
