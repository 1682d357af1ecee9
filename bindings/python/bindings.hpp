#pragma once
// Shared by the bind_<area>.cpp files: the init functions module.cpp calls, the decimal.Decimal
// caster for govinfo::Decimal, and (through the headers included below) text conversion
// (text.hpp), the checks every bound object passes when it enters C++ (constructed.hpp), and the
// model structs as owned values or views (view.hpp, members.hpp).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <string_view>

#include "govinfo/decimal.hpp"
#include "govinfo/error.hpp"
#include "govinfo/result.hpp"

// govinfo::Decimal <-> decimal.Decimal. Python accepts decimal.Decimal, int or str ("10524.26475");
// a float is refused: money never passes through a binary floating-point number.
namespace pybind11::detail {
template <>
struct type_caster<govinfo::Decimal> {
    PYBIND11_TYPE_CASTER(govinfo::Decimal, const_name("decimal.Decimal"));

    bool load(handle src, bool) {
        if (!src || PyFloat_Check(src.ptr())) return false;
        std::string text;
        auto const decimal_type = module_::import("decimal").attr("Decimal");
        if (isinstance(src, decimal_type)) {
            text = str(module_::import("builtins").attr("format")(src, "f"));
        } else if (PyLong_Check(src.ptr()) && !PyBool_Check(src.ptr())) {
            text = str(src);
        } else if (PyUnicode_Check(src.ptr())) {
            text = src.cast<std::string>();
        } else {
            return false;
        }
        auto d = govinfo::Decimal::try_parse(text);
        if (!d) throw value_error("not an exact decimal within 64 bits: '" + text + "'");
        value = *d;
        return true;
    }

    static handle cast(govinfo::Decimal const& d, return_value_policy, handle) {
        return module_::import("decimal").attr("Decimal")(d.to_string()).release();
    }
};
}  // namespace pybind11::detail

#include "constructed.hpp"
#include "members.hpp"
#include "text.hpp"
#include "view.hpp"

namespace pybind11::detail {
template <>
struct type_caster<govinfo::Error> : constructed_caster<govinfo::Error> {};
}  // namespace pybind11::detail

namespace govinfo::python {

namespace py = pybind11;

void init_errors(py::module_& m);
void init_enums(py::module_& m);
void init_model(py::module_& m);
void init_json(py::module_& m);
void init_validate(py::module_& m);
void init_parse(py::module_& m);
void init_frames(py::module_& m);
void init_series(py::module_& m);
void init_compare(py::module_& m);

// The value of a Result, or govinfo::Exception for the translator. When the error has a byte
// offset but no line yet, its line and column are computed from `input` first.
template <class T>
T take(Result<T>&& r, std::string_view input = {}) {
    if (r.ok()) return std::move(r).value();
    Error e = r.error();
    if (e.line == 0 && !input.empty() && e.offset > 0) locate(e, input);
    throw Exception(std::move(e));
}

// A copy of the Report held by Python object `h`, or TypeError naming `what` ("reports[3]").
// Work that runs without the GIL, or that calls back into Python while it reads, reads a copy:
// another thread may reassign the original's members meanwhile.
Report report_copy(py::handle h, std::string const& what);

}  // namespace govinfo::python
