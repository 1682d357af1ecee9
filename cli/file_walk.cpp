#include "file_walk.hpp"

#include <algorithm>
#include <cctype>

namespace govinfo::cli {

namespace fs = std::filesystem;

bool is_report_file(fs::path const& p) {
    auto ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".md";
}

FileWalk::FileWalk(std::vector<std::string> args, std::FILE* errors)
    : args_(std::move(args)), errors_(errors) {}

void FileWalk::problem(std::string const& what, char const* message) {
    unreadable_ = true;
    if (errors_) std::fprintf(errors_, "%s: error: %s\n", what.c_str(), message);
}

// Lists one folder: subfolders (not followed through symbolic links, as
// recursive_directory_iterator does by default) and report files, sorted by name. A subfolder
// that may not be opened is skipped, like recursive_directory_iterator's skip_permission_denied.
void FileWalk::enter(fs::path folder) {
    std::error_code ec;
    Level level;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code kind;
        bool const sub = it->is_directory(kind) && !it->is_symlink(kind);
        if (sub || (it->is_regular_file(kind) && is_report_file(it->path())))
            level.entries.push_back({it->path().filename().string(), sub});
    }
    if (ec) {
        std::string const message = "cannot read folder: " + ec.message();
        problem(folder.string(), message.c_str());
    }
    // Names compare as path elements do (byte by byte), so this order is path order.
    std::sort(level.entries.begin(), level.entries.end(),
              [](Entry const& a, Entry const& b) { return a.name < b.name; });
    level.folder = std::move(folder);
    stack_.push_back(std::move(level));
}

std::optional<fs::path> FileWalk::next() {
    for (;;) {
        if (!stack_.empty()) {
            Level& top = stack_.back();
            if (top.next == top.entries.size()) {
                stack_.pop_back();
                continue;
            }
            Entry const& e = top.entries[top.next++];
            fs::path p = top.folder / e.name;
            if (e.folder) {
                enter(std::move(p));  // invalidates `top`
                continue;
            }
            return p;
        }
        if (next_arg_ == args_.size()) return std::nullopt;
        std::string const& a = args_[next_arg_++];
        if (a == "-") continue;
        std::error_code ec;
        if (fs::is_directory(a, ec)) {
            enter(fs::path(a));
        } else if (fs::exists(a, ec)) {
            return fs::path(a);
        } else {
            problem(a, "no such file or folder");
        }
    }
}

std::size_t count_report_files(std::vector<std::string> const& args) {
    FileWalk walk(args, nullptr);
    std::size_t n = 0;
    while (walk.next()) ++n;
    return n;
}

}  // namespace govinfo::cli
