#include "govinfo/cells.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "govinfo/labels.hpp"
#include "govinfo/taxonomy.hpp"

using namespace govinfo;

TEST_SUITE("cells") {
    TEST_CASE("a blank report has exactly its format's cells") {
        for (auto f : {FormatVersion::v2019, FormatVersion::v2021}) {
            auto const r = Report::blank(f);
            REQUIRE(r.format() == f);
            std::size_t counts = 0, money = 0, application = 0, review = 0;
            for_each_cell(r, [&](TableKind t, std::string_view, std::string_view, auto const& c) {
                CHECK(c.state == CellState::blank);
                if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c)>, MoneyCell>) ++money;
                else ++counts;
                if (t == TableKind::applications) ++application;
                if (t == TableKind::review_litigation) ++review;
            });
            CAPTURE(id(f));
            CHECK(application == application_rows(f).size() * 7);
            CHECK(review == 15);
            CHECK(money == (f == FormatVersion::v2019 ? 1u : 1u));
            CHECK(counts + money == application + review + (f == FormatVersion::v2019 ? 22u : 10u));
        }
    }

    TEST_CASE("cells are walked in table order with their ids") {
        auto r = Report::blank(FormatVersion::v2021);
        std::vector<std::string> seen;
        for_each_cell(r, [&](TableKind t, std::string_view row, std::string_view col, auto const&) {
            if (t == TableKind::applications && row == "outcome_total")
                seen.push_back(std::string(col));
        });
        CHECK(seen == std::vector<std::string>{"natural_person", "commercial_enterprise",
                                               "research_institution", "public_interest_org",
                                               "legal_service_org", "other_org", "total"});
    }

    TEST_CASE("find_row and cell reach the member the enum names") {
        auto r = Report::blank(FormatVersion::v2019);
        REQUIRE(find_row(r.applications, ApplicationRow::other_handling) != nullptr);
        CHECK(find_row(r.applications, ApplicationRow::other_other) == nullptr);
        cell(*find_row(r.applications, ApplicationRow::declined_duplicate),
             ApplicantColumn::legal_service_org) = Cell::of(4);
        CHECK(r.applications.declined_duplicate.legal_service_org == Cell::of(4));
        cell(group(r.review_litigation, ReviewGroup::litigation_after_review),
             ReviewColumn::pending) = Cell::not_applicable();
        CHECK(r.review_litigation.litigation_after_review.pending.state ==
              CellState::not_applicable);
    }

    TEST_CASE("an enum value outside its enumerators reaches no cell") {
        // Casts such as ApplicantColumn(999) compile; they must not index outside the model.
        auto r = Report::blank(FormatVersion::v2021);
        auto& row = r.applications.disclosed;
        for (int bad : {999, -1, 7}) {
            CAPTURE(bad);
            CHECK_THROWS_AS((void)cell(row, static_cast<ApplicantColumn>(bad)), std::out_of_range);
            CHECK_THROWS_AS((void)cell(std::as_const(row), static_cast<ApplicantColumn>(bad)),
                            std::out_of_range);
        }
        for (int bad : {999, -1, 5}) {
            CAPTURE(bad);
            CHECK_THROWS_AS((void)cell(r.review_litigation.review, static_cast<ReviewColumn>(bad)),
                            std::out_of_range);
        }
        for (int bad : {999, -1, 3}) {
            CAPTURE(bad);
            CHECK_THROWS_AS((void)group(r.review_litigation, static_cast<ReviewGroup>(bad)),
                            std::out_of_range);
            CHECK_THROWS_AS(
                (void)group(std::as_const(r.review_litigation), static_cast<ReviewGroup>(bad)),
                std::out_of_range);
        }
        for (int bad : {999, -1, 26}) {
            CAPTURE(bad);
            CHECK(find_row(r.applications, static_cast<ApplicationRow>(bad)) == nullptr);
            CHECK(label(static_cast<ApplicationRow>(bad)).empty());
            CHECK(id(static_cast<ApplicationRow>(bad)).empty());
            CHECK_FALSE(group_of(static_cast<ApplicationRow>(bad)));
            CHECK_FALSE(has_row(FormatVersion::v2021, static_cast<ApplicationRow>(bad)));
        }
        CHECK_FALSE(article20_cell(r.article20, static_cast<Article20Row>(999),
                                   Article20Column::decisions));
        CHECK_FALSE(article20_cell(r.article20, Article20Row::licensing,
                                   static_cast<Article20Column>(-1)));
        CHECK(label(static_cast<ApplicantColumn>(999)).empty());
        CHECK(id(static_cast<ApplicantColumn>(999)).empty());
        CHECK(label(static_cast<ReviewGroup>(999)).empty());
        CHECK(label(static_cast<ReviewColumn>(999)).empty());
        CHECK(label(static_cast<Article20Row>(999), FormatVersion::v2019).empty());
        CHECK(label(Article20Column::decisions, FormatVersion::v2019,
                    static_cast<Article20Row>(999)).empty());
        CHECK(caption(static_cast<Article20Row>(999)).empty());
        CHECK(article20_columns(FormatVersion::v2019, static_cast<Article20Row>(999)).empty());
        // The format: no id, no label, no rows, and no report of it.
        auto const bad_format = static_cast<FormatVersion>(999);
        CHECK(id(bad_format).empty());
        CHECK(label(bad_format).empty());
        CHECK(application_rows(bad_format).empty());
        CHECK(outcome_rows(bad_format).empty());
        CHECK(article20_rows(bad_format).empty());
        CHECK_THROWS_AS((void)Report::blank(bad_format), std::out_of_range);
        // Nothing was written anywhere.
        for_each_cell(r, [](TableKind, std::string_view, std::string_view, auto const& c) {
            CHECK(c.state == CellState::blank);
        });
    }

    TEST_CASE("article20_cell finds count and money cells of the right format only") {
        auto r = Report::blank(FormatVersion::v2019);
        std::get<Article20v2019>(r.article20).procurement.amount =
            MoneyCell::of(*Decimal::try_parse("10524.26475"), MoneyUnit::wan_yuan);
        Article20 const& read_only = r.article20;
        auto const amount = article20_cell(read_only, Article20Row::procurement, Article20Column::amount);
        REQUIRE(amount.has_value());
        REQUIRE(std::holds_alternative<MoneyCell const*>(*amount));
        CHECK(std::get<MoneyCell const*>(*amount)->money.amount.to_string() == "10524.26475");
        CHECK_FALSE(article20_cell(r.article20, Article20Row::regulations, Article20Column::issued));
        CHECK(article20_cell(r.article20, Article20Row::regulations, Article20Column::new_made));
    }

    TEST_CASE("article20_cell of a mutable table hands out cells to write into") {
        auto r = Report::blank(FormatVersion::v2021);
        auto const fees = article20_cell(r.article20, Article20Row::fees, Article20Column::amount);
        REQUIRE(fees.has_value());
        REQUIRE(std::holds_alternative<MoneyCell*>(*fees));
        *std::get<MoneyCell*>(*fees) = MoneyCell::of(*Decimal::try_parse("1.5"), MoneyUnit::wan_yuan);
        CHECK(std::get<Article20v2021>(r.article20).fees.amount.money.amount.to_string() == "1.5");
        auto const licensing =
            article20_cell(r.article20, Article20Row::licensing, Article20Column::decisions);
        REQUIRE(licensing.has_value());
        *std::get<Cell*>(*licensing) = Cell::of(7);
        CHECK(std::get<Article20v2021>(r.article20).licensing.decisions == Cell::of(7));
        CHECK_FALSE(article20_cell(r.article20, Article20Row::procurement, Article20Column::amount));
    }

    TEST_CASE("blank and not applicable cells are never equal to zero") {
        CHECK(Cell::blank() != Cell::of(0));
        CHECK(Cell::not_applicable() != Cell::of(0));
        CHECK(Cell::blank() != Cell::not_applicable());
        CHECK_FALSE(Cell::blank().get().has_value());
        CHECK(Cell::of(0).get() == 0);
    }
}
