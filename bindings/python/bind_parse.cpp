// Reading real report text: parse, parse_file and parse_many (files and folders, walked as the
// govinfo command walks them, parsed on worker threads). The GIL is released while C++ walks and
// parses. Results keep their reports in a Python list built once, so result.reports[0].agency =
// "…" sticks.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <vector>

#include "bindings.hpp"
#include "govinfo/batch.hpp"
#include "govinfo/file_walk.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/parse.hpp"

namespace govinfo::python {

// What parse() and parse_many() return. The reports are kept in Python lists built once, so
// result.reports[0].agency = "…" sticks.
struct PyParseResult {
    py::list reports;
    py::list diagnostics;
    std::string encoding;
};

struct PyFileResult {
    std::filesystem::path path;
    std::optional<Error> error;
    py::list reports;
    py::list diagnostics;
    std::string encoding;
    std::optional<std::string> skipped;  // why a folder walk passed over this entry
};

}  // namespace govinfo::python

namespace pybind11::detail {
template <>
struct type_caster<govinfo::python::PyParseResult>
    : constructed_caster<govinfo::python::PyParseResult> {};
template <>
struct type_caster<govinfo::python::PyFileResult>
    : constructed_caster<govinfo::python::PyFileResult> {};
}  // namespace pybind11::detail

namespace govinfo::python {
namespace {

template <class Results>
void fill(py::list& reports, py::list& diagnostics, Results& r) {
    for (auto& rep : r.reports) reports.append(py::cast(std::move(rep)));
    for (auto& f : r.diagnostics) diagnostics.append(py::cast(std::move(f)));
}

PyParseResult to_python(ParseResult&& r) {
    PyParseResult out;
    fill(out.reports, out.diagnostics, r);
    out.encoding = std::move(r.encoding);
    return out;
}

PyFileResult to_python(FileResult&& r) {
    PyFileResult out;
    out.path = std::move(r.path);
    out.error = std::move(r.error);
    fill(out.reports, out.diagnostics, r);
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

// The bytes parse() reads: a str (its UTF-8, cached in the str object) or bytes (immutable) are
// read in place; any other buffer (bytearray, memoryview) is copied first, since another thread
// could resize it while the parser runs without the GIL.
struct InputText {
    py::object keep;  // the object `text` points into
    std::string_view text;
};

InputText input_text(py::handle h) {
    InputText in;
    if (PyUnicode_Check(h.ptr())) {
        Py_ssize_t size = 0;
        char const* data = PyUnicode_AsUTF8AndSize(h.ptr(), &size);
        if (!data) throw py::error_already_set();  // UnicodeEncodeError: a lone surrogate
        in.keep = py::reinterpret_borrow<py::object>(h);
        in.text = {data, static_cast<std::size_t>(size)};
        return in;
    }
    if (PyBytes_Check(h.ptr())) {
        in.keep = py::reinterpret_borrow<py::object>(h);
    } else if (PyObject_CheckBuffer(h.ptr())) {
        in.keep = py::reinterpret_steal<py::object>(PyBytes_FromObject(h.ptr()));
        if (!in.keep) throw py::error_already_set();
    } else {
        throw py::type_error("parse(): text must be str or bytes, not " + type_name_of(h));
    }
    in.text = {PyBytes_AS_STRING(in.keep.ptr()),
               static_cast<std::size_t>(PyBytes_GET_SIZE(in.keep.ptr()))};
    return in;
}

// A path argument: str, bytes or os.PathLike; TypeError naming `what` for anything else,
// ValueError for a path the file system cannot take (an embedded NUL).
std::filesystem::path path_of(py::handle h, std::string const& what) {
    if (!PyUnicode_Check(h.ptr()) && !PyBytes_Check(h.ptr()) && !py::hasattr(h, "__fspath__"))
        throw py::type_error(what + " must be str, bytes or os.PathLike, not " + type_name_of(h));
    py::detail::make_caster<std::filesystem::path> caster;
    if (caster.load(h, true)) return py::detail::cast_op<std::filesystem::path>(caster);
    PyErr_Clear();
    // The caster says nothing about why: os.fspath() does (its TypeError propagates), and what
    // it gives back can still hold a NUL, which no file name can.
    py::object const name = py::module_::import("os").attr("fspath")(h);
    bool const nul = PyUnicode_Check(name.ptr()) ? name.contains(py::str("\0", 1))
                                                 : name.contains(py::bytes("\0", 1));
    throw py::value_error(what + ": " + py::repr(name).cast<std::string>() +
                          (nul ? " is not a file name (it holds a NUL character)"
                               : " cannot be encoded as a file name"));
}

// What parse_many() reads: one path, or every path of an iterable (named by index in errors).
std::vector<std::filesystem::path> input_paths(py::object const& items) {
    if (PyUnicode_Check(items.ptr()) || PyBytes_Check(items.ptr()) ||
        py::hasattr(items, "__fspath__"))
        return {path_of(items, "parse_many(): paths")};
    if (!py::isinstance<py::iterable>(items))
        throw py::type_error("parse_many(): paths must be a path or an iterable of paths "
                             "(str, bytes or os.PathLike), not " + type_name_of(items));
    std::vector<std::filesystem::path> paths;
    for (auto const& h : py::reinterpret_borrow<py::iterable>(items))
        paths.push_back(path_of(h, "parse_many(): paths[" + std::to_string(paths.size()) + "]"));
    return paths;
}

// The result for an entry the walk did not read: skipped, or unreadable as an io_error (what the
// govinfo command reports for it).
PyFileResult not_read(WalkItem&& item) {
    PyFileResult out;
    out.path = std::move(item.path);
    if (item.kind == WalkItem::Kind::skipped) {
        out.skipped = std::move(item.reason);
        return out;
    }
    Error e;
    e.code = ErrorCode::io_error;
    e.message = std::move(item.reason);
    e.file = out.path.string();
    out.error = std::move(e);
    return out;
}

py::tuple error_state(Error const& e) {
    return py::make_tuple(e.code, to_python_text(e.message), to_python_text(e.file),
                          to_python_text(e.path), e.offset, e.line, e.column);
}

Error error_from_state(py::tuple const& t) {
    if (t.size() != 7) throw py::value_error("the pickled state of an Error has 7 items");
    Error e;
    e.code = from_python<ErrorCode>(t[0], "Error.code");
    e.message = from_python<std::string>(t[1], "Error.message");
    e.file = from_python<std::string>(t[2], "Error.file");
    e.path = from_python<std::string>(t[3], "Error.path");
    e.offset = from_python<std::size_t>(t[4], "Error.offset");
    e.line = from_python<std::uint32_t>(t[5], "Error.line");
    e.column = from_python<std::uint32_t>(t[6], "Error.column");
    return e;
}

// A list of the pickled state, copied, so the new result does not share it with anything.
py::list list_of(py::handle h, char const* what) {
    if (!PyList_Check(h.ptr())) throw py::type_error(std::string(what) + " must be a list");
    return py::list(py::reinterpret_borrow<py::object>(h));
}

py::str path_text(std::filesystem::path const& p) { return to_python_text(p.native()); }

// Library text that may hold any bytes (a file name's extension in a skip reason) is pickled as
// bytes, so it comes back byte for byte.
py::object bytes_or_none(std::optional<std::string> const& text) {
    return text ? py::object(py::bytes(*text)) : py::object(py::none());
}

std::optional<std::string> bytes_from_state(py::handle h, char const* what) {
    if (h.is_none()) return std::nullopt;
    if (!PyBytes_Check(h.ptr()))
        throw py::type_error(std::string(what) + " must be bytes or None in a pickled state, not " +
                             type_name_of(h));
    return h.cast<std::string>();
}

OutText file_result_repr(PyFileResult const& r) {
    std::string out = "<govinfo.FileResult " + r.path.native();
    if (r.error) out += " error=" + std::string(id(r.error->code));
    else if (r.skipped) out += " skipped: " + *r.skipped;
    else out += " reports=" + std::to_string(r.reports.size());
    return OutText{out + ">"};
}

void bind_error(py::module_& m) {
    py::class_<Error> error(m, "Error",
                            "Why an input could not be used (the fields ParseError carries): "
                            "code, message, file, path, offset, line, column.");
    error.def_readonly("code", &Error::code, "The ErrorCode.")
        .def_property_readonly(
            "message", [](Error const& e) { return OutText{e.message}; },
            "What is wrong, in one sentence.")
        .def_property_readonly(
            "file", [](Error const& e) { return OutText{e.file}; },
            "The file the input came from, or ''.")
        .def_property_readonly(
            "path", [](Error const& e) { return OutText{e.path}; },
            "JSON pointer of the problem, or ''.")
        .def_readonly("offset", &Error::offset, "Byte offset into the input, when known.")
        .def_readonly("line", &Error::line, "1-based line; 0 when unknown.")
        .def_readonly("column", &Error::column, "1-based column in characters; 0 when unknown.")
        .def("__str__", [](Error const& e) { return OutText{e.to_string()}; })
        .def("__repr__",
             [](Error const& e) { return OutText{"<govinfo.Error " + e.to_string() + ">"}; })
        .def(py::pickle(&error_state, &error_from_state));
    def_reduce(error);
}

void bind_parse_result(py::module_& m) {
    py::class_<PyParseResult> parse_result(
        m, "ParseResult",
        "What parse() found: reports (list of Report, in input order), diagnostics (list of "
        "Finding about the input as a whole) and encoding (what the input was decoded from: "
        "'UTF-8', 'GB18030', …).");
    parse_result.def_readonly("reports", &PyParseResult::reports, "The reports, in input order.")
        .def_readonly("diagnostics", &PyParseResult::diagnostics,
                      "Findings about the input as a whole (not about one report).")
        .def_readonly("encoding", &PyParseResult::encoding, "The encoding the input was read in.")
        .def("__repr__", [](PyParseResult const& r) {
            return "<govinfo.ParseResult reports=" + std::to_string(r.reports.size()) +
                   " diagnostics=" + std::to_string(r.diagnostics.size()) + " encoding=" +
                   r.encoding + ">";
        })
        .def(py::pickle(
            [](PyParseResult const& r) {
                return py::make_tuple(r.reports, r.diagnostics, r.encoding);
            },
            [](py::tuple const& t) {
                if (t.size() != 3)
                    throw py::value_error("the pickled state of a ParseResult has 3 items");
                return PyParseResult{list_of(t[0], "ParseResult.reports"),
                                     list_of(t[1], "ParseResult.diagnostics"),
                                     from_python<std::string>(t[2], "ParseResult.encoding")};
            }));
    def_reduce(parse_result);
}

void bind_file_result(py::module_& m) {
    py::class_<PyFileResult> file_result(
        m, "FileResult",
        "One file of parse_many(): path, error (the Error when the file could not be read or "
        "decoded, else None), skipped (why a folder walk passed over it, else None), reports, "
        "diagnostics, encoding; ok is True only for a file that was read.");
    file_result.def_readonly("path", &PyFileResult::path, "The file (pathlib.Path).")
        .def_property_readonly(
            "error", [](PyFileResult const& r) { return r.error; },
            "The Error (a copy), or None when the file was read.")
        .def_readonly("reports", &PyFileResult::reports, "The reports found in the file.")
        .def_readonly("diagnostics", &PyFileResult::diagnostics,
                      "Findings about the file as a whole.")
        .def_readonly("encoding", &PyFileResult::encoding, "The encoding the file was read in.")
        .def_property_readonly(
            "skipped",
            [](PyFileResult const& r) {
                return r.skipped ? std::optional(OutText{*r.skipped}) : std::nullopt;
            },
            "Why a folder walk passed over this entry without reading it ('not a report file "
            "(.xlsx)', 'symbolic link to a folder, not followed', …), or None.")
        .def_property_readonly(
            "ok", [](PyFileResult const& r) { return !r.error && !r.skipped; },
            "True when the file was read (even if it held no report); False when it could not "
            "be (error) or was skipped.")
        .def("__repr__", &file_result_repr)
        .def(py::pickle(
            [](PyFileResult const& r) {
                return py::make_tuple(path_text(r.path), r.error, r.reports, r.diagnostics,
                                      r.encoding, bytes_or_none(r.skipped));
            },
            [](py::tuple const& t) {
                // Five items: pickled before FileResult had `skipped`.
                if (t.size() != 5 && t.size() != 6)
                    throw py::value_error("the pickled state of a FileResult has 6 items");
                return PyFileResult{
                    path_of(t[0], "FileResult.path"),
                    from_python<std::optional<Error>>(t[1], "FileResult.error"),
                    list_of(t[2], "FileResult.reports"), list_of(t[3], "FileResult.diagnostics"),
                    from_python<std::string>(t[4], "FileResult.encoding"),
                    t.size() == 6 ? bytes_from_state(t[5], "FileResult.skipped") : std::nullopt};
            }));
    def_reduce(file_result);
}

// What parse() and parse_many() return: Error before the results that hold one.
void bind_results(py::module_& m) {
    bind_error(m);
    bind_parse_result(m);
    bind_file_result(m);
}

}  // namespace

void init_parse(py::module_& m) {
    bind_results(m);
    m.def(
        "parse",
        [](py::handle text, std::optional<InText> source_name,
           std::optional<std::size_t> max_input_bytes) {
            auto const in = input_text(text);
            auto const o = options(source_name ? std::optional(std::move(source_name->value))
                                               : std::nullopt,
                                   max_input_bytes);
            Result<ParseResult> r = [&] {
                py::gil_scoped_release nogil;
                return try_parse(in.text, o);
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
        [](py::handle path_arg, std::optional<std::size_t> max_input_bytes) {
            auto const path = path_of(path_arg, "parse_file(): path");
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
           std::optional<std::size_t> max_input_bytes, bool resolve) {
            auto const inputs = input_paths(items);
            auto const o = options(std::nullopt, max_input_bytes);
            std::vector<WalkItem> walked;
            std::vector<FileResult> parsed;
            {
                py::gil_scoped_release nogil;
                walked = walk_all(inputs);
                std::vector<std::filesystem::path> files;
                for (auto const& item : walked)
                    if (item.kind == WalkItem::Kind::file) files.push_back(item.path);
                parsed = parse_many(files, threads.value_or(0), o);
                if (resolve) resolve_by_neighbouring_years(parsed);
            }
            py::list out;
            std::size_t k = 0;
            for (auto& item : walked) {
                out.append(py::cast(item.kind == WalkItem::Kind::file
                                        ? to_python(std::move(parsed[k++]))
                                        : not_read(std::move(item))));
            }
            return out;
        },
        py::arg("paths"), py::arg("threads") = py::none(), py::kw_only(),
        py::arg("max_input_bytes") = py::none(), py::arg("resolve_by_neighbouring_years") = false,
        "Parses files and folders (one path, or any iterable of str, bytes or os.PathLike) on "
        "`threads` C++ worker threads (None: one per hardware thread) with the GIL released. A "
        "folder is walked as the govinfo command walks it: recursively, in path order, reading "
        ".txt .md .html .htm .pdf .docx .doc .wps .rtf. Returns one FileResult per file read, "
        "in that order, and one per entry the walk did not read, in its place: skipped (another "
        "kind of file, a link to a folder; FileResult.skipped says why) or unreadable (a folder "
        "that may not be read, a dangling link, a path that does not exist; FileResult.error). "
        "A file that cannot be read or decoded does not stop the batch and raises nothing: its "
        "FileResult.error says why. FileResult.ok is True only for a file that was read. "
        "resolve_by_neighbouring_years=True settles glued rows that split several ways by the "
        "same agency's other years in the batch, as resolve_by_neighbouring_years(series) does "
        "(each decided cell is chosen_by_evidence in Report.provenance); off by default, since "
        "a report's cells then depend on what else was read with it.");
}

}  // namespace govinfo::python
