// JSON documents of reports and findings (docs/json.md). The strings are made and read in C++;
// to_dict/from_dict go through Python's json module so that the dict is exactly the document.
#include <vector>

#include "bindings.hpp"
#include "govinfo/json.hpp"

namespace govinfo::python {

void init_json(py::module_& m) {
    constexpr char const* to_json_doc =
        "The JSON document (str) of a Report, a list of Reports or a list of Findings. Counts are "
        "integers, blank cells null, not-applicable cells \"not_applicable\", money "
        "{\"amount\": \"10524.26475\", \"unit\": \"wan_yuan\"} with its digits as a string.";
    m.def(
        "to_json", [](Report const& r, bool pretty) { return to_json(r, JsonOptions{pretty}); },
        py::arg("report"), py::kw_only(), py::arg("pretty") = false, to_json_doc);
    m.def(
        "to_json",
        [](std::vector<Report> const& rs, bool pretty) { return to_json(rs, JsonOptions{pretty}); },
        py::arg("reports"), py::kw_only(), py::arg("pretty") = false);
    m.def(
        "to_json",
        [](std::vector<Finding> const& fs, bool pretty) { return to_json(fs, JsonOptions{pretty}); },
        py::arg("findings"), py::kw_only(), py::arg("pretty") = false);

    m.def(
        "from_json", [](std::string_view s) { return take(report_from_json(s), s); },
        py::arg("json"),
        "The Report of a JSON document (str or bytes). Raises ParseError (a ValueError) naming "
        "the JSON path, line and column of what is wrong: wrong types, missing or unknown keys, "
        "ids that do not exist, rows that do not belong to the format.");
    m.def(
        "reports_from_json", [](std::string_view s) { return take(reports_from_json(s), s); },
        py::arg("json"), "The Reports of a JSON array of report documents; ParseError if invalid.");
    m.def(
        "findings_from_json", [](std::string_view s) { return take(findings_from_json(s), s); },
        py::arg("json"), "The Findings of a JSON array of findings; ParseError if invalid.");

    auto report = py::reinterpret_borrow<py::class_<Report>>(py::type::of<Report>());
    report
        .def(
            "to_json", [](Report const& r, bool pretty) { return to_json(r, JsonOptions{pretty}); },
            py::kw_only(), py::arg("pretty") = false, "govinfo.to_json(self).")
        .def_static(
            "from_json", [](std::string_view s) { return take(report_from_json(s), s); },
            py::arg("json"), "govinfo.from_json(json).")
        .def(
            "to_dict",
            [](Report const& r) { return py::module_::import("json").attr("loads")(to_json(r)); },
            "The JSON document as plain Python objects (dict, list, str, int, None).")
        .def_static(
            "from_dict",
            [](py::object const& d) {
                auto const s = py::module_::import("json")
                                   .attr("dumps")(d, py::arg("ensure_ascii") = false)
                                   .cast<std::string>();
                return take(report_from_json(s), s);
            },
            py::arg("document"), "The Report of a dict shaped like its JSON document.")
        .def(py::pickle([](Report const& r) { return to_json(r); },
                        [](std::string const& s) { return take(report_from_json(s), s); }));
}

}  // namespace govinfo::python
