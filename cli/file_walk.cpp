#include "file_walk.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace govinfo::cli {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(fs::path const& p) {
    auto ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

char const* type_name(fs::file_type t) {
    switch (t) {
        case fs::file_type::fifo: return "a FIFO";
        case fs::file_type::socket: return "a socket";
        case fs::file_type::block: return "a block device";
        case fs::file_type::character: return "a character device";
        default: return "not a regular file";
    }
}

std::string dangling(fs::path const& link) {
    std::error_code ec;
    auto const target = fs::read_symlink(link, ec);
    return "dangling symbolic link" + (ec ? std::string() : " to " + target.string());
}

}  // namespace

bool is_report_file(fs::path const& p) {
    static constexpr std::array<std::string_view, 9> extensions = {
        ".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".doc", ".wps", ".rtf"};
    auto const ext = lower_extension(p);
    return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

FileWalk::FileWalk(std::vector<std::string> args, std::vector<fs::path> own_files)
    : args_(std::move(args)), own_files_(std::move(own_files)) {}

bool FileWalk::own(fs::path const& p) const {
    std::error_code ec;
    return std::any_of(own_files_.begin(), own_files_.end(),
                       [&](fs::path const& f) { return fs::equivalent(p, f, ec); });
}

// Lists one folder, every entry classified and sorted by name. Subfolders reached through a
// symbolic link are not followed (as recursive_directory_iterator does by default), so a link
// loop cannot trap the walk. Returns the folder as unreadable when it cannot be (fully) listed.
std::optional<WalkItem> FileWalk::enter(fs::path folder) {
    std::error_code ec;
    Level level;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        Entry e;
        e.name = it->path().filename().string();
        std::error_code kind;
        auto const link = it->symlink_status(kind);
        auto const status = kind ? link : it->status(kind);
        bool const is_link = fs::is_symlink(link);
        using K = WalkItem::Kind;
        if (is_link && status.type() == fs::file_type::not_found) {
            e.kind = K::unreadable, e.reason = dangling(it->path());
        } else if (kind) {
            e.kind = K::unreadable, e.reason = "cannot read: " + kind.message();
        } else if (fs::is_directory(status)) {
            if (is_link) e.kind = K::skipped, e.reason = "symbolic link to a folder, not followed";
            else e.folder = true;
        } else if (!fs::is_regular_file(status)) {
            e.kind = K::skipped, e.reason = std::string(type_name(status.type())) + ", not read in a folder walk";
        } else if (!is_report_file(it->path())) {
            auto const ext = lower_extension(it->path());
            e.kind = K::skipped;
            e.reason = "not a report file (" + (ext.empty() ? std::string("no extension") : ext) + ")";
        }
        level.entries.push_back(std::move(e));
    }
    // Names compare as path elements do (byte by byte), so this order is path order.
    std::sort(level.entries.begin(), level.entries.end(),
              [](Entry const& a, Entry const& b) { return a.name < b.name; });
    std::optional<WalkItem> problem;
    if (ec) problem = WalkItem{WalkItem::Kind::unreadable, folder, "cannot read folder: " + ec.message()};
    level.folder = std::move(folder);
    stack_.push_back(std::move(level));  // what was listed before an error is still walked
    return problem;
}

std::optional<WalkItem> FileWalk::from_argument(std::string const& a) {
    std::error_code ec;
    auto const status = fs::status(a, ec);
    if (fs::is_directory(status)) return enter(fs::path(a));
    if (fs::exists(status)) return WalkItem{WalkItem::Kind::file, fs::path(a), {}};
    std::error_code link_ec;
    if (fs::is_symlink(fs::symlink_status(a, link_ec)))
        return WalkItem{WalkItem::Kind::unreadable, fs::path(a), dangling(a)};
    if (ec && ec != std::errc::no_such_file_or_directory)
        return WalkItem{WalkItem::Kind::unreadable, fs::path(a), "cannot read: " + ec.message()};
    return WalkItem{WalkItem::Kind::unreadable, fs::path(a), "no such file or folder"};
}

std::optional<WalkItem> FileWalk::next() {
    for (;;) {
        if (!stack_.empty()) {
            Level& top = stack_.back();
            if (top.next == top.entries.size()) {
                stack_.pop_back();
                continue;
            }
            Entry& e = top.entries[top.next++];
            fs::path p = top.folder / e.name;
            if (e.folder) {
                if (auto problem = enter(std::move(p))) return problem;  // invalidates `top`
                continue;
            }
            if (e.kind == WalkItem::Kind::skipped && own(p)) continue;
            return WalkItem{e.kind, std::move(p), std::move(e.reason)};
        }
        if (next_arg_ == args_.size()) return std::nullopt;
        std::string const& a = args_[next_arg_++];
        if (a == "-") continue;
        if (auto item = from_argument(a)) return item;
    }
}

std::size_t count_report_files(std::vector<std::string> const& args) {
    FileWalk walk(args);
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
