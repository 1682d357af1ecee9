#include "govinfo/utf8_name.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <unistd.h>

#include "govinfo/batch.hpp"
#include "govinfo/json.hpp"
#include "govinfo/parse.hpp"

using namespace govinfo;

namespace {

bool valid_json(std::string const& text) {
    boost::system::error_code ec;
    (void)boost::json::parse(text, ec);
    return !ec;
}

// A scratch folder removed when the test ends.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        path = std::filesystem::temp_directory_path() /
               ("govinfo_utf8_name_" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

void write_file(std::filesystem::path const& p, std::string const& bytes) {
    std::ofstream out(p, std::ios::binary);
    REQUIRE(out);
    out << bytes;
}

std::string base_report() {
    std::ifstream in(std::string(GOVINFO_TEST_DATA) + "/bad/base_report.txt", std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_SUITE("utf8_name") {

TEST_CASE("invalid bytes become \\xHH and valid UTF-8 is kept") {
    CHECK(utf8_name(std::string_view("report.txt")) == "report.txt");
    CHECK(utf8_name(std::string_view("报告 2023.txt")) == "报告 2023.txt");
    CHECK(utf8_name(std::string_view("b\xFF.txt")) == "b\\xFF.txt");
    CHECK(utf8_name(std::string_view("\xC0\xAF")) == "\\xC0\\xAF");            // overlong '/'
    CHECK(utf8_name(std::string_view("\xED\xA0\x80")) == "\\xED\\xA0\\x80");  // a surrogate
    CHECK(utf8_name(std::string_view("x\xE4\xB8")) == "x\\xE4\\xB8");         // cut short
    // GBK 报告 (B1 A8 B8 E6): no UTF-8; the byte after a bad one may start a valid character.
    CHECK(utf8_name(std::string_view("\xB1\xA8\xB8\xE6.txt")) == "\\xB1\\xA8\\xB8\\xE6.txt");
    CHECK(utf8_name(std::string_view("\xFF报")) == "\\xFF报");
    std::string const once = utf8_name(std::string_view("a\xFF\xFE b"));
    CHECK(once == "a\\xFF\\xFE b");
    CHECK(utf8_name(once) == once);  // escaping is idempotent
    CHECK(utf8_name(std::filesystem::path("dir/b\xFF")) == "dir/b\\xFF");
}

TEST_CASE("a file whose name is not UTF-8 gives UTF-8 in every output") {
    ScratchDir dir;
    std::filesystem::path const report = dir.path / "annual\xFF.txt";
    write_file(report, base_report());
    std::string const shown = utf8_name(report);
    REQUIRE(shown.find("annual\\xFF.txt") != std::string::npos);

    auto const one = parse_one(report);
    REQUIRE_FALSE(one.error);
    REQUIRE(one.reports.size() == 1);
    CHECK(one.reports[0].source == shown);
    std::string const json = to_json(one.reports);
    CHECK(valid_json(json));
    auto back = try_reports_from_json(json);
    REQUIRE(back.ok());
    CHECK((*back)[0].source == shown);

    auto const direct = try_parse_file(report);
    REQUIRE(direct.ok());
    CHECK(direct->reports[0].source == shown);
    std::filesystem::path const paths[] = {report, report};
    for (auto const& r : parse_many(paths, 2)) CHECK(r.reports.at(0).source == shown);

    ParseOptions named;
    named.source_name = "upload\xFF";
    CHECK(parse(base_report(), named).reports.at(0).source == "upload\\xFF");

    // Errors name the file the same way: a file that is not text, and one that does not exist.
    std::filesystem::path const binary = dir.path / "bin\xFE.txt";
    write_file(binary, std::string("abc\0def", 7));
    auto const bad = parse_one(binary);
    REQUIRE(bad.error);
    CHECK(bad.error->file == utf8_name(binary));
    CHECK(bad.error->file.find("bin\\xFE.txt") != std::string::npos);
    auto const missing = parse_one(dir.path / "gone\xFF.txt");
    REQUIRE(missing.error);
    CHECK(missing.error->file.find("gone\\xFF.txt") != std::string::npos);
    ParseOptions too_small;
    too_small.max_input_bytes = 10;
    too_small.source_name = "big\xFF";
    auto const large = try_parse(base_report(), too_small);
    REQUIRE_FALSE(large.ok());
    CHECK(large.error().file == "big\\xFF");
}

TEST_CASE("to_json escapes a string a caller set to bytes that are not UTF-8") {
    Report r = Report::blank(FormatVersion::v2021);
    r.agency = "机关\xFF";
    r.source = "\xC0";
    std::string const json = to_json(r);
    CHECK(valid_json(json));
    auto back = try_report_from_json(json);
    REQUIRE(back.ok());
    CHECK(back->agency == "机关\\xFF");
    CHECK(back->source == "\\xC0");
}

}  // TEST_SUITE
