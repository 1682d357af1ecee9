// govinfo_bench: how fast govinfo reads real reports, measured against a bare pass over the
// same bytes. Not a test: it prints figures and asserts nothing.
//
//   govinfo_bench [--mb N] [--repeat R] [--threads N] [--json] [REPORT_DIR_OR_FILE...]
//
// The bundled reports (examples/reports by default) are copied in memory until they fill --mb
// megabytes (default 100), so the figures come from text that does not sit in the CPU caches.
// Measured, each on one thread (best of --repeat runs):
//   parse+validate  govinfo::parse on every file, then govinfo::check on every report
//   bare pass       UTF-8 validation and splitting into lines (string_views) over the same bytes
//   JSON write      govinfo::to_json of the parsed reports, replicated to --mb of JSON
//   JSON read       govinfo::report_from_json of those documents
//   HTML reading    detail::html_to_text over the bundled .html report replicated to --mb
//   text toolkit    each piece of src/text/ over the same bytes: find_invalid_utf8 and the
//                   substring search over whole files, the normalisers over each line
//   scaling         parse time of inputs 4x, 16x and 64x a base size (more reports, one
//                   longer line, more HTML table rows): 4 between steps is linear, 16 quadratic
//   Word files      (builds that read DOCX) the .docx files of --docx DIR (tests/data/office by
//                   default), each read --docx-rounds times (default 50): files per second
//                   unpacked and parsed as XML only (libzip + pugixml, the floor of any DOCX
//                   reader), read into a Document, and parsed + validated
//   PDF             (built with GOVINFO_WITH_PDF) the PDF files of --pdf (default tests/data/office
//                   and tests/data/pdf) to checked reports, in pages per second per core, against
//                   poppler's own plain-text extraction (page::text()) of the same files, and
//                   against poppler's page::text_list() (the words and boxes govinfo starts from)
// With --threads N, the replicated files are also written to a temporary folder and read back
// with parse_many (parse only) and parse_stream + check in the sink (what `govinfo check` does)
// on 1 and on N threads.
//
// --json prints one line of JSON; otherwise a table. --profile runs only the parse+validate loop,
// so that `perf record` or callgrind see nothing else. --memory prints only the peak memory of
// parse + check + JSON over two inputs that repeat one finding a million times (issue 14): the
// base report with 1,000,000 lines holding "1" in its application table, and the base report
// on one line, 16,000 times over (50 MB); each runs in a child process of its own, whose peak
// resident set is the figure.
#include <govinfo/batch.hpp>
#include <govinfo/json.hpp>
#include <govinfo/narrative.hpp>
#include <govinfo/parse.hpp>
#include <govinfo/read_document.hpp>
#include <govinfo/validate.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parse/html.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"
#ifdef GOVINFO_BENCH_DOCX
#include "source/docx_xml.hpp"
#include "source/docx_zip.hpp"
#endif
#ifdef GOVINFO_BENCH_PDF
#include "pdf_bench.hpp"
#endif

#ifndef GOVINFO_BENCH_REPORTS
#define GOVINFO_BENCH_REPORTS "examples/reports"
#endif

namespace fs = std::filesystem;

namespace {

// Results feed this so the optimiser cannot drop the work being timed.
std::uint64_t volatile g_sink = 0;

struct Args {
    double mb = 100;
    int repeat = 1;
    unsigned threads = 0;
    bool json = false;
    bool profile = false;  // only the parse+validate loop, for perf or callgrind
    bool memory = false;   // only the peak memory of the repeated-finding inputs
    bool scaling = false;  // only the scaling figures
    std::vector<fs::path> inputs;
    fs::path docx;  // folder of .docx files
    int docx_rounds = 50;
    std::vector<fs::path> pdfs;  // --pdf: PDF files or folders
};

[[noreturn]] void usage(char const* why) {
    std::fprintf(stderr,
                 "govinfo_bench: %s\n"
                 "usage: govinfo_bench [--mb N] [--repeat R] [--threads N] [--json] [DIR_OR_FILE...]\n"
                 "  --mb N       replicate the reports to N megabytes (default 100)\n"
                 "  --repeat R   best of R runs for each figure (default 1)\n"
                 "  --threads N  also time parse_many/parse_stream on 1 and N threads over files\n"
                 "               written to a temporary folder\n"
                 "  --json       one line of JSON instead of a table\n"
                 "  --profile    run only the parse+validate loop (to run under perf or callgrind)\n"
                 "  --memory     only the peak memory of two inputs that repeat a finding\n"
                 "  --scaling    only the scaling figures (parse time of inputs 1x to 64x)\n"
                 "  --docx DIR   the Word files to time (default: tests/data/office)\n"
                 "  --docx-rounds N  read each Word file N times (default 50)\n"
                 "  --pdf PATH   a PDF file or folder for the PDF figures (repeatable; builds with PDF)\n"
                 "  inputs default to %s\n",
                 why, GOVINFO_BENCH_REPORTS);
    std::exit(2);
}

template <class T>
T number(char const* flag, char const* text) {
    T v{};
    std::string_view s = text ? text : "";
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc{} || p != s.data() + s.size() || !(v > T{}))
        usage((std::string(flag) + " needs a positive number").c_str());
    return v;
}

Args parse_args(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        std::string_view s = argv[i];
        char const* next = i + 1 < argc ? argv[i + 1] : nullptr;
        if (s == "--mb") a.mb = number<double>("--mb", next), ++i;
        else if (s == "--repeat") a.repeat = number<int>("--repeat", next), ++i;
        else if (s == "--threads") a.threads = number<unsigned>("--threads", next), ++i;
        else if (s == "--json") a.json = true;
        else if (s == "--profile") a.profile = true;
        else if (s == "--memory") a.memory = true;
        else if (s == "--scaling") a.scaling = true;
        else if (s == "--docx" && next) a.docx = next, ++i;
        else if (s == "--docx-rounds") a.docx_rounds = number<int>("--docx-rounds", next), ++i;
        else if (s == "--pdf" && next) a.pdfs.emplace_back(next), ++i;
        else if (s == "-h" || s == "--help") usage("benchmarks of govinfo");
        else if (s.starts_with("-")) usage(("unknown option " + std::string(s)).c_str());
        else a.inputs.emplace_back(s);
    }
    if (a.inputs.empty()) a.inputs.emplace_back(GOVINFO_BENCH_REPORTS);
    return a;
}

std::string read_file(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "govinfo_bench: cannot read %s\n", p.string().c_str());
        std::exit(2);
    }
    return std::string(std::istreambuf_iterator<char>(in), {});
}

struct Source {
    std::string name;
    std::string bytes;
};

// Every .txt and .html file of the inputs (folders are read one level deep), sorted by name.
std::vector<Source> load(std::vector<fs::path> const& inputs) {
    std::vector<fs::path> files;
    for (auto const& in : inputs) {
        if (fs::is_directory(in)) {
            for (auto const& e : fs::directory_iterator(in)) {
                auto ext = e.path().extension();
                if (e.is_regular_file() && (ext == ".txt" || ext == ".html" || ext == ".htm"))
                    files.push_back(e.path());
            }
        } else {
            files.push_back(in);
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<Source> out;
    for (auto const& f : files) out.push_back({f.filename().string(), read_file(f)});
    if (out.empty()) usage("no .txt or .html report in the inputs");
    return out;
}

// `pieces` copied one after another into a single buffer until it holds at least `bytes`;
// the views point at each copy. Copies (not the same few kilobytes again) keep the caches cold,
// as they are when a folder of reports is read.
struct Replica {
    std::string buffer;
    std::vector<std::string_view> items;
};
Replica replicate(std::vector<std::string_view> const& pieces, double mb) {
    std::size_t unit = 0;
    for (auto p : pieces) unit += p.size();
    std::size_t const want = static_cast<std::size_t>(mb * 1e6);
    std::size_t const rounds = unit == 0 ? 0 : std::max<std::size_t>(1, (want + unit - 1) / unit);
    Replica r;
    r.buffer.reserve(rounds * unit);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::size_t k = 0; k < rounds; ++k)
        for (auto p : pieces) {
            spans.emplace_back(r.buffer.size(), p.size());
            r.buffer.append(p);
        }
    for (auto [at, n] : spans) r.items.emplace_back(r.buffer.data() + at, n);
    return r;
}

// Wall time and this thread's CPU time of one run; the CPU time tells what one core does even
// when other processes share the machine.
struct Timing {
    double wall = 0, cpu = 0;
};
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
Timing best_of(int repeat, std::function<void()> const& fn) {
    Timing best{1e300, 1e300};
    for (int i = 0; i < repeat; ++i) {
        double const c0 = thread_cpu_seconds();
        auto const t0 = std::chrono::steady_clock::now();
        fn();
        auto const t1 = std::chrono::steady_clock::now();
        double const c1 = thread_cpu_seconds();
        best.wall = std::min(best.wall, std::chrono::duration<double>(t1 - t0).count());
        best.cpu = std::min(best.cpu, c1 - c0);
    }
    return best;
}

// ---- the bare pass: what any reader of these files must do at least ----

// Lines as views into the text (memchr for '\n', a trailing '\r' dropped), into a reused vector.
void split_lines(std::string_view text, std::vector<std::string_view>& lines) {
    lines.clear();
    std::size_t start = 0;
    while (start <= text.size()) {
        auto const* nl = static_cast<char const*>(
            std::memchr(text.data() + start, '\n', text.size() - start));
        std::size_t const end = nl ? static_cast<std::size_t>(nl - text.data()) : text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (!nl) break;
        start = end + 1;
    }
}

// ---- output ----

struct Figure {
    std::string key;     // JSON key
    double value;
    std::string label;   // table label; empty: JSON only
    std::string unit;
};

void print(std::vector<Figure> const& figures, bool json) {
    if (json) {
        std::string line = "{";
        for (auto const& f : figures) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.4g", f.value);
            if (line.size() > 1) line += ",";
            line += "\"" + f.key + "\":" + buf;
        }
        std::printf("%s}\n", line.c_str());
        return;
    }
    for (auto const& f : figures) {
        if (f.label.empty()) continue;
        std::printf("  %-44s %12.1f %s\n", f.label.c_str(), f.value, f.unit.c_str());
    }
}

// ---- the threads mode ----

struct TempDir {
    fs::path path;
    TempDir() {
        auto base = fs::temp_directory_path();
        for (int i = 0;; ++i) {
            path = base / ("govinfo_bench." + std::to_string(::getpid()) + "." + std::to_string(i));
            if (fs::create_directory(path)) break;
        }
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(TempDir const&) = delete;
    TempDir& operator=(TempDir const&) = delete;
};

void threads_mode(std::vector<Source> const& sources, Args const& a, std::vector<Figure>& out) {
    TempDir dir;
    std::vector<fs::path> paths;
    std::size_t bytes = 0, unit = 0;
    for (auto const& s : sources) unit += s.bytes.size();
    std::size_t const rounds = std::max<std::size_t>(1, static_cast<std::size_t>(a.mb * 1e6) / unit + 1);
    for (std::size_t k = 0; k < rounds; ++k)
        for (auto const& s : sources) {
            char prefix[32];
            std::snprintf(prefix, sizeof prefix, "%06zu_", k);
            paths.push_back(dir.path / (prefix + s.name));
            std::ofstream(paths.back(), std::ios::binary).write(s.bytes.data(),
                                                                static_cast<std::streamsize>(s.bytes.size()));
            bytes += s.bytes.size();
        }
    double const mb = static_cast<double>(bytes) / 1e6;
    if (!a.json)
        std::printf("threads: %zu files, %.1f MB in %s (from the page cache)\n", paths.size(), mb,
                    dir.path.string().c_str());

    auto many = [&](unsigned threads) {
        return best_of(a.repeat, [&] {
            auto results = govinfo::parse_many(paths, threads);
            std::uint64_t n = 0;
            for (auto const& r : results) n += r.reports.size();
            g_sink = g_sink + n;
        });
    };
    auto stream_check = [&](unsigned threads) {
        return best_of(a.repeat, [&] {
            std::uint64_t n = 0;
            govinfo::parse_stream(paths, threads, {}, [&](govinfo::FileResult&& r) {
                for (auto const& report : r.reports) n += govinfo::check(report).size();
            });
            g_sink = g_sink + n;
        });
    };
    std::string const tn = std::to_string(a.threads);
    Timing const m1 = many(1), mn = many(a.threads);
    Timing const s1 = stream_check(1), sn = stream_check(a.threads);
    out.push_back({"parse_many_1t_mb_per_s", mb / m1.wall, "parse_many, 1 thread", "MB/s"});
    out.push_back({"parse_many_" + tn + "t_mb_per_s", mb / mn.wall, "parse_many, " + tn + " threads", "MB/s"});
    out.push_back({"parse_many_speedup", m1.wall / mn.wall, "  speed-up", "x"});
    out.push_back({"stream_check_1t_mb_per_s", mb / s1.wall, "parse_stream + check in sink, 1 thread", "MB/s"});
    out.push_back({"stream_check_" + tn + "t_mb_per_s", mb / sn.wall,
                   "parse_stream + check in sink, " + tn + " threads", "MB/s"});
    out.push_back({"stream_check_speedup", s1.wall / sn.wall, "  speed-up", "x"});
}

// ---- scaling: parse time must grow linearly with the input ----

// Parse time at 1x, 4x, 16x and 64x of an input made by `make(factor)`, best of five runs each
// (small inputs are noisy); each figure is one step's time over the step before (linear: 4,
// quadratic: 16). This was once a test; timing belongs here, and the tests check that such
// inputs parse fully. Above a few megabytes of findings glibc's malloc serves the growing
// vectors from fresh mmap'd pages, so a step that crosses that size shows page faults, not
// the parser (docs/performance.md).
void scaling_figure(std::string const& key, std::string const& what,
                    std::function<std::string(int)> const& make, int repeat,
                    std::vector<Figure>& out) {
    int const factors[4] = {1, 4, 16, 64};
    Timing t[4] = {};
    for (int i = 0; i < 4; ++i) {
        std::string const input = make(factors[i]);
        t[i] = best_of(std::max(repeat, 5), [&] {
                   g_sink = g_sink + govinfo::parse(input).reports.size();
               });
    }
    for (int i = 1; i < 4; ++i) {
        std::string const step = std::to_string(factors[i]) + "x_over_" + std::to_string(factors[i - 1]) + "x";
        std::string const words =
            what + ", " + std::to_string(factors[i]) + "x over " + std::to_string(factors[i - 1]) + "x";
        out.push_back({key + "_" + step, t[i].wall / t[i - 1].wall, words, "x (linear 4)"});
        // CPU time of the parsing thread: what other processes on a shared machine do not move.
        out.push_back({key + "_" + step + "_cpu", t[i].cpu / t[i - 1].cpu, words + " (CPU)",
                       "x (linear 4)"});
    }
}

void scaling_mode(std::vector<Source> const& sources, Args const& a, std::vector<Figure>& out) {
    std::string const* text = nullptr;
    for (auto const& s : sources)
        if (!govinfo::detail::looks_like_html(s.bytes)) { text = &s.bytes; break; }
    if (text != nullptr) {
        scaling_figure("scaling_reports", "parse time, 20 reports in one input", [&](int f) {
            std::string input;
            for (int i = 0; i < 20 * f; ++i) input += *text;
            return input;
        }, a.repeat, out);
        // One report whose first line grows: the line is split, searched for sections and for
        // glued digits, so a quadratic scan shows here.
        std::size_t const eol = std::min(text->find('\n'), text->size());
        scaling_figure("scaling_line", "parse time, 1000 sentences on one line", [&](int f) {
            std::string input = text->substr(0, eol);
            for (int i = 0; i < 1000 * f; ++i) input += "全年公开信息12条，其中规章3件。";
            return input + text->substr(eol);
        }, a.repeat, out);
    }
    scaling_figure("scaling_html_rows", "parse time, 1000 HTML table rows", [](int f) {
        std::string input = "<html><body><p>二、主动公开政府信息情况</p><table>";
        for (int i = 0; i < 1000 * f; ++i)
            input += "<tr><td>行政许可</td><td>1</td><td>&nbsp;</td><td colspan=\"3\">2</td></tr>\n";
        return input + "</table></body></html>";
    }, a.repeat, out);
}

// ---- memory: findings that repeat must not grow without bound ----

// How many findings a list stands for: each finding counts its folded repeats where the
// library folds them (Finding::occurrences), else one.
template <class F>
std::uint64_t occurrences(std::vector<F> const& findings) {
    std::uint64_t n = 0;
    for (auto const& f : findings) {
        if constexpr (requires { f.occurrences; }) n += f.occurrences;
        else n += 1;
    }
    return n;
}

// In a child process: builds the input, parses it, checks every report and writes the reports
// and their findings as JSON (what `govinfo check --format json` does), then prints one line:
// input MB, findings kept, findings stood for, JSON MB, seconds and the peak resident set.
void memory_case(char const* name, std::function<std::string()> const& make) {
    std::fflush(stdout);
    pid_t const child = fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child > 0) {
        int status = 0;
        waitpid(child, &status, 0);
        return;
    }
    std::string input = make();
    auto const t0 = std::chrono::steady_clock::now();
    std::size_t kept = 0, json = 0;
    std::uint64_t stood_for = 0;
    {
        auto parsed = govinfo::parse(input);
        for (auto const& r : parsed.reports) {
            auto const findings = govinfo::check(r);
            kept += findings.size();
            stood_for += occurrences(findings);
            json += govinfo::to_json(findings).size() + govinfo::to_json(r).size();
        }
    }
    double const seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("%-44s %8.1f %10zu %12llu %9.1f %8.2f %10.1f\n", name,
                static_cast<double>(input.size()) / 1e6, kept,
                static_cast<unsigned long long>(stood_for), static_cast<double>(json) / 1e6,
                seconds, static_cast<double>(u.ru_maxrss) / 1024.0);
    std::fflush(stdout);
    _exit(0);
}

void memory_mode() {
    std::string const base = read_file(GOVINFO_BENCH_BASE_REPORT);
    std::printf("%-44s %8s %10s %12s %9s %8s %10s\n", "input", "MB", "findings", "stand for",
                "JSON MB", "seconds", "peak MB");
    memory_case("1,000,000 lines holding 1 in a table", [&] {
        std::string const after = "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n";
        std::size_t const at = base.find(after);
        if (at == std::string::npos) throw std::runtime_error("base report changed");
        std::string input = base.substr(0, at + after.size());
        input.reserve(base.size() + 2'000'000);
        for (int i = 0; i < 1'000'000; ++i) input += "1\n";
        return input + base.substr(at + after.size());
    });
    memory_case("the report 16,000 times on one line", [&] {
        std::string line = base;
        std::replace(line.begin(), line.end(), '\n', ' ');
        std::string input;
        input.reserve(line.size() * 16'000);
        for (int i = 0; i < 16'000; ++i) input += line;
        return input;
    });
}

// ---- Word files: how many per second, against unpacking and parsing their XML alone ----

#ifdef GOVINFO_BENCH_DOCX
void docx_mode(Args const& a, std::vector<Figure>& out) {
    fs::path const dir = a.docx.empty() ? fs::path(GOVINFO_BENCH_DOCX) : a.docx;
    std::vector<Source> files;
    for (auto const& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".docx")
            files.push_back({e.path().filename().string(), read_file(e.path())});
    if (files.empty()) return;
    std::sort(files.begin(), files.end(), [](auto const& x, auto const& y) { return x.name < y.name; });
    auto const rounds = static_cast<std::size_t>(a.docx_rounds);
    std::size_t bytes = 0;
    for (auto const& f : files) bytes += f.bytes.size();
    double const n = static_cast<double>(rounds * files.size());
    double const mb = static_cast<double>(rounds * bytes) / 1e6;
    auto each = [&](auto&& fn) {
        return best_of(a.repeat, [&] {
            std::uint64_t k = 0;
            for (std::size_t r = 0; r < rounds; ++r)
                for (auto const& f : files) k += fn(f.bytes);
            g_sink = g_sink + k;
        });
    };
    // The floor: the archive opened, word/document.xml unpacked and parsed by pugixml.
    Timing const floor = each([](std::string const& bytes) -> std::uint64_t {
        auto zip = govinfo::detail::ZipArchive::open(bytes);
        if (!zip) return 0;
        govinfo::detail::UnpackBudget budget(std::size_t{256} << 20);
        auto part = govinfo::detail::read_xml_part(*zip, "word/document.xml", budget);
        return part && *part ? 1 : 0;
    });
    Timing const read = each([](std::string const& bytes) -> std::uint64_t {
        auto d = govinfo::try_read_document(bytes);
        return d ? d->blocks.size() : 0;
    });
    Timing const pv = each([](std::string const& bytes) -> std::uint64_t {
        std::uint64_t k = 0;
        for (auto const& r : govinfo::parse(bytes).reports) k += govinfo::check(r).size();
        return k;
    });
    if (!a.json)
        std::printf("Word files: %zu distinct in %s, each read %zu times (%.1f MB of .docx)\n",
                    files.size(), dir.string().c_str(), rounds, mb);
    out.push_back({"docx_files", n, "", ""});
    out.push_back({"docx_unpack_xml_files_per_s", n / floor.wall, "DOCX unpack + XML parse only", "files/s"});
    out.push_back({"docx_unpack_xml_cpu_files_per_s", n / floor.cpu, "  per CPU second", "files/s"});
    out.push_back({"docx_read_files_per_s", n / read.wall, "DOCX read into a Document", "files/s"});
    out.push_back({"docx_read_cpu_files_per_s", n / read.cpu, "  per CPU second", "files/s"});
    out.push_back({"docx_parse_validate_files_per_s", n / pv.wall, "DOCX parse+validate", "files/s"});
    out.push_back({"docx_parse_validate_cpu_files_per_s", n / pv.cpu, "  per CPU second", "files/s"});
    out.push_back({"docx_parse_validate_cpu_mb_per_s", mb / pv.cpu, "  per CPU second", "MB of .docx/s"});
    out.push_back({"docx_read_over_unpack", read.cpu / floor.cpu, "ratio read / unpack + XML parse (CPU)", "x"});
    out.push_back({"docx_parse_validate_over_unpack", pv.cpu / floor.cpu,
                   "ratio parse+validate / unpack + XML parse (CPU)", "x"});
}
#endif

}  // namespace

// ---- the text toolkit ----

// Each piece of src/text/ alone, in MB of input per second: the UTF-8 check and the substring
// search over whole files, trim and the normalisers over each line (as the readers call them).
void text_toolkit_figures(std::vector<Source> const& sources, Args const& a,
                          std::vector<Figure>& out) {
    namespace d = govinfo::detail;
    std::vector<std::string_view> pieces;
    for (auto const& s : sources)
        if (!govinfo::detail::looks_like_html(s.bytes)) pieces.push_back(s.bytes);
    if (pieces.empty()) return;
    Replica const text = replicate(pieces, a.mb);
    double const mb = static_cast<double>(text.buffer.size()) / 1e6;
    std::vector<std::string_view> lines, line;
    for (auto t : text.items) {
        split_lines(t, line);
        lines.insert(lines.end(), line.begin(), line.end());
    }
    std::size_t longest = 0;
    for (auto l : lines) longest = std::max(longest, l.size());
    std::string buffer(2 * std::max(longest, std::size_t{1}), '\0');
    auto figure = [&](char const* key, char const* label, auto&& fn) {
        Timing const t = best_of(a.repeat, [&] { g_sink = g_sink + fn(); });
        out.push_back({key, mb / t.wall, label, "MB/s"});
    };
    figure("text_utf8_check_mb_per_s", "text: find_invalid_utf8", [&] {
        std::uint64_t n = 0;
        for (auto t : text.items) n += d::find_invalid_utf8(t) == std::string_view::npos;
        return n;
    });
    figure("text_search_mb_per_s", "text: find_from (three words, each file)", [&] {
        std::uint64_t n = 0;
        for (auto t : text.items)
            for (std::string_view w : {"政府信息公开申请", "结转下年度继续办理", "件"})
                for (auto p = d::find_from(t, w); p != std::string_view::npos;
                     p = d::find_from(t, w, p + 1))
                    ++n;
        return n;
    });
    figure("text_trim_mb_per_s", "text: trim (each line)", [&] {
        std::uint64_t n = 0;
        for (auto l : lines) n += d::trim(l).size();
        return n;
    });
    figure("text_fold_for_numbers_mb_per_s", "text: fold_for_numbers (each line)", [&] {
        std::uint64_t n = 0;
        for (auto l : lines) n += d::fold_for_numbers(l).size();
        return n;
    });
    figure("text_normalize_label_mb_per_s", "text: normalize_label_to (each line)", [&] {
        std::uint64_t n = 0;
        for (auto l : lines) n += d::normalize_label_to(l, buffer.data());
        return n;
    });
    figure("text_squeeze_mb_per_s", "text: squeeze_for_narrative (each line)", [&] {
        std::uint64_t n = 0;
        for (auto l : lines) n += d::squeeze_for_narrative(l, buffer.data()).size();
        return n;
    });
    figure("text_fold_for_glued_tables_mb_per_s", "text: fold_for_glued_tables (each file)", [&] {
        std::uint64_t n = 0;
        for (auto t : text.items) n += d::fold_for_glued_tables(t).size();
        return n;
    });
}

int main(int argc, char** argv) try {
    Args const a = parse_args(argc, argv);
    if (a.memory) {
        memory_mode();
        return 0;
    }
    if (a.scaling) {
        std::vector<Figure> figures;
        scaling_mode(load(a.inputs), a, figures);
        print(figures, a.json);
        return 0;
    }
    std::vector<Source> const sources = load(a.inputs);
    std::vector<Figure> figures;

    // ---- parse+validate and the bare pass over the same replicated bytes ----
    std::vector<govinfo::Report> unique_reports;  // one parse of each source, for the JSON figures
    std::size_t text_bytes = 0, files = 0, reports_per_round = 0;
    {
        std::vector<std::string_view> pieces;
        for (auto const& s : sources) {
            pieces.push_back(s.bytes);
            auto parsed = govinfo::parse(s.bytes);
            reports_per_round += parsed.reports.size();
            for (auto& r : parsed.reports) unique_reports.push_back(std::move(r));
        }
        Replica const text = replicate(pieces, a.mb);
        text_bytes = text.buffer.size();
        files = text.items.size();
        double const mb = static_cast<double>(text_bytes) / 1e6;
        std::size_t const reports = reports_per_round * (files / sources.size());
        if (!a.json)
            std::printf("input: %zu files (%zu distinct), %zu reports, %.1f MB\n", files,
                        sources.size(), reports, mb);

        // One untimed round first: static tables and compiled patterns are built on first use.
        for (auto const& r : unique_reports) g_sink = g_sink + govinfo::check(r).size();

        if (a.profile) {
            Timing const run = best_of(a.repeat, [&] {
                std::uint64_t n = 0;
                for (auto t : text.items)
                    for (auto const& r : govinfo::parse(t).reports) n += govinfo::check(r).size();
                g_sink = g_sink + n;
            });
            std::printf("parse+validate: %.1f MB/s wall, %.1f MB/s per CPU second\n", mb / run.wall,
                        mb / run.cpu);
            return 0;
        }

        Timing const parse_only = best_of(a.repeat, [&] {
            std::uint64_t n = 0;
            for (auto t : text.items) n += govinfo::parse(t).reports.size();
            g_sink = g_sink + n;
        });
        Timing const pv = best_of(a.repeat, [&] {
            std::uint64_t n = 0;
            for (auto t : text.items)
                for (auto const& r : govinfo::parse(t).reports) n += govinfo::check(r).size();
            g_sink = g_sink + n;
        });
        Timing const bare = best_of(a.repeat, [&] {
            std::vector<std::string_view> lines;
            std::uint64_t n = 0;
            for (auto t : text.items) {
                if (govinfo::detail::find_invalid_utf8(t) != std::string_view::npos) continue;
                split_lines(t, lines);
                n += lines.size();
            }
            g_sink = g_sink + n;
        });
        // Where check() spends its time: the rules and the narrative cross-checks, over the
        // parsed reports (in memory, so a little optimistic) as many times as reports above.
        auto over_reports = [&](auto&& fn) {
            return best_of(a.repeat, [&] {
                std::uint64_t n = 0;
                for (std::size_t i = 0; i < reports; ++i)
                    n += fn(unique_reports[i % unique_reports.size()]).size();
                g_sink = g_sink + n;
            });
        };
        Timing const rules = over_reports([](auto const& r) { return govinfo::validate(r); });
        Timing const narrative = over_reports([](auto const& r) { return govinfo::check_narrative(r); });

        figures.push_back({"input_mb", mb, "", ""});
        figures.push_back({"files", static_cast<double>(files), "", ""});
        figures.push_back({"reports", static_cast<double>(reports), "", ""});
        figures.push_back({"parse_validate_mb_per_s", mb / pv.wall, "parse+validate", "MB/s"});
        figures.push_back({"parse_validate_cpu_mb_per_s", mb / pv.cpu, "parse+validate (per CPU second)", "MB/s"});
        figures.push_back({"reports_per_s", static_cast<double>(reports) / pv.wall, "parse+validate", "reports/s"});
        figures.push_back({"parse_mb_per_s", mb / parse_only.wall, "parse only", "MB/s"});
        figures.push_back({"parse_share", parse_only.wall / pv.wall * 100, "  parse()", "% of parse+validate"});
        figures.push_back({"validate_share", rules.wall / pv.wall * 100, "  validate()", "% of parse+validate"});
        figures.push_back({"narrative_share", narrative.wall / pv.wall * 100, "  check_narrative()", "% of parse+validate"});
        figures.push_back({"bare_pass_mb_per_s", mb / bare.wall, "bare pass (UTF-8 check + line split)", "MB/s"});
        figures.push_back({"bare_pass_cpu_mb_per_s", mb / bare.cpu, "bare pass (per CPU second)", "MB/s"});
        figures.push_back({"ratio", pv.wall / bare.wall, "ratio parse+validate / bare pass", "x"});
        figures.push_back({"ratio_cpu", pv.cpu / bare.cpu, "ratio (CPU time)", "x"});
    }

    // ---- the text toolkit (src/text/): each speed trick over the same bytes ----
    text_toolkit_figures(sources, a, figures);

    // ---- JSON write and read: the parsed reports replicated to the same size of JSON ----
    {
        std::vector<std::string> docs;
        std::size_t json_bytes = 0;
        std::size_t const want = static_cast<std::size_t>(a.mb * 1e6);
        std::size_t written = 0;
        Timing const write = best_of(a.repeat, [&] {
            docs.clear();
            json_bytes = 0;
            while (json_bytes < want)
                for (auto const& r : unique_reports) {
                    docs.push_back(govinfo::to_json(r));
                    json_bytes += docs.back().size();
                }
            written = docs.size();
        });
        std::size_t read_ok = 0;
        Timing const read = best_of(a.repeat, [&] {
            read_ok = 0;
            for (auto const& d : docs) read_ok += govinfo::try_report_from_json(d).ok();
            g_sink = g_sink + read_ok;
        });
        if (read_ok != docs.size())
            std::fprintf(stderr, "govinfo_bench: %zu of %zu JSON documents did not read back\n",
                         docs.size() - read_ok, docs.size());
        double const mb = static_cast<double>(json_bytes) / 1e6;
        figures.push_back({"json_mb", mb, "", ""});
        figures.push_back({"json_write_mb_per_s", mb / write.wall, "JSON write (to_json)", "MB/s"});
        figures.push_back({"json_write_reports_per_s", static_cast<double>(written) / write.wall,
                           "JSON write", "reports/s"});
        figures.push_back({"json_read_mb_per_s", mb / read.wall, "JSON read (report_from_json)", "MB/s"});
        figures.push_back({"json_read_reports_per_s", static_cast<double>(written) / read.wall,
                           "JSON read", "reports/s"});
    }

    // ---- HTML reading: the bundled HTML report(s) replicated ----
    {
        std::vector<std::string_view> pages;
        for (auto const& s : sources)
            if (govinfo::detail::looks_like_html(s.bytes)) pages.push_back(s.bytes);
        if (!pages.empty()) {
            Replica const html = replicate(pages, a.mb);
            double const mb = static_cast<double>(html.buffer.size()) / 1e6;
            Timing const t = best_of(a.repeat, [&] {
                std::uint64_t n = 0;
                for (auto page : html.items) n += govinfo::detail::html_to_text(page).text.size();
                g_sink = g_sink + n;
            });
            figures.push_back({"html_mb", mb, "", ""});
            figures.push_back({"html_mb_per_s", mb / t.wall, "HTML reading (html_to_text)", "MB/s"});
        }
    }

#ifdef GOVINFO_BENCH_PDF
    // ---- PDF: files to checked reports, against poppler's plain-text extraction ----
    {
        std::vector<fs::path> pdfs = a.pdfs;
        if (pdfs.empty())
            for (char const* dir : {GOVINFO_BENCH_PDF_DIRS}) pdfs.emplace_back(dir);
        PdfBench const b = run_pdf_bench(pdfs, std::max(a.repeat, 3));
        if (b.pages > 0) {
            double const pages = static_cast<double>(b.pages);
            if (!a.json) std::printf("PDF input: %zu files, %zu pages, %zu reports\n", b.files, b.pages, b.reports);
            figures.push_back({"pdf_pages", pages, "", ""});
            figures.push_back({"pdf_pages_per_s", pages / b.govinfo_wall, "PDF to checked report", "pages/s"});
            figures.push_back({"pdf_pages_per_cpu_s", pages / b.govinfo_cpu, "PDF to checked report (per CPU second)", "pages/s"});
            figures.push_back({"poppler_text_pages_per_s", pages / b.poppler_wall, "poppler page::text() alone", "pages/s"});
            figures.push_back({"poppler_text_pages_per_cpu_s", pages / b.poppler_cpu, "poppler page::text() (per CPU second)", "pages/s"});
            figures.push_back({"pdf_ratio_cpu", b.govinfo_cpu / b.poppler_cpu, "ratio PDF report / poppler text (CPU time)", "x"});
            figures.push_back({"poppler_text_list_pages_per_cpu_s", pages / b.text_list_cpu, "poppler page::text_list() (per CPU second)", "pages/s"});
            figures.push_back({"pdf_ratio_text_list_cpu", b.govinfo_cpu / b.text_list_cpu, "ratio PDF report / poppler text_list (CPU time)", "x"});
        }
    }
#endif

    scaling_mode(sources, a, figures);
#ifdef GOVINFO_BENCH_DOCX
    docx_mode(a, figures);
#endif
    if (a.threads > 0) threads_mode(sources, a, figures);
    print(figures, a.json);
    return 0;
} catch (std::exception const& e) {
    std::fprintf(stderr, "govinfo_bench: %s\n", e.what());
    return 2;
}
