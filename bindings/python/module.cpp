// govinfo._core: the compiled half of the `govinfo` Python package. Each area is bound in its own
// bind_<area>.cpp; this file puts them together and installs the one exception translator.
#include <Python.h>

#include "bindings.hpp"
#include "govinfo/version.hpp"
#include "govinfo/labels.hpp"

namespace govinfo::python {

void init_errors(py::module_& m) {
    // govinfo.ParseError: a ValueError carrying the govinfo::Error fields. Created once; the
    // module holds the reference, so a plain handle is enough for the translator.
    static PyObject* parse_error = nullptr;
    parse_error = PyErr_NewExceptionWithDoc(
        "govinfo.ParseError",
        "Input that cannot be used at all: undecodable text, JSON of the wrong shape, an\n"
        "unreadable file. A subclass of ValueError.\n\n"
        "Attributes: code (ErrorCode), message (str, the bare sentence), file (str), path (str,\n"
        "JSON pointer of the problem), offset (int, byte offset), line and column (int, 1-based;\n"
        "0 when unknown). str(error) is 'file:line:column: code: path: message'.",
        PyExc_ValueError, nullptr);
    if (!parse_error) throw py::error_already_set();
    m.add_object("ParseError", py::handle(parse_error));  // steals nothing: add_object increfs

    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (Exception const& ex) {
            // Text from the library (a file name that is not UTF-8) is escaped, never a
            // UnicodeDecodeError in place of the error being reported.
            Error const& e = ex.error();
            py::object err =
                py::reinterpret_borrow<py::object>(parse_error)(to_python_text(e.to_string()));
            err.attr("code") = py::cast(e.code);
            err.attr("message") = to_python_text(e.message);
            err.attr("file") = to_python_text(e.file);
            err.attr("path") = to_python_text(e.path);
            err.attr("offset") = e.offset;
            err.attr("line") = e.line;
            err.attr("column") = e.column;
            PyErr_SetObject(parse_error, err.ptr());
        } catch (py::cast_error const& e) {
            // A Python object of the wrong type met an explicit conversion: a TypeError, not
            // pybind11's RuntimeError (the calls that can say which argument do so themselves).
            PyErr_SetString(PyExc_TypeError, e.what());
        }
    });
}

}  // namespace govinfo::python

PYBIND11_MODULE(_core, m) {
    using namespace govinfo::python;
    m.doc() = "The compiled core of govinfo; import `govinfo` instead.";
    // govinfo/version.hpp, generated from CMakeLists.txt's project(VERSION): the one source.
    m.attr("__version__") = std::string(govinfo::version);
    init_enums(m);  // first: the other areas use the enums in defaults and signatures
    init_errors(m);
    init_model(m);
    init_json(m);
    init_validate(m);
    init_parse(m);
    init_frames(m);
    init_series(m);
    init_compare(m);
}
