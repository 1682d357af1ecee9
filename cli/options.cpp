#include "options.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <govinfo/labels.hpp>

#include "compare_command.hpp"

namespace govinfo::cli {
namespace {

constexpr std::string_view overview = R"(govinfo: read and check 政府信息公开工作年度报告 (open government information annual reports)

usage: govinfo <command> [options] PATH...

commands:
  check     parse every report in the files and folders given and check it against the rules
  convert   write the reports as JSON, JSON Lines or tidy CSV
  html      write one self-contained HTML report card for a batch (same as check --format html)
  rules     print the rule catalogue: every finding code with its severity and formula
  compare   a report beside last year's: cell changes, cross-year findings, kept text
  indicators  the measures evaluators use, one row per report (csv, json or a table)

options:
  -h, --help     show help (also after a command: govinfo check --help)
  --version      print the version

examples:
  govinfo check reports/
  govinfo convert reports/ --to csv --output cells.csv
  govinfo html reports/ --output card.html
  govinfo compare report-2022.txt report-2023.txt
)";

constexpr std::string_view check_help = R"(usage: govinfo check [options] PATH...

Parses every report in the files and folders given (folders recursively: .txt, .html, .htm, .md;
"-" reads standard input) and checks each against the rules of its format. On a terminal it
prints a compact table; --format chooses another output.

options:
  --format FMT        text (default), json, jsonl, csv or html
  -o, --output FILE   write there instead of standard output
  --fail-on LEVEL     error (default), warning, info or never: the exit status is 1 when a
                      finding at or above LEVEL was reported
  --select CODES      only findings whose code is, or starts with, one of CODES (comma-separated)
  --ignore CODES      drop findings whose code is, or starts with, one of CODES
  -j, --jobs N        parse N files in parallel (output stays in input order)
  --series            group reports by agency and add cross-year findings
  -q, --quiet         no progress bar
  --max-bytes N       refuse an input larger than N bytes (default 256 MiB) as unreadable

exit status: 0 nothing at or above --fail-on, 1 something was, 2 usage error or unreadable input

examples:
  govinfo check reports/
  govinfo check --format json --output findings.json reports/ extra/report.html
  govinfo check --select app_,rev_ --fail-on warning -j 2 reports/
  cat report.txt | govinfo check -
)";

constexpr std::string_view convert_help = R"(usage: govinfo convert [options] PATH...

Writes every report found as data: JSON (an array of report documents, docs/json.md), JSON Lines
(one report document per line) or the tidy long CSV (one row per cell, docs/csv.md).

options:
  --to FMT            json (default), jsonl or csv
  -o, --output FILE   write there instead of standard output
  -j, --jobs N        parse N files in parallel (output stays in input order)
  -q, --quiet         no progress bar

examples:
  govinfo convert reports/ --to csv --output cells.csv
  govinfo convert report.txt --to json
)";

constexpr std::string_view html_help = R"(usage: govinfo html [options] PATH...

Writes one self-contained HTML report card for all reports found: a summary per report, then its
tables laid out as in the official format, with blank and not-applicable cells shown apart from 0
and inconsistent cells highlighted next to their finding. Same as `govinfo check --format html`.

options:
  -o, --output FILE   write there instead of standard output
  --select, --ignore, --fail-on, -j, --series, -q as for check

examples:
  govinfo html reports/ --output card.html
)";

constexpr std::string_view rules_help = R"(usage: govinfo rules

Prints the rule catalogue: every finding code with its severity, title and formula
(docs/rules.md has a worked example for each).

examples:
  govinfo rules
  govinfo rules | grep app_
)";

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    while (!s.empty()) {
        auto const comma = s.find(',');
        auto item = s.substr(0, comma);
        if (!item.empty()) out.emplace_back(item);
        if (comma == std::string_view::npos) break;
        s.remove_prefix(comma + 1);
    }
    return out;
}

std::nullopt_t usage_error(std::string const& message) {
    std::fprintf(stderr, "govinfo: error: %s (see govinfo --help)\n", message.c_str());
    return std::nullopt;
}

}  // namespace

std::string help_text(Command c) {
    switch (c) {
        case Command::check: return std::string(check_help);
        case Command::convert: return std::string(convert_help);
        case Command::html: return std::string(html_help);
        case Command::rules: return std::string(rules_help);
        case Command::compare: return compare_help();
        case Command::indicators: return indicators_help();
        default: return std::string(overview);
    }
}

std::optional<Options> parse_options(int argc, char** argv) {
    Options o;
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(overview.data(), stderr);
        return std::nullopt;
    }
    std::string_view const cmd = args[0];
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
        o.command = Command::help;
        return o;
    }
    if (cmd == "--version") {
        o.command = Command::version;
        return o;
    }
    if (cmd == "check") o.command = Command::check;
    else if (cmd == "convert") o.command = Command::convert, o.format = OutputFormat::json;
    else if (cmd == "html") o.command = Command::html, o.format = OutputFormat::html;
    else if (cmd == "rules") o.command = Command::rules;
    else if (cmd == "compare") o.command = Command::compare;
    else if (cmd == "indicators") o.command = Command::indicators;
    else {
        return usage_error("unknown command '" + std::string(cmd) + "'");
    }

    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string_view a = args[i];
        std::string_view inline_value;
        bool has_inline = false;
        if (a.starts_with("--") && a.find('=') != std::string_view::npos) {
            inline_value = a.substr(a.find('=') + 1);
            a = a.substr(0, a.find('='));
            has_inline = true;
        }
        auto value = [&](std::string_view& out) -> bool {
            if (has_inline) {
                out = inline_value;
                return true;
            }
            if (i + 1 >= args.size()) {
                usage_error(std::string(a) + " needs a value");
                return false;
            }
            out = args[++i];
            return true;
        };
        std::string_view v;
        if (a == "-h" || a == "--help") {
            o.help_for = o.command;
            return o;
        } else if (a == "--format" && o.command != Command::convert) {
            if (!value(v)) return std::nullopt;
            if (v == "text") o.format = OutputFormat::text;
            else if (v == "json") o.format = OutputFormat::json;
            else if (v == "jsonl") o.format = OutputFormat::jsonl;
            else if (v == "csv") o.format = OutputFormat::csv;
            else if (v == "html") o.format = OutputFormat::html;
            else return usage_error("--format must be text, json, jsonl, csv or html, not '" + std::string(v) + "'");
        } else if (a == "--to" && o.command == Command::convert) {
            if (!value(v)) return std::nullopt;
            if (v == "json") o.format = OutputFormat::json;
            else if (v == "jsonl") o.format = OutputFormat::jsonl;
            else if (v == "csv") o.format = OutputFormat::csv;
            else return usage_error("--to must be json, jsonl or csv, not '" + std::string(v) + "'");
        } else if (a == "-o" || a == "--output") {
            if (!value(v)) return std::nullopt;
            o.output = v;
        } else if (a == "--fail-on") {
            if (!value(v)) return std::nullopt;
            if (v == "error") o.fail_on = FailOn::error;
            else if (v == "warning") o.fail_on = FailOn::warning;
            else if (v == "info") o.fail_on = FailOn::info;
            else if (v == "never") o.fail_on = FailOn::never;
            else return usage_error("--fail-on must be error, warning, info or never, not '" + std::string(v) + "'");
        } else if (a == "--select" || a == "--ignore") {
            std::string_view name = a;
            if (!value(v)) return std::nullopt;
            auto list = split_list(v);
            for (auto const& code : list) {
                bool known = false;
                boost::mp11::mp_for_each<boost::describe::describe_enumerators<FindingCode>>(
                    [&](auto d) { known = known || std::string_view(d.name).starts_with(code); });
                if (!known) return usage_error(std::string(name) + ": no finding code is or starts with '" + code + "' (see govinfo rules)");
            }
            auto& dest = name == "--select" ? o.select : o.ignore;
            dest.insert(dest.end(), list.begin(), list.end());
        } else if (a == "-j" || a == "--jobs") {
            if (!value(v)) return std::nullopt;
            char* end = nullptr;
            std::string const s(v);
            long const n = std::strtol(s.c_str(), &end, 10);
            if (s.empty() || *end != '\0' || n < 1 || n > 256)
                return usage_error("--jobs must be a whole number from 1 to 256, not '" + s + "'");
            o.jobs = static_cast<unsigned>(n);
        } else if (a == "--max-bytes") {
            if (!value(v)) return std::nullopt;
            char* end = nullptr;
            std::string const s(v);
            unsigned long long const n = std::strtoull(s.c_str(), &end, 10);
            if (s.empty() || *end != '\0' || n == 0 || s.front() == '-')
                return usage_error("--max-bytes must be a positive whole number of bytes, not '" + s + "'");
            o.max_bytes = static_cast<std::size_t>(n);
        } else if ((a == "--old-year" || a == "--new-year") && o.command == Command::compare) {
            if (!value(v)) return std::nullopt;
            char* end = nullptr;
            std::string const s(v);
            long const y = std::strtol(s.c_str(), &end, 10);
            if (s.empty() || *end != '\0' || y < 1900 || y > 2200)
                return usage_error(std::string(a) + " must be a year such as 2023, not '" + s + "'");
            (a == "--old-year" ? o.old_year : o.new_year) = static_cast<int>(y);
        } else if (a == "--series") {
            o.series = true;
        } else if (a == "-q" || a == "--quiet") {
            o.quiet = true;
        } else if (a.size() > 1 && a.front() == '-' ) {
            return usage_error("unknown option '" + std::string(a) + "' for " + std::string(cmd));
        } else {
            o.paths.emplace_back(a);
        }
    }
    if (o.command == Command::rules) {
        if (!o.paths.empty()) return usage_error("rules takes no PATH");
        return o;
    }
    if (o.paths.empty()) return usage_error(std::string(cmd) + " needs at least one PATH (a file, a folder or -)");
    if (o.command == Command::compare) {
        if (o.paths.size() > 2) return usage_error("compare takes OLD and NEW, not " + std::to_string(o.paths.size()) + " paths");
        if (o.format != OutputFormat::text && o.format != OutputFormat::json && o.format != OutputFormat::html)
            return usage_error("compare --format must be text, json or html");
        return o;
    }
    if (o.command == Command::indicators) {
        if (o.format != OutputFormat::text && o.format != OutputFormat::json && o.format != OutputFormat::csv)
            return usage_error("indicators --format must be text, csv or json");
        return o;
    }
    if (o.format == OutputFormat::html) o.command = o.command == Command::convert ? o.command : Command::html;
    return o;
}

bool selected(Options const& o, FindingCode code) {
    std::string_view const name = id(code);
    auto matches = [&](std::vector<std::string> const& list) {
        for (auto const& p : list)
            if (name.starts_with(p)) return true;
        return false;
    };
    if (!o.select.empty() && !matches(o.select)) return false;
    return !matches(o.ignore);
}

bool fails(Options const& o, Severity s) {
    switch (o.fail_on) {
        case FailOn::never: return false;
        case FailOn::info: return true;
        case FailOn::warning: return s != Severity::info;
        case FailOn::error: return s == Severity::error;
    }
    return false;
}

}  // namespace govinfo::cli
