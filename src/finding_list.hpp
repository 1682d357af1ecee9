#pragma once
// Internal: findings as the parser and the narrative checks collect them, bounded whatever the
// input repeats. A million lines holding "1" inside a table region once gave a million findings
// (1.87 GB); a report pasted 16,000 times on one line half a million identical ones.
//
// add() folds a finding identical to an earlier one but for its line (same code, severity,
// table, row, column, values, message and years) into that one: occurrences + 1, and its line
// joins more_lines while there is room (Finding::max_more_lines). Past
// Finding::max_distinct_findings distinct findings of one code and severity in one table, the
// rest fold into one summary finding of that code, which counts them and keeps their first
// lines. Memory is then bounded by the number of codes and tables, not by the input.
#include <cstddef>
#include <unordered_set>
#include <vector>

#include "govinfo/finding.hpp"

namespace govinfo::detail {

class FindingList {
public:
    // Collects into `out`, folding among the findings from out[first] on (those before it are
    // left alone). Costs no allocation until a finding is added.
    explicit FindingList(std::vector<Finding>& out, std::size_t first = 0);
    FindingList(FindingList const&) = delete;
    FindingList& operator=(FindingList const&) = delete;

    void add(Finding f);

private:
    struct Hash {
        std::vector<Finding> const* out;
        std::size_t operator()(std::size_t i) const noexcept;
    };
    struct Same {
        std::vector<Finding> const* out;
        bool operator()(std::size_t a, std::size_t b) const noexcept;
    };
    // Per code, severity and table: distinct findings so far, and where their summary is.
    struct Tally {
        FindingCode code;
        Severity severity;
        TableKind table;
        std::size_t distinct = 0;
        std::size_t summary = static_cast<std::size_t>(-1);
    };

    std::vector<Finding>& out_;
    std::unordered_set<std::size_t, Hash, Same> index_;  // indexes into out_
    std::vector<Tally> tallies_;  // a report has findings of a few codes: searched in turn

    Tally& tally(Finding const& f);
    static void fold(Finding& into, Finding const& f);
};

}  // namespace govinfo::detail
