// Reading real report text: parse, parse_file and parse_many (files on worker threads). The GIL
// is released while C++ parses. Results keep their reports in a Python list built once, so
// result.reports[0].agency = "…" sticks.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <vector>

#include "bindings.hpp"
#include "govinfo/batch.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/parse.hpp"

namespace govinfo::python {
namespace {

struct PyParseResult {
    py::list reports;
    py::list diagnostics;
    std::string encoding;
};

PyParseResult to_python(ParseResult&& r) {
    PyParseResult out;
    for (auto& rep : r.reports) out.reports.append(py::cast(std::move(rep)));
    for (auto& f : r.diagnostics) out.diagnostics.append(py::cast(std::move(f)));
    out.encoding = std::move(r.encoding);
    return out;
}

struct PyFileResult {
    std::filesystem::path path;
    std::optional<Error> error;
    py::list reports;
    py::list diagnostics;
    std::string encoding;
};

PyFileResult to_python(FileResult&& r) {
    PyFileResult out;
    out.path = std::move(r.path);
    out.error = std::move(r.error);
    for (auto& rep : r.reports) out.reports.append(py::cast(std::move(rep)));
    for (auto& f : r.diagnostics) out.diagnostics.append(py::cast(std::move(f)));
    out.encoding = std::move(r.encoding);
    return out;
}

ParseOptions options(std::optional<std::string> source_name,
                     std::optional<std::size_t> max_input_bytes) {
    ParseOptions o;
    if (source_name) o.source_name = std::move(*source_name);
    if (max_input_bytes) o.max_input_bytes = *max_input_bytes;
    return o;
}

}  // namespace

void init_parse(py::module_& m) {
    py::class_<Error>(m, "Error",
                      "Why an input could not be used (the fields ParseError carries): code, "
                      "message, file, path, offset, line, column.")
        .def_readonly("code", &Error::code, "The ErrorCode.")
        .def_readonly("message", &Error::message, "What is wrong, in one sentence.")
        .def_readonly("file", &Error::file, "The file the input came from, or ''.")
        .def_readonly("path", &Error::path, "JSON pointer of the problem, or ''.")
        .def_readonly("offset", &Error::offset, "Byte offset into the input, when known.")
        .def_readonly("line", &Error::line, "1-based line; 0 when unknown.")
        .def_readonly("column", &Error::column, "1-based column in characters; 0 when unknown.")
        .def("__str__", &Error::to_string)
        .def("__repr__", [](Error const& e) { return "<govinfo.Error " + e.to_string() + ">"; });

    py::class_<PyParseResult>(m, "ParseResult",
                              "What parse() found: reports (list of Report, in input order), "
                              "diagnostics (list of Finding about the input as a whole) and "
                              "encoding (what the input was decoded from: 'UTF-8', 'GB18030', …).")
        .def_readonly("reports", &PyParseResult::reports, "The reports, in input order.")
        .def_readonly("diagnostics", &PyParseResult::diagnostics,
                      "Findings about the input as a whole (not about one report).")
        .def_readonly("encoding", &PyParseResult::encoding, "The encoding the input was read in.")
        .def("__repr__", [](PyParseResult const& r) {
            return "<govinfo.ParseResult reports=" + std::to_string(r.reports.size()) +
                   " diagnostics=" + std::to_string(r.diagnostics.size()) + " encoding=" +
                   r.encoding + ">";
        });

    py::class_<PyFileResult>(m, "FileResult",
                             "One file of parse_many(): path, error (Error or None when the file "
                             "could not be read or decoded), reports, diagnostics, encoding.")
        .def_readonly("path", &PyFileResult::path, "The file (pathlib.Path).")
        .def_readonly("error", &PyFileResult::error, "The Error, or None when the file was read.")
        .def_readonly("reports", &PyFileResult::reports, "The reports found in the file.")
        .def_readonly("diagnostics", &PyFileResult::diagnostics,
                      "Findings about the file as a whole.")
        .def_readonly("encoding", &PyFileResult::encoding, "The encoding the file was read in.")
        .def_property_readonly(
            "ok", [](PyFileResult const& r) { return !r.error.has_value(); },
            "True when the file was read (even if it held no report).")
        .def("__repr__", [](PyFileResult const& r) {
            return "<govinfo.FileResult " + r.path.string() +
                   (r.error ? " error=" + std::string(id(r.error->code))
                            : " reports=" + std::to_string(r.reports.size())) +
                   ">";
        });

    m.def(
        "parse",
        [](std::string_view text, std::optional<std::string> source_name,
           std::optional<std::size_t> max_input_bytes) {
            auto const o = options(std::move(source_name), max_input_bytes);
            Result<ParseResult> r = [&] {
                py::gil_scoped_release nogil;
                return try_parse(text, o);
            }();
            return to_python(take(std::move(r)));
        },
        py::arg("text"), py::arg("source_name") = py::none(), py::kw_only(),
        py::arg("max_input_bytes") = py::none(),
        "Every report in `text` (str, or bytes in UTF-8, GB18030/GBK or UTF-16; the encoding is "
        "detected) as a ParseResult. `source_name` is recorded in Report.source and in errors. "
        "Raises ParseError only for input that cannot be used at all (undecodable, larger than "
        "max_input_bytes); anything readable gives a ParseResult, possibly with no reports and a "
        "diagnostic saying why. The GIL is released while parsing.");
    m.def(
        "parse_file",
        [](std::filesystem::path const& path, std::optional<std::size_t> max_input_bytes) {
            auto const o = options(std::nullopt, max_input_bytes);
            Result<ParseResult> r = [&] {
                py::gil_scoped_release nogil;
                return try_parse_file(path, o);
            }();
            return to_python(take(std::move(r)));
        },
        py::arg("path"), py::kw_only(), py::arg("max_input_bytes") = py::none(),
        "parse() of a file (str or os.PathLike); ParseError (code io_error) when it cannot be "
        "read.");
    m.def(
        "parse_many",
        [](py::object const& items, std::optional<unsigned> threads,
           std::optional<std::size_t> max_input_bytes) {
            if (py::isinstance<py::str>(items) || py::isinstance<py::bytes>(items) ||
                py::hasattr(items, "__fspath__"))
                throw py::type_error("parse_many() takes a list of paths, not one path: use "
                                     "parse_file() or parse_many([path])");
            if (!py::isinstance<py::iterable>(items))
                throw py::type_error("parse_many() takes an iterable of paths");
            std::vector<std::filesystem::path> paths;
            for (auto const& h : py::reinterpret_borrow<py::iterable>(items))
                paths.push_back(h.cast<std::filesystem::path>());
            auto const o = options(std::nullopt, max_input_bytes);
            std::vector<FileResult> results;
            {
                py::gil_scoped_release nogil;
                results = parse_many(paths, threads.value_or(0), o);
            }
            py::list out;
            for (auto& r : results) out.append(py::cast(to_python(std::move(r))));
            return out;
        },
        py::arg("paths"), py::arg("threads") = py::none(), py::kw_only(),
        py::arg("max_input_bytes") = py::none(),
        "Parses many files (any iterable of str or os.PathLike) on `threads` C++ worker threads "
        "(None: one per hardware thread) with the GIL released, returning one FileResult per "
        "path in input order. A file that cannot be read or decoded does not stop the batch and "
        "raises nothing: its FileResult.error says why and FileResult.ok is False.");
}

}  // namespace govinfo::python
