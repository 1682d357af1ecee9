#pragma once
// Internal: splitting a run of glued digits into numbers whose groups add up. An application row
// ("640020470") is one group of six addends and their total; the review/litigation row
// ("10203120001200000") is three groups of four addends and their total. Numbers have no leading
// zeros unless they are 0. The search is exact for any run a report prints (a group's total
// bounds its addends, and the addends are met from both ends), and bounded for any other: a run
// too long for its cells is rejected at once, and a node budget stops anything that would take
// long (the result then says so).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govinfo::detail {

struct SplitLimits {
    std::size_t max_cell_digits = 12;   // no count in a report comes near 10^12 (at most 17)
    // Search steps before giving up. An application row of counts below 10^8, or a review row
    // below 10^5, takes under 30000; no run of up to 12 digits a cell was found to need more.
    std::size_t max_nodes = 200'000;
    std::size_t max_candidates = 256;   // splits kept before giving up
};

// The splits found. `complete` is false when a limit stopped the search: the list is then a
// subset and proves nothing about uniqueness.
struct DigitSplits {
    std::vector<std::vector<std::int64_t>> candidates;
    bool complete = true;
};

// The ASCII digits of `printed`, in order; every other byte is dropped. Callers check first that
// the run holds nothing but digits and spaces.
std::string digits_of(std::string_view printed);

// Every split of `digits` into `groups` groups of `addends` numbers followed by their total
// (groups * (addends + 1) numbers in all). More than 24 addends a group are not searched (the
// result is then incomplete).
DigitSplits split_groups(std::string_view digits, std::size_t groups, std::size_t addends,
                         SplitLimits limits = {});

// "22|0|0|0|0|3|25": one split as text, for findings.
std::string format_split(std::vector<std::int64_t> const& cells);

}  // namespace govinfo::detail
