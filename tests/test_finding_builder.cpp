#include "govinfo/finding_builder.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "govinfo/cell_address.hpp"
#include "govinfo/error.hpp"

using namespace govinfo;

TEST_SUITE("finding_builder") {
    TEST_CASE("a typed address gives the table and the ids findings print") {
        CellAddress const cell(ApplicationRow::new_received, ApplicantColumn::total);
        CHECK(cell.table() == TableKind::applications);
        CHECK(cell.row_id() == "new_received");
        CHECK(cell.column_id() == "total");
        CHECK(CellAddress(ReviewGroup::review).table() == TableKind::review_litigation);
        CHECK(CellAddress(ReviewGroup::review).column_id().empty());
        CHECK(CellAddress(Article20Column::in_force).table() == TableKind::article20);
        CHECK(CellAddress(Article20Column::in_force).row_id().empty());
        CHECK(CellAddress::section(5).row_id() == "section");
        CHECK(CellAddress::section(5).column_id() == "5");
        CHECK(CellAddress::period(PeriodBound::end).row_id() == "statistics_period");
        CHECK(CellAddress::period(PeriodBound::end).column_id() == "end");
        CHECK(CellAddress(ReportItem::agency).table() == TableKind::report);
        CHECK(CellAddress(TableKind::applications).row_id().empty());
    }

    TEST_CASE("from_ids reads back the ids of a table and refuses another table's") {
        CHECK(CellAddress::from_ids(TableKind::review_litigation, "review", "upheld") ==
              CellAddress(ReviewGroup::review, ReviewColumn::upheld));
        CHECK(CellAddress::from_ids(TableKind::report, "section", "6") == CellAddress::section(6));
        CHECK(CellAddress::from_ids(TableKind::report, "statistics_period", "start") ==
              CellAddress::period(PeriodBound::start));
        CHECK(CellAddress::from_ids(TableKind::article20, "", "") ==
              CellAddress(TableKind::article20));
        auto const wrong = CellAddress::try_from_ids(TableKind::applications, "review", "total");
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == ErrorCode::bad_id);
        CHECK(wrong.error().message ==
              "CellAddress: \"review\" is no row id of the applications table");
        auto const column = CellAddress::try_from_ids(TableKind::applications, "new_received",
                                                      "upheld");
        REQUIRE_FALSE(column.ok());
        CHECK(column.error().message == "CellAddress: \"upheld\" is no column id of row "
                                        "\"new_received\" of the applications table");
        CHECK_FALSE(CellAddress::try_from_ids(TableKind::report, "year", "5").ok());
        CHECK_FALSE(CellAddress::try_from_ids(TableKind::report, "section", "0").ok());
        CHECK_THROWS_WITH_AS((void)CellAddress::from_ids(TableKind::report, "period", ""),
                             "bad_id: CellAddress: \"period\" is no row id of the report table",
                             Exception);
    }

    TEST_CASE("the builder writes every field of the finding") {
        Finding const f = FindingBuilder(FindingCode::series_carry_over, Severity::info)
                              .at(CellAddress(ApplicationRow::carried_over,
                                              ApplicantColumn::natural_person))
                              .expected("3")
                              .actual("blank")
                              .message("m")
                              .line(7)
                              .page(2, Box{1, 2, 3, 4})
                              .not_evaluable()
                              .years(2021, 2020)
                              .build();
        CHECK(f.code == FindingCode::series_carry_over);
        CHECK(f.severity == Severity::info);
        CHECK_FALSE(f.evaluable);
        CHECK(f.table == TableKind::applications);
        CHECK(f.row == "carried_over");
        CHECK(f.column == "natural_person");
        CHECK(f.expected == "3");
        CHECK(f.actual == "blank");
        CHECK(f.message == "m");
        CHECK(f.line == 7);
        CHECK(f.page == 2);
        CHECK(f.box == Box{1, 2, 3, 4});
        CHECK(f.year == 2021);
        CHECK(f.previous_year == 2020);
        CHECK(f.occurrences == 1);
        Finding const plain = FindingBuilder(FindingCode::parse_no_report, Severity::warning).build();
        CHECK(plain.table == TableKind::report);
        CHECK(plain.row.empty());
        CHECK(plain.evaluable);
    }

    TEST_CASE("listed cells are written as the ids of one row") {
        std::vector<CellAddress> const blank{
            {ApplicationRow::disclosed, ApplicantColumn::natural_person},
            {ApplicationRow::disclosed, ApplicantColumn::other_org}};
        Finding const f = FindingBuilder(FindingCode::app_blank_cells, Severity::warning)
                              .at(CellAddress(ApplicationRow::disclosed))
                              .actual_cells(CellState::blank, blank)
                              .build();
        CHECK(f.row == "disclosed");
        CHECK(f.column.empty());
        CHECK(f.actual == "blank: natural_person,other_org");

        std::vector<CellAddress> const open{
            {Article20Row::regulations, Article20Column::issued},
            {Article20Row::regulations, Article20Column::in_force}};
        Finding const g = FindingBuilder(FindingCode::parse_uncertain_cells, Severity::info)
                              .at_cells(CellAddress(Article20Row::regulations), open)
                              .build();
        CHECK(g.table == TableKind::article20);
        CHECK(g.row == "regulations");
        CHECK(g.column == "issued,in_force");

        std::vector<CellAddress> const mixed{
            {Article20Row::regulations, Article20Column::issued},
            {Article20Row::normative_documents, Article20Column::in_force}};
        FindingBuilder b(FindingCode::parse_uncertain_cells, Severity::info);
        CHECK_THROWS_AS(b.at_cells(CellAddress(Article20Row::regulations), mixed),
                        std::invalid_argument);
        CHECK_THROWS_AS(b.actual_cells(CellState::blank, mixed), std::invalid_argument);
    }

    TEST_CASE("cells of several rows are listed as row.column") {
        std::vector<CellAddress> const open{{ReviewGroup::review, ReviewColumn::total},
                                            {ReviewGroup::litigation_direct, ReviewColumn::upheld}};
        Finding const f = FindingBuilder(FindingCode::parse_uncertain_cells, Severity::warning)
                              .at_cells(TableKind::review_litigation, open)
                              .build();
        CHECK(f.table == TableKind::review_litigation);
        CHECK(f.row.empty());
        CHECK(f.column == "review.total,litigation_direct.upheld");
        CHECK(cells_of(f) == open);
        FindingBuilder b(FindingCode::parse_uncertain_cells, Severity::warning);
        CHECK_THROWS_AS(b.at_cells(TableKind::applications, open), std::invalid_argument);
    }

    TEST_CASE("a finding's address and listed cells read back typed") {
        Finding const one = FindingBuilder(FindingCode::app_row_total, Severity::error)
                                .at(CellAddress(ApplicationRow::disclosed))
                                .build();
        CHECK(address_of(one) == CellAddress(ApplicationRow::disclosed));
        CHECK(cells_of(one).empty());  // a row, not a cell

        Finding const cell = FindingBuilder(FindingCode::cell_negative, Severity::error)
                                 .at(CellAddress(Article20Row::licensing, Article20Column::change))
                                 .build();
        CHECK(address_of(cell) == CellAddress(Article20Row::licensing, Article20Column::change));
        CHECK(cells_of(cell) ==
              std::vector{CellAddress(Article20Row::licensing, Article20Column::change)});

        std::vector<CellAddress> const na{
            {ApplicationRow::new_received, ApplicantColumn::commercial_enterprise},
            {ApplicationRow::new_received, ApplicantColumn::total}};
        Finding const listed = FindingBuilder(FindingCode::cell_not_applicable, Severity::warning)
                                   .at(CellAddress(ApplicationRow::new_received))
                                   .actual_cells(CellState::not_applicable, na)
                                   .build();
        CHECK(listed.actual == "not_applicable: commercial_enterprise,total");
        CHECK(cells_of(listed) == na);
        CHECK(address_of(listed) == CellAddress(ApplicationRow::new_received));

        Finding const section = FindingBuilder(FindingCode::section_fees_silent, Severity::warning)
                                    .at(CellAddress::section(6))
                                    .build();
        CHECK(address_of(section) == CellAddress::section(6));

        Finding hand_written;  // ids no table has: the typed reading refuses them, naming them
        hand_written.table = TableKind::applications;
        hand_written.row = "no_such_row";
        auto const a = try_address_of(hand_written);
        REQUIRE_FALSE(a.ok());
        CHECK(a.error().message ==
              "CellAddress: \"no_such_row\" is no row id of the applications table");
        CHECK_THROWS_AS((void)address_of(hand_written), Exception);
        hand_written.column = "total";
        CHECK_FALSE(try_cells_of(hand_written).ok());
    }
}
