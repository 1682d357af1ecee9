// govinfo compare and govinfo indicators (compare_command.hpp). Input is read and output written
// as check does: bounded reading, every problem one line on stderr, output through OutputFile.
#include "compare_command.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <vector>

#include <govinfo/batch.hpp>
#include <govinfo/compare.hpp>
#include <govinfo/file_walk.hpp>
#include <govinfo/indicators.hpp>
#include <govinfo/labels.hpp>

#include "escape.hpp"
#include "inputs.hpp"
#include "output_file.hpp"
#include "source_place.hpp"
#include "standard_input.hpp"
#include "terminal.hpp"

namespace govinfo::cli {
namespace {

void say(std::string const& line) { std::fprintf(stderr, "%s\n", terminal_safe(line).c_str()); }

// Text for a terminal, line by line: the line breaks stay, whatever a line holds is escaped.
std::string lines_safe(std::string_view text) {
    std::string out;
    while (!text.empty()) {
        std::size_t const nl = text.find('\n');
        out += terminal_safe(text.substr(0, nl));
        if (nl == std::string_view::npos) break;
        out += '\n';
        text.remove_prefix(nl + 1);
    }
    return out;
}

// The reports of one input; false after saying on stderr why there are none.
bool take(Options const& o, FileResult&& r, std::string const& source, std::vector<Report>& into) {
    if (r.error) {
        Error e = *r.error;
        if (e.file.empty()) e.file = source;
        say(e.to_string());
        return false;
    }
    for (auto const& d : r.diagnostics)  // about the input as a whole, as check prints them
        if (selected(o, d.code))
            say(source_place(source, d.line, d.page) + ": " + std::string(id(d.code)) + ": " +
                d.message);
    if (r.reports.empty()) {
        say(source + ": no_report: no report found");
        return false;
    }
    for (auto& x : r.reports) into.push_back(std::move(x));
    return true;
}

std::string years_of(std::vector<Report> const& reports) {
    std::string out;
    for (auto const& r : reports)
        out += (out.empty() ? "" : ", ") + (r.year ? std::to_string(*r.year) : std::string("?"));
    return out;
}

// The one report of `path` to compare, chosen by `year` when the file holds several.
std::optional<Report> choose(Options const& o, std::string const& path, std::optional<int> year,
                             char const* option, bool stdin_closed) {
    std::vector<Report> reports;
    FileResult r = path == "-" ? read_standard_input(o, stdin_closed) : parse_one(path, parse_options_of(o));
    if (!take(o, std::move(r), path, reports)) return std::nullopt;
    std::vector<Report*> matching;
    for (auto& x : reports)
        if (!year || x.year == year) matching.push_back(&x);
    if (matching.size() == 1) return std::move(*matching.front());
    if (matching.empty())
        say(path + ": error: no report of " + std::to_string(*year) + " (the file holds " +
            years_of(reports) + ")");
    else
        say(path + ": error: " + std::to_string(matching.size()) + " reports (" +
            years_of(reports) + "); choose one with " + option + " YEAR");
    return std::nullopt;
}

// Writes `text` where -o says, through OutputFile (WriteError when it cannot); false when the
// output would overwrite or feed an input.
bool write_out(Options const& o, bool stdout_closed, std::string const& text) {
    if (o.output.empty() && stdout_closed)
        throw WriteError("standard output is closed: nothing can be written (give -o FILE)");
    if (auto clash = output_clash(o.output, o.paths)) {
        say("govinfo: error: " + *clash);
        return false;
    }
    OutputFile out(o.output);
    out.write(text);
    out.commit();
    return true;
}

std::string indicators_text(std::vector<Indicators> const& rows) {
    auto count = [](CountMeasure const& m, bool sign) {
        if (!m.value) return std::string("—");
        return (sign && *m.value > 0 ? "+" : "") + std::to_string(*m.value);
    };
    auto share = [](RateMeasure const& m) {
        auto const v = m.value();
        return v ? v->percent() : std::string("—");
    };
    std::string out = fit("机关", 28) + " " + fit("年度", 5) + " " + fit("新收", 7) + " " +
                      fit("增减", 7) + " " + fit("公开率", 8) + " " + fit("不予公开", 8) + " " +
                      fit("不掌握", 8) + " " + fit("结转", 8) + " " + fit("复议纠错", 8) + " " +
                      "诉讼纠错\n";
    for (auto const& m : rows)
        out += fit(m.agency.empty() ? m.source : m.agency, 28) + " " +
               fit(m.year ? std::to_string(*m.year) : "?", 5) + " " + fit(count(m.received, false), 7) +
               " " + fit(count(m.received_change, true), 7) + " " + fit(share(m.disclosed_share), 8) +
               " " + fit(share(m.withheld_share), 8) + " " + fit(share(m.not_held_share), 8) + " " +
               fit(share(m.carried_forward_share), 8) + " " + fit(share(m.review_corrected_share), 8) +
               " " + share(m.litigation_corrected_share) + "\n";
    return out + "— 无法计算（输入空白、“/”或分母为 0；--format csv 或 json 给出原因与分子分母）\n";
}

// Every input of the walk, parsed; what was skipped or could not be read is said on stderr.
// Returns false when an input could not be used.
bool read_all(Options const& o, bool stdin_closed, std::vector<Report>& reports) {
    bool ok = true;
    if (std::find(o.paths.begin(), o.paths.end(), "-") != o.paths.end())
        ok = take(o, read_standard_input(o, stdin_closed), "-", reports) && ok;
    std::vector<std::filesystem::path> own;
    if (!o.output.empty()) own.emplace_back(o.output);
    FileWalk walk(walk_inputs(o.paths), own);
    std::vector<std::filesystem::path> files;
    std::size_t skipped = 0;
    while (auto item = walk.next()) {
        std::string const source = item->path.string();
        if (item->kind == WalkItem::Kind::file) files.push_back(item->path);
        else if (item->kind == WalkItem::Kind::unreadable) say(source + ": " + item->reason), ok = false;
        else if (++skipped, !o.quiet) say(source + ": skipped: " + item->reason);
    }
    if (o.quiet && skipped)
        say("govinfo: " + std::to_string(skipped) +
            " files skipped; without -q each is listed with its reason");
    parse_stream(files, o.jobs, parse_options_of(o), [&](FileResult&& r) {
        std::string const source = r.path.string();
        ok = take(o, std::move(r), source, reports) && ok;
    });
    return ok;
}

}  // namespace

int run_compare(Options const& o, bool stdin_closed, bool stdout_closed) {
    std::string const& old_path = o.paths.front();
    std::string const& new_path = o.paths.size() > 1 ? o.paths[1] : o.paths.front();
    auto old_report = choose(o, old_path, o.old_year, "--old-year", stdin_closed);
    auto new_report = choose(o, new_path, o.new_year, "--new-year", stdin_closed);
    if (!old_report || !new_report) return 2;
    Comparison c = compare(*old_report, *new_report);
    std::erase_if(c.findings, [&](Finding const& f) { return !selected(o, f.code); });
    std::string const text = o.format == OutputFormat::json   ? to_json(c, {.pretty = true})
                             : o.format == OutputFormat::html ? to_html(c)
                                                              : to_text(c);
    if (!write_out(o, stdout_closed, o.format == OutputFormat::text ? lines_safe(text) : text))
        return 2;
    for (auto const& f : c.findings)
        if (fails(o, f.severity)) return 1;
    return 0;
}

int run_indicators(Options const& o, bool stdin_closed, bool stdout_closed) {
    std::vector<Report> reports;
    bool const ok = read_all(o, stdin_closed, reports);
    if (reports.empty()) {
        say("govinfo: error: no report found in the input given");
        return 2;
    }
    auto const rows = indicators(reports);
    std::string const text = o.format == OutputFormat::json  ? to_json(rows, {.pretty = true})
                             : o.format == OutputFormat::csv ? indicators_csv(rows)
                                                             : lines_safe(indicators_text(rows));
    if (!write_out(o, stdout_closed, text)) return 2;
    return ok ? 0 : 2;
}

}  // namespace govinfo::cli
