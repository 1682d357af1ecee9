#include "inputs.hpp"

#include <govinfo/file_walk.hpp>

namespace govinfo::cli {

namespace fs = std::filesystem;

std::vector<fs::path> walk_inputs(std::vector<std::string> const& args) {
    std::vector<fs::path> out;
    for (auto const& a : args)
        if (a != "-") out.emplace_back(a);
    return out;
}

std::size_t count_report_files(std::vector<std::string> const& args) {
    FileWalk walk(walk_inputs(args));
    std::size_t n = 0;
    while (auto item = walk.next()) n += item->kind == WalkItem::Kind::file;
    return n;
}

std::optional<std::string> output_clash(std::string const& output,
                                        std::vector<std::string> const& inputs) {
    if (output.empty()) return std::nullopt;
    std::error_code ec;
    fs::path const out(output);
    for (auto const& in : inputs) {
        if (in != "-" && fs::equivalent(out, in, ec))
            return "the output " + output + " is also an input (" + in +
                   "): writing it would destroy it";
    }
    if (!is_report_file(out)) return std::nullopt;  // the walk lists it as skipped, never reads it
    fs::path folder = fs::absolute(out, ec).parent_path();
    folder = fs::canonical(folder, ec);
    if (ec) return std::nullopt;  // no such folder: the output cannot be created there anyway
    for (auto const& in : inputs) {
        if (in == "-" || !fs::is_directory(in, ec)) continue;
        for (fs::path f = folder;; f = f.parent_path()) {
            if (fs::equivalent(f, in, ec))
                return "the output " + output + " is a report file inside the input folder " + in +
                       ", where it would be read back as a report";
            if (f == f.parent_path()) break;
        }
    }
    return std::nullopt;
}

}  // namespace govinfo::cli
