#pragma once
// The report files under a list of files and folders, one at a time: what the govinfo command
// reads, and what Python's parse_many reads when given a folder.
//
// Inputs come in the order given; a folder gives its entries recursively in the order
// std::filesystem::path sorts them, component by component, so output is reproducible. That
// order is a depth-first walk in which each folder's entries are sorted by name, so the walk
// holds only the folders on its current descent: memory grows with the largest single folder,
// not with the number of files.
//
// Nothing is passed over silently: every entry of a folder is either a report file to read, or
// comes out of the walk as skipped (another kind of file, a link to a folder, a FIFO or device)
// or as unreadable (a folder that may not be read, a dangling symbolic link, an input that does
// not exist), each with its reason. An input named directly that exists and is not a folder is
// a file to read whatever its name: only folders are filtered by extension.
#include "govinfo/detail/require_cxx20.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace govinfo {

// The kinds of file a folder walk reads: text (.txt, .md), web pages (.html, .htm), PDF and Word
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
    // `pass_over` (an output being written and its temporary file, say) are left out without a
    // word when the walk meets them in a folder and would list them as skipped.
    explicit FileWalk(std::vector<std::filesystem::path> inputs,
                      std::vector<std::filesystem::path> pass_over = {});

    // The next item, or nothing when the walk is done.
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
    std::optional<WalkItem> from_input(std::filesystem::path const& input);
    bool passed_over(std::filesystem::path const& p) const;

    std::vector<std::filesystem::path> inputs_;
    std::vector<std::filesystem::path> pass_over_;
    std::size_t next_input_ = 0;
    std::vector<Level> stack_;
};

// Every item of a walk over `inputs`, in walk order.
std::vector<WalkItem> walk_all(std::vector<std::filesystem::path> inputs);

}  // namespace govinfo
