#include "govinfo/taxonomy.hpp"

#include <doctest/doctest.h>

#include <boost/describe/enumerators.hpp>
#include <algorithm>
#include <boost/mp11/algorithm.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "govinfo/cells.hpp"
#include "govinfo/labels.hpp"
#include "test_files.hpp"
#include "govinfo/report.hpp"

using namespace govinfo;

namespace {

using govinfo::test::read_file;

// Every enumerator of E must appear in docs/model.md as `id`.
template <class E>
void check_documented(std::string const& doc) {
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        // Built by appending: GCC 12 at -O3 reports a false -Wrestrict on "x" + std::string.
        std::string needle = "`";
        needle += id(d.value);
        needle += '`';
        CAPTURE(needle);
        CHECK(doc.find(needle) != std::string::npos);
    });
}

// The taxonomy is usable in constant expressions by other C++ tools: these are evaluated by the
// compiler, so a taxonomy that stopped being constexpr, or that changed, stops the build.
static_assert(application_rows(FormatVersion::v2021).size() == 25);
static_assert(application_rows(FormatVersion::v2019).size() == 23);
static_assert(application_rows(FormatVersion::v2021)[20] == ApplicationRow::other_no_correction);
static_assert(outcome_rows(FormatVersion::v2019).size() == 19);
static_assert(group_of(ApplicationRow::withheld_state_secret) == OutcomeGroup::withheld);
static_assert(!group_of(ApplicationRow::outcome_total));
static_assert(may_hold_row(FormatVersion::v2021, ApplicationRow::other_handling) &&
              !has_row(FormatVersion::v2021, ApplicationRow::other_handling));
static_assert(described::index_of(ApplicantColumn::total) == 6);
static_assert(applicant_columns().size() == 6 && all_applicant_columns().back() == ApplicantColumn::total);
static_assert(article20_columns(FormatVersion::v2019, Article20Row::procurement).size() == 2);
static_assert(article20_columns(FormatVersion::v2021, Article20Row::procurement).empty());
static_assert(described::enumerator_named<Article20Column>("in_force") == Article20Column::in_force);
static_assert(described::member_names<ReviewOutcomes>[3] == "pending");

}  // namespace

TEST_SUITE("taxonomy") {
    TEST_CASE("each format has its statutory row count") {
        CHECK(application_rows(FormatVersion::v2019).size() == 23);
        CHECK(application_rows(FormatVersion::v2021).size() == 25);
        CHECK(outcome_rows(FormatVersion::v2019).size() == 19);
        CHECK(outcome_rows(FormatVersion::v2021).size() == 21);
        std::size_t a20_2021 = 0, a20_2019 = 0;
        for (auto r : article20_rows(FormatVersion::v2021))
            a20_2021 += article20_columns(FormatVersion::v2021, r).size();
        for (auto r : article20_rows(FormatVersion::v2019))
            a20_2019 += article20_columns(FormatVersion::v2019, r).size();
        CHECK(a20_2021 == 10);  // FORMAT.md §3.1: 10 numeric values
        CHECK(a20_2019 == 22);  // 22 numeric values
    }

    TEST_CASE("every outcome row has a group and only outcome rows do") {
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            auto const outcomes = outcome_rows(f);
            for (auto r : application_rows(f)) {
                bool const is_outcome =
                    std::find(outcomes.begin(), outcomes.end(), r) != outcomes.end();
                CAPTURE(id(r));
                CHECK(group_of(r).has_value() == is_outcome);
                CHECK(has_row(f, r));
            }
        }
        CHECK_FALSE(has_row(FormatVersion::v2021, ApplicationRow::other_handling));
        CHECK_FALSE(has_row(FormatVersion::v2019, ApplicationRow::other_other));
    }

    TEST_CASE("a 2021 table lists the single other_handling row only when it holds it") {
        Report r = Report::blank(FormatVersion::v2021);
        CHECK(application_rows(FormatVersion::v2021, r.applications).size() == 25);
        r.applications.other_handling = ApplicantRow{};
        auto const rows = application_rows(FormatVersion::v2021, r.applications);
        REQUIRE(rows.size() == 26);
        CHECK(rows[20] == ApplicationRow::other_handling);
        CHECK(rows[21] == ApplicationRow::other_no_correction);
        // A 2019 table's other_handling is statutory: the list stays the format's own.
        Report const old = Report::blank(FormatVersion::v2019);
        CHECK(application_rows(FormatVersion::v2019, old.applications).size() == 23);
        CHECK(application_rows(FormatVersion(7), old.applications).empty());
    }

    TEST_CASE("a blank report holds exactly its format's rows") {
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            Report const r = Report::blank(f);
            for (auto row : described::enumerator_values<ApplicationRow>) {
                CAPTURE(id(row));
                CHECK((find_row(r.applications, row) != nullptr) == has_row(f, row));
            }
        }
    }

    TEST_CASE("docs/model.md documents every id") {
        std::string const doc = read_file(GOVINFO_SOURCE_DIR "/docs/model.md");
        REQUIRE(!doc.empty());
        check_documented<ApplicationRow>(doc);
        check_documented<ApplicantColumn>(doc);
        check_documented<OutcomeGroup>(doc);
        check_documented<Article20Row>(doc);
        check_documented<Article20Column>(doc);
        check_documented<ReviewGroup>(doc);
        check_documented<ReviewColumn>(doc);
        check_documented<CellState>(doc);
        check_documented<MoneyUnit>(doc);
        check_documented<TableKind>(doc);
        check_documented<Severity>(doc);
        check_documented<FormatVersion>(doc);
    }
}
