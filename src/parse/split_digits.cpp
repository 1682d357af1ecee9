#include "parse/split_digits.hpp"

#include <charconv>
#include <string>

namespace govinfo::detail {
namespace {

class GroupSplitter {
public:
    GroupSplitter(std::string_view digits, std::size_t groups, std::size_t addends,
                  SplitLimits limits)
        : d_(digits), groups_(groups), addends_(addends), limits_(limits) {}

    DigitSplits run() {
        std::size_t const cells = groups_ * (addends_ + 1);
        // Each number takes 1..max_cell_digits digits: reject impossible lengths at once, so a
        // thousand-digit run costs nothing.
        if (cells == 0 || d_.size() < cells || d_.size() > cells * limits_.max_cell_digits) {
            return std::move(out_);
        }
        current_.reserve(cells);
        step(0, 0, 0, 0);
        return std::move(out_);
    }

private:
    // Numbers still to place after the current one, across all groups.
    std::size_t cells_after(std::size_t group, std::size_t part) const {
        std::size_t const per_group = addends_ + 1;
        return (groups_ - group - 1) * per_group + (per_group - part - 1);
    }

    bool fits(std::size_t pos, std::size_t group, std::size_t part) const {
        std::size_t const rest = d_.size() - pos;
        std::size_t const after = cells_after(group, part);
        return rest >= after && rest <= after * limits_.max_cell_digits;
    }

    bool budget_left() {
        if (++nodes_ > limits_.max_nodes) {
            out_.complete = false;
            return false;
        }
        return out_.complete;
    }

    void step(std::size_t pos, std::size_t group, std::size_t part, std::int64_t sum) {
        if (!budget_left()) return;
        if (group == groups_) {
            if (pos == d_.size()) {
                if (out_.candidates.size() >= limits_.max_candidates) {
                    out_.complete = false;
                    return;
                }
                out_.candidates.push_back(current_);
            }
            return;
        }
        if (part == addends_) {
            // The total is determined by the addends: its digits must come next. (to_chars into
            // a buffer prints what std::to_string did, without building a string per node.)
            char buffer[24];
            auto const printed = std::to_chars(buffer, buffer + sizeof buffer, sum).ptr;
            std::string_view const total(buffer, static_cast<std::size_t>(printed - buffer));
            if (total.size() > limits_.max_cell_digits) return;
            if (d_.substr(pos, total.size()) != total) return;
            if (!fits(pos + total.size(), group, part)) return;
            current_.push_back(sum);
            step(pos + total.size(), group + 1, 0, 0);
            current_.pop_back();
            return;
        }
        std::int64_t value = 0;
        for (std::size_t len = 1; len <= limits_.max_cell_digits && pos + len <= d_.size(); ++len) {
            if (len == 2 && d_[pos] == '0') break;  // no leading zeros
            value = value * 10 + (d_[pos + len - 1] - '0');
            if (!fits(pos + len, group, part)) continue;
            current_.push_back(value);
            step(pos + len, group, part + 1, sum + value);
            current_.pop_back();
            if (!out_.complete) return;
        }
    }

    std::string_view d_;
    std::size_t groups_, addends_;
    SplitLimits limits_;
    std::vector<std::int64_t> current_;
    std::size_t nodes_ = 0;
    DigitSplits out_;
};

}  // namespace

std::string digits_of(std::string_view printed) {
    std::string out;
    for (char c : printed)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

DigitSplits split_groups(std::string_view digits, std::size_t groups, std::size_t addends,
                         SplitLimits limits) {
    for (char c : digits)
        if (c < '0' || c > '9') return {};
    return GroupSplitter(digits, groups, addends, limits).run();
}

std::string format_split(std::vector<std::int64_t> const& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += '|';
        out += std::to_string(cells[i]);
    }
    return out;
}

}  // namespace govinfo::detail
