#pragma once
// One 政府信息公开工作年度报告: metadata, the three table groups, the narrative sections and what
// the parser had to say about it.
#include <boost/describe/class.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govinfo/applications.hpp"
#include "govinfo/article20.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/format_version.hpp"
#include "govinfo/provenance.hpp"
#include "govinfo/review_litigation.hpp"

namespace govinfo {

struct Date {
    int year = 0, month = 0, day = 0;
    friend auto operator<=>(Date const&, Date const&) = default;
};
BOOST_DESCRIBE_STRUCT(Date, (), (year, month, day))

// 统计期限 as printed ("自2020年1月1日起至2020年12月31日止") and the dates read from it, when
// they could be read. An end written without a year ("至12月31日") takes the start's year.
struct StatisticsPeriod {
    std::string text;
    std::optional<Date> start, end;

    friend bool operator==(StatisticsPeriod const&, StatisticsPeriod const&) = default;
};
BOOST_DESCRIBE_STRUCT(StatisticsPeriod, (), (text, start, end))

// Where a table was found in the source: 1-based line numbers, inclusive.
struct TableLocation {
    TableKind table = TableKind::report;
    std::uint32_t first_line = 0, last_line = 0;

    friend bool operator==(TableLocation const&, TableLocation const&) = default;
};
BOOST_DESCRIBE_STRUCT(TableLocation, (), (table, first_line, last_line))

// A narrative section 一 … 六, kept as text so nothing the report says is lost.
struct Section {
    int number = 0;  // 1..6
    std::string heading;
    std::string text;
    std::uint32_t first_line = 0;

    friend bool operator==(Section const&, Section const&) = default;
};
BOOST_DESCRIBE_STRUCT(Section, (), (number, heading, text, first_line))

struct Report {
    // --- metadata ---
    std::string agency;  // as written in the title or body, e.g. 聊城市大数据局
    std::optional<int> year;
    std::optional<StatisticsPeriod> statistics_period;
    std::string title;
    std::string source;  // file the report was read from; empty for text input
    std::uint32_t first_line = 0, last_line = 0;  // the report's extent in the source
    std::vector<TableLocation> tables_found;

    // --- tables; the Article 20 alternative held is the format version ---
    Article20 article20;
    ApplicationTable applications;
    ReviewLitigationTable review_litigation;

    // --- text and diagnostics ---
    std::vector<Section> sections;
    std::vector<Finding> diagnostics;  // what the parser noticed (parse_* and narrative_* codes)
    // The cells not read straight from their own position, and how each was decided
    // (provenance.hpp); empty for a report read plainly or built by hand.
    std::vector<CellProvenance> provenance;

    FormatVersion format() const noexcept { return format_of(article20); }

    // A report of the given format with every cell blank and exactly that format's rows.
    // Throws std::out_of_range for a value that is neither v2019 nor v2021.
    static Report blank(FormatVersion format);

    // Member by member, metadata, source lines and diagnostics included: a report read back from
    // its JSON equals the one written, while the same tables read from two files differ in
    // `source` (compare `applications` etc. for the tables alone). Blank cells are equal whatever
    // their unused `value` holds (Cell's ==).
    friend bool operator==(Report const&, Report const&) = default;
};
BOOST_DESCRIBE_STRUCT(Report, (),
                      (agency, year, statistics_period, title, source, first_line, last_line,
                       tables_found, article20, applications, review_litigation, sections,
                       diagnostics, provenance))

// Rows and columns each format has, in table order.
// (Declared here, defined in src/report.cpp.)
}  // namespace govinfo
