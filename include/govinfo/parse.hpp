#pragma once
// Reading real report text: every report in a file, its metadata, its tables in whatever layout
// they came in, its narrative sections, and diagnostics for everything the parser was unsure of.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "govinfo/document.hpp"
#include "govinfo/finding.hpp"
#include "govinfo/report.hpp"
#include "govinfo/result.hpp"

namespace govinfo {

struct ParseOptions {
    // Input beyond this many bytes is refused with ErrorCode::input_too_large.
    std::size_t max_input_bytes = std::size_t{256} << 20;
    // PDF: documents with more pages are refused; DOCX: the XML read from the archive may unpack
    // to at most this many bytes (read_document.hpp: ReadOptions).
    std::uint32_t max_pages = 2000;
    std::size_t max_unpacked_bytes = std::size_t{256} << 20;
    // Recorded in Report::source and Error::file, escaped to valid UTF-8 (utf8_name.hpp);
    // try_parse_file and parse_one use the path when it is empty.
    std::string source_name;
};

struct ParseResult {
    std::vector<Report> reports;       // in the order they appear in the input
    std::vector<Finding> diagnostics;  // about the input as a whole (not about one report)
    std::string encoding;              // "UTF-8", "GB18030", …: what the input was decoded from
};

// Never throws on bad input: undecodable or oversized input is an Error; anything that decodes
// gives a ParseResult, possibly with no reports and a diagnostic saying why. The input is
// recognised by its bytes (read_document.hpp): text, HTML, PDF or DOCX.
Result<ParseResult> try_parse(std::string_view input, ParseOptions const& options = {});
// The reports of a Document some reader produced (read_document.hpp, or a tool of your own).
Result<ParseResult> try_parse_document(Document const& document,
                                       ParseOptions const& options = {});
Result<ParseResult> try_parse_file(std::filesystem::path const& path, ParseOptions options = {});

// Throwing twins: govinfo::Exception carries the Error.
[[nodiscard]] ParseResult parse(std::string_view input, ParseOptions const& options = {});
[[nodiscard]] ParseResult parse_document(Document const& document, ParseOptions const& options = {});
[[nodiscard]] ParseResult parse_file(std::filesystem::path const& path, ParseOptions options = {});

}  // namespace govinfo
