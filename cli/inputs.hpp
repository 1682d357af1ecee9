#pragma once
// What the command makes of its input arguments before reading them: which of them the folder
// walk (govinfo/file_walk.hpp) takes, how many report files that walk gives, and whether the
// output would destroy or feed an input.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace govinfo::cli {

// The arguments the walk takes: all but "-", which names standard input (the caller reads it).
std::vector<std::filesystem::path> walk_inputs(std::vector<std::string> const& args);

// How many report files a walk over `args` gives (a first pass, for the progress bar).
std::size_t count_report_files(std::vector<std::string> const& args);

// Why writing the output to `output` would destroy or feed an input, or nothing when it would
// not: the output is one of the inputs (compared by filesystem identity, not by name, so
// "./a.txt", "a.txt" and a link to it are one file), or it would be a report file inside an
// input folder, where this run or the next would read it back as a report.
std::optional<std::string> output_clash(std::string const& output,
                                        std::vector<std::string> const& inputs);

}  // namespace govinfo::cli
