#include "source/browser_copy.hpp"

#include <algorithm>

namespace govinfo::detail {
namespace {

// Only ASCII blanks (and a '\r' a CRLF file left): a line that separates paragraphs. A line
// holding U+00A0 is not empty: it is a cell that holds &nbsp;, a blank cell.
bool is_empty_line(std::string_view s) noexcept {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\r'; });
}

// Only tabs and ASCII blanks, and at least one tab: the separators between cells.
bool is_separator_line(std::string_view s) noexcept {
    return s.find('\t') != std::string_view::npos &&
           std::all_of(s.begin(), s.end(), [](char c) { return c == '\t' || c == ' ' || c == '\r'; });
}

std::string_view without_cr(std::string_view s) noexcept {
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
}

}  // namespace

bool looks_like_browser_copy(std::vector<std::string_view> const& lines,
                             std::size_t min_separators) {
    std::size_t found = 0;
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        if (!is_separator_line(lines[i]) || !is_empty_line(lines[i - 1]) ||
            !is_empty_line(lines[i + 1]))
            continue;
        auto text_starts_with_tab = [&](std::size_t j) {
            return !is_empty_line(lines[j]) && !is_separator_line(lines[j]) &&
                   lines[j].front() == '\t';
        };
        std::size_t before = i - 1, after = i + 1;
        while (before > 0 && is_empty_line(lines[before])) --before;
        while (after + 1 < lines.size() && is_empty_line(lines[after])) ++after;
        if (text_starts_with_tab(before) || text_starts_with_tab(after)) return false;
        if (++found >= min_separators) return true;
    }
    return false;
}

namespace {

// The most common number of empty lines between a line of text and the separator after it.
std::size_t cell_padding(std::vector<std::string_view> const& lines) {
    std::vector<std::size_t> seen;  // seen[g]: separators with g empty lines before them
    std::size_t empty = 0;
    bool after_text = false;
    for (std::string_view const line : lines) {
        if (is_empty_line(line)) {
            ++empty;
            continue;
        }
        bool const separator = is_separator_line(line);
        if (separator && after_text && empty < 16) {
            if (seen.size() <= empty) seen.resize(empty + 1);
            ++seen[empty];
        }
        after_text = !separator;
        empty = 0;
    }
    auto const most = std::max_element(seen.begin(), seen.end());
    return most == seen.end() ? 0 : static_cast<std::size_t>(most - seen.begin());
}

}  // namespace

std::vector<JoinedLine> join_browser_copy(std::vector<std::string_view> const& lines) {
    std::size_t const padding = cell_padding(lines);
    std::vector<JoinedLine> out;
    bool open = false;      // the last thing added to the row was a separator: a cell follows
    std::size_t empty = 0;  // empty lines since the last line that was not
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view const line = without_cr(lines[i]);
        if (is_empty_line(line)) {
            ++empty;
            continue;
        }
        bool const separator = is_separator_line(line);
        // A line that starts with a tab (a separator, or "\t&nbsp;\t&nbsp;" of cells without
        // a <p>) continues the row unless a row break's extra empty line stands before it.
        bool const continues = separator || line.front() == '\t';
        bool const row_break = !open && (!continues || empty > padding);
        if (out.empty() || row_break) out.push_back({std::string(), i, {std::string::npos}});
        std::string& row = out.back().text;
        std::vector<std::size_t>& fields = out.back().field_lines;
        if (separator) {
            auto const tabs = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t'));
            row.append(tabs, '\t');
            fields.insert(fields.end(), tabs, std::string::npos);
            open = true;
        } else {
            // Each tab starts a field; a field's line is where its first text is.
            for (char const c : line)
                if (c == '\t') fields.push_back(std::string::npos);
                else if (fields.back() == std::string::npos) fields.back() = i;
            row += line;
            open = line.back() == '\t';
        }
        empty = 0;
    }
    return out;
}

}  // namespace govinfo::detail
