// Compile-time checks only: every field of every described struct of the public model is in its
// BOOST_DESCRIBE_STRUCT. A field added to a struct but not to its description would be silently
// left out of JSON, CSV, the Python bindings and the cell walks; Boost.PFR counts the fields the
// compiler sees, so such a field stops the build here. Written in the library (not only in the
// tests) so that every build checks it.
#include <boost/pfr/core.hpp>

#include "govinfo/compare.hpp"
#include "govinfo/document.hpp"
#include "govinfo/indicators.hpp"
#include "govinfo/ratio.hpp"
#include "govinfo/report.hpp"
#include "govinfo/series.hpp"
#include "govinfo/taxonomy.hpp"

namespace govinfo {
namespace {

template <class... T>
constexpr bool every_field_described() noexcept {
    return ((boost::pfr::tuple_size_v<T> == described::member_names<T>.size()) && ...);
}

static_assert(every_field_described<Cell, Money, MoneyCell, ApplicantRow, ApplicationTable>());
static_assert(every_field_described<DocumentCounts2021, DecisionCount2021, FeeAmount2021,
                                    Article20v2021, DocumentCounts2019, ItemCounts2019,
                                    FeeItems2019, Procurement2019, Article20v2019>());
static_assert(every_field_described<ReviewOutcomes, ReviewLitigationTable>());
static_assert(every_field_described<Date, StatisticsPeriod, TableLocation, Section, Report>());
static_assert(every_field_described<Finding, Box, SourceLocation, CellProvenance>());
static_assert(every_field_described<DocumentCell, DocumentTable, Paragraph>());
static_assert(every_field_described<CellChange, ComparedSentence, SectionComparison, Comparison,
                                    Series>());
static_assert(every_field_described<CountMeasure, RateMeasure, Article20Count, Indicators,
                                    Ratio>());

}  // namespace
}  // namespace govinfo
