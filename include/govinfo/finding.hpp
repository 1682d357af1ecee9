#pragma once
// A finding: one thing a check or the parser has to say about a report. Validators, the parser,
// narrative and cross-year checks all speak in findings, so a user filters, prints and counts them
// one way (--select/--ignore by code or prefix, --fail-on by severity).
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govinfo/source_location.hpp"

namespace govinfo {

enum class Severity { error, warning, info };
BOOST_DESCRIBE_ENUM(Severity, error, warning, info)

// The tables of a report, as named in findings, CSV and JSON.
enum class TableKind { article20, applications, review_litigation, report };
BOOST_DESCRIBE_ENUM(TableKind, article20, applications, review_litigation, report)

// Stable finding codes. The enumerator names are the printed ids; a code's prefix names its
// family (`app_`, `rev_`, `a20_`, `cell_`, `period_`, `parse_`, `narrative_`, `series_`,
// `rollup_`, `section_`, `reading_`), which
// is what --select/--ignore prefixes match. docs/rules.md documents every code; a test keeps the
// two in step. Append new codes; never rename or reuse one.
enum class FindingCode {
    // application table (validate.hpp)
    app_balance,          // N + P = T + F, per column
    app_outcome_total,    // T = sum of the outcome rows, per column
    app_row_total,        // 总计 = sum of the six applicant columns, per row
    app_total_blank,      // （七）总计 left blank while outcome rows of its column hold counts
    app_blank_cells,      // cells left blank where the format requires a count
    // review and litigation table
    rev_group_total,      // 总计 = 维持 + 纠正 + 其他 + 尚未审结, per group
    rev_total_blank,      // a group's 总计 left blank while its parts hold counts
    rev_blank_cells,      // cells left blank where the format requires a count
    // Article 20 tables
    a20_published_exceeds_total,  // 2019: 本年新公开数量 <= 对外公开总数量
    a20_blank_cells,              // Article 20 cells left blank
    // cells anywhere
    cell_negative,        // a count below zero (only 2019 本年增/减 may be negative)
    cell_not_applicable,  // "/" where the format asks for a count of applications or cases
    // report metadata
    period_outside_year,  // the statistics period does not lie within the report year
    period_unreadable,    // a statistics period was stated but its dates could not be read
    report_year_missing,  // the report year could not be determined
    // parser diagnostics (parse.hpp)
    parse_table_missing,     // a statutory table was not found in the report
    parse_uncertain_cells,   // digits could be split into cells in none or several ways
    parse_unplaced_line,     // a line inside a table region that could not be placed
    parse_label_variant,     // a label differs from the official wording (typo, old label)
    parse_extra_cells,       // more values than the row has cells; the extra ones are ignored
    parse_missing_cells,     // fewer values than the row has cells; placement was inferred
    parse_format_mismatch,   // labels of both formats, or a format unusual for the year
    parse_bad_cell,          // a cell that is neither a number, blank nor not-applicable
    // narrative cross-checks
    narrative_mismatch,   // a count stated in the text differs from the table
    // cross-year series (series.hpp)
    series_carry_over,    // carried_forward(Y-1) = carried_over(Y)
    series_in_force,      // 2021: in_force(Y) = in_force(Y-1) + issued(Y) - repealed(Y)
    series_previous_items,  // 2019: previous_items(Y) = previous_items(Y-1) + change(Y-1)
    series_missing_year,  // a year is missing between two reports of the series
    // rollups
    rollup_mismatch,      // a published total differs from the sum of its parts
    // parser diagnostics, appended
    parse_no_report,      // the input holds no annual report at all (ParseResult::diagnostics)
    // source readers (Document::diagnostics)
    parse_scanned_pdf,        // PDF pages without a text layer (a scan): they need OCR first
    parse_text_outside_page,  // PDF text beyond the page's edges: cut off, not readable
    // what the narrative sections say (boilerplate.hpp)
    section_missing,            // a section 一 … 六 is not in the report
    section_out_of_order,       // a section heading numbered other than its place (四、收到和处理…)
    section_problems_empty,     // section 五 is empty or says only 无
    section_problems_repeated,  // 五 repeats last year's problems and says nothing of fixing them
    section_fees_silent,        // 2021 format: 六 says nothing about information-processing fees
    section_year_mismatch,      // the years in the text contradict the report year
    section_copied,             // a narrative section copied from last year's report
    // findings whose reading is in doubt (validate.hpp): not an error against the report
    reading_in_doubt,  // an error's numbers rest on inferred cells or a table with unplaced values
    // application table, appended
    app_other_subtotal,  // 2021 with the single （六）其他处理 row printed too: Q = Q1 + Q2 + Q3
    // narrative, appended
    narrative_reading,  // info: a stated count matches the table only read another way (一 + 二)
};
BOOST_DESCRIBE_ENUM(FindingCode, app_balance, app_outcome_total, app_row_total, app_total_blank,
                    app_blank_cells, rev_group_total, rev_total_blank, rev_blank_cells,
                    a20_published_exceeds_total, a20_blank_cells, cell_negative,
                    cell_not_applicable, period_outside_year, period_unreadable,
                    report_year_missing, parse_table_missing, parse_uncertain_cells,
                    parse_unplaced_line, parse_label_variant, parse_extra_cells,
                    parse_missing_cells, parse_format_mismatch, parse_bad_cell,
                    narrative_mismatch, series_carry_over, series_in_force,
                    series_previous_items, series_missing_year, rollup_mismatch,
                    parse_no_report, parse_scanned_pdf, parse_text_outside_page,
                    section_missing, section_out_of_order, section_problems_empty,
                    section_problems_repeated, section_fees_silent, section_year_mismatch,
                    section_copied, reading_in_doubt, app_other_subtotal,
                    narrative_reading)

struct Finding {
    FindingCode code{};
    Severity severity = Severity::error;
    // A check whose inputs were blank is not evaluable: it neither passed nor failed. Such a
    // finding is reported at severity info with evaluable == false, so a user can see what could
    // not be checked without it counting as a failure.
    bool evaluable = true;
    TableKind table = TableKind::report;
    std::string row;     // row id (applications / article20 / review group), empty if none
    std::string column;  // column id, empty if none
    std::string expected;  // what the rule expects, as text ("839"); empty if not numeric
    std::string actual;    // what the report holds ("838", "blank")
    std::string message;   // one sentence a person understands, with the Chinese labels
    std::uint32_t line = 0;  // 1-based source line for parser findings; 0 = not from the source
    // PDF sources: the 1-based page and the box of the cell or row the finding is about (0 and
    // no box otherwise). Word sources: `line` is the paragraph number (source_location.hpp).
    std::uint32_t page = 0;
    std::optional<Box> box;
    std::optional<int> year;           // series findings: the later year
    std::optional<int> previous_year;  // series findings: the earlier year
    // Repeats. Input that says the same wrong thing a million times must not make a million
    // findings: the parser and the narrative checks fold a finding identical to an earlier one
    // but for its line into that one, and past max_distinct_findings of one code in one table
    // of a report fold the rest into one summary finding (docs/rules.md, "Repeated findings").
    // `occurrences` is how many findings this one stands for (1 for most); `line` is the first
    // of their lines and `more_lines` the next distinct ones, at most max_more_lines, in the
    // order found.
    std::uint32_t occurrences = 1;
    std::vector<std::uint32_t> more_lines;

    static constexpr std::size_t max_more_lines = 9;
    static constexpr std::size_t max_distinct_findings = 200;

    friend bool operator==(Finding const&, Finding const&) = default;
};
BOOST_DESCRIBE_STRUCT(Finding, (),
                      (code, severity, evaluable, table, row, column, expected, actual, message,
                       line, page, box, year, previous_year, occurrences, more_lines))

}  // namespace govinfo
