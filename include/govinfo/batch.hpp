#pragma once
// Many files at once: parsed on worker threads, results in input order, a file that cannot be
// read reported as a result with its error instead of stopping the batch.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "govinfo/error.hpp"
#include "govinfo/parse.hpp"
#include "govinfo/series.hpp"

namespace govinfo {

struct FileResult {
    // The path as given, bytes and all, so that the file can be opened again. To show it, use
    // utf8_name(path) (utf8_name.hpp), as Report::source and Error::file already are.
    std::filesystem::path path;
    std::optional<Error> error;        // set when the file could not be read or decoded
    std::vector<Report> reports;       // every report found in the file
    std::vector<Finding> diagnostics;  // about the file as a whole
    std::string encoding;
};

// Parses one file; never throws for bad input (the error lands in FileResult::error).
FileResult parse_one(std::filesystem::path const& path, ParseOptions const& options = {});

// Parses `paths` on `threads` threads (0 = one per hardware thread) and hands each result to
// `sink` in input order, on the calling thread, as soon as it and all before it are done. At most
// a bounded window of results is held at once, so memory does not grow with the number of files.
void parse_stream(std::span<std::filesystem::path const> paths, unsigned threads,
                  ParseOptions const& options, std::function<void(FileResult&&)> const& sink);

// The same, collecting every result.
std::vector<FileResult> parse_many(std::span<std::filesystem::path const> paths,
                                   unsigned threads = 0, ParseOptions const& options = {});

// Glued rows of the batch settled by the same agency's neighbouring years: every report of
// `results` goes through resolve_by_neighbouring_years(std::vector<Report>&, key) (series.hpp)
// and stays in its place. Returns the number of rows decided. Call it after parse_many when the
// batch holds several years of an agency; docs/series.md has an example.
std::size_t resolve_by_neighbouring_years(std::vector<FileResult>& results,
                                          SeriesKey const& key = {});

// Every finding about a report: what the parser noticed (Report::diagnostics), what the rules
// find (validate), where the narrative contradicts the tables (check_narrative) and what the
// sections fail to say (check_sections, boilerplate.hpp).
std::vector<Finding> check(Report const& report);

}  // namespace govinfo
