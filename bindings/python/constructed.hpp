#pragma once
// Every bound object is checked when it enters C++.
//
// pybind11 lets `Report.__new__(Report)` make an instance whose C++ value was never constructed;
// the first method called on it then gets raw, uninitialised memory (validate() crashed on it).
// pybind11 marks an instance "registered" once its value is constructed (a second __init__ is
// ignored for that reason), so that mark tells a real object from an empty shell.
//
// pybind11 2.10's py::enum_ also takes any int (`ApplicantColumn(999)`), and the model's
// functions use enum values as indexes. The enum casters below refuse a value that is not one of
// the enumerators wherever an enum enters C++, on top of the checked constructor that bind_enum
// installs, so no out-of-range value reaches the library whatever the path.
#include <pybind11/pybind11.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <string>
#include <type_traits>

namespace govinfo::python {

namespace py = pybind11;

// TypeError unless `src`, when it is an instance of T's class, has its C++ value constructed.
template <class T>
void require_constructed(py::handle src) {
    auto const* tinfo = py::detail::get_type_info(typeid(T));
    if (!tinfo || !src || !PyObject_TypeCheck(src.ptr(), tinfo->type)) return;
    auto* inst = reinterpret_cast<py::detail::instance*>(src.ptr());
    auto const v_h = inst->get_value_and_holder(tinfo, false);
    if (v_h && v_h.instance_registered()) return;
    auto const name =
        py::handle(reinterpret_cast<PyObject*>(tinfo->type)).attr("__name__").cast<std::string>();
    throw py::type_error("this " + name + " was never initialised (made by " + name +
                         ".__new__ without __init__): create it by calling " + name + "(...)");
}

template <class E>
constexpr bool is_enumerator(E value) {
    bool found = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto d) { found = found || d.value == value; });
    return found;
}

// ValueError unless `value` is one of E's enumerators; `type` names E in the message.
template <class E>
E checked_enum(std::underlying_type_t<E> value, char const* type) {
    auto const e = static_cast<E>(value);
    if (!is_enumerator(e))
        throw py::value_error(std::to_string(value) + " is not a valid " + type + ": use one of " +
                              type + ".__members__");
    return e;
}

template <class E>
constexpr bool is_described_enum =
    std::is_enum_v<E> && boost::describe::has_describe_enumerators<E>::value;

}  // namespace govinfo::python

namespace pybind11::detail {

// type_caster_base with the constructed check: specialise type_caster<T> as this for every class
// bound with py::class_ (Report, Series, the model's Ref<T>, the results).
template <class T>
struct constructed_caster : type_caster_base<T> {
    bool load(handle src, bool convert) {
        govinfo::python::require_constructed<T>(src);
        return type_caster_base<T>::load(src, convert);
    }
};

// Every described enum: constructed, and one of its enumerators.
template <class E>
struct type_caster<E, std::enable_if_t<govinfo::python::is_described_enum<E>>>
    : constructed_caster<E> {
    bool load(handle src, bool convert) {
        if (!constructed_caster<E>::load(src, convert)) return false;
        if (!this->value) return true;  // None for a pointer argument: pybind11 decides
        auto const value = *static_cast<E const*>(this->value);
        if (!govinfo::python::is_enumerator(value)) {
            throw value_error(std::to_string(static_cast<std::underlying_type_t<E>>(value)) +
                              " is not a valid " +
                              str(type::handle_of(src).attr("__name__")).cast<std::string>());
        }
        return true;
    }
};

}  // namespace pybind11::detail
