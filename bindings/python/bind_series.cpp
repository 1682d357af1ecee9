// Series (one agency across years) and rollups (many agencies summed): series.hpp, rollup.hpp.
#include <pybind11/functional.h>

#include "bindings.hpp"
#include "govinfo/rollup.hpp"
#include "govinfo/series.hpp"

namespace govinfo::python {

void init_series(py::module_& m) {
    py::class_<Series> cls(m, "Series",
                           "The reports of one agency, ordered by year (reports without a year "
                           "last). `key` is the grouping key (agency_key of the name, or the "
                           "caller's own).");
    cls.def(py::init<>())
        .def_readwrite("key", &Series::key, "The grouping key of the agency.")
        .def_readwrite("reports", &Series::reports,
                       "The reports, ordered by year (a copy: assign the whole list to change it).")
        .def("validate", [](Series const& s) {
            py::gil_scoped_release nogil;
            return validate_series(s);
        }, "The cross-year findings of this series (same as govinfo.validate_series(series)).")
        .def("__len__", [](Series const& s) { return s.reports.size(); })
        .def("__repr__", [](Series const& s) {
            std::string years;
            for (auto const& r : s.reports) {
                if (!years.empty()) years += ", ";
                years += r.year ? std::to_string(*r.year) : "?";
            }
            return "<govinfo.Series '" + s.key + "': " + years + ">";
        });

    m.def("agency_key", &agency_key, py::arg("agency"),
          "The grouping key of an agency name: whitespace and punctuation removed, full-width "
          "ASCII folded, ASCII lower-cased; no character of the name is dropped, so different "
          "agencies never share a key.");
    m.def(
        "series",
        [](std::vector<Report> reports, py::object const& key) {
            if (key.is_none()) return group_series(std::move(reports));
            if (py::isinstance<py::str>(key)) {
                // The caller says all the reports are one agency, and names it.
                return std::vector<Series>{make_series(std::move(reports), key.cast<std::string>())};
            }
            if (!PyCallable_Check(key.ptr()))
                throw py::type_error("key must be None, a str or a callable Report -> str");
            auto fn = key.cast<std::function<std::string(Report const&)>>();
            return group_series(std::move(reports), fn);
        },
        py::arg("reports"), py::arg("key") = py::none(),
        "Groups reports into series, one per agency, each ordered by year, in the order each "
        "agency first appears. key=None groups by agency_key(report.agency); a str puts every "
        "report into one series with that key; a callable maps each Report to its key.");
    m.def(
        "validate_series",
        [](Series const& s) {
            py::gil_scoped_release nogil;
            return validate_series(s);
        },
        py::arg("series"),
        "Cross-year findings of a series, each with `year` and `previous_year`: carried_forward "
        "(Y-1) = carried_over (Y) per column (error); 2021 in_force roll-forward and 2019 "
        "previous_items roll-forward (warnings); missing years (info). docs/series.md.");
    m.def(
        "rollup",
        [](std::vector<Report> const& reports, std::string agency) {
            py::gil_scoped_release nogil;
            return rollup_or_throw(reports, std::move(agency));
        },
        py::arg("reports"), py::arg("agency") = "",
        "Sums reports of one year and format cell by cell into one Report. A blank input makes "
        "the sum blank; '/' in every input gives '/'; '/' mixed with numbers gives blank with a "
        "note in the sum's diagnostics; money adds exactly. Mixing formats or years raises "
        "ParseError (a ValueError) naming the offending report.");
    m.def(
        "compare_rollup",
        [](Report const& published, Report const& sum) {
            py::gil_scoped_release nogil;
            return compare_rollup(published, sum);
        },
        py::arg("published"), py::arg("rollup"),
        "Every cell where a published report differs from the rollup of its parts, as "
        "rollup_mismatch findings (expected = the rollup's value, actual = the published one).");
}

}  // namespace govinfo::python
