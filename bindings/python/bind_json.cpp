// JSON documents of reports and findings (docs/json.md). The strings are made and read in C++;
// to_dict/from_dict go through Python's json module so that the dict is exactly the document.
#include <cmath>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "govinfo/json.hpp"

namespace govinfo::python {
namespace {

// Deeper than any report document (Boost.JSON refuses more than a few dozen levels anyway);
// the limit keeps a self-containing list from recursing without end.
constexpr int max_dict_depth = 64;

std::string pointer_token(std::string key) {
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (key[i] == '~') key.replace(i++, 1, "~0");
        else if (key[i] == '/') key.replace(i++, 1, "~1");
    }
    return key;
}

[[noreturn]] void bad_value(std::string const& path, std::string message) {
    Error e;
    e.code = ErrorCode::json_bad_value;
    e.path = path;
    e.message = std::move(message);
    throw Exception(std::move(e));
}

// Walks what Report.from_dict was given before it becomes JSON text, so that a value JSON cannot
// hold is reported at its key ("/year: nan is not a JSON number"), not at a column of a text
// the user never wrote. TypeError for objects that are not JSON values, ParseError for NaN and
// infinities and for text that is not valid Unicode.
void check_json_value(py::handle v, std::string const& path, int depth) {
    auto const where = path.empty() ? std::string("the document") : path;
    if (depth > max_dict_depth)
        bad_value(path, "nested deeper than " + std::to_string(max_dict_depth) + " levels");
    if (v.is_none() || PyBool_Check(v.ptr()) || PyLong_Check(v.ptr())) return;
    if (PyFloat_Check(v.ptr())) {
        if (!std::isfinite(PyFloat_AsDouble(v.ptr())))
            bad_value(path, py::repr(v).cast<std::string>() +
                                " is not a JSON number (NaN and infinities have no JSON form)");
        return;
    }
    if (PyUnicode_Check(v.ptr())) {
        if (!PyUnicode_AsUTF8AndSize(v.ptr(), nullptr)) {
            PyErr_Clear();
            bad_value(path, "the text is not valid Unicode (it holds a lone surrogate)");
        }
        return;
    }
    if (PyDict_Check(v.ptr())) {
        for (auto const& [key, value] : py::reinterpret_borrow<py::dict>(v)) {
            if (!PyUnicode_Check(key.ptr()))
                throw py::type_error("Report.from_dict(): " + where + ": the key " +
                                     py::repr(key).cast<std::string>() + " is not a str");
            check_json_value(value, path + "/" + pointer_token(from_python_text(key, where)),
                             depth + 1);
        }
        return;
    }
    if (PyList_Check(v.ptr()) || PyTuple_Check(v.ptr())) {
        std::size_t i = 0;
        for (auto const& item : py::reinterpret_borrow<py::sequence>(v))
            check_json_value(item, path + "/" + std::to_string(i++), depth + 1);
        return;
    }
    throw py::type_error("Report.from_dict(): " + where + ": " + type_name_of(v) +
                         " is not a JSON value (dict, list, str, int, float, bool or None)");
}

Report report_from_dict(py::handle document) {
    if (!PyDict_Check(document.ptr()))
        throw py::type_error("Report.from_dict() takes a dict, not " + type_name_of(document));
    check_json_value(document, "", 0);
    auto const text = py::module_::import("json")
                          .attr("dumps")(document, py::arg("ensure_ascii") = false)
                          .cast<std::string>();
    auto r = try_report_from_json(text);
    if (r.ok()) return std::move(r).value();
    Error e = r.error();
    e.offset = 0;  // positions in a text made here mean nothing to the caller: the path says it
    e.line = e.column = 0;
    throw Exception(std::move(e));
}

// The pickled state: the JSON document and, apart, the source name as bytes. A file name need
// not be UTF-8 (POSIX), and JSON text must be; kept apart, it comes back byte for byte.
py::object report_state(Report const& r) {
    Report copy = r;
    std::string const source = std::move(copy.source);
    copy.source.clear();
    return py::make_tuple(py::bytes(to_json(copy)), py::bytes(source));
}

Report report_from_state(py::object const& state) {
    if (PyTuple_Check(state.ptr()) && py::len(state) == 2) {
        auto const t = py::reinterpret_borrow<py::tuple>(state);
        if (!PyBytes_Check(t[0].ptr()) || !PyBytes_Check(t[1].ptr()))
            throw py::type_error("the pickled state of a Report is (bytes, bytes)");
        auto const text = t[0].cast<std::string>();
        Report r = take(try_report_from_json(text), text);
        r.source = t[1].cast<std::string>();
        return r;
    }
    // A single document: the state of pickles made before the source was kept apart.
    if (PyBytes_Check(state.ptr())) {
        auto const text = py::reinterpret_borrow<py::bytes>(state).cast<std::string>();
        return take(try_report_from_json(text), text);
    }
    auto const text = from_python_text(state, "the pickled state of a Report");
    return take(try_report_from_json(text), text);
}

}  // namespace

void init_json(py::module_& m) {
    constexpr char const* to_json_doc =
        "The JSON document (str) of a Report, a list of Reports or a list of Findings. Counts are "
        "integers, blank cells null, not-applicable cells \"not_applicable\", money "
        "{\"amount\": \"10524.26475\", \"unit\": \"wan_yuan\"} with its digits as a string.";
    m.def(
        "to_json",
        [](Report const& r, bool pretty) { return OutText{to_json(r, JsonOptions{pretty})}; },
        py::arg("report"), py::kw_only(), py::arg("pretty") = false, to_json_doc);
    m.def(
        "to_json",
        [](std::vector<Report> const& rs, bool pretty) {
            return OutText{to_json(rs, JsonOptions{pretty})};
        },
        py::arg("reports"), py::kw_only(), py::arg("pretty") = false);
    m.def(
        "to_json",
        [](std::vector<Finding> const& fs, bool pretty) {
            return OutText{to_json(fs, JsonOptions{pretty})};
        },
        py::arg("findings"), py::kw_only(), py::arg("pretty") = false);

    m.def(
        "from_json", [](std::string_view s) { return take(try_report_from_json(s), s); },
        py::arg("json"),
        "The Report of a JSON document (str or bytes). Raises ParseError (a ValueError) naming "
        "the JSON path, line and column of what is wrong: wrong types, missing or unknown keys, "
        "ids that do not exist, rows that do not belong to the format.");
    m.def(
        "reports_from_json", [](std::string_view s) { return take(try_reports_from_json(s), s); },
        py::arg("json"), "The Reports of a JSON array of report documents; ParseError if invalid.");
    m.def(
        "findings_from_json", [](std::string_view s) { return take(try_findings_from_json(s), s); },
        py::arg("json"), "The Findings of a JSON array of findings; ParseError if invalid.");

    auto report = py::reinterpret_borrow<py::class_<Report>>(py::type::of<Report>());
    report
        .def(
            "to_json",
            [](Report const& r, bool pretty) { return OutText{to_json(r, JsonOptions{pretty})}; },
            py::kw_only(), py::arg("pretty") = false, "govinfo.to_json(self).")
        .def_static(
            "from_json", [](std::string_view s) { return take(try_report_from_json(s), s); },
            py::arg("json"), "govinfo.from_json(json).")
        .def(
            "to_dict",
            [](Report const& r) {
                return py::module_::import("json").attr("loads")(to_python_text(to_json(r)));
            },
            "The JSON document as plain Python objects (dict, list, str, int, None).")
        .def_static("from_dict", &report_from_dict, py::arg("document"),
                    "The Report of a dict shaped like its JSON document. A value JSON cannot "
                    "hold is named by its path: TypeError for objects that are not JSON values, "
                    "ParseError for NaN and infinities; the library's own ParseError names the "
                    "path (line and column are 0: there is no text).")
        .def(py::pickle(&report_state, &report_from_state));
    def_reduce(report);
}

}  // namespace govinfo::python
