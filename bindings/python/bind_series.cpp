// Series (one agency across years) and rollups (many agencies summed): series.hpp, rollup.hpp.
#include <string>
#include <vector>

#include "bindings.hpp"
#include "govinfo/rollup.hpp"
#include "govinfo/series.hpp"

namespace pybind11::detail {
template <>
struct type_caster<govinfo::Series> : constructed_caster<govinfo::Series> {};
}  // namespace pybind11::detail

namespace govinfo::python {
namespace {

// The cross-year checks run without the GIL on a copy: another thread may reassign
// series.reports meanwhile.
std::vector<Finding> validate_copy(Series const& s) {
    Series const copy = s;
    py::gil_scoped_release nogil;
    return validate_series(copy);
}

// The key a callable gives for a report: a str, or TypeError saying what it returned.
SeriesKey python_key(py::object fn) {
    return [fn = std::move(fn)](Report const& r) {
        py::object const key = fn(r);  // series() holds the GIL throughout
        if (!PyUnicode_Check(key.ptr()))
            throw py::type_error("series(): key(report) must return a str, not " +
                                 type_name_of(key));
        return from_python_text(key, "series(): key(report)");
    };
}

void bind_series_class(py::module_& m) {
    py::class_<Series> cls(m, "Series",
                           "The reports of one agency, ordered by year (reports without a year "
                           "last). `key` is the grouping key (agency_key of the name, or the "
                           "caller's own).");
    cls.def(py::init<>())
        .def_property(
            "key", [](Series const& s) { return OutText{s.key}; },
            [](Series& s, py::handle key) { s.key = from_python_text(key, "Series.key"); },
            "The grouping key of the agency.")
        .def_property(
            "reports",
            [](Series const& s) {
                auto const reports = s.reports;  // a copy first: converting may run Python code
                return to_python(reports);
            },
            [](Series& s, py::handle reports) {
                auto v = from_python<std::vector<Report>>(reports, "Series.reports");
                s.reports = std::move(v);
            },
            "The reports, ordered by year (a copy: assign the whole list to change it).")
        .def("validate", &validate_copy,
             "The cross-year findings of this series (same as govinfo.validate_series(series)).")
        .def("__len__", [](Series const& s) { return s.reports.size(); })
        .def("__repr__",
             [](Series const& s) {
                 std::string years;
                 for (auto const& r : s.reports) {
                     if (!years.empty()) years += ", ";
                     years += r.year ? std::to_string(*r.year) : "?";
                 }
                 return OutText{"<govinfo.Series '" + s.key + "': " + years + ">"};
             })
        .def(py::pickle(
            [](Series const& s) {
                Series const copy = s;
                return py::make_tuple(to_python_text(copy.key), to_python(copy.reports));
            },
            [](py::tuple const& t) {
                if (t.size() != 2) throw py::value_error("the pickled state of a Series has 2 items");
                return Series{from_python<std::string>(t[0], "Series.key"),
                              from_python<std::vector<Report>>(t[1], "Series.reports")};
            }));
    def_reduce(cls);
}

void bind_series_functions(py::module_& m) {
    m.def("agency_key", [](InText agency) { return OutText{agency_key(agency.value)}; },
          py::arg("agency"),
          "The grouping key of an agency name: whitespace and punctuation removed, full-width "
          "ASCII folded, ASCII lower-cased; no character of the name is dropped, so different "
          "agencies never share a key.");
    m.def(
        "series",
        [](std::vector<Report> reports, py::object const& key) {
            if (key.is_none()) return group_series(std::move(reports));
            if (py::isinstance<py::str>(key)) {
                // The caller says all the reports are one agency, and names it.
                return std::vector<Series>{
                    make_series(std::move(reports), from_python_text(key, "series(): key"))};
            }
            if (!PyCallable_Check(key.ptr()))
                throw py::type_error("series(): key must be None, a str or a callable Report -> "
                                     "str, not " + type_name_of(key));
            return group_series(std::move(reports), python_key(key));
        },
        py::arg("reports"), py::arg("key") = py::none(),
        "Groups reports into series, one per agency, each ordered by year, in the order each "
        "agency first appears. key=None groups by agency_key(report.agency); a str puts every "
        "report into one series with that key; a callable maps each Report to its key.");
    m.def(
        "validate_series", &validate_copy,
        py::arg("series"),
        "Cross-year findings of a series, each with `year` and `previous_year`: carried_forward "
        "(Y-1) = carried_over (Y) per column (error); 2021 in_force roll-forward and 2019 "
        "previous_items roll-forward (warnings); missing years (info). docs/series.md.");
    m.def(
        "resolve_by_neighbouring_years",
        [](Series const& s) {
            Series copy = s;  // the caller's series is left as it was
            py::gil_scoped_release nogil;
            resolve_by_neighbouring_years(copy);
            return copy;
        },
        py::arg("series"),
        "A copy of the series in which glued rows that split several ways (parse_uncertain_cells "
        "warnings) are decided by the neighbouring years where exactly one split fits: 2021 "
        "in_force roll-forward for regulations and normative documents, 2019 previous_items "
        "roll-forward. Each decided row gets its cells and an info parse_uncertain_cells finding "
        "naming the split and the evidence. Run before validate_series. docs/series.md.");
}

void bind_rollup_functions(py::module_& m) {
    m.def(
        "rollup",
        [](std::vector<Report> const& reports, InText agency) {
            py::gil_scoped_release nogil;  // `reports` is this call's own copy
            return rollup(reports, std::move(agency.value));
        },
        py::arg("reports"), py::arg("agency") = "",
        "Sums reports of one year and format cell by cell into one Report. A blank input makes "
        "the sum blank; '/' in every input gives '/'; '/' mixed with numbers gives blank with a "
        "note in the sum's diagnostics; money adds exactly. Mixing formats or years raises "
        "ParseError (a ValueError) naming the offending report.");
    m.def(
        "compare_rollup",
        [](Report const& published, Report const& sum) {
            Report const a = published, b = sum;  // the originals may change without the GIL
            py::gil_scoped_release nogil;
            return compare_rollup(a, b);
        },
        py::arg("published"), py::arg("rollup"),
        "Every cell where a published report differs from the rollup of its parts, as "
        "rollup_mismatch findings (expected = the rollup's value, actual = the published one).");
}

}  // namespace

void init_series(py::module_& m) {
    bind_series_class(m);
    bind_series_functions(m);
    bind_rollup_functions(m);
}

}  // namespace govinfo::python
