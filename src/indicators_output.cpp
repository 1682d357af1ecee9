// The measures as CSV and JSON (indicators.hpp, docs/indicators.md).
#include <boost/describe/enumerators.hpp>
#include <boost/json.hpp>

#include <algorithm>

#include "govinfo/indicators.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

namespace json = boost::json;

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string text(std::optional<std::int64_t> v) { return v ? std::to_string(*v) : std::string(); }

std::optional<Cell> count_of(Indicators const& m, Article20Row row, Article20Column column) {
    for (auto const& c : m.article20)
        if (c.row == row && c.column == column) return c.cell;
    return std::nullopt;
}

json::value json_of(std::optional<std::int64_t> v) {
    return v ? json::value(*v) : json::value(nullptr);
}

json::object measure_json(CountMeasure const& m) {
    return {{"value", json_of(m.value)}, {"missing", std::string(id(m.missing))}};
}

json::object measure_json(RateMeasure const& m) {
    auto const v = m.value();
    return {{"numerator", json_of(m.numerator)},
            {"denominator", json_of(m.denominator)},
            {"value", v ? json::value(v->decimal()) : json::value(nullptr)},
            {"percent", v ? json::value(v->percent()) : json::value(nullptr)},
            {"missing", std::string(id(m.missing))}};
}

}  // namespace

std::vector<std::pair<Article20Row, Article20Column>> article20_count_columns() {
    std::vector<std::pair<Article20Row, Article20Column>> out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<Article20Row>>([&](auto r) {
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<Article20Column>>([&](auto c) {
            if (c.value == Article20Column::amount) return;  // money, not a count
            for (auto f : {FormatVersion::v2021, FormatVersion::v2019}) {
                auto const cols = article20_columns(f, r.value);
                auto const rows = article20_rows(f);
                if (std::find(rows.begin(), rows.end(), r.value) != rows.end() &&
                    std::find(cols.begin(), cols.end(), c.value) != cols.end()) {
                    out.emplace_back(r.value, c.value);
                    return;
                }
            }
        });
    });
    return out;
}

std::string indicators_csv(std::vector<Indicators> const& rows) {
    auto const a20 = article20_count_columns();
    std::string out = "source,agency,year,format";
    Indicators const blank;
    for_each_measure(blank, [&](std::string_view name, auto const& m) {
        out += "," + std::string(name);
        if constexpr (std::is_same_v<std::decay_t<decltype(m)>, RateMeasure>)
            out += "," + std::string(name) + "_numerator," + std::string(name) + "_denominator";
    });
    for (auto const& [r, c] : a20) out += ",a20_" + std::string(id(r)) + "_" + std::string(id(c));
    out += "\n";
    for (auto const& m : rows) {
        out += csv_field(m.source) + "," + csv_field(m.agency) + "," +
               (m.year ? std::to_string(*m.year) : "") + "," + std::string(id(m.format));
        for_each_measure(m, [&](std::string_view, auto const& x) {
            if constexpr (std::is_same_v<std::decay_t<decltype(x)>, RateMeasure>) {
                auto const v = x.value();
                out += "," + (v ? v->decimal() : std::string()) + "," + text(x.numerator) + "," +
                       text(x.denominator);
            } else {
                out += "," + text(x.value);
            }
        });
        for (auto const& [r, c] : a20) {
            auto const cell = count_of(m, r, c);
            out += "," + (cell && cell->has_value() ? std::to_string(cell->value) : std::string());
        }
        out += "\n";
    }
    return out;
}

std::string to_json(std::vector<Indicators> const& rows, JsonOptions options) {
    json::array out;
    for (auto const& m : rows) {
        json::object o;
        o["source"] = m.source;
        o["agency"] = m.agency;
        o["year"] = m.year ? json::value(*m.year) : json::value(nullptr);
        o["format"] = std::string(id(m.format));
        for_each_measure(m, [&](std::string_view name, auto const& x) { o[name] = measure_json(x); });
        json::array a20;
        for (auto const& c : m.article20)
            a20.push_back(json::object{{"row", std::string(id(c.row))},
                                       {"column", std::string(id(c.column))},
                                       {"state", std::string(id(c.cell.state))},
                                       {"value", json_of(c.cell.get())}});
        o["article20"] = std::move(a20);
        out.push_back(std::move(o));
    }
    // One report per line when pretty: the rows are flat enough to read that way.
    if (!options.pretty) return json::serialize(out);
    std::string text = "[\n";
    for (std::size_t i = 0; i < out.size(); ++i)
        text += "  " + json::serialize(out[i]) + (i + 1 < out.size() ? ",\n" : "\n");
    return text + "]\n";
}

}  // namespace govinfo
