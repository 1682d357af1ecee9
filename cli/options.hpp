#pragma once
// Command-line options of the govinfo command, parsed once and checked before any work starts.
#include <boost/describe/enum.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <govinfo/finding.hpp>

namespace govinfo::cli {

enum class Command { check, convert, html, rules, version, help, compare, indicators };
// The ids of these enumerators are the values of --format/--to and --fail-on: the options read
// and name their choices from these descriptions.
enum class OutputFormat { text, json, jsonl, csv, html };
BOOST_DESCRIBE_ENUM(OutputFormat, text, json, jsonl, csv, html)
enum class FailOn { error, warning, info, never };
BOOST_DESCRIBE_ENUM(FailOn, error, warning, info, never)

struct Options {
    Command command = Command::help;
    std::vector<std::string> paths;      // files, folders, or "-" for standard input
    OutputFormat format = OutputFormat::text;  // rules: text or json only
    std::string output;                  // --output FILE; empty = standard output
    FailOn fail_on = FailOn::error;
    std::vector<std::string> select;     // finding codes or prefixes to keep (empty = all)
    std::vector<std::string> ignore;     // finding codes or prefixes to drop
    unsigned jobs = 1;
    bool series = false;                 // check --series: add cross-year findings
    bool quiet = false;                  // no progress bar, skipped files summed up in one line
    std::size_t max_bytes = 0;           // --max-bytes: refuse larger inputs (0 = library default)
    std::optional<Command> help_for;     // `govinfo check --help`
    std::optional<int> old_year, new_year;  // compare --old-year / --new-year
};

// Parses argv; on a usage error returns nullopt after printing "govinfo: error: …" to stderr.
// Nothing is accepted and ignored: an option the command does not use, a single-valued option
// given twice, a value given to a flag, or --select/--ignore that together keep no finding code
// are usage errors naming the option.
std::optional<Options> parse_options(int argc, char** argv);

// The help text of one subcommand (or the overview for Command::help), with examples.
std::string help_text(Command c);

// True when the finding passes --select/--ignore (a code matches an entry equal to it or
// starting with it, so "app" and "app_" both select every application-table rule).
bool selected(Options const& o, FindingCode code);

// True when the finding is at or above --fail-on.
bool fails(Options const& o, Severity s);

}  // namespace govinfo::cli
