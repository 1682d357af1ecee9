// parse_stream: results reach the sink in input order on the calling thread, however many threads
// parse and however slow the sink is; a file that cannot be read is a result with its error; an
// exception from the sink stops the batch and reaches the caller.
#include "govinfo/batch.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "govinfo/cells.hpp"

using namespace govinfo;

namespace {

// The bundled reports, repeated so that the batch is many times longer than the window of
// results parse_stream holds, with a file that does not exist in the middle.
std::vector<std::filesystem::path> batch_paths() {
    std::vector<std::filesystem::path> seeds;
    for (auto const& e :
         std::filesystem::directory_iterator(std::string(GOVINFO_TEST_DATA) + "/seeds")) {
        if (e.path().extension() == ".txt") seeds.push_back(e.path());
    }
    std::sort(seeds.begin(), seeds.end());
    std::vector<std::filesystem::path> out;
    for (int round = 0; round < 12; ++round) out.insert(out.end(), seeds.begin(), seeds.end());
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(out.size() / 2),
               std::filesystem::path(GOVINFO_TEST_DATA) / "no_such_report.txt");
    return out;
}

}  // namespace

TEST_SUITE("batch") {

TEST_CASE("results arrive in input order on the calling thread, each one complete") {
    auto const paths = batch_paths();
    REQUIRE(paths.size() > 40);
    auto const caller = std::this_thread::get_id();
    std::vector<std::size_t> expected_reports;  // per file, parsed on its own
    for (auto const& p : paths) expected_reports.push_back(parse_one(p).reports.size());
    for (unsigned threads : {1u, 2u, 3u}) {
        for (bool slow_sink : {false, true}) {
            CAPTURE(threads);
            CAPTURE(slow_sink);
            std::vector<std::filesystem::path> seen;
            std::vector<std::size_t> reports;
            std::size_t errors = 0;
            bool on_caller = true;
            parse_stream(paths, threads, {}, [&](FileResult&& r) {
                on_caller = on_caller && std::this_thread::get_id() == caller;
                seen.push_back(r.path);
                reports.push_back(r.reports.size());
                if (r.error) ++errors;
                // A slow sink lets the workers run ahead until the window is full.
                if (slow_sink && seen.size() % 7 == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
            });
            CHECK(on_caller);
            CHECK(seen == paths);
            CHECK(errors == 1);
            CHECK(reports == expected_reports);
        }
    }
}

TEST_CASE("a sink that throws stops the batch and the exception reaches the caller") {
    auto const paths = batch_paths();
    for (unsigned threads : {1u, 2u, 3u}) {
        CAPTURE(threads);
        std::size_t calls = 0;
        auto const run = [&] {
            parse_stream(paths, threads, {}, [&](FileResult&&) {
                if (++calls == 10) throw std::runtime_error("sink failed");
            });
        };
        CHECK_THROWS_WITH_AS(run(), "sink failed", std::runtime_error);
        CHECK(calls == 10);
    }
}

TEST_CASE("parse_many keeps what the sink moved out of every result") {
    auto const paths = batch_paths();
    auto const one = parse_many(paths, 1);
    auto const two = parse_many(paths, 2);
    REQUIRE(one.size() == paths.size());
    REQUIRE(two.size() == paths.size());
    for (std::size_t k = 0; k < paths.size(); ++k) {
        CAPTURE(k);
        CHECK(two[k].path == paths[k]);
        CHECK(two[k].reports.size() == one[k].reports.size());
        CHECK(two[k].error.has_value() == one[k].error.has_value());
    }
}

TEST_CASE("a batch's glued rows are settled by the agency's other years when asked") {
    // c06 (2023) glues 行政规范性文件77132470; c06_2022_in_force.txt is its year before.
    std::string const data = GOVINFO_TEST_DATA;
    std::vector<std::filesystem::path> const files{data + "/corpus/c06.txt",
                                                   data + "/corpus/c01.txt",
                                                   data + "/variants/c06_2022_in_force.txt"};
    auto results = parse_many(files, 2);
    REQUIRE(results.size() == 3);
    auto const plain = results;
    auto in_force = [](FileResult const& f) {
        return std::get<Article20v2021>(f.reports.at(0).article20).normative_documents.in_force;
    };
    CHECK(in_force(results[0]) == Cell::blank());
    CHECK(resolve_by_neighbouring_years(results) == 1);
    CHECK(in_force(results[0]) == Cell::of(470));
    for (std::size_t i = 0; i < files.size(); ++i) CHECK(results[i].path == files[i]);
    CHECK(results[1].reports == plain[1].reports);
    CHECK(results[2].reports == plain[2].reports);
    CHECK(resolve_by_neighbouring_years(results) == 0);  // nothing left to decide
}

}  // TEST_SUITE
