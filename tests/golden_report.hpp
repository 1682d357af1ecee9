#pragma once
// Test support: reads a golden report document (tests/data/golden/<stem>.report.json) into a
// Report with a small Boost.JSON walk over for_each_cell. Deliberately independent of
// report_from_json, so that tests of the checks do not rest on the JSON reader under test.
#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <type_traits>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "govinfo/report.hpp"

namespace govinfo::test {

inline Cell cell_from(boost::json::value const& v) {
    if (v.is_null()) return Cell::blank();
    if (v.is_string() && v.as_string() == "not_applicable") return Cell::not_applicable();
    return Cell::of(v.to_number<std::int64_t>());
}

inline MoneyCell money_from(boost::json::value const& v) {
    if (v.is_null()) return MoneyCell::blank();
    if (v.is_string() && v.as_string() == "not_applicable") return MoneyCell::not_applicable();
    auto const& o = v.as_object();
    auto const amount = Decimal::try_parse(std::string(o.at("amount").as_string()));
    auto const unit = try_from_id<MoneyUnit>(std::string(o.at("unit").as_string()));
    REQUIRE(amount);
    REQUIRE(unit);
    return MoneyCell::of(*amount, *unit);
}

inline std::optional<Date> date_from(boost::json::object const& o, char const* key) {
    auto const* v = o.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    auto const& d = v->as_object();
    return Date{static_cast<int>(d.at("year").as_int64()), static_cast<int>(d.at("month").as_int64()),
                static_cast<int>(d.at("day").as_int64())};
}

inline Report golden_report(std::string const& stem) {
    std::ifstream in(std::string(GOVINFO_TEST_DATA) + "/golden/" + stem + ".report.json",
                     std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    auto const doc = boost::json::parse(s.str()).as_object();
    auto const format = try_from_id<FormatVersion>(std::string(doc.at("format").as_string()));
    REQUIRE(format);
    Report r = Report::blank(*format);
    if (auto const& y = doc.at("year"); !y.is_null()) r.year = static_cast<int>(y.as_int64());
    if (auto const& p = doc.at("statistics_period"); !p.is_null()) {
        auto const& o = p.as_object();
        r.statistics_period =
            StatisticsPeriod{std::string(o.at("text").as_string()), date_from(o, "start"),
                             date_from(o, "end")};
    }
    std::size_t read = 0;
    for_each_cell(r, [&](TableKind t, std::string_view row, std::string_view col, auto& c) {
        auto const& v = doc.at(id(t)).as_object().at(row).as_object().at(col);
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, Cell>)
            c = cell_from(v);
        else
            c = money_from(v);
        ++read;
    });
    CHECK(read > 0);
    return r;
}

}  // namespace govinfo::test
