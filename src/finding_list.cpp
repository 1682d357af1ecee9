#include "finding_list.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace govinfo::detail {

std::size_t FindingList::Hash::operator()(std::size_t i) const noexcept {
    Finding const& f = (*out)[i];
    std::hash<std::string_view> const h;
    std::size_t x = static_cast<std::size_t>(f.code) * 31 + static_cast<std::size_t>(f.table);
    for (std::string const* s : {&f.row, &f.column, &f.expected, &f.actual, &f.message})
        x = x * 1'000'003 ^ h(*s);
    return x;
}

bool FindingList::Same::operator()(std::size_t a, std::size_t b) const noexcept {
    Finding const& x = (*out)[a];
    Finding const& y = (*out)[b];
    return x.code == y.code && x.severity == y.severity && x.evaluable == y.evaluable &&
           x.table == y.table && x.row == y.row && x.column == y.column &&
           x.expected == y.expected && x.actual == y.actual && x.message == y.message &&
           x.year == y.year && x.previous_year == y.previous_year && x.page == y.page &&
           x.box == y.box;
}

FindingList::FindingList(std::vector<Finding>& out, std::size_t first)
    : out_(out), index_(0, Hash{&out}, Same{&out}) {
    for (std::size_t i = first; i < out_.size(); ++i)
        if (index_.insert(i).second) ++tally(out_[i]).distinct;
}

FindingList::Tally& FindingList::tally(Finding const& f) {
    for (auto& t : tallies_)
        if (t.code == f.code && t.severity == f.severity && t.table == f.table) return t;
    return tallies_.emplace_back(Tally{f.code, f.severity, f.table});
}

void FindingList::fold(Finding& into, Finding const& f) {
    // Saturated: a count past 2^32 - 1 repeats would need an input of more than 4 GB lines.
    into.occurrences = f.occurrences > UINT32_MAX - into.occurrences ? UINT32_MAX
                                                                    : into.occurrences + f.occurrences;
    // The first distinct lines: a finding repeated on one line (a report pasted many times on
    // one line) lists that line once.
    auto keep = [&](std::uint32_t line) {
        if (into.more_lines.size() < Finding::max_more_lines && line != into.line &&
            std::find(into.more_lines.begin(), into.more_lines.end(), line) ==
                into.more_lines.end())
            into.more_lines.push_back(line);
    };
    keep(f.line);
    for (std::uint32_t line : f.more_lines) keep(line);
}

void FindingList::add(Finding f) {
    out_.push_back(std::move(f));
    std::size_t const i = out_.size() - 1;
    auto const [at, fresh] = index_.insert(i);
    if (!fresh) {  // identical but for its line: fold it into the first
        std::size_t const first = *at;
        fold(out_[first], out_[i]);
        out_.pop_back();
        return;
    }
    Tally& t = tally(out_[i]);
    if (++t.distinct <= Finding::max_distinct_findings) return;
    // Past the cap: into the summary of its code, severity and table.
    index_.erase(i);
    if (t.summary == static_cast<std::size_t>(-1)) {
        Finding& s = out_[i];
        t.summary = i;
        s.message = "同类发现超过 " + std::to_string(Finding::max_distinct_findings) +
                    " 条，其余的只计数、不逐条列出；其中第一条：" + s.message;
        s.row.clear();
        s.column.clear();
        s.expected.clear();
        s.actual.clear();
        return;
    }
    fold(out_[t.summary], out_[i]);
    out_.pop_back();
}

}  // namespace govinfo::detail
