#pragma once
// The described model structs in Python: each is bound as Ref<T> (view.hpp), and its members are
// bound generically from the Boost.Describe description.
//
// Rules every accessor here keeps, so that no Python call order or thread can corrupt memory:
//   * a member that is itself a model struct (also inside std::optional or the Article 20
//     variant) is returned as a Ref view: report.applications.new_received.total.value = 3
//     changes the report, and a view kept after its place is gone raises ReferenceError;
//   * every other member is returned as a new Python object built from a copy (lists included:
//     report.sections[0] is a copy; assign a whole list to change it);
//   * a value given by Python is converted completely (it may run Python code) before the place
//     it goes to is looked up and written, and a wrong type is a TypeError naming the member.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "constructed.hpp"
#include "govinfo/compare.hpp"
#include "govinfo/decimal.hpp"
#include "govinfo/indicators.hpp"
#include "govinfo/ratio.hpp"
#include "govinfo/report.hpp"
#include "text.hpp"
#include "view.hpp"

namespace govinfo::python {

namespace py = pybind11;

// The model structs bound as Ref<T>. Report is not here: it is the root every view leads back
// to, bound as itself.
using ModelTypes = boost::mp11::mp_list<
    Cell, Money, MoneyCell, ApplicantRow, ApplicationTable, ReviewOutcomes, ReviewLitigationTable,
    DocumentCounts2021, DecisionCount2021, FeeAmount2021, Article20v2021, DocumentCounts2019,
    ItemCounts2019, FeeItems2019, Procurement2019, Article20v2019, Date, StatisticsPeriod,
    TableLocation, Section, Box, SourceLocation, Finding, CellProvenance,
    // compare.hpp, indicators.hpp: what compare() and indicator_rows() return
    Ratio, CellChange, ComparedSentence, SectionComparison, Comparison, CountMeasure, RateMeasure,
    Article20Count, Indicators>;

template <class T>
constexpr bool is_model = boost::mp11::mp_contains<ModelTypes, T>::value;

}  // namespace govinfo::python

namespace pybind11::detail {

template <class T>
struct type_caster<govinfo::python::Ref<T>> : constructed_caster<govinfo::python::Ref<T>> {};

// A model struct by value (a Finding in a returned list, a Date argument): loaded as a copy of
// what a Cell/Finding/… object holds, returned as a new object holding its own copy.
template <class T>
struct type_caster<T, std::enable_if_t<govinfo::python::is_model<T>>> {
    using RefT = govinfo::python::Ref<T>;
    PYBIND11_TYPE_CASTER(T, make_caster<RefT>::name);

    bool load(handle src, bool) {
        if (!src || src.is_none() || !isinstance<RefT>(src)) return false;
        value = src.cast<RefT&>().get();
        return true;
    }
    static handle cast(T const& v, return_value_policy, handle) {
        return make_caster<RefT>::cast(RefT(v), return_value_policy::move, handle());
    }
    static handle cast(T&& v, return_value_policy, handle) {
        return make_caster<RefT>::cast(RefT(std::move(v)), return_value_policy::move, handle());
    }
};

template <>
struct type_caster<govinfo::Report> : constructed_caster<govinfo::Report> {};

}  // namespace pybind11::detail

namespace govinfo::python {

template <class T>
struct optional_of {
    using type = void;
};
template <class T>
struct optional_of<std::optional<T>> {
    using type = T;
};
template <class T>
struct vector_of {
    using type = void;
};
template <class T>
struct vector_of<std::vector<T>> {
    using type = T;
};
template <class T>
constexpr bool is_variant = false;
template <class... T>
constexpr bool is_variant<std::variant<T...>> = true;

// Whether the generic code below can convert a member of type M. A model struct added to the
// library must be added to ModelTypes and bound with bind_struct; def_members refuses to compile
// until it is, rather than fail at run time.
template <class M>
constexpr bool is_bindable() {
    using O = typename optional_of<M>::type;
    using V = typename vector_of<M>::type;
    if constexpr (!std::is_void_v<O>) {
        return is_bindable<O>();
    } else if constexpr (!std::is_void_v<V>) {
        return is_bindable<V>();
    } else if constexpr (is_variant<M>) {
        return []<class... A>(std::variant<A...>*) {
            return (is_bindable<A>() && ...);
        }(static_cast<M*>(nullptr));
    } else {
        // A Report inside a result (Comparison::old_report) is a copy, as Series.reports are.
        return std::is_arithmetic_v<M> || is_described_enum<M> ||
               std::is_same_v<M, std::string> || std::is_same_v<M, Decimal> ||
               std::is_same_v<M, Report> || is_model<M>;
    }
}

// What Python must give for a member of type M, in words ("int or None", "a list of Section").
template <class M>
std::string expected_type() {
    using O = typename optional_of<M>::type;
    using V = typename vector_of<M>::type;
    if constexpr (!std::is_void_v<O>) {
        return expected_type<O>() + " or None";
    } else if constexpr (!std::is_void_v<V>) {
        return "a list of " + expected_type<V>();
    } else if constexpr (is_variant<M>) {
        std::string out;
        [&]<class... A>(std::variant<A...>*) {
            ((out += (out.empty() ? "" : " or ") + expected_type<A>()), ...);
        }(static_cast<M*>(nullptr));
        return out;
    } else if constexpr (std::is_same_v<M, std::string>) {
        return "str";
    } else if constexpr (std::is_same_v<M, bool>) {
        return "bool";
    } else if constexpr (std::is_integral_v<M>) {
        return "int";
    } else if constexpr (std::is_same_v<M, Decimal>) {
        return "decimal.Decimal, int or str";
    } else if constexpr (is_model<M>) {
        return py_type_name<Ref<M>>();
    } else {
        return py_type_name<M>();
    }
}

// A Python object for a value the caller owns (copy it out of the model first: building the
// object can run Python code). Text is decoded with surrogateescape (text.hpp).
template <class M>
py::object to_python(M const& v) {
    using O = typename optional_of<M>::type;
    using V = typename vector_of<M>::type;
    if constexpr (!std::is_void_v<O>) {
        return v ? to_python(*v) : py::none();
    } else if constexpr (!std::is_void_v<V>) {
        py::list out;
        for (auto const& x : v) out.append(to_python(x));
        return out;
    } else if constexpr (is_variant<M>) {
        return std::visit([](auto const& x) { return to_python(x); }, v);
    } else if constexpr (std::is_same_v<M, std::string>) {
        return to_python_text(v);
    } else {
        return py::cast(v);  // a model struct becomes an object holding its own copy
    }
}

// The C++ value of Python object `h` for a member of type M; `what` names the member in errors
// ("Report.year") and `expected` says what it takes. TypeError for a wrong type, ValueError for
// an int out of the member's range.
template <class M>
M from_python_as(py::handle h, std::string const& what, std::string const& expected) {
    using O = typename optional_of<M>::type;
    using V = typename vector_of<M>::type;
    auto wrong_type = [&] {
        return py::type_error(what + " must be " + expected + ", not " + type_name_of(h));
    };
    if constexpr (!std::is_void_v<O>) {
        if (h.is_none()) return std::nullopt;
        return from_python_as<O>(h, what, expected);
    } else if constexpr (!std::is_void_v<V>) {
        if (PyUnicode_Check(h.ptr()) || PyBytes_Check(h.ptr()) || PyByteArray_Check(h.ptr()) ||
            !py::isinstance<py::iterable>(h))
            throw wrong_type();
        M out;
        for (auto const& item : py::reinterpret_borrow<py::iterable>(h)) {
            out.push_back(from_python_as<V>(item, what + "[" + std::to_string(out.size()) + "]",
                                            expected_type<V>()));
        }
        return out;
    } else if constexpr (is_variant<M>) {
        std::optional<M> out;
        [&]<class... A>(std::variant<A...>*) {
            ((!out && py::isinstance<Ref<A>>(h) ? (out = from_python_as<A>(h, what, expected), 0)
                                                : 0),
             ...);
        }(static_cast<M*>(nullptr));
        if (!out) throw wrong_type();
        return std::move(*out);
    } else if constexpr (std::is_same_v<M, std::string>) {
        if (!PyUnicode_Check(h.ptr())) throw wrong_type();
        return from_python_text(h, what);
    } else if constexpr (is_model<M>) {
        if (!py::isinstance<Ref<M>>(h)) throw wrong_type();
        return h.cast<Ref<M>&>().get();  // a copy; ReferenceError for a view whose place is gone
    } else {
        py::detail::make_caster<M> caster;
        bool loaded = false;
        try {
            // No implicit conversion for numbers: Decimal('2020.7') must not become 2020.
            loaded = caster.load(h, !std::is_arithmetic_v<M>);
        } catch (py::value_error const& e) {  // the Decimal caster: "not an exact decimal …"
            throw py::value_error(what + ": " + e.what());
        }
        if (!loaded) {
            if constexpr (std::is_integral_v<M> && !std::is_same_v<M, bool>) {
                if (PyLong_Check(h.ptr()) && !PyBool_Check(h.ptr()))
                    throw py::value_error(what + ": " + py::repr(h).cast<std::string>() +
                                          " is out of range");
            }
            throw wrong_type();
        }
        return py::detail::cast_op<M>(std::move(caster));
    }
}

template <class M>
M from_python(py::handle h, std::string const& what) {
    return from_python_as<M>(h, what, expected_type<M>());
}

// ---- hosts: the objects members are read from (a Report, or a Ref of a model struct) ----

template <class Host>
struct HostAccess;

template <>
struct HostAccess<Report> {
    using value_type = Report;
    static Report* try_get(Report& r) { return &r; }
    static Report& get(Report& r) { return r; }
    static std::string path(Report const&) { return "Report"; }
};

template <class T>
struct HostAccess<Ref<T>> {
    using value_type = T;
    static T* try_get(Ref<T>& r) { return r.try_get(); }
    static T& get(Ref<T>& r) { return r.get(); }
    static std::string path(Ref<T> const& r) { return r.path(); }
};

// A view of the place `find(value of self)` inside `self` (a Host); `step()` names the place
// after the host's path (".total", "[total]").
template <class M, class Host, class Find, class Step>
py::object make_view(py::object self, Find find, Step step) {
    class HostPlace final : public Place<M> {
    public:
        HostPlace(Host* host, Find find, Step step) : host_(host), find_(find), step_(step) {}
        M* find() const override {
            auto* value = HostAccess<Host>::try_get(*host_);
            return value ? find_(*value) : nullptr;
        }
        std::string path() const override { return HostAccess<Host>::path(*host_) + step_(); }

    private:
        Host* host_;  // inside the Python object the view keeps alive
        Find find_;
        Step step_;
    };
    Host* host = &self.cast<Host&>();
    auto place = std::make_unique<HostPlace>(host, std::move(find), std::move(step));
    return py::cast(Ref<M>(std::move(self), std::move(place)));
}

// The Python value of member `ptr` of the object `self` (a Host): a view for model structs,
// else a converted copy.
template <class Host, class M>
py::object get_member(py::object const& self, M HostAccess<Host>::value_type::*ptr,
                      char const* name) {
    using T = typename HostAccess<Host>::value_type;
    T& t = HostAccess<Host>::get(self.cast<Host&>());
    auto const step = [name] { return std::string(".") + name; };
    using O = typename optional_of<M>::type;
    if constexpr (is_model<M>) {
        return make_view<M, Host>(self, [ptr](T& v) { return &(v.*ptr); }, step);
    } else if constexpr (is_model<O>) {
        if (!(t.*ptr)) return py::none();
        return make_view<O, Host>(
            self, [ptr](T& v) { return v.*ptr ? &*(v.*ptr) : nullptr; }, step);
    } else if constexpr (is_variant<M>) {
        return std::visit(
            [&](auto& alternative) {
                using A = std::decay_t<decltype(alternative)>;
                return make_view<A, Host>(
                    self, [ptr](T& v) { return std::get_if<A>(&(v.*ptr)); }, step);
            },
            t.*ptr);
    } else {
        M const copy = t.*ptr;
        return to_python(copy);
    }
}

// A property for every described member of the host's value type. `type_name` is the Python
// class name, for messages ("Report.year must be int or None, not str").
template <class Host>
void def_members(py::class_<Host>& cls, char const* type_name) {
    using T = typename HostAccess<Host>::value_type;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto m) {
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*m.pointer)>;
            static_assert(is_bindable<M>(), "a member type with no Python binding");
            auto const ptr = m.pointer;
            auto const name = m.name;
            std::string const where = std::string(type_name) + "." + name;
            cls.def_property(
                name,
                [ptr, name](py::object const& self) { return get_member<Host, M>(self, ptr, name); },
                [ptr, where](py::object const& self, py::handle value) {
                    M v = from_python<M>(value, where);  // first: it may run Python code
                    HostAccess<Host>::get(self.cast<Host&>()).*ptr = std::move(v);
                });
        });
}

// T(**kwargs): every keyword names a described member; an unknown keyword is a TypeError.
template <class T>
T from_kwargs(py::kwargs const& kwargs, char const* type_name) {
    T t{};
    for (auto const& [key, value] : kwargs) {
        auto const name = py::cast<std::string>(key);
        bool found = false;
        boost::mp11::mp_for_each<
            boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto m) {
            if (found || name != m.name) return;
            found = true;
            using M = std::remove_cvref_t<decltype(t.*m.pointer)>;
            t.*m.pointer = from_python<M>(value, std::string(type_name) + "." + m.name);
        });
        if (!found)
            throw py::type_error(std::string(type_name) + "() got an unexpected keyword argument '" +
                                 name + "'");
    }
    return t;
}

// "Name(a=…, b=…)" from the described members of a value the caller owns.
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
            out += py::repr(to_python(t.*m.pointer)).template cast<std::string>();
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

// pickle.dumps(x, protocol) for every protocol: protocols 0 and 1 go through copyreg's
// _reduce_ex, which calls the pybind11 base type and ended in std::terminate. Every class
// answers __reduce_ex__ itself: (copyreg.__newobj__, (type,), state) rebuilds it through its
// __setstate__ (which pybind11 runs as a constructor) whatever the protocol.
template <class C>
void def_reduce(C& cls) {
    auto reduce = [](py::object const& self) {
        auto const newobj = py::module_::import("copyreg").attr("__newobj__");
        return py::make_tuple(newobj, py::make_tuple(py::type::handle_of(self)),
                              self.attr("__getstate__")());
    };
    cls.def("__reduce_ex__", [reduce](py::object const& self, py::handle) { return reduce(self); },
            py::arg("protocol"));
    cls.def("__reduce__", reduce);  // object.__reduce__ would take copyreg's protocol 0 path
}

// __reduce_ex__ for a class that cannot be pickled: a TypeError saying what to do instead.
template <class C>
void def_no_pickle(C& cls, std::string why) {
    auto refuse = [why](py::object const& self) -> py::object {
        throw py::type_error("cannot pickle '" + type_name_of(self) + "' object: " + why);
    };
    cls.def("__reduce_ex__", [refuse](py::object const& self, py::handle) { return refuse(self); },
            py::arg("protocol"));
    cls.def("__reduce__", refuse);
}

// Pickling of a model struct: the state is the tuple of its members' Python values.
template <class T>
void def_pickle_members(py::class_<Ref<T>>& cls, char const* type_name) {
    cls.def(py::pickle(
        [](Ref<T> const& self) {
            T const t = self.get();
            py::list state;
            boost::mp11::mp_for_each<
                boost::describe::describe_members<T, boost::describe::mod_public>>(
                [&](auto m) { state.append(to_python(t.*m.pointer)); });
            return py::tuple(state);
        },
        [type_name](py::tuple const& state) {
            T t{};
            std::size_t i = 0;
            constexpr auto count =
                boost::mp11::mp_size<boost::describe::describe_members<
                    T, boost::describe::mod_public>>::value;
            if (state.size() != count)
                throw py::value_error(std::string("the pickled state of a ") + type_name +
                                      " has " + std::to_string(state.size()) + " items, not " +
                                      std::to_string(count));
            boost::mp11::mp_for_each<
                boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto m) {
                using M = std::remove_cvref_t<decltype(t.*m.pointer)>;
                t.*m.pointer = from_python<M>(state[i++], std::string(type_name) + "." + m.name);
            });
            return Ref<T>(std::move(t));
        }));
    def_reduce(cls);
}

// A described struct bound generically: keyword constructor, every member, ==, repr, pickle.
template <class T>
py::class_<Ref<T>> bind_struct(py::module_& m, char const* name, char const* doc) {
    py::class_<Ref<T>> cls(m, name, doc);
    cls.def(py::init([name](py::kwargs const& kw) { return Ref<T>(from_kwargs<T>(kw, name)); }),
            "Every member defaults to its empty value; keywords set members by name.");
    def_members(cls, name);
    cls.def(
        "__eq__",
        [](Ref<T> const& a, Ref<T> const& b) { return equal_members(a.get(), b.get()); },
        py::is_operator());
    cls.def("__repr__", [name](Ref<T> const& self) {
        T const copy = self.get();
        return repr_members(copy, name);
    });
    def_pickle_members(cls, name);
    return cls;
}

}  // namespace govinfo::python

