#include "parse/split_table.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include "count_sum.hpp"
#include "govinfo/cell.hpp"

namespace govinfo::detail {
namespace {

using Vec = std::vector<std::int64_t>;

class OutcomeSearch {
public:
    OutcomeSearch(std::vector<RowSplits> const& rows, std::vector<std::size_t> order,
                  std::size_t columns, std::vector<std::vector<bool>>& used, std::size_t& nodes,
                  std::size_t max_nodes)
        : rows_(rows), order_(std::move(order)), columns_(columns), used_(used), nodes_(nodes),
          max_nodes_(max_nodes) {
        // Bounds of what the rows from i on can still add, per column.
        auto const m = order_.size();
        suffix_min_.assign(m + 1, Vec(columns_, 0));
        suffix_max_.assign(m + 1, Vec(columns_, 0));
        for (std::size_t i = m; i-- > 0;) {
            for (std::size_t c = 0; c < columns_; ++c) {
                std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = 0;
                for (auto const& cand : rows_[order_[i]].candidates) {
                    lo = std::min(lo, cand[c]);
                    hi = std::max(hi, cand[c]);
                }
                suffix_min_[i][c] = suffix_min_[i + 1][c] + lo;
                suffix_max_[i][c] = suffix_max_[i + 1][c] + hi;
            }
        }
        chosen_.assign(m, 0);
    }

    // Number of assignments of the outcome rows that add up to `target`; marks the candidates
    // used by any of them. False when the node budget ran out.
    bool count(Vec const& target, std::size_t& solutions) {
        target_ = &target;
        found_ = 0;
        Vec partial(columns_, 0);
        bool const ok = step(0, partial);
        solutions = found_;
        return ok;
    }

private:
    bool step(std::size_t i, Vec& partial) {
        if (++nodes_ > max_nodes_) return false;
        if (i == order_.size()) {
            if (partial != *target_) return true;
            ++found_;
            for (std::size_t k = 0; k < order_.size(); ++k) used_[order_[k]][chosen_[k]] = true;
            return true;
        }
        auto const& cands = rows_[order_[i]].candidates;
        for (std::size_t k = 0; k < cands.size(); ++k) {
            bool feasible = true;
            for (std::size_t c = 0; c < columns_ && feasible; ++c) {
                std::int64_t const v = partial[c] + cands[k][c];
                feasible = v + suffix_min_[i + 1][c] <= (*target_)[c] &&
                           v + suffix_max_[i + 1][c] >= (*target_)[c];
            }
            if (!feasible) continue;
            for (std::size_t c = 0; c < columns_; ++c) partial[c] += cands[k][c];
            chosen_[i] = k;
            bool const ok = step(i + 1, partial);
            for (std::size_t c = 0; c < columns_; ++c) partial[c] -= cands[k][c];
            if (!ok) return false;
        }
        return true;
    }

    std::vector<RowSplits> const& rows_;
    std::vector<std::size_t> order_;
    std::size_t columns_;
    std::vector<std::vector<bool>>& used_;
    std::size_t& nodes_;
    std::size_t max_nodes_;
    std::vector<Vec> suffix_min_, suffix_max_;
    std::vector<std::size_t> chosen_;
    Vec const* target_ = nullptr;
    std::size_t found_ = 0;
};

bool balances(Vec const& n, Vec const& p, Vec const& t, Vec const& f) {
    for (std::size_t c = 0; c < n.size(); ++c) {
        auto const left = checked_add(n[c], p[c]), right = checked_add(t[c], f[c]);
        if (!left || left != right) return false;
    }
    return true;
}

std::size_t saturating_add(std::size_t a, std::size_t b) {
    return a > std::numeric_limits<std::size_t>::max() - b ? std::numeric_limits<std::size_t>::max()
                                                          : a + b;
}

}  // namespace

namespace {

// Every candidate of every row survives: the choice when no identity could narrow it.
TableChoice keep_all(std::vector<RowSplits> const& rows, TableChoice out = {}) {
    out.surviving.assign(rows.size(), {});
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t k = 0; k < rows[i].candidates.size(); ++k) out.surviving[i].push_back(k);
    return out;
}

// Whether the search may run: a table has at most 26 rows, and every candidate is `columns`
// counts within [0, max_count], so no sum below can wrap (26 * max_count is far below 2^63, and
// the search adds plain int64s).
bool searchable(std::vector<RowSplits> const& rows, std::size_t columns) {
    auto const is_count = [](std::int64_t v) { return v >= 0 && v <= max_count; };
    if (rows.size() > 26) return false;
    for (auto const& r : rows)
        for (auto const& c : r.candidates)
            if (c.size() != columns || !std::all_of(c.begin(), c.end(), is_count)) return false;
    return true;
}

// The search over the table's identities: N + P = T + F (balance) and T = the sum of the
// outcome rows (outcome), for each candidate of the total row T in turn. It marks every
// candidate that takes part in a full assignment, and counts the assignments.
class TableSplitSearch {
public:
    TableSplitSearch(std::vector<RowSplits> const& rows, TableRoles const& roles,
                     std::size_t columns, std::size_t max_nodes)
        : rows_(rows), roles_(roles), max_nodes_(max_nodes), balance_(balance_known()),
          outcome_(outcomes_known()), used_(unused(rows)),
          search_(rows, outcome_ ? outcome_order() : std::vector<std::size_t>{}, columns, used_,
                  nodes_, max_nodes) {}

    TableChoice run() {
        if (!balance_ && !outcome_) return keep_all(rows_);
        TableChoice out;
        for (std::size_t ti = 0; ti < rows_[roles_.t].candidates.size(); ++ti) {
            auto const combos = solutions_with_total(ti);
            if (!combos) {
                out.budget_exhausted = true;
                return keep_all(rows_, out);
            }
            if (*combos == 0) continue;
            used_[roles_.t][ti] = true;
            out.solutions = saturating_add(out.solutions, *combos);
        }
        if (out.solutions == 0) {
            out.contradiction = true;
            return keep_all(rows_, out);
        }
        out.identities_checked = true;
        out.surviving = surviving();
        return out;
    }

private:
    bool known(std::size_t i) const { return i < rows_.size() && rows_[i].known; }
    bool balance_known() const {
        return known(roles_.n) && known(roles_.p) && known(roles_.t) && known(roles_.f);
    }
    bool outcomes_known() const {
        bool outcome = known(roles_.t) && !roles_.outcomes.empty();
        for (auto i : roles_.outcomes) outcome = outcome && known(i);
        return outcome;
    }
    static std::vector<std::vector<bool>> unused(std::vector<RowSplits> const& rows) {
        std::vector<std::vector<bool>> used(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) used[i].assign(rows[i].candidates.size(), false);
        return used;
    }
    // Outcome rows with one candidate first: they fix part of the sum before any branching.
    std::vector<std::size_t> outcome_order() const {
        std::vector<std::size_t> order = roles_.outcomes;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return rows_[a].candidates.size() < rows_[b].candidates.size();
        });
        return order;
    }

    // The number of full assignments in which T takes its candidate ti (0: none), the
    // candidates they use marked; nullopt when the node budget ran out.
    std::optional<std::size_t> solutions_with_total(std::size_t ti) {
        Vec const& total = rows_[roles_.t].candidates[ti];
        std::size_t outcomes = 1;
        if (outcome_ && !balance_) {
            if (!search_.count(total, outcomes)) return std::nullopt;
            return outcomes;
        }
        std::vector<std::array<std::size_t, 3>> fitting;
        if (!balancing_triples(total, fitting)) return std::nullopt;
        if (fitting.empty()) return 0;
        // Mark the N, P, F candidates only once T is known to be reachable.
        if (outcome_ && !search_.count(total, outcomes)) return std::nullopt;
        if (outcomes == 0) return 0;
        for (auto const& [a, b, d] : fitting)
            used_[roles_.n][a] = used_[roles_.p][b] = used_[roles_.f][d] = true;
        return fitting.size() * outcomes;
    }

    // The N, P, F candidates that balance N + P = T + F for T = `total`; false when the node
    // budget ran out.
    bool balancing_triples(Vec const& total, std::vector<std::array<std::size_t, 3>>& fitting) {
        auto const& N = rows_[roles_.n].candidates;
        auto const& P = rows_[roles_.p].candidates;
        auto const& F = rows_[roles_.f].candidates;
        for (std::size_t a = 0; a < N.size(); ++a)
            for (std::size_t b = 0; b < P.size(); ++b)
                for (std::size_t d = 0; d < F.size(); ++d) {
                    if (++nodes_ > max_nodes_) return false;
                    if (balances(N[a], P[b], total, F[d])) fitting.push_back({a, b, d});
                }
        return true;
    }

    // A row an identity constrained keeps the candidates some assignment used; the others keep
    // all of theirs.
    std::vector<std::vector<std::size_t>> surviving() const {
        std::vector<bool> constrained(rows_.size(), false);
        constrained[roles_.t] = true;
        if (balance_) constrained[roles_.n] = constrained[roles_.p] = constrained[roles_.f] = true;
        if (outcome_)
            for (auto i : roles_.outcomes) constrained[i] = true;
        std::vector<std::vector<std::size_t>> out(rows_.size());
        for (std::size_t i = 0; i < rows_.size(); ++i)
            for (std::size_t k = 0; k < rows_[i].candidates.size(); ++k)
                if (!constrained[i] || used_[i][k]) out[i].push_back(k);
        return out;
    }

    std::vector<RowSplits> const& rows_;
    TableRoles const& roles_;
    std::size_t const max_nodes_;
    bool const balance_, outcome_;
    std::size_t nodes_ = 0;
    std::vector<std::vector<bool>> used_;
    OutcomeSearch search_;
};

}  // namespace

TableChoice choose_table_splits(std::vector<RowSplits> const& rows, TableRoles const& roles,
                                std::size_t columns, std::size_t max_nodes) {
    if (!searchable(rows, columns)) return keep_all(rows);
    return TableSplitSearch(rows, roles, columns, max_nodes).run();
}

}  // namespace govinfo::detail
