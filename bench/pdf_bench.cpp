#include "pdf_bench.hpp"

#include <govinfo/batch.hpp>
#include <govinfo/parse.hpp>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace fs = std::filesystem;

namespace {

std::uint64_t volatile g_pdf_sink = 0;

double thread_cpu() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

template <class F>
void best(int repeat, double& wall, double& cpu, F&& pass) {
    wall = cpu = 1e300;
    for (int i = 0; i < repeat; ++i) {
        double const c0 = thread_cpu();
        auto const t0 = std::chrono::steady_clock::now();
        pass();
        double const w = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        wall = std::min(wall, w);
        cpu = std::min(cpu, thread_cpu() - c0);
    }
}

void quiet(std::string const&, void*) {}

}  // namespace

PdfBench run_pdf_bench(std::vector<fs::path> const& inputs, int repeat) {
    std::vector<fs::path> files;
    for (auto const& in : inputs) {
        if (fs::is_directory(in)) {
            for (auto const& e : fs::directory_iterator(in))
                if (e.is_regular_file() && e.path().extension() == ".pdf") files.push_back(e.path());
        } else if (fs::exists(in)) {
            files.push_back(in);
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> bytes;
    for (auto const& f : files) {
        std::ifstream in(f, std::ios::binary);
        bytes.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    poppler::set_debug_error_function(quiet, nullptr);
    PdfBench out;
    out.files = files.size();
    for (auto const& b : bytes) {  // untimed: the page count, and the first use of everything
        std::unique_ptr<poppler::document> d(
            poppler::document::load_from_raw_data(b.data(), static_cast<int>(b.size())));
        if (d) out.pages += static_cast<std::size_t>(d->pages());
        if (auto r = govinfo::try_parse(b)) out.reports += r->reports.size();
    }
    best(repeat, out.govinfo_wall, out.govinfo_cpu, [&] {
        std::uint64_t n = 0;
        for (auto const& b : bytes)
            if (auto r = govinfo::try_parse(b))
                for (auto const& report : r->reports) n += govinfo::check(report).size();
        g_pdf_sink = g_pdf_sink + n;
    });
    // Every page of every file through poppler: `per_page` says what is asked of each page.
    auto poppler_pass = [&](auto per_page) {
        return [&, per_page] {
            std::uint64_t n = 0;
            for (auto const& b : bytes) {
                std::unique_ptr<poppler::document> d(
                    poppler::document::load_from_raw_data(b.data(), static_cast<int>(b.size())));
                if (!d) continue;
                for (int i = 0; i < d->pages(); ++i) {
                    std::unique_ptr<poppler::page> p(d->create_page(i));
                    if (p) n += per_page(*p);
                }
            }
            g_pdf_sink = g_pdf_sink + n;
        };
    };
    best(repeat, out.poppler_wall, out.poppler_cpu,
         poppler_pass([](poppler::page const& p) { return p.text().size(); }));
    best(repeat, out.text_list_wall, out.text_list_cpu,
         poppler_pass([](poppler::page const& p) { return p.text_list().size(); }));
    return out;
}
