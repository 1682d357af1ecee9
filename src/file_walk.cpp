#include "govinfo/file_walk.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace govinfo {

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

FileWalk::FileWalk(std::vector<fs::path> inputs, std::vector<fs::path> pass_over)
    : inputs_(std::move(inputs)), pass_over_(std::move(pass_over)) {}

bool FileWalk::passed_over(fs::path const& p) const {
    std::error_code ec;
    return std::any_of(pass_over_.begin(), pass_over_.end(),
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

std::optional<WalkItem> FileWalk::from_input(fs::path const& a) {
    std::error_code ec;
    auto const status = fs::status(a, ec);
    if (fs::is_directory(status)) return enter(a);
    if (fs::exists(status)) return WalkItem{WalkItem::Kind::file, a, {}};
    std::error_code link_ec;
    if (fs::is_symlink(fs::symlink_status(a, link_ec)))
        return WalkItem{WalkItem::Kind::unreadable, a, dangling(a)};
    if (ec && ec != std::errc::no_such_file_or_directory)
        return WalkItem{WalkItem::Kind::unreadable, a, "cannot read: " + ec.message()};
    return WalkItem{WalkItem::Kind::unreadable, a, "no such file or folder"};
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
            if (e.kind == WalkItem::Kind::skipped && passed_over(p)) continue;
            return WalkItem{e.kind, std::move(p), std::move(e.reason)};
        }
        if (next_input_ == inputs_.size()) return std::nullopt;
        if (auto item = from_input(inputs_[next_input_++])) return item;
    }
}

std::vector<WalkItem> walk_all(std::vector<fs::path> inputs) {
    FileWalk walk(std::move(inputs));
    std::vector<WalkItem> items;
    while (auto item = walk.next()) items.push_back(std::move(*item));
    return items;
}

}  // namespace govinfo
