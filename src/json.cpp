// The JSON documents of reports and findings (docs/json.md, schemas/*.schema.json).
//
// The mapping is owned here: a small generic visitor over describe_members writes every model
// struct as an object in declaration order and reads it back strictly (missing, unknown and
// mistyped keys are errors naming their JSON pointer). Cells, money, enums, the Article 20
// variant and the format-dependent application rows are the only special cases.
#include "govinfo/json.hpp"

#include <boost/describe/members.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cmath>
#include <limits>
#include <type_traits>

#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

namespace json = boost::json;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

// The documents have these many keys per object; a model change that alters them must also
// update docs/json.md, the schemas (tools/make_schemas.py) and the golden files.
static_assert(boost::mp11::mp_size<members_of<Report>>::value == 13);
static_assert(boost::mp11::mp_size<members_of<Finding>>::value == 14);
static_assert(boost::mp11::mp_size<members_of<ApplicationTable>>::value == 26);

// ------------------------------------------------------------------------------------------
// Writing
// ------------------------------------------------------------------------------------------

json::value write(Cell const& c) {
    switch (c.state) {
        case CellState::value: return json::value(c.value);
        case CellState::not_applicable: return json::value("not_applicable");
        case CellState::blank: break;
    }
    return nullptr;
}

json::value write(MoneyCell const& c) {
    switch (c.state) {
        case CellState::value: {
            json::object o;
            o["amount"] = c.money.amount.to_string();
            o["unit"] = std::string(id(c.money.unit));
            return o;
        }
        case CellState::not_applicable: return json::value("not_applicable");
        case CellState::blank: break;
    }
    return nullptr;
}

json::value write(std::string const& s) { return json::value(s); }
json::value write(double d) { return json::value(d); }
json::value write(bool b) { return json::value(b); }

template <class T>
    requires std::is_integral_v<T>
json::value write(T n) {
    return json::value(static_cast<std::int64_t>(n));
}

template <class E>
    requires std::is_enum_v<E>
json::value write(E e) {
    return json::value(std::string(id(e)));
}

json::value write(Article20 const& a);
template <class T>
    requires boost::describe::has_describe_members<T>::value
json::value write(T const& s);

template <class T>
json::value write(std::optional<T> const& o) {
    if (!o) return nullptr;
    return write(*o);
}

template <class T>
json::value write(std::vector<T> const& v) {
    json::array a;
    a.reserve(v.size());
    for (auto const& x : v) a.push_back(write(x));
    return a;
}

template <class T>
    requires boost::describe::has_describe_members<T>::value
json::value write(T const& s) {
    json::object o;
    o.reserve(boost::mp11::mp_size<members_of<T>>::value);
    boost::mp11::mp_for_each<members_of<T>>([&](auto m) {
        auto const& field = s.*m.pointer;
        // Application rows the format does not have are left out, not written as null.
        if constexpr (std::is_same_v<T, ApplicationTable>) {
            if constexpr (is_optional<std::remove_cvref_t<decltype(field)>>::value) {
                if (!field) return;
            }
        }
        o[m.name] = write(field);
    });
    return o;
}

json::value write(Article20 const& a) {
    return std::visit([](auto const& t) { return write(t); }, a);
}

json::value write_report(Report const& r) {
    json::object o;
    o["format"] = std::string(id(r.format()));
    json::value body = write(r);
    for (auto& kv : body.as_object()) o[kv.key()] = std::move(kv.value());
    return o;
}

// Two-space indentation, "key": value, empty containers as {} and []. This is what Python's
// json.dumps(indent=2, ensure_ascii=False) prints, so tools can produce byte-identical files.
void print(std::string& out, json::value const& v, int indent) {
    auto newline = [&](int n) {
        out += '\n';
        out.append(static_cast<std::size_t>(n), ' ');
    };
    switch (v.kind()) {
        case json::kind::object: {
            auto const& o = v.get_object();
            if (o.empty()) {
                out += "{}";
                return;
            }
            out += '{';
            bool first = true;
            for (auto const& kv : o) {
                if (!first) out += ',';
                first = false;
                newline(indent + 2);
                out += json::serialize(json::string_view(kv.key()));
                out += ": ";
                print(out, kv.value(), indent + 2);
            }
            newline(indent);
            out += '}';
            return;
        }
        case json::kind::array: {
            auto const& a = v.get_array();
            if (a.empty()) {
                out += "[]";
                return;
            }
            out += '[';
            bool first = true;
            for (auto const& x : a) {
                if (!first) out += ',';
                first = false;
                newline(indent + 2);
                print(out, x, indent + 2);
            }
            newline(indent);
            out += ']';
            return;
        }
        default: out += json::serialize(v); return;
    }
}

std::string render(json::value const& v, JsonOptions options) {
    if (!options.pretty) return json::serialize(v);
    std::string out;
    print(out, v, 0);
    out += '\n';
    return out;
}

// ------------------------------------------------------------------------------------------
// Reading
// ------------------------------------------------------------------------------------------

struct Failure {
    Error error;
};

[[noreturn]] void fail(ErrorCode code, std::string const& path, std::string message) {
    Error e;
    e.code = code;
    e.path = path;
    e.message = std::move(message);
    throw Failure{std::move(e)};
}

// JSON pointer escaping (RFC 6901).
std::string child(std::string const& path, std::string_view key) {
    std::string p = path;
    p += '/';
    for (char c : key) {
        if (c == '~')
            p += "~0";
        else if (c == '/')
            p += "~1";
        else
            p += c;
    }
    return p;
}
std::string child(std::string const& path, std::size_t index) {
    return path + "/" + std::to_string(index);
}

char const* kind_name(json::value const& v) {
    switch (v.kind()) {
        case json::kind::null: return "null";
        case json::kind::bool_: return "a boolean";
        case json::kind::int64:
        case json::kind::uint64: return "an integer";
        case json::kind::double_: return "a number with a fraction or exponent";
        case json::kind::string: return "a string";
        case json::kind::array: return "an array";
        case json::kind::object: return "an object";
    }
    return "a value";
}

[[noreturn]] void type_error(std::string const& path, std::string_view expected,
                             json::value const& got) {
    fail(ErrorCode::json_type, path,
         "expected " + std::string(expected) + ", got " + kind_name(got));
}

std::string quoted(std::string_view s) { return json::serialize(json::string_view(s)); }

// A double that holds an integral value beyond 64 bits: Boost.JSON reads integer literals that
// do not fit std::int64_t/std::uint64_t as doubles.
bool is_huge_integer(json::value const& v) {
    if (!v.is_double()) return false;
    double const d = v.get_double();
    return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) >= 9.2e18;
}

// An integer within [lo, hi].
std::int64_t read_integer(json::value const& v, std::string const& path, std::int64_t lo,
                          std::int64_t hi, std::string_view expected = "an integer") {
    if (v.is_int64()) {
        std::int64_t const n = v.get_int64();
        if (n < lo || n > hi)
            fail(ErrorCode::json_bad_value, path, "integer out of range: " + std::to_string(n));
        return n;
    }
    if (v.is_uint64()) {
        std::uint64_t const n = v.get_uint64();
        if (n > static_cast<std::uint64_t>(hi))
            fail(ErrorCode::json_bad_value, path, "integer out of range: " + std::to_string(n));
        return static_cast<std::int64_t>(n);
    }
    if (is_huge_integer(v))
        fail(ErrorCode::json_bad_value, path, "integer out of range: " + json::serialize(v));
    type_error(path, expected, v);
}

struct Context {
    FormatVersion format = FormatVersion::v2021;
};

void read(json::value const& v, std::string& out, std::string const& path, Context const&) {
    if (!v.is_string()) type_error(path, "a string", v);
    out = std::string(v.get_string());
}

void read(json::value const& v, bool& out, std::string const& path, Context const&) {
    if (!v.is_bool()) type_error(path, "a boolean", v);
    out = v.get_bool();
}

void read(json::value const& v, double& out, std::string const& path, Context const&) {
    if (v.is_double()) out = v.get_double();
    else if (v.is_int64()) out = static_cast<double>(v.get_int64());
    else if (v.is_uint64()) out = static_cast<double>(v.get_uint64());
    else type_error(path, "a number", v);
    if (!std::isfinite(out)) fail(ErrorCode::json_bad_value, path, "not a finite number");
}

template <class T>
    requires std::is_integral_v<T>
void read(json::value const& v, T& out, std::string const& path, Context const&) {
    out = static_cast<T>(read_integer(v, path, std::numeric_limits<T>::min(),
                                      static_cast<std::int64_t>(std::numeric_limits<T>::max())));
}

template <class E>
    requires std::is_enum_v<E>
void read(json::value const& v, E& out, std::string const& path, Context const&) {
    if (!v.is_string()) type_error(path, "a string id", v);
    auto const e = from_id<E>(std::string_view(v.get_string()));
    if (!e) fail(ErrorCode::json_bad_value, path, "unknown id " + quoted(v.get_string()));
    out = *e;
}

constexpr std::string_view cell_expected = "an integer, null or \"not_applicable\"";

void read(json::value const& v, Cell& out, std::string const& path, Context const&) {
    if (v.is_null()) {
        out = Cell::blank();
    } else if (v.is_string()) {
        if (v.get_string() != "not_applicable")
            fail(ErrorCode::json_bad_value, path,
                 "expected " + std::string(cell_expected) + ", got " + quoted(v.get_string()));
        out = Cell::not_applicable();
    } else {
        out = Cell::of(read_integer(v, path, std::numeric_limits<std::int64_t>::min(),
                                    std::numeric_limits<std::int64_t>::max(), cell_expected));
    }
}

template <class T>
    requires boost::describe::has_describe_members<T>::value
void read(json::value const& v, T& out, std::string const& path, Context const& ctx);

void read(json::value const& v, MoneyCell& out, std::string const& path, Context const& ctx) {
    if (v.is_null()) {
        out = MoneyCell::blank();
        return;
    }
    if (v.is_string()) {
        if (v.get_string() != "not_applicable")
            fail(ErrorCode::json_bad_value, path,
                 "expected a money object, null or \"not_applicable\", got " +
                     quoted(v.get_string()));
        out = MoneyCell::not_applicable();
        return;
    }
    if (!v.is_object()) type_error(path, "a money object, null or \"not_applicable\"", v);
    Money m;
    read(v, m, path, ctx);
    out = MoneyCell::of(m.amount, m.unit);
}

void read(json::value const& v, Decimal& out, std::string const& path, Context const&) {
    if (!v.is_string()) type_error(path, "a decimal amount as a string", v);
    auto const d = Decimal::parse(std::string_view(v.get_string()));
    if (!d) fail(ErrorCode::json_bad_value, path, "not a decimal amount: " + quoted(v.get_string()));
    out = *d;
}

template <class T>
void read(json::value const& v, std::optional<T>& out, std::string const& path,
          Context const& ctx) {
    if (v.is_null()) {
        out.reset();
        return;
    }
    T x{};
    read(v, x, path, ctx);
    out = std::move(x);
}

template <class T>
void read(json::value const& v, std::vector<T>& out, std::string const& path,
          Context const& ctx) {
    if (!v.is_array()) type_error(path, "an array", v);
    auto const& a = v.get_array();
    out.clear();
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        T x{};
        read(a[i], x, child(path, i), ctx);
        out.push_back(std::move(x));
    }
}

void read(json::value const& v, Article20& out, std::string const& path, Context const& ctx) {
    if (ctx.format == FormatVersion::v2019) {
        Article20v2019 a;
        read(v, a, path, ctx);
        out = a;
    } else {
        Article20v2021 a;
        read(v, a, path, ctx);
        out = a;
    }
}

// Keys of the report document that may be left out; they then take their defaults (empty text,
// line 0, no tables, sections or diagnostics). Optional members (year, statistics_period, a
// period's start/end, a finding's year/previous_year) may be null or left out everywhere.
bool may_omit(Report const*, std::string_view name) {
    return name == "title" || name == "source" || name == "first_line" ||
           name == "last_line" || name == "tables_found" || name == "sections" ||
           name == "diagnostics";
}
// Findings written before PDF sources existed have no page or box.
bool may_omit(Finding const*, std::string_view name) { return name == "page" || name == "box"; }
template <class T>
bool may_omit(T const*, std::string_view) {
    return false;
}

template <class T>
bool is_member_name(std::string_view key) {
    bool found = false;
    boost::mp11::mp_for_each<members_of<T>>([&](auto m) { found = found || key == m.name; });
    return found;
}

template <class T>
    requires boost::describe::has_describe_members<T>::value
void read(json::value const& v, T& out, std::string const& path, Context const& ctx) {
    if (!v.is_object()) type_error(path, "an object", v);
    auto const& o = v.get_object();
    for (auto const& kv : o) {
        std::string_view const key = kv.key();
        if (std::is_same_v<T, Report> && key == "format") continue;
        if (!is_member_name<T>(key))
            fail(ErrorCode::json_unknown_key, child(path, key), "unknown key " + quoted(key));
    }
    boost::mp11::mp_for_each<members_of<T>>([&](auto m) {
        auto& field = out.*m.pointer;
        using F = std::remove_cvref_t<decltype(field)>;
        std::string const name = m.name;
        auto const* found = o.if_contains(name);
        if constexpr (std::is_same_v<T, ApplicationTable> && is_optional<F>::value) {
            // A format-dependent row: required in its format, an error in the other one.
            bool const belongs = has_row(ctx.format, *from_id<ApplicationRow>(name));
            if (!belongs) {
                if (found)
                    fail(ErrorCode::json_unknown_key, child(path, name),
                         "row " + name + " does not belong to the " +
                             std::string(id(ctx.format)) + " format");
                field.reset();
                return;
            }
            if (!found) fail(ErrorCode::json_missing_key, child(path, name), "missing key " + quoted(name));
            if (!found->is_object()) type_error(child(path, name), "an object", *found);
            ApplicantRow row;
            read(*found, row, child(path, name), ctx);
            field = row;
        } else {
            if (!found) {
                if (is_optional<F>::value || may_omit(static_cast<T const*>(nullptr), name)) {
                    field = F{};
                    return;
                }
                fail(ErrorCode::json_missing_key, child(path, name), "missing key " + quoted(name));
            }
            read(*found, field, child(path, name), ctx);
        }
    });
}

Report read_report(json::value const& v, std::string const& path) {
    if (!v.is_object()) type_error(path, "an object", v);
    auto const* f = v.get_object().if_contains("format");
    if (!f) fail(ErrorCode::json_missing_key, child(path, "format"), "missing key \"format\"");
    if (!f->is_string()) type_error(child(path, "format"), "a string", *f);
    auto const format = from_id<FormatVersion>(std::string_view(f->get_string()));
    if (!format)
        fail(ErrorCode::json_bad_value, child(path, "format"),
             "unknown format " + quoted(f->get_string()) + "; expected \"2019\" or \"2021\"");
    Context const ctx{*format};
    Report r = Report::blank(*format);
    read(v, r, path, ctx);
    return r;
}

// Parses the text; a syntax error carries the byte offset and its line and column.
json::value parse_document(std::string_view text) {
    json::stream_parser p;
    boost::system::error_code ec;
    std::size_t const n = p.write(text.data(), text.size(), ec);
    std::size_t offset = n;
    if (!ec) {
        p.finish(ec);
        offset = text.size();
    }
    if (ec) {
        Error e;
        e.code = ErrorCode::json_syntax;
        e.message = "not a JSON document: " + ec.message();
        e.offset = offset;
        locate(e, text);
        throw Failure{std::move(e)};
    }
    return p.release();
}

template <class F>
auto guarded(F&& f) -> Result<decltype(f())> {
    try {
        return f();
    } catch (Failure& failure) {
        return std::move(failure.error);
    }
}

}  // namespace

std::string to_json(Report const& report, JsonOptions options) {
    return render(write_report(report), options);
}

std::string to_json(std::vector<Report> const& reports, JsonOptions options) {
    json::array a;
    a.reserve(reports.size());
    for (auto const& r : reports) a.push_back(write_report(r));
    return render(a, options);
}

std::string to_json(std::vector<Finding> const& findings, JsonOptions options) {
    return render(write(findings), options);
}

Result<Report> report_from_json(std::string_view text) {
    return guarded([&] { return read_report(parse_document(text), ""); });
}

Result<std::vector<Report>> reports_from_json(std::string_view text) {
    return guarded([&] {
        json::value const v = parse_document(text);
        if (!v.is_array()) type_error("", "an array of reports", v);
        std::vector<Report> out;
        out.reserve(v.get_array().size());
        for (std::size_t i = 0; i < v.get_array().size(); ++i)
            out.push_back(read_report(v.get_array()[i], child("", i)));
        return out;
    });
}

Result<std::vector<Finding>> findings_from_json(std::string_view text) {
    return guarded([&] {
        json::value const v = parse_document(text);
        if (!v.is_array()) type_error("", "an array of findings", v);
        std::vector<Finding> out;
        read(v, out, "", Context{});
        return out;
    });
}

Report from_json(std::string_view text) { return report_from_json(text).value(); }

}  // namespace govinfo
