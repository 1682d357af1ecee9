// The tidy long CSV format (docs/csv.md): one line per cell, cells in for_each_cell order.
#include "govinfo/csv.hpp"

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <variant>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

// The fields of a record, in order. Their ids are the header line (docs/csv.md): the header is
// written and checked from this description, not from a second list of names.
namespace field {
enum Id : std::size_t { report, source, first_line, agency, year, format, table, row, column,
                        value, state, unit };
BOOST_DESCRIBE_ENUM(Id, report, source, first_line, agency, year, format, table, row, column,
                    value, state, unit)
}  // namespace field

constexpr auto header_fields = described::enumerator_names<field::Id>;
static_assert(described::is_dense<field::Id>());
// Files written before `source` and `first_line` joined the format (docs/csv.md) are still read:
// their reports come back with an empty source and first_line 0.
constexpr auto legacy_header_fields = [] {
    std::array<std::string_view, header_fields.size() - 2> out{};
    std::size_t n = 0;
    for (std::size_t i = 0; i < header_fields.size(); ++i)
        if (i != field::source && i != field::first_line) out[n++] = header_fields[i];
    return out;
}();

// "report,source,…,unit", for the message about a wrong header.
std::string header_line() {
    std::string out;
    for (auto name : header_fields) {
        if (!out.empty()) out += ',';
        out += name;
    }
    return out;
}

void put_field(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void put_record(std::string& out, std::array<std::string_view, header_fields.size()> const& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        put_field(out, fields[i]);
    }
    out += '\n';
}

// ---- reading ----

struct Field {
    std::string text;
    std::size_t offset = 0;  // byte offset of the field's first character
};

struct Failure {
    Error error;
};

[[noreturn]] void fail(ErrorCode code, std::size_t offset, std::string message) {
    Error e;
    e.code = code;
    e.offset = offset;
    e.message = std::move(message);
    throw Failure{std::move(e)};
}

// RFC 4180 records. Quoted fields may hold commas, quotes ("") and line breaks.
class Reader {
public:
    explicit Reader(std::string_view s) : s_(s) {}

    bool done() const noexcept { return pos_ >= s_.size(); }
    std::size_t position() const noexcept { return pos_; }

    std::vector<Field> record() {
        std::vector<Field> fields;
        for (;;) {
            Field f;
            f.offset = pos_;
            if (pos_ < s_.size() && s_[pos_] == '"') {
                ++pos_;
                for (;;) {
                    if (pos_ >= s_.size()) fail(ErrorCode::csv_syntax, f.offset, "unterminated quoted field");
                    char const c = s_[pos_++];
                    if (c == '"') {
                        if (pos_ < s_.size() && s_[pos_] == '"') {
                            f.text += '"';
                            ++pos_;
                        } else {
                            break;
                        }
                    } else {
                        f.text += c;
                    }
                }
                if (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != '\n' && s_[pos_] != '\r')
                    fail(ErrorCode::csv_syntax, pos_, "unexpected character after a closing quote");
            } else {
                while (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != '\n' && s_[pos_] != '\r') {
                    if (s_[pos_] == '"')
                        fail(ErrorCode::csv_syntax, pos_, "a quote inside an unquoted field");
                    f.text += s_[pos_++];
                }
            }
            fields.push_back(std::move(f));
            if (pos_ >= s_.size()) return fields;
            char const c = s_[pos_++];
            if (c == ',') continue;
            if (c == '\r' && pos_ < s_.size() && s_[pos_] == '\n') ++pos_;
            return fields;
        }
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
};

template <class T>
    requires std::is_integral_v<T>
std::optional<T> to_integer(std::string_view s) {
    T v{};
    auto const [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

using CellPtr = std::variant<Cell*, MoneyCell*>;

struct Pending {
    Report report;
    std::size_t number = 0;
    std::size_t first_offset = 0;
    std::string format_id, year_text, first_line_text;
    std::map<std::string, CellPtr, std::less<>> cells;  // "table/row/column"
    std::set<std::string, std::less<>> seen;
};

void start(Pending& p, std::size_t number, std::vector<Field> const& f) {
    auto const format = try_from_id<FormatVersion>(f[field::format].text);
    if (!format)
        fail(ErrorCode::csv_bad_value, f[field::format].offset,
             "format \"" + f[field::format].text + "\" is neither 2019 nor 2021");
    p = Pending{};
    p.report = Report::blank(*format);
    // A 2021 table may hold the single （六）其他处理 row its report printed (taxonomy.hpp):
    // its cells are accepted, and finish() drops the row when none came.
    if (*format == FormatVersion::v2021) p.report.applications.other_handling.emplace();
    // Likewise a 2019 table's provincial row 其他主动公开文件 (article20.hpp).
    if (auto* a = std::get_if<Article20v2019>(&p.report.article20)) a->other_documents.emplace();
    p.number = number;
    p.first_offset = f[field::report].offset;
    p.format_id = f[field::format].text;
    p.year_text = f[field::year].text;
    p.first_line_text = f[field::first_line].text;
    p.report.agency = f[field::agency].text;
    p.report.source = f[field::source].text;
    if (auto const line = to_integer<std::uint32_t>(f[field::first_line].text))
        p.report.first_line = *line;
    else
        fail(ErrorCode::csv_bad_value, f[field::first_line].offset,
             "first_line \"" + f[field::first_line].text + "\" is not a line number");
    if (!f[field::year].text.empty()) {
        auto const year = to_integer<int>(f[field::year].text);
        if (!year) fail(ErrorCode::csv_bad_value, f[field::year].offset, "year \"" + f[field::year].text + "\" is not an integer");
        p.report.year = *year;
    }
    for_each_cell(p.report, [&](TableKind t, std::string_view row, std::string_view column, auto& c) {
        std::string key(id(t));
        key += '/';
        key += row;
        key += '/';
        key += column;
        p.cells.emplace(std::move(key), CellPtr(&c));
    });
}

// Drops an optional row (its cells keyed `prefix`) of which no cell came; true if dropped.
template <class Row>
bool drop_if_unseen(Pending& p, std::optional<Row>& row, std::string const& prefix) {
    if (!row || std::any_of(p.seen.begin(), p.seen.end(),
                            [&](auto const& key) { return key.starts_with(prefix); }))
        return false;
    row.reset();
    return true;
}

void finish(Pending& p) {
    if (p.seen.size() == p.cells.size()) return;
    std::vector<std::string> dropped;
    std::string const single_other =
        "applications/" + std::string(id(ApplicationRow::other_handling)) + "/";
    if (p.report.format() == FormatVersion::v2021 &&
        drop_if_unseen(p, p.report.applications.other_handling, single_other))
        dropped.push_back(single_other);
    std::string const other_documents =
        "article20/" + std::string(id(Article20Row::other_documents)) + "/";
    if (auto* a = std::get_if<Article20v2019>(&p.report.article20);
        a && drop_if_unseen(p, a->other_documents, other_documents))
        dropped.push_back(other_documents);
    for (auto const& [key, cell] : p.cells) {
        // Named again for the lambda: clang before 16 cannot capture a structured binding.
        std::string const& name = key;
        if (std::any_of(dropped.begin(), dropped.end(),
                        [&](std::string const& prefix) { return name.starts_with(prefix); }))
            continue;
        if (!p.seen.contains(key))
            fail(ErrorCode::csv_bad_value, p.first_offset,
                 "report " + std::to_string(p.number) + " lacks the cell " + key);
    }
}

// The report-level fields repeat on every line of a report and must agree with its first line.
void check_same_report(Pending const& p, std::vector<Field> const& f) {
    auto same = [&](field::Id c, std::string_view first, char const* name) {
        if (f[c].text != first)
            fail(ErrorCode::csv_bad_value, f[c].offset,
                 std::string(name) + " differs from the first line of report " +
                     std::to_string(p.number));
    };
    same(field::source, p.report.source, "source");
    same(field::first_line, p.first_line_text, "first_line");
    same(field::agency, p.report.agency, "agency");
    same(field::year, p.year_text, "year");
    same(field::format, p.format_id, "format");
}

void put_cell(Pending& p, std::vector<Field> const& f) {
    check_same_report(p, f);
    auto const table = try_from_id<TableKind>(f[field::table].text);
    if (!table || *table == TableKind::report)
        fail(ErrorCode::csv_bad_value, f[field::table].offset, "unknown table \"" + f[field::table].text + "\"");
    std::string const key = f[field::table].text + "/" + f[field::row].text + "/" + f[field::column].text;
    auto const it = p.cells.find(key);
    if (it == p.cells.end())
        fail(ErrorCode::csv_bad_value, f[field::row].offset,
             "the " + p.format_id + " format has no cell " + key);
    if (!p.seen.insert(key).second)
        fail(ErrorCode::csv_bad_value, f[field::row].offset, "cell " + key + " appears twice in report " +
                                                            std::to_string(p.number));
    Field const& value = f[field::value];
    Field const& state_field = f[field::state];
    Field const& unit_field = f[field::unit];
    auto const state = try_from_id<CellState>(state_field.text);
    if (!state) fail(ErrorCode::csv_bad_value, state_field.offset, "unknown state \"" + state_field.text + "\"");
    bool const has_value = *state == CellState::value;
    if (!has_value && !value.text.empty())
        fail(ErrorCode::csv_bad_value, value.offset, "a " + state_field.text + " cell has a value");
    if (has_value && value.text.empty())
        fail(ErrorCode::csv_bad_value, value.offset, "a value cell has no value");

    if (auto* const* count = std::get_if<Cell*>(&it->second)) {
        if (!unit_field.text.empty())
            fail(ErrorCode::csv_bad_value, unit_field.offset, "a count cell has a unit");
        if (!has_value) {
            **count = *state == CellState::blank ? Cell::blank() : Cell::not_applicable();
            return;
        }
        auto const v = to_integer<std::int64_t>(value.text);
        if (!v)
            fail(ErrorCode::csv_bad_value, value.offset,
                 "\"" + value.text + "\" is not a 64-bit integer");
        **count = Cell::of(*v);
        return;
    }
    MoneyCell& money = *std::get<MoneyCell*>(it->second);
    if (!has_value) {
        if (!unit_field.text.empty())
            fail(ErrorCode::csv_bad_value, unit_field.offset, "a " + state_field.text + " cell has a unit");
        money = *state == CellState::blank ? MoneyCell::blank() : MoneyCell::not_applicable();
        return;
    }
    auto const amount = Decimal::try_parse(value.text);
    if (!amount)
        fail(ErrorCode::csv_bad_value, value.offset, "\"" + value.text + "\" is not a decimal amount");
    auto const unit = try_from_id<MoneyUnit>(unit_field.text);
    if (!unit)
        fail(ErrorCode::csv_bad_value, unit_field.offset,
             "money needs a unit of wan_yuan, yuan or unknown, got \"" + unit_field.text + "\"");
    money = MoneyCell::of(*amount, *unit);
}

template <std::size_t N>
bool is_header(std::vector<Field> const& f, std::array<std::string_view, N> const& names) {
    if (f.size() != N) return false;
    for (std::size_t i = 0; i < N; ++i)
        if (f[i].text != names[i]) return false;
    return true;
}

std::vector<Report> read_all(std::string_view csv) {
    std::vector<Report> out;
    Reader reader(csv);
    std::optional<Pending> current;
    bool first = true;
    bool legacy = false;  // the 10-field layout without source and first_line
    while (!reader.done()) {
        std::size_t const at = reader.position();
        auto f = reader.record();
        if (f.size() == 1 && f[0].text.empty()) continue;  // an empty line
        if (first) {
            first = false;
            // The header line decides the layout; a file without one (to_csv(…, false)) is
            // recognised by its field count.
            legacy = f.size() == legacy_header_fields.size();
            if (f[0].text == "report") {
                if (!is_header(f, header_fields) && !is_header(f, legacy_header_fields))
                    fail(ErrorCode::csv_syntax, at, "the header must read " + header_line());
                continue;
            }
        }
        std::size_t const fields = legacy ? legacy_header_fields.size() : header_fields.size();
        if (f.size() != fields)
            fail(ErrorCode::csv_syntax, at,
                 "expected " + std::to_string(fields) + " fields, got " + std::to_string(f.size()));
        if (legacy)  // widened to the current layout: no source, first line unknown
            f.insert(f.begin() + field::source, {Field{"", f[0].offset}, Field{"0", f[0].offset}});
        auto const number = to_integer<std::size_t>(f[0].text);
        if (!number || *number == 0)
            fail(ErrorCode::csv_bad_value, f[0].offset,
                 "report \"" + f[0].text + "\" is not a number from 1");
        std::size_t const expected_next = current ? current->number + 1 : 1;
        if (!current || *number != current->number) {
            if (*number != expected_next)
                fail(ErrorCode::csv_bad_value, f[0].offset,
                     "report " + f[0].text + " where report " + std::to_string(expected_next) +
                         " was expected; the lines of a report must be together and numbered from 1");
            if (current) {
                finish(*current);
                out.push_back(std::move(current->report));
            }
            current.emplace();
            start(*current, *number, f);
        }
        put_cell(*current, f);
    }
    if (current) {
        finish(*current);
        out.push_back(std::move(current->report));
    }
    return out;
}

}  // namespace

std::string to_csv(std::vector<Report> const& reports, bool header, std::size_t first_report) {
    std::string out;
    if (header) put_record(out, header_fields);
    std::size_t number = first_report - 1;
    for (auto const& r : reports) {
        std::string const report_no = std::to_string(++number);
        std::string const first_line = std::to_string(r.first_line);
        std::string const year = r.year ? std::to_string(*r.year) : std::string();
        std::string_view const format = id(r.format());
        for_each_cell(r, [&](TableKind t, std::string_view row, std::string_view column,
                             auto const& c) {
            std::string value;
            std::string_view unit;
            if (c.state == CellState::value) {
                if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, MoneyCell>) {
                    value = c.money.amount.to_string();
                    unit = id(c.money.unit);
                } else {
                    value = std::to_string(c.value);
                }
            }
            put_record(out, {report_no, r.source, first_line, r.agency, year, format, id(t), row,
                             column, value, id(c.state), unit});
        });
    }
    return out;
}

Result<std::vector<Report>> try_reports_from_csv(std::string_view csv) {
    try {
        return read_all(csv);
    } catch (Failure& failure) {
        locate(failure.error, csv);
        return std::move(failure.error);
    }
}

std::vector<Report> reports_from_csv(std::string_view csv) {
    return try_reports_from_csv(csv).value();
}

}  // namespace govinfo
