#pragma once
// The report files named on the command line, one at a time. Arguments come in the order given;
// a folder gives its report files recursively in the order std::filesystem::path sorts them,
// component by component, so output is reproducible. That order is a depth-first walk in which
// each folder's entries are sorted by name, so the walk holds only the folders on its current
// descent: memory grows with the largest single folder, not with the number of files.
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace govinfo::cli {

// .txt, .html, .htm and .md, in any case.
bool is_report_file(std::filesystem::path const& p);

class FileWalk {
public:
    // `errors` receives one line per argument that does not exist or folder that cannot be read
    // (file, what is wrong); nullptr keeps quiet (a counting pass). "-" (stdin) is skipped.
    FileWalk(std::vector<std::string> args, std::FILE* errors);

    // The next report file, or nothing when the walk is done.
    std::optional<std::filesystem::path> next();

    // True once an argument did not exist or a folder could not be read; the walk went on.
    bool unreadable() const noexcept { return unreadable_; }

private:
    struct Entry {
        std::string name;
        bool folder;
    };
    struct Level {
        std::filesystem::path folder;
        std::vector<Entry> entries;  // sorted by name
        std::size_t next = 0;
    };
    void enter(std::filesystem::path folder);
    void problem(std::string const& what, char const* message);

    std::vector<std::string> args_;
    std::size_t next_arg_ = 0;
    std::vector<Level> stack_;
    std::FILE* errors_;
    bool unreadable_ = false;
};

// How many files a walk over `args` gives (a first pass, for the progress bar).
std::size_t count_report_files(std::vector<std::string> const& args);

}  // namespace govinfo::cli
