// Hand-written on purpose: a progress bar is not worth a library. The decoder is the text
// toolkit's (src/text/utf8.hpp); the width table is the terminal's own (East Asian wide and
// full-width ranges), unlike the comparison tables' (src/compare_output.cpp), whose output
// the golden files fix.
#include "terminal.hpp"

#include <vector>

#include <unistd.h>

#include "text/utf8.hpp"

namespace govinfo::cli {
namespace {

// What is shown is valid UTF-8 (report text, or terminal_safe() output for file names).
char32_t decode(std::string_view s, std::size_t& i) noexcept { return detail::next_code_point(s, i); }

bool is_wide(char32_t c) noexcept {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Where each character of `s` starts and how many columns it takes, with the end as a last entry.
struct Glyphs {
    std::vector<std::size_t> start;  // byte offsets; start.back() == s.size()
    std::vector<std::size_t> width;  // columns of each character (one fewer entry than start)
};

Glyphs glyphs(std::string_view s) {
    Glyphs g;
    std::size_t i = 0;
    while (i < s.size()) {
        g.start.push_back(i);
        g.width.push_back(is_wide(decode(s, i)) ? 2 : 1);
    }
    g.start.push_back(s.size());
    return g;
}

// The longest run of characters [from, k) or [k, to) that fits in `budget` columns, as k, taken
// from the front (`from_front`) or from the back; `used` gets the columns it takes.
std::size_t take(Glyphs const& g, std::size_t from, std::size_t to, std::size_t budget,
                 bool from_front, std::size_t& used) {
    used = 0;
    if (from_front) {
        std::size_t k = from;
        while (k < to && used + g.width[k] <= budget) used += g.width[k++];
        return k;
    }
    std::size_t k = to;
    while (k > from && used + g.width[k - 1] <= budget) used += g.width[--k];
    return k;
}

}  // namespace

bool is_terminal(std::FILE* f) noexcept { return ::isatty(::fileno(f)) == 1; }

std::size_t display_width(std::string_view s) noexcept {
    std::size_t w = 0, i = 0;
    while (i < s.size()) w += is_wide(decode(s, i)) ? 2 : 1;
    return w;
}

std::string fit(std::string_view s, std::size_t width) {
    std::string out;
    std::size_t w = 0, i = 0;
    if (display_width(s) <= width) {
        out.assign(s);
        out.append(width - display_width(s), ' ');
        return out;
    }
    while (i < s.size()) {
        std::size_t const start = i;
        std::size_t const cw = is_wide(decode(s, i)) ? 2 : 1;
        if (w + cw + 1 > width) break;  // keep one column for the ellipsis
        out.append(s.substr(start, i - start));
        w += cw;
    }
    out += "…";
    out.append(width - w - 1, ' ');
    return out;
}

std::string fit_path(std::string_view s, std::size_t width) {
    if (display_width(s) <= width || width < 3) return fit(s, width);
    Glyphs const g = glyphs(s);
    std::size_t const n = g.width.size();
    std::size_t const slash = s.rfind('/');
    std::size_t name = 0, sep = 0;  // the characters "name:line" and "/name:line" start at
    if (slash != std::string_view::npos) {
        while (g.start[name] <= slash) ++name;
        sep = name - 1;
    }
    std::size_t const budget = width - 1;  // one column for "…"
    std::size_t tail_used = 0, head_used = 0, head_begin = 0, head_end = 0, tail_start = 0;
    if (take(g, sep, n, budget, false, tail_used) == sep) {  // "folders…/name:line"
        tail_start = sep;
        head_end = take(g, 0, sep, budget - tail_used, true, head_used);
    } else {  // the name alone is too long: "name start…name end:line"
        tail_start = take(g, name, n, budget - budget / 2, false, tail_used);
        head_begin = name;
        head_end = take(g, name, tail_start, budget - tail_used, true, head_used);
    }
    std::string out(s.substr(g.start[head_begin], g.start[head_end] - g.start[head_begin]));
    out += "…";
    out.append(s.substr(g.start[tail_start]));
    out.append(width - 1 - head_used - tail_used, ' ');
    return out;
}

Progress::Progress(std::size_t total, bool enabled, std::size_t min_items)
    : total_(total), enabled_(enabled && total > min_items && is_terminal(stderr)) {}

Progress::~Progress() { finish(); }

void Progress::step(std::string_view current) {
    ++done_;
    if (!enabled_) return;
    auto const now = std::chrono::steady_clock::now();
    if (drawn_ && now - last_ < std::chrono::milliseconds(100) && done_ < total_) return;
    last_ = now;
    drawn_ = true;
    constexpr std::size_t bar = 30;
    std::size_t const filled = total_ ? done_ * bar / total_ : bar;
    std::string line = "\r[";
    line.append(filled, '#');
    line.append(bar - filled, ' ');
    line += "] " + std::to_string(done_) + "/" + std::to_string(total_) + " ";
    line += fit_path(current, 40);  // the file being read is named even in a deep folder
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
}

void Progress::finish() {
    if (!drawn_) return;
    std::fputs("\r\033[K", stderr);  // clear the line so the output that follows starts clean
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace govinfo::cli
