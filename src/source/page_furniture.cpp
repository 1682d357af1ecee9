#include "source/page_furniture.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "text/normalize.hpp"

namespace govinfo::detail {
namespace {

bool in_margin(TextLine const& line, PageText const& page) noexcept {
    return line.box.bottom <= 0.1 * page.height || line.box.top >= 0.9 * page.height;
}

// The line's text with spaces dropped, full-width forms folded, and every run of digits as '#':
// what a running head keeps from page to page.
std::string shape(std::string_view text) {
    std::string const folded = fold_for_numbers(text);
    std::string out;
    for (char c : folded) {
        bool const digit = c >= '0' && c <= '9';
        if (digit && !out.empty() && out.back() == '#') continue;
        out += digit ? '#' : c;
    }
    return out;
}

// Strips the decorations page numbers come in: dashes, brackets, dots.
std::string_view undecorated(std::string_view s) {
    static constexpr std::string_view marks[] = {"-", "—", "–", "_", "~", "·", "•", "(", ")",
                                                 "[", "]", "<", ">", "{", "}", "|", "."};
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::string_view m : marks) {
            if (s.starts_with(m)) s.remove_prefix(m.size()), again = true;
            if (s.ends_with(m)) s.remove_suffix(m.size()), again = true;
        }
    }
    return s;
}

bool all_digits(std::string_view s) {
    return !s.empty() && s.size() <= 5 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_page_number(std::string_view text) {
    // Two numbers side by side (3 4) are not one page number, whatever folding makes of them.
    text = trim(text);
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == ' ' && text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9')
            return false;
    std::string folded = fold_for_numbers(text);
    std::transform(folded.begin(), folded.end(), folded.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    std::string_view s = undecorated(folded);
    if (all_digits(s)) return true;
    auto digits_then = [](std::string_view& v) {
        std::size_t n = 0;
        while (n < v.size() && v[n] >= '0' && v[n] <= '9') ++n;
        if (n == 0 || n > 5) return false;
        v.remove_prefix(n);
        return true;
    };
    auto literal = [](std::string_view& v, std::string_view what) {
        if (!v.starts_with(what)) return false;
        v.remove_prefix(what.size());
        return true;
    };
    std::string_view v = s;  // 第3页, 第3页共6页, 第3页/共6页
    if (literal(v, "第") && digits_then(v) && literal(v, "页")) {
        if (v.empty()) return true;
        literal(v, "/") || literal(v, ",") || literal(v, "，");
        return literal(v, "共") && digits_then(v) && literal(v, "页") && v.empty();
    }
    v = s;  // 共6页第3页
    if (literal(v, "共") && digits_then(v) && literal(v, "页") && literal(v, "第") && digits_then(v) &&
        literal(v, "页") && v.empty())
        return true;
    v = s;  // 3/6
    if (digits_then(v) && literal(v, "/") && digits_then(v) && v.empty()) return true;
    v = s;  // page 3, page 3 of 6
    if (literal(v, "page") && digits_then(v) && (v.empty() || (literal(v, "of") && digits_then(v) && v.empty())))
        return true;
    return false;
}

std::vector<std::vector<bool>> page_furniture(std::vector<PageText> const& pages,
                                              std::vector<std::vector<TextLine>> const& lines) {
    std::vector<std::vector<bool>> furniture(lines.size());
    // Running heads: per shape, the heights and pages it was seen at in the margins.
    std::map<std::string, std::vector<std::pair<double, std::size_t>>> seen;
    for (std::size_t p = 0; p < lines.size(); ++p) {
        furniture[p].assign(lines[p].size(), false);
        for (std::size_t i = 0; i < lines[p].size(); ++i) {
            TextLine const& line = lines[p][i];
            if (!in_margin(line, pages[p])) continue;
            std::string const text = line.text();
            if (line.chunks() == 1 && is_page_number(text)) {
                furniture[p][i] = true;
                continue;
            }
            seen[shape(text)].emplace_back(line.box.top, p);
        }
    }
    for (auto& entry : seen) std::sort(entry.second.begin(), entry.second.end());
    std::size_t const needed = std::max<std::size_t>(2, (lines.size() + 1) / 2);
    for (std::size_t p = 0; p < lines.size(); ++p) {
        for (std::size_t i = 0; i < lines[p].size(); ++i) {
            TextLine const& line = lines[p][i];
            if (furniture[p][i] || !in_margin(line, pages[p])) continue;
            auto const& at = seen[shape(line.text())];
            auto const from = std::lower_bound(at.begin(), at.end(), std::pair(line.box.top - 3, std::size_t{0}));
            std::set<std::size_t> on_pages;
            for (auto it = from; it != at.end() && it->first <= line.box.top + 3 && on_pages.size() < needed; ++it)
                on_pages.insert(it->second);
            furniture[p][i] = on_pages.size() >= needed;
        }
    }
    return furniture;
}

}  // namespace govinfo::detail
