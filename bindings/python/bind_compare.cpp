// A report beside last year's, the section checks and the measures evaluators use: compare.hpp,
// boilerplate.hpp, indicators.hpp and ratio.hpp. The pandas frames are built in govinfo/__init__.py.
#include "bindings.hpp"
#include "govinfo/boilerplate.hpp"
#include "govinfo/compare.hpp"
#include "govinfo/indicators.hpp"
#include "govinfo/labels.hpp"

namespace govinfo::python {
namespace {

void bind_ratio(py::module_& m) {
    auto cls = bind_struct<Ratio>(
        m, "Ratio",
        "An exact ratio kept as the formula wrote it (2 of 3, not reduced). float(r) gives the "
        "nearest float, r.as_fraction() a fractions.Fraction, r.percent() the rounded text. == "
        "compares numerator and denominator as written; same_value() compares values.");
    cls.def(
           "percent", [](Ratio const& r, int decimals, bool sign) { return r.percent(decimals, sign); }, py::arg("decimals") = 1, py::arg("sign") = false,
            "The percentage rounded half away from zero, exactly: Ratio(numerator=2, "
            "denominator=3).percent() == '66.7%'; sign=True writes '+' before positive values.")
        .def(
            "decimal", [](Ratio const& r, int places) { return r.decimal(places); }, py::arg("places") = 6,
             "The value as a decimal rounded half away from zero: '0.666667'.")
        .def("__float__", [](Ratio const& r) { return r.to_double(); })
        .def("as_fraction",
             [](Ratio const& r) {
                 return py::module_::import("fractions").attr("Fraction")(r.numerator, r.denominator);
             },
             "The exact value as fractions.Fraction (reduced).")
        .def("same_value", [](Ratio const& a, Ratio const& b) { return same_value(a, b); },
             py::arg("other"), "Whether the two ratios have the same value (1/2 and 2/4 do).");
}

void bind_comparison(py::module_& m) {
    bind_struct<CellChange>(
        m, "CellChange",
        "One cell of two compared reports: table, row, column (ids), label, old_value and "
        "new_value (Cell or MoneyCell; None when that report's format lacks the cell), kind, "
        "absolute (int, new - old) or absolute_amount (Money), relative (Ratio, (new - old) / "
        "old; None when old is 0) and note.");
    bind_struct<ComparedSentence>(m, "ComparedSentence",
                                  "A sentence of a compared section and whether the other report "
                                  "has it word for word (numbers and dates aside).");
    bind_struct<SectionComparison>(
        m, "SectionComparison",
        "One section 一 … 六 of two reports: headings, similarity (Ratio: Dice coefficient of "
        "character trigrams, numbers and dates ignored), kept, added and dropped sentences, the "
        "sentences of each side, note.");
    auto cls = bind_struct<Comparison>(
        m, "Comparison",
        "What compare(old, new) found: old_report, new_report, cells (every cell of both), "
        "sections (一 … 六) and findings (cross-year checks and the new report's section "
        "checks). to_text(), to_json(pretty=False), to_html() write it out.");
    cls.def("to_text", [](Comparison const& c) { return to_text(c); },
            "The comparison as text: changed cells, what cannot be compared, sections, findings.")
        .def("to_json",
             [](Comparison const& c, bool pretty) { return to_json(c, JsonOptions{pretty}); },
             py::arg("pretty") = false, "The comparison as a JSON document (docs/compare.md).")
        .def("to_html", [](Comparison const& c) { return to_html(c); },
             "One self-contained HTML page: the two reports side by side, changes highlighted.")
        .def("__str__", [](Comparison const& c) { return to_text(c); });
    m.def(
        "compare",
        [](Report const& old_report, Report const& new_report) {
            py::gil_scoped_release nogil;
            return compare(old_report, new_report);
        },
        py::arg("old"), py::arg("new"),
        "Compares a report with the previous year's report (old): every cell with its change, "
        "the cross-year findings and for each section how much text was kept. Across the 2019/"
        "2021 format change only the cells both formats share are compared. docs/compare.md.");
}

void bind_sections(py::module_& m) {
    m.def(
        "check_sections",
        [](Report const& r) {
            py::gil_scoped_release nogil;
            return check_sections(r);
        },
        py::arg("report"),
        "The section checks of one report: section_missing, section_out_of_order, "
        "section_problems_empty, section_fees_silent, section_year_mismatch (also in check()).");
    m.def(
        "check_sections_across_years",
        [](Report const& previous, Report const& current) {
            py::gil_scoped_release nogil;
            return check_sections_across_years(previous, current);
        },
        py::arg("previous"), py::arg("current"),
        "section_copied and section_problems_repeated of `current` against the previous year's "
        "report of the same agency.");
    m.def(
        "check_series_sections",
        [](Series const& s) {
            py::gil_scoped_release nogil;
            return check_series_sections(s);
        },
        py::arg("series"), "check_sections_across_years for each pair of consecutive years.");
}

void bind_indicators(py::module_& m) {
    bind_struct<CountMeasure>(m, "CountMeasure", "A count: value (int or None) and missing.");
    auto rate = bind_struct<RateMeasure>(
        m, "RateMeasure",
        "A rate: numerator and denominator (ints, kept when known, also 0 of 0) and missing; "
        "value() gives the exact Ratio or None.");
    rate.def(
        "value", [](RateMeasure const& r) { return r.value(); }, "The rate as an exact Ratio, or None when missing.");
    bind_struct<Article20Count>(m, "Article20Count", "One Article 20 count: row, column, cell.");
    bind_struct<Indicators>(m, "Indicators",
                            "The measures of one report (docs/indicators.md); "
                            "govinfo.indicators(reports) gives them as a pandas frame.");
    m.def(
        "indicator_rows",
        [](std::vector<Report> const& reports) {
            py::gil_scoped_release nogil;
            return indicators(reports);
        },
        py::arg("reports"),
        "The measures of each report, in input order (a list of Indicators). The change of "
        "applications received is taken against the same agency's report of the year before "
        "when the list holds it.");
    m.def("article20_count_columns", &article20_count_columns,
          "The (Article20Row, Article20Column) count cells of both formats, in the order of the "
          "a20_<row>_<column> columns of govinfo.indicators().");
    m.def(
        "_indicator_measures",
        [] {
            std::vector<std::pair<std::string, std::string>> out;
            for_each_measure(Indicators{}, [&](std::string_view name, auto const& x) {
                bool const is_rate = std::is_same_v<std::decay_t<decltype(x)>, RateMeasure>;
                out.emplace_back(std::string(name), is_rate ? "rate" : "count");
            });
            return out;
        },
        "(name, 'count' | 'rate') of every measure, in column order.");
}

}  // namespace

void init_compare(py::module_& m) {
    bind_ratio(m);
    bind_comparison(m);
    bind_sections(m);
    bind_indicators(m);
}

}  // namespace govinfo::python
