#pragma once
// The measures evaluators compute from a report (docs/indicators.md): applications received and
// their change from the previous year, the shares disclosed, withheld by reason, not held and
// carried forward, the share of review and litigation cases that corrected the agency, and the
// Article 20 counts per item. Every measure is exact (counts and Ratios, never floating point)
// and blank-aware: a measure whose inputs are blank or "/" has no value and says why.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "govinfo/article20.hpp"
#include "govinfo/cell.hpp"
#include "govinfo/format_version.hpp"
#include "govinfo/json.hpp"
#include "govinfo/ratio.hpp"
#include "govinfo/report.hpp"

namespace govinfo {

// Why a measure has no value.
enum class MissingReason {
    none,                     // the measure has a value
    blank,                    // an input cell is blank (unknown, not 0)
    not_applicable,           // an input cell is "/" where a count is needed
    zero_denominator,         // the rate's denominator is 0: nothing to take a share of
    overflow,                 // a sum of the inputs does not fit in 64 bits
    no_previous_year,         // no report of the same agency for the year before
    ambiguous_previous_year,  // several reports for the year before, with different values
};
BOOST_DESCRIBE_ENUM(MissingReason, none, blank, not_applicable, zero_denominator, overflow,
                    no_previous_year, ambiguous_previous_year)

struct CountMeasure {
    std::optional<std::int64_t> value;
    MissingReason missing = MissingReason::none;  // none exactly when value is set
};
BOOST_DESCRIBE_STRUCT(CountMeasure, (), (value, missing))

// numerator / denominator as the formula adds them up. Both counts are kept when they are known,
// also when the denominator is 0 (missing = zero_denominator), so "0 of 0" stays visible.
struct RateMeasure {
    std::optional<std::int64_t> numerator, denominator;
    MissingReason missing = MissingReason::none;
    // The rate, when it has one.
    std::optional<Ratio> value() const noexcept;
};
BOOST_DESCRIBE_STRUCT(RateMeasure, (), (numerator, denominator, missing))

// One count of the Article 20 tables: the row and column ids of the report's format.
struct Article20Count {
    Article20Row row{};
    Article20Column column{};
    Cell cell;
};
BOOST_DESCRIBE_STRUCT(Article20Count, (), (row, column, cell))

struct Indicators {
    std::string source, agency;
    std::optional<int> year;
    FormatVersion format = FormatVersion::v2021;

    // Counts of the application table (the 总计 column; see docs/indicators.md for blank 总计).
    CountMeasure received;         // N 一、本年新收
    CountMeasure carried_over;     // P 二、上年结转
    CountMeasure handled;          // T （七）总计
    CountMeasure carried_forward;  // F 四、结转下年度继续办理
    CountMeasure received_change;  // N(Y) − N(Y−1), same agency
    RateMeasure received_change_relative;  // (N(Y) − N(Y−1)) / N(Y−1)

    RateMeasure disclosed_share;  // (（一） + （二）) / T
    RateMeasure withheld_share;   // （三）1–8 / T
    RateMeasure withheld_state_secret_share, withheld_prohibited_by_law_share,
        withheld_security_stability_share, withheld_third_party_rights_share,
        withheld_internal_affairs_share, withheld_process_info_share,
        withheld_enforcement_file_share, withheld_administrative_query_share;  // each （三）k / T
    RateMeasure not_held_share;         // （四）1 本机关不掌握 / T
    RateMeasure carried_forward_share;  // F / (N + P)
    RateMeasure review_corrected_share;      // 行政复议 结果纠正 / (维持 + 纠正 + 其他)
    RateMeasure litigation_corrected_share;  // both 行政诉讼 groups: 纠正 / (维持 + 纠正 + 其他)

    // Article 20 counts per item, in table order (money cells are in the report and to_frame).
    std::vector<Article20Count> article20;
};
BOOST_DESCRIBE_STRUCT(Indicators, (),
                      (source, agency, year, format, received, carried_over, handled,
                       carried_forward, received_change, received_change_relative,
                       disclosed_share, withheld_share, withheld_state_secret_share,
                       withheld_prohibited_by_law_share, withheld_security_stability_share,
                       withheld_third_party_rights_share, withheld_internal_affairs_share,
                       withheld_process_info_share, withheld_enforcement_file_share,
                       withheld_administrative_query_share, not_held_share,
                       carried_forward_share, review_corrected_share,
                       litigation_corrected_share, article20))

// The measures of one report; its change from the previous year is missing (no_previous_year).
Indicators indicators(Report const& report);

// The measures of each report, in input order. The change of applications received is taken
// against the report of the same agency (agency_key) for the year before, when the batch holds
// one; several such reports that disagree on N give ambiguous_previous_year.
std::vector<Indicators> indicators(std::vector<Report> const& reports);

// Calls f(std::string_view name, M const& measure) for every CountMeasure and RateMeasure of
// `m`, in declaration order; the names are the member names (the CSV, JSON and pandas columns).
template <class F>
void for_each_measure(Indicators const& m, F&& f) {
    boost::mp11::mp_for_each<
        boost::describe::describe_members<Indicators, boost::describe::mod_public>>([&](auto d) {
        using T = std::remove_cvref_t<decltype(m.*d.pointer)>;
        if constexpr (std::is_same_v<T, CountMeasure> || std::is_same_v<T, RateMeasure>)
            f(std::string_view(d.name), m.*d.pointer);
    });
}

// The Article 20 count cells of both formats, in table order of rows then columns: the columns
// a20_<row>_<column> of the CSV and the pandas frame, the same for every batch.
std::vector<std::pair<Article20Row, Article20Column>> article20_count_columns();

// One row per report: source, agency, year, format, each count measure, each rate as three
// columns (<name>: the rate as a decimal to 6 places, <name>_numerator, <name>_denominator), then
// the Article 20 counts (article20_count_columns()); an empty field has no value.
std::string indicators_csv(std::vector<Indicators> const& rows);
// An array of objects, one per report (docs/indicators.md): each count measure as
// {"value", "missing"}, each rate as {"numerator", "denominator", "value", "percent", "missing"},
// "article20" as a list of {"row", "column", "state", "value"}.
std::string to_json(std::vector<Indicators> const& rows, JsonOptions options = {});

}  // namespace govinfo
