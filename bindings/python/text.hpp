#pragma once
// Text crossing the Python boundary. pybind11's std::string caster takes bytes as they are and
// turns C++ strings into str strictly, so `report.agency = b'\xff'` stored bytes that no later
// str() could decode, and a file name that is not UTF-8 (Report.source) made to_frame fail for a
// whole batch. Two wrapper types make the direction explicit:
//   InText  — what Python gives: a str only, stored as UTF-8 (bytes are a TypeError, a str holding
//             lone surrogates a ValueError), so the model only ever holds valid UTF-8 from Python;
//   OutText — what the library gives: decoded as UTF-8 with errors='surrogateescape', so bytes
//             that are not UTF-8 (file names on POSIX) come out as U+DC80..U+DCFF exactly as
//             os.fsdecode() and pathlib give them, and never raise.
#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

namespace govinfo::python {

namespace py = pybind11;

struct InText {
    std::string value;
};

struct OutText {
    std::string value;
};

// str(text) with undecodable bytes escaped (surrogateescape); never raises UnicodeDecodeError.
inline py::str to_python_text(std::string_view text) {
    PyObject* s = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()),
                                       "surrogateescape");
    if (!s) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(s);
}

inline std::string type_name_of(py::handle h) {
    return py::str(py::type::handle_of(h).attr("__name__")).cast<std::string>();
}

// The UTF-8 of a Python str, for `what` (named in the error): TypeError for anything but str,
// ValueError for a str that has no UTF-8 form (lone surrogates, as os.fsdecode makes them).
inline std::string from_python_text(py::handle h, std::string_view what) {
    if (!PyUnicode_Check(h.ptr()))
        throw py::type_error(std::string(what) + " must be str, not " + type_name_of(h));
    Py_ssize_t size = 0;
    char const* data = PyUnicode_AsUTF8AndSize(h.ptr(), &size);
    if (!data) {
        py::error_already_set e;  // UnicodeEncodeError: says which character and where
        throw py::value_error(std::string(what) + " is not valid text: " +
                              py::str(e.value()).cast<std::string>());
    }
    return std::string(data, static_cast<std::size_t>(size));
}

}  // namespace govinfo::python

namespace pybind11::detail {

template <>
struct type_caster<govinfo::python::InText> {
    PYBIND11_TYPE_CASTER(govinfo::python::InText, const_name("str"));

    bool load(handle src, bool) {
        if (!src || !PyUnicode_Check(src.ptr())) return false;  // not a str: next overload
        value.value = govinfo::python::from_python_text(src, "a str argument");
        return true;
    }
};

template <>
struct type_caster<govinfo::python::OutText> {
    PYBIND11_TYPE_CASTER(govinfo::python::OutText, const_name("str"));

    static handle cast(govinfo::python::OutText const& t, return_value_policy, handle) {
        return govinfo::python::to_python_text(t.value).release();
    }
};

}  // namespace pybind11::detail
