// Every enum of the model with its stable id and its official Chinese label, and the taxonomy of
// which rows and columns each format has.
#include <boost/describe/enumerators.hpp>
#include <span>
#include <vector>

#include "bindings.hpp"
#include "govinfo/compare.hpp"
#include "govinfo/error.hpp"
#include "govinfo/indicators.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/provenance.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo::python {
namespace {

template <class E>
std::vector<E> to_list(std::span<E const> s) {
    return {s.begin(), s.end()};
}

template <class E>
std::string type_name() {
    return py::type::of<E>().attr("__name__").template cast<std::string>();
}

// py::enum_'s own constructor and __setstate__ take any int; they are replaced by ones that
// accept only enumerators (ValueError otherwise). __reduce_ex__ rebuilds a member from its int
// under every pickle protocol (protocols 0 and 1 ended in std::terminate).
template <class E>
void check_enum_values(py::enum_<E>& e, char const* name) {
    using Scalar = std::underlying_type_t<E>;
    py::delattr(e, "__init__");
    e.def(py::init([name](Scalar v) { return checked_enum<E>(v, name); }), py::arg("value"));
    py::delattr(e, "__setstate__");
    e.attr("__setstate__") = py::cpp_function(
        [name](py::detail::value_and_holder& v_h, Scalar state) {
            py::detail::initimpl::setstate<py::class_<E>>(
                v_h, checked_enum<E>(state, name), Py_TYPE(v_h.inst) != v_h.type->type);
        },
        py::detail::is_new_style_constructor(), py::name("__setstate__"), py::is_method(e),
        py::arg("state"));
    auto reduce = [](py::object const& self) {
        return py::make_tuple(py::type::handle_of(self),
                              py::make_tuple(static_cast<Scalar>(self.cast<E>())));
    };
    e.def("__reduce_ex__", [reduce](py::object const& self, py::handle) { return reduce(self); },
          py::arg("protocol"));
    e.def("__reduce__", reduce);
}

template <class E>
py::enum_<E> bind_enum(py::module_& m, char const* name, char const* doc) {
    py::enum_<E> e(m, name, doc);
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto d) { e.value(d.name, d.value); });
    check_enum_values(e, name);
    e.def_property_readonly(
        "id", [](E v) { return std::string(id(v)); },
        "The stable id: the JSON key, CSV value and pandas column name.");
    e.def_static(
        "from_id",
        [](InText text) {
            if (auto v = try_from_id<E>(text.value)) return *v;
            throw py::value_error("'" + text.value + "' is not an id of " + type_name<E>());
        },
        py::arg("id"), "The member with this id; ValueError when there is none.");

    if constexpr (requires(E v) { label(v); }) {
        e.def_property_readonly(
            "label", [](E v) { return std::string(label(v)); }, "The official Chinese label.");
    }
    if constexpr (wording::has_table<E>) {
        e.def_static(
            "from_label",
            [](InText text) {
                if (auto v = try_from_label<E>(text.value)) return *v;
                throw py::value_error("'" + text.value + "' is not a label of " + type_name<E>());
            },
            py::arg("label"),
            "The member with this label, also accepting the variants real reports print "
            "(label_variants; punctuation, bracket and digit widths, spaces, group prefixes); "
            "ValueError when none matches.");
        e.def_property_readonly(
            "label_variants",
            [](E v) {
                std::vector<std::string> out;
                if (auto const* w = wording::entry(v)) {
                    for (auto text : w->variants)
                        if (!text.empty()) out.emplace_back(text);
                    for (auto text : w->short_forms)
                        if (!text.empty()) out.emplace_back(text);
                }
                return py::tuple(py::cast(out));
            },
            "Other wordings real reports print for this member (misspellings, older, truncated "
            "or short forms), which from_label accepts; () when there are none.");
    }
    return e;
}

std::string article20_row_label(Article20Row r) {
    auto l = label(r, FormatVersion::v2021);
    return std::string(l.empty() ? label(r, FormatVersion::v2019) : l);
}

std::string article20_column_label(Article20Column c) {
    for (auto f : {FormatVersion::v2021, FormatVersion::v2019})
        for (auto r : article20_rows(f))
            if (auto l = label(c, f, r); !l.empty()) return std::string(l);
    return {};
}

// compare.hpp and indicators.hpp, and what cells hold.
void bind_cell_enums(py::module_& m) {
    bind_enum<CellChangeKind>(
        m, "CellChangeKind",
        "How a cell moved from the old report to the new one: unchanged, changed, no_number "
        "(neither holds a number, as before), filled_in, emptied, state_changed (blank <-> '/'), "
        "not_comparable (one format only, or the formats count different things).");
    bind_enum<MissingReason>(
        m, "MissingReason",
        "Why a measure has no value: none, blank, not_applicable, zero_denominator, overflow, "
        "no_previous_year, ambiguous_previous_year.");
    bind_enum<CellState>(m, "CellState",
                         "What a cell holds: value (a number), blank (nothing written; unknown, "
                         "not zero) or not_applicable ('/', '-', '—').");
    bind_enum<MoneyUnit>(m, "MoneyUnit",
                         "The unit a money amount was written in: wan_yuan (万元), yuan (元) or "
                         "unknown (none given).");
    bind_enum<FormatVersion>(m, "FormatVersion",
                             "The statutory table format: v2019 (国办公开办函〔2019〕60号, id "
                             "'2019') or v2021 (国办公开办函〔2021〕30号, id '2021').");
}

void bind_application_enums(py::module_& m) {
    bind_enum<ApplicantColumn>(m, "ApplicantColumn",
                               "The seven applicant columns of the application table; total "
                               "(总计) is the sum of the six before it.");
    bind_enum<OutcomeGroup>(m, "OutcomeGroup", "Groups of outcome rows: （一） … （六）.");
    bind_enum<ApplicationRow>(m, "ApplicationRow",
                              "Every numeric row of the application table of both formats, in "
                              "table order; application_rows(format) lists one format's rows.");
}

// The Article 20 rows and columns, whose labels depend on the format.
void bind_article20_enums(py::module_& m) {
    auto a20row = bind_enum<Article20Row>(
        m, "Article20Row",
        "Rows of the Article 20 tables of both formats; article20_rows(format) lists one "
        "format's rows.");
    a20row.def_property_readonly("label", &article20_row_label,
                                 "The official label in the 2021 format, or in the 2019 format "
                                 "for rows only it has. See label_for().");
    a20row.def(
        "label_for", [](Article20Row r, FormatVersion f) { return std::string(label(r, f)); },
        py::arg("format"),
        "The official label in `format` (行政规范性文件 vs 规范性文件); '' when the format lacks "
        "the row.");
    a20row.def_property_readonly(
        "caption", [](Article20Row r) { return std::string(caption(r)); },
        "The 第二十条第（X）项 caption of the sub-table the row belongs to.");
    auto a20col = bind_enum<Article20Column>(
        m, "Article20Column",
        "Columns of the Article 20 tables of both formats; article20_columns(format, row) lists "
        "those of one row.");
    a20col.def_property_readonly("label", &article20_column_label,
                                 "The official label where the column first appears (2021 "
                                 "format first). See label_for().");
    a20col.def(
        "label_for",
        [](Article20Column c, FormatVersion f, Article20Row r) {
            return std::string(label(c, f, r));
        },
        py::arg("format"), py::arg("row"),
        "The official label of this column in `row` of `format`; '' when it has no such column.");
}

void bind_review_enums(py::module_& m) {
    bind_enum<ReviewGroup>(m, "ReviewGroup",
                           "The three groups of the review and litigation table.");
    bind_enum<ReviewColumn>(m, "ReviewColumn",
                            "The five columns of each review/litigation group; total is the sum "
                            "of the other four.");
}

// Findings, provenance and errors.
void bind_finding_enums(py::module_& m) {
    bind_enum<Severity>(m, "Severity", "How serious a finding is: error, warning or info.");
    bind_enum<TableKind>(m, "TableKind",
                         "The tables of a report as named in findings, CSV and JSON; report "
                         "stands for the report as a whole.");
    bind_enum<FindingCode>(m, "FindingCode",
                           "Stable finding codes; the prefix (app_, rev_, a20_, cell_, period_, "
                           "parse_, narrative_, series_, rollup_, section_, reading_) names the family.");
    bind_enum<CellOrigin>(m, "CellOrigin",
                          "How a cell not read straight from its own position was decided "
                          "(CellProvenance.how).");
    bind_enum<ErrorCode>(m, "ErrorCode", "Why an input could not be used at all (ParseError.code).");
}

void bind_taxonomy(py::module_& m) {
    m.def(
        "normalize_label", [](InText text) { return OutText{normalize_label(text.value)}; },
        py::arg("text"),
          "The canonical form labels are matched in: widths folded, quotes unified, 、 and ， "
          "unified, whitespace removed.");

    // ---- taxonomy ----
    m.def("application_rows", [](FormatVersion f) { return to_list(application_rows(f)); },
          py::arg("format"), "The application-table rows of `format` in table order (23 or 25).");
    m.def("outcome_rows", [](FormatVersion f) { return to_list(outcome_rows(f)); },
          py::arg("format"), "The rows summed into （七）总计 in `format`, in table order.");
    m.def("group_of", &group_of, py::arg("row"),
          "The outcome group of an application row; None for rows that are not outcomes.");
    m.def("has_row", &has_row, py::arg("format"), py::arg("row"),
          "Whether `format`'s application table has `row`.");
    m.def("applicant_columns", [] { return to_list(applicant_columns()); },
          "The six applicant columns that add up to total.");
    m.def("all_applicant_columns", [] { return to_list(all_applicant_columns()); },
          "All seven applicant columns, total last.");
    m.def("article20_rows", [](FormatVersion f) { return to_list(article20_rows(f)); },
          py::arg("format"), "The Article 20 rows of `format` in table order.");
    m.def("article20_columns",
          [](FormatVersion f, Article20Row r) { return to_list(article20_columns(f, r)); },
          py::arg("format"), py::arg("row"), "The columns of one Article 20 row of `format`.");
    m.def("review_groups", [] { return to_list(review_groups()); },
          "The three review/litigation groups.");
    m.def("review_columns", [] { return to_list(review_columns()); },
          "The five review/litigation columns, total last.");
}

}  // namespace

void init_enums(py::module_& m) {
    bind_cell_enums(m);
    bind_application_enums(m);
    bind_article20_enums(m);
    bind_review_enums(m);
    bind_finding_enums(m);
    bind_taxonomy(m);
}

}  // namespace govinfo::python
