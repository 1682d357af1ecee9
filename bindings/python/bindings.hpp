#pragma once
// Shared by the bind_<area>.cpp files: the init functions module.cpp calls, the decimal.Decimal
// caster for govinfo::Decimal, and the small Boost.Describe helpers that bind struct members.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <string>
#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

#include "govinfo/decimal.hpp"
#include "govinfo/error.hpp"
#include "govinfo/result.hpp"

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

// def_readwrite for every described member of T. Getters of class-typed members return a
// reference into the owner (pybind11's reference_internal), so
// report.applications.new_received.total.value = 3 changes the report.
template <class T, class... Extra>
py::class_<T, Extra...>& def_members(py::class_<T, Extra...>& cls) {
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto m) { cls.def_readwrite(m.name, m.pointer); });
    return cls;
}

// T(**kwargs): every keyword names a described member; an unknown keyword is a TypeError.
template <class T>
T from_kwargs(py::kwargs const& kwargs) {
    T t{};
    for (auto const& [key, value] : kwargs) {
        auto const name = py::cast<std::string>(key);
        bool found = false;
        boost::mp11::mp_for_each<
            boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto m) {
            if (found || name != m.name) return;
            found = true;
            t.*m.pointer = py::cast<std::remove_cvref_t<decltype(t.*m.pointer)>>(value);
        });
        if (!found) throw py::type_error("unexpected keyword argument '" + name + "'");
    }
    return t;
}

// "Name(a=…, b=…)" from the described members.
template <class T>
std::string repr_members(T const& t, char const* name) {
    std::string out = std::string(name) + "(";
    bool first = true;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto m) {
            if (!first) out += ", ";
            first = false;
            out += m.name;
            out += "=";
            out += py::repr(py::cast(t.*m.pointer)).template cast<std::string>();
        });
    return out + ")";
}

// Member-wise equality from the description (model structs without an operator==).
template <class T>
bool equal_members(T const& a, T const& b);
template <class T>
bool equal_members(std::optional<T> const& a, std::optional<T> const& b) {
    return a.has_value() == b.has_value() && (!a || equal_members(*a, *b));
}
template <class T>
bool equal_members(std::vector<T> const& a, std::vector<T> const& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!equal_members(a[i], b[i])) return false;
    return true;
}
template <class... T>
bool equal_members(std::variant<T...> const& a, std::variant<T...> const& b) {
    if (a.index() != b.index()) return false;
    return std::visit(
        [&](auto const& x) { return equal_members(x, std::get<std::decay_t<decltype(x)>>(b)); }, a);
}
template <class T>
bool equal_members(T const& a, T const& b) {
    if constexpr (requires { a == b; }) {
        return a == b;
    } else {
        bool eq = true;
        boost::mp11::mp_for_each<
            boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto m) {
            eq = eq && equal_members(a.*m.pointer, b.*m.pointer);
        });
        return eq;
    }
}

// A described struct bound generically: keyword constructor, every member, ==, repr.
template <class T>
py::class_<T> bind_struct(py::module_& m, char const* name, char const* doc) {
    py::class_<T> cls(m, name, doc);
    cls.def(py::init([](py::kwargs const& kw) { return from_kwargs<T>(kw); }),
            "Every member defaults to its empty value; keywords set members by name.");
    def_members(cls);
    cls.def("__eq__", [](T const& a, T const& b) { return equal_members(a, b); }, py::is_operator());
    cls.def("__repr__", [name](T const& t) { return repr_members(t, name); });
    return cls;
}

}  // namespace govinfo::python

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
        auto d = govinfo::Decimal::parse(text);
        if (!d) throw value_error("not an exact decimal within 64 bits: '" + text + "'");
        value = *d;
        return true;
    }

    static handle cast(govinfo::Decimal const& d, return_value_policy, handle) {
        return module_::import("decimal").attr("Decimal")(d.to_string()).release();
    }
};
}  // namespace pybind11::detail
