#include "options.hpp"

#include <algorithm>
#include <cerrno>
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
  indicators  the measures evaluators use, one row per report (text, csv or json)

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

Parses every report in the files and folders given and checks each against the rules of its
format. On a terminal it prints a compact table; --format chooses another output. Folders are
read recursively: .txt, .md, .html, .htm, .pdf, .docx (and .doc, .wps, .rtf, answered with how
to convert them); every other file is listed as skipped, with the reason. "-" reads standard
input. A FIFO named as PATH is read once a writer opens it (after 5 s without one, it is
unreadable).

options:
  --format FMT        text (default), json, jsonl, csv or html
  -o, --output FILE   write there instead of standard output (written under a temporary name
                      and renamed when complete; an input, or a report file inside an input
                      folder, is refused as output)
  --fail-on LEVEL     error (default), warning, info or never: the exit status is 1 when a
                      finding at or above LEVEL was reported
  --select CODES      only findings whose code is, or starts with, one of CODES (comma-separated)
  --ignore CODES      drop findings whose code is, or starts with, one of CODES
  -j, --jobs N        parse N files in parallel (output stays in input order; -jN also works)
  --series            group reports by agency, settle glued rows by neighbouring
                      years and add cross-year findings
  -q, --quiet         no progress bar, and skipped files summed up in one line
  --max-bytes N       refuse an input larger than N bytes (default 256 MiB) as unreadable; the
                      limit applies while reading, so an endless device or pipe stops there

exit status:
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
)";

constexpr std::string_view convert_help = R"(usage: govinfo convert [options] PATH...

Writes every report found as data: JSON (an array of report documents, docs/json.md), JSON Lines
(one report document per line) or the tidy long CSV (one row per cell, docs/csv.md). Inputs are
found as for check; what could not be read or was skipped is said on stderr only, so the output
holds nothing but reports.

options:
  --to FMT            json (default), jsonl or csv
  -o, --output FILE   write there instead of standard output (as for check)
  -j, --jobs N        parse N files in parallel (output stays in input order)
  --series            settle glued rows by the same agency's neighbouring years among the
                      inputs, as check --series does (cells so decided are listed in each
                      report's provenance as chosen_by_evidence); the output waits for all
  -q, --quiet         no progress bar, and skipped files summed up in one line
  --max-bytes N       refuse an input larger than N bytes (default 256 MiB), as for check

exit status: 0 every input gave reports, 2 otherwise (as for check)

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
  --fail-on LEVEL     never (default: the exit status is 0 whatever the card shows), error,
                      warning or info, as for check
  --select, --ignore, -j, --series, -q, --max-bytes as for check

exit status: as for check, except that findings fail the run only with --fail-on

examples:
  govinfo html reports/ --output card.html
)";

constexpr std::string_view rules_help = R"(usage: govinfo rules [options]

Prints the rule catalogue: every finding code with its severity, title and formula
(docs/rules.md has a worked example for each).

options:
  --format FMT        text (default, one rule a line) or json (an array of objects with code,
                      severity, title and formula)
  -o, --output FILE   write there instead of standard output

examples:
  govinfo rules
  govinfo rules | grep app_
  govinfo rules --format json
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

namespace {

// Which command takes which option. An option given to a command that does not use it is
// refused by name (exit 2), never accepted and ignored.
bool takes(Command c, std::string_view option) {
    bool const check = c == Command::check, html = c == Command::html;
    bool const convert = c == Command::convert, rules = c == Command::rules;
    bool const compare = c == Command::compare, indicators = c == Command::indicators;
    if (option == "--format") return check || rules || compare || indicators;
    if (option == "--to") return convert;
    if (option == "--output") return check || html || convert || rules || compare || indicators;
    if (option == "--fail-on" || option == "--select" || option == "--ignore")
        return check || html || compare;
    if (option == "--series") return check || html || convert;
    if (option == "--old-year" || option == "--new-year") return compare;
    if (option == "--max-bytes") return check || html || convert || compare || indicators;
    if (option == "--jobs" || option == "--quiet") return check || html || convert || indicators;
    return false;
}

std::string_view long_name(std::string_view a) {
    if (a == "-o") return "--output";
    if (a == "-j") return "--jobs";
    if (a == "-q") return "--quiet";
    return a;
}

bool is_known(std::string_view option) {
    for (std::string_view known : {"--format", "--to", "--output", "--fail-on", "--select",
                                   "--ignore", "--series", "--jobs", "--quiet", "--max-bytes",
                                   "--old-year", "--new-year"})
        if (option == known) return true;
    return false;
}

std::string command_name(Command c) {
    switch (c) {
        case Command::check: return "check";
        case Command::convert: return "convert";
        case Command::html: return "html";
        case Command::rules: return "rules";
        case Command::compare: return "compare";
        case Command::indicators: return "indicators";
        default: return "govinfo";
    }
}

bool is_flag(std::string_view option) { return option == "--series" || option == "--quiet"; }

// --select S with --ignore entries that drop every code S selects would keep nothing: refused,
// naming both, rather than run a check that cannot report anything.
std::optional<std::string> select_ignore_conflict(Options const& o) {
    for (auto const& s : o.select) {
        bool kept = false;
        std::vector<std::string> droppers;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<FindingCode>>([&](auto d) {
            std::string_view const name = d.name;
            if (!name.starts_with(s)) return;
            bool dropped = false;
            for (auto const& i : o.ignore)
                if (name.starts_with(i)) {
                    dropped = true;
                    if (std::find(droppers.begin(), droppers.end(), i) == droppers.end())
                        droppers.push_back(i);
                }
            kept = kept || !dropped;
        });
        if (kept) continue;
        std::string list;
        for (auto const& i : droppers) list += (list.empty() ? "" : ",") + i;
        return "--select " + s + " keeps no finding: --ignore " + list + " drops every code it selects";
    }
    return std::nullopt;
}

// Why the option `a` may not be given here, if it may not: unknown, not used by the command,
// a value given to a flag, or a single-valued option given twice (`given` records them).
std::optional<std::string> refused(Command command, std::string_view a, bool has_value,
                                   std::vector<std::string_view>& given) {
    std::string_view const name = long_name(a);
    std::string const shown(a);
    if (!is_known(name)) return "unknown option '" + shown + "' for " + command_name(command);
    if (!takes(command, name)) {
        std::string users;
        for (Command c : {Command::check, Command::convert, Command::html, Command::rules,
                          Command::compare, Command::indicators})
            if (takes(c, name)) users += (users.empty() ? "" : ", ") + command_name(c);
        return shown + " is not an option of " + command_name(command) + " (only of " + users + ")";
    }
    if (is_flag(name)) {
        if (has_value) return shown + " takes no value";
    } else if (name != "--select" && name != "--ignore") {
        if (std::find(given.begin(), given.end(), name) != given.end()) return shown + " given twice";
        given.push_back(name);
    }
    return std::nullopt;
}

// Sets the option `name` (long form) from its value; returns what is wrong with the value.
std::optional<std::string> set_option(Options& o, std::string_view name, std::string_view v) {
    std::string const s(v);
    if (name == "--format" && o.command == Command::rules) {
        if (v == "text") o.format = OutputFormat::text;
        else if (v == "json") o.format = OutputFormat::json;
        else return "--format for rules must be text or json, not '" + s + "'";
    } else if (name == "--format" && o.command == Command::compare) {
        if (v == "text") o.format = OutputFormat::text;
        else if (v == "json") o.format = OutputFormat::json;
        else if (v == "html") o.format = OutputFormat::html;
        else return "--format for compare must be text, json or html, not '" + s + "'";
    } else if (name == "--format" && o.command == Command::indicators) {
        if (v == "text") o.format = OutputFormat::text;
        else if (v == "csv") o.format = OutputFormat::csv;
        else if (v == "json") o.format = OutputFormat::json;
        else return "--format for indicators must be text, csv or json, not '" + s + "'";
    } else if (name == "--old-year" || name == "--new-year") {
        char* end = nullptr;
        long const y = std::strtol(s.c_str(), &end, 10);
        if (*end != '\0' || y < 1900 || y > 2200)
            return std::string(name) + " must be a year such as 2023, not '" + s + "'";
        (name == "--old-year" ? o.old_year : o.new_year) = static_cast<int>(y);
    } else if (name == "--format") {
        if (v == "text") o.format = OutputFormat::text;
        else if (v == "json") o.format = OutputFormat::json;
        else if (v == "jsonl") o.format = OutputFormat::jsonl;
        else if (v == "csv") o.format = OutputFormat::csv;
        else if (v == "html") o.format = OutputFormat::html;
        else return "--format must be text, json, jsonl, csv or html, not '" + s + "'";
    } else if (name == "--to") {
        if (v == "json") o.format = OutputFormat::json;
        else if (v == "jsonl") o.format = OutputFormat::jsonl;
        else if (v == "csv") o.format = OutputFormat::csv;
        else return "--to must be json, jsonl or csv, not '" + s + "'";
    } else if (name == "--output") {
        o.output = s;
    } else if (name == "--fail-on") {
        if (v == "error") o.fail_on = FailOn::error;
        else if (v == "warning") o.fail_on = FailOn::warning;
        else if (v == "info") o.fail_on = FailOn::info;
        else if (v == "never") o.fail_on = FailOn::never;
        else return "--fail-on must be error, warning, info or never, not '" + s + "'";
    } else if (name == "--select" || name == "--ignore") {
        auto list = split_list(v);
        for (auto const& code : list) {
            bool known = false;
            boost::mp11::mp_for_each<boost::describe::describe_enumerators<FindingCode>>(
                [&](auto d) { known = known || std::string_view(d.name).starts_with(code); });
            if (!known) return std::string(name) + ": no finding code is or starts with '" + code + "' (see govinfo rules)";
        }
        auto& dest = name == "--select" ? o.select : o.ignore;
        dest.insert(dest.end(), list.begin(), list.end());
    } else if (name == "--jobs") {
        char* end = nullptr;
        long const n = std::strtol(s.c_str(), &end, 10);
        if (*end != '\0' || n < 1 || n > 256)
            return "--jobs must be a whole number from 1 to 256, not '" + s + "'";
        o.jobs = static_cast<unsigned>(n);
    } else if (name == "--max-bytes") {
        char* end = nullptr;
        errno = 0;
        unsigned long long const n = std::strtoull(s.c_str(), &end, 10);
        if (*end != '\0' || n == 0 || s.front() == '-' || errno == ERANGE)
            return "--max-bytes must be a positive whole number of bytes, not '" + s + "'";
        o.max_bytes = static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

}  // namespace

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
    // The card is the answer, not a verdict: html exits 0 whatever it found unless --fail-on asks.
    else if (cmd == "html") o.command = Command::html, o.format = OutputFormat::html, o.fail_on = FailOn::never;
    else if (cmd == "rules") o.command = Command::rules;
    else if (cmd == "compare") o.command = Command::compare;
    else if (cmd == "indicators") o.command = Command::indicators;
    else {
        return usage_error("unknown command '" + std::string(cmd) + "'");
    }

    std::vector<std::string_view> given;  // options that take one value, each at most once
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string_view a = args[i];
        std::string_view inline_value;
        bool has_inline = false;
        if (a.starts_with("--") && a.find('=') != std::string_view::npos) {
            inline_value = a.substr(a.find('=') + 1);
            a = a.substr(0, a.find('='));
            has_inline = true;
        } else if (a.starts_with("-j") && a.size() > 2) {  // -j2, as make and ninja take it
            inline_value = a.substr(2);
            a = "-j";
            has_inline = true;
        }
        if (a == "-h" || a == "--help") {
            o.help_for = o.command;
            return o;
        }
        std::string_view const name = long_name(a);
        if (a.size() > 1 && a.front() == '-')
            if (auto problem = refused(o.command, a, has_inline, given)) return usage_error(*problem);
        auto value = [&](std::string_view& out) -> bool {
            if (has_inline) {
                out = inline_value;
            } else if (i + 1 >= args.size()) {
                usage_error(std::string(a) + " needs a value");
                return false;
            } else {
                out = args[++i];
            }
            if (out.empty()) {
                usage_error(std::string(a) + " needs a value, not an empty one");
                return false;
            }
            return true;
        };
        if (name == "--series") {
            o.series = true;
        } else if (name == "--quiet") {
            o.quiet = true;
        } else if (name.starts_with("--")) {
            std::string_view v;
            if (!value(v)) return std::nullopt;
            if (auto problem = set_option(o, name, v)) return usage_error(*problem);
        } else {
            o.paths.emplace_back(a);
        }
    }
    if (auto conflict = select_ignore_conflict(o)) return usage_error(*conflict);
    if (o.command == Command::rules) {
        if (!o.paths.empty()) return usage_error("rules takes no PATH");
        return o;
    }
    if (o.paths.empty()) return usage_error(std::string(cmd) + " needs at least one PATH (a file, a folder or -)");
    if (o.command == Command::compare && o.paths.size() > 2)
        return usage_error("compare takes OLD and NEW, not " + std::to_string(o.paths.size()) + " paths");
    if (o.format == OutputFormat::html && o.command == Command::check) o.command = Command::html;
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
