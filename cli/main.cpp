// govinfo: parse, check and convert folders of 政府信息公开工作年度报告.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include <govinfo/batch.hpp>
#include <govinfo/boilerplate.hpp>
#include <govinfo/labels.hpp>
#include <govinfo/series.hpp>
#include <govinfo/validate.hpp>

#include "compare_command.hpp"
#include "file_walk.hpp"
#include "options.hpp"
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

ParseOptions parse_options_of(Options const& o) {
    ParseOptions po;
    if (o.max_bytes) po.max_input_bytes = o.max_bytes;
    return po;
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
        Series const series = make_series(std::move(reports), key);
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

// Runs check, html or convert over every input; returns the exit status.
int run(Options const& o) {
    bool unreadable = false;
    bool const read_stdin = std::find(o.paths.begin(), o.paths.end(), "-") != o.paths.end();

    std::FILE* out = stdout;
    if (!o.output.empty()) {
        out = std::fopen(o.output.c_str(), "wb");
        if (!out) {
            std::fprintf(stderr, "%s: error: cannot write: %s\n", o.output.c_str(), std::strerror(errno));
            return 2;
        }
    }
    bool const converting = o.command == Command::convert;
    auto writer = converting ? make_convert_writer(o, out) : make_check_writer(o, out);
    bool failed = false;

    // --series needs every report before it can compare years, so it holds them; otherwise each
    // report goes to the writer as soon as its file is parsed.
    struct Held {
        std::string source;
        Report report;
        std::vector<Finding> findings;
    };
    std::vector<Held> held;
    auto emit = [&](std::string const& source, Report const& report, std::vector<Finding> findings) {
        for (auto const& f : findings) failed = failed || fails(o, f.severity);
        writer->report(source, report, findings);
    };

    auto handle = [&](FileResult&& r, std::string const& source) {
        if (r.error) {
            auto e = *r.error;
            if (e.file.empty()) e.file = source;
            std::fprintf(stderr, "%s\n", e.to_string().c_str());
            writer->unreadable(source, e);
            unreadable = true;
            return;
        }
        for (auto const& d : filtered(o, r.diagnostics))
            std::fprintf(stderr, "%s:%u: %s: %s\n", source.c_str(), d.line,
                         std::string(id(d.code)).c_str(), d.message.c_str());
        for (auto& report : r.reports) {
            auto findings = converting ? std::vector<Finding>{} : filtered(o, check(report));
            if (o.series && !converting)
                held.push_back({source, std::move(report), std::move(findings)});
            else
                emit(source, report, std::move(findings));
        }
    };

    if (read_stdin) {
        std::string input(std::istreambuf_iterator<char>(std::cin), {});
        FileResult r;
        r.path = "-";
        ParseOptions po = parse_options_of(o);
        po.source_name = "-";
        auto parsed = try_parse(input, po);
        if (parsed) {
            r.reports = std::move(parsed->reports);
            r.diagnostics = std::move(parsed->diagnostics);
        } else {
            r.error = parsed.error();
        }
        handle(std::move(r), "-");
    }

    // Files go to parse_stream in batches as the walk finds them, so neither the list of a huge
    // folder nor its results are held. Only a progress bar needs the total, from a first pass.
    bool const show_progress = !o.quiet && is_terminal(stderr);
    Progress progress(show_progress ? count_report_files(o.paths) : 0, show_progress);
    FileWalk walk(o.paths, stderr);
    constexpr std::size_t batch = 1024;  // parse_stream drains at the end of each: keep it long
    std::vector<fs::path> files;
    for (;;) {
        files.clear();
        while (files.size() < batch) {
            auto p = walk.next();
            if (!p) break;
            files.push_back(std::move(*p));
        }
        if (files.empty()) break;
        parse_stream(files, o.jobs, parse_options_of(o), [&](FileResult&& r) {
            std::string const source = r.path.string();
            progress.step(source);
            handle(std::move(r), source);
        });
    }
    progress.finish();
    unreadable = unreadable || walk.unreadable();
    if (!held.empty()) {
        add_series_findings(o, held);
        for (auto& h : held) emit(h.source, h.report, std::move(h.findings));
    }
    writer->finish();
    if (out != stdout) std::fclose(out);
    if (unreadable) return 2;
    return failed ? 1 : 0;
}

int rules() {
    for (auto const& r : rule_catalogue())
        std::printf("%s  %s  %s: %s\n", fit(id(r.code), 28).c_str(), fit(id(r.severity), 7).c_str(),
                    std::string(r.title).c_str(), std::string(r.formula).c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    auto options = parse_options(argc, argv);
    if (!options) return 2;
    Options const& o = *options;
    if (o.help_for) {
        std::fputs(help_text(*o.help_for).c_str(), stdout);
        return 0;
    }
    try {
        switch (o.command) {
            case Command::help: std::fputs(help_text(Command::help).c_str(), stdout); return 0;
            case Command::version: std::printf("govinfo %s\n", GOVINFO_VERSION); return 0;
            case Command::rules: return rules();
            case Command::check:
            case Command::convert:
            case Command::html: return run(o);
            case Command::compare: return run_compare(o);
            case Command::indicators: return run_indicators(o);
        }
    } catch (std::exception const& e) {
        std::fprintf(stderr, "govinfo: error: %s\n", e.what());
        return 2;
    }
    return 2;
}
