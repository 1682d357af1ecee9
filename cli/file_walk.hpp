#pragma once
// The inputs named on the command line, one at a time. Arguments come in the order given;
// a folder gives its entries recursively in the order std::filesystem::path sorts them,
// component by component, so output is reproducible. That order is a depth-first walk in which
// each folder's entries are sorted by name, so the walk holds only the folders on its current
// descent: memory grows with the largest single folder, not with the number of files.
//
// Nothing is passed over silently: every entry of a folder is either a report file to read, or
// comes out of the walk as skipped (another kind of file, a link to a folder, a FIFO or device)
// or as unreadable (a folder that may not be read, a dangling symbolic link, an argument that
// does not exist), each with its reason.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace govinfo::cli {

// The kinds of file the walk reads: text (.txt, .md), web pages (.html, .htm), PDF and Word
// (.pdf, .docx, and .doc, .wps, .rtf, which the library answers with how to convert them), in
// any case.
bool is_report_file(std::filesystem::path const& p);

struct WalkItem {
    enum class Kind { file, skipped, unreadable };
    Kind kind = Kind::file;
    std::filesystem::path path;
    std::string reason;  // why it was skipped or could not be read; empty for a file
};

class FileWalk {
public:
    // `own_files` (the output file and its temporary file) are passed over without a word when
    // the walk meets them.
    explicit FileWalk(std::vector<std::string> args, std::vector<std::filesystem::path> own_files = {});

    // The next input, or nothing when the walk is done. "-" (stdin) is not given: the caller
    // reads it.
    std::optional<WalkItem> next();

private:
    struct Entry {
        std::string name;
        bool folder = false;  // a subfolder to descend into
        WalkItem::Kind kind = WalkItem::Kind::file;
        std::string reason;
    };
    struct Level {
        std::filesystem::path folder;
        std::vector<Entry> entries;  // sorted by name
        std::size_t next = 0;
    };
    std::optional<WalkItem> enter(std::filesystem::path folder);
    std::optional<WalkItem> from_argument(std::string const& arg);
    bool own(std::filesystem::path const& p) const;

    std::vector<std::string> args_;
    std::vector<std::filesystem::path> own_files_;
    std::size_t next_arg_ = 0;
    std::vector<Level> stack_;
};

// How many report files a walk over `args` gives (a first pass, for the progress bar).
std::size_t count_report_files(std::vector<std::string> const& args);

// Why writing the output to `output` would destroy or feed an input, or nothing when it would
// not: the output is one of the inputs (compared by filesystem identity, not by name, so
// "./a.txt", "a.txt" and a link to it are one file), or it would be a report file inside an
// input folder, where this run or the next would read it back as a report.
std::optional<std::string> output_clash(std::string const& output,
                                        std::vector<std::string> const& inputs);

}  // namespace govinfo::cli
