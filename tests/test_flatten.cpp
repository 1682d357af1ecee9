#include "parse/flatten.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "govinfo/json.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/read_document.hpp"
#include "source/readers.hpp"
#include "test_files.hpp"

namespace {

using govinfo::test::read_file;

// Everything a ParseResult says, as text: its encoding, diagnostics and each report as JSON.
std::string everything(govinfo::ParseResult const& r) {
    std::string out = r.encoding + "\n" + govinfo::to_json(r.diagnostics) + "\n";
    for (auto const& report : r.reports) out += govinfo::to_json(report) + "\n";
    return out;
}

}  // namespace

TEST_SUITE("flatten") {
    // try_parse reads plain text through flatten_text, not through a Document: both must give
    // the same lines with the same locations, line ends and blank lines included.
    TEST_CASE("flatten_text gives the lines flatten(text_document) gives") {
        using govinfo::detail::flatten;
        using govinfo::detail::flatten_text;
        using govinfo::detail::text_document;
        std::vector<std::string> const inputs{
            "", "\n", "\n\n", "a", "a\n", "a\n\n\n", "\n\na\n\nb", "a\r\nb\r\n\r\n", "a\r\r\nb",
            "a\rb\n", "  \n x \n\t\n", "一、总体情况\n\n\n本年度\t1\t2\n\n", "\r\n\r\na"};
        for (auto const& text : inputs) {
            CAPTURE(text);
            auto const fast = flatten_text(text);
            auto const slow = flatten(text_document(text));
            CHECK(fast.text == slow.text);
            CHECK(fast.where == slow.where);
            CHECK(fast.tables.empty());
            CHECK(slow.tables.empty());
        }
    }

    TEST_CASE("parse of text gives what parse_document of its Document gives") {
        std::filesystem::path const data = GOVINFO_TEST_DATA;
        for (auto const* name : {"seeds/000_93777d88a2382c03.txt", "seeds/003_efe2eca494f81be5.txt",
                                 "encodings/004_gbk.txt", "variants/pipe_per_line_extra_row.txt",
                                 "variants/markdown_blank_cells.txt",
                                 "variants/pdftotext_bare_page_numbers.txt"}) {
            CAPTURE(name);
            std::string const bytes = read_file(data / name);
            REQUIRE(!bytes.empty());
            auto const direct = govinfo::parse(bytes);
            auto const via_document = govinfo::parse_document(govinfo::read_document(bytes));
            REQUIRE(!direct.reports.empty());
            CHECK(everything(direct) == everything(via_document));
        }
    }
}
