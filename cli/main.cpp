// govinfo: parse, check and convert folders of 政府信息公开工作年度报告.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <govinfo/batch.hpp>
#include <govinfo/boilerplate.hpp>
#include <govinfo/file_walk.hpp>
#include <govinfo/labels.hpp>
#include <govinfo/series.hpp>
#include <govinfo/validate.hpp>
#include <govinfo/version.hpp>

#include "compare_command.hpp"
#include "escape.hpp"
#include "inputs.hpp"
#include "options.hpp"
#include "output_file.hpp"
#include "source_place.hpp"
#include "standard_input.hpp"
#include "outputs.hpp"
#include "terminal.hpp"

namespace fs = std::filesystem;
using namespace govinfo;
using namespace govinfo::cli;

namespace {

std::vector<Finding> filtered(Options const& o, std::vector<Finding> findings) {
    std::erase_if(findings, [&](Finding const& f) { return !selected(o, f.code); });
    return findings;
}

// Groups the held reports by agency (series.hpp: agency_key) and adds each cross-year finding to
// the report of its later year, so it is shown and counted with that report.
template <class Held>
void add_series_findings(Options const& o, std::vector<Held>& held) {
    std::map<std::string, std::vector<std::size_t>> by_agency;
    std::vector<std::string> order;
    for (std::size_t i = 0; i < held.size(); ++i) {
        std::string const key = agency_key(held[i].report.agency);
        if (key.empty()) continue;  // an unnamed agency matches nothing
        auto [it, fresh] = by_agency.try_emplace(key);
        if (fresh) order.push_back(key);
        it->second.push_back(i);
    }
    for (auto const& key : order) {
        auto const& members = by_agency[key];
        if (members.size() < 2) continue;
        std::vector<Report> reports;
        for (auto i : members) reports.push_back(held[i].report);
        Series series = make_series(std::move(reports), key);
        // Glued rows the neighbouring years settle (series.hpp): the decided report replaces
        // the held one, and its findings are made again.
        if (resolve_by_neighbouring_years(series) > 0)
            for (auto const& r : series.reports)
                for (auto i : members)
                    if (held[i].report.source == r.source && held[i].report.year == r.year &&
                        held[i].report.first_line == r.first_line) {
                        held[i].report = r;
                        held[i].findings = filtered(o, check(r));
                    }
        auto found = validate_series(series);
        auto text = check_series_sections(series);  // section copied, problems repeated
        found.insert(found.end(), text.begin(), text.end());
        for (auto& f : filtered(o, std::move(found))) {
            // The later year's report carries the finding; one without a year goes to the first.
            std::size_t target = members.front();
            for (auto i : members)
                if (f.year && held[i].report.year == f.year) {
                    target = i;
                    break;
                }
            held[target].findings.push_back(std::move(f));
        }
    }
}

// Standard streams closed by the caller (`govinfo check - <&-`). Each closed one is reopened on
// /dev/null at once, so that no file the command opens later takes its number and gets read as
// standard input or written as standard output; what was closed is remembered and reported.
struct StandardStreams {
    bool in_closed = false;
    bool out_closed = false;
};

StandardStreams reserve_standard_streams() {
    StandardStreams s;
    bool closed[3] = {};
    for (int fd = 0; fd < 3; ++fd) {
        closed[fd] = ::fcntl(fd, F_GETFD) == -1 && errno == EBADF;
        if (closed[fd]) ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);  // lowest free: fd
    }
    s.in_closed = closed[0];
    s.out_closed = closed[1];
    return s;
}

// One line on stderr, escaped for the terminal; the progress bar is cleared first.
void say(Progress& progress, std::string const& line) {
    progress.finish();
    std::fprintf(stderr, "%s\n", terminal_safe(line).c_str());
}

// A file that gave no report is an input the run could not use: reported like an unreadable
// one (ErrorCode::no_report), saying whether it was empty.
Error no_report_error(FileResult const& r, std::string const& source) {
    Error e;
    e.code = ErrorCode::no_report;
    e.file = source;
    std::error_code ec;
    bool const empty = source != "-" && fs::file_size(r.path, ec) == 0 && !ec;
    e.message = empty ? "empty file: no report found" : "no report found";
    // What else the reader said (a scanned PDF, say); parse_no_report only repeats the above.
    for (auto const& d : r.diagnostics)
        if (d.code != FindingCode::parse_table_missing && d.code != FindingCode::parse_no_report)
            e.message += "; " + d.message;
    return e;
}

// What the run met, for the exit status and the closing lines.
struct Tally {
    std::size_t reports = 0, unreadable = 0, skipped = 0;
    bool failed = false;  // a finding at or above --fail-on
};

// Takes every input's outcome, in input order, to stderr and to the writer, and counts it.
class Batch {
public:
    // `output_on_terminal`: the output shares the terminal with the progress bar, which is
    // cleared before each report is written, or its rows would start after the bar's text.
    Batch(Options const& o, Writer& writer, Progress& progress, bool output_on_terminal)
        : o_(o), writer_(writer), progress_(progress), output_on_terminal_(output_on_terminal) {}

    void parsed(FileResult&& r, std::string const& source) {
        if (r.error) return unreadable(source, *r.error);
        if (r.reports.empty()) return unreadable(source, no_report_error(r, source));
        for (auto const& d : filtered(o_, r.diagnostics))
            say(progress_, source_place(source, d.line, d.page) + ": " + std::string(id(d.code)) +
                               ": " + d.message);
        tally_.reports += r.reports.size();
        bool const converting = o_.command == Command::convert;
        for (auto& report : r.reports) {
            auto findings = converting ? std::vector<Finding>{} : filtered(o_, check(report));
            if (o_.series)
                held_.push_back({source, std::move(report), std::move(findings)});
            else
                emit(source, report, std::move(findings));
        }
    }

    // What the walk did not read.
    void walked(WalkItem const& item) {
        std::string const source = item.path.string();
        if (item.kind == WalkItem::Kind::unreadable) {
            Error e;
            e.code = ErrorCode::io_error;
            e.message = item.reason;
            return unreadable(source, std::move(e));
        }
        ++tally_.skipped;
        if (!o_.quiet) say(progress_, source + ": skipped: " + item.reason);
        writer_.skipped(source, item.reason);
    }

    // --series needs every report before it can compare years, so it held them until now;
    // otherwise each report went to the writer as soon as its file was parsed.
    Tally const& finish() {
        if (!held_.empty()) {
            if (o_.command == Command::convert) {
                // Data only: the glued rows the neighbouring years settle, no findings.
                std::vector<Report> reports;
                for (auto& h : held_) reports.push_back(std::move(h.report));
                resolve_by_neighbouring_years(reports);
                for (std::size_t i = 0; i < held_.size(); ++i)
                    held_[i].report = std::move(reports[i]);
            } else {
                add_series_findings(o_, held_);
            }
            for (auto& h : held_) emit(h.source, h.report, std::move(h.findings));
            held_.clear();
        }
        return tally_;
    }

private:
    struct Held {
        std::string source;
        Report report;
        std::vector<Finding> findings;
    };
    void emit(std::string const& source, Report const& report, std::vector<Finding> findings) {
        for (auto const& f : findings) tally_.failed = tally_.failed || fails(o_, f.severity);
        if (output_on_terminal_) progress_.finish();
        writer_.report(source, report, findings);
    }
    void unreadable(std::string const& source, Error e) {
        if (e.file.empty()) e.file = source;
        say(progress_, e.to_string());
        writer_.unreadable(source, e);
        ++tally_.unreadable;
    }

    Options const& o_;
    Writer& writer_;
    Progress& progress_;
    bool output_on_terminal_;
    Tally tally_;
    std::vector<Held> held_;
};

// Files go to parse_stream in batches as the walk finds them, so neither the list of a huge
// folder nor its results are held. What the walk did not read goes to `walked` in its place in
// the walk's order, between the results of the files around it.
void walk_and_parse(FileWalk& walk, unsigned jobs, ParseOptions const& options,
                    std::function<void(FileResult&&)> const& parsed,
                    std::function<void(WalkItem const&)> const& walked) {
    constexpr std::size_t batch = 1024;  // parse_stream drains at the end of each: keep it long
    std::vector<WalkItem> items;
    std::vector<fs::path> files;
    std::vector<std::size_t> item_of_file;
    for (;;) {
        items.clear(), files.clear(), item_of_file.clear();
        while (files.size() < batch && items.size() < 4 * batch) {
            auto item = walk.next();
            if (!item) break;
            if (item->kind == WalkItem::Kind::file) {
                item_of_file.push_back(items.size());
                files.push_back(item->path);
            }
            items.push_back(std::move(*item));
        }
        if (items.empty()) return;
        std::size_t done = 0, k = 0;  // items[0, done) are handed on; k files came back
        auto walked_until = [&](std::size_t end) {
            for (; done < end; ++done)
                if (items[done].kind != WalkItem::Kind::file) walked(items[done]);
        };
        parse_stream(files, jobs, options, [&](FileResult&& r) {
            std::size_t const at = item_of_file[k++];
            walked_until(at);
            done = at + 1;
            parsed(std::move(r));
        });
        walked_until(items.size());
    }
}

// Runs check, html or convert over every input; returns the exit status.
int run(Options const& o, StandardStreams const& streams) {
    if (o.output.empty() && streams.out_closed)
        throw WriteError("standard output is closed: nothing can be written (give -o FILE)");
    if (auto clash = output_clash(o.output, o.paths)) {
        std::fprintf(stderr, "govinfo: error: %s\n", terminal_safe(*clash).c_str());
        return 2;
    }
    OutputFile out(o.output);
    auto writer = o.command == Command::convert ? make_convert_writer(o, out)
                                                : make_check_writer(o, out);
    bool const show_progress = !o.quiet && is_terminal(stderr);
    Progress progress(show_progress ? count_report_files(o.paths) : 0, show_progress);
    Batch batch(o, *writer, progress, out.on_terminal());

    if (std::find(o.paths.begin(), o.paths.end(), "-") != o.paths.end())
        batch.parsed(read_standard_input(o, streams.in_closed), "-");
    std::vector<fs::path> own;  // passed over by the walk
    if (!out.temporary().empty()) own = {fs::path(o.output), out.temporary()};
    FileWalk walk(walk_inputs(o.paths), own);
    walk_and_parse(
        walk, o.jobs, parse_options_of(o),
        [&](FileResult&& r) {
            // The bar is drawn after the file's rows, so it stays below them while the next file
            // is read.
            std::string const source = r.path.string();
            batch.parsed(std::move(r), source);
            progress.step(terminal_safe(source));
        },
        [&](WalkItem const& item) { batch.walked(item); });
    progress.finish();
    Tally const& tally = batch.finish();
    writer->finish();
    out.commit();

    if (o.quiet && tally.skipped)
        std::fprintf(stderr, "govinfo: %zu files skipped; without -q each is listed with its reason\n",
                     tally.skipped);
    if (tally.reports == 0) {
        std::fprintf(stderr, "govinfo: error: no report found in the input given\n");
        return 2;
    }
    if (tally.unreadable) return 2;
    return tally.failed ? 1 : 0;
}

// rules, help and version write to standard output through OutputFile too, so a closed or full
// standard output is an error there as well.
int print(Options const& o, StandardStreams const& streams, std::string const& text) {
    if (o.output.empty() && streams.out_closed)
        throw WriteError("standard output is closed: nothing can be written");
    OutputFile out(o.output);
    if (o.command == Command::rules && !o.help_for) write_rules(o.format, out);
    else out.write(text);
    out.commit();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    StandardStreams const streams = reserve_standard_streams();
    auto options = parse_options(argc, argv);
    if (!options) return 2;
    Options const& o = *options;
    try {
        if (o.help_for) return print(o, streams, help_text(*o.help_for));
        switch (o.command) {
            case Command::help: return print(o, streams, help_text(Command::help));
            case Command::version: return print(o, streams, "govinfo " + std::string(govinfo::version) + "\n");
            case Command::rules: return print(o, streams, {});
            case Command::check:
            case Command::convert:
            case Command::html: return run(o, streams);
            case Command::compare: return run_compare(o, streams.in_closed, streams.out_closed);
            case Command::indicators:
                return run_indicators(o, streams.in_closed, streams.out_closed);
        }
    } catch (std::exception const& e) {
        std::fprintf(stderr, "govinfo: error: %s\n", terminal_safe(e.what()).c_str());
        return 2;
    }
    return 2;
}
