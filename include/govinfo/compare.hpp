#pragma once
// A report beside the previous year's: every table cell side by side with its change, what the
// cross-year checks find, and for each narrative section how much of it is unchanged
// (docs/compare.md). The 2019 and 2021 formats share the application table (but for its （六）
// rows) and the review/litigation table; those cells are compared across the format change,
// and every other cell is listed as not comparable, with the reason.
#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "govinfo/cell.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/json.hpp"
#include "govinfo/ratio.hpp"
#include "govinfo/report.hpp"

namespace govinfo {

enum class CellChangeKind {
    unchanged,       // the same number (or amount) in both reports
    changed,         // two different numbers: `absolute` and `relative` say by how much
    no_number,       // neither report holds a number, and both say the same (blank, or "/")
    filled_in,       // blank or "/" in the old report, a number in the new one
    emptied,         // a number in the old report, blank or "/" in the new one
    state_changed,   // blank in one report, "/" in the other
    not_comparable,  // the cell is in one format only, or the formats count different things
};
BOOST_DESCRIBE_ENUM(CellChangeKind, unchanged, changed, no_number, filled_in, emptied,
                    state_changed, not_comparable)

// One side of a compared cell: a count or a money cell, as the report holds it.
using CellValue = std::variant<Cell, MoneyCell>;

struct CellChange {
    TableKind table = TableKind::applications;
    std::string row, column;  // ids (docs/model.md)
    std::string label;        // "一、本年新收行自然人列", "行政许可 本年处理决定数量"
    std::optional<CellValue> old_value, new_value;  // nullopt: that report's format lacks the cell
    CellChangeKind kind = CellChangeKind::no_number;
    // new − old, exact, when both hold numbers: `absolute` for counts, `absolute_amount` for
    // money (in 万元 when one side is in 元 and the other in 万元).
    std::optional<std::int64_t> absolute;
    std::optional<Money> absolute_amount;
    // (new − old) / old, exact; none when old is 0 or a side holds no number.
    std::optional<Ratio> relative;
    std::string note;  // why the change or the comparison is missing, when it is
};
BOOST_DESCRIBE_STRUCT(CellChange, (),
                      (table, row, column, label, old_value, new_value, kind, absolute,
                       absolute_amount, relative, note))

// A sentence of a compared section and whether the other report has it word for word (numbers
// and dates aside, docs/compare.md).
struct ComparedSentence {
    std::string text;
    bool kept = false;
};
BOOST_DESCRIBE_STRUCT(ComparedSentence, (), (text, kept))

struct SectionComparison {
    int number = 0;  // 1..6
    std::string old_heading, new_heading;  // empty when that report lacks the section
    // Dice coefficient of the character-trigram multisets of the two texts, numbers and dates
    // ignored; none when a side lacks the section or is longer than the comparison limit.
    std::optional<Ratio> similarity;
    std::int64_t kept = 0;     // sentences of the new text found word for word in the old one
    std::int64_t added = 0;    // sentences of the new text that are not in the old one
    std::int64_t dropped = 0;  // sentences of the old text that are not in the new one
    std::vector<ComparedSentence> old_sentences, new_sentences;  // kept = found in the other
    std::string note;
};
BOOST_DESCRIBE_STRUCT(SectionComparison, (),
                      (number, old_heading, new_heading, similarity, kept, added, dropped,
                       old_sentences, new_sentences, note))

struct Comparison {
    Report old_report, new_report;
    // Every cell of both reports: table by table (Article 20, applications, review/litigation),
    // in the new report's order, each table's cells found only in the old report last.
    std::vector<CellChange> cells;
    std::vector<SectionComparison> sections;  // 一 … 六, also when a report lacks one
    // validate_series of the pair, check_sections_across_years when the years are consecutive,
    // and check_sections of the new report. Two reports of different agencies get no cross-year
    // check, only a note (series_carry_over, not evaluable).
    std::vector<Finding> findings;
};
BOOST_DESCRIBE_STRUCT(Comparison, (), (old_report, new_report, cells, sections, findings))

// Compares two reports, normally one agency's report of year Y−1 (old) and of year Y (new).
// Never fails: what cannot be compared is said in the result.
Comparison compare(Report const& old_report, Report const& new_report);

// The comparison as a text for a terminal (the changed cells, what cannot be compared, the
// sections and the findings), as a JSON document (docs/compare.md) and as one self-contained
// HTML page: the two reports in two columns, changed cells and sentences highlighted.
std::string to_text(Comparison const& comparison);
std::string to_json(Comparison const& comparison, JsonOptions options = {});
std::string to_html(Comparison const& comparison);

}  // namespace govinfo
