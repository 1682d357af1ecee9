// The report model: cells, money, rows, tables, Report and its metadata. Struct members are bound
// generically from their Boost.Describe description (bindings.hpp); cells get a hand-written,
// Pythonic face because blank, not-applicable and 0 must never be confused.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "mapping.hpp"
#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/report.hpp"

namespace govinfo::python {
namespace {

std::string repr_cell(Cell const& c) {
    switch (c.state) {
        case CellState::value: return "Cell(" + std::to_string(c.value) + ")";
        case CellState::blank: return "Cell.blank()";
        case CellState::not_applicable: return "Cell.not_applicable()";
    }
    return "Cell()";
}

std::string repr_money_cell(MoneyCell const& c) {
    switch (c.state) {
        case CellState::value:
            return "MoneyCell(Decimal('" + c.money.amount.to_string() + "'), MoneyUnit." +
                   std::string(id(c.money.unit)) + ")";
        case CellState::blank: return "MoneyCell.blank()";
        case CellState::not_applicable: return "MoneyCell.not_applicable()";
    }
    return "MoneyCell()";
}

[[noreturn]] void no_truth_value(char const* type) {
    throw py::type_error(std::string("the truth value of a ") + type +
                         " is ambiguous (a blank cell is not 0): use .has_value, .is_blank or "
                         ".value");
}

std::optional<std::int64_t> cell_value(py::handle value, char const* type) {
    return from_python<std::optional<std::int64_t>>(value, std::string(type) + ".value");
}

void bind_cell(py::module_& m) {
    py::class_<Ref<Cell>> cell(m, "Cell",
                               "A count cell: a number (state value), nothing written (blank: "
                               "unknown, not zero) or '/' (not_applicable). Cell() is blank, "
                               "Cell(5) holds 5.");
    cell.def(py::init([](py::handle v) {
                 auto const value = cell_value(v, "Cell");
                 return Ref<Cell>(value ? Cell::of(*value) : Cell::blank());
             }),
             py::arg("value") = py::none(), "Cell(5) holds 5; Cell() and Cell(None) are blank.")
        .def_static("of", &Cell::of, py::arg("value"), "A cell holding `value`.")
        .def_static("blank", &Cell::blank, "A blank cell: nothing written, not zero.")
        .def_static("not_applicable", &Cell::not_applicable,
                    "A not-applicable cell ('/', '-', '—').")
        .def_property(
            "state", [](Ref<Cell> const& c) { return c.get().state; },
            [](Ref<Cell> const& c, CellState s) { c.get().state = s; },
            "CellState: value, blank or not_applicable.")
        .def_property(
            "value", [](Ref<Cell> const& c) { return c.get().get(); },
            [](Ref<Cell> const& c, py::handle v) {
                auto const value = cell_value(v, "Cell");
                c.get() = value ? Cell::of(*value) : Cell::blank();
            },
            "The number when state is value, else None. Assigning an int makes the cell a value; "
            "assigning None makes it blank.")
        .def_property_readonly(
            "has_value", [](Ref<Cell> const& c) { return c.get().has_value(); },
            "state == CellState.value")
        .def_property_readonly(
            "is_blank", [](Ref<Cell> const& c) { return c.get().state == CellState::blank; },
            "state == CellState.blank")
        .def_property_readonly(
            "is_not_applicable",
            [](Ref<Cell> const& c) { return c.get().state == CellState::not_applicable; },
            "state == CellState.not_applicable")
        .def(
            "__eq__", [](Ref<Cell> const& a, Ref<Cell> const& b) { return a.get() == b.get(); },
            py::is_operator())
        .def("__bool__", [](Ref<Cell> const&) -> bool { no_truth_value("Cell"); })
        .def("__repr__", [](Ref<Cell> const& c) { return repr_cell(c.get()); });
    def_pickle_members(cell, "Cell");
}

void bind_money_cell(py::module_& m) {
    bind_struct<Money>(m, "Money",
                       "An exact amount (decimal.Decimal, never a float) and its unit.");

    py::class_<Ref<MoneyCell>> money(m, "MoneyCell",
                                     "A money cell: an exact amount with its unit, blank or "
                                     "not_applicable. MoneyCell() is blank.");
    money.def(py::init([] { return Ref<MoneyCell>(MoneyCell::blank()); }), "A blank money cell.")
        .def(py::init([](Decimal amount, MoneyUnit unit) {
                 return Ref<MoneyCell>(MoneyCell::of(amount, unit));
             }),
             py::arg("amount"), py::arg("unit"),
             "A money cell holding `amount` (decimal.Decimal, int or str; never float) in `unit`.")
        .def_static("of", &MoneyCell::of, py::arg("amount"), py::arg("unit"),
                    "A money cell holding `amount` in `unit`.")
        .def_static("blank", &MoneyCell::blank, "A blank money cell.")
        .def_static("not_applicable", &MoneyCell::not_applicable,
                    "A not-applicable money cell.")
        .def_property(
            "state", [](Ref<MoneyCell> const& c) { return c.get().state; },
            [](Ref<MoneyCell> const& c, CellState s) { c.get().state = s; },
            "CellState: value, blank or not_applicable.")
        .def_property(
            "money",
            [](py::object const& self) {
                return make_view<Money, Ref<MoneyCell>>(
                    self, [](MoneyCell& c) { return &c.money; }, [] { return ".money"; });
            },
            [](Ref<MoneyCell> const& c, py::handle v) {
                Money money = from_python<Money>(v, "MoneyCell.money");
                c.get().money = money;
            },
            "The Money (amount and unit); meaningful only when state is value.")
        .def_property(
            "amount",
            [](Ref<MoneyCell> const& self) {
                MoneyCell const c = self.get();
                return c.has_value() ? std::optional(c.money.amount) : std::nullopt;
            },
            [](Ref<MoneyCell> const& self, py::handle v) {
                auto const a = from_python<std::optional<Decimal>>(v, "MoneyCell.amount");
                MoneyCell& c = self.get();
                if (a) {
                    c.state = CellState::value;
                    c.money.amount = *a;
                } else {
                    c = MoneyCell::blank();
                }
            },
            "The amount as decimal.Decimal when state is value, else None. Assigning an amount "
            "makes the cell a value (the unit is kept); assigning None makes it blank.")
        .def_property(
            "unit", [](Ref<MoneyCell> const& c) { return c.get().money.unit; },
            [](Ref<MoneyCell> const& c, MoneyUnit u) { c.get().money.unit = u; },
            "The MoneyUnit of the amount.")
        .def_property_readonly(
            "has_value", [](Ref<MoneyCell> const& c) { return c.get().has_value(); },
            "state == CellState.value")
        .def_property_readonly(
            "is_blank", [](Ref<MoneyCell> const& c) { return c.get().state == CellState::blank; },
            "state == CellState.blank")
        .def_property_readonly(
            "is_not_applicable",
            [](Ref<MoneyCell> const& c) { return c.get().state == CellState::not_applicable; },
            "state == CellState.not_applicable")
        .def(
            "__eq__",
            [](Ref<MoneyCell> const& a, Ref<MoneyCell> const& b) { return a.get() == b.get(); },
            py::is_operator())
        .def("__bool__", [](Ref<MoneyCell> const&) -> bool { no_truth_value("MoneyCell"); })
        .def("__repr__", [](Ref<MoneyCell> const& c) { return repr_money_cell(c.get()); });
    def_pickle_members(money, "MoneyCell");
}

// A table or row: a described struct that is also a mapping from id to view (mapping.hpp).
template <class S>
void bind_table(py::module_& m, char const* name, std::string const& doc) {
    auto cls = bind_struct<S>(m, name, doc.c_str());
    def_mapping(cls, name);
}

// What every table and row says about indexing and iterating it.
std::string mapping_doc(char const* what, char const* noun, char const* key_enum) {
    return std::string(what) + " obj[id] or obj[" + key_enum + ".x] is the " + noun +
           " (a view); KeyError when there is none. for id, x in obj gives (id, view) pairs in "
           "table order; len, in, keys(), values(), items(); to_dict() is its part of the JSON "
           "document.";
}

void bind_tables(py::module_& m) {
    bind_member_iterator(m);
    bind_table<ApplicantRow>(
        m, "ApplicantRow",
        mapping_doc("One row of the application table: the seven applicant columns.", "cell",
                    "ApplicantColumn"));
    bind_table<ApplicationTable>(
        m, "ApplicationTable",
        mapping_doc("Section 三, the application table: one ApplicantRow per row id. Rows of the "
                    "other format are None as attributes and absent as keys (2019: "
                    "other_handling; 2021: other_no_correction, other_fee_unpaid, other_other).",
                    "row", "ApplicationRow"));
    bind_table<ReviewOutcomes>(
        m, "ReviewOutcomes",
        mapping_doc("One review/litigation group: upheld, corrected, other, pending, total.",
                    "cell", "ReviewColumn"));
    bind_table<ReviewLitigationTable>(
        m, "ReviewLitigationTable",
        mapping_doc("Section 四: review, litigation_direct and litigation_after_review, each a "
                    "ReviewOutcomes.",
                    "group", "ReviewGroup"));

    auto const column = [](char const* what) {
        return mapping_doc(what, "cell", "Article20Column");
    };
    bind_table<DocumentCounts2021>(m, "DocumentCounts2021",
                                   column("2021 第二十条第（一）项: issued, repealed, in_force."));
    bind_table<DecisionCount2021>(m, "DecisionCount2021",
                                  column("2021 第二十条第（五）、（六）项: decisions."));
    bind_table<FeeAmount2021>(m, "FeeAmount2021",
                              column("2021 第二十条第（八）项: amount (MoneyCell, 万元)."));
    bind_table<Article20v2021>(
        m, "Article20v2021",
        mapping_doc("The Article 20 tables of the 2021 format: regulations, normative_documents, "
                    "licensing, penalty, coercion, fees.",
                    "row", "Article20Row"));
    bind_table<DocumentCounts2019>(
        m, "DocumentCounts2019",
        column("2019 第二十条第（一）项: new_made, new_published, total_published."));
    bind_table<ItemCounts2019>(
        m, "ItemCounts2019",
        column("2019 第二十条第（五）、（六）项: previous_items, change (signed), decisions."));
    bind_table<FeeItems2019>(m, "FeeItems2019",
                             column("2019 第二十条第（八）项: previous_items, change."));
    bind_table<Procurement2019>(
        m, "Procurement2019", column("2019 第二十条第（九）项: projects and amount (MoneyCell)."));
    bind_table<Article20v2019>(
        m, "Article20v2019",
        mapping_doc("The Article 20 tables of the 2019 format: regulations, normative_documents, "
                    "licensing, other_services, penalty, coercion, fees, procurement; also "
                    "other_documents (其他主动公开文件, a provincial row, not statutory) when the "
                    "report printed it, else None as attribute and absent as key.",
                    "row", "Article20Row"));
}

void bind_metadata(py::module_& m) {
    bind_struct<Date>(m, "Date", "A calendar date read from the report: year, month, day.")
        .def(py::init([](int y, int mo, int d) { return Ref<Date>(Date{y, mo, d}); }),
             py::arg("year"), py::arg("month"), py::arg("day"))
        .def(
            "__lt__", [](Ref<Date> const& a, Ref<Date> const& b) { return a.get() < b.get(); },
            py::is_operator())
        .def(
            "__le__", [](Ref<Date> const& a, Ref<Date> const& b) { return a.get() <= b.get(); },
            py::is_operator())
        .def(
            "__gt__", [](Ref<Date> const& a, Ref<Date> const& b) { return a.get() > b.get(); },
            py::is_operator())
        .def(
            "__ge__", [](Ref<Date> const& a, Ref<Date> const& b) { return a.get() >= b.get(); },
            py::is_operator())
        .def("__hash__", [](Ref<Date> const& self) {
            Date const d = self.get();
            return py::hash(py::make_tuple(d.year, d.month, d.day));
        });
    bind_struct<StatisticsPeriod>(m, "StatisticsPeriod",
                                  "统计期限: text as printed, and start/end Dates when readable "
                                  "(else None).");
    bind_struct<TableLocation>(m, "TableLocation",
                               "Where a table was found in the source: table (TableKind), "
                               "first_line and last_line (1-based, inclusive).");
    bind_struct<Section>(m, "Section",
                         "A narrative section 一 … 六: number (1..6), heading, text, first_line.");
    bind_struct<Box>(m, "Box",
                     "A rectangle on a PDF page in points from the page's top-left corner: left, "
                     "top, right, bottom.");
    bind_struct<SourceLocation>(m, "SourceLocation",
                                "Where something came from: line (text/HTML line or Word "
                                "paragraph number, 0 if unknown), page (PDF, else 0), box (PDF, "
                                "else None).");
    bind_struct<CellProvenance>(
        m, "CellProvenance",
        "A cell the parser did not read straight from its own position: table (TableKind), row "
        "and column ids, how (CellOrigin: placed_by_total, split_glued_digits, "
        "regrouped_by_total, chosen_by_evidence, placed_by_order) and detail (what was printed and how the value "
        "was decided). Report.provenance lists them.");
    bind_struct<Finding>(
        m, "Finding",
        "One thing a check or the parser says about a report: code (FindingCode), severity, "
        "evaluable (False when the inputs were blank), table (TableKind), row and column ids "
        "('' if none), expected and actual as text, message (a sentence with the Chinese "
        "labels), line (1-based source line, 0 if not from the source), page and box (PDF "
        "sources: the page and the box of the cell or row, else 0 and None), year and "
        "previous_year (series findings, else None), occurrences (how many identical findings "
        "this one stands for: repeats are folded) and more_lines (further source lines where it "
        "was found, at most 9).");
}

// ---- columnar cells ----

struct CellColumns {
    py::list report, agency, year, format, table, row, column, state, value, unit;

    // `r` is a copy the caller owns: the loop below calls into Python (decimal.Decimal), which
    // lets other threads run and change the original.
    void add(std::size_t index, Report const& r) {
        auto const fmt = std::string(id(r.format()));
        py::object const yr = r.year ? py::object(py::int_(*r.year)) : py::object(py::none());
        py::str const ag = to_python_text(r.agency);
        for_each_cell(r, [&](TableKind t, std::string_view row_id, std::string_view col_id,
                             auto const& c) {
            report.append(index);
            agency.append(ag);
            year.append(yr);
            format.append(fmt);
            table.append(std::string(id(t)));
            row.append(std::string(row_id));
            column.append(std::string(col_id));
            state.append(std::string(id(c.state)));
            using C = std::remove_cvref_t<decltype(c)>;
            if constexpr (std::is_same_v<C, MoneyCell>) {
                value.append(c.has_value() ? py::cast(c.money.amount) : py::none());
                unit.append(std::string(id(c.money.unit)));
            } else {
                value.append(c.has_value() ? py::object(py::int_(c.value)) : py::none());
                unit.append(py::none());
            }
        });
    }

    py::dict to_dict() const {
        py::dict d;
        d["report"] = report;
        d["agency"] = agency;
        d["year"] = year;
        d["format"] = format;
        d["table"] = table;
        d["row"] = row;
        d["column"] = column;
        d["state"] = state;
        d["value"] = value;
        d["unit"] = unit;
        return d;
    }
};

constexpr char const* cell_columns_doc =
    "Every cell of the reports as columns, ready for pandas.DataFrame: a dict of equal-length "
    "lists report (index in the input), agency, year, format ('2019'/'2021'), table, row, "
    "column (ids), state ('value', 'blank', 'not_applicable'), value (int for counts, "
    "decimal.Decimal for money, None unless state is 'value') and unit (money unit id for "
    "money cells, else None). Cells are in table order: Article 20, applications, "
    "review/litigation; rows the format lacks are left out.";

void bind_report(py::module_& m) {
    py::class_<Report> report(
        m, "Report",
        "One 政府信息公开工作年度报告. Report(format) is a report of that format with every cell "
        "blank and exactly that format's rows. Attributes are live views: "
        "report.applications.new_received.total.value = 3 changes the report; a view kept after "
        "its place is gone (a row set to None, article20 given the other format's tables) "
        "raises ReferenceError. List attributes (tables_found, sections, diagnostics, provenance) return "
        "copies; assign a whole list to change them.");
    report
        .def(py::init([](FormatVersion f) { return Report::blank(f); }),
             py::arg("format") = FormatVersion::v2021,
             "A report of `format` with every cell blank.")
        .def_static("blank", &Report::blank, py::arg("format"),
                    "A report of `format` with every cell blank.");
    def_members(report, "Report");
    report
        .def_property_readonly("format", &Report::format,
                               "The FormatVersion: which Article 20 model `article20` holds.")
        .def(
            "cells",
            [](py::handle self) {
                CellColumns cols;
                cols.add(0, report_copy(self, "self"));
                return cols.to_dict();
            },
            cell_columns_doc)
        .def("copy", [](Report const& r) { return r; }, "A deep copy.")
        .def("__copy__", [](Report const& r) { return r; })
        .def("__deepcopy__", [](Report const& r, py::handle) { return r; }, py::arg("memo"))
        .def("__eq__", [](Report const& a, Report const& b) { return equal_members(a, b); },
             py::is_operator())
        .def("__repr__", [](Report const& r) {
            return "<govinfo.Report format=" + std::string(id(r.format())) + " agency=" +
                   py::repr(to_python_text(r.agency)).cast<std::string>() +
                   " year=" + (r.year ? std::to_string(*r.year) : std::string("None")) + ">";
        });

    m.def(
        "cell_columns",
        [](py::iterable const& reports) {
            CellColumns cols;
            std::size_t i = 0;
            for (auto const& r : reports) {
                cols.add(i, report_copy(r, "cell_columns(): reports[" + std::to_string(i) + "]"));
                ++i;
            }
            return cols.to_dict();
        },
        py::arg("reports"), cell_columns_doc);
}

}  // namespace

void bind_member_iterator(py::module_& m) {
    py::class_<MemberIterator> it(m, "_MemberIterator",
                                  "Iterates a table or row: what iter(), items() and values() "
                                  "return. Each step finds the table or row again.");
    it.def("__iter__",
           [](py::object const& self) {
               self.cast<MemberIterator&>();  // TypeError for an uninitialised shell
               return self;
           })
        .def("__next__", [](MemberIterator& self) { return self.advance(self); })
        .def("__repr__", [](MemberIterator const& self) {
            return "<govinfo iterator over " + type_name_of(self.host) + ">";
        });
    def_no_pickle(it, "iterate the table or row again instead");
}

Report report_copy(py::handle h, std::string const& what) {
    if (!py::isinstance<Report>(h))
        throw py::type_error(what + " must be Report, not " + type_name_of(h));
    return h.cast<Report const&>();
}

void init_model(py::module_& m) {
    bind_cell(m);
    bind_money_cell(m);
    bind_tables(m);
    bind_metadata(m);
    bind_report(m);
}

}  // namespace govinfo::python
