// Same input, byte-identical output, every run: every bundled report is parsed twice, and on
// one and on two threads, and its JSON (reports, diagnostics and every finding) compared byte
// for byte.
#include "govinfo/batch.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "govinfo/json.hpp"
#include "govinfo/parse.hpp"

using namespace govinfo;

namespace {

std::vector<std::filesystem::path> bundled_reports() {
    std::vector<std::filesystem::path> out;
    for (char const* dir : {"seeds", "corpus", "encodings", "bad"}) {
        for (auto const& e :
             std::filesystem::directory_iterator(std::string(GOVINFO_TEST_DATA) + "/" + dir)) {
            auto const ext = e.path().extension();
            if (ext == ".txt" || ext == ".html") out.push_back(e.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Everything a run produces for one file, as bytes.
std::string output_of(FileResult const& r) {
    std::string out = r.path.filename().string() + "\n" + r.encoding + "\n";
    if (r.error) out += r.error->to_string() + "\n";
    out += to_json(r.reports, {true}) + "\n" + to_json(r.diagnostics) + "\n";
    for (auto const& report : r.reports) out += to_json(check(report)) + "\n";
    return out;
}

}  // namespace

TEST_SUITE("determinism") {

TEST_CASE("parsing a file twice gives byte-identical output") {
    auto const paths = bundled_reports();
    REQUIRE(paths.size() >= 20);
    for (auto const& p : paths) {
        INFO(p.string());
        CHECK(output_of(parse_one(p)) == output_of(parse_one(p)));
    }
}

TEST_CASE("one thread and two threads give byte-identical output") {
    auto const paths = bundled_reports();
    auto const one = parse_many(paths, 1);
    auto const two = parse_many(paths, 2);
    auto const again = parse_many(paths, 2);
    REQUIRE(one.size() == paths.size());
    REQUIRE(two.size() == paths.size());
    for (std::size_t k = 0; k < paths.size(); ++k) {
        INFO(paths[k].string());
        CHECK(one[k].path == paths[k]);
        std::string const expected = output_of(one[k]);
        CHECK(output_of(two[k]) == expected);
        CHECK(output_of(again[k]) == expected);
    }
}

}  // TEST_SUITE
