#pragma once
// Tables and rows in Python as mappings from id to view: `for row_id, row in report.applications`,
// `report.applications["disclosed"]["total"]`, `row["total"] = Cell(3)`, `len(row)`,
// `"other_handling" in table`, `row.to_dict()`.
//
// A table or row (ApplicationTable, ApplicantRow, ReviewLitigationTable, ReviewOutcomes, the
// Article 20 tables and their rows) is a described struct whose members are all model structs,
// each named after an enumerator of its key enum (ApplicantRow::total is ApplicantColumn::total).
// Its members are found by index in the description, never through a pointer kept from an
// earlier call: a key is turned into a member index, and the member is reached through a view
// (view.hpp) that walks its path again on every use. The iterator holds the table's or row's own
// view and the index of the next member, so a table replaced, a row set to None or a format
// changed during a loop makes the loop see what is there now, or raise ReferenceError when the
// object iterated no longer exists; it never reads freed or re-typed storage.
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "govinfo/labels.hpp"
#include "members.hpp"

namespace govinfo::python {

// The enum whose ids name a table's or row's members, and what one member is called.
template <class S>
struct KeyOf;
template <>
struct KeyOf<ApplicationTable> {
    using type = ApplicationRow;
    static constexpr char const* noun = "row";
};
template <>
struct KeyOf<ApplicantRow> {
    using type = ApplicantColumn;
    static constexpr char const* noun = "column";
};
template <>
struct KeyOf<ReviewLitigationTable> {
    using type = ReviewGroup;
    static constexpr char const* noun = "group";
};
template <>
struct KeyOf<ReviewOutcomes> {
    using type = ReviewColumn;
    static constexpr char const* noun = "column";
};
template <class S>
    requires std::is_same_v<S, Article20v2021> || std::is_same_v<S, Article20v2019>
struct KeyOf<S> {
    using type = Article20Row;
    static constexpr char const* noun = "row";
};
template <class S>
    requires std::is_same_v<S, DocumentCounts2021> || std::is_same_v<S, DecisionCount2021> ||
             std::is_same_v<S, FeeAmount2021> || std::is_same_v<S, DocumentCounts2019> ||
             std::is_same_v<S, ItemCounts2019> || std::is_same_v<S, FeeItems2019> ||
             std::is_same_v<S, Procurement2019>
struct KeyOf<S> {
    using type = Article20Column;
    static constexpr char const* noun = "column";
};

template <class S>
using MembersOf = boost::describe::describe_members<S, boost::describe::mod_public>;
template <class S>
constexpr std::size_t member_count = boost::mp11::mp_size<MembersOf<S>>::value;

// Every member is named after an enumerator of the key enum: the id a user indexes with is the
// member's name, and the enum value's id leads to the same member.
template <class S>
consteval bool members_are_ids() {
    bool all = true;
    boost::mp11::mp_for_each<MembersOf<S>>([&](auto m) {
        bool found = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<typename KeyOf<S>::type>>(
            [&](auto e) { found = found || std::string_view(e.name) == m.name; });
        all = all && found;
    });
    return all;
}

// The member named `name`, as an index into the description; member_count<S> when none is.
template <class S>
std::size_t member_index(std::string_view name) {
    std::size_t i = 0, found = member_count<S>;
    boost::mp11::mp_for_each<MembersOf<S>>([&](auto m) {
        if (found == member_count<S> && name == m.name) found = i;
        ++i;
    });
    return found;
}

template <class S>
char const* member_name(std::size_t i) {
    char const* name = "";
    boost::mp11::mp_with_index<member_count<S>>(
        i, [&](auto I) { name = boost::mp11::mp_at_c<MembersOf<S>, I>::name; });
    return name;
}

// Whether member i exists in `s`: an optional member (a row of one format) may be empty.
template <class S>
bool member_present(S const& s, std::size_t i) {
    bool present = true;
    boost::mp11::mp_with_index<member_count<S>>(i, [&](auto I) {
        auto const& field = s.*boost::mp11::mp_at_c<MembersOf<S>, I>::pointer;
        if constexpr (!std::is_void_v<typename optional_of<std::remove_cvref_t<decltype(field)>>::type>)
            present = field.has_value();
    });
    return present;
}

// A view of member i of the table or row `self` (a Ref<S> object): found again on every use.
template <class S>
py::object member_view(py::object const& self, std::size_t i) {
    py::object out;
    boost::mp11::mp_with_index<member_count<S>>(i, [&](auto I) {
        using D = boost::mp11::mp_at_c<MembersOf<S>, I>;
        using F = std::remove_cvref_t<decltype(std::declval<S&>().*D::pointer)>;
        using M = std::conditional_t<std::is_void_v<typename optional_of<F>::type>, F,
                                     typename optional_of<F>::type>;
        out = make_view<M, Ref<S>>(
            self,
            [](S& s) -> M* {
                auto& field = s.*D::pointer;
                if constexpr (std::is_same_v<F, M>) return &field;
                else return field ? &*field : nullptr;
            },
            [] { return std::string(".") + D::name; });
    });
    return out;
}

// The member name a key gives: a str id, or a value of the key enum. TypeError for anything
// else; an unknown id is found by no member (the caller says KeyError).
template <class S>
std::string key_name(py::handle key, char const* type) {
    using E = typename KeyOf<S>::type;
    if (PyUnicode_Check(key.ptr())) {
        Py_ssize_t size = 0;
        char const* data = PyUnicode_AsUTF8AndSize(key.ptr(), &size);
        if (!data) {  // lone surrogates: no id has them
            PyErr_Clear();
            return {};
        }
        return std::string(data, static_cast<std::size_t>(size));
    }
    if (py::isinstance<E>(key)) return std::string(id(key.cast<E>()));  // range-checked
    throw py::type_error(std::string(type) + " keys are " + KeyOf<S>::noun + " ids (str) or " +
                         py_type_name<E>() + ", not " + type_name_of(key));
}

// "ApplicationTable has no row 'x': its rows are new_received, …" for a key no member answers.
template <class S>
std::string missing_key_message(S const& s, std::string const& name, char const* type) {
    std::string present;
    for (std::size_t i = 0; i < member_count<S>; ++i) {
        if (!member_present(s, i)) continue;
        present += (present.empty() ? "" : ", ") + std::string(member_name<S>(i));
    }
    std::size_t const i = member_index<S>(name);
    // An optional member is a row of the other format, or one its report did not print (a
    // 2021 table's single other_handling, a 2019 table's provincial other_documents).
    std::string const why = i < member_count<S> ? " (a " + std::string(KeyOf<S>::noun) +
                                                      " of the other format, or one the report "
                                                      "did not print)"
                                                : "";
    return std::string(type) + " has no " + KeyOf<S>::noun + " '" + name + "'" + why + ": its " +
           KeyOf<S>::noun + "s are " + present;
}

// ---- to_dict: the value the report's JSON document holds for a table or row ----

inline py::object document_value(Cell const& c) {
    switch (c.state) {
        case CellState::value: return py::int_(c.value);
        case CellState::not_applicable: return py::str("not_applicable");
        case CellState::blank: break;
    }
    return py::none();
}

inline py::object document_value(MoneyCell const& c) {
    switch (c.state) {
        case CellState::value: {
            py::dict d;
            d["amount"] = py::str(c.money.amount.to_string());
            d["unit"] = py::str(std::string(id(c.money.unit)));
            return d;
        }
        case CellState::not_applicable: return py::str("not_applicable");
        case CellState::blank: break;
    }
    return py::none();
}

// A member that is empty (a row of the other format) is left out, as in the document.
template <class S>
    requires(member_count<S> > 0)
py::object document_value(S const& s) {
    py::dict d;
    boost::mp11::mp_for_each<MembersOf<S>>([&](auto m) {
        auto const& field = s.*m.pointer;
        using F = std::remove_cvref_t<decltype(field)>;
        if constexpr (!std::is_void_v<typename optional_of<F>::type>) {
            if (field) d[m.name] = document_value(*field);
        } else {
            d[m.name] = document_value(field);
        }
    });
    return d;
}

// ---- iteration ----

// What `iter(table)`, `table.items()`, `table.values()` return: the table's or row's own view
// and the index of the next member, nothing else.
struct MemberIterator {
    enum class Yield { items, keys, values };
    py::object host;  // a Ref<S> object: keeps the report alive, re-resolves on every step
    std::size_t next = 0;
    Yield yield = Yield::items;
    py::object (*advance)(MemberIterator&) = nullptr;  // advance_member<S>
};

}  // namespace govinfo::python

namespace pybind11::detail {
template <>
struct type_caster<govinfo::python::MemberIterator>
    : constructed_caster<govinfo::python::MemberIterator> {};
}  // namespace pybind11::detail

namespace govinfo::python {

// The next (id, view), id or view, skipping members that do not exist now; StopIteration at the
// end; ReferenceError when the object iterated no longer exists.
template <class S>
py::object advance_member(MemberIterator& it) {
    S const& s = it.host.cast<Ref<S>&>().get();
    while (it.next < member_count<S>) {
        std::size_t const i = it.next++;
        if (!member_present(s, i)) continue;
        // `s` is not used past this point: building the view may run Python code.
        py::str key(member_name<S>(i));
        if (it.yield == MemberIterator::Yield::keys) return key;
        py::object view = member_view<S>(it.host, i);
        if (it.yield == MemberIterator::Yield::values) return view;
        return py::make_tuple(std::move(key), std::move(view));
    }
    throw py::stop_iteration();
}

// __getitem__, __setitem__, __iter__, __len__, __contains__, keys, values, items and to_dict
// on a table or row class.
template <class S>
void def_mapping(py::class_<Ref<S>>& cls, char const* type) {
    static_assert(members_are_ids<S>(), "a member not named after an enumerator of its key enum");
    using E = typename KeyOf<S>::type;
    std::string const noun = KeyOf<S>::noun;
    auto iterate = [](py::object const& self, MemberIterator::Yield yield) {
        self.cast<Ref<S>&>().get();  // ReferenceError now, not at the first step
        return MemberIterator{self, 0, yield, &advance_member<S>};
    };
    cls.def(
           "__getitem__",
           [type](py::object const& self, py::handle key) {
               std::string const name = key_name<S>(key, type);
               S const& s = self.cast<Ref<S>&>().get();
               std::size_t const i = member_index<S>(name);
               if (i == member_count<S> || !member_present(s, i))
                   throw py::key_error(missing_key_message(s, name, type));
               return member_view<S>(self, i);
           },
           py::arg("key"),
           ("The " + noun + " named by `key`: its id (str) or a " + py_type_name<E>() +
            ". KeyError when there is no such " + noun + ".")
               .c_str())
        .def(
            "__setitem__",
            [type](py::object const& self, py::handle key, py::object const& value) {
                std::string const name = key_name<S>(key, type);
                if (member_index<S>(name) == member_count<S>)
                    throw py::key_error(missing_key_message(self.cast<Ref<S>&>().get(), name, type));
                py::setattr(self, name.c_str(), value);  // the attribute's conversion and checks
            },
            py::arg("key"), py::arg("value"),
            ("obj[id] = x is obj.id = x: sets the " + noun + " named by `key` (its id or a " +
             py_type_name<E>() + "). KeyError for an id that names no " + noun + ".")
                .c_str())
        .def(
            "__iter__",
            [iterate](py::object const& self) {
                return iterate(self, MemberIterator::Yield::items);
            },
            ("(id, " + noun + ") pairs in table order, the " + noun +
             "s a format lacks left out: for id, x in obj.")
                .c_str())
        .def("items",
             [iterate](py::object const& self) {
                 return iterate(self, MemberIterator::Yield::items);
             },
             "The same (id, view) pairs as iterating.")
        .def("values",
             [iterate](py::object const& self) {
                 return iterate(self, MemberIterator::Yield::values);
             },
             ("The " + noun + "s, as views, in table order.").c_str())
        .def(
            "keys",
            [](Ref<S> const& self) {
                S const& s = self.get();
                std::vector<std::string> out;
                for (std::size_t i = 0; i < member_count<S>; ++i)
                    if (member_present(s, i)) out.emplace_back(member_name<S>(i));
                return out;
            },
            ("The " + noun + " ids present, in table order.").c_str())
        .def(
            "__len__",
            [](Ref<S> const& self) {
                S const& s = self.get();
                std::size_t n = 0;
                for (std::size_t i = 0; i < member_count<S>; ++i) n += member_present(s, i);
                return n;
            },
            ("How many " + noun + "s there are (a format's rows only).").c_str())
        .def(
            "__contains__",
            [type](Ref<S> const& self, py::handle key) {
                std::string const name = key_name<S>(key, type);
                std::size_t const i = member_index<S>(name);
                return i < member_count<S> && member_present(self.get(), i);
            },
            py::arg("key"))
        .def(
            "to_dict",
            [](Ref<S> const& self) {
                S const copy = self.get();  // building the dict may run Python code
                return document_value(copy);
            },
            "The value of the report's JSON document here, as plain Python objects: counts as "
            "int, blank as None, not applicable as 'not_applicable', money as {'amount': str, "
            "'unit': id}.");
}

// Binds the iterator class (once, before any def_mapping is used).
void bind_member_iterator(py::module_& m);

}  // namespace govinfo::python
