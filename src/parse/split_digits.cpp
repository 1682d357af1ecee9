#include "parse/split_digits.hpp"

#include <algorithm>
#include <string>

#include "count_sum.hpp"

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
        // Numbers of up to 17 digits and their sums fit in 64 bits, and the digit counts of a
        // half of the addends fit in one 64-bit word (Lengths); nothing larger is searched.
        if (limits_.max_cell_digits > 17 || (addends_ + 1) / 2 > Lengths::capacity) {
            out_.complete = false;
            return std::move(out_);
        }
        current_.reserve(cells);
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
    // The digit counts (1..31) of up to 12 numbers, five bits each, first number lowest.
    struct Lengths {
        static constexpr std::size_t capacity = 12;
        std::uint64_t bits = 0;
        std::size_t size = 0;
        Lengths with(std::size_t len) const {
            return {bits | (std::uint64_t{len} << (5 * size)), size + 1};
        }
        std::size_t operator[](std::size_t i) const { return (bits >> (5 * i)) & 31; }
    };

    // The first numbers of a split of some addends: where they end, their sum, their lengths.
    struct Shape {
        std::size_t boundary;
        std::int64_t sum;
        Lengths lengths;
    };

    bool budget_left() {
        if (++nodes_ > limits_.max_nodes) {
            out_.complete = false;
            return false;
        }
        return out_.complete;
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
        std::size_t const widest = limits_.max_cell_digits;
        // The addends take d_[pos, total_pos); each has 1..total_len digits.
        int addend_digit_sum = 0;
        for (std::size_t i = pos; i < pos + addends_ && i < d_.size(); ++i)
            addend_digit_sum += d_[i] - '0';
        for (std::size_t total_pos = pos + addends_; total_pos < d_.size();
             addend_digit_sum += d_[total_pos] - '0', ++total_pos) {
            std::size_t const addend_digits = total_pos - pos;
            std::size_t const after = d_.size() - total_pos;  // the total and later groups
            // The longest addend has at least addend_digits / addends_ digits, and the total as
            // many (rounded up).
            std::size_t const shortest =
                addends_ == 0 ? 1 : (addend_digits + addends_ - 1) / addends_;
            if (shortest > widest || after < 1 + later_cells) break;
            // The later groups take 1..widest digits a cell (for the last group: none, so the
            // total is the rest of the run).
            std::size_t const first_len = std::max<std::size_t>(
                {shortest, 1, after > later_cells * widest ? after - later_cells * widest : 0});
            std::size_t const last_len = std::min(widest, after - later_cells);
            for (std::size_t total_len = first_len; total_len <= last_len; ++total_len) {
                if (!budget_left()) return;
                std::int64_t const total = number_at(total_pos, total_len);
                if (total < 0 || addend_digit_sum % 9 != total % 9) continue;
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
        // The left halves go on a stack shared by all groups (a later group's search runs while
        // this one's halves are being matched, and pops its own before returning).
        std::size_t const first = shapes_.size();
        std::size_t const left_count = k / 2;
        forward_half(pos, end, left_count, k - left_count, longest, total, 0, {});
        if (out_.complete) {
            std::sort(shapes_.begin() + static_cast<std::ptrdiff_t>(first), shapes_.end(),
                      before);
            backward_half(first, shapes_.size(), pos, end, left_count, k - left_count, longest,
                          total, 0, {}, done);
        }
        shapes_.resize(first);
    }

    static bool before(Shape const& a, Shape const& b) {
        return a.boundary != b.boundary ? a.boundary < b.boundary : a.sum < b.sum;
    }

    // The first `count` numbers from `p` on, forward; `right` numbers of at most `longest`
    // digits must still fit between them and `end`.
    void forward_half(std::size_t p, std::size_t end, std::size_t count, std::size_t right,
                      std::size_t longest, std::int64_t total, std::int64_t sum,
                      Lengths lengths) {
        if (!budget_left()) return;
        std::size_t const numbers_left = count - lengths.size + right;
        if (end - p < numbers_left || end - p > numbers_left * longest) return;
        if (lengths.size == count) {
            shapes_.push_back({p, sum, lengths});
            return;
        }
        std::int64_t value = 0;
        for (std::size_t len = 1; len <= longest && p + len <= end; ++len) {
            if (len == 2 && d_[p] == '0') break;  // no leading zeros
            value = value * 10 + (d_[p + len - 1] - '0');
            auto const next = checked_add(sum, value);
            if (!next || *next > total) break;  // longer numbers are larger still
            forward_half(p + len, end, count, right, longest, total, *next, lengths.with(len));
            if (!out_.complete) return;
        }
    }

    // The last `count` numbers ending at `p`, backward (lengths last number first); then every
    // left half in shapes_[first, last) that ends at the same digit and brings the rest of the
    // total completes a split.
    template <class Done>
    void backward_half(std::size_t first, std::size_t last, std::size_t pos, std::size_t p,
                       std::size_t left_count, std::size_t count, std::size_t longest,
                       std::int64_t total, std::int64_t sum, Lengths lengths, Done const& done) {
        if (!budget_left()) return;
        if (lengths.size == count) {
            Shape const key{p, total - sum, {}};  // 0 <= sum <= total: cannot wrap
            auto const begin = shapes_.begin();
            std::size_t i = static_cast<std::size_t>(
                std::lower_bound(begin + static_cast<std::ptrdiff_t>(first),
                                 begin + static_cast<std::ptrdiff_t>(last), key, before) -
                begin);
            // Indices, not iterators: done() may push shapes of a later group.
            for (; i < last && !before(key, shapes_[i]); ++i) {
                if (!budget_left()) return;
                std::size_t const mark = current_.size();
                Lengths const left = shapes_[i].lengths;
                std::size_t at = pos;
                for (std::size_t n = 0; n < left_count; at += left[n], ++n)
                    current_.push_back(number_at(at, left[n]));
                for (std::size_t n = count; n-- > 0; at += lengths[n])
                    current_.push_back(number_at(at, lengths[n]));
                done();
                current_.resize(mark);
                if (!out_.complete) return;
            }
            return;
        }
        // The numbers still to place in both halves need a digit each.
        std::size_t const others = left_count + (count - lengths.size - 1);
        std::int64_t value = 0, scale = 1;
        for (std::size_t len = 1; len <= longest && p - pos >= len + others; ++len) {
            value += (d_[p - len] - '0') * scale;
            scale *= 10;
            auto const next = checked_add(sum, value);
            if (!next || *next > total) break;  // longer numbers are larger still
            if (len > 1 && d_[p - len] == '0') continue;  // no leading zeros
            backward_half(first, last, pos, p - len, left_count, count, longest, total, *next,
                          lengths.with(len), done);
            if (!out_.complete) return;
        }
    }

    std::string_view d_;
    std::size_t groups_, addends_;
    SplitLimits limits_;
    std::vector<std::int64_t> current_;
    std::vector<Shape> shapes_;
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
