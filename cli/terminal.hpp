#pragma once
// What the command needs from a terminal: whether one is there, how wide text is on it (Chinese
// characters take two columns), and a progress bar that draws only on a terminal.
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace govinfo::cli {

bool is_terminal(std::FILE* f) noexcept;

// Columns the text occupies on a terminal: East Asian wide and full-width characters count 2.
std::size_t display_width(std::string_view utf8) noexcept;

// Pads (or cuts, ending in "…") to exactly `width` columns.
std::string fit(std::string_view utf8, std::size_t width);

// Pads, or shortens by putting "…" in the middle, to exactly `width` columns, keeping the end: a
// long "folder/…/name.txt:12" loses folders first, and its file name and line last (then from
// the middle of the name, so that both its start and ".txt:12" stay).
std::string fit_path(std::string_view utf8, std::size_t width);

// A one-line progress bar on stderr, redrawn at most ten times a second; silent unless stderr is
// a terminal and the run is long enough to need one (more than `min_items` items). Whoever writes
// to the same terminal calls finish() first, which clears the bar; the next step() draws it again
// below what was written.
class Progress {
public:
    Progress(std::size_t total, bool enabled, std::size_t min_items = 20);
    ~Progress();
    void step(std::string_view current);
    void finish();

private:
    std::size_t total_, done_ = 0;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_{};
};

}  // namespace govinfo::cli
