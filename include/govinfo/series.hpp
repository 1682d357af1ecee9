#pragma once
// One agency across years: its reports grouped into a series and the cross-year checks between
// consecutive years (docs/series.md, docs/rules.md `series_*`).
#include <boost/describe/class.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"

namespace govinfo {

// The grouping key of an agency name. Conservative on purpose: two different agencies must never
// share a key, so only spelling noise is removed:
//   - full-width ASCII is folded to ASCII (Ａ → A, （ → (), then ASCII letters are lower-cased;
//   - whitespace of every width (ASCII, U+00A0, U+3000, U+2000–U+200B, BOM) is removed;
//   - punctuation is removed: ASCII punctuation, ·, dashes, quotes and bullets (U+2010–U+2027),
//     、。〃, and the CJK brackets 〈〉《》「」『』【】〔〕〖〗 (U+3008–U+301F).
// Nothing else changes: characters of the name are never dropped, so 聊城市机关事务管理局 and
// 市机关事务管理局, or …局 and …局办公室, keep different keys. A caller who knows better passes
// its own key function to group_series. An empty or all-punctuation name gives "".
std::string agency_key(std::string_view agency);

// The reports of one agency. `reports` is ordered by year (a stable sort, so reports of the same
// year keep their input order); reports whose year is unknown come last, in input order.
struct Series {
    std::string key;
    std::vector<Report> reports;
};
BOOST_DESCRIBE_STRUCT(Series, (), (key, reports))

// Maps a report to its series key. The default is agency_key(report.agency).
using SeriesKey = std::function<std::string(Report const&)>;

// Groups reports into series by key, in the order each key first appears in the input. A report
// whose key is empty (no agency name) cannot be matched with anything: it forms a series of its
// own, with an empty key.
std::vector<Series> group_series(std::vector<Report> reports, SeriesKey const& key = {});

// All the reports as one series (the caller says they are one agency). `key` defaults to
// agency_key of the first report with a non-empty agency name.
Series make_series(std::vector<Report> reports, std::string key = {});

// The cross-year checks of a series, every finding at once; each carries `year` (the later year)
// and `previous_year` (the earlier one):
//   series_carry_over      error    F(Y−1) = P(Y) for each of the 7 applicant columns; both
//                                   formats have these rows with the same meaning, so it also
//                                   runs across the 2020→2021 format change
//   series_in_force        warning  2021 format, both years: 现行有效件数(Y) =
//                                   现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y)
//   series_previous_items  warning  2019 format, both years: 上一年项目数量(Y) =
//                                   上一年项目数量(Y−1) + 本年增/减(Y−1)
//   series_missing_year    info     a gap between two reports (no check spans a gap)
//   report_year_missing    info     a report without a year is left out of the checks
// Checks run between consecutive years only. A check with a blank or "/" input is not evaluable
// (severity info, evaluable == false), as in validate(); an Article 20 row that is "/" in all
// the cells a check reads does not apply to the agency and gives no finding. Two reports of the
// same year with identical tables count as one; with different tables the checks between that
// year and its neighbours are not evaluable (one finding per rule and pair of years).
std::vector<Finding> validate_series(Series const& series);

// Rows of glued digits ("规范性文件77132470") that split several ways, each satisfying the report's
// own identities, stay blank with a parse_uncertain_cells warning listing the splits. The same
// agency's neighbouring years can settle them (docs/series.md has an example):
//   2021 format, 规章 and 行政规范性文件: 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y) =
//       现行有效件数(Y), and the same identity between Y and Y+1;
//   2019 format, rows with item counts ((五)(六)(八)): 上一年项目数量(Y) + 本年增/减(Y) =
//       上一年项目数量(Y+1), and the same between Y−1 and Y.
// A split is chosen only when the neighbours' cells that were read (never blank ones) leave
// exactly one of the row's own splits; a neighbour that fits none (an agency whose counts do not
// roll forward) decides nothing. The neighbours are the one report of the year before and the
// year after, in the same format. The chosen split fills the row's cells and the warning becomes
// an info finding (same code) that names the split, the candidates and the neighbours' cells.
// A row decided so may settle its own neighbour in turn. Returns the number of rows decided.
// Run it before validate_series.
std::size_t resolve_by_neighbouring_years(Series& series);
// The same for reports read together that may come from several agencies (parse_many's, say):
// they are grouped by `key` (default agency_key(report.agency); a report without a key is left
// alone), each agency's reports are resolved as one series, and the decided reports replace
// their originals in place, so `reports` keeps its order. Returns the number of rows decided.
// Opt-in on purpose: a report's cells then depend on which other years were read with it, and
// each such cell says so (CellOrigin::chosen_by_evidence, naming the neighbour's cells).
std::size_t resolve_by_neighbouring_years(std::vector<Report>& reports, SeriesKey const& key = {});

}  // namespace govinfo
