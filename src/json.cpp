// The JSON documents of reports and findings (docs/json.md, schemas/*.schema.json).
//
// The mapping is owned here: a small generic visitor over describe_members writes every model
// struct as an object in declaration order and reads it back strictly (missing, unknown and
// mistyped keys are errors naming their JSON pointer). Cells, money, enums, the Article 20
// variant and the format-dependent application rows are the only special cases.
#include "govinfo/json.hpp"

#include <boost/describe/members.hpp>
#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/mp11/algorithm.hpp>
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"
#include "govinfo/utf8_name.hpp"
#include "text/utf8.hpp"

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
static_assert(boost::mp11::mp_size<members_of<Report>>::value == 14);
static_assert(boost::mp11::mp_size<members_of<Finding>>::value == 16);
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

// Text the parser made is UTF-8 already, and names are escaped where they enter (utf8_name.hpp);
// a string a caller set to other bytes is escaped the same way, so the document stays JSON.
json::value write(std::string const& s) {
    if (detail::find_invalid_utf8(s) == std::string_view::npos) return json::value(s);
    return json::value(utf8_name(s));
}
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
        // The provenance list is written only when some cell has one: most reports are read
        // plainly, and their documents stay as they were.
        if constexpr (std::is_same_v<T, Report>) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(field)>,
                                         std::vector<CellProvenance>>) {
                if (field.empty()) return;
            }
        }
        // Application rows the format does not have, and the provincial Article 20 row of a
        // report that did not print it, are left out, not written as null.
        if constexpr (std::is_same_v<T, ApplicationTable> || std::is_same_v<T, Article20v2019>) {
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

std::string json_quoted(std::string_view s) { return json::serialize(json::string_view(s)); }

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
    auto const e = try_from_id<E>(std::string_view(v.get_string()));
    if (!e) fail(ErrorCode::json_bad_value, path, "unknown id " + json_quoted(v.get_string()));
    out = *e;
}

constexpr std::string_view cell_expected = "an integer, null or \"not_applicable\"";

void read(json::value const& v, Cell& out, std::string const& path, Context const&) {
    if (v.is_null()) {
        out = Cell::blank();
    } else if (v.is_string()) {
        if (v.get_string() != "not_applicable")
            fail(ErrorCode::json_bad_value, path,
                 "expected " + std::string(cell_expected) + ", got " + json_quoted(v.get_string()));
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
                     json_quoted(v.get_string()));
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
    auto const d = Decimal::try_parse(std::string_view(v.get_string()));
    if (!d) fail(ErrorCode::json_bad_value, path, "not a decimal amount: " + json_quoted(v.get_string()));
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
           name == "diagnostics" || name == "provenance";
}
// Fields added later may be left out: a finding's page and box (before PDF sources), its repeat
// count and further lines (1 and none).
bool may_omit(Finding const*, std::string_view name) {
    return name == "page" || name == "box" || name == "occurrences" || name == "more_lines";
}
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
            fail(ErrorCode::json_unknown_key, child(path, key), "unknown key " + json_quoted(key));
    }
    boost::mp11::mp_for_each<members_of<T>>([&](auto m) {
        auto& field = out.*m.pointer;
        using F = std::remove_cvref_t<decltype(field)>;
        std::string const name = m.name;
        auto const* found = o.if_contains(name);
        if constexpr (std::is_same_v<T, ApplicationTable> && is_optional<F>::value) {
            // A format-dependent row: required in its format, an error in the other one.
            auto const row_id = *try_from_id<ApplicationRow>(name);
            bool const belongs = has_row(ctx.format, row_id);
            // The single （六）其他处理 row a 2021 report may print (taxonomy.hpp): optional.
            if (!belongs && may_hold_row(ctx.format, row_id)) {
                if (!found || found->is_null()) {
                    field.reset();
                    return;
                }
                if (!found->is_object()) type_error(child(path, name), "an object", *found);
                ApplicantRow row;
                read(*found, row, child(path, name), ctx);
                field = row;
                return;
            }
            if (!belongs) {
                if (found)
                    fail(ErrorCode::json_unknown_key, child(path, name),
                         "row " + name + " does not belong to the " +
                             std::string(id(ctx.format)) + " format");
                field.reset();
                return;
            }
            if (!found) fail(ErrorCode::json_missing_key, child(path, name), "missing key " + json_quoted(name));
            if (!found->is_object()) type_error(child(path, name), "an object", *found);
            ApplicantRow row;
            read(*found, row, child(path, name), ctx);
            field = row;
        } else {
            if (!found) {
                if (is_optional<F>::value || may_omit(static_cast<T const*>(nullptr), name)) {
                    static T const defaults{};  // the member's own default (occurrences = 1)
                    field = defaults.*m.pointer;
                    return;
                }
                fail(ErrorCode::json_missing_key, child(path, name), "missing key " + json_quoted(name));
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
    auto const format = try_from_id<FormatVersion>(std::string_view(f->get_string()));
    if (!format)
        fail(ErrorCode::json_bad_value, child(path, "format"),
             "unknown format " + json_quoted(f->get_string()) + "; expected \"2019\" or \"2021\"");
    Context const ctx{*format};
    Report r = Report::blank(*format);
    read(v, r, path, ctx);
    return r;
}

// Builds the document as Boost.JSON's own parser does (a value_stack fed by basic_parser) and
// refuses an object that names a key twice. Boost.JSON keeps the last of duplicate keys without a
// word, so {"year": 2021, "year": 2022} would read as 2022 and a hand-edited file could hide a
// value. Only the first `checked_keys` keys of an object are compared (linearly, in a buffer of
// reused strings): every object govinfo reads has at most 27 keys, so an object with that many
// distinct keys holds an unknown key, which the reader refuses anyway.
class StrictHandler {
public:
    static constexpr std::size_t max_object_size = json::object::max_size();
    static constexpr std::size_t max_array_size = json::array::max_size();
    static constexpr std::size_t max_key_size = json::string::max_size();
    static constexpr std::size_t max_string_size = json::string::max_size();
    static constexpr std::size_t checked_keys = 64;

    json::value_stack st;
    bool duplicated = false;     // an object named a key twice
    std::string duplicate;       // that key
    std::string duplicate_path;  // the JSON pointer of its second occurrence

    bool on_document_begin(json::error_code&) { return true; }
    bool on_document_end(json::error_code&) { return true; }
    bool on_object_begin(json::error_code&) { return open(true); }
    bool on_object_end(std::size_t n, json::error_code&) {
        close();
        st.push_object(n);
        return done();
    }
    bool on_array_begin(json::error_code&) { return open(false); }
    bool on_array_end(std::size_t n, json::error_code&) {
        close();
        st.push_array(n);
        return done();
    }
    bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
        st.push_chars(s);
        key_.append(s.data(), s.size());
        return true;
    }
    bool on_key(json::string_view s, std::size_t, json::error_code& ec) {
        key_.append(s.data(), s.size());
        bool const fresh = add_key(ec);
        key_.clear();
        if (!fresh) return false;
        st.push_key(s);
        return true;
    }
    bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
        st.push_chars(s);
        return true;
    }
    bool on_string(json::string_view s, std::size_t, json::error_code&) {
        st.push_string(s);
        return done();
    }
    bool on_number_part(json::string_view, json::error_code&) { return true; }
    bool on_int64(std::int64_t i, json::string_view, json::error_code&) {
        st.push_int64(i);
        return done();
    }
    bool on_uint64(std::uint64_t u, json::string_view, json::error_code&) {
        st.push_uint64(u);
        return done();
    }
    bool on_double(double d, json::string_view, json::error_code&) {
        st.push_double(d);
        return done();
    }
    bool on_bool(bool b, json::error_code&) {
        st.push_bool(b);
        return done();
    }
    bool on_null(json::error_code&) {
        st.push_null();
        return done();
    }
    bool on_comment_part(json::string_view, json::error_code&) { return true; }
    bool on_comment(json::string_view, json::error_code&) { return true; }

private:
    // An open object or array: where its keys start in keys_, how many it has, and (arrays) how
    // many of its elements are complete, which is the index of the one being read.
    struct Frame {
        bool object;
        std::size_t first_key, keys, index;
    };
    std::vector<Frame> frames_;
    std::vector<std::string> keys_;  // keys of the open objects; strings reused, not freed
    std::size_t used_ = 0;           // keys_[0, used_) are live
    std::string key_;

    bool open(bool object) {
        frames_.push_back({object, used_, 0, 0});
        return true;
    }
    void close() {
        used_ = frames_.back().first_key;
        frames_.pop_back();
    }
    bool done() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
        return true;
    }
    bool add_key(json::error_code& ec) {
        Frame& f = frames_.back();
        std::size_t const seen = std::min(f.keys, checked_keys);
        for (std::size_t k = f.first_key; k < f.first_key + seen; ++k) {
            if (keys_[k] != key_) continue;
            duplicated = true;
            duplicate = key_;
            duplicate_path = path_to(key_);
            ec = json::error::syntax;
            return false;
        }
        // Past checked_keys the last slot holds the current key: the path still needs it.
        std::size_t const slot = f.first_key + std::min(f.keys, checked_keys - 1);
        if (slot == used_) {
            if (used_ == keys_.size()) keys_.emplace_back();
            ++used_;
        }
        keys_[slot] = key_;
        ++f.keys;
        return true;
    }
    // The JSON pointer of `key` in the innermost open object.
    std::string path_to(std::string_view key) const {
        std::string path;
        for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
            Frame const& f = frames_[i];
            path = f.object ? child(path, keys_[f.first_key + std::min(f.keys, checked_keys) - 1])
                            : child(path, f.index);
        }
        return child(path, key);
    }
};

// Parses the text; a syntax error carries the byte offset and its line and column, a key named
// twice in one object its JSON pointer too.
json::value parse_document(std::string_view text) {
    json::basic_parser<StrictHandler> p(json::parse_options{});
    p.handler().st.reset();
    boost::system::error_code ec;
    std::size_t const n = p.write_some(false, text.data(), text.size(), ec);
    if (!ec && n < text.size()) ec = json::error::extra_data;
    if (ec) {
        Error e;
        e.code = ErrorCode::json_syntax;
        StrictHandler const& h = p.handler();
        if (h.duplicated) {
            e.message = "duplicate key " + json_quoted(h.duplicate) + ": an object names it twice";
            e.path = h.duplicate_path;
        } else {
            e.message = "not a JSON document: " + ec.message();
        }
        e.offset = n;
        locate(e, text);
        throw Failure{std::move(e)};
    }
    return p.handler().st.release();
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

Result<Report> try_report_from_json(std::string_view text) {
    return guarded([&] { return read_report(parse_document(text), ""); });
}

Result<std::vector<Report>> try_reports_from_json(std::string_view text) {
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

Result<std::vector<Finding>> try_findings_from_json(std::string_view text) {
    return guarded([&] {
        json::value const v = parse_document(text);
        if (!v.is_array()) type_error("", "an array of findings", v);
        std::vector<Finding> out;
        read(v, out, "", Context{});
        return out;
    });
}

Report report_from_json(std::string_view text) { return try_report_from_json(text).value(); }
std::vector<Report> reports_from_json(std::string_view text) {
    return try_reports_from_json(text).value();
}
std::vector<Finding> findings_from_json(std::string_view text) {
    return try_findings_from_json(text).value();
}
Report from_json(std::string_view text) { return report_from_json(text); }

}  // namespace govinfo
