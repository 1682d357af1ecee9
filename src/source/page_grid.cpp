#include "source/page_grid.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace govinfo::detail {
namespace {

constexpr double kTouch = 0.5;  // points two extents must share to overlap
// Beyond these a region is no statutory table (those have a few hundred cells and under twenty
// columns); its lines are kept as text, and the searches below stay within bounds.
constexpr std::size_t kMaxUnits = 20000, kMaxColumns = 256;

// A run of text in one line that belongs to one cell: a chunk, or a piece of a chunk that spans.
struct Unit {
    std::uint32_t line = 0;
    std::uint32_t first = 0, end = 0;  // pieces [first, end) of the line
    double left = 0, right = 0;
    double top = 0, bottom = 0;  // stacked: pages of a continued table one below the other
    double em = 0;
    bool spanning = false;
    std::uint32_t c0 = 0, c1 = 0;  // columns it covers, inclusive
    double middle() const noexcept { return (top + bottom) / 2; }
};

// A cell: units of one column stacked as the lines of one wrapped text.
struct Block {
    std::vector<std::uint32_t> units;  // top to bottom
    double top = 0, bottom = 0, em = 0;
    std::uint32_t c0 = 0, c1 = 0;
    std::uint32_t r0 = 0, r1 = 0;
    bool numeric = false;
    double middle() const noexcept { return (top + bottom) / 2; }
};

struct Row {
    double top = 0, bottom = 0;
};

bool overlaps(double a0, double a1, double b0, double b1, double by = kTouch) noexcept {
    return std::min(a1, b1) - std::max(a0, b0) > by;
}

// Lines of one cell start at one place, or are centred on one middle (within half a character),
// or end at one place.
bool aligned(Unit const& above, Unit const& below) noexcept {
    double const em = std::max(above.em, below.em);
    return std::abs(above.left - below.left) < 0.5 * em ||
           std::abs((above.left + above.right) - (below.left + below.right)) < 1.2 * em ||
           std::abs(above.right - below.right) < 0.5 * em;
}

class Grid {
public:
    explicit Grid(std::vector<TextLine const*> const& lines) : lines_(lines) {}

    std::optional<DocumentTable> build() {
        stack_pages();
        make_units();
        for (int round = 0; round < 4 && split_spanning_units(); ++round) {
        }
        mark_spanning();
        if (units_.size() > kMaxUnits) return std::nullopt;
        find_columns();
        if (columns_.size() > kMaxColumns) return std::nullopt;
        merge_units_sharing_columns();
        row_pitch_ = measure_row_pitch();
        header_bottom_ = first_numeric_top();
        make_blocks();
        if (!make_rows()) return std::nullopt;
        join_labels_cut_by_page_breaks();
        reach_over_empty_label_rows();
        widen_group_headers();
        return emit();
    }

private:
    std::string unit_text(Unit const& u) const {
        std::string out;
        TextLine const& line = *lines_[u.line];
        for (std::uint32_t k = u.first; k < u.end; ++k) append_joined(out, line.pieces[k].text);
        return out;
    }
    Box unit_box(Unit const& u) const {
        TextLine const& line = *lines_[u.line];
        Box b = line.pieces[u.first].box;
        for (std::uint32_t k = u.first + 1; k < u.end; ++k) b = united(b, line.pieces[k].box);
        return b;
    }

    void stack_pages();
    Unit unit_of(std::uint32_t line, std::uint32_t first, std::uint32_t end) const;
    struct Gap {
        std::uint32_t line, piece;  // the piece after the gap
        double left, right, middle;
    };
    std::vector<std::vector<bool>> cell_gaps() const;
    void mark_rivers(std::vector<Gap> const& gaps, std::vector<std::vector<bool>>& split) const;
    void make_units();
    void mark_spanning();
    bool split_spanning_units();
    void find_columns();
    void merge_units_sharing_columns();
    double measure_row_pitch() const;
    double first_numeric_top() const;
    bool continues(Unit const& above, Unit const& below) const;
    bool has_sibling_under(Unit const& above, std::uint32_t k) const;
    void make_blocks();
    void mark_row_spanning_blocks(std::vector<bool>& spans) const;
    bool make_rows();
    void layer_band(std::vector<std::uint32_t> const& band);
    void settle_free_blocks(std::vector<std::uint32_t> const& band, std::vector<bool> const& stacked,
                            std::vector<std::uint32_t>& layer) const;
    void place_spanning(std::vector<std::uint32_t> const& spanning);
    void dissolve_gap_rows(std::vector<std::uint32_t>& spanning);
    std::uint32_t first_numeric_column() const;
    std::uint32_t page_of(Block const& b) const { return lines_[units_[b.units.front()].line]->page; }
    void join_labels_cut_by_page_breaks();
    void reach_over_empty_label_rows();
    void widen_group_headers();
    std::optional<DocumentTable> emit();

    std::vector<TextLine const*> const& lines_;
    std::vector<double> shift_;  // per line: added to its y to stack pages
    std::vector<Unit> units_;
    std::vector<std::uint32_t> line_first_;  // per line: its first unit (units are in line order)
    std::vector<std::pair<double, double>> columns_;
    double row_pitch_ = 0;
    double header_bottom_ = 0;  // where the first line with a number starts: above it, the header
    std::vector<Block> blocks_;
    std::vector<Row> rows_;
};

// A continued table's next page goes four sizes below the lowest line of the page before.
void Grid::stack_pages() {
    shift_.assign(lines_.size(), 0);
    double shift = 0, lowest = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        TextLine const& line = *lines_[i];
        if (i > 0 && line.page != lines_[i - 1]->page) shift = lowest + 4 * line.em - line.box.top;
        shift_[i] = shift;
        lowest = std::max(lowest, line.box.bottom + shift);
    }
}

Unit Grid::unit_of(std::uint32_t line, std::uint32_t first, std::uint32_t end) const {
    Unit u;
    u.line = line;
    u.first = first;
    u.end = end;
    Box const b = unit_box(u);
    u.left = b.left;
    u.right = b.right;
    u.top = b.top + shift_[line];
    u.bottom = b.bottom + shift_[line];
    for (std::uint32_t k = first; k < end; ++k) u.em = std::max(u.em, lines_[line]->pieces[k].em);
    return u;
}

// Inside a table a narrower gap can part two cells than in running text: a browser prints tight
// columns a third of an em apart. A gap inside a chunk parts cells when
//   - it lies between two numbers (1 859: two counts, 其他 and 总计);
//   - the text after it starts where chunks of two other lines start (（一）予以公开 written right
//     after 三、本年度办理结果, in the column where （三）不予公开 and （四）无法提供 start);
//   - it is a river (mark_rivers).
std::vector<std::vector<bool>> Grid::cell_gaps() const {
    std::vector<Gap> gaps;
    std::vector<std::vector<bool>> split(lines_.size());
    std::vector<double> chunk_lefts;
    for (TextLine const* line : lines_)
        for (std::uint32_t start : line->chunk_starts) chunk_lefts.push_back(line->pieces[start].box.left);
    std::sort(chunk_lefts.begin(), chunk_lefts.end());
    auto starts_column = [&](double x, double tolerance) {
        auto const from = std::lower_bound(chunk_lefts.begin(), chunk_lefts.end(), x - tolerance);
        auto const to = std::upper_bound(chunk_lefts.begin(), chunk_lefts.end(), x + tolerance);
        return to - from >= 2;
    };
    for (std::uint32_t i = 0; i < lines_.size(); ++i) {
        TextLine const& line = *lines_[i];
        split[i].assign(line.pieces.size(), false);
        double const middle = (line.box.top + line.box.bottom) / 2 + shift_[i];
        for (std::size_t c = 0; c < line.chunks(); ++c)
            for (std::uint32_t k = line.chunk_starts[c] + 1; k < line.chunk_end(c); ++k) {
                Piece const& a = line.pieces[k - 1];
                Piece const& b = line.pieces[k];
                double const em = std::max(a.em, b.em), gap = b.box.left - a.box.right;
                if (gap < 0.15 * em) continue;
                split[i][k] = (looks_numeric(a.text) && looks_numeric(b.text)) ||
                              starts_column(b.box.left, 0.15 * em);
                if (gap >= 0.3 * em) gaps.push_back(Gap{i, k, a.box.right, b.box.left, middle});
            }
    }
    mark_rivers(gaps, split);
    return split;
}

// A narrow gap is a river when two lines show it at the same place, no line between them writes
// near it, and no line below the upper one writes across it (结果 结果 其他 over 维持 纠正 结果
// in a browser's wrapped header). A gap in 第二十条 第（五）项 is none: 信息内容 and 行政许可 are
// written next to it in the rows between and 行政事业性收费 across it further down; it is a
// space inside one cell.
void Grid::mark_rivers(std::vector<Gap> const& gaps, std::vector<std::vector<bool>>& split) const {
    // A statutory table has a handful of such gaps. The search is quadratic in them and scans the
    // lines for each pair: it stops after a budget of pieces looked at (then the gaps found so far
    // are all there is), so that no page of made-up text makes it slow.
    std::size_t budget = std::size_t{4} << 20;
    auto written = [&](double left, double right, double top, double bottom) {
        for (std::uint32_t i = 0; i < lines_.size(); ++i) {
            double const middle = (lines_[i]->box.top + lines_[i]->box.bottom) / 2 + shift_[i];
            if (middle <= top || middle >= bottom) continue;
            budget -= std::min(budget, lines_[i]->pieces.size());
            for (Piece const& p : lines_[i]->pieces)
                if (p.box.left < right && p.box.right > left) return true;
        }
        return false;
    };
    double const below_all = std::numeric_limits<double>::infinity();
    for (Gap const& g : gaps) {
        for (Gap const& h : gaps) {
            if (budget == 0) return;
            if (h.middle <= g.middle || h.right <= g.left || h.left >= g.right) continue;
            double const left = std::max(g.left, h.left), right = std::min(g.right, h.right);
            double const em = lines_[g.line]->em;
            if (written(left - 2 * em, right + 2 * em, g.middle, h.middle) ||
                written(left, right, g.middle, below_all))
                continue;
            split[g.line][g.piece] = split[h.line][h.piece] = true;
        }
    }
}

void Grid::make_units() {
    std::vector<std::vector<bool>> const split = cell_gaps();
    for (std::uint32_t i = 0; i < lines_.size(); ++i) {
        TextLine const& line = *lines_[i];
        for (std::size_t c = 0; c < line.chunks(); ++c) {
            std::uint32_t first = line.chunk_starts[c];
            for (std::uint32_t k = first + 1; k <= line.chunk_end(c); ++k)
                if (k == line.chunk_end(c) || split[i][k]) {
                    units_.push_back(unit_of(i, first, k));
                    first = k;
                }
        }
    }
}

// A unit spans columns when it overlaps two units of one other line. Units of a line are
// disjoint and in order, so that happens exactly when two neighbours a, b of some line have
// a.right > u.left and b.left < u.right (with kTouch to spare): each pair of neighbours is a
// point (a.right, b.left), and a sweep over u.left from the right keeps the least b.left of the
// pairs seen. O(n log n), for tables continued over many pages.
void Grid::mark_spanning() {
    std::vector<std::pair<double, double>> pairs;  // (a.right - kTouch, b.left + kTouch)
    for (std::size_t k = 1; k < units_.size(); ++k)
        if (units_[k].line == units_[k - 1].line)
            pairs.emplace_back(units_[k - 1].right - kTouch, units_[k].left + kTouch);
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    std::vector<std::uint32_t> order(units_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return units_[a].left > units_[b].left; });
    double least_left = std::numeric_limits<double>::infinity();
    std::size_t next = 0;
    for (std::uint32_t k : order) {
        Unit& u = units_[k];
        while (next < pairs.size() && pairs[next].first > u.left) least_left = std::min(least_left, pairs[next++].second);
        u.spanning = least_left < u.right;
    }
}

// Spanning units made of several pieces are split into their pieces: a header written as one
// tight run (商业企业 科研机构 …) is one cell per piece once it is known to span.
bool Grid::split_spanning_units() {
    mark_spanning();
    bool split = false;
    std::vector<Unit> next;
    next.reserve(units_.size());
    for (Unit const& u : units_) {
        if (!u.spanning || u.end - u.first < 2) {
            next.push_back(u);
            continue;
        }
        split = true;
        // A number keeps its unit (251000 元): they are one cell's text.
        TextLine const& line = *lines_[u.line];
        for (std::uint32_t k = u.first; k < u.end;) {
            std::uint32_t end = k + 1;
            if (end < u.end && looks_numeric(line.pieces[k].text + line.pieces[end].text)) ++end;
            next.push_back(unit_of(u.line, k, end));
            k = end;
        }
    }
    units_ = std::move(next);
    return split;
}

// Columns: the extents of the units that do not span, overlapping ones joined. The connected
// groups of overlapping intervals are themselves disjoint intervals, found by one sorted sweep.
void Grid::find_columns() {
    std::vector<std::pair<double, double>> extents;
    for (Unit const& u : units_)
        if (!u.spanning) extents.emplace_back(u.left, u.right);
    if (extents.empty())
        for (Unit const& u : units_) extents.emplace_back(u.left, u.right);
    std::sort(extents.begin(), extents.end());
    for (auto const& e : extents) {
        if (!columns_.empty() && e.first < columns_.back().second - kTouch)
            columns_.back().second = std::max(columns_.back().second, e.second);
        else
            columns_.push_back(e);
    }
    for (Unit& u : units_) {
        auto const first = std::upper_bound(
            columns_.begin(), columns_.end(), u.left + kTouch,
            [](double x, std::pair<double, double> const& c) { return x < c.second; });
        auto last = first;
        while (last != columns_.end() && last->first < u.right - kTouch) ++last;
        if (last != first) {
            u.c0 = static_cast<std::uint32_t>(first - columns_.begin());
            u.c1 = static_cast<std::uint32_t>(last - columns_.begin() - 1);
            continue;
        }
        // In a gap between columns (or beyond the last): the nearest column takes it.
        double const middle = (u.left + u.right) / 2;
        std::size_t best = 0;
        double best_distance = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            double const d = std::abs((columns_[c].first + columns_[c].second) / 2 - middle);
            if (d < best_distance) best_distance = d, best = c;
        }
        u.c0 = u.c1 = static_cast<std::uint32_t>(best);
    }
}

// Pieces of one line that landed in shared columns are one cell's text again.
void Grid::merge_units_sharing_columns() {
    std::vector<Unit> merged;
    merged.reserve(units_.size());
    for (Unit const& u : units_) {
        if (!merged.empty()) {
            Unit& last = merged.back();
            if (last.line == u.line && u.c0 <= last.c1) {
                last.end = u.end;
                last.right = std::max(last.right, u.right);
                last.top = std::min(last.top, u.top);
                last.bottom = std::max(last.bottom, u.bottom);
                last.em = std::max(last.em, u.em);
                last.c1 = std::max(last.c1, u.c1);
                last.spanning = last.spanning || u.spanning || last.c0 != last.c1;
                continue;
            }
        }
        merged.push_back(u);
    }
    units_ = std::move(merged);
}

// The distance between the middles of consecutive lines that fill two columns or more: the
// median of those is the table's row pitch. A cell's wrapped lines are closer than that.
double Grid::measure_row_pitch() const {
    std::vector<double> middles, ems;
    for (std::size_t k = 0; k < units_.size();) {
        std::size_t end = k;
        std::uint32_t columns = 0, last = std::numeric_limits<std::uint32_t>::max();
        while (end < units_.size() && units_[end].line == units_[k].line) {
            columns += units_[end].c0 != last;
            last = units_[end].c1;
            ems.push_back(units_[end].em);
            ++end;
        }
        if (columns >= 2) {
            Box const& b = lines_[units_[k].line]->box;
            middles.push_back((b.top + b.bottom) / 2 + shift_[units_[k].line]);
        }
        k = end;
    }
    std::nth_element(ems.begin(), ems.begin() + static_cast<std::ptrdiff_t>(ems.size() / 2), ems.end());
    double const em = ems.empty() ? 10 : ems[ems.size() / 2];
    std::sort(middles.begin(), middles.end());
    std::vector<double> steps;
    for (std::size_t k = 1; k < middles.size(); ++k)
        if (middles[k] - middles[k - 1] > 0.5 * em) steps.push_back(middles[k] - middles[k - 1]);
    if (steps.empty()) return 2.2 * em;
    std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 2), steps.end());
    return steps[steps.size() / 2];
}

// Whether `below` is the next line of the text `above` ends (both of the same column): closer
// than a row, of the same size, no number on either side, and not a new numbered label.
double Grid::first_numeric_top() const {
    double top = std::numeric_limits<double>::infinity();
    for (Unit const& u : units_)
        if (u.top < top && looks_numeric(unit_text(u))) top = u.top;
    return top;
}

// Whether `below` is the next line of the text `above` ends (both of the same column): closer
// than a row, of the same size, no number on either side, and not a new numbered label. In the
// header (above the first line with a number), a line of one or two characters a line's leading
// below a line of at most three is a narrow cell's wrap even where the header rows are as tight
// as that (a browser's 结 / 果 / 维 / 持, LibreOffice's 结果维 / 持).
bool Grid::continues(Unit const& above, Unit const& below) const {
    double const step = below.middle() - above.middle();
    double const em = std::max(above.em, below.em);
    std::string const text = unit_text(below);
    bool const narrow_wrap = below.bottom <= header_bottom_ && step <= 1.8 * em &&
                             code_points(text) <= 2 && code_points(unit_text(above)) <= 3;
    if (step < 0.3 * em || (step >= 0.85 * row_pitch_ && !narrow_wrap)) return false;
    if (below.em > 1.34 * above.em || above.em > 1.34 * below.em) return false;
    if (starts_numbered(text) || looks_numeric(text) || looks_numeric(unit_text(above)))
        return false;
    return true;
}

// Whether another unit of unit k's line also lies under `above`: then `above` is a header over
// several cells of that line (未经复议直接起诉 over 结果维持 结果纠正 …), not a text they wrap.
bool Grid::has_sibling_under(Unit const& above, std::uint32_t k) const {
    for (std::uint32_t j = line_first_[units_[k].line]; j < units_.size() && units_[j].line == units_[k].line; ++j)
        if (j != k && overlaps(above.left, above.right, units_[j].left, units_[j].right)) return true;
    return false;
}

// Units go top to bottom; a unit continues the block whose last unit is the one right above it
// in every column it covers, when it lies within that unit's columns, lines up with it and has no
// sibling under it.
void Grid::make_blocks() {
    line_first_.assign(lines_.size(), static_cast<std::uint32_t>(units_.size()));
    for (auto k = static_cast<std::uint32_t>(units_.size()); k-- > 0;) line_first_[units_[k].line] = k;
    std::vector<std::uint32_t> order(units_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return units_[a].top < units_[b].top; });
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> above(columns_.size(), none);  // per column: the last unit
    std::vector<std::uint32_t> block_of(units_.size(), none);
    for (std::uint32_t k : order) {
        Unit const& u = units_[k];
        std::uint32_t const p = above[u.c0];
        bool same = p != none && units_[p].c0 <= u.c0 && u.c1 <= std::max(units_[p].c1, blocks_[block_of[p]].c1);
        for (std::uint32_t c = u.c0; same && c <= u.c1; ++c) same = above[c] == p;
        if (same && aligned(units_[p], u) && !has_sibling_under(units_[p], k) && continues(units_[p], u)) {
            Block& b = blocks_[block_of[p]];
            b.units.push_back(k);
            b.top = std::min(b.top, u.top);
            b.bottom = std::max(b.bottom, u.bottom);
            b.em = std::max(b.em, u.em);
            b.c1 = std::max(b.c1, u.c1);
            block_of[k] = block_of[p];
        } else {
            Block b;
            b.units.push_back(k);
            b.top = u.top;
            b.bottom = u.bottom;
            b.em = u.em;
            b.c0 = u.c0;
            b.c1 = u.c1;
            block_of[k] = static_cast<std::uint32_t>(blocks_.size());
            blocks_.push_back(std::move(b));
        }
        for (std::uint32_t c = u.c0; c <= u.c1; ++c) above[c] = k;
    }
    for (Block& b : blocks_) b.numeric = b.units.size() == 1 && looks_numeric(unit_text(units_[b.units[0]]));
}

// A block spans rows when it overlaps two blocks that start in one other column.
void Grid::mark_row_spanning_blocks(std::vector<bool>& spans) const {
    std::vector<std::vector<std::uint32_t>> by_column(columns_.size());
    for (std::uint32_t k = 0; k < blocks_.size(); ++k) by_column[blocks_[k].c0].push_back(k);
    for (auto& list : by_column)
        std::sort(list.begin(), list.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return blocks_[a].top < blocks_[b].top; });
    std::vector<double> tallest(columns_.size(), 0);
    for (Block const& b : blocks_) tallest[b.c0] = std::max(tallest[b.c0], b.bottom - b.top);
    for (std::uint32_t k = 0; k < blocks_.size(); ++k) {
        Block const& x = blocks_[k];
        for (std::uint32_t c = 0; c < by_column.size() && !spans[k]; ++c) {
            if (c == x.c0) continue;
            auto const& list = by_column[c];
            // Blocks of one column are at most `tallest[c]` high: none starting higher reaches x.
            auto at = std::lower_bound(list.begin(), list.end(), x.top - tallest[c],
                                       [&](std::uint32_t k2, double y) { return blocks_[k2].top < y; });
            int hits = 0;
            for (; at != list.end() && blocks_[*at].top < x.bottom && hits < 2; ++at)
                hits += overlaps(x.top, x.bottom, blocks_[*at].top, blocks_[*at].bottom);
            spans[k] = hits >= 2;
        }
    }
}

// Blocks of one band that share a column lie one above the other: each goes one row below the
// lowest such block above it (法人或其他组织 over 商业企业). Blocks on one line that share a
// column are one cell. A block that shares no column goes to the row it overlaps most (社会公益
// 组织 goes with 商业企业, not with the header above them).
void Grid::layer_band(std::vector<std::uint32_t> const& band) {
    std::vector<std::uint32_t> layer(band.size(), 0);
    std::vector<bool> stacked(band.size(), false);
    std::uint32_t layers = 1;
    bool const small = band.size() <= 400;  // a giant row is left in one layer
    for (std::size_t i = 0; small && i < band.size(); ++i) {
        Block& b = blocks_[band[i]];
        for (std::size_t j = 0; j < i && !b.units.empty(); ++j) {
            Block& a = blocks_[band[j]];
            if (a.units.empty() || b.c0 > a.c1 || a.c0 > b.c1) continue;
            if (std::abs(a.middle() - b.middle()) <= 0.5 * std::min(a.em, b.em)) {
                a.units.insert(a.units.end(), b.units.begin(), b.units.end());
                a.c0 = std::min(a.c0, b.c0);
                a.c1 = std::max(a.c1, b.c1);
                a.top = std::min(a.top, b.top);
                a.bottom = std::max(a.bottom, b.bottom);
                a.numeric = false;
                b.units.clear();
                break;
            }
            layer[i] = std::max(layer[i], layer[j] + 1);
            stacked[i] = stacked[j] = true;
        }
        layers = std::max(layers, layer[i] + 1);
    }
    if (layers > 1) settle_free_blocks(band, stacked, layer);
    auto const base = static_cast<std::uint32_t>(rows_.size());
    rows_.resize(rows_.size() + layers, Row{std::numeric_limits<double>::infinity(),
                                            -std::numeric_limits<double>::infinity()});
    for (std::size_t i = 0; i < band.size(); ++i) {
        Block& b = blocks_[band[i]];
        if (b.units.empty()) continue;
        b.r0 = b.r1 = base + layer[i];
        Row& r = rows_[b.r0];
        r.top = std::min(r.top, b.top);
        r.bottom = std::max(r.bottom, b.bottom);
    }
}

void Grid::settle_free_blocks(std::vector<std::uint32_t> const& band, std::vector<bool> const& stacked,
                              std::vector<std::uint32_t>& layer) const {
    std::vector<Row> extent;
    for (std::size_t i = 0; i < band.size(); ++i) {
        Block const& b = blocks_[band[i]];
        if (!stacked[i] || b.units.empty()) continue;
        if (extent.size() <= layer[i])
            extent.resize(layer[i] + 1, Row{std::numeric_limits<double>::infinity(),
                                            -std::numeric_limits<double>::infinity()});
        extent[layer[i]].top = std::min(extent[layer[i]].top, b.top);
        extent[layer[i]].bottom = std::max(extent[layer[i]].bottom, b.bottom);
    }
    for (std::size_t i = 0; i < band.size(); ++i) {
        Block const& b = blocks_[band[i]];
        if (stacked[i] || b.units.empty()) continue;
        double best = -std::numeric_limits<double>::infinity();
        for (std::uint32_t l = 0; l < extent.size(); ++l) {
            double const shared = std::min(b.bottom, extent[l].bottom) - std::max(b.top, extent[l].top);
            if (shared > best) best = shared, layer[i] = l;
        }
    }
}

bool Grid::make_rows() {
    std::vector<bool> spans(blocks_.size(), false);
    mark_row_spanning_blocks(spans);
    std::vector<std::uint32_t> plain, spanning;
    for (std::uint32_t k = 0; k < blocks_.size(); ++k) (spans[k] ? spanning : plain).push_back(k);
    if (plain.empty()) std::swap(plain, spanning);
    std::sort(plain.begin(), plain.end(),
              [&](std::uint32_t a, std::uint32_t b) { return blocks_[a].top < blocks_[b].top; });
    std::vector<std::uint32_t> band;
    double band_bottom = -std::numeric_limits<double>::infinity();
    for (std::uint32_t k : plain) {
        if (!band.empty() && blocks_[k].top >= band_bottom - kTouch) {
            layer_band(band);
            band.clear();
        }
        band.push_back(k);
        band_bottom = band.size() == 1 ? blocks_[k].bottom : std::max(band_bottom, blocks_[k].bottom);
    }
    if (!band.empty()) layer_band(band);
    dissolve_gap_rows(spanning);
    place_spanning(spanning);
    return !rows_.empty();
}

// A row that holds only labels, each in columns the rows above and below leave empty, is a
// label printed in the middle of rows it spans (a group label centred over an even number of
// rows sits between two of them): the row goes, its labels span the rows around it.
void Grid::dissolve_gap_rows(std::vector<std::uint32_t>& spanning) {
    std::size_t const n = rows_.size();
    if (n < 3) return;
    std::vector<bool> spans(blocks_.size(), false);
    for (std::uint32_t k : spanning) spans[k] = true;
    std::vector<std::vector<std::uint32_t>> members(n);
    for (std::uint32_t k = 0; k < blocks_.size(); ++k)
        if (!blocks_[k].units.empty() && !spans[k]) members[blocks_[k].r0].push_back(k);
    auto free_in = [&](std::size_t row, Block const& b) {
        return std::none_of(members[row].begin(), members[row].end(), [&](std::uint32_t k) {
            return blocks_[k].c0 <= b.c1 && b.c0 <= blocks_[k].c1;
        });
    };
    std::vector<bool> drop(n, false);
    for (std::size_t i = 1; i + 1 < n; ++i) {
        if (drop[i - 1] || members[i].empty() || members[i - 1].empty() || members[i + 1].empty())
            continue;
        drop[i] = std::all_of(members[i].begin(), members[i].end(), [&](std::uint32_t k) {
            return !blocks_[k].numeric && free_in(i - 1, blocks_[k]) && free_in(i + 1, blocks_[k]);
        });
    }
    std::vector<std::uint32_t> new_index(n);
    std::vector<Row> kept;
    for (std::size_t i = 0; i < n; ++i) {
        new_index[i] = static_cast<std::uint32_t>(kept.size());
        if (drop[i])
            spanning.insert(spanning.end(), members[i].begin(), members[i].end());
        else
            kept.push_back(rows_[i]);
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!drop[i])
            for (std::uint32_t k : members[i]) blocks_[k].r0 = blocks_[k].r1 = new_index[i];
    rows_ = std::move(kept);
}

// A spanning block covers the rows it overlaps; one that overlaps none sits between two rows
// and covers both.
void Grid::place_spanning(std::vector<std::uint32_t> const& spanning) {
    // Rows go down the page band by band: the lowest bottom so far only grows, so the first row
    // a block can overlap is found by binary search, and the scan stops below the block.
    std::vector<double> lowest(rows_.size());
    for (std::size_t r = 0; r < rows_.size(); ++r)
        lowest[r] = std::max(rows_[r].bottom, r ? lowest[r - 1] : rows_[r].bottom);
    for (std::uint32_t k : spanning) {
        Block& x = blocks_[k];
        if (x.units.empty()) continue;
        auto const from = static_cast<std::size_t>(
            std::lower_bound(lowest.begin(), lowest.end(), x.top + kTouch) - lowest.begin());
        std::size_t first = rows_.size(), last = 0;
        for (std::size_t r = from; r < rows_.size() && rows_[r].top < x.bottom; ++r)
            if (overlaps(x.top, x.bottom, rows_[r].top, rows_[r].bottom)) {
                first = std::min(first, r);
                last = r;
            }
        if (first == rows_.size()) {  // between two rows: the last one above its middle, and the next
            std::size_t above = from;
            while (above > 0 && (rows_[above - 1].top + rows_[above - 1].bottom) / 2 >= x.middle()) --above;
            first = above == 0 ? 0 : above - 1;
            last = std::min(above, rows_.size() - 1);
        }
        x.r0 = static_cast<std::uint32_t>(first);
        x.r1 = static_cast<std::uint32_t>(last);
    }
}

std::uint32_t Grid::first_numeric_column() const {
    std::uint32_t first = std::numeric_limits<std::uint32_t>::max();
    for (Block const& b : blocks_)
        if (!b.units.empty() && b.numeric) first = std::min(first, b.c0);
    return first;
}

// A group label cut by a page break ("（四）无" at the foot of a page, "法提供" at the head of the
// next) is one label: the piece at the head does not start a numbered label, and on both sides
// of the break the rows hold a label of their own further right (the group's items), which a
// header row or an ordinary row label at a page break does not.
void Grid::join_labels_cut_by_page_breaks() {
    std::uint32_t const numeric = first_numeric_column();
    if (numeric == std::numeric_limits<std::uint32_t>::max()) return;
    std::vector<std::uint32_t> live;
    std::vector<std::vector<std::uint32_t>> labels(numeric);  // per first column, top to bottom
    for (std::uint32_t k = 0; k < blocks_.size(); ++k) {
        Block const& b = blocks_[k];
        if (b.units.empty()) continue;
        live.push_back(k);
        if (!b.numeric && b.c1 < numeric) labels[b.c0].push_back(k);
    }
    auto has_item_right_of = [&](Block const& g) {
        return std::any_of(live.begin(), live.end(), [&](std::uint32_t k) {
            Block const& b = blocks_[k];
            return !b.units.empty() && b.r0 <= g.r1 && g.r0 <= b.r1 && b.c0 > g.c1 && b.c0 < numeric &&
                   !b.numeric;
        });
    };
    auto column_empty_between = [&](std::uint32_t column, std::uint32_t from, std::uint32_t to) {
        return std::none_of(live.begin(), live.end(), [&](std::uint32_t k) {
            Block const& b = blocks_[k];
            return !b.units.empty() && b.c0 <= column && column <= b.c1 && b.r1 > from && b.r0 < to;
        });
    };
    for (auto& column : labels) {
        std::sort(column.begin(), column.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return blocks_[a].r0 < blocks_[b].r0; });
        for (std::size_t i = 0; i + 1 < column.size(); ++i) {
            Block& top = blocks_[column[i]];
            Block& next = blocks_[column[i + 1]];
            if (top.units.empty() || next.r0 <= top.r1 || page_of(next) != page_of(top) + 1) continue;
            if (starts_numbered(unit_text(units_[next.units.front()])) ||
                !column_empty_between(top.c0, top.r1, next.r0) || !has_item_right_of(top) ||
                !has_item_right_of(next))
                continue;
            top.units.insert(top.units.end(), next.units.begin(), next.units.end());
            top.r1 = next.r1;
            top.c1 = std::max(top.c1, next.c1);
            next.units.clear();
        }
    }
}

// In the label columns (left of the first column holding a number), a label reaches over the
// rows around it that its columns leave empty and where no label further left starts (that would
// be the next group). First up and down, to the rows it is printed in the middle of (a label
// centred on the rows it spans: of the spans around it, the one whose middle is nearest its own,
// the largest of equals); then down (a label at the top of its rows, or cut by a page break).
void Grid::reach_over_empty_label_rows() {
    std::uint32_t const numeric = first_numeric_column();
    if (numeric == std::numeric_limits<std::uint32_t>::max() || numeric == 0) return;
    std::size_t const n = rows_.size();
    std::vector<std::vector<bool>> taken(numeric, std::vector<bool>(n, false));
    std::vector<std::uint32_t> labels;
    for (std::uint32_t k = 0; k < blocks_.size(); ++k) {
        Block const& b = blocks_[k];
        if (b.units.empty() || b.c0 >= numeric) continue;
        for (std::uint32_t c = b.c0; c <= b.c1 && c < numeric; ++c)
            for (std::uint32_t r = b.r0; r <= b.r1 && r < n; ++r) taken[c][r] = true;
        if (!b.numeric && b.c1 < numeric) labels.push_back(k);
    }
    // Outer labels first (三、本年度办理结果 before （三）不予公开): an inner label may reach
    // over rows where its outer label runs on, not over one where a new outer label starts.
    std::sort(labels.begin(), labels.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::pair(blocks_[a].c0, blocks_[a].r0) < std::pair(blocks_[b].c0, blocks_[b].r0);
    });
    std::vector<std::uint32_t> starts(n, numeric);  // per row: leftmost label column starting there
    auto restart = [&] {
        std::fill(starts.begin(), starts.end(), numeric);
        for (std::uint32_t k : labels) starts[blocks_[k].r0] = std::min(starts[blocks_[k].r0], blocks_[k].c0);
    };
    restart();
    auto open = [&](Block const& b, std::size_t r) {
        if (starts[r] < b.c0) return false;
        for (std::uint32_t c = b.c0; c <= b.c1; ++c)
            if (taken[c][r]) return false;
        return true;
    };
    auto take = [&](Block& b, std::size_t r) {
        for (std::uint32_t c = b.c0; c <= b.c1; ++c) taken[c][r] = true;
        b.r0 = std::min(b.r0, static_cast<std::uint32_t>(r));
        b.r1 = std::max(b.r1, static_cast<std::uint32_t>(r));
    };
    for (std::uint32_t k : labels) {
        Block& b = blocks_[k];
        std::size_t up = 0, down = 0;
        while (up < 200 && up < b.r0 && open(b, b.r0 - up - 1)) ++up;
        while (down < 200 && b.r1 + down + 1 < n && open(b, b.r1 + down + 1)) ++down;
        std::size_t best_up = 0, best_down = 0;
        double best = std::abs((rows_[b.r0].top + rows_[b.r1].bottom) / 2 - b.middle());
        for (std::size_t u = 0; u <= up; ++u)
            for (std::size_t d = 0; d <= down; ++d) {
                double const off = std::abs((rows_[b.r0 - u].top + rows_[b.r1 + d].bottom) / 2 - b.middle());
                if (off < best - 0.2 * b.em || (off <= best + 0.2 * b.em && u + d > best_up + best_down))
                    best = std::min(best, off), best_up = u, best_down = d;
            }
        std::uint32_t const r0 = b.r0, r1 = b.r1;
        for (std::size_t i = 1; i <= best_up; ++i) take(b, r0 - i);
        for (std::size_t i = 1; i <= best_down; ++i) take(b, r1 + i);
        if (best_up > 0) restart();
    }
    for (std::uint32_t k : labels) {
        Block& b = blocks_[k];
        while (b.r1 + 1 < n && open(b, b.r1 + 1)) take(b, b.r1 + 1);
    }
}

// A header cell over finer header cells (行政复议 over 结果维持 … 总计, 法人或其他组织 over 商业企业
// … 其他) spans the columns of its children, though its text covers only the first of them: in a
// header row (no numbers in it or above it), a cell with a header cell starting below it in its
// columns reaches right over the columns its own row leaves empty, up to the next cell there.
void Grid::widen_group_headers() {
    std::size_t const n = rows_.size(), width = columns_.size();
    std::size_t body = n;  // the first row with a number
    std::vector<bool> covered(n * width, false);
    for (Block const& b : blocks_) {
        if (b.units.empty()) continue;
        if (b.numeric) body = std::min<std::size_t>(body, b.r0);
        for (std::uint32_t r = b.r0; r <= b.r1 && r < n; ++r)
            for (std::uint32_t c = b.c0; c <= b.c1; ++c) covered[r * width + c] = true;
    }
    auto has_child = [&](Block const& g) {
        return std::any_of(blocks_.begin(), blocks_.end(), [&](Block const& b) {
            return !b.units.empty() && b.r0 > g.r1 && b.r0 < body && b.c0 >= g.c0 && b.c0 <= g.c1;
        });
    };
    for (Block& b : blocks_) {
        if (b.units.empty() || b.numeric || b.r0 != b.r1 || b.r0 >= body || !has_child(b)) continue;
        std::size_t const r = b.r0;
        while (b.c1 + 1 < width && !covered[r * width + b.c1 + 1]) covered[r * width + ++b.c1] = true;
    }
}

std::optional<DocumentTable> Grid::emit() {
    std::size_t const n_rows = rows_.size(), n_columns = columns_.size();
    if (n_rows == 0 || n_columns == 0 || n_rows * n_columns > (std::size_t{1} << 22)) return std::nullopt;
    std::vector<std::int32_t> owner(n_rows * n_columns, -1);
    std::vector<std::uint32_t> order;
    for (std::uint32_t k = 0; k < blocks_.size(); ++k)
        if (!blocks_[k].units.empty()) order.push_back(k);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::pair(blocks_[a].r0, blocks_[a].c0) < std::pair(blocks_[b].r0, blocks_[b].c0);
    });
    DocumentTable table;
    table.rows = static_cast<std::uint32_t>(n_rows);
    table.columns = static_cast<std::uint32_t>(n_columns);
    for (std::uint32_t k : order) {
        Block& b = blocks_[k];
        std::sort(b.units.begin(), b.units.end(),
                  [&](std::uint32_t x, std::uint32_t y) { return units_[x].top < units_[y].top; });
        std::string text;
        std::uint32_t const page = lines_[units_[b.units.front()].line]->page;
        Box box = unit_box(units_[b.units.front()]);
        for (std::uint32_t u : b.units) {
            if (!text.empty()) text += '\n';
            text += unit_text(units_[u]);
            if (lines_[units_[u].line]->page == page) box = united(box, unit_box(units_[u]));
        }
        std::int32_t const at = owner[b.r0 * n_columns + b.c0];
        if (at >= 0) {  // its place is taken: the text joins the cell there, nothing is lost
            table.cells[static_cast<std::size_t>(at)].text += "\n" + text;
            continue;
        }
        std::uint32_t r1 = b.r0, c1 = b.c0;
        while (c1 < b.c1 && owner[b.r0 * n_columns + c1 + 1] < 0) ++c1;
        for (bool free = true; free && r1 < b.r1;) {
            for (std::uint32_t c = b.c0; c <= c1 && free; ++c) free = owner[(r1 + 1) * n_columns + c] < 0;
            if (free) ++r1;
        }
        auto const index = static_cast<std::int32_t>(table.cells.size());
        for (std::uint32_t r = b.r0; r <= r1; ++r)
            for (std::uint32_t c = b.c0; c <= c1; ++c) owner[r * n_columns + c] = index;
        table.cells.push_back(DocumentCell{b.r0, b.c0, r1 - b.r0 + 1, c1 - b.c0 + 1, std::move(text),
                                           SourceLocation{0, page, box}});
    }
    std::sort(table.cells.begin(), table.cells.end(), [](DocumentCell const& a, DocumentCell const& b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });
    TextLine const& first = *lines_.front();
    Box where = first.box;
    for (TextLine const* line : lines_)
        if (line->page == first.page) where = united(where, line->box);
    table.where = SourceLocation{0, first.page, where};
    return table;
}

}  // namespace

std::optional<DocumentTable> grid_of(std::vector<TextLine const*> const& lines) {
    if (lines.empty()) return std::nullopt;
    return Grid(lines).build();
}

namespace {

bool is_digit(char32_t cp) noexcept {
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

bool is_chinese_numeral(char32_t cp) noexcept {
    return std::u32string_view(U"一二三四五六七八九十百零〇").find(cp) != std::u32string_view::npos;
}

}  // namespace

bool looks_numeric(std::string_view text) {
    std::string const f = fold_for_numbers(text);
    if (f == "/" || f == "-" || f == "—" || f == "——" || f == "–") return true;
    std::size_t i = 0;
    if (i < f.size() && (f[i] == '+' || f[i] == '-')) ++i;
    std::size_t digits = 0;
    for (; i < f.size(); ++i) {
        if (f[i] >= '0' && f[i] <= '9') ++digits;
        else if ((f[i] != '.' && f[i] != ',') || digits == 0) break;
    }
    if (digits == 0) return false;
    std::string_view const unit = std::string_view(f).substr(i);
    for (std::string_view u : {"", "%", "元", "万元", "亿元", "件", "个", "项", "次"})
        if (unit == u) return true;
    return false;
}

bool starts_numbered(std::string_view text) noexcept {
    text = trim(text);
    std::size_t i = 0;
    if (text.empty()) return false;
    char32_t cp = next_code_point(text, i);
    if (cp == U'（' || cp == U'(') {
        std::size_t run = 0;
        while (i < text.size() && (is_digit(cp = next_code_point(text, i)) || is_chinese_numeral(cp))) ++run;
        return run > 0 && (cp == U'）' || cp == U')');
    }
    if (!is_digit(cp) && !is_chinese_numeral(cp)) return false;
    while (i < text.size() && (is_digit(cp = next_code_point(text, i)) || is_chinese_numeral(cp))) {
    }
    if (cp == U'、') return true;
    if (cp != U'.' && cp != U'．') return false;
    if (i >= text.size()) return false;
    return !is_digit(next_code_point(text, i));
}

}  // namespace govinfo::detail
