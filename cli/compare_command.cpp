// govinfo compare and govinfo indicators (compare_command.hpp).
#include "compare_command.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <optional>
#include <vector>

#include <govinfo/batch.hpp>
#include <govinfo/compare.hpp>
#include <govinfo/indicators.hpp>
#include <govinfo/labels.hpp>

#include "file_walk.hpp"
#include "terminal.hpp"

namespace govinfo::cli {
namespace {

ParseOptions parse_options_of(Options const& o, std::string source = {}) {
    ParseOptions po;
    if (o.max_bytes) po.max_input_bytes = o.max_bytes;
    po.source_name = std::move(source);
    return po;
}

// Every report of a file ("-": standard input); nullopt after saying on stderr why there is none.
std::optional<std::vector<Report>> read_reports(Options const& o, std::string const& path) {
    FileResult r;
    if (path == "-") {
        std::string input(std::istreambuf_iterator<char>(std::cin), {});
        auto parsed = try_parse(input, parse_options_of(o, "-"));
        if (parsed) r.reports = std::move(parsed->reports), r.diagnostics = std::move(parsed->diagnostics);
        else r.error = parsed.error();
    } else {
        r = parse_one(path, parse_options_of(o));
    }
    if (r.error) {
        auto e = *r.error;
        if (e.file.empty()) e.file = path;
        std::fprintf(stderr, "%s\n", e.to_string().c_str());
        return std::nullopt;
    }
    for (auto const& d : r.diagnostics)
        if (selected(o, d.code))
            std::fprintf(stderr, "%s:%u: %s: %s\n", path.c_str(), d.line,
                         std::string(id(d.code)).c_str(), d.message.c_str());
    return std::move(r.reports);
}

std::string years_of(std::vector<Report> const& reports) {
    std::string out;
    for (auto const& r : reports)
        out += (out.empty() ? "" : ", ") + (r.year ? std::to_string(*r.year) : std::string("?"));
    return out;
}

// The one report of `path` to compare, chosen by `year` when the file holds several.
std::optional<Report> choose(Options const& o, std::string const& path, std::optional<int> year,
                             char const* option) {
    auto reports = read_reports(o, path);
    if (!reports) return std::nullopt;
    if (reports->empty()) {
        std::fprintf(stderr, "%s: error: no report found\n", path.c_str());
        return std::nullopt;
    }
    std::vector<Report*> matching;
    for (auto& r : *reports)
        if (!year || r.year == year) matching.push_back(&r);
    if (matching.size() == 1) return std::move(*matching.front());
    if (matching.empty())
        std::fprintf(stderr, "%s: error: no report of %d (the file holds %s)\n", path.c_str(), *year,
                     years_of(*reports).c_str());
    else
        std::fprintf(stderr, "%s: error: %zu reports (%s); choose one with %s YEAR\n", path.c_str(),
                     matching.size(), years_of(*reports).c_str(), option);
    return std::nullopt;
}

// Writes the whole output; false (after a message on stderr) when it could not be written.
bool write_out(Options const& o, std::string const& text) {
    std::FILE* out = o.output.empty() ? stdout : std::fopen(o.output.c_str(), "wb");
    char const* name = o.output.empty() ? "standard output" : o.output.c_str();
    if (!out) {
        std::fprintf(stderr, "%s: error: cannot write: %s\n", name, std::strerror(errno));
        return false;
    }
    bool ok = std::fwrite(text.data(), 1, text.size(), out) == text.size();
    ok = (out == stdout ? std::fflush(out) == 0 : std::fclose(out) == 0) && ok;
    if (!ok) std::fprintf(stderr, "%s: error: cannot write: %s\n", name, std::strerror(errno));
    return ok;
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

}  // namespace

int run_compare(Options const& o) {
    std::string const& old_path = o.paths.front();
    std::string const& new_path = o.paths.size() > 1 ? o.paths[1] : o.paths.front();
    auto old_report = choose(o, old_path, o.old_year, "--old-year");
    auto new_report = choose(o, new_path, o.new_year, "--new-year");
    if (!old_report || !new_report) return 2;
    Comparison c = compare(*old_report, *new_report);
    std::erase_if(c.findings, [&](Finding const& f) { return !selected(o, f.code); });
    std::string const text = o.format == OutputFormat::json   ? to_json(c, {.pretty = true})
                             : o.format == OutputFormat::html ? to_html(c)
                                                              : to_text(c);
    if (!write_out(o, text)) return 2;
    for (auto const& f : c.findings)
        if (fails(o, f.severity)) return 1;
    return 0;
}

int run_indicators(Options const& o) {
    std::vector<Report> reports;
    bool unreadable = false;
    for (auto const& p : o.paths) {
        if (p != "-") continue;
        auto r = read_reports(o, "-");
        if (!r) unreadable = true;
        else for (auto& x : *r) reports.push_back(std::move(x));
    }
    FileWalk walk(o.paths, stderr);
    std::vector<std::filesystem::path> files;
    while (auto p = walk.next()) files.push_back(std::move(*p));
    parse_stream(files, o.jobs, parse_options_of(o), [&](FileResult&& r) {
        std::string const source = r.path.string();
        if (r.error) {
            auto e = *r.error;
            if (e.file.empty()) e.file = source;
            std::fprintf(stderr, "%s\n", e.to_string().c_str());
            unreadable = true;
            return;
        }
        for (auto const& d : r.diagnostics)  // about the file as a whole, as check prints them
            std::fprintf(stderr, "%s:%u: %s: %s\n", source.c_str(), d.line,
                         std::string(id(d.code)).c_str(), d.message.c_str());
        for (auto& x : r.reports) reports.push_back(std::move(x));
    });
    unreadable = unreadable || walk.unreadable();
    auto const rows = indicators(reports);
    std::string const text = o.format == OutputFormat::json  ? to_json(rows, {.pretty = true})
                             : o.format == OutputFormat::csv ? indicators_csv(rows)
                                                             : indicators_text(rows);
    if (!write_out(o, text)) return 2;
    return unreadable ? 2 : 0;
}

std::string compare_help() {
    return R"(usage: govinfo compare [options] OLD [NEW]

Compares a report with the previous year's report of the same agency: every table cell side by
side with its change (absolute and relative; blank stays blank), the cross-year findings
(carry-over, documents in force, section copied from last year, last year's problems repeated),
the section checks of the new report, and for each section 一 … 六 how much of its text is
unchanged (similarity, sentences kept word for word, added and dropped; numbers and dates do not
count). Across the 2020→2021 format change only the cells both formats share are compared; the
others are listed as not comparable. OLD and NEW are report files; when a file holds several
reports, --old-year and --new-year choose them (one file may give both). docs/compare.md.

options:
  --format FMT        text (default), json or html (one page: the two reports side by side)
  -o, --output FILE   write there instead of standard output
  --old-year YEAR     the report of YEAR in OLD
  --new-year YEAR     the report of YEAR in NEW
  --fail-on LEVEL     error (default), warning, info or never: exit 1 when a finding at or above
                      LEVEL was reported
  --select, --ignore  filter the findings as for check
  --max-bytes N       refuse an input larger than N bytes as unreadable

exit status: 0 compared, 1 a finding at or above --fail-on, 2 usage error, unreadable input or
no report to compare

examples:
  govinfo compare report-2022.txt report-2023.txt
  govinfo compare --old-year 2022 --new-year 2023 examples/reports/002_6174489a5f7162cb.txt
  govinfo compare --format html -o compare.html report-2020.html report-2021.html
)";
}

std::string indicators_help() {
    return R"(usage: govinfo indicators [options] PATH...

Prints the measures evaluators use, one row per report: applications received and their change
from the same agency's report of the year before (when the batch holds it), the shares disclosed,
withheld (and by reason), not held and carried forward, the share of review and litigation cases
that corrected the agency, and the Article 20 counts. Rates are exact; a rate whose inputs are
blank or "/" is missing, never 0. docs/indicators.md gives every formula.

options:
  --format FMT        text (default), csv (every measure, with numerators and denominators) or json
  -o, --output FILE   write there instead of standard output
  -j, --jobs N        parse N files in parallel
  --max-bytes N       refuse an input larger than N bytes as unreadable

exit status: 0 done, 2 usage error or unreadable input (the other files are still measured)

examples:
  govinfo indicators reports/
  govinfo indicators --format csv -o measures.csv reports/
)";
}

}  // namespace govinfo::cli
