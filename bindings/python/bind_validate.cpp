// The rules of docs/rules.md: validate() and the rule catalogue, plus findings as columns.
#include <vector>

#include "bindings.hpp"
#include "govinfo/batch.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/validate.hpp"

namespace pybind11::detail {
template <>
struct type_caster<govinfo::RuleInfo> : constructed_caster<govinfo::RuleInfo> {};
}  // namespace pybind11::detail

namespace govinfo::python {
namespace {

void bind_validate_functions(py::module_& m) {
    // The rules run on a copy: without the GIL, another thread may reassign the report's
    // members (diagnostics, sections, agency) while they are read.
    m.def(
        "validate",
        [](py::handle report) {
            Report const r = report_copy(report, "validate(): report");
            py::gil_scoped_release nogil;
            return validate(r);
        },
        py::arg("report"),
        "Every finding of the rules (docs/rules.md) about `report`, all at once, as a list of "
        "Finding. A check whose inputs were blank comes back at severity info with evaluable "
        "False. The rules run on a copy of the report with the GIL released.");
    m.def(
        "check",
        [](py::handle report) {
            Report const r = report_copy(report, "check(): report");
            py::gil_scoped_release nogil;
            return check(r);
        },
        py::arg("report"),
        "Every finding about `report`: what the parser noticed (report.diagnostics), then "
        "validate(report), then where the narrative contradicts the tables. The checks run on a "
        "copy of the report with the GIL released.");
}

void bind_rule_catalogue(py::module_& m) {
    py::class_<RuleInfo> rule(m, "RuleInfo", "One rule of the catalogue (docs/rules.md).");
    rule
        .def_readonly("code", &RuleInfo::code, "The FindingCode the rule reports.")
        .def_readonly("severity", &RuleInfo::severity, "Severity when the rule is violated.")
        .def_property_readonly(
            "title", [](RuleInfo const& r) { return std::string(r.title); }, "Short English title.")
        .def_property_readonly(
            "formula", [](RuleInfo const& r) { return std::string(r.formula); },
            "The rule as a formula, e.g. 'N + P = T + F (per column)'.")
        .def("__repr__", [](RuleInfo const& r) {
            return "<govinfo.RuleInfo " + std::string(id(r.code)) + ": " + std::string(r.title) +
                   ">";
        });
    def_no_pickle(rule, "pickle its code and call find_rule(code)");
    m.def(
        "rule_catalogue",
        [] {
            auto const rules = rule_catalogue();
            return std::vector<RuleInfo>(rules.begin(), rules.end());
        },
        "Every rule validate() applies.");
    m.def(
        "find_rule",
        [](FindingCode c) -> std::optional<RuleInfo> {
            if (auto const* r = find_rule(c)) return *r;
            return std::nullopt;
        },
        py::arg("code"), "The rule reporting `code`, or None.");
}

void bind_finding_columns(py::module_& m) {
    m.def(
        "finding_columns",
        [](py::iterable const& findings) {
            py::list code, severity, evaluable, table, row, column, expected, actual, message,
                line, year, previous_year, occurrences, more_lines;
            std::size_t i = 0;
            for (auto const& h : findings) {
                Finding const f = from_python<Finding>(
                    h, "finding_columns(): findings[" + std::to_string(i++) + "]");
                code.append(std::string(id(f.code)));
                severity.append(std::string(id(f.severity)));
                evaluable.append(f.evaluable);
                table.append(std::string(id(f.table)));
                row.append(to_python_text(f.row));
                column.append(to_python_text(f.column));
                expected.append(to_python_text(f.expected));
                actual.append(to_python_text(f.actual));
                message.append(to_python_text(f.message));
                line.append(f.line);
                year.append(py::cast(f.year));
                previous_year.append(py::cast(f.previous_year));
                occurrences.append(f.occurrences);
                more_lines.append(py::cast(f.more_lines));
            }
            py::dict d;
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
            d["year"] = year;
            d["previous_year"] = previous_year;
            d["occurrences"] = occurrences;
            d["more_lines"] = more_lines;
            return d;
        },
        py::arg("findings"),
        "Findings as columns, ready for pandas.DataFrame: a dict of equal-length lists code, "
        "severity, table (ids as str), evaluable, row, column, expected, actual, message, line, "
        "year, previous_year, occurrences (how many findings each stands for), more_lines.");
}

}  // namespace

void init_validate(py::module_& m) {
    bind_validate_functions(m);
    bind_rule_catalogue(m);
    bind_finding_columns(m);
}

}  // namespace govinfo::python
