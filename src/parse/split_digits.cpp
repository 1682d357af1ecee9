#include "parse/split_digits.hpp"

#include <algorithm>
#include <string>

namespace govinfo::detail {
namespace {

// Digits of v >= 0 as printed ("0" has one).
std::size_t digit_count(std::int64_t v) {
    std::size_t n = 1;
    for (; v >= 10; v /= 10) ++n;
    return n;
}

// The search works group by group and from each group's total inward, because the total bounds
// everything before it: every addend is at most the total, so it has at most as many digits, and
// once the total is read the addends must split the digits before it into numbers adding up to
// exactly that value (see addends()). Casting out nines rejects most places a total could be
// before any split is tried: a number is congruent to its digit sum modulo 9, so however a
// stretch of digits is split, its numbers add up to the stretch's digit sum modulo 9.
// A 26-digit application row of six-digit counts costs a few thousand steps; the blind
// enumeration of every placement of six cuts that this replaces ran out of its budget.
class GroupSplitter {
public:
    GroupSplitter(std::string_view digits, std::size_t groups, std::size_t addends,
                  SplitLimits limits)
        : d_(digits), groups_(groups), addends_(addends), limits_(limits) {}

    DigitSplits run() {
        std::size_t const cells = groups_ * (addends_ + 1);
        // Each number takes 1..max_cell_digits digits: reject impossible lengths at once, so a
        // thousand-digit run costs nothing.
        if (cells == 0 || d_.size() < cells || d_.size() > cells * limits_.max_cell_digits)
            return std::move(out_);
        // Numbers of up to 17 digits and their sums fit in 64 bits; longer ones are not searched.
        if (limits_.max_cell_digits > 17) {
            out_.complete = false;
            return std::move(out_);
        }
        current_.reserve(cells);
        digit_sum_mod9_.assign(d_.size() + 1, 0);
        for (std::size_t i = 0; i < d_.size(); ++i)
            digit_sum_mod9_[i + 1] =
                static_cast<std::uint8_t>((digit_sum_mod9_[i] + (d_[i] - '0')) % 9);
        group(0, 0);
        // The search above finds splits in an order of its own; callers print them (in
        // findings) in the order of the lengths of their cells, first cell first.
        std::sort(out_.candidates.begin(), out_.candidates.end(),
                  [](std::vector<std::int64_t> const& a, std::vector<std::int64_t> const& b) {
                      for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
                          auto const la = digit_count(a[i]), lb = digit_count(b[i]);
                          if (la != lb) return la < lb;
                      }
                      return false;
                  });
        return std::move(out_);
    }

private:
    bool budget_left() {
        if (++nodes_ > limits_.max_nodes) {
            out_.complete = false;
            return false;
        }
        return out_.complete;
    }

    // Whether numbers split from d_[pos, end) can add up to `sum`, by casting out nines.
    bool nines_agree(std::size_t pos, std::size_t end, std::int64_t sum) const {
        return (digit_sum_mod9_[end] + 9 - digit_sum_mod9_[pos]) % 9 == sum % 9;
    }

    // The value of d_[pos, pos + len), or -1 when it has a leading zero.
    std::int64_t number_at(std::size_t pos, std::size_t len) const {
        if (len > 1 && d_[pos] == '0') return -1;
        std::int64_t v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (d_[i] - '0');
        return v;
    }

    // Group `g` starts at `pos`: choose where its total lies, then split what comes before it.
    void group(std::size_t pos, std::size_t g) {
        if (g == groups_) {
            if (pos != d_.size()) return;
            if (out_.candidates.size() >= limits_.max_candidates) {
                out_.complete = false;
                return;
            }
            out_.candidates.push_back(current_);
            return;
        }
        std::size_t const later_cells = (groups_ - g - 1) * (addends_ + 1);
        for (std::size_t total_len = 1; total_len <= limits_.max_cell_digits; ++total_len) {
            // Each addend has 1..total_len digits.
            for (std::size_t addend_digits = addends_; addend_digits <= addends_ * total_len;
                 ++addend_digits) {
                std::size_t const total_pos = pos + addend_digits;
                if (total_pos + total_len > d_.size()) break;
                std::size_t const rest = d_.size() - total_pos - total_len;
                if (rest < later_cells) break;
                if (rest > later_cells * limits_.max_cell_digits) continue;
                if (!budget_left()) return;
                std::int64_t const total = number_at(total_pos, total_len);
                if (total < 0 || !nines_agree(pos, total_pos, total)) continue;
                addends(pos, total_pos, addends_, total, [&] {
                    current_.push_back(total);
                    group(total_pos + total_len, g + 1);
                    current_.pop_back();
                });
                if (!out_.complete) return;
            }
        }
    }

    // Splits d_[pos, end) into `k` numbers adding up to `total`, calling `done` for each split
    // (with the numbers appended to current_). Meet in the middle: the first k/2 numbers are
    // enumerated forward from `pos` and the others backward from `end`, and two halves pair up
    // when they meet at the same digit and their sums make the total. Each half has at most
    // longest^(k/2 rounded up) shapes (longest: the total's digit count, which no addend
    // exceeds), so six addends of up to twelve digits cost at most 2 * 12^3 steps, and a
    // seven-digit total 2 * 7^3, whatever the digits.
    template <class Done>
    void addends(std::size_t pos, std::size_t end, std::size_t k, std::int64_t total,
                 Done const& done) {
        if (!budget_left()) return;
        std::size_t const rest = end - pos;
        std::size_t const longest = digit_count(total);
        if (rest < k || rest > k * longest) return;
        if (k == 0) {
            if (total == 0) done();
            return;
        }
        if (k == 1) {
            if (number_at(pos, rest) != total) return;
            current_.push_back(total);
            done();
            current_.pop_back();
            return;
        }
        Halves left;
        left.count = k / 2;
        std::size_t const right_count = k - left.count;
        std::vector<std::uint8_t> lengths;
        forward_half(left, pos, end, right_count, longest, total, 0, lengths);
        if (!out_.complete) return;
        std::sort(left.shapes.begin(), left.shapes.end());
        backward_half(left, pos, end, right_count, longest, total, 0, lengths, done);
    }

    // The first `count` numbers of a split, as (where they end, their sum, their digit counts).
    struct Shape {
        std::size_t boundary;
        std::int64_t sum;
        std::size_t lengths;  // offset into Halves::lengths
        bool operator<(Shape const& o) const {
            return boundary != o.boundary ? boundary < o.boundary : sum < o.sum;
        }
    };
    struct Halves {
        std::size_t count = 0;
        std::vector<Shape> shapes;
        std::vector<std::uint8_t> lengths;  // `count` digit counts per shape
    };

    // Numbers from `p` on, forward, until the left half has its count; `right` numbers of at
    // most `longest` digits must still fit between the half's end and `end`.
    void forward_half(Halves& half, std::size_t p, std::size_t end, std::size_t right,
                      std::size_t longest, std::int64_t total, std::int64_t sum,
                      std::vector<std::uint8_t>& lengths) {
        if (!budget_left()) return;
        std::size_t const placed = lengths.size();
        std::size_t const numbers_left = half.count - placed + right;
        if (end - p < numbers_left || end - p > numbers_left * longest) return;
        if (placed == half.count) {
            half.shapes.push_back({p, sum, half.lengths.size()});
            half.lengths.insert(half.lengths.end(), lengths.begin(), lengths.end());
            return;
        }
        std::int64_t value = 0;
        for (std::size_t len = 1; len <= longest && p + len <= end; ++len) {
            if (len == 2 && d_[p] == '0') break;  // no leading zeros
            value = value * 10 + (d_[p + len - 1] - '0');
            if (sum + value > total) break;  // longer numbers are larger still
            lengths.push_back(static_cast<std::uint8_t>(len));
            forward_half(half, p + len, end, right, longest, total, sum + value, lengths);
            lengths.pop_back();
            if (!out_.complete) return;
        }
    }

    // Numbers ending at `p`, backward, until the right half has `count`; then every left half
    // that ends at the same digit and brings the rest of the total completes a split.
    template <class Done>
    void backward_half(Halves const& left, std::size_t pos, std::size_t p, std::size_t count,
                       std::size_t longest, std::int64_t total, std::int64_t sum,
                       std::vector<std::uint8_t>& lengths, Done const& done) {
        if (!budget_left()) return;
        if (lengths.size() == count) {
            Shape const key{p, total - sum, 0};
            auto const [first, last] =
                std::equal_range(left.shapes.begin(), left.shapes.end(), key);
            for (auto it = first; it != last; ++it) {
                if (!budget_left()) return;
                std::size_t const mark = current_.size();
                std::size_t at = pos;
                for (std::size_t i = 0; i < left.count; ++i) {
                    std::size_t const len = left.lengths[it->lengths + i];
                    current_.push_back(number_at(at, len));
                    at += len;
                }
                for (std::size_t i = lengths.size(); i-- > 0;) {
                    current_.push_back(number_at(at, lengths[i]));
                    at += lengths[i];
                }
                done();
                current_.resize(mark);
                if (!out_.complete) return;
            }
            return;
        }
        std::int64_t value = 0, scale = 1;
        // The numbers still to place in both halves need a digit each.
        std::size_t const others = left.count + (count - lengths.size() - 1);
        for (std::size_t len = 1; len <= longest && p - pos >= len + others; ++len) {
            value += (d_[p - len] - '0') * scale;
            scale *= 10;
            if (sum + value > total) break;  // longer numbers are larger still
            if (len > 1 && d_[p - len] == '0') continue;  // no leading zeros
            lengths.push_back(static_cast<std::uint8_t>(len));
            backward_half(left, pos, p - len, count, longest, total, sum + value, lengths, done);
            lengths.pop_back();
            if (!out_.complete) return;
        }
    }

    std::string_view d_;
    std::size_t groups_, addends_;
    SplitLimits limits_;
    std::vector<std::int64_t> current_;
    std::vector<std::uint8_t> digit_sum_mod9_;  // [i]: digit sum of d_[0, i) modulo 9
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
