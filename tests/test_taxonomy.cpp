#include "govinfo/taxonomy.hpp"

#include <doctest/doctest.h>

#include <boost/describe/enumerators.hpp>
#include <algorithm>
#include <boost/mp11/algorithm.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "govinfo/labels.hpp"
#include "test_files.hpp"

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
