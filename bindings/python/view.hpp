#pragma once
// What a Python model object (Cell, ApplicantRow, ApplicationTable, Finding, …) holds: its own
// value, or a view into a Report.
//
// A view is not a pointer. pybind11's reference_internal handed out pointers into the report,
// which dangled as soon as the place they pointed at was replaced: a row of a 2019 table set to
// None, report.article20 given the other format's tables (the old view then wrote into the new
// alternative's cells), report.statistics_period set to None (a double free), a list element
// after the list was reassigned. A Ref view keeps the Python object it was read from alive and
// holds the path to its place (member pointers, an enum index); every use walks that path again.
// When the place still exists the view sees and changes what is there now; when it does not
// (the optional is empty, the variant holds the other format) the use raises ReferenceError.
#include <pybind11/pybind11.h>

#include <memory>
#include <string>
#include <utility>

namespace govinfo::python {

namespace py = pybind11;

// The Python name of the class bound for C++ type C ("Cell"), for messages.
template <class C>
std::string py_type_name() {
    auto const* ti = py::detail::get_type_info(typeid(C));
    if (!ti) return "object";
    return py::handle(reinterpret_cast<PyObject*>(ti->type)).attr("__name__").cast<std::string>();
}

[[noreturn]] inline void throw_reference_error(std::string const& message) {
    PyErr_SetString(PyExc_ReferenceError, message.c_str());
    throw py::error_already_set();
}

// Where a view's value lives: found again on every use, named only when a message needs it.
template <class T>
class Place {
public:
    virtual ~Place() = default;
    virtual T* find() const = 0;           // nullptr when the place no longer exists
    virtual std::string path() const = 0;  // "Report.applications.other_handling"
};

template <class T>
class Ref {
public:
    // An object holding its own value.
    explicit Ref(T value) : value_(std::make_unique<T>(std::move(value))) {}

    // A view: `owner` is the Python object the place lives in, kept alive by the view.
    Ref(py::object owner, std::unique_ptr<Place<T>> place)
        : owner_(std::move(owner)), place_(std::move(place)) {}

    Ref(Ref&&) noexcept = default;
    Ref& operator=(Ref&&) noexcept = default;

    // The value, or nullptr for a view whose place no longer exists.
    T* try_get() const { return value_ ? value_.get() : place_->find(); }

    // The value; ReferenceError for a view whose place no longer exists.
    T& get() const {
        if (T* p = try_get()) return *p;
        throw_reference_error(path() + " no longer exists: a row or table on that path was set "
                              "to None or replaced by the other format's; read it again from "
                              "the report");
    }

    // Where this object is, for the path of the views read from it.
    std::string path() const { return value_ ? py_type_name<Ref<T>>() : place_->path(); }

private:
    std::unique_ptr<T> value_;
    py::object owner_;
    std::unique_ptr<Place<T>> place_;
};

}  // namespace govinfo::python
