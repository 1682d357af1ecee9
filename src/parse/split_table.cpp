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

TableChoice choose_table_splits(std::vector<RowSplits> const& rows, TableRoles const& roles,
                                std::size_t columns, std::size_t max_nodes) {
    TableChoice out;
    out.surviving.resize(rows.size());
    auto keep_all = [&] {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            out.surviving[i].clear();
            for (std::size_t k = 0; k < rows[i].candidates.size(); ++k) out.surviving[i].push_back(k);
        }
    };
    auto known = [&](std::size_t i) { return i < rows.size() && rows[i].known; };
    // Only counts within [0, max_count] are searched, so no sum below can wrap: a table has at
    // most 26 rows, and 26 * max_count is far below 2^63 (the search adds plain int64s).
    auto const is_count = [](std::int64_t v) { return v >= 0 && v <= max_count; };
    if (rows.size() > 26) {
        keep_all();
        return out;
    }
    for (auto const& r : rows)
        for (auto const& c : r.candidates)
            if (c.size() != columns || !std::all_of(c.begin(), c.end(), is_count)) {
                keep_all();
                return out;
            }

    bool const balance = known(roles.n) && known(roles.p) && known(roles.t) && known(roles.f);
    bool outcome = known(roles.t) && !roles.outcomes.empty();
    for (auto i : roles.outcomes) outcome = outcome && known(i);
    if (!balance && !outcome) {
        keep_all();
        return out;
    }

    std::vector<std::vector<bool>> used(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) used[i].assign(rows[i].candidates.size(), false);

    // Outcome rows with one candidate first: they fix part of the sum before any branching.
    std::vector<std::size_t> order = roles.outcomes;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rows[a].candidates.size() < rows[b].candidates.size();
    });
    std::size_t nodes = 0;
    OutcomeSearch search(rows, outcome ? order : std::vector<std::size_t>{}, columns, used, nodes,
                         max_nodes);

    auto const& tc = rows[roles.t].candidates;
    for (std::size_t ti = 0; ti < tc.size(); ++ti) {
        std::size_t combos = 1;
        if (balance) {
            combos = 0;
            auto const& N = rows[roles.n].candidates;
            auto const& P = rows[roles.p].candidates;
            auto const& F = rows[roles.f].candidates;
            std::vector<std::array<std::size_t, 3>> fitting;
            for (std::size_t a = 0; a < N.size(); ++a)
                for (std::size_t b = 0; b < P.size(); ++b)
                    for (std::size_t d = 0; d < F.size(); ++d) {
                        if (++nodes > max_nodes) {
                            out.budget_exhausted = true;
                            keep_all();
                            return out;
                        }
                        if (balances(N[a], P[b], tc[ti], F[d])) fitting.push_back({a, b, d});
                    }
            if (fitting.empty()) continue;
            if (outcome) {
                // Mark the N, P, F candidates only once T is known to be reachable.
                std::size_t s = 0;
                if (!search.count(tc[ti], s)) {
                    out.budget_exhausted = true;
                    keep_all();
                    return out;
                }
                if (s == 0) continue;
                combos = fitting.size() * s;
            } else {
                combos = fitting.size();
            }
            for (auto const& [a, b, d] : fitting) {
                used[roles.n][a] = used[roles.p][b] = used[roles.f][d] = true;
            }
        } else {
            std::size_t s = 0;
            if (!search.count(tc[ti], s)) {
                out.budget_exhausted = true;
                keep_all();
                return out;
            }
            if (s == 0) continue;
            combos = s;
        }
        used[roles.t][ti] = true;
        out.solutions = saturating_add(out.solutions, combos);
    }

    if (out.solutions == 0) {
        out.contradiction = true;
        keep_all();
        return out;
    }
    out.identities_checked = true;
    std::vector<bool> constrained(rows.size(), false);
    constrained[roles.t] = true;
    if (balance) constrained[roles.n] = constrained[roles.p] = constrained[roles.f] = true;
    if (outcome)
        for (auto i : roles.outcomes) constrained[i] = true;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t k = 0; k < rows[i].candidates.size(); ++k)
            if (!constrained[i] || used[i][k]) out.surviving[i].push_back(k);
    }
    return out;
}

}  // namespace govinfo::detail
