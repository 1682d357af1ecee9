#include "command_text.hpp"

namespace govinfo::cli {
namespace {

constexpr CommandText overview{
    "govinfo: read and check 政府信息公开工作年度报告 (open government information annual reports)",
    R"(examples:
  govinfo check reports/
  govinfo convert reports/ --to csv --output cells.csv
  govinfo html reports/ --output card.html
  govinfo compare report-2022.txt report-2023.txt
)"};

constexpr CommandText check{
    R"(parse every report in the files and folders given and check it against the rules

Parses every report in the files and folders given and checks each against the rules of its
format. On a terminal it prints a compact table; --format chooses another output. Folders are
read recursively: .txt, .md, .html, .htm, .pdf, .docx (and .doc, .wps, .rtf, answered with how
to convert them); every other file is listed as skipped, with the reason. "-" reads standard
input. A FIFO named as PATH is read once a writer opens it (after 5 s without one, it is
unreadable).)",
    R"(exit status:
  0  every input was read, a report was found, nothing at or above --fail-on
  1  a finding at or above --fail-on
  2  a usage error; an input that could not be read or held no report (missing, a folder without
     permission, a dangling link, an empty file, too large, undecodable); no report found at
     all; or output that could not be written. Each is said on stderr, one line per problem,
     and the rest of the batch still runs. Files skipped for their kind do not change the status.

examples:
  govinfo check reports/
  govinfo check --format json --output findings.json reports/ extra/report.html
  govinfo check --select app_,rev_ --fail-on warning -j 2 reports/
  cat report.txt | govinfo check -
)"};

constexpr CommandText convert{
    R"(write the reports as JSON, JSON Lines or tidy CSV

Writes every report found as data: JSON (an array of report documents, docs/json.md), JSON Lines
(one report document per line) or the tidy long CSV (one row per cell, docs/csv.md). Inputs are
found as for check; what could not be read or was skipped is said on stderr only, so the output
holds nothing but reports.)",
    R"(exit status: 0 every input gave reports, 2 otherwise (as for check)

examples:
  govinfo convert reports/ --to csv --output cells.csv
  govinfo convert report.txt --to json
)"};

constexpr CommandText html{
    R"(write one self-contained HTML report card for a batch (same as check --format html)

Writes one self-contained HTML report card for all reports found: a summary per report, then its
tables laid out as in the official format, with blank and not-applicable cells shown apart from 0
and inconsistent cells highlighted next to their finding. Same as `govinfo check --format html`.)",
    R"(exit status: as for check, except that findings fail the run only with --fail-on

examples:
  govinfo html reports/ --output card.html
)"};

constexpr CommandText rules{
    R"(print the rule catalogue: every finding code with its severity and formula

Prints the rule catalogue: every finding code with its severity, title and formula
(docs/rules.md has a worked example for each).)",
    R"(examples:
  govinfo rules
  govinfo rules | grep app_
  govinfo rules --format json
)"};

constexpr CommandText compare{
    R"(a report beside last year's: cell changes, cross-year findings, kept text

Compares a report with the previous year's report of the same agency: every table cell side by
side with its change (absolute and relative; blank stays blank), the cross-year findings
(carry-over, documents in force, section copied from last year, last year's problems repeated),
the section checks of the new report, and for each section 一 … 六 how much of its text is
unchanged (similarity, sentences kept word for word, added and dropped; numbers and dates do not
count). Across the 2020→2021 format change only the cells both formats share are compared; the
others are listed as not comparable. OLD and NEW are report files ("-": standard input); when a
file holds several reports, --old-year and --new-year choose them (one file may give both).
docs/compare.md.)",
    R"(exit status: 0 compared, 1 a finding at or above --fail-on, 2 usage error, unreadable input, no
report to compare, or output that could not be written

examples:
  govinfo compare report-2022.txt report-2023.txt
  govinfo compare --old-year 2022 --new-year 2023 examples/reports/002_6174489a5f7162cb.txt
  govinfo compare --format html -o compare.html report-2020.html report-2021.html
)"};

constexpr CommandText indicators{
    R"(the measures evaluators use, one row per report (text, csv or json)

Prints the measures evaluators use, one row per report: applications received and their change
from the same agency's report of the year before (when the batch holds it), the shares disclosed,
withheld (and by reason), not held and carried forward, the share of review and litigation cases
that corrected the agency, and the Article 20 counts. Rates are exact; a rate whose inputs are
blank or "/" is missing, never 0. Inputs are found as for check. docs/indicators.md gives every
formula.)",
    R"(exit status: 0 every input gave reports, 2 usage error, an input that could not be used (the
others are still measured), or output that could not be written

examples:
  govinfo indicators reports/
  govinfo indicators --format csv -o measures.csv reports/
)"};

}  // namespace

CommandText command_text(Command c) {
    switch (c) {
        case Command::check: return check;
        case Command::convert: return convert;
        case Command::html: return html;
        case Command::rules: return rules;
        case Command::compare: return compare;
        case Command::indicators: return indicators;
        case Command::version:
        case Command::help: break;
    }
    return overview;
}

}  // namespace govinfo::cli
