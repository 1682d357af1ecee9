#include "terminal.hpp"

#include <unistd.h>

namespace govinfo::cli {
namespace {

char32_t decode(std::string_view s, std::size_t& i) noexcept {
    auto const b = static_cast<unsigned char>(s[i]);
    int const len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
    if (i + static_cast<std::size_t>(len) > s.size() || len == 1) {
        ++i;
        return b;
    }
    char32_t cp = b & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(len);
    return cp;
}

bool is_wide(char32_t c) noexcept {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
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
    line += fit(current, 40);
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
