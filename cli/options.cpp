// The command line, declared once with CLI11: each command's options, what each value must be,
// and the help text all come from the declarations below (docs: `govinfo COMMAND --help`).
#include "options.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string_view>

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <CLI/CLI.hpp>

#include <govinfo/labels.hpp>

#include "command_text.hpp"
#include "help_format.hpp"

namespace govinfo::cli {
namespace {

// A usage error in the words the user sees. Thrown from the checks of the declaration: CLI11
// passes it on unchanged (it rewords only its own ValidationError, as "--opt: message").
class UsageError : public CLI::ParseError {
public:
    explicit UsageError(std::string const& message) : CLI::ParseError("UsageError", message, 2) {}
};

template <class E>
std::string name_of(E e) {
    return boost::describe::enum_to_string(e, "?");
}

// "a", "a or b", "a, b or c".
std::string one_of(std::vector<std::string> const& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    return out;
}

// One command being declared: its CLI11 app, where values go, and the defaults its options
// state (the first value of a choice), set when the command is met on the command line.
struct Declaring {
    CLI::App* app;
    Options& o;
    std::vector<std::function<void()>> defaults;
};

// An option whose value is one of `allowed` (names from the enum's description; the first is
// the default). The help lists them; any other value is refused, naming them all.
template <class E>
CLI::Option* add_choice(Declaring& d, std::string const& flags, char const* value_name, E& target,
                        std::vector<E> allowed, std::string const& note = {}) {
    std::vector<std::string> names;
    for (E e : allowed) names.push_back(name_of(e));
    auto listed = names;
    listed.front() += " (default)";
    // --format takes other values in each command, so a refusal outside check names the command.
    std::string const option = flags.substr(flags.rfind(',') + 1);
    std::string const named =
        option == "--format" && d.app->get_name() != "check" ? option + " for " + d.app->get_name() : option;
    d.defaults.push_back([&target, first = allowed.front()] { target = first; });
    auto set = [&target, allowed, names, named](std::string const& v) {
        for (E e : allowed)
            if (v == name_of(e)) return void(target = e);
        throw UsageError(named + " must be " + one_of(names) + ", not '" + v + "'");
    };
    return d.app->add_option_function<std::string>(flags, set, one_of(listed) + note)->type_name(value_name);
}

// A whole number in [low, high] for `option`, or a UsageError saying what was expected.
unsigned long long whole_number(std::string const& v, unsigned long long low, unsigned long long high,
                                std::string const& expected) {
    char* end = nullptr;
    errno = 0;
    unsigned long long const n = std::strtoull(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || v.front() == '-' || v.front() == '+' || errno == ERANGE ||
        n < low || n > high)
        throw UsageError(expected + ", not '" + v + "'");
    return n;
}

void add_output(Declaring& d, std::string const& description) {
    auto given = [](std::string& v) -> std::string {
        if (v.empty()) throw UsageError("--output needs a value, not an empty one");  // not stdout
        return {};
    };
    d.app->add_option("-o,--output", d.o.output, description)->check(CLI::Validator(given, ""))->type_name("FILE");
}

void add_jobs(Declaring& d, std::string const& description) {
    Options& o = d.o;
    d.app->add_option_function<std::string>("-j,--jobs", [&o](std::string const& v) {
        o.jobs = static_cast<unsigned>(whole_number(v, 1, 256, "--jobs must be a whole number from 1 to 256"));
    }, description)->type_name("N");
}

void add_quiet(Declaring& d, std::string const& description) {
    d.app->add_flag("-q,--quiet", d.o.quiet, description);
}

void add_series(Declaring& d) {
    d.app->add_flag("--series", d.o.series,
                    "group reports by agency, settle glued rows by neighbouring\n"
                    "years and add cross-year findings");
}

void add_max_bytes(Declaring& d, std::string const& description) {
    Options& o = d.o;
    d.app->add_option_function<std::string>("--max-bytes", [&o](std::string const& v) {
        o.max_bytes = static_cast<std::size_t>(
            whole_number(v, 1, ~0ull, "--max-bytes must be a positive whole number of bytes"));
    }, description)->type_name("N");
}

// --select and --ignore: comma-separated codes or prefixes, each of which must match a code.
void add_code_list(Declaring& d, std::string const& option, std::vector<std::string>& into,
                   std::string const& description) {
    auto take = [&into, option](std::vector<std::string> const& items) {
        if (std::all_of(items.begin(), items.end(), [](auto const& i) { return i.empty(); }))
            throw UsageError(option + " needs a value, not an empty one");
        for (auto const& code : items) {
            if (code.empty()) continue;
            bool known = false;
            boost::mp11::mp_for_each<boost::describe::describe_enumerators<FindingCode>>(
                [&](auto e) { known = known || std::string_view(e.name).starts_with(code); });
            if (!known)
                throw UsageError(option + ": no finding code is or starts with '" + code + "' (see govinfo rules)");
            into.push_back(code);
        }
    };
    d.app->add_option_function<std::vector<std::string>>(option, take, description)
        ->allow_extra_args(false)  // one value per --select, or it would take the PATHs after it
        ->delimiter(',')
        ->type_name("CODES");
}

void add_filters(Declaring& d, std::vector<FailOn> fail_on, std::string const& fail_on_note) {
    add_choice(d, "--fail-on", "LEVEL", d.o.fail_on, std::move(fail_on), fail_on_note);
    add_code_list(d, "--select", d.o.select,
                  "only findings whose code is, or starts with, one of CODES (comma-separated)");
    add_code_list(d, "--ignore", d.o.ignore, "drop findings whose code is, or starts with, one of CODES");
}

void add_paths(Declaring& d) {
    d.app->add_option("PATH", d.o.paths, "files, folders, or - for standard input");
}

Declaring& add_command(CLI::App& app, Options& o, Command c, std::vector<Declaring>& declared) {
    CommandText const text = command_text(c);
    CLI::App* sub = app.add_subcommand(name_of(c), std::string(text.about));
    sub->footer(std::string(text.footer));
    sub->set_help_flag("-h,--help", "show this help");
    sub->allow_extras();  // refused after parsing (refuse_extras), naming the option and who takes it
    return declared.emplace_back(Declaring{sub, o, {}});
}

void declare_check(Declaring& d) {
    using F = OutputFormat;
    add_choice(d, "--format", "FMT", d.o.format, {F::text, F::json, F::jsonl, F::csv, F::html});
    add_output(d, "write there instead of standard output (written under a temporary name\n"
                  "and renamed when complete; an input, or a report file inside an input\n"
                  "folder, is refused as output)");
    add_filters(d, {FailOn::error, FailOn::warning, FailOn::info, FailOn::never},
                ": the exit status is 1 when a\nfinding at or above LEVEL was reported");
    add_jobs(d, "parse N files in parallel (output stays in input order; -jN also works)");
    add_series(d);
    add_quiet(d, "no progress bar, and skipped files summed up in one line");
    add_max_bytes(d, "refuse an input larger than N bytes (default 256 MiB) as unreadable; the\n"
                     "limit applies while reading, so an endless device or pipe stops there");
    add_paths(d);
}

void declare_convert(Declaring& d) {
    using F = OutputFormat;
    add_choice(d, "--to", "FMT", d.o.format, {F::json, F::jsonl, F::csv});
    add_output(d, "write there instead of standard output (as for check)");
    add_jobs(d, "parse N files in parallel (output stays in input order)");
    d.app->add_flag("--series", d.o.series,
                    "settle glued rows by the same agency's neighbouring years among the\n"
                    "inputs, as check --series does (cells so decided are listed in each\n"
                    "report's provenance as chosen_by_evidence); the output waits for all");
    add_quiet(d, "no progress bar, and skipped files summed up in one line");
    add_max_bytes(d, "refuse an input larger than N bytes (default 256 MiB), as for check");
    add_paths(d);
}

void declare_html(Declaring& d) {
    Options& o = d.o;
    d.defaults.push_back([&o] { o.format = OutputFormat::html; });
    add_output(d, "write there instead of standard output");
    // The card is the answer, not a verdict: html exits 0 whatever it found unless --fail-on asks.
    add_filters(d, {FailOn::never, FailOn::error, FailOn::warning, FailOn::info},
                ": as for check, except that the\ndefault exits 0 whatever the card shows");
    add_jobs(d, "parse N files in parallel, as for check");
    add_series(d);
    add_quiet(d, "no progress bar, and skipped files summed up in one line");
    add_max_bytes(d, "refuse an input larger than N bytes, as for check");
    add_paths(d);
}

void declare_rules(Declaring& d) {
    add_choice(d, "--format", "FMT", d.o.format, {OutputFormat::text, OutputFormat::json},
               ": one rule a line, or an array of\nobjects with code, severity, title and formula");
    add_output(d, "write there instead of standard output");
}

void declare_compare(Declaring& d) {
    using F = OutputFormat;
    Options& o = d.o;
    add_choice(d, "--format", "FMT", o.format, {F::text, F::json, F::html},
               " (one page: the two\nreports side by side)");
    add_output(d, "write there instead of standard output (as for check)");
    auto year = [](std::optional<int>& into, std::string const& option) {
        return [&into, option](std::string const& v) {
            into = static_cast<int>(whole_number(v, 1900, 2200, option + " must be a year such as 2023"));
        };
    };
    d.app->add_option_function<std::string>("--old-year", year(o.old_year, "--old-year"),
                                            "the report of YEAR in OLD")->type_name("YEAR");
    d.app->add_option_function<std::string>("--new-year", year(o.new_year, "--new-year"),
                                            "the report of YEAR in NEW")->type_name("YEAR");
    add_filters(d, {FailOn::error, FailOn::warning, FailOn::info, FailOn::never},
                ": exit 1 when a finding at or\nabove LEVEL was reported");
    add_max_bytes(d, "refuse an input larger than N bytes as unreadable (as for check)");
    auto path = [&o](std::string const& v) { o.paths.push_back(v); };  // OLD, then NEW
    d.app->add_option_function<std::string>("OLD", path, "the earlier report")->required();
    d.app->add_option_function<std::string>("NEW", path, "the later report (default: OLD)");
}

void declare_indicators(Declaring& d) {
    using F = OutputFormat;
    add_choice(d, "--format", "FMT", d.o.format, {F::text, F::csv, F::json},
               ": csv gives every measure,\nwith numerators and denominators");
    add_output(d, "write there instead of standard output (as for check)");
    add_jobs(d, "parse N files in parallel");
    add_quiet(d, "skipped files summed up in one line");
    add_max_bytes(d, "refuse an input larger than N bytes as unreadable (as for check)");
    add_paths(d);
}

// The one declaration of the command line: every command, in the order help lists them, and
// its options. `declared` keeps what parsing needs of each command.
void declare(CLI::App& app, Options& o, std::vector<Declaring>& declared) {
    app.formatter(std::make_shared<HelpFormat>());
    app.description(std::string(command_text(Command::help).about));
    app.footer(std::string(command_text(Command::help).footer));
    app.set_help_flag("-h,--help", "show help (also after a command: govinfo check --help)");
    app.add_flag_callback("--version", [&o] { o.command = Command::version; }, "print the version");
    app.require_subcommand(0, 1);  // so that "check html" reads a file named html, not a command
    app.allow_extras();            // an unknown command is refused by name after parsing
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);  // then refused
    declared.reserve(6);
    void (*const declare_command[])(Declaring&) = {declare_check, declare_convert, declare_html,
                                                     declare_rules, declare_compare, declare_indicators};
    Command const commands[] = {Command::check, Command::convert, Command::html,
                                Command::rules, Command::compare, Command::indicators};
    for (std::size_t i = 0; i < std::size(commands); ++i) {
        Declaring& d = add_command(app, o, commands[i], declared);
        declare_command[i](d);
        Command const c = commands[i];
        d.app->preparse_callback([&o, c, defaults = d.defaults](std::size_t) {
            o.command = c;
            for (auto const& set_default : defaults) set_default();
        });
    }
}

// The long name of an argument as given ("--format=x" → "--format", "-j2" → "-j").
std::string option_of(std::string const& arg) {
    if (arg.starts_with("--")) return arg.substr(0, arg.find('='));
    return arg.substr(0, 2);
}

// What CLI11 set aside as not declared for `sub`, refused with the reason: an option of another
// command (named), an unknown option, or a path too many.
void refuse_extras(CLI::App const& app, CLI::App const& sub, std::vector<std::string> extras) {
    std::erase(extras, "--");  // kept by CLI11 for commands that pass arguments on; here it only ends options
    if (extras.empty()) return;
    std::string const command = sub.get_name();
    for (auto const& arg : extras) {
        if (arg.size() < 2 || arg.front() != '-') continue;
        std::string const name = option_of(arg);
        std::string users;
        for (CLI::App const* other : app.get_subcommands({}))
            if (other->get_option_no_throw(name))
                users += (users.empty() ? "" : ", ") + other->get_name();
        if (users.empty()) throw UsageError("unknown option '" + name + "' for " + command);
        throw UsageError(name + " is not an option of " + command + " (only of " + users + ")");
    }
    auto const positionals = sub.get_options([](CLI::Option const* p) { return p->get_positional(); });
    if (positionals.empty()) throw UsageError(command + " takes no PATH");
    std::string names;
    for (auto const* p : positionals) names += (names.empty() ? "" : " and ") + p->get_name(true, false);
    std::size_t given = extras.size();
    for (auto const* p : positionals) given += p->count();
    throw UsageError(command + " takes " + names + ", not " + std::to_string(given) + " paths");
}

// CLI11 keeps the last of a repeated single-valued option; here it is refused instead.
void refuse_repeated(CLI::App const& sub) {
    for (CLI::Option const* opt : sub.get_options()) {
        bool const single = opt->get_items_expected_max() == 1;  // not a flag, not a list
        if (single && !opt->get_positional() && opt->count() > 1)
            throw UsageError(opt->get_name() + " given twice");
    }
}

// Hand-written because CLI11 2.1.2 reads `--output=` as "the value follows" (taking the next
// argument) and `--series=no` as false; both are refused before CLI11 sees them.
void refuse_inline_values(CLI::App const& app, std::vector<std::string> const& args) {
    CLI::App const* sub = nullptr;  // the command, once met
    for (auto const& a : args) {
        if (a == "--") return;
        for (CLI::App const* s : app.get_subcommands({}))
            if (!sub && s->get_name() == a) sub = s;
        std::size_t const eq = a.find('=');
        if (!a.starts_with("--") || eq == std::string::npos) continue;
        std::string const name = a.substr(0, eq);
        if (eq + 1 == a.size()) throw UsageError(name + " needs a value, not an empty one");
        CLI::Option const* opt = sub ? sub->get_option_no_throw(name) : nullptr;
        if (opt && opt->get_items_expected_max() == 0) throw UsageError(name + " takes no value");
    }
}

// --select S with --ignore entries that drop every code S selects would keep nothing: refused,
// naming both, rather than run a check that cannot report anything.
void refuse_empty_selection(Options const& o) {
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
        throw UsageError("--select " + s + " keeps no finding: --ignore " + list + " drops every code it selects");
    }
}

// What no single option says: a PATH is needed, check --format html is the card.
void check_whole(Options& o) {
    refuse_empty_selection(o);
    if (o.command == Command::rules) return;
    if (o.paths.empty())
        throw UsageError(name_of(o.command) + " needs at least one PATH (a file, a folder or -)");
    if (o.format == OutputFormat::html && o.command == Command::check) o.command = Command::html;
}

// Parses `args` (without the program name) into `o`; throws CLI::ParseError on a usage error
// (UsageError for ours), CLI::CallForHelp for --help.
void parse_into(Options& o, std::vector<std::string> args) {
    CLI::App app{"", "govinfo"};
    std::vector<Declaring> declared;
    declare(app, o, declared);
    refuse_inline_values(app, args);
    std::reverse(args.begin(), args.end());  // CLI11 takes them from the back
    try {
        app.parse(args);
    } catch (CLI::CallForHelp const&) {
        auto const chosen = app.get_subcommands();
        o.help_for = chosen.empty() ? Command::help : o.command;
        return;
    }
    auto const chosen = app.get_subcommands();
    if (chosen.empty()) {
        auto const extras = app.remaining();
        if (!extras.empty() && extras.front().starts_with("-"))
            throw UsageError("unknown option '" + option_of(extras.front()) + "'");
        if (!extras.empty()) throw UsageError("unknown command '" + extras.front() + "'");
        if (o.command != Command::version) o.command = Command::help;
        return;
    }
    CLI::App const& sub = *chosen.front();
    refuse_extras(app, sub, sub.remaining());
    refuse_repeated(sub);
    check_whole(o);
}

}  // namespace

std::string help_text(Command c) {
    Options o;
    CLI::App app{"", "govinfo"};
    std::vector<Declaring> declared;
    declare(app, o, declared);
    for (auto const& d : declared)
        if (d.app->get_name() == name_of(c)) return d.app->help("govinfo");
    return app.help();
}

std::optional<Options> parse_options(int argc, char const* const* argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(help_text(Command::help).c_str(), stderr);
        return std::nullopt;
    }
    if (args.front() == "help") args.front() = "--help";
    Options o;
    try {
        parse_into(o, std::move(args));
    } catch (CLI::ParseError const& e) {
        std::fprintf(stderr, "govinfo: error: %s (see govinfo --help)\n", e.what());
        return std::nullopt;
    }
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
