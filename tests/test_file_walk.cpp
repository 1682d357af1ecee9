// The folder walk: inputs in the order given, folders in path order, every entry that is not a
// report file listed with its reason, nothing followed into a loop.
#include "govinfo/file_walk.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace govinfo;
namespace fs = std::filesystem;

namespace {

// A scratch folder removed at the end of the test case.
struct Scratch {
    fs::path root;
    Scratch() {
        root = fs::temp_directory_path() /
               ("govinfo_walk_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++));
        fs::remove_all(root);
        fs::create_directories(root);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    fs::path file(std::string const& relative) const {
        fs::path const p = root / relative;
        fs::create_directories(p.parent_path());
        std::ofstream(p) << "x";
        return p;
    }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

// "kind relative-path reason" for each item, paths relative to `root`.
std::vector<std::string> describe(std::vector<WalkItem> const& items, fs::path const& root) {
    std::vector<std::string> out;
    for (auto const& i : items) {
        char const* kind = i.kind == WalkItem::Kind::file      ? "file"
                           : i.kind == WalkItem::Kind::skipped ? "skipped"
                                                               : "unreadable";
        std::string line = std::string(kind) + " " + i.path.lexically_relative(root).string();
        if (!i.reason.empty()) line += " (" + i.reason + ")";
        out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_SUITE("file_walk") {

TEST_CASE("report files by extension in any case") {
    for (auto name : {"a.txt", "a.MD", "a.html", "a.HTM", "a.pdf", "a.docx", "a.doc", "a.wps",
                      "a.rtf"})
        CHECK_MESSAGE(is_report_file(name), name);
    for (auto name : {"a.xlsx", "a", "a.txt.bak", ".txt.tmp", "a.zip"})
        CHECK_MESSAGE(!is_report_file(name), name);
}

TEST_CASE("folders are walked depth first in path order and every other entry is listed") {
    Scratch s;
    s.file("b/2.txt");
    s.file("b/1.PDF");
    s.file("a.txt");
    s.file("b/c/notes.xlsx");
    s.file("b/c/3.html");
    s.file("README");
    fs::create_symlink(s.root / "b", s.root / "link_to_b");
    fs::create_symlink(s.root / "gone.txt", s.root / "dangling.txt");
    CHECK(describe(walk_all({s.root}), s.root) ==
          std::vector<std::string>{
              "skipped README (not a report file (no extension))",
              "file a.txt",
              "file b/1.PDF",
              "file b/2.txt",
              "file b/c/3.html",
              "skipped b/c/notes.xlsx (not a report file (.xlsx))",
              "unreadable dangling.txt (dangling symbolic link to " +
                  (s.root / "gone.txt").string() + ")",
              "skipped link_to_b (symbolic link to a folder, not followed)",
          });
}

TEST_CASE("inputs come in the order given and a file named directly is read whatever its name") {
    Scratch s;
    auto const sheet = s.file("z/table.xlsx");
    s.file("y/1.txt");
    auto const items = walk_all({sheet, s.root / "y", s.root / "missing.txt", s.root / "y"});
    CHECK(describe(items, s.root) == std::vector<std::string>{
                                         "file z/table.xlsx",
                                         "file y/1.txt",
                                         "unreadable missing.txt (no such file or folder)",
                                         "file y/1.txt",
                                     });
}

TEST_CASE("the walk is lazy and passes over the files it is told to") {
    Scratch s;
    s.file("1.txt");
    auto const out = s.file("out.csv");
    auto const tmp = s.file(".out.csv.tmp");
    s.file("other.csv");
    FileWalk walk({s.root}, {out, tmp});
    std::vector<WalkItem> items;
    while (auto item = walk.next()) items.push_back(std::move(*item));
    CHECK(describe(items, s.root) == std::vector<std::string>{
                                         "file 1.txt",
                                         "skipped other.csv (not a report file (.csv))",
                                     });
    CHECK_FALSE(walk.next().has_value());
}

}  // TEST_SUITE
